#include "core/Assumptions.h"

#include "core/TextFormat.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace rs {

namespace {

// Where each default comes from, as a customer reads it in the review: plain words, and ids of
// the published sources (listed with their titles and links on the review's sources page). Say
// plainly when it is our assumption and not a published figure.
constexpr std::string_view rateSource =
    "our assumption, not a provider figure: the middle of 0.5 to 1 severe region-level "
    "impairments a region-year, judged from published incident reports and statistics "
    "(S46-S51)";
constexpr std::string_view lengthSource =
    "our assumption, not a provider figure: outage lengths spread lognormally with a median of "
    "3 h and a mean of about 6 h, judged loosely from the 2021-2025 regional incidents (S46-S49) "
    "and incident statistics (S50, S51)";
constexpr std::string_view betaSource =
    "our assumption: no published figure gives the share of outages that hit every region at "
    "once, so none is assumed";
constexpr std::string_view freeTierSource =
    "our assumption: production estimates leave account-level free tiers out, since a design "
    "cannot know the account's other workloads";
constexpr std::string_view hoursSource =
    "the billing month of most AWS calculators and of Microsoft's Cosmos DB billing "
    "documentation (D-COSMOS22): 730 h = 8760 h / 12; publishers use 720, 730 or 744";
constexpr std::string_view redeploySource =
    "our assumption, not a provider figure: a restore creates a new table, cluster or database "
    "(the DynamoDB Developer Guide's \"Restore a table\": auto scaling, alarms, streams and TTL "
    "are set again by hand; Azure SQL cannot restore over an existing database), so a deployment "
    "must be switched to it";

} // namespace

double OutageModel::outagesPerYear(const std::string& regionId) const
{
    const auto it = perRegion.find(regionId);
    return it == perRegion.end() ? regionOutagesPerYear : it->second;
}

OutageModel Assumptions::outageModel() const
{
    OutageModel m;
    m.regionOutagesPerYear =
        regionOutagesPerYear.value_or(assumption_defaults::regionOutagesPerYear);
    for (const auto& [id, rate] : regionOutagesPerYearByRegion)
        m.perRegion.emplace(id.value, rate);
    m.meanOutage = meanRegionOutageHours.value_or(assumption_defaults::meanRegionOutageHours) *
                   3600.0 * units::seconds;
    m.commonCauseFraction = commonCauseFraction.value_or(assumption_defaults::commonCauseFraction);
    return m;
}

bool Assumptions::freeTiersOrDefault() const
{
    return freeTiers.value_or(assumption_defaults::freeTiers);
}

Seconds Assumptions::redeployOrDefault() const
{
    return redeployMinutes.value_or(assumption_defaults::redeployMinutes) * 60.0 * units::seconds;
}

double Assumptions::hoursPerMonthOrDefault() const
{
    return hoursPerMonth.value_or(assumption_defaults::hoursPerMonth);
}

std::vector<AssumptionInForce> assumptionsInForce(const Assumptions& a, const Assumptions& run)
{
    const auto entry = [](std::string key, std::string label, std::string value, bool set,
                          std::string_view source,
                          AssumptionGroup group = AssumptionGroup::OutageModel) {
        return AssumptionInForce{std::move(key),
                                 std::move(label),
                                 std::move(value),
                                 set,
                                 false,
                                 set ? std::string("set by the design") : std::string(source),
                                 group};
    };
    std::vector<AssumptionInForce> out;
    const auto m = a.outageModel();
    out.push_back(entry("regionOutagesPerYear", "Region outages a year (each region)",
                        formatSignificant(m.regionOutagesPerYear) + " a year",
                        a.regionOutagesPerYear.has_value(), rateSource));
    for (const auto& [id, rate] : a.regionOutagesPerYearByRegion)
        out.push_back(entry("regionOutagesPerYearByRegion/" + id.value,
                            "Region outages a year (" + id.value + ")",
                            formatSignificant(rate) + " a year", true, rateSource));
    out.push_back(entry("meanRegionOutageHours", "Mean region outage",
                        formatSignificant(m.meanOutage.value() / 3600.0) + " h",
                        a.meanRegionOutageHours.has_value(), lengthSource));
    out.push_back(entry("commonCauseFraction", "Common-cause share (beta)",
                        formatSignificant(m.commonCauseFraction), a.commonCauseFraction.has_value(),
                        betaSource));
    // The run's value where it differs from the design's: what the estimate used.
    const bool freeTiers = run.freeTiers.value_or(a.freeTiersOrDefault());
    const double hours = run.hoursPerMonth.value_or(a.hoursPerMonthOrDefault());
    const auto byRun = [](AssumptionInForce e, bool differs) {
        if (differs) {
            e.setByDesign = false;
            e.setForRun = true;
            e.source = "set for this run, over the design file";
        }
        return e;
    };
    out.push_back(byRun(entry("freeTiers", "Free tiers counted", freeTiers ? "yes" : "no",
                              a.freeTiers.has_value(), freeTierSource, AssumptionGroup::Cost),
                        freeTiers != a.freeTiersOrDefault()));
    out.push_back(byRun(entry("hoursPerMonth", "Hours a month", formatSignificant(hours) + " h",
                              a.hoursPerMonth.has_value(), hoursSource, AssumptionGroup::Cost),
                        hours != a.hoursPerMonthOrDefault()));
    out.push_back(entry("redeployMinutes", "Redeploy onto a restored copy",
                        formatSignificant(a.redeployOrDefault().value() / 60.0) + " min",
                        a.redeployMinutes.has_value(), redeploySource));
    return out;
}

Errors validateAssumptions(const Assumptions& a, const std::vector<RegionId>& regions)
{
    using namespace assumption_limits;
    Errors errors;
    const auto fail = [&](const std::string& key, std::string message) {
        errors.push_back({ErrorCode::Range, std::move(message), {"/assumptions/" + key, 0, 0, {}}});
    };
    const auto rate = [&](const std::string& key, double v) {
        if (!std::isfinite(v) || v < 0.0 || v > maxOutagesPerYear)
            fail(key, "region outages a year is " + formatSignificant(v) +
                          "; it must be from 0 to " + formatSignificant(maxOutagesPerYear));
    };
    if (a.regionOutagesPerYear)
        rate("regionOutagesPerYear", *a.regionOutagesPerYear);
    for (const auto& [id, v] : a.regionOutagesPerYearByRegion) {
        const auto key = "regionOutagesPerYearByRegion/" + id.value;
        rate(key, v);
        if (std::find(regions.begin(), regions.end(), id) == regions.end())
            errors.push_back({ErrorCode::Dangling,
                              "there is no region \"" + id.value + "\" in the design",
                              {"/assumptions/" + key, 0, 0, {}}});
    }
    if (const auto& v = a.meanRegionOutageHours;
        v && (!std::isfinite(*v) || *v <= 0.0 || *v > maxOutageHours))
        fail("meanRegionOutageHours", "the mean region outage is " + formatSignificant(*v) +
                                          " h; it must be above 0 and at most " +
                                          formatSignificant(maxOutageHours) + " h (a year)");
    if (const auto& v = a.commonCauseFraction; v && !(*v >= 0.0 && *v <= 1.0))
        fail("commonCauseFraction", "the common-cause share is " + formatSignificant(*v) +
                                        "; it is a fraction from 0 to 1");
    if (const auto& v = a.hoursPerMonth; v && !(*v >= minHoursPerMonth && *v <= maxHoursPerMonth))
        fail("hoursPerMonth", "hours a month is " + formatSignificant(*v) + "; it must be from " +
                                  formatSignificant(minHoursPerMonth) + " to " +
                                  formatSignificant(maxHoursPerMonth) + " (28 to 31 days)");
    if (const auto& v = a.redeployMinutes; v && !(*v >= 0.0 && *v <= maxRedeployMinutes))
        fail("redeployMinutes", "the redeploy time is " + formatSignificant(*v) +
                                    " min; it must be from 0 to " +
                                    formatSignificant(maxRedeployMinutes) + " min (a week)");
    return errors;
}

} // namespace rs

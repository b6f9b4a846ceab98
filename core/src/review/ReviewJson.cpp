#include "core/review/ReviewJson.h"

#include "PropertyJson.h"
#include "carbon/CarbonJsonSection.h"
#include "compare/ComparisonJsonSection.h"
#include "core/DesignFormat.h"
#include "core/carbon/CarbonTables.h"
#include "core/rules/RuleCatalogue.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace rs {

using json::number;
using nlohmann::ordered_json;

namespace {

ordered_json secondsOrNull(const std::optional<Seconds>& s)
{
    return s ? number(s->value()) : ordered_json(nullptr);
}

ordered_json optionalFlag(const std::optional<bool>& flag)
{
    return flag ? ordered_json(*flag) : ordered_json(nullptr);
}

ordered_json textOrNull(const std::string& text)
{
    return text.empty() ? ordered_json(nullptr) : ordered_json(text);
}

class Writer
{
public:
    explicit Writer(const Review& review)
        : m_review(review)
    {}

    std::string money(Money usd) const { return m_review.currency.convert(usd).toString(2); }

    ordered_json design() const
    {
        const auto& d = m_review.design;
        return {{"name", d.name},
                {"description", d.description},
                {"file", m_review.fileName},
                {"sha256", m_review.fileSha256},
                {"regions", d.regions.size()},
                {"services", d.services.size()},
                {"links", d.links.size()}};
    }

    ordered_json versions() const
    {
        return {{"app", m_review.appVersion},
                {"engine", m_review.engineVersion},
                {"serviceCatalogue", m_review.catalogueVersion},
                {"priceBook", m_review.priceBookVersion}};
    }

    /// The figures a gate reads, each only when the part behind it was computed, and every
    /// verdict as the analysis decided it.
    ordered_json summary() const
    {
        const auto& r = m_review;
        const auto& v = r.verdicts;
        ordered_json j;
        // An empty design: the availability, cost and tiers below are absent, not zero.
        j["nothingToEstimate"] = r.nothingToEstimate;
        if (r.parts.findings) {
            const auto& c = r.counts;
            j["findings"] = {{"error", c[2]}, {"warning", c[1]}, {"info", c[0]}};
        }
        if (r.parts.scenarios) {
            j["regionRtoTargetSeconds"] = number(r.regionRtoTarget.value());
            j["regionRpoTargetSeconds"] = number(r.regionRpoTarget.value());
            j["worstRegionRtoSeconds"] = secondsOrNull(r.worstRegionRto());
            j["worstRegionRpoSeconds"] = secondsOrNull(r.worstRegionRpo());
            j["regionTargetsMet"] = v.regionTargetsMet;
            j["regionLossesMissed"] = v.regionLossesMissed;
            j["zoneTargetsMet"] = v.zoneTargetsMet;
            j["zoneLossesMissed"] = v.zoneLossesMissed;
        }
        if (r.parts.availability) {
            j["availability"] = r.availability.total;
            j["availabilityObjectivePercent"] =
                r.availabilityTarget ? number(*r.availabilityTarget) : ordered_json(nullptr);
            j["availabilityObjectiveMet"] = optionalFlag(v.availabilityObjectiveMet);
        }
        if (r.parts.tiers)
            j["tierBlockers"] = r.tierBlockers;
        if (r.carbonEstimated) {
            j["monthlyKgCo2e"] = kilograms(r.carbon.kgCo2e);
            j["carbonComplete"] = r.carbon.complete();
        }
        if (r.priced) {
            j["monthlyTotal"] = money(r.cost.total);
            j["resiliencePremium"] = money(r.resiliencePremium());
            j["currency"] = r.currency.code();
            j["costComplete"] = v.costComplete;
            j["monthlyBudgetUsd"] =
                r.monthlyBudget ? number(*r.monthlyBudget) : ordered_json(nullptr);
            j["budgetMet"] = optionalFlag(v.budgetMet);
        }
        const auto& g = r.gates;
        j["gates"] = {{"findingsAtOrAbove", g.findingsAtOrAbove
                                                ? ordered_json(enumName(*g.findingsAtOrAbove))
                                                : ordered_json(nullptr)},
                      {"targets", g.targets},
                      {"unpriced", g.unpriced}};
        j["passed"] = v.passed();
        return j;
    }

    static ordered_json findings(const Findings& findings)
    {
        auto out = ordered_json::array();
        for (const auto& f : findings) {
            const auto* rule = findRule(f.ruleId);
            out.push_back({{"rule", f.ruleId},
                           {"severity", enumName(f.severity)},
                           {"title", rule ? rule->title : ""},
                           {"elements", f.elements},
                           {"message", f.message},
                           {"remediation", rule ? rule->remediation : ""},
                           {"source", rule ? rule->source : ""}});
        }
        return out;
    }

    static ordered_json scenario(const ScenarioResult& s)
    {
        const auto surviving = std::count_if(s.flows.begin(), s.flows.end(),
                                             [](const FlowOutcome& f) { return f.survives; });
        ordered_json j;
        j["kind"] = enumName(s.disruption.kind);
        j["element"] = s.disruption.elementId;
        j["title"] = s.title;
        j["gated"] = judgeScenario(s).gated;
        j["flows"] = {{"total", s.flows.size()}, {"surviving", surviving}};
        j["brokenFlows"] = ordered_json::array();
        for (const auto& f : s.flows) {
            if (!f.survives)
                j["brokenFlows"].push_back({{"entry", f.entryId}, {"brokenBy", f.brokenBy}});
        }
        j["rtoSeconds"] = s.rto ? ordered_json{{"expected", number(s.rto->expected.value())},
                                               {"worst", number(s.rto->worst.value())}}
                                : ordered_json(nullptr);
        j["rtoBasis"] = s.rtoBasis;
        j["failoverPath"] = s.failoverPath;
        j["failoverPathErrors"] = s.failoverPathErrors;
        j["rpoSeconds"] = s.dataLossUnbounded ? ordered_json(nullptr) : secondsOrNull(s.rpo);
        j["rpoTypicalSeconds"] = secondsOrNull(s.rpoTypical);
        j["dataLossUnbounded"] = s.dataLossUnbounded;
        j["writesAtRisk"] = number(s.writesAtRisk);
        j["writesAtRiskTypical"] = number(s.writesAtRiskTypical);
        j["stores"] = ordered_json::array();
        for (const auto& st : s.stores)
            j["stores"].push_back({{"store", st.storeId},
                                   {"rpoSeconds", secondsOrNull(st.rpo)},
                                   {"rpoTypicalSeconds", secondsOrNull(st.rpoTypical)},
                                   {"promotionSeconds", secondsOrNull(st.promotion)},
                                   {"promotionMode", enumName(st.promotionMode)},
                                   {"writesAtRisk", number(st.writesAtRisk)},
                                   {"writesAtRiskTypical", number(st.writesAtRiskTypical)},
                                   {"basis", st.basis}});
        j["capacity"] = ordered_json::array();
        for (const auto& c : s.capacity)
            j["capacity"].push_back({{"region", c.regionId},
                                     {"requiredPercent", number(c.requiredPercent)},
                                     {"capacityPercent", number(c.capacityPercent)},
                                     {"enough", c.enough()}});
        j["residency"] = ordered_json::array();
        for (const auto& r : s.residency)
            j["residency"].push_back({{"element", r.elementId}, {"message", r.message}});
        const auto verdict = judgeScenario(s);
        j["rtoTargetSeconds"] = number(s.rtoTarget.value());
        j["rpoTargetSeconds"] = number(s.rpoTarget.value());
        j["rtoMet"] = verdict.rtoMet;
        j["rpoMet"] = verdict.rpoMet;
        j["capacityMet"] = verdict.capacityMet;
        j["residencyMet"] = verdict.residencyMet;
        j["targetsMet"] = verdict.targetsMet();
        return j;
    }

    ordered_json availability() const
    {
        const auto& a = m_review.availability;
        ordered_json j;
        j["total"] = a.total;
        j["effective"] = a.effective;
        j["parallel"] = a.parallel;
        j["global"] = a.global;
        j["downtimeMinutesPerYear"] = a.downtimeMinutesPerYear();
        j["failoverMinutesPerYear"] = a.failoverMinutesPerYear();
        j["formula"] = a.terms.formula;
        j["basis"] = "outage-model";
        j["outageModel"] = {
            {"regionOutagesPerYear", number(a.outageModel.regionOutagesPerYear)},
            {"meanRegionOutageHours", number(a.outageModel.meanOutage.value() / 3600.0)},
            {"commonCauseFraction", number(a.outageModel.commonCauseFraction)}};
        // A different thing from the estimate, named as such beside it.
        j["slaComposite"] = {{"total", a.slaComposite.total},
                             {"downtimeMinutesPerYear", a.slaComposite.downtimeMinutesPerYear()},
                             {"formula", a.slaComposite.terms.formula},
                             {"explanation", std::string(slaCompositeExplanation())}};
        j["regions"] = ordered_json::array();
        for (const auto& r : a.regions)
            j["regions"].push_back({{"region", r.regionId},
                                    {"availability", r.availability},
                                    {"outagesPerYear", number(r.outagesPerYear)},
                                    {"slaAvailability", r.slaAvailability},
                                    {"services", r.services},
                                    {"capacityPercent", number(r.capacityPercent)},
                                    {"incidentsPerYear", r.incidentsPerYear},
                                    {"failoverWindowSeconds", r.failoverWindow.value()}});
        j["globals"] = ordered_json::array();
        for (const auto& g : a.globals)
            j["globals"].push_back({{"service", g.serviceId}, {"availability", g.availability}});
        if (!m_review.outages)
            return j;
        const auto& o = *m_review.outages;
        j["simulation"] = {
            {"years", o.years},
            {"seed", o.seed},
            {"meanDowntimeMinutesPerYear", o.meanDowntimeMinutesPerYear()},
            {"p95DowntimeMinutesPerYear", o.p95DowntimeMinutesPerYear()},
            {"p99DowntimeMinutesPerYear", o.p99DowntimePerYear.value() / 60.0},
            {"availability", o.availability},
            {"probabilityRtoExceedsTarget", o.probabilityRtoExceedsTarget},
            {"probabilityRpoExceedsTarget", o.probabilityRpoExceedsTarget},
            {"histogram",
             {{"binMinutes", o.histogram.binWidth.value() / 60.0}, {"years", o.histogram.counts}}}};
        return j;
    }

    static ordered_json priceRow(const PriceRow& r)
    {
        return {{"key", r.key},
                {"sku", r.sku},
                {"usageType", r.usageType},
                {"region", r.region},
                {"toRegion", r.toRegion},
                {"unit", r.unit},
                {"tierStart", number(r.tierStart)},
                {"priceUsd", r.price.toString(12)},
                {"effectiveDate", r.effectiveDate},
                {"source", r.source},
                {"confidence", enumName(r.confidence)}};
    }

    ordered_json costLine(const CostLine& l) const
    {
        ordered_json j{{"category", enumName(l.category)},
                       {"element", l.elementId},
                       {"region", l.region},
                       {"toRegion", l.toRegion},
                       {"usage", enumName(l.usage)},
                       {"quantity", number(l.quantity)},
                       {"usageSource", l.setByDesign ? "design" : "workload"},
                       {"amount", m_review.currency.convert(l.amount).toString(6)},
                       {"unpriced", l.unpriced},
                       {"reason", l.reason},
                       {"borrowedFrom", textOrNull(l.borrowedFrom)}};
        j["rows"] = ordered_json::array();
        for (const auto& r : l.cited)
            j["rows"].push_back(priceRow(r));
        return j;
    }

    ordered_json cost() const
    {
        const auto& c = m_review.cost;
        ordered_json j;
        j["currency"] = m_review.currency.code();
        j["total"] = money(c.total);
        j["totalUsd"] = c.total.toString(2);
        j["resiliencePremium"] = money(m_review.resiliencePremium());
        j["byCategory"] = ordered_json::object();
        for (const auto& [category, amount] : c.byCategory)
            j["byCategory"][std::string(enumName(category))] = money(amount);
        j["byRegion"] = ordered_json::object();
        for (const auto& [region, amount] : c.byRegion)
            j["byRegion"][region] = money(amount);
        j["complete"] = c.complete();
        j["unpricedCount"] = c.unpricedCount;
        j["borrowedCount"] = c.borrowedCount;
        j["topLines"] = m_review.topLines;
        j["lines"] = ordered_json::array();
        for (const auto& l : c.lines)
            j["lines"].push_back(costLine(l));
        return j;
    }

    ordered_json tiers() const
    {
        auto out = ordered_json::array();
        for (const auto& t : m_review.tiers) {
            const auto& loss = t.homeRegionLoss;
            out.push_back(
                {{"tier", enumName(t.tier)},
                 {"current", t.current},
                 {"total", money(t.cost.total)},
                 {"complete", t.cost.complete()},
                 {"unpricedCount", t.cost.unpricedCount},
                 {"borrowedCount", t.cost.borrowedCount},
                 {"rtoSeconds", loss.rto ? number(loss.rto->worst.value()) : ordered_json()},
                 {"rpoSeconds", loss.dataLossUnbounded ? ordered_json() : secondsOrNull(loss.rpo)},
                 {"dataLossUnbounded", loss.dataLossUnbounded},
                 {"rtoMet", judgeScenario(loss).rtoMet},
                 {"rpoMet", judgeScenario(loss).rpoMet},
                 {"changes", t.changes}});
            if (m_review.carbonEstimated) {
                out.back()["kgCo2e"] = kilograms(t.emissions.kgCo2e);
                out.back()["emissionsComplete"] = t.emissions.complete();
            }
            if (const auto& fixed = t.homeRegionLossFixed) {
                // What the tier would achieve with the blockers (named once, in the summary)
                // fixed.
                out.back()["fixedRtoSeconds"] =
                    fixed->rto ? number(fixed->rto->worst.value()) : ordered_json();
                out.back()["fixedRpoSeconds"] =
                    fixed->dataLossUnbounded ? ordered_json() : secondsOrNull(fixed->rpo);
            }
        }
        return out;
    }

    ordered_json assumptions() const
    {
        // Workload and targets exactly as the design format spells them.
        const auto designJson = ordered_json::parse(writeDesign(m_review.design));
        const auto& p = m_review.pricing;
        ordered_json j;
        j["workload"] = designJson.at("workload");
        j["targets"] = designJson.at("targets");
        j["hoursPerMonth"] = number(m_review.costOptions.hours());
        j["freeTiers"] = m_review.costOptions.freeTiers.value_or(false);
        // Every assumption of the design file in force: its value, whether the design set it
        // or it is the default, and where the default comes from.
        j["inForce"] = ordered_json::array();
        for (const auto& a : assumptionsInForce(m_review))
            j["inForce"].push_back({{"key", a.key},
                                    {"label", a.label},
                                    {"value", a.value},
                                    {"setByDesign", a.setByDesign},
                                    {"source", a.source}});
        j["currency"] = {{"code", m_review.currency.code()},
                         {"perUsd", m_review.currency.perDollar().toString(6)},
                         {"date", m_review.currency.date()}};
        j["discounts"] = ordered_json::array();
        for (const auto& [provider, percent] : p.discountPercent)
            j["discounts"].push_back({{"provider", enumName(provider)}, {"percent", percent}});
        j["overrides"] = ordered_json::array();
        for (const auto& o : p.overrides)
            j["overrides"].push_back({{"key", o.key},
                                      {"region", o.region},
                                      {"priceUsd", o.price.toString(12)},
                                      {"note", o.note}});
        j["engine"] = ordered_json::array();
        if (m_review.parts.availability) {
            for (const auto& a : m_review.availability.assumptions)
                j["engine"].push_back(a);
        }
        if (m_review.outages) {
            for (const auto& a : m_review.outages->assumptions)
                j["engine"].push_back(a);
        }
        return j;
    }

    ordered_json pricingSources() const
    {
        auto out = ordered_json::array();
        for (const auto& s : m_review.pricing.sources)
            out.push_back({{"provider", enumName(s.provider)},
                           {"version", s.version},
                           {"source", s.source},
                           {"format", s.format},
                           {"effectiveDate", s.effectiveDate},
                           {"importedAt", s.importedAt},
                           {"checksum", s.checksum},
                           {"rows", s.rows}});
        return out;
    }

private:
    const Review& m_review;
};

} // namespace

std::string writeReviewJson(const Review& review)
{
    const Writer w(review);
    const auto& parts = review.parts;
    ordered_json root;
    root["reviewFormatVersion"] = reviewFormatVersion;
    // A command's output has no date, so the same run gives the same bytes.
    if (!review.timestamp.empty()) {
        root["generatedAt"] = review.timestamp;
        root["author"] = review.author;
    }
    root["design"] = w.design();
    root["versions"] = w.versions();
    root["summary"] = w.summary();
    if (parts.findings)
        root["findings"] = Writer::findings(review.findings);
    if (parts.scenarios) {
        root["scenarios"] = ordered_json::array();
        for (const auto& s : review.scenarios)
            root["scenarios"].push_back(Writer::scenario(s));
    }
    if (parts.availability)
        root["availability"] = w.availability();
    if (review.priced)
        root["cost"] = w.cost();
    if (parts.tiers)
        root["tiers"] = w.tiers();
    if (review.carbonEstimated)
        root["carbon"] = carbonJson(review.carbon, CarbonTables::builtIn());
    root["assumptions"] = w.assumptions();
    if (review.priced)
        root["pricingSources"] = w.pricingSources();
    if (review.baseline)
        root["baseline"] = comparisonJson(*review.baseline);
    // Design text may hold any Unicode; invalid UTF-8 is replaced rather than thrown on.
    return root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

} // namespace rs

#include "core/review/ReviewJson.h"

#include "PropertyJson.h"
#include "core/DesignFormat.h"
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

    ordered_json summary() const
    {
        const auto& c = m_review.counts;
        ordered_json j;
        j["findings"] = {{"error", c[2]}, {"warning", c[1]}, {"info", c[0]}};
        j["regionRtoTargetSeconds"] = number(m_review.regionRtoTarget.value());
        j["regionRpoTargetSeconds"] = number(m_review.regionRpoTarget.value());
        j["worstRegionRtoSeconds"] = secondsOrNull(m_review.worstRegionRto());
        j["worstRegionRpoSeconds"] = secondsOrNull(m_review.worstRegionRpo());
        j["regionTargetsMet"] = m_review.regionTargetsMet();
        j["availability"] = m_review.availability.total;
        const auto& objective = m_review.design.targets.availabilityPercent;
        j["availabilityObjectivePercent"] = objective ? number(*objective) : ordered_json(nullptr);
        j["monthlyTotal"] = money(m_review.cost.total);
        j["resiliencePremium"] = money(m_review.resiliencePremium());
        j["currency"] = m_review.currency.code();
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
        j["gated"] = s.disruption.kind == DisruptionKind::RegionDown;
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
        j["rpoSeconds"] = s.dataLossUnbounded ? ordered_json(nullptr) : secondsOrNull(s.rpo);
        j["dataLossUnbounded"] = s.dataLossUnbounded;
        j["writesAtRisk"] = number(s.writesAtRisk);
        j["stores"] = ordered_json::array();
        for (const auto& st : s.stores)
            j["stores"].push_back({{"store", st.storeId},
                                   {"rpoSeconds", secondsOrNull(st.rpo)},
                                   {"promotionSeconds", secondsOrNull(st.promotion)},
                                   {"writesAtRisk", number(st.writesAtRisk)},
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
        j["rtoMet"] = s.rtoMet();
        j["rpoMet"] = s.rpoMet();
        j["capacityMet"] = s.capacityMet();
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
        j["regions"] = ordered_json::array();
        for (const auto& r : a.regions)
            j["regions"].push_back({{"region", r.regionId},
                                    {"availability", r.availability},
                                    {"services", r.services},
                                    {"capacityPercent", number(r.capacityPercent)},
                                    {"incidentsPerYear", r.incidentsPerYear},
                                    {"failoverWindowSeconds", r.failoverWindow.value()}});
        j["globals"] = ordered_json::array();
        for (const auto& g : a.globals)
            j["globals"].push_back({{"service", g.serviceId}, {"availability", g.availability}});
        const auto& o = m_review.outages;
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
                       {"amount", m_review.currency.convert(l.amount).toString(6)},
                       {"unpriced", l.unpriced},
                       {"reason", l.reason}};
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
        j["unpricedCount"] = c.unpricedCount;
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
                 {"unpricedCount", t.cost.unpricedCount},
                 {"rtoSeconds", loss.rto ? number(loss.rto->worst.value()) : ordered_json()},
                 {"rpoSeconds", loss.dataLossUnbounded ? ordered_json() : secondsOrNull(loss.rpo)},
                 {"dataLossUnbounded", loss.dataLossUnbounded},
                 {"rtoMet", loss.rtoMet()},
                 {"rpoMet", loss.rpoMet()},
                 {"changes", t.changes}});
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
        j["hoursPerMonth"] = number(m_review.costOptions.hoursPerMonth);
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
        j["engine"] = m_review.availability.assumptions;
        for (const auto& a : m_review.outages.assumptions)
            j["engine"].push_back(a);
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
    ordered_json root;
    root["reviewFormatVersion"] = reviewFormatVersion;
    root["generatedAt"] = review.timestamp;
    root["author"] = review.author;
    root["design"] = w.design();
    root["versions"] = w.versions();
    root["summary"] = w.summary();
    root["findings"] = Writer::findings(review.findings);
    root["scenarios"] = ordered_json::array();
    for (const auto& s : review.scenarios)
        root["scenarios"].push_back(Writer::scenario(s));
    root["availability"] = w.availability();
    root["cost"] = w.cost();
    root["tiers"] = w.tiers();
    root["assumptions"] = w.assumptions();
    root["pricingSources"] = w.pricingSources();
    // Design text may hold any Unicode; invalid UTF-8 is replaced rather than thrown on.
    return root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

} // namespace rs

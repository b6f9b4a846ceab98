#include "EstimateReport.h"

#include "DesignInput.h"

#include <algorithm>

namespace rs::cli {

namespace {

nlohmann::ordered_json rowJson(const PriceRow& r)
{
    return {{"key", r.key},
            {"sku", r.sku},
            {"usageType", r.usageType},
            {"region", r.region},
            {"toRegion", r.toRegion},
            {"unit", r.unit},
            {"tierStart", r.tierStart},
            {"priceUsd", r.price.toString(12)},
            {"effectiveDate", r.effectiveDate},
            {"source", r.source},
            {"confidence", enumName(r.confidence)}};
}

std::string seconds(const std::optional<Seconds>& s)
{
    return s ? formatNumber(s->value(), 0) + " s" : "none";
}

std::string tierRto(const ScenarioResult& r)
{
    return r.rto ? formatNumber(r.rto->worst.value(), 0) + " s" : "no failover";
}

std::string tierRpo(const ScenarioResult& r)
{
    return r.dataLossUnbounded ? "data lost" : seconds(r.rpo);
}

} // namespace

void EstimateReport::printText(std::ostream& out) const
{
    const auto money = [&](Money usd) { return currency.convert(usd).toString(2); };
    out << file << ": " << money(estimate.total) << " " << currency.code() << " a month (prices "
        << estimate.bookVersion << ", " << formatNumber(options.hoursPerMonth, 0)
        << " hours a month";
    if (!currency.isUsd())
        out << ", " << currency.describe();
    out << ")\n";
    for (const auto& [category, amount] : estimate.byCategory)
        out << "  " << enumName(category) << ": " << money(amount) << "\n";
    out << "by region:\n";
    for (const auto& [region, amount] : estimate.byRegion)
        out << "  " << region << ": " << money(amount) << "\n";
    std::vector<const CostLine*> priced;
    for (const auto& l : estimate.lines) {
        if (!l.unpriced && l.amount > Money())
            priced.push_back(&l);
    }
    std::sort(priced.begin(), priced.end(),
              [](const CostLine* a, const CostLine* b) { return a->amount > b->amount; });
    out << "largest lines:\n";
    for (std::size_t i = 0; i < std::min<std::size_t>(priced.size(), 10); ++i) {
        const auto& l = *priced[i];
        out << "  " << money(l.amount) << "  " << l.elementId << " " << enumName(l.usage) << " "
            << formatNumber(l.quantity, 2) << " in " << l.region;
        if (!l.cited.empty()) {
            const auto& r = l.cited.back();
            out << "  [" << r.key << " " << r.price.toString(12) << " USD/" << r.unit << ", "
                << r.source << " " << r.effectiveDate << ", " << enumName(r.confidence) << "]";
        }
        out << "\n";
    }
    if (estimate.unpricedCount > 0)
        out << counted(estimate.unpricedCount, "usage line")
            << " could not be priced (no price for that item in that region); see --json\n";
    if (tiers.empty())
        return;
    out << "resilience tiers (losing the home region):\n";
    for (const auto& t : tiers) {
        const auto& loss = t.homeRegionLoss;
        out << "  " << (t.current ? "* " : "  ") << enumName(t.tier) << ": " << money(t.cost.total)
            << " " << currency.code() << "/month, RTO " << tierRto(loss)
            << (loss.rtoMet() ? "" : " (misses target)") << ", RPO " << tierRpo(loss)
            << (loss.rpoMet() ? "" : " (misses target)");
        if (t.cost.unpricedCount > 0)
            out << ", " << counted(t.cost.unpricedCount, "unpriced line");
        out << "\n";
    }
}

nlohmann::ordered_json EstimateReport::toJson() const
{
    const auto money = [&](Money usd) { return currency.convert(usd).toString(2); };
    nlohmann::ordered_json out;
    out["file"] = file;
    out["priceBookVersion"] = estimate.bookVersion;
    out["hoursPerMonth"] = options.hoursPerMonth;
    out["currency"] = {{"code", currency.code()},
                       {"perUsd", currency.perDollar().toString(6)},
                       {"date", currency.date()}};
    out["total"] = money(estimate.total);
    out["totalUsd"] = estimate.total.toString(2);
    out["byCategory"] = nlohmann::ordered_json::object();
    for (const auto& [category, amount] : estimate.byCategory)
        out["byCategory"][std::string(enumName(category))] = money(amount);
    out["byRegion"] = nlohmann::ordered_json::object();
    for (const auto& [region, amount] : estimate.byRegion)
        out["byRegion"][region] = money(amount);
    out["unpriced"] = estimate.unpricedCount;
    out["lines"] = nlohmann::ordered_json::array();
    for (const auto& l : estimate.lines) {
        nlohmann::ordered_json line{{"category", enumName(l.category)},
                                    {"element", l.elementId},
                                    {"region", l.region},
                                    {"usage", enumName(l.usage)},
                                    {"quantity", l.quantity},
                                    {"amount", currency.convert(l.amount).toString(6)},
                                    {"unpriced", l.unpriced}};
        if (!l.toRegion.empty())
            line["toRegion"] = l.toRegion;
        if (l.unpriced)
            line["reason"] = l.reason;
        line["rows"] = nlohmann::ordered_json::array();
        for (const auto& r : l.cited)
            line["rows"].push_back(rowJson(r));
        out["lines"].push_back(std::move(line));
    }
    if (tiers.empty())
        return out;
    out["tiers"] = nlohmann::ordered_json::array();
    for (const auto& t : tiers) {
        const auto& loss = t.homeRegionLoss;
        nlohmann::ordered_json tier{{"tier", enumName(t.tier)},
                                    {"current", t.current},
                                    {"total", money(t.cost.total)},
                                    {"unpriced", t.cost.unpricedCount}};
        tier["rtoSeconds"] =
            loss.rto ? nlohmann::ordered_json(loss.rto->worst.value()) : nlohmann::ordered_json();
        tier["rpoSeconds"] = loss.rpo && !loss.dataLossUnbounded
                                 ? nlohmann::ordered_json(loss.rpo->value())
                                 : nlohmann::ordered_json();
        tier["dataLossUnbounded"] = loss.dataLossUnbounded;
        tier["rtoMet"] = loss.rtoMet();
        tier["rpoMet"] = loss.rpoMet();
        tier["changes"] = t.changes;
        out["tiers"].push_back(std::move(tier));
    }
    return out;
}

} // namespace rs::cli

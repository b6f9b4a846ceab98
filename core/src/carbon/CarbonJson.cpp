#include "PropertyJson.h"
#include "carbon/CarbonJsonSection.h"
#include "core/carbon/CarbonTables.h"

#include <cmath>
#include <set>

namespace rs {

using json::number;
using nlohmann::ordered_json;

namespace {

ordered_json byCategory(const std::map<CostCategory, double>& kg)
{
    auto out = ordered_json::object();
    for (const auto& [category, value] : kg)
        out[std::string(enumName(category))] = kilograms(value);
    return out;
}

ordered_json line(const CarbonLine& l)
{
    return {{"category", enumName(l.category)},
            {"element", l.elementId},
            {"region", l.region},
            {"usage", enumName(l.usage)},
            {"quantity", number(l.quantity)},
            {"energyUse", l.unestimated ? ordered_json() : ordered_json(enumName(l.use))},
            {"kwh", number(l.kwh)},
            {"gramsCo2ePerKwh", number(l.gramsPerKwh)},
            {"kgCo2e", kilograms(l.kgCo2e)},
            {"unestimated", l.unestimated},
            {"reason", l.reason}};
}

ordered_json source(const CarbonSource& s)
{
    return {{"id", s.id},     {"title", s.title},    {"repository", s.repository},
            {"path", s.path}, {"commit", s.commit},  {"date", s.date},
            {"url", s.url},   {"licence", s.licence}};
}

} // namespace

ordered_json kilograms(double kg)
{
    return number(std::round(kg * 1e6) / 1e6);
}

ordered_json carbonJson(const CarbonEstimate& e, const CarbonTables& t)
{
    ordered_json j;
    j["method"] = "Cloud Carbon Footprint: energy of compute (vCPU-hours x average watts), "
                  "memory (GB-hours), storage (TB-hours x watts x replication) and transfer "
                  "between regions (GB x kWh/GB), x the provider's PUE, x the region's grid "
                  "factor";
    j["kgCo2e"] = kilograms(e.kgCo2e);
    j["kwh"] = number(std::round(e.kwh * 1e6) / 1e6);
    j["complete"] = e.complete();
    j["unestimatedCount"] = e.unestimatedCount;
    j["byCategory"] = byCategory(e.kgByCategory);
    j["byRegion"] = ordered_json::object();
    for (const auto& [region, kg] : e.kgByRegion)
        j["byRegion"][region] = {{"kgCo2e", kilograms(e.kgIn(region))},
                                 {"byCategory", byCategory(kg)}};
    j["lines"] = ordered_json::array();
    std::set<std::string> regions;
    for (const auto& l : e.lines) {
        j["lines"].push_back(line(l));
        regions.insert(l.region);
    }
    // The factors the estimate used, and the method's constants, each citing its source.
    j["factors"] = ordered_json::array();
    for (const auto& f : t.factors) {
        if (regions.count(f.region))
            j["factors"].push_back({{"provider", enumName(f.provider)},
                                    {"region", f.region},
                                    {"gramsCo2ePerKwh", number(f.gramsPerKwh)},
                                    {"period", f.period},
                                    {"basis", f.basis},
                                    {"source", f.sourceId}});
    }
    j["providers"] = ordered_json::array();
    for (const auto& p : t.providers)
        j["providers"].push_back({{"provider", enumName(p.provider)},
                                  {"pue", number(p.pue)},
                                  {"minWattsPerVcpu", number(p.minWattsPerVcpu)},
                                  {"maxWattsPerVcpu", number(p.maxWattsPerVcpu)},
                                  {"constants", p.constants},
                                  {"source", p.sourceId}});
    j["coefficients"] = ordered_json::array();
    for (const auto& c : t.coefficients)
        j["coefficients"].push_back({{"id", c.id},
                                     {"value", number(c.value)},
                                     {"unit", c.unit},
                                     {"constant", c.constant},
                                     {"source", c.sourceId}});
    j["storage"] = ordered_json::array();
    for (const auto& s : t.storage)
        j["storage"].push_back({{"kind", s.kind},
                                {"medium", enumName(s.medium)},
                                {"replication", number(s.replication)},
                                {"constant", s.constant},
                                {"source", s.sourceId}});
    j["sources"] = ordered_json::array();
    for (const auto& s : t.sources)
        j["sources"].push_back(source(s));
    return j;
}

} // namespace rs

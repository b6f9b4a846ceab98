#include "core/RegionCatalogue.h"

#include "JsonObjectReader.h"
#include "core/JsonText.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace rs {

using json::Need;

namespace {

constexpr std::array continents{"Africa",        "Asia",    "Europe",
                                "North America", "Oceania", "South America"};

RegionInfo readRegion(const nlohmann::json& j, const std::string& pointer, Errors& errors)
{
    json::ObjectReader r(j, pointer, errors);
    RegionInfo info;
    info.provider = r.enumeration<Provider>("provider", Need::Required).value_or(Provider::Aws);
    info.code = r.string("code", Need::Required).value_or("");
    info.name = r.string("name", Need::Required).value_or(info.code);
    info.country = r.string("country", Need::Required).value_or("");
    info.continent = r.string("continent", Need::Required).value_or("");
    info.jurisdiction = r.string("jurisdiction", Need::Required).value_or("");
    info.latitude = r.number("latitude", Need::Required).value_or(0.0);
    info.longitude = r.number("longitude", Need::Required).value_or(0.0);
    info.priceLocation = r.string("priceLocation", Need::Required).value_or("");
    if (const auto* names = r.array("priceNames", Need::Optional)) {
        for (const auto& name : *names) {
            if (name.is_string())
                info.priceNames.push_back(name.get<std::string>());
            else
                r.addError(ErrorCode::Type, "priceNames", "a price name is a string");
        }
    }
    if (info.country.size() != 2)
        r.addError(ErrorCode::Range, "country", "a country is an ISO 3166-1 alpha-2 code");
    if (std::find(continents.begin(), continents.end(), info.continent) == continents.end())
        r.addError(ErrorCode::Range, "continent", "unknown continent \"" + info.continent + "\"");
    if (info.latitude < -90.0 || info.latitude > 90.0 || info.longitude < -180.0 ||
        info.longitude > 180.0)
        r.addError(ErrorCode::Range, "latitude", "coordinates out of range");
    r.finish();
    return info;
}

} // namespace

Result<RegionCatalogue> RegionCatalogue::fromJson(std::string_view text)
{
    auto parsed = json::parse(text);
    if (!parsed)
        return parsed.errors();
    Errors errors;
    RegionCatalogue catalogue;
    json::ObjectReader root(parsed.value(), "", errors);
    if (const auto* regions = root.array("regions", Need::Required)) {
        for (std::size_t i = 0; i < regions->size(); ++i) {
            const auto pointer = "/regions/" + std::to_string(i);
            auto info = readRegion((*regions)[i], pointer, errors);
            if (catalogue.find(info.provider, info.code))
                errors.push_back({ErrorCode::Duplicate,
                                  "region \"" + info.code + "\" is declared twice",
                                  {pointer + "/code", 0, 0, {}}});
            catalogue.m_regions.push_back(std::move(info));
        }
    }
    root.finish();
    if (!errors.empty())
        return errors;
    return catalogue;
}

const RegionInfo* RegionCatalogue::find(Provider provider, std::string_view code) const
{
    const auto it = std::find_if(m_regions.begin(), m_regions.end(), [&](const RegionInfo& r) {
        return r.provider == provider && r.code == code;
    });
    return it == m_regions.end() ? nullptr : &*it;
}

double distanceKm(const RegionInfo& a, const RegionInfo& b)
{
    constexpr double earthRadiusKm = 6371.0;
    constexpr double radians = std::numbers::pi / 180.0;
    const double dLat = (b.latitude - a.latitude) * radians;
    const double dLon = (b.longitude - a.longitude) * radians;
    const double h = std::pow(std::sin(dLat / 2.0), 2) + std::cos(a.latitude * radians) *
                                                             std::cos(b.latitude * radians) *
                                                             std::pow(std::sin(dLon / 2.0), 2);
    return 2.0 * earthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

} // namespace rs

#pragma once

#include "core/Provider.h"
#include "core/Result.h"

#include <string>
#include <string_view>
#include <vector>

namespace rs {

/// A provider region as the provider publishes it, with its geography.
struct RegionInfo
{
    Provider provider = Provider::Aws;
    std::string code;
    std::string name;
    std::string country;      ///< ISO 3166-1 alpha-2
    std::string continent;    ///< Africa, Asia, Europe, North America, Oceania, South America
    std::string jurisdiction; ///< "EU" for EU member states, else the country code
    double latitude = 0.0;
    double longitude = 0.0;
    std::string priceLocation; ///< the name the provider's price files use for the region
    /// Other names price files give the region (Azure Retail Prices `location`, "US East 2").
    std::vector<std::string> priceNames;
};

/// Great-circle distance in km between two catalogue regions (haversine, mean Earth radius).
double distanceKm(const RegionInfo& a, const RegionInfo& b);

/// The regions the application knows, loaded from data and validated on load.
class RegionCatalogue
{
public:
    static Result<RegionCatalogue> fromJson(std::string_view text);

    const RegionInfo* find(Provider provider, std::string_view code) const;
    const std::vector<RegionInfo>& regions() const { return m_regions; }

private:
    std::vector<RegionInfo> m_regions;
};

} // namespace rs

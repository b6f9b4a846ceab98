#pragma once

#include "core/EnumNames.h"
#include "core/Provider.h"
#include "core/Result.h"

#include <string>
#include <string_view>
#include <vector>

namespace rs {

/// Where figures of the carbon tables come from: a repository file at a commit, or a page.
struct CarbonSource
{
    std::string id;
    std::string title;
    std::string repository;
    std::string path;
    std::string commit;
    std::string date; ///< of the commit, where the data set names it
    std::string url;
    std::string licence;
};

/// The carbon intensity of the grid behind one provider region (location-based).
struct GridFactor
{
    Provider provider = Provider::Aws;
    std::string region;
    double gramsPerKwh = 0.0; ///< grams CO2e per kWh
    std::string period;       ///< the year(s) the figure describes
    std::string sourceId;
    std::string basis; ///< whom the data set credits: "EPA", "EEA", "Google", ...
};

/// What one provider's data centres draw: power usage effectiveness and watts per vCPU.
struct ProviderEnergy
{
    Provider provider = Provider::Aws;
    double pue = 1.0;
    double minWattsPerVcpu = 0.0; ///< idle
    double maxWattsPerVcpu = 0.0; ///< at full load
    std::string constants;        ///< the constants the figures were read from
    std::string sourceId;
};

/// One constant of the method with the constant it was read from.
struct CarbonCoefficient
{
    std::string id; ///< "cpu-utilisation", "memory", "network", "ssd", "hdd", "mb-per-vcpu"
    double value = 0.0;
    std::string unit;
    std::string constant;
    std::string sourceId;
};

enum class StorageMedium
{
    Ssd,
    Hdd,
};

template <> struct EnumNames<StorageMedium>
{
    static constexpr std::array names{
        std::pair{StorageMedium::Ssd, std::string_view{"ssd"}},
        std::pair{StorageMedium::Hdd, std::string_view{"hdd"}},
    };
};

/// How a service kind keeps the data of one region's copy: on what, in how many copies.
struct StorageProfile
{
    std::string kind;
    StorageMedium medium = StorageMedium::Ssd;
    double replication = 1.0;
    std::string constant;
    std::string sourceId;
};

/// The grid factors and the Cloud Carbon Footprint constants the emissions estimate uses: an
/// immutable snapshot, loaded once (from resources/carbon/ for the built-in one), or built in
/// memory by a test.
struct CarbonTables
{
    std::vector<GridFactor> factors;
    std::vector<ProviderEnergy> providers;
    std::vector<CarbonCoefficient> coefficients;
    std::vector<StorageProfile> storage;
    std::vector<CarbonSource> sources;

    /// Reads the two files; an error names the file and the JSON pointer of the bad entry.
    static Result<CarbonTables> fromJson(std::string_view gridFactors,
                                         std::string_view coefficients);
    /// The tables compiled in (resources/carbon/); tst_carbon checks that they load.
    static const CarbonTables& builtIn();

    const GridFactor* factor(Provider provider, std::string_view region) const;
    const ProviderEnergy* energy(Provider provider) const;
    const StorageProfile* storageOf(std::string_view kind) const;
    const CarbonCoefficient* coefficient(std::string_view id) const;
    const CarbonSource* source(std::string_view id) const;
};

} // namespace rs

#pragma once

#include "core/cost/CostEngine.h"
#include "core/cost/Usage.h"

#include <map>
#include <span>
#include <string>
#include <vector>

namespace rs {

struct CarbonTables;

/// What a line's energy is drawn by, in the Cloud Carbon Footprint method.
enum class EnergyUse
{
    Compute, ///< vCPU-hours x average watts per vCPU
    Memory,  ///< GB-hours of function memory (and its vCPU share where no vCPU line bills it)
    Storage, ///< TB-hours x watts per TB x the copies the provider keeps
    Network, ///< GB moved between regions x kWh per GB
};

template <> struct EnumNames<EnergyUse>
{
    static constexpr std::array names{
        std::pair{EnergyUse::Compute, std::string_view{"compute"}},
        std::pair{EnergyUse::Memory, std::string_view{"memory"}},
        std::pair{EnergyUse::Storage, std::string_view{"storage"}},
        std::pair{EnergyUse::Network, std::string_view{"network"}},
    };
};

/// The energy and emissions of one cost line's usage, or why they cannot be estimated.
struct CarbonLine
{
    CostCategory category = CostCategory::Baseline;
    std::string elementId;
    std::string region;
    UsageKind usage = UsageKind::ApiRequests;
    double quantity = 0.0;
    EnergyUse use = EnergyUse::Compute;
    double kwh = 0.0;         ///< at the facility: IT energy x PUE
    double gramsPerKwh = 0.0; ///< the region's grid factor
    double kgCo2e = 0.0;
    bool unestimated = false;
    std::string reason; ///< why it is unestimated
};

/// What a design emits in a month: line by line, per region and category, with totals.
struct CarbonEstimate
{
    std::vector<CarbonLine> lines;
    std::map<std::string, std::map<CostCategory, double>> kgByRegion; ///< region code, category
    std::map<CostCategory, double> kgByCategory;
    double kwh = 0.0;
    double kgCo2e = 0.0;
    std::size_t unestimatedCount = 0;

    /// Every line with usage estimated: the total is the whole, not a lower bound.
    bool complete() const { return unestimatedCount == 0; }
    double kgIn(const std::string& region) const;
};

/// The emissions of the usage `cost` priced, line by line (Cloud Carbon Footprint's method):
/// compute, memory, storage and inter-region transfer give energy, times the provider's PUE,
/// times the region's grid factor. An invocation's energy is its compute time, so invocation
/// lines are counted on their GB-second and vCPU-second lines and not listed again. Usage with
/// no coefficient (requests, messages, provisioned hours, ...) and regions with no grid factor
/// are unestimated lines that say why, never zero. `hoursPerMonth` turns GB-months into hours.
CarbonEstimate estimateEmissions(const DesignIndex& design, const CostEstimate& cost,
                                 const CarbonTables& tables, double hoursPerMonth);

/// The energy at the facility (kWh a month, PUE included) of each region's estimated usage, for
/// asking what the same usage would emit on another grid. Unestimated usage is left out.
std::map<std::string, double> energyByRegion(const DesignIndex& design,
                                             std::span<const UsageLine> usage,
                                             const CarbonTables& tables, double hoursPerMonth);

} // namespace rs

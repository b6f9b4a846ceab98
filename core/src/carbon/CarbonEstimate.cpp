#include "core/carbon/CarbonEstimate.h"

#include "core/carbon/CarbonTables.h"

#include <set>

namespace rs {

namespace {

constexpr double secondsPerHour = 3600.0;
constexpr double gbPerTb = 1000.0;
constexpr double whPerKwh = 1000.0;
constexpr double gramsPerKg = 1000.0;
constexpr double mbPerGb = 1024.0; // deriveUsage() turns a function's MB into GB by 1024

/// One line's energy at the facility and its emissions, or why they cannot be estimated.
struct LineEnergy
{
    EnergyUse use = EnergyUse::Compute;
    double kwh = 0.0; ///< PUE included
    double gramsPerKwh = 0.0;
    std::string problem;
};

/// The Cloud Carbon Footprint method over the design's usage lines.
class EnergyModel
{
public:
    EnergyModel(const DesignIndex& d, const CarbonTables& t, double hours)
        : m_d(d)
        , m_t(t)
        , m_hours(hours)
    {}

    /// Invocations are not energy of their own: their compute time is.
    static bool counted(UsageKind kind) { return kind != UsageKind::Invocations; }

    LineEnergy of(const std::string& elementId, const std::string& region, UsageKind kind,
                  double quantity, bool vcpuBilled) const
    {
        LineEnergy out;
        const auto* region_ = regionByCode(region);
        const auto* provider = region_ ? m_t.energy(region_->provider) : nullptr;
        const auto* grid = region_ ? m_t.factor(region_->provider, region) : nullptr;
        double it = 0.0; // kWh drawn by the IT equipment
        switch (kind) {
        case UsageKind::VcpuSeconds:
            out.use = EnergyUse::Compute;
            it = provider ? vcpuKwh(*provider, quantity) : 0.0;
            break;
        case UsageKind::ComputeGbSeconds:
            out.use = EnergyUse::Memory;
            it = quantity / secondsPerHour * value("memory");
            // Billed on memory alone (Lambda, Azure Functions): the vCPU share the memory buys.
            if (!vcpuBilled && provider)
                it += vcpuKwh(*provider, quantity * mbPerGb / value("mb-per-vcpu"));
            break;
        case UsageKind::StorageGbMonth: {
            out.use = EnergyUse::Storage;
            const auto* service = m_d.design().service(ServiceId(elementId));
            const auto* kind_ = service ? m_d.kind(*service) : nullptr;
            const auto* profile = kind_ ? m_t.storageOf(kind_->id) : nullptr;
            if (!profile) {
                out.problem = "no storage medium or replication factor known for " +
                              (kind_ ? kind_->id : elementId);
                return out;
            }
            const double whPerTbHour = value(enumName(profile->medium));
            it = quantity / gbPerTb * m_hours * whPerTbHour * profile->replication / whPerKwh;
            break;
        }
        case UsageKind::ReplicationGb:
        case UsageKind::CrossRegionGb:
            out.use = EnergyUse::Network;
            it = quantity * value("network");
            break;
        case UsageKind::InternetEgressGb:
            out.problem = "the method's network coefficient covers transfer between the "
                          "provider's regions, not to the internet";
            return out;
        default:
            out.problem = "the method has no energy coefficient for " + std::string(enumName(kind));
            return out;
        }
        if (region == "global")
            out.problem = "a global service runs on no one region's grid";
        else if (!region_)
            out.problem = "\"" + region + "\" is not a region of the design";
        else if (!provider)
            out.problem =
                "no PUE or watts per vCPU for provider " + std::string(enumName(region_->provider));
        else if (!grid)
            out.problem = "no grid carbon factor for " + std::string(enumName(region_->provider)) +
                          " region " + region;
        if (!out.problem.empty())
            return out;
        out.kwh = it * provider->pue;
        out.gramsPerKwh = grid->gramsPerKwh;
        return out;
    }

private:
    /// Average watts per vCPU at the method's utilisation: min + utilisation x (max - min).
    double vcpuKwh(const ProviderEnergy& p, double vcpuSeconds) const
    {
        const double watts =
            p.minWattsPerVcpu + value("cpu-utilisation") * (p.maxWattsPerVcpu - p.minWattsPerVcpu);
        return vcpuSeconds / secondsPerHour * watts / whPerKwh;
    }

    double value(std::string_view id) const
    {
        const auto* c = m_t.coefficient(id);
        return c ? c->value : 0.0; // fromJson() refuses tables without them
    }

    const Region* regionByCode(const std::string& code) const
    {
        for (const auto& [id, r] : m_d.design().regions) {
            if (r.code == code)
                return &r;
        }
        return nullptr;
    }

    const DesignIndex& m_d;
    const CarbonTables& m_t;
    double m_hours = 730.0;
};

/// The elements whose vCPU time is billed on a line of its own.
template <typename Line, typename Kind>
std::set<std::string> vcpuBilled(std::span<const Line> lines, Kind kindOf)
{
    std::set<std::string> out;
    for (const auto& l : lines) {
        if (kindOf(l) == UsageKind::VcpuSeconds)
            out.insert(l.elementId);
    }
    return out;
}

} // namespace

double CarbonEstimate::kgIn(const std::string& region) const
{
    const auto it = kgByRegion.find(region);
    double total = 0.0;
    if (it != kgByRegion.end()) {
        for (const auto& [category, kg] : it->second)
            total += kg;
    }
    return total;
}

CarbonEstimate estimateEmissions(const DesignIndex& design, const CostEstimate& cost,
                                 const CarbonTables& tables, double hoursPerMonth)
{
    const EnergyModel model(design, tables, hoursPerMonth);
    const auto withVcpu = vcpuBilled(std::span<const CostLine>(cost.lines),
                                     [](const CostLine& l) { return l.usage; });
    CarbonEstimate out;
    for (const auto& line : cost.lines) {
        if (!EnergyModel::counted(line.usage))
            continue;
        const auto energy = model.of(line.elementId, line.region, line.usage, line.quantity,
                                     withVcpu.count(line.elementId) > 0);
        CarbonLine c;
        c.category = line.category;
        c.elementId = line.elementId;
        c.region = line.region;
        c.usage = line.usage;
        c.quantity = line.quantity;
        c.use = energy.use;
        c.kwh = energy.kwh;
        c.gramsPerKwh = energy.gramsPerKwh;
        if (!energy.problem.empty()) {
            c.unestimated = true;
            c.reason = energy.problem;
            ++out.unestimatedCount;
        } else {
            c.kgCo2e = c.kwh * c.gramsPerKwh / gramsPerKg;
            out.kgByRegion[c.region][c.category] += c.kgCo2e;
            out.kgByCategory[c.category] += c.kgCo2e;
            out.kwh += c.kwh;
            out.kgCo2e += c.kgCo2e;
        }
        out.lines.push_back(std::move(c));
    }
    return out;
}

std::map<std::string, double> energyByRegion(const DesignIndex& design,
                                             std::span<const UsageLine> usage,
                                             const CarbonTables& tables, double hoursPerMonth)
{
    const EnergyModel model(design, tables, hoursPerMonth);
    const auto withVcpu = vcpuBilled(usage, [](const UsageLine& l) { return l.kind; });
    std::map<std::string, double> out;
    for (const auto& line : usage) {
        if (!EnergyModel::counted(line.kind))
            continue;
        const auto energy = model.of(line.elementId, line.region, line.kind, line.quantity,
                                     withVcpu.count(line.elementId) > 0);
        if (energy.problem.empty())
            out[line.region] += energy.kwh;
    }
    return out;
}

} // namespace rs

#pragma once

#include "core/Catalogues.h"
#include "core/Design.h"
#include "core/EnumNames.h"

#include <string>
#include <vector>

namespace rs {

/// The standard disaster-recovery strategies, cheapest and slowest first.
enum class ResilienceTier
{
    SingleRegion,
    BackupRestore,
    PilotLight,
    WarmStandby,
    ActiveActive,
};

template <> struct EnumNames<ResilienceTier>
{
    static constexpr std::array names{
        std::pair{ResilienceTier::SingleRegion, std::string_view{"single-region"}},
        std::pair{ResilienceTier::BackupRestore, std::string_view{"backup-restore"}},
        std::pair{ResilienceTier::PilotLight, std::string_view{"pilot-light"}},
        std::pair{ResilienceTier::WarmStandby, std::string_view{"warm-standby"}},
        std::pair{ResilienceTier::ActiveActive, std::string_view{"active-active"}},
    };
};

/// The design as one tier would build it, and what had to change to get there.
struct TierDesign
{
    ResilienceTier tier = ResilienceTier::SingleRegion;
    Design design;
    std::vector<std::string> changes; ///< one sentence each, for the report
};

/// Which tier the drawn design is: several serving regions are active-active, else the
/// strongest standby role among the other regions, else single region.
ResilienceTier currentTier(const Design& design);

/// The same design derived as each of the five tiers. The home region (the serving region with
/// the largest share of traffic) keeps its stack; the other regions of the design take the
/// tier's role, traffic and headroom. A design with one region gets a partner region: the
/// nearest of the same provider, preferring the same jurisdiction, then the same continent,
/// with the home region's services and links copied into it and its data stores replicating.
/// Backup and restore keeps the partner regions without services and backs the home stores
/// up across regions; single region drops them.
std::vector<TierDesign> deriveTiers(const Design& design, const Catalogues& catalogues);

/// Fixes `services` of the home region that other regions depend on: each other region that
/// calls one gets its own copy (without the original's outgoing links) and calls that instead,
/// so losing the home region no longer takes them down with it.
void giveEachRegionItsOwn(Design& design, const RegionId& home,
                          const std::vector<std::string>& services);

} // namespace rs

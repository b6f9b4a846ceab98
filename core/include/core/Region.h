#pragma once

#include "core/EnumNames.h"
#include "core/Geometry.h"
#include "core/Id.h"
#include "core/Provider.h"

#include <string>

namespace rs {

/// What a region does while all is well, which decides how fast it can take over.
enum class RegionRole
{
    Active,
    WarmStandby,
    PilotLight,
    BackupOnly,
};

template <> struct EnumNames<RegionRole>
{
    static constexpr std::array names{
        std::pair{RegionRole::Active, std::string_view{"active"}},
        std::pair{RegionRole::WarmStandby, std::string_view{"warm-standby"}},
        std::pair{RegionRole::PilotLight, std::string_view{"pilot-light"}},
        std::pair{RegionRole::BackupOnly, std::string_view{"backup-only"}},
    };
};

/// A cloud region the design uses. Its geography (country, continent, jurisdiction) comes from
/// the region catalogue by provider and code, so it cannot disagree with the provider's.
struct Region
{
    RegionId id;
    Provider provider = Provider::Aws;
    std::string code; ///< the provider's region code: us-east-1, westeurope, europe-west1
    std::string name; ///< the label on the canvas; empty means the catalogue's display name
    RegionRole role = RegionRole::Active;
    double trafficPercent = 0.0; ///< share of user traffic served here in normal operation
    /// Spare capacity beyond its own share, as a percent of the workload's total peak: a
    /// region can serve trafficPercent + headroomPercent of all traffic. A warm standby that can
    /// take everything has 0 % traffic and 100 % headroom.
    double headroomPercent = 0.0;
    Point position;
    Size size{480.0, 320.0};

    bool operator==(const Region&) const = default;
};

} // namespace rs

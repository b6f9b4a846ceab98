#pragma once

#include "core/EnumNames.h"
#include "core/Id.h"
#include "core/Units.h"

#include <optional>
#include <string>
#include <vector>

namespace rs {

/// How much the business loses when the workload is down; each tier has default objectives.
enum class Tier
{
    MissionCritical,
    Critical,
    Important,
    NonCritical,
};

template <> struct EnumNames<Tier>
{
    static constexpr std::array names{
        std::pair{Tier::MissionCritical, std::string_view{"mission-critical"}},
        std::pair{Tier::Critical, std::string_view{"critical"}},
        std::pair{Tier::Important, std::string_view{"important"}},
        std::pair{Tier::NonCritical, std::string_view{"non-critical"}},
    };
};

/// Where data may live, after failover too.
enum class Residency
{
    Anywhere,
    SameCountry,
    SameContinent,
    Jurisdictions, ///< only in the listed jurisdictions
};

template <> struct EnumNames<Residency>
{
    static constexpr std::array names{
        std::pair{Residency::Anywhere, std::string_view{"anywhere"}},
        std::pair{Residency::SameCountry, std::string_view{"same-country"}},
        std::pair{Residency::SameContinent, std::string_view{"same-continent"}},
        std::pair{Residency::Jurisdictions, std::string_view{"jurisdictions"}},
    };
};

/// Recovery time and recovery point objectives for one kind of disruption. Unset values fall
/// back to the tier's defaults.
struct RecoveryObjectives
{
    std::optional<Seconds> rto;
    std::optional<Seconds> rpo;

    bool operator==(const RecoveryObjectives&) const = default;
};

/// What the design must achieve.
struct Targets
{
    Tier tier = Tier::Important;
    RecoveryObjectives region; ///< loss of a whole region
    RecoveryObjectives zone;   ///< loss of one availability zone
    std::optional<double> availabilityPercent;
    std::vector<ServiceId> noLostUpdates; ///< data stores that must never lose an update
    Residency residency = Residency::Anywhere;
    std::vector<std::string> jurisdictions; ///< for Residency::Jurisdictions
    std::optional<Dollars> monthlyBudget;

    bool operator==(const Targets&) const = default;
};

/// The defaults a tier implies (reference/resilience-model.md §6.5, a proposal, not a provider
/// figure): region and zone RTO / RPO.
struct TierDefaults
{
    Seconds regionRto;
    Seconds regionRpo;
    Seconds zoneRto;
    Seconds zoneRpo;
};
TierDefaults tierDefaults(Tier tier);

} // namespace rs

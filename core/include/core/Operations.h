#pragma once

#include "core/EnumNames.h"
#include "core/Units.h"

#include <optional>

namespace rs {

/// Who decides to fail over when a region is lost.
enum class FailoverDecision
{
    Automatic, ///< health checks and data-plane controls act without a person
    Manual,    ///< a person confirms first; the decision time counts towards the RTO
};

template <> struct EnumNames<FailoverDecision>
{
    static constexpr std::array names{
        std::pair{FailoverDecision::Automatic, std::string_view{"automatic"}},
        std::pair{FailoverDecision::Manual, std::string_view{"manual"}},
    };
};

/// How the team runs failover: what the RTO estimate and the operations rules read.
struct Operations
{
    FailoverDecision decision = FailoverDecision::Automatic;
    Seconds manualDecisionTime = 900.0 * units::seconds; ///< time to decide, when manual
    std::optional<double> drTestCadenceDays;             ///< unset: no DR test planned
    bool failoverRunbook = false; ///< failover is scripted or a written runbook
    bool failbackPlan = false;    ///< a failback procedure is defined

    bool operator==(const Operations&) const = default;
};

} // namespace rs

#pragma once

#include "core/EnumNames.h"

#include <map>

namespace rs {

/// A monthly quantity a design may set on a service or link instead of letting the workload
/// derive it (a function run by a schedule, a queue fed from outside the design, a store whose
/// size is known).
enum class UsageQuantity
{
    ApiRequests,   ///< gateway, edge, object-store and key requests
    Invocations,   ///< function invocations
    Messages,      ///< queue and bus messages
    Reads,         ///< database and cache reads
    Writes,        ///< database and cache writes
    StoredGb,      ///< data stored, GB-month
    TransferredGb, ///< a link: GB carried to another region
};

template <> struct EnumNames<UsageQuantity>
{
    static constexpr std::array names{
        std::pair{UsageQuantity::ApiRequests, std::string_view{"requests"}},
        std::pair{UsageQuantity::Invocations, std::string_view{"invocations"}},
        std::pair{UsageQuantity::Messages, std::string_view{"messages"}},
        std::pair{UsageQuantity::Reads, std::string_view{"reads"}},
        std::pair{UsageQuantity::Writes, std::string_view{"writes"}},
        std::pair{UsageQuantity::StoredGb, std::string_view{"storedGb"}},
        std::pair{UsageQuantity::TransferredGb, std::string_view{"transferredGb"}},
    };
};

/// The quantities set by the design, per month; the others are derived from the workload.
using PinnedUsage = std::map<UsageQuantity, double>;

} // namespace rs

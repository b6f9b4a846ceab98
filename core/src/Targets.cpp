#include "core/Targets.h"

namespace rs {

TierDefaults tierDefaults(Tier tier)
{
    using units::seconds;
    constexpr double minute = 60.0;
    constexpr double hour = 3600.0;
    switch (tier) {
    case Tier::MissionCritical:
        return {5 * minute * seconds, 1.0 * seconds, 1 * minute * seconds, 0.0 * seconds};
    case Tier::Critical:
        return {1 * hour * seconds, 15 * minute * seconds, 5 * minute * seconds, 0.0 * seconds};
    case Tier::Important:
        return {4 * hour * seconds, 1 * hour * seconds, 30 * minute * seconds,
                5 * minute * seconds};
    case Tier::NonCritical:
        break;
    }
    return {24 * hour * seconds, 24 * hour * seconds, 4 * hour * seconds, 1 * hour * seconds};
}

} // namespace rs

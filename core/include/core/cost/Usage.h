#pragma once

#include "core/DesignIndex.h"
#include "core/cost/UsageKind.h"

#include <map>
#include <string>
#include <vector>

namespace rs {

/// One quantity of usage: which element uses it, where it is billed, how much.
struct UsageLine
{
    std::string elementId; ///< the service, or the link for transfer
    std::string region;    ///< provider region code where it is billed, or "global"
    std::string toRegion;  ///< transfer: the destination region code
    UsageKind kind = UsageKind::ApiRequests;
    double quantity = 0.0;
    /// The quantity rests on usage the design sets on the element (Service::usage,
    /// Link::usage), not on the workload.
    bool setByDesign = false;
};

struct UsageOptions
{
    double hoursPerMonth = 730.0; ///< the providers' billing month
};

/// Calls per month into each service: each region's share of the user requests enters at its
/// endpoints and is multiplied by callsPerRequest along request and event links. With several
/// entry points, the requests are split evenly between them.
std::map<std::string, double> monthlyCalls(const DesignIndex& design);

/// What the workload gives one service or link for each quantity it may set (the calls into it,
/// its reads and writes, the data it stores or carries): what a value set in the design would
/// replace, for the properties panel to show beside it. Empty for an unknown element.
PinnedUsage workloadUsage(const DesignIndex& design, const std::string& elementId);

/// Everything the design consumes in a month, derived from the workload and what is drawn,
/// except where an element pins its own usage: that replaces the derived quantity (and what is
/// computed from it, such as a function's GB-seconds) for that element alone.
std::vector<UsageLine> deriveUsage(const DesignIndex& design, const UsageOptions& options = {});

} // namespace rs

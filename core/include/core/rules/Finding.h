#pragma once

#include "core/RuleSetting.h"

#include <string>
#include <vector>

namespace rs {

/// One thing a rule found wrong with a design, naming the elements it concerns so the user
/// interface can select and zoom to them.
struct Finding
{
    std::string ruleId;
    Severity severity = Severity::Warning;
    std::string message;
    std::vector<std::string> elements; ///< ids of regions, services or links

    bool operator==(const Finding&) const = default;
};

using Findings = std::vector<Finding>;

} // namespace rs

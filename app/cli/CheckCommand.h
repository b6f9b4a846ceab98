#pragma once

#include "Command.h"

namespace rs::cli {

/// `resilience check FILE [--fail-on error|warning|info] [--json]`: runs the resilience rules.
/// Exit 1 when a finding is at or above the --fail-on severity (default: error).
class CheckCommand final : public Command
{
public:
    std::string_view name() const override { return "check"; }
    std::string_view summary() const override { return "run the resilience rules on a design"; }
    std::string_view usage() const override;
    int run(const std::vector<std::string>& args, CommandContext& context) const override;
};

} // namespace rs::cli

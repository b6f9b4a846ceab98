#pragma once

#include "Command.h"

namespace rs::cli {

/// `resilience rules [--json]`: the rule catalogue — ids, severities, titles, rationale, source
/// and remediation — so a CI configuration can pick its gate and a design its settings.
class RulesCommand final : public Command
{
public:
    std::string_view name() const override { return "rules"; }
    std::string_view summary() const override { return "list the resilience rules"; }
    std::string_view usage() const override;
    int run(const std::vector<std::string>& args, CommandContext& context) const override;
};

} // namespace rs::cli

#pragma once

#include "Command.h"

namespace rs::cli {

/// `resilience review FILE [--pdf OUT] [--json OUT] [--csv OUT] [--png OUT --dpi N] [--svg OUT]
/// ...`: the design review for people (PDF) and machines (JSON), the cost lines and the diagram,
/// with a --fail-on gate for CI.
class ReviewCommand final : public Command
{
public:
    std::string_view name() const override { return "review"; }
    std::string_view summary() const override
    {
        return "write the design review (PDF, JSON) and exports";
    }
    std::string_view usage() const override;
    int run(const std::vector<std::string>& args, CommandContext& context) const override;
};

} // namespace rs::cli

#pragma once

#include "Command.h"

namespace rs::cli {

/// `resilience compare BEFORE AFTER [--json|--markdown] [--fail-on GATES]`: what a change to a
/// design does to its findings, region losses, availability and cost. Exit 1 when a gate trips.
class CompareCommand final : public Command
{
public:
    std::string_view name() const override { return "compare"; }
    std::string_view summary() const override
    {
        return "compare two designs: findings, region losses, cost";
    }
    std::string_view usage() const override;
    int run(const std::vector<std::string>& args, CommandContext& context) const override;
};

} // namespace rs::cli

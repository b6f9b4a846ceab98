#pragma once

#include "Command.h"

namespace rs::cli {

/// `resilience validate FILE... [--json]`: reads each design and reports every problem with its
/// place. Exit 0 when all are valid, 1 when one is invalid, 2 when one cannot be read.
class ValidateCommand final : public Command
{
public:
    std::string_view name() const override { return "validate"; }
    std::string_view summary() const override { return "check that design files are well-formed"; }
    std::string_view usage() const override;
    int run(const std::vector<std::string>& args, CommandContext& context) const override;
};

} // namespace rs::cli

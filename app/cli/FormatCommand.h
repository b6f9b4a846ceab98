#pragma once

#include "Command.h"

namespace rs::cli {

/// `resilience format FILE... [--check]`: rewrites valid design files in the canonical form
/// (fixed key order, elements sorted by id) so that they diff well; --check only reports.
class FormatCommand final : public Command
{
public:
    std::string_view name() const override { return "format"; }
    std::string_view summary() const override { return "rewrite design files in canonical form"; }
    std::string_view usage() const override;
    int run(const std::vector<std::string>& args, CommandContext& context) const override;
};

} // namespace rs::cli

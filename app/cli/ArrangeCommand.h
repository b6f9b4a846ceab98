#pragma once

#include "Command.h"

namespace rs::cli {

/// `resilience arrange FILE...`: lays valid design files out as Design ▸ Arrange does and saves
/// them, so a design written by hand or by a tool opens readable.
class ArrangeCommand final : public Command
{
public:
    std::string_view name() const override { return "arrange"; }
    std::string_view summary() const override
    {
        return "lay design files out (Graphviz), as Design > Arrange does";
    }
    std::string_view usage() const override;
    int run(const std::vector<std::string>& args, CommandContext& context) const override;
};

} // namespace rs::cli

#pragma once

#include "Command.h"

namespace rs::cli {

/// `resilience pricing list|import|update|diff|activate|rollback`: the price catalogue's versions.
/// The catalogue is the user's (created from the bundled price table on first use) unless --catalog
/// names another.
class PricingCommand final : public Command
{
public:
    std::string_view name() const override { return "pricing"; }
    std::string_view summary() const override
    {
        return "import, update, diff, activate or roll back price tables";
    }
    std::string_view usage() const override;
    int run(const std::vector<std::string>& args, CommandContext& context) const override;
};

} // namespace rs::cli

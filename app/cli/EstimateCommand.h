#pragma once

#include "Command.h"

namespace rs::cli {

/// `resilience estimate FILE [--catalog PATH] [--json]`: the design's monthly cost from the
/// active price-table versions, by category and region, each line citing its price rows.
class EstimateCommand final : public Command
{
public:
    std::string_view name() const override { return "estimate"; }
    std::string_view summary() const override { return "price a design from the price catalogue"; }
    std::string_view usage() const override;
    int run(const std::vector<std::string>& args, CommandContext& context) const override;
};

} // namespace rs::cli

#pragma once

#include "Command.h"

namespace rs::cli {

/// `resilience simulate FILE [--region R] [--json]`: what each region loss, global service loss
/// and replication cut does to the design's flows, RTO, RPO, capacity and residency. Exit 1
/// when a scenario misses a target.
class SimulateCommand final : public Command
{
public:
    std::string_view name() const override { return "simulate"; }
    std::string_view summary() const override { return "estimate RTO / RPO when a region is lost"; }
    std::string_view usage() const override;
    int run(const std::vector<std::string>& args, CommandContext& context) const override;
};

} // namespace rs::cli

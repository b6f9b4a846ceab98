#pragma once

#include "Command.h"

namespace rs::cli {

/// `resilience import FILE... [-o DESIGN]`: Terraform plans / states and CloudFormation or CDK
/// templates become one design, laid out as Design > Arrange does, with a report of what was
/// mapped, what was not and why, and which links the code implies.
class ImportCommand final : public Command
{
public:
    std::string_view name() const override { return "import"; }
    std::string_view summary() const override
    {
        return "turn Terraform plans and CloudFormation templates into a design";
    }
    std::string_view usage() const override;
    int run(const std::vector<std::string>& args, CommandContext& context) const override;
};

} // namespace rs::cli

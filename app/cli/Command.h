#pragma once

#include "core/Catalogues.h"

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace rs::cli {

/// What every command runs with: where to write, and the catalogues designs are read against.
struct CommandContext
{
    std::ostream& out;
    std::ostream& err;
    const Catalogues& catalogues;
};

/// One subcommand of `resilience` (validate, check, simulate, estimate, review, pricing).
class Command
{
public:
    virtual ~Command() = default;
    virtual std::string_view name() const = 0;
    virtual std::string_view summary() const = 0;
    virtual std::string_view usage() const = 0;
    /// Runs with the arguments after the command name; returns an ExitCode.
    virtual int run(const std::vector<std::string>& args, CommandContext& context) const = 0;
};

} // namespace rs::cli

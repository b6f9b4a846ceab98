#pragma once

#include "Cli.h"

#include <sstream>
#include <string>
#include <vector>

namespace rs::test {

/// What one `resilience` command line did, run in-process.
struct Run
{
    int exitCode;
    std::string out;
    std::string err;
};

inline Run run(const std::vector<std::string>& args)
{
    std::ostringstream out;
    std::ostringstream err;
    const int code = cli::runCli(args, out, err);
    return {code, out.str(), err.str()};
}

} // namespace rs::test

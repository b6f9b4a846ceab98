#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace rs::cli {

/// Runs `resilience` with `args` (without the program name) and returns its exit code.
int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace rs::cli

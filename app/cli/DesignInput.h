#pragma once

#include "Command.h"
#include "core/Design.h"

#include <optional>
#include <string>

namespace rs::cli {

/// Loads the design a command works on, or prints why it cannot (as `validate` would) and sets
/// `exitCode`: 2 for an unreadable file, 1 for an invalid one.
std::optional<Design> loadDesignForCommand(const std::string& file, CommandContext& context,
                                           int& exitCode);

/// Formats seconds the way people read recovery times: "45 s", "2 min 30 s", "4 h 10 min".
std::string formatDuration(double seconds);

/// "1 region", "3 regions".
std::string counted(std::size_t n, const char* noun);

/// `value` with at most `decimals` decimals and no trailing zeros: 100, 33.3, 1250.
std::string formatNumber(double value, int decimals);

} // namespace rs::cli

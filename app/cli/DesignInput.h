#pragma once

#include "Command.h"
#include "core/Design.h"
#include "core/TextFormat.h" // formatDuration, counted, formatNumber: the commands use them

#include <optional>
#include <string>

namespace rs::cli {

/// Loads the design a command works on, or prints why it cannot (as `validate` would) and sets
/// `exitCode`: 2 for an unreadable file, 1 for an invalid one. `bytesRead`, when given, receives
/// the file's bytes.
std::optional<Design> loadDesignForCommand(const std::string& file, CommandContext& context,
                                           int& exitCode, std::string* bytesRead = nullptr);

} // namespace rs::cli

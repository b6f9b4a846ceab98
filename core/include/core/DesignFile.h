#pragma once

#include "core/DesignFormat.h"

#include <filesystem>
#include <variant>

namespace rs {

/// Reads and validates a design file; I/O failures come back as errors too.
Result<Design> loadDesignFile(const std::filesystem::path& path, const Catalogues& catalogues,
                              const DesignReadLimits& limits = {});

/// Saves atomically: the bytes go to a temporary file beside the target, are flushed to disk,
/// then renamed over it, so a crash leaves the old file or the new one, never half of one.
/// Refuses to overwrite a file written by a newer schema than this build's.
Result<std::monostate> saveDesignFile(const std::filesystem::path& path, const Design& design);

/// The whole file as bytes, or an I/O error naming the path.
Result<std::string> readTextFile(const std::filesystem::path& path);

} // namespace rs

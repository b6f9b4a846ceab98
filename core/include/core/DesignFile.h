#pragma once

#include "core/DesignFormat.h"

#include <filesystem>
#include <variant>

namespace rs {

/// Reads and validates a design file; I/O failures come back as errors too. When `bytesRead` is
/// given it receives the bytes the design was read from (for a fingerprint of that very file).
Result<Design> loadDesignFile(const std::filesystem::path& path, const Catalogues& catalogues,
                              const DesignReadLimits& limits = {},
                              std::string* bytesRead = nullptr);

/// Saves atomically: the bytes go to a temporary file beside the target, are flushed to disk,
/// then renamed over it, so a crash leaves the old file or the new one, never half of one.
/// Refuses to overwrite a file written by a newer schema than this build's.
Result<std::monostate> saveDesignFile(const std::filesystem::path& path, const Design& design);

/// Writes `bytes` to a temporary file beside `path`, flushes it and renames it over `path`: a
/// reader sees the old file or the new one, and a failure leaves the old one untouched. A
/// symlink is written through (its target is replaced, the link stays); an existing file keeps
/// its permissions and, where the system allows, its owner; a file we may not write is refused.
Result<std::monostate> writeFileAtomically(const std::filesystem::path& path,
                                           std::string_view bytes);

/// The whole file as bytes, or an I/O error naming the path. A file longer than `maxBytes` is
/// a TooLarge error once that many bytes are read: a FIFO or /dev/zero reports no size, so the
/// limit holds while reading, not only against the size the file system gives.
Result<std::string> readTextFile(const std::filesystem::path& path,
                                 std::size_t maxBytes = std::size_t(-1));

} // namespace rs

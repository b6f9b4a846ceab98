#pragma once

#include "core/Result.h"
#include "pricing/import/ImportControl.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>

namespace rs::pricing {

/// What one download may take: it stops with a clear error at the deadline (which a server
/// trickling a byte every few seconds never trips through Qt's per-transfer timeout) or at
/// `maxBytes`, whichever comes first.
struct DownloadLimits
{
    std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
    std::chrono::seconds allowed{0}; ///< the whole allowance, for the message
    std::uint64_t maxBytes = std::uint64_t{4} << 30;
};

/// Synchronous HTTP(S) GETs over Qt Network for the online price update: each runs a local
/// event loop on the calling thread (a worker thread in the GUI; the command line gets a
/// QCoreApplication for the duration when it has none). Redirects are followed; anything but
/// HTTP 200 is an error naming the URL, with any `key=` parameter masked.
class HttpDownloader
{
public:
    /// Streams `url` into `file`, reporting bytes as it goes; stops when cancelled or past a
    /// limit, and then removes what it wrote.
    static Result<std::uint64_t> toFile(const std::string& url, const std::filesystem::path& file,
                                        const ImportControl& control, const std::string& stage,
                                        const DownloadLimits& limits = {});
    /// A small document (an index), refused beyond 64 MiB (or the limits' size if smaller).
    static Result<std::string> toText(const std::string& url, const ImportControl& control,
                                      const std::string& stage, const DownloadLimits& limits = {});

    /// `url` with the value of a `key=` query parameter replaced by "***".
    static std::string masked(const std::string& url);
};

} // namespace rs::pricing

#pragma once

#include "core/Result.h"
#include "pricing/import/ImportControl.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace rs::pricing {

/// Synchronous HTTP(S) GETs over Qt Network for the online price update: each runs a local
/// event loop on the calling thread (a worker thread in the GUI; the command line gets a
/// QCoreApplication for the duration when it has none). Redirects are followed; anything but
/// HTTP 200 is an error naming the URL, with any `key=` parameter masked.
class HttpDownloader
{
public:
    /// Streams `url` into `file`, reporting bytes as it goes; stops when cancelled.
    static Result<std::uint64_t> toFile(const std::string& url, const std::filesystem::path& file,
                                        const ImportControl& control, const std::string& stage);
    /// A small document (an index), refused beyond `limit` bytes.
    static Result<std::string> toText(const std::string& url, const ImportControl& control,
                                      const std::string& stage,
                                      std::uint64_t limit = std::uint64_t{64} << 20);

    /// `url` with the value of a `key=` query parameter replaced by "***".
    static std::string masked(const std::string& url);
};

} // namespace rs::pricing

#pragma once

#include <cstdint>
#include <filesystem>

namespace rs::bench {

struct SyntheticOffer
{
    std::uint64_t bytes = 0;
    std::uint64_t products = 0;
    std::uint64_t mappedProducts = 0; ///< Lambda products in regions the catalogue has
    std::uint64_t dimensions = 0;     ///< price dimensions of every term
};

/// Writes an AWS offer file in the real JSON layout (pretty-printed like AWS's, products then
/// OnDemand and Reserved terms) of about `targetBytes`: EC2-like instance products with the
/// attributes real ones carry, which the importer reads and skips as it would in AmazonEC2's
/// file, and a Lambda request and duration product in each of the catalogue's AWS regions,
/// which it keeps. Deterministic: the same size gives the same file.
SyntheticOffer writeSyntheticOffer(const std::filesystem::path& path, std::uint64_t targetBytes);

/// A memory figure of this process from /proc/self/status in KiB ("VmHWM:" is the peak
/// resident set, "VmRSS:" the current one); -1 when not there.
long statusKiB(const char* field);

} // namespace rs::bench

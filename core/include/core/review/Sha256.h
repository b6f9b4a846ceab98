#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace rs {

/// SHA-256 (FIPS 180-4) of a byte string, for naming the exact design file a review covers.
/// Written here rather than taken from a crypto library: the review only needs a fingerprint,
/// and core links nothing outside the standard library, Boost and nlohmann/json.
class Sha256
{
public:
    Sha256();

    /// Feeds more bytes; may be called any number of times before digest().
    void update(std::string_view bytes);
    /// The 32-byte digest of everything fed so far. Finishes the hash: call once.
    std::array<std::uint8_t, 32> digest();

    /// The digest of `bytes` as 64 lower-case hex digits.
    static std::string hex(std::string_view bytes);

private:
    void compress(const std::uint8_t* block);

    std::array<std::uint32_t, 8> m_state;
    std::array<std::uint8_t, 64> m_buffer{};
    std::size_t m_buffered = 0;
    std::uint64_t m_length = 0; ///< bytes fed
};

} // namespace rs

#include "pricing/PriceCatalogue.h"

#include <algorithm>
#include <charconv>
#include <cstdint>

namespace rs::pricing {

namespace {

/// Shortest text that reads back as the same double.
std::string number(double value)
{
    char text[32];
    const auto end = std::to_chars(text, text + sizeof text, value).ptr;
    return {text, end};
}

std::string canonicalLine(const PriceRow& row)
{
    constexpr char sep = '\x1f';
    std::string line;
    for (const std::string_view field :
         {std::string_view(row.key), enumName(row.provider), std::string_view(row.service),
          std::string_view(row.sku), std::string_view(row.usageType),
          std::string_view(row.description), std::string_view(row.region),
          std::string_view(row.toRegion), std::string_view(row.unit)}) {
        line += field;
        line += sep;
    }
    line += number(row.tierStart) + sep + (row.tierEnd ? number(*row.tierEnd) : "-") + sep +
            row.price.toString(12) + sep + row.effectiveDate + sep + row.source + sep +
            std::string(enumName(row.confidence)) + sep + (row.freeTier ? "1" : "0") + sep +
            row.note;
    return line;
}

} // namespace

std::string rowsChecksum(const std::vector<PriceRow>& rows)
{
    std::vector<std::string> lines;
    lines.reserve(rows.size());
    for (const auto& row : rows)
        lines.push_back(canonicalLine(row));
    std::sort(lines.begin(), lines.end()); // the same rows in any order are the same table

    std::uint64_t hash = 0xcbf29ce484222325ULL; // FNV-1a 64 offset basis
    const auto mix = [&hash](char c) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    };
    for (const auto& line : lines) {
        for (const char c : line)
            mix(c);
        mix('\n');
    }
    constexpr char hex[] = "0123456789abcdef";
    std::string out(16, '0');
    for (int i = 15; i >= 0; --i, hash >>= 4)
        out[static_cast<std::size_t>(i)] = hex[hash & 0xf];
    return out;
}

} // namespace rs::pricing

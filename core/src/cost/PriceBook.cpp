#include "core/cost/PriceBook.h"

#include <algorithm>
#include <array>

namespace rs {

namespace {

// The units of docs/pricing-data.md. GiB units stay apart from GB ones: Google bills in binary
// gibibytes, 7.4 % larger than the decimal gigabytes AWS and Azure bill in.
constexpr std::array<std::string_view, 18> knownUnits{
    "request",      "GB",          "GB-month", "GB-second", "GiB",       "GiB-month",
    "GiB-second",   "vCPU-second", "hour",     "month",     "key-month", "secret-month",
    "10k-requests", "MAU",         "RU",       "RU/s",      "node-hour", "connection-minute"};

std::string rowPlace(std::size_t i, const PriceRow& r)
{
    return "row " + std::to_string(i) + " (" + r.key + ", " + r.region +
           (r.toRegion.empty() ? "" : " -> " + r.toRegion) + ")";
}

} // namespace

std::span<const std::string_view> PriceBook::units()
{
    return knownUnits;
}

Result<PriceBook> PriceBook::fromRows(std::vector<PriceRow> rows, std::string version)
{
    Errors errors;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& r = rows[i];
        const auto fail = [&](ErrorCode code, const std::string& why) {
            errors.push_back(
                {code, rowPlace(i, r) + ": " + why, {"/rows/" + std::to_string(i), 0, 0, {}}});
        };
        if (r.key.empty() || r.region.empty())
            fail(ErrorCode::Missing, "a price needs a key and a region");
        if (std::find(knownUnits.begin(), knownUnits.end(), r.unit) == knownUnits.end())
            fail(ErrorCode::Range, "unknown unit \"" + r.unit + "\"");
        if (r.price < Money())
            fail(ErrorCode::Range, "a price cannot be negative");
        if (r.tierStart < 0.0 || (r.tierEnd && *r.tierEnd <= r.tierStart))
            fail(ErrorCode::Range, "the tier must start at 0 or above and end after it starts");
    }
    std::stable_sort(rows.begin(), rows.end(), [](const PriceRow& a, const PriceRow& b) {
        return std::tie(a.key, a.region, a.toRegion, a.tierStart) <
               std::tie(b.key, b.region, b.toRegion, b.tierStart);
    });
    PriceBook book;
    for (std::size_t i = 0; i < rows.size();) {
        std::size_t j = i + 1;
        while (j < rows.size() && rows[j].key == rows[i].key && rows[j].region == rows[i].region &&
               rows[j].toRegion == rows[i].toRegion)
            ++j;
        // Bands of one item must tile: each starts where the previous ends.
        for (std::size_t k = i + 1; k < j; ++k) {
            const auto& prev = rows[k - 1];
            if (!prev.tierEnd || *prev.tierEnd != rows[k].tierStart)
                errors.push_back({ErrorCode::Inconsistent,
                                  rowPlace(k, rows[k]) + ": its tier starts at " +
                                      std::to_string(rows[k].tierStart) +
                                      " but the previous band ends " +
                                      (prev.tierEnd ? "at " + std::to_string(*prev.tierEnd)
                                                    : std::string("never")),
                                  {}});
        }
        book.m_index.emplace(std::tuple{rows[i].key, rows[i].region, rows[i].toRegion},
                             std::pair{i, j - i});
        i = j;
    }
    if (!errors.empty())
        return errors;
    book.m_version = std::move(version);
    book.m_rows = std::move(rows);
    return book;
}

std::span<const PriceRow> PriceBook::rows(std::string_view key, std::string_view region,
                                          std::string_view toRegion) const
{
    const auto it =
        m_index.find(std::tuple{std::string(key), std::string(region), std::string(toRegion)});
    if (it == m_index.end())
        return {};
    return {m_rows.data() + it->second.first, it->second.second};
}

std::vector<PriceTier> PriceBook::tiers(std::span<const PriceRow> rows)
{
    std::vector<PriceTier> out;
    out.reserve(rows.size());
    for (const auto& r : rows)
        out.push_back({r.tierStart, r.tierEnd, r.price});
    return out;
}

} // namespace rs

#pragma once

#include "core/EnumNames.h"
#include "core/Provider.h"
#include "core/Result.h"
#include "core/cost/GraduatedPrice.h"
#include "core/cost/Money.h"

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace rs {

/// How sure a price is (reference/pricing-facts.md): read in a provider price file, in the
/// provider's documentation, quoted by a third party, or not confirmed.
enum class PriceConfidence
{
    File,
    Doc,
    Secondary,
    Unconfirmed,
};

template <> struct EnumNames<PriceConfidence>
{
    static constexpr std::array names{
        std::pair{PriceConfidence::File, std::string_view{"FILE"}},
        std::pair{PriceConfidence::Doc, std::string_view{"DOC"}},
        std::pair{PriceConfidence::Secondary, std::string_view{"2ND"}},
        std::pair{PriceConfidence::Unconfirmed, std::string_view{"UNCONF"}},
    };
};

/// One price: one band of one priced item in one region, with where it comes from. Every cost
/// line cites the rows it used.
struct PriceRow
{
    std::string key; ///< the item it prices, as service kinds name it: "aws.lambda.requests"
    Provider provider = Provider::Aws;
    std::string service; ///< the provider's service name: "AWSLambda"
    std::string sku;
    std::string usageType;
    std::string description;
    std::string region;   ///< provider region code, or "global" for account-wide prices
    std::string toRegion; ///< transfer rows: the destination, "*" for any other; else empty
    std::string unit;     ///< normalised unit: "request", "GB-second", "GB-month", ...
    double tierStart = 0.0;
    std::optional<double> tierEnd;
    Money price;
    std::string effectiveDate; ///< ISO date
    std::string source;        ///< source key, e.g. "F-AWS26"
    PriceConfidence confidence = PriceConfidence::Unconfirmed;
    bool freeTier = false;
    std::string note; ///< why the row is as it is; every unconfirmed row says what is unsure
};

/// The `source` of a custom price: a row the user's own price layer adds where the list has
/// none for that item and region (the row's `note` says what the user wrote about it).
inline constexpr std::string_view customPriceSource = "custom";

/// An immutable, validated snapshot of a price catalogue version: what the cost engine prices
/// against. Built once from rows (the SQLite catalogue, or a handful in a test) and shared.
class PriceBook
{
public:
    /// Validates the rows (known units, non-negative prices, each item's bands sorted,
    /// contiguous and non-overlapping) and indexes them; every problem names its row.
    static Result<PriceBook> fromRows(std::vector<PriceRow> rows, std::string version);

    const std::string& version() const { return m_version; }
    std::size_t size() const { return m_rows.size(); }

    /// The bands of `key` in `region`, by tier start; empty when not priced there.
    std::span<const PriceRow> rows(std::string_view key, std::string_view region,
                                   std::string_view toRegion = {}) const;

    /// The bands as graduated tiers, for graduatedCost().
    static std::vector<PriceTier> tiers(std::span<const PriceRow> rows);

    /// The normalised units a row may have.
    static std::span<const std::string_view> units();

private:
    std::string m_version;
    std::vector<PriceRow> m_rows; ///< sorted by key, region, toRegion, tierStart
    std::map<std::tuple<std::string, std::string, std::string>, std::pair<std::size_t, std::size_t>,
             std::less<>>
        m_index;
};

} // namespace rs

#pragma once

#include "core/Catalogues.h"
#include "core/EnumNames.h"
#include "core/cost/PriceBook.h"

#include <map>
#include <string>
#include <vector>

namespace rs {

/// How one service kind is priced in one place, from the best to the worst: with the place's
/// own (or account-wide) rows, the weakest of them deciding; with another region's; not at all.
enum class CoverageStatus
{
    File,        ///< every row read in a provider price file
    Doc,         ///< the weakest from the provider's own pricing page
    Secondary,   ///< the weakest quoted by a third party
    Unconfirmed, ///< the weakest not confirmed
    Custom,      ///< a custom price of the user's layer stands where the list has none
    Borrowed,    ///< another region's price stands in for at least one key
    Missing,     ///< at least one key has no price, not even a borrowed one
};

template <> struct EnumNames<CoverageStatus>
{
    static constexpr std::array names{
        std::pair{CoverageStatus::File, std::string_view{"file"}},
        std::pair{CoverageStatus::Doc, std::string_view{"doc"}},
        std::pair{CoverageStatus::Secondary, std::string_view{"2nd"}},
        std::pair{CoverageStatus::Unconfirmed, std::string_view{"unconf"}},
        std::pair{CoverageStatus::Custom, std::string_view{"custom"}},
        std::pair{CoverageStatus::Borrowed, std::string_view{"borrowed"}},
        std::pair{CoverageStatus::Missing, std::string_view{"missing"}},
    };
};

/// One kind in one place: a region code, or "global" for a kind placed at the edge.
struct CoverageCell
{
    std::string region;
    CoverageStatus status = CoverageStatus::Missing;
    std::vector<std::string> borrowedFrom; ///< the lending regions, in key order, each once
    std::vector<std::string> missingKeys;
};

struct KindCoverage
{
    std::string kind;
    std::vector<std::string> keys; ///< what its default configuration needs (neededKeys())
    std::vector<CoverageCell> cells;
};

/// The kinds of one provider (or the neutral ones) by the places they can be put.
struct ProviderCoverage
{
    Provider provider = Provider::Aws;
    /// The matrix's columns: the catalogue regions the kinds run in, in catalogue order, then
    /// "global" when a kind can be placed at the edge.
    std::vector<std::string> places;
    std::vector<KindCoverage> kinds;
    std::map<CoverageStatus, std::size_t> counts;

    std::size_t cellCount() const;
    std::size_t count(CoverageStatus status) const;
    /// Priced with the place's own or account-wide rows: neither borrowed nor missing.
    std::size_t pricedInPlace() const;
    /// `n` of the cells as a percentage, 0 when there are none.
    double percent(std::size_t n) const;
};

struct PriceCoverage
{
    std::string bookVersion;
    bool strictPrices = false;
    std::vector<ProviderCoverage> providers; ///< aws, azure, gcp, neutral
};

/// The price keys a kind needs: for each usage its rules bill, the key of the first rule that
/// matches the kind's default property values (free allowances are not needed: without them a
/// price is only higher). A kind whose rules match none of its defaults for a usage does not
/// need that usage priced.
std::vector<std::string> neededKeys(const ServiceKind& kind);

/// Which kind is priced where, by the engine's own look-up (PriceLookup): a regional kind in
/// every catalogue region of its provider, a global one at "global", an "either" one in both.
/// Neutral kinds run beside any cloud: a regional one in every catalogue region, of whichever
/// provider, a global one at "global".
PriceCoverage priceCoverage(const Catalogues& catalogues, const PriceBook& book,
                            bool strictPrices = false);

} // namespace rs

#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rs::pricing {

/// What an import read, kept and skipped, and why: stored with the catalogue version it
/// created and printed by `resilience pricing import`.
struct ImportReport
{
    /// Records skipped for one reason, with the first one as an example.
    struct Skips
    {
        std::string reason; ///< "no price key for usage type EUW2-Lambda-Managed-Instances-Request"
        std::uint64_t count = 0;
        std::string example; ///< where the first one is: "file.csv line 12"
    };

    std::vector<std::string> files;
    std::uint64_t recordsRead = 0; ///< AWS price dimensions or CSV rows, Azure items, GCP SKUs
    std::uint64_t recordsKept = 0; ///< records that gave at least one price row
    std::uint64_t rowsImported = 0;
    std::uint64_t rowsCarriedOver = 0; ///< from the base version, for items the files lack
    std::vector<Skips> skipped;        ///< by reason, in order of first occurrence

    std::uint64_t skippedCount() const;
    /// Counts one skipped record under `reason` (a short category; the detail goes in the
    /// example). Returns the entry so the caller can name the first record as the example
    /// without building that text for every record.
    Skips& skip(std::string_view reason);
    /// The same, with `example()` (the first record's place) called only for the first one.
    template <typename Example> void skip(std::string_view reason, const Example& example)
    {
        if (auto& skips = skip(reason); skips.example.empty())
            skips.example = example();
    }
    /// Adds another report's counts (one import of several files).
    void add(const ImportReport& other);

    /// The report as JSON text (docs/price-import.md), as stored with the version.
    std::string toJson() const;
    /// A few lines for people: totals, then the skip reasons, most frequent first.
    std::string toText(std::size_t maxReasons = 12) const;
};

} // namespace rs::pricing

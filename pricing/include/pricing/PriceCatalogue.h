#pragma once

#include "core/EnumNames.h"
#include "core/Provider.h"
#include "core/Result.h"
#include "core/cost/Money.h"
#include "core/cost/PriceBook.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace rs::pricing {

namespace sql {
class Connection;
}

using Done = Result<std::monostate>;

/// Whether a catalogue version is the one its provider is priced from.
enum class VersionStatus
{
    Active,
    Inactive,
};

/// One imported price table of one provider.
struct VersionInfo
{
    int id = 0; ///< assigned on import
    Provider provider = Provider::Aws;
    std::string source;        ///< where it came from: "bundled default", a file name, a URL
    std::string format;        ///< the importer that read it: "default-json", "aws-offer", ...
    std::string importedAt;    ///< ISO 8601 UTC; filled on import when empty
    std::string effectiveDate; ///< ISO date the prices apply from
    std::string checksum;      ///< filled on import: FNV-1a 64 of the rows' content, hex
    VersionStatus status = VersionStatus::Inactive; ///< Active on import activates it at once
    std::int64_t rowCount = 0;                      ///< filled on import
    std::string note;
    std::string report; ///< the import report as JSON (docs/price-import.md); empty if none
};

/// Where a provider's price files put one of its regions.
struct RegionMapping
{
    Provider provider = Provider::Aws;
    std::string code;          ///< "eu-west-1"
    std::string priceLocation; ///< "EU (Ireland)"
};

/// A negotiated price for one item in one region, replacing its list price.
struct PriceOverride
{
    std::string key;
    std::string region;
    Money price;
    std::string note;
    std::string setAt; ///< ISO timestamp; empty when set before catalogue schema 3
};

/// How a provider's unit spelling maps to a normalised unit: one provider unit is `scale`
/// normalised units (Azure "1M" is 1,000,000 requests).
struct UnitAlias
{
    std::string unit;
    double scale = 1.0;
};

/// The price catalogue, in an SQLite file or on a PostgreSQL server (a team's): imported
/// price-table versions, the active version per provider, the region map, unit spellings, and
/// discounts and overrides layered over list prices. Every write is one transaction; nothing
/// changes when it fails.
class PriceCatalogue
{
public:
    /// The schema version this build writes (SQLite's PRAGMA user_version, the catalogue_schema
    /// table on PostgreSQL).
    static int schemaVersion();

    /// Whether `location` names a team catalogue on a PostgreSQL server
    /// ("postgresql://user@host:port/db", docs/team-catalogue.md) rather than a file.
    static bool isServerUrl(std::string_view location);

    /// Opens the catalogue at `location`, a file path or a PostgreSQL URL, creating an empty one
    /// when there is none and migrating an older schema. A newer schema, a file that is not
    /// SQLite, a server that cannot be reached or refuses the credentials are errors.
    static Result<PriceCatalogue> open(const std::filesystem::path& location);
    /// Opens `location` (creating a file's folder) and when the catalogue holds no version yet
    /// imports the bundled default price table as the active version of each provider. A file
    /// also takes a newer application's bundled table; a team catalogue takes only the first
    /// (its price admins decide what else comes in).
    static Result<PriceCatalogue> openOrCreate(const std::filesystem::path& location);

    PriceCatalogue(PriceCatalogue&&) noexcept;
    PriceCatalogue& operator=(PriceCatalogue&&) noexcept;
    ~PriceCatalogue();

    /// Validates `rows` (PriceBook::fromRows, and every row of `info.provider`) and stores them
    /// as a new version in one transaction. Returns the new version id.
    Result<int> importVersion(const std::vector<PriceRow>& rows, const VersionInfo& info);
    /// All versions, newest first.
    Result<std::vector<VersionInfo>> versions();
    /// Makes `id` the active version of its provider; the previous one becomes inactive. Each
    /// activation is remembered for rollback().
    Done activate(int id);
    /// Re-activates the version that was active before the current one of `provider`, and
    /// forgets the current activation, so repeated roll-backs walk back through the history.
    /// Returns the version now active.
    Result<int> rollback(Provider provider);

    /// The rows of every active version, with discounts and overrides applied. The book's
    /// version names the versions, e.g. "aws:3,azure:2".
    Result<PriceBook> loadActivePriceBook();
    /// The list prices of one version, without discounts or overrides.
    Result<PriceBook> loadPriceBook(int versionId);
    /// What the active book would be with `versionId` active instead of its provider's active
    /// version (discounts and overrides applied): what a design would cost under it.
    Result<PriceBook> loadPriceBookWith(int versionId);
    /// The rows of one version as stored, in import order.
    Result<std::vector<PriceRow>> versionRows(int versionId);
    /// The version with this id, or a Missing error naming it.
    Result<VersionInfo> version(int versionId);

    /// A discount of `percent` (0 to 100, to a millionth of a percent) off every list price of
    /// `provider`; 0 removes it.
    Done setDiscount(Provider provider, double percent);
    Result<std::optional<double>> discount(Provider provider);
    Done setOverride(const std::string& key, const std::string& region, Money price,
                     const std::string& note = {});
    Done removeOverride(const std::string& key, const std::string& region);
    Result<std::vector<PriceOverride>> overrides();

    /// The normalised unit for a price file's unit string ("GB-Mo" -> GB-month).
    Result<UnitAlias> normaliseUnit(std::string_view alias);
    /// The region code a provider's price files call `priceLocation` ("EU (Ireland)").
    Result<std::optional<std::string>> regionForLocation(Provider provider,
                                                         std::string_view priceLocation);
    Result<std::optional<std::string>> locationForRegion(Provider provider, std::string_view code);
    /// Every unit spelling the catalogue knows, for importers that look up many.
    Result<std::vector<std::pair<std::string, UnitAlias>>> unitAliases();
    /// The whole region map, for importers that look up many.
    Result<std::vector<RegionMapping>> regionMap();

private:
    explicit PriceCatalogue(std::unique_ptr<sql::Connection> db);
    Result<std::vector<PriceRow>> readRows(std::string_view where, std::int64_t versionId);
    /// The active versions' rows, with `replacement` (if any) in place of its provider's, read in
    /// one snapshot: a version activated meanwhile shows whole or not at all.
    Result<PriceBook> loadBookOf(std::optional<int> replacement);

    std::unique_ptr<sql::Connection> m_db;
};

/// Where the user's catalogue lives: the platform's user data folder (QStandardPaths::
/// GenericDataLocation) + "/resilience-studio/prices.sqlite".
std::filesystem::path defaultCataloguePath();

/// A catalogue location as it may be shown: a file path as it is, a server URL without its
/// password ("postgresql://alice:secret@host/db" -> "postgresql://alice@host/db").
std::string shownLocation(std::string_view location);

/// FNV-1a 64 over a canonical text of the rows, independent of their order, as 16 hex digits.
std::string rowsChecksum(const std::vector<PriceRow>& rows);

} // namespace rs::pricing

template <> struct rs::EnumNames<rs::pricing::VersionStatus>
{
    static constexpr std::array names{
        std::pair{rs::pricing::VersionStatus::Active, std::string_view{"active"}},
        std::pair{rs::pricing::VersionStatus::Inactive, std::string_view{"inactive"}},
    };
};

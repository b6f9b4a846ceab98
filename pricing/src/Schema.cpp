#include "Schema.h"

#include "core/RegionCatalogue.h"
#include "core/cost/PriceBook.h"
#include "resources/BuiltinResources.h"

#include <array>
#include <string>

namespace rs::pricing::schema {

namespace {

using Database = sql::Connection;
using sql::Done;

constexpr std::array<std::string_view, 9> v1Tables{
    R"(CREATE TABLE catalogue_versions (
        id {id},
        provider TEXT NOT NULL CHECK (provider IN ('aws', 'azure', 'gcp', 'neutral')),
        source TEXT NOT NULL,
        format TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        effective_date TEXT NOT NULL,
        checksum TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'inactive' CHECK (status IN ('active', 'inactive')),
        row_count {int} NOT NULL CHECK (row_count >= 0),
        note TEXT NOT NULL DEFAULT ''))",
    // The invariant "one active version per provider" is the database's, not only the code's.
    R"(CREATE UNIQUE INDEX one_active_version ON catalogue_versions (provider)
        WHERE status = 'active')",
    R"(CREATE TABLE price_rows (
        version_id {int} NOT NULL REFERENCES catalogue_versions (id) ON DELETE CASCADE,
        key TEXT NOT NULL CHECK (key <> ''),
        provider TEXT NOT NULL CHECK (provider IN ('aws', 'azure', 'gcp', 'neutral')),
        service TEXT NOT NULL,
        sku TEXT NOT NULL,
        usage_type TEXT NOT NULL,
        description TEXT NOT NULL,
        region TEXT NOT NULL CHECK (region <> ''),
        to_region TEXT NOT NULL,
        unit TEXT NOT NULL,
        tier_start {real} NOT NULL CHECK (tier_start >= 0),
        tier_end {real} CHECK (tier_end IS NULL OR tier_end > tier_start),
        price TEXT NOT NULL,
        currency TEXT NOT NULL DEFAULT 'USD',
        effective_date TEXT NOT NULL,
        source TEXT NOT NULL,
        confidence TEXT NOT NULL CHECK (confidence IN ('FILE', 'DOC', '2ND', 'UNCONF')),
        free_tier {int} NOT NULL CHECK (free_tier IN (0, 1)),
        note TEXT NOT NULL DEFAULT ''{order}))",
    "CREATE INDEX price_rows_lookup ON price_rows (version_id, key, region)",
    R"(CREATE TABLE region_map (
        provider TEXT NOT NULL,
        code TEXT NOT NULL,
        price_location TEXT NOT NULL,
        PRIMARY KEY (provider, code)))",
    "CREATE INDEX region_map_location ON region_map (provider, price_location)",
    R"(CREATE TABLE discounts (
        provider TEXT PRIMARY KEY,
        percent {real} NOT NULL CHECK (percent > 0 AND percent <= 100)))",
    R"(CREATE TABLE price_overrides (
        key TEXT NOT NULL,
        region TEXT NOT NULL,
        price TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (key, region)))",
    R"(CREATE TABLE unit_aliases (
        alias TEXT PRIMARY KEY,
        unit TEXT NOT NULL,
        scale {real} NOT NULL DEFAULT 1 CHECK (scale > 0)))",
};

struct AliasSeed
{
    std::string_view alias;
    std::string_view unit;
    double scale;
};

/// The spellings of reference/pricing-formats.md §4 (and the units seen in §1-3), mapped to the
/// units PriceBook knows (docs/pricing-data.md): binary GiB units stay GiB.
constexpr std::array aliasSeeds{
    // AWS
    AliasSeed{"Request", "request", 1},
    AliasSeed{"Requests", "request", 1},
    AliasSeed{"Lambda-GB-Second", "GB-second", 1},
    AliasSeed{"Lambda-GB-Second-ARM", "GB-second", 1},
    AliasSeed{"GB-Seconds", "GB-second", 1},
    AliasSeed{"Second", "GB-second", 1},
    AliasSeed{"seconds", "GB-second", 1},
    AliasSeed{"GB-Mo", "GB-month", 1},
    AliasSeed{"GB", "GB", 1},
    AliasSeed{"Hrs", "hour", 1},
    AliasSeed{"Month", "month", 1},
    // Azure
    AliasSeed{"1M", "request", 1'000'000},
    AliasSeed{"10", "request", 10},
    AliasSeed{"10K", "request", 10'000},
    AliasSeed{"1 GB Second", "GB-second", 1},
    AliasSeed{"1 GiB Second", "GiB-second", 1},
    AliasSeed{"1 GB/Month", "GB-month", 1},
    AliasSeed{"1 GiB/Month", "GiB-month", 1},
    AliasSeed{"1 GB", "GB", 1},
    AliasSeed{"1 Hour", "hour", 1},
    AliasSeed{"1/Hour", "hour", 1},
    AliasSeed{"1/Month", "month", 1},
    // Google Cloud
    AliasSeed{"count", "request", 1},
    AliasSeed{"requests", "request", 1},
    AliasSeed{"Calls", "request", 1},
    AliasSeed{"GiBy.s", "GiB-second", 1},
    AliasSeed{"GiBy", "GiB", 1},
    AliasSeed{"TiBy", "GiB", 1024},
    AliasSeed{"GiBy.mo", "GiB-month", 1},
    AliasSeed{"h", "hour", 1},
    AliasSeed{"GiBy.h", "GiB-second", 3600},
};

Done seedUnitAliases(Database& db)
{
    auto insert = db.prepare("INSERT INTO unit_aliases (alias, unit, scale) VALUES (?1, ?2, ?3)");
    if (!insert)
        return insert.errors();
    auto& stmt = insert.value();
    const auto add = [&](std::string_view alias, std::string_view unit, double scale) -> Done {
        stmt.reset();
        return stmt.bind(1, alias).bind(2, unit).bind(3, scale).run();
    };
    // Normalised units are aliases of themselves, so every lookup goes through the table.
    for (const auto unit : PriceBook::units()) {
        if (auto done = add(unit, unit, 1.0); !done)
            return done;
    }
    for (const auto& seed : aliasSeeds) {
        if (seed.alias == seed.unit)
            continue;
        if (auto done = add(seed.alias, seed.unit, seed.scale); !done)
            return done;
    }
    return std::monostate{};
}

Done seedRegionMap(Database& db)
{
    auto regions = RegionCatalogue::fromJson(resources::regionCatalogueJson());
    if (!regions)
        return regions.errors();
    auto insert =
        db.prepare("INSERT INTO region_map (provider, code, price_location) VALUES (?1, ?2, ?3)");
    if (!insert)
        return insert.errors();
    auto& stmt = insert.value();
    for (const auto& region : regions.value().regions()) {
        if (region.priceLocation.empty())
            continue;
        stmt.reset();
        stmt.bind(1, enumName(region.provider)).bind(2, region.code).bind(3, region.priceLocation);
        if (auto done = stmt.run(); !done)
            return done;
    }
    return std::monostate{};
}

Done createVersion1(Database& db)
{
    for (const auto sql : v1Tables) {
        if (auto done = db.execute(spelled(sql, db.dialect())); !done)
            return done;
    }
    if (auto done = seedUnitAliases(db); !done)
        return done;
    return seedRegionMap(db);
}

/// Spellings met in the price files the importers read (docs/price-import.md) that version 1
/// did not know: AWS API Gateway "Messages" and WebSocket "minutes", Google's CPU "s" and
/// Azure's "1 Second" (both vCPU-seconds where the importers map them).
constexpr std::array aliasSeedsV2{
    AliasSeed{"Messages", "request", 1}, AliasSeed{"minutes", "connection-minute", 1},
    AliasSeed{"s", "vCPU-second", 1},    AliasSeed{"1 Second", "vCPU-second", 1},
    AliasSeed{"1K", "request", 1'000},   AliasSeed{"100", "request", 100},
};

/// Version 2: each version keeps its import report, and activations are remembered so a
/// provider's prices can be rolled back step by step.
Done migrateToVersion2(Database& db)
{
    for (const auto sql : {
             std::string_view{"ALTER TABLE catalogue_versions ADD COLUMN report TEXT NOT NULL "
                              "DEFAULT ''"},
             std::string_view{R"(CREATE TABLE activations (
        id {id},
        provider TEXT NOT NULL,
        version_id {int} NOT NULL REFERENCES catalogue_versions (id) ON DELETE CASCADE,
        activated_at TEXT NOT NULL))"},
             // What is active now is the first step of the history.
             std::string_view{"INSERT INTO activations (provider, version_id, activated_at) "
                              "SELECT provider, id, imported_at FROM catalogue_versions "
                              "WHERE status = 'active' ORDER BY id"},
         }) {
        if (auto done = db.execute(spelled(sql, db.dialect())); !done)
            return done;
    }
    auto insert = db.prepare("INSERT INTO unit_aliases (alias, unit, scale) VALUES (?1, ?2, ?3) "
                             "ON CONFLICT DO NOTHING");
    if (!insert)
        return insert.errors();
    for (const auto& seed : aliasSeedsV2) {
        insert.value().reset();
        if (auto done =
                insert.value().bind(1, seed.alias).bind(2, seed.unit).bind(3, seed.scale).run();
            !done)
            return done;
    }
    return std::monostate{};
}

/// Version 3: an override remembers when it was set, so the custom row it adds has a date.
Done migrateToVersion3(Database& db)
{
    return db.execute("ALTER TABLE price_overrides ADD COLUMN set_at TEXT NOT NULL DEFAULT ''");
}

struct Migration
{
    int version;
    Done (*apply)(Database&);
};

/// Ordered; each takes the schema from version - 1 to version. Append, never edit.
constexpr std::array migrations{
    Migration{1, &createVersion1},
    Migration{2, &migrateToVersion2},
    Migration{3, &migrateToVersion3},
};

} // namespace

std::string spelled(std::string_view ddl, const sql::Dialect& dialect)
{
    std::string out;
    out.reserve(ddl.size());
    for (std::size_t at = 0; at < ddl.size();) {
        const auto open = ddl.find('{', at);
        const auto close = open == std::string_view::npos ? open : ddl.find('}', open);
        if (close == std::string_view::npos) {
            out += ddl.substr(at);
            break;
        }
        out += ddl.substr(at, open - at);
        const auto token = ddl.substr(open + 1, close - open - 1);
        out += token == "id"      ? dialect.idColumn
               : token == "int"   ? dialect.integer
               : token == "real"  ? dialect.real
               : token == "order" ? dialect.insertionOrderColumn
                                  : ddl.substr(open, close - open + 1);
        at = close + 1;
    }
    return out;
}

int latestVersion()
{
    return migrations.back().version;
}

Done migrate(Database& db)
{
    auto found = db.schemaVersion();
    if (!found)
        return found.errors();
    const int current = found.value();
    if (current > latestVersion()) {
        auto error = db.error({});
        error.code = ErrorCode::NewerSchema;
        error.message = "the price catalogue has schema version " + std::to_string(current) +
                        ", newer than " + std::to_string(latestVersion()) +
                        ", the newest this build reads; use a newer Resilience Studio";
        return error;
    }
    if (current == latestVersion())
        return std::monostate{};

    auto transaction = sql::Transaction::begin(db);
    if (!transaction)
        return transaction.errors();
    // Another process may have migrated between the read and the lock.
    auto locked = db.schemaVersion();
    if (!locked)
        return locked.errors();
    for (const auto& migration : migrations) {
        if (migration.version <= locked.value())
            continue;
        if (auto done = migration.apply(db); !done)
            return done;
    }
    if (auto done = db.setSchemaVersion(latestVersion()); !done)
        return done;
    return transaction.value().commit();
}

} // namespace rs::pricing::schema

#pragma once

#include <QTemporaryDir>

#include <filesystem>
#include <string>

namespace rs::test {

/// Where a catalogue test keeps its catalogue, so one suite runs on both back ends: an SQLite
/// file in a temporary folder, or, when RS_TEST_CATALOGUE_URL names a PostgreSQL server
/// (scripts/pg-test-cluster.sh, wired by CTest), a schema of its own in that server's database,
/// dropped afterwards. Its queries go to the database directly, bypassing the code under test.
class CatalogueStore
{
public:
    /// A fresh catalogue; on SQLite the file `fileName` in the temporary folder.
    explicit CatalogueStore(std::string fileName = "prices.sqlite");
    ~CatalogueStore();
    CatalogueStore(const CatalogueStore&) = delete;
    CatalogueStore& operator=(const CatalogueStore&) = delete;

    /// The test runs against PostgreSQL.
    static bool onServer();
    /// The superuser URL of the test server (empty on SQLite).
    static std::string serverUrl();

    /// What PriceCatalogue::open takes: the file, or the URL with this store's schema.
    std::filesystem::path location() const;
    /// The URL for `user` with `password` instead of the superuser (server only).
    std::string locationAs(const std::string& user, const std::string& password) const;
    /// This store's schema on the server.
    const std::string& schema() const { return m_schema; }

    /// One integer from a query; -1 when it fails.
    long long scalar(const std::string& sql) const;
    /// Runs statements; false when one fails.
    bool run(const std::string& sql) const;

    /// The schema version the database records (user_version, or catalogue_schema).
    long long schemaVersion() const;
    /// Makes the empty database look like a newer build's catalogue of `version`.
    bool makeNewerSchema(int version) const;
    /// How many of `names` (a quoted SQL list) exist as tables, or as indexes.
    long long tableCount(const std::string& names) const;
    long long indexCount(const std::string& names) const;
    /// A trigger that makes the database refuse a price row of `sku` with "poisoned row".
    bool poison(const std::string& sku) const;
    bool curePoison() const;

private:
    /// How many of `names` exist as tables or indexes (`kind`, `plural` for pg_tables...).
    long long objectCount(const std::string& kind, const std::string& plural,
                          const std::string& names) const;

    QTemporaryDir m_dir;
    std::string m_fileName;
    std::string m_schema;
};

} // namespace rs::test

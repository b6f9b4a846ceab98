#pragma once

#include "Sql.h"

#include <filesystem>

struct sqlite3;

/// The SQLite back end of the catalogue's connection (Sql.h): a thin RAII wrapper over the
/// SQLite C API. Every failure comes back as an Error that names the database file.
namespace rs::pricing::sqlite {

/// An I/O error located at the database file, with SQLite's message for the last failure on `db`.
Error sqliteError(sqlite3* db, std::string_view what);

/// One open connection to a catalogue file; closes on destruction.
class Database final : public sql::Connection
{
public:
    /// Opens `path` for reading and writing, creating it when missing.
    static Result<std::unique_ptr<sql::Connection>> open(const std::filesystem::path& path);

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database() override;

    const sql::Dialect& dialect() const override;
    Result<sql::Statement> prepare(std::string_view sql) override;
    bool inTransaction() const override;
    void setBusyTimeout(std::chrono::milliseconds wait) override;
    /// BEGIN IMMEDIATE takes the file's write lock at once; a deferred BEGIN reads one snapshot.
    sql::Done begin(sql::TransactionMode mode) override;
    /// PRAGMA user_version.
    Result<int> schemaVersion() override;
    sql::Done setSchemaVersion(int version) override;
    Error error(std::string_view what) const override;

private:
    explicit Database(sqlite3* handle)
        : m_db(handle)
    {}
    sqlite3* m_db = nullptr;
};

} // namespace rs::pricing::sqlite

#pragma once

#include "core/Result.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

struct sqlite3;
struct sqlite3_stmt;

/// Thin RAII wrappers over the SQLite C API: a connection, a prepared statement and a
/// transaction that rolls back unless committed. Every failure comes back as an Error that names
/// the database file.
namespace rs::pricing::sqlite {

using Done = Result<std::monostate>;

/// How long a statement waits for another connection's write lock before it fails.
inline constexpr std::chrono::milliseconds defaultBusyTimeout{2000};

/// An I/O error located at the database file, with SQLite's message for the last failure on `db`.
Error sqliteError(sqlite3* db, std::string_view what);

class Statement;

/// One open connection; closes on destruction.
class Database
{
public:
    /// Opens `path` for reading and writing, creating it when missing.
    static Result<Database> open(const std::filesystem::path& path);

    Database(Database&&) noexcept;
    Database& operator=(Database&&) noexcept;
    ~Database();

    Result<Statement> prepare(std::string_view sql);
    /// Prepares and runs one statement that takes no parameters (schema DDL, pragmas).
    Done execute(std::string_view sql);
    std::int64_t lastInsertId() const;
    /// Inside a transaction (BEGIN without COMMIT or ROLLBACK yet).
    bool inTransaction() const;
    /// How long a statement waits for another connection's write lock before it fails.
    void setBusyTimeout(std::chrono::milliseconds wait);

    /// An I/O error naming the file and SQLite's own message for the last failure.
    Error error(std::string_view what) const;

private:
    explicit Database(sqlite3* handle)
        : m_db(handle)
    {}
    sqlite3* m_db = nullptr;
};

/// A prepared statement. Parameters are 1-based as in SQL (`?1`); a failed bind is reported by
/// the next step().
class Statement
{
public:
    Statement(Statement&&) noexcept;
    Statement& operator=(Statement&&) noexcept;
    ~Statement();

    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, double value);
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, std::optional<double> value);
    Statement& bindNull(int index);

    /// Advances: true when a row is available, false when done.
    Result<bool> step();
    /// Steps to completion, ignoring any rows.
    Done run();
    /// Ready to run again with new bindings.
    void reset();

    std::string text(int column) const;
    double real(int column) const;
    std::int64_t integer(int column) const;
    bool isNull(int column) const;

private:
    friend class Database;
    explicit Statement(sqlite3_stmt* statement);
    void noteBind(int rc, int index);

    sqlite3_stmt* m_stmt = nullptr;
    std::optional<Error> m_bindError;
};

/// Steps `statement` through its rows, calling `onRow(statement)` for each.
template <typename OnRow> Done eachRow(Statement& statement, OnRow onRow)
{
    for (;;) {
        auto more = statement.step();
        if (!more)
            return more.errors();
        if (!more.value())
            return std::monostate{};
        onRow(statement);
    }
}

/// BEGIN IMMEDIATE ... COMMIT; rolls back on destruction unless commit() succeeded, so an early
/// return on any error leaves the database as it was. Begun inside another transaction it is a
/// savepoint of it: its work then lands with the outer one's commit, or not at all.
class Transaction
{
public:
    static Result<Transaction> begin(Database& db);
    Transaction(Transaction&&) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    ~Transaction();

    Done commit();

private:
    Transaction(Database& db, bool nested)
        : m_db(&db)
        , m_nested(nested)
    {}
    Database* m_db = nullptr;
    bool m_nested = false;
};

} // namespace rs::pricing::sqlite

#pragma once

#include "core/Result.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

/// The seam between the price catalogue and the database it lives in: a connection, a prepared
/// statement and a transaction that rolls back unless committed, with two back ends (SQLite in
/// Sqlite.h, PostgreSQL in Postgres.h). The catalogue's SQL is one text for both: `?N`
/// placeholders (the PostgreSQL connection renumbers them `$N`), `INSERT ... RETURNING` and
/// `INSERT ... ON CONFLICT ... DO UPDATE / DO NOTHING` (SQLite 3.35+, PostgreSQL 9.5+). What
/// the two spell differently is in Dialect, and only there.
namespace rs::pricing::sql {

using Done = Result<std::monostate>;

/// How long a statement waits for another connection's write lock before it fails.
inline constexpr std::chrono::milliseconds defaultBusyTimeout{2000};

/// The column types and the insertion order a back end spells its own way. Schema DDL names
/// them as {id}, {int}, {real} and {order} (schema::spelled()).
struct Dialect
{
    std::string_view name;     ///< "SQLite", "PostgreSQL"
    std::string_view idColumn; ///< an integer key the database assigns on insert
    std::string_view integer;  ///< a 64-bit integer
    std::string_view real;     ///< an IEEE double
    /// What orders rows as inserted: SQLite's implicit rowid, PostgreSQL's explicit column.
    std::string_view insertionOrder;
    /// The column declaration insertionOrder needs, appended to a table's columns ("" if none).
    std::string_view insertionOrderColumn;
};

/// One back end's prepared statement; Statement is the handle the catalogue holds.
class StatementBackend
{
public:
    virtual ~StatementBackend() = default;
    virtual void bindText(int index, std::string_view text) = 0;
    virtual void bindReal(int index, double value) = 0;
    virtual void bindInteger(int index, std::int64_t value) = 0;
    virtual void bindNull(int index) = 0;
    virtual Result<bool> step() = 0;
    virtual void reset() = 0;
    virtual std::string text(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual std::int64_t integer(int column) const = 0;
    virtual bool isNull(int column) const = 0;
};

/// A prepared statement. Parameters are 1-based as in SQL (`?1`); a failed bind is reported by
/// the next step().
class Statement
{
public:
    explicit Statement(std::unique_ptr<StatementBackend> backend)
        : m_backend(std::move(backend))
    {}

    Statement& bind(int index, std::string_view text)
    {
        m_backend->bindText(index, text);
        return *this;
    }
    Statement& bind(int index, double value)
    {
        m_backend->bindReal(index, value);
        return *this;
    }
    Statement& bind(int index, std::int64_t value)
    {
        m_backend->bindInteger(index, value);
        return *this;
    }
    Statement& bind(int index, std::optional<double> value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }
    Statement& bindNull(int index)
    {
        m_backend->bindNull(index);
        return *this;
    }

    /// Advances: true when a row is available, false when done.
    Result<bool> step() { return m_backend->step(); }
    /// Steps to completion, ignoring any rows.
    Done run();
    /// Ready to run again with new bindings.
    void reset() { m_backend->reset(); }

    std::string text(int column) const { return m_backend->text(column); }
    double real(int column) const { return m_backend->real(column); }
    std::int64_t integer(int column) const { return m_backend->integer(column); }
    bool isNull(int column) const { return m_backend->isNull(column); }

private:
    std::unique_ptr<StatementBackend> m_backend;
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

/// What a transaction is for: a write holds the catalogue's one write lock from its start (so
/// writers queue, never interleave); a read sees one snapshot of the catalogue throughout.
enum class TransactionMode
{
    Write,
    Read,
};

/// One open connection to a catalogue; closes on destruction.
class Connection
{
public:
    virtual ~Connection() = default;

    virtual const Dialect& dialect() const = 0;
    virtual Result<Statement> prepare(std::string_view sql) = 0;
    /// Prepares and runs one statement that takes no parameters (schema DDL, pragmas).
    Done execute(std::string_view sql);
    /// Inside a transaction (BEGIN without COMMIT or ROLLBACK yet).
    virtual bool inTransaction() const = 0;
    /// How long a statement waits for another connection's write lock before it fails.
    virtual void setBusyTimeout(std::chrono::milliseconds wait) = 0;
    /// Opens an outermost transaction of `mode` (Transaction::begin is the way to call it).
    virtual Done begin(TransactionMode mode) = 0;

    /// The schema version the catalogue records (0 for an empty database); refuses a database
    /// that is not a price catalogue at all.
    virtual Result<int> schemaVersion() = 0;
    /// Records `version`; the caller holds the write transaction of the migration.
    virtual Done setSchemaVersion(int version) = 0;

    /// An error located at the catalogue (its file or its URL without the password), with the
    /// back end's own message for the last failure.
    virtual Error error(std::string_view what) const = 0;
};

/// BEGIN ... COMMIT; rolls back on destruction unless commit() succeeded, so an early return on
/// any error leaves the catalogue as it was. Begun inside another transaction it is a savepoint
/// of it: its work then lands with the outer one's commit, or not at all.
class Transaction
{
public:
    static Result<Transaction> begin(Connection& db, TransactionMode mode = TransactionMode::Write);
    Transaction(Transaction&&) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    ~Transaction();

    Done commit();

private:
    Transaction(Connection& db, bool nested)
        : m_db(&db)
        , m_nested(nested)
    {}
    Connection* m_db = nullptr;
    bool m_nested = false;
};

} // namespace rs::pricing::sql

#include "Sqlite.h"

#include <sqlite3.h>

#include <utility>

namespace rs::pricing::sqlite {

Error sqliteError(sqlite3* db, std::string_view what)
{
    const char* file = db ? sqlite3_db_filename(db, "main") : nullptr;
    std::string message(what);
    if (db)
        message += ": " + std::string(sqlite3_errmsg(db));
    return {ErrorCode::Io, std::move(message), {file ? file : "", 0, 0, {}}};
}

Result<Database> Database::open(const std::filesystem::path& path)
{
    sqlite3* handle = nullptr;
    const int rc =
        sqlite3_open_v2(path.c_str(), &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    Database db(handle); // closes the handle, which SQLite allocates even on failure
    if (rc != SQLITE_OK) {
        return Error{ErrorCode::Io,
                     "cannot open the price catalogue: " +
                         std::string(handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc)),
                     {path.string(), 0, 0, {}}};
    }
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_busy_timeout(handle, static_cast<int>(defaultBusyTimeout.count()));
    return db;
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

Result<Statement> Database::prepare(std::string_view sql)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) !=
        SQLITE_OK) {
        sqlite3_finalize(stmt);
        return error("cannot prepare \"" + std::string(sql.substr(0, 60)) + "\"");
    }
    return Statement(stmt);
}

Done Database::execute(std::string_view sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.errors();
    return stmt.value().run();
}

std::int64_t Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

Error Database::error(std::string_view what) const
{
    return sqliteError(m_db, what);
}

Statement::Statement(sqlite3_stmt* statement)
    : m_stmt(statement)
{}

Statement::Statement(Statement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_bindError(std::move(other.m_bindError))
{}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_bindError = std::move(other.m_bindError);
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::noteBind(int rc, int index)
{
    if (rc != SQLITE_OK && !m_bindError)
        m_bindError = sqliteError(sqlite3_db_handle(m_stmt),
                                  "cannot bind parameter " + std::to_string(index));
}

Statement& Statement::bind(int index, std::string_view text)
{
    noteBind(sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()),
                               SQLITE_TRANSIENT),
             index);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    noteBind(sqlite3_bind_double(m_stmt, index, value), index);
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value)
{
    noteBind(sqlite3_bind_int64(m_stmt, index, value), index);
    return *this;
}

Statement& Statement::bind(int index, std::optional<double> value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bindNull(int index)
{
    noteBind(sqlite3_bind_null(m_stmt, index), index);
    return *this;
}

Result<bool> Statement::step()
{
    if (m_bindError)
        return *m_bindError;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return sqliteError(sqlite3_db_handle(m_stmt),
                       "cannot run \"" + std::string(sqlite3_sql(m_stmt)).substr(0, 60) + "\"");
}

Done Statement::run()
{
    for (;;) {
        auto more = step();
        if (!more)
            return more.errors();
        if (!more.value())
            return std::monostate{};
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindError.reset();
}

std::string Statement::text(int column) const
{
    const auto* data = sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? std::string(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size))
                : std::string();
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::int64_t Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

void Database::setBusyTimeout(std::chrono::milliseconds wait)
{
    sqlite3_busy_timeout(m_db, static_cast<int>(wait.count()));
}

Result<Transaction> Transaction::begin(Database& db)
{
    const bool nested = db.inTransaction();
    if (auto done = db.execute(nested ? "SAVEPOINT nested" : "BEGIN IMMEDIATE"); !done)
        return done.errors();
    return Transaction(db, nested);
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_nested(other.m_nested)
{}

Transaction::~Transaction()
{
    if (m_db && m_nested) {
        (void)m_db->execute("ROLLBACK TO nested");
        (void)m_db->execute("RELEASE nested");
    } else if (m_db)
        (void)m_db->execute("ROLLBACK");
}

Done Transaction::commit()
{
    auto done = m_db->execute(m_nested ? "RELEASE nested" : "COMMIT");
    if (done)
        m_db = nullptr;
    return done;
}

} // namespace rs::pricing::sqlite

#include "Sqlite.h"

#include <sqlite3.h>

#include <utility>

namespace rs::pricing::sqlite {

namespace {

constexpr sql::Dialect sqliteDialect{"SQLite", "INTEGER PRIMARY KEY", "INTEGER", "REAL", "rowid",
                                     ""};

class SqliteStatement final : public sql::StatementBackend
{
public:
    explicit SqliteStatement(sqlite3_stmt* statement)
        : m_stmt(statement)
    {}
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;
    ~SqliteStatement() override { sqlite3_finalize(m_stmt); }

    void bindText(int index, std::string_view text) override
    {
        noteBind(sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()),
                                   SQLITE_TRANSIENT),
                 index);
    }
    void bindReal(int index, double value) override
    {
        noteBind(sqlite3_bind_double(m_stmt, index, value), index);
    }
    void bindInteger(int index, std::int64_t value) override
    {
        noteBind(sqlite3_bind_int64(m_stmt, index, value), index);
    }
    void bindNull(int index) override { noteBind(sqlite3_bind_null(m_stmt, index), index); }

    Result<bool> step() override
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

    void reset() override
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_bindError.reset();
    }

    std::string text(int column) const override
    {
        const auto* data = sqlite3_column_text(m_stmt, column);
        const int size = sqlite3_column_bytes(m_stmt, column);
        return data ? std::string(reinterpret_cast<const char*>(data),
                                  static_cast<std::size_t>(size))
                    : std::string();
    }
    double real(int column) const override { return sqlite3_column_double(m_stmt, column); }
    std::int64_t integer(int column) const override { return sqlite3_column_int64(m_stmt, column); }
    bool isNull(int column) const override
    {
        return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
    }

private:
    void noteBind(int rc, int index)
    {
        if (rc != SQLITE_OK && !m_bindError)
            m_bindError = sqliteError(sqlite3_db_handle(m_stmt),
                                      "cannot bind parameter " + std::to_string(index));
    }

    sqlite3_stmt* m_stmt = nullptr;
    std::optional<Error> m_bindError;
};

} // namespace

Error sqliteError(sqlite3* db, std::string_view what)
{
    const char* file = db ? sqlite3_db_filename(db, "main") : nullptr;
    std::string message(what);
    if (db)
        message += ": " + std::string(sqlite3_errmsg(db));
    return {ErrorCode::Io, std::move(message), {file ? file : "", 0, 0, {}}};
}

Result<std::unique_ptr<sql::Connection>> Database::open(const std::filesystem::path& path)
{
    sqlite3* handle = nullptr;
    const int rc =
        sqlite3_open_v2(path.c_str(), &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    // Owned at once: SQLite allocates the handle even on failure.
    std::unique_ptr<Database> db(new Database(handle));
    if (rc != SQLITE_OK) {
        return Error{ErrorCode::Io,
                     "cannot open the price catalogue: " +
                         std::string(handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc)),
                     {path.string(), 0, 0, {}}};
    }
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_busy_timeout(handle, static_cast<int>(sql::defaultBusyTimeout.count()));
    return std::unique_ptr<sql::Connection>(std::move(db));
}

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

const sql::Dialect& Database::dialect() const
{
    return sqliteDialect;
}

Result<sql::Statement> Database::prepare(std::string_view sql)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) !=
        SQLITE_OK) {
        sqlite3_finalize(stmt);
        return error("cannot prepare \"" + std::string(sql.substr(0, 60)) + "\"");
    }
    return sql::Statement(std::make_unique<SqliteStatement>(stmt));
}

Error Database::error(std::string_view what) const
{
    return sqliteError(m_db, what);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

void Database::setBusyTimeout(std::chrono::milliseconds wait)
{
    sqlite3_busy_timeout(m_db, static_cast<int>(wait.count()));
}

sql::Done Database::begin(sql::TransactionMode mode)
{
    return execute(mode == sql::TransactionMode::Write ? "BEGIN IMMEDIATE" : "BEGIN");
}

Result<int> Database::schemaVersion()
{
    // SQLite reads the file only now, so this is where a file that is not a database shows.
    const auto notACatalogue = [](const Errors& errors) {
        auto error = errors.front();
        error.message = "not an SQLite price catalogue (" + error.message + ")";
        return error;
    };
    int version = 0;
    {
        auto stmt = prepare("PRAGMA user_version");
        if (!stmt)
            return notACatalogue(stmt.errors());
        auto row = stmt.value().step();
        if (!row)
            return notACatalogue(row.errors());
        version = static_cast<int>(stmt.value().integer(0));
    }
    // Foreign keys are a per-connection setting, off by default; the file is readable here.
    if (auto done = execute("PRAGMA foreign_keys = ON"); !done)
        return done.errors();
    return version;
}

sql::Done Database::setSchemaVersion(int version)
{
    // PRAGMA takes no parameters; the number is our own constant.
    return execute("PRAGMA user_version = " + std::to_string(version));
}

} // namespace rs::pricing::sqlite

#pragma once

#include "Sql.h"

#include <string>

struct pg_conn;

/// The PostgreSQL back end of the catalogue's connection (Sql.h), over libpq: a team's shared
/// catalogue (docs/team-catalogue.md). libpq rather than Qt's QPSQL driver: the pricing library
/// already speaks to SQLite through its C API with no Qt Sql, libpq reports SQLSTATE codes
/// (42501 insufficient_privilege, 08xxx connection failures, 57P01 admin_shutdown) that the
/// messages below turn into what the user may do about them, and there is no plugin to deploy.
namespace rs::pricing::postgres {

/// One open connection to a team catalogue; closes on destruction.
class Connection final : public sql::Connection
{
public:
    /// Connects to `url` (a libpq connection URI; a password may also come from PGPASSWORD or
    /// ~/.pgpass), waiting at most 5 seconds unless the URL sets connect_timeout.
    static Result<std::unique_ptr<sql::Connection>> open(const std::string& url);

    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection() override;

    const sql::Dialect& dialect() const override;
    Result<sql::Statement> prepare(std::string_view sql) override;
    bool inTransaction() const override;
    /// lock_timeout: how long a writer waits for the catalogue's write lock.
    void setBusyTimeout(std::chrono::milliseconds wait) override;
    /// A write takes the catalogue's advisory lock at once, so writers queue as SQLite's BEGIN
    /// IMMEDIATE makes them; a read is one REPEATABLE READ READ ONLY snapshot.
    sql::Done begin(sql::TransactionMode mode) override;
    /// The one row of the catalogue_schema table; 0 when there is no such table yet.
    Result<int> schemaVersion() override;
    sql::Done setSchemaVersion(int version) override;
    Error error(std::string_view what) const override;

private:
    Connection(pg_conn* handle, std::string url)
        : m_conn(handle)
        , m_url(std::move(url))
    {}
    pg_conn* m_conn = nullptr;
    std::string m_url; ///< without the password
};

} // namespace rs::pricing::postgres

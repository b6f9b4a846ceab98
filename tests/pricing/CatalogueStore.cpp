#include "CatalogueStore.h"

#include <QUuid>
#include <QtGlobal>

#include <sqlite3.h>

#include <libpq-fe.h>
#include <memory>

namespace rs::test {

namespace {

using Server = std::unique_ptr<PGconn, decltype(&PQfinish)>;

Server connectTo(const std::string& url)
{
    Server conn(PQconnectdb(url.c_str()), &PQfinish);
    if (PQstatus(conn.get()) != CONNECTION_OK)
        qFatal("cannot reach the test server: %s", PQerrorMessage(conn.get()));
    // DROP SCHEMA ... CASCADE lists what it drops: not the test's output.
    PQsetNoticeProcessor(
        conn.get(), [](void*, const char*) {}, nullptr);
    return conn;
}

/// The first value of the last statement's result, or -1 when a statement fails.
long long serverScalar(const std::string& url, const std::string& sql)
{
    auto conn = connectTo(url);
    std::unique_ptr<PGresult, decltype(&PQclear)> result(PQexec(conn.get(), sql.c_str()), &PQclear);
    const auto status = PQresultStatus(result.get());
    if (status == PGRES_COMMAND_OK)
        return 0;
    if (status != PGRES_TUPLES_OK || PQntuples(result.get()) == 0)
        return -1;
    return std::stoll(PQgetvalue(result.get(), 0, 0));
}

long long fileScalar(const std::filesystem::path& path, const std::string& sql)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    sqlite3_stmt* stmt = nullptr;
    long long value = -1;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK) {
        const int rc = sqlite3_step(stmt);
        value = rc == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : rc == SQLITE_DONE ? 0 : -1;
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
}

bool fileRun(const std::filesystem::path& path, const std::string& sql)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    const bool ok = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

} // namespace

bool CatalogueStore::onServer()
{
    return !serverUrl().empty();
}

std::string CatalogueStore::serverUrl()
{
    return qEnvironmentVariable("RS_TEST_CATALOGUE_URL").toStdString();
}

CatalogueStore::CatalogueStore(std::string fileName)
    : m_fileName(std::move(fileName))
{
    if (!onServer())
        return;
    m_schema = "t_" + QUuid::createUuid().toString(QUuid::Id128).left(16).toStdString();
    if (serverScalar(serverUrl(), "CREATE SCHEMA " + m_schema) != 0)
        qFatal("cannot create the test schema %s", m_schema.c_str());
}

CatalogueStore::~CatalogueStore()
{
    if (onServer())
        serverScalar(serverUrl(), "DROP SCHEMA " + m_schema + " CASCADE");
}

std::filesystem::path CatalogueStore::location() const
{
    if (!onServer())
        return std::filesystem::path(m_dir.path().toStdString()) / m_fileName;
    // libpq's URI takes server options; %3D is "=".
    return serverUrl() + "?options=-csearch_path%3D" + m_schema;
}

std::string CatalogueStore::locationAs(const std::string& user, const std::string& password) const
{
    const auto url = location().string();
    const auto hostAt = url.find('@');
    return "postgresql://" + user + ":" + password + url.substr(hostAt);
}

long long CatalogueStore::scalar(const std::string& sql) const
{
    return onServer() ? serverScalar(location().string(), sql) : fileScalar(location(), sql);
}

bool CatalogueStore::run(const std::string& sql) const
{
    return onServer() ? serverScalar(location().string(), sql) >= 0 : fileRun(location(), sql);
}

long long CatalogueStore::schemaVersion() const
{
    return scalar(onServer() ? "SELECT version FROM catalogue_schema" : "PRAGMA user_version");
}

bool CatalogueStore::makeNewerSchema(int version) const
{
    const auto number = std::to_string(version);
    return run(onServer() ? "CREATE TABLE t (x INTEGER); CREATE TABLE catalogue_schema (version "
                            "INTEGER NOT NULL); INSERT INTO catalogue_schema VALUES (" +
                                number + ")"
                          : "CREATE TABLE t (x); PRAGMA user_version = " + number);
}

long long CatalogueStore::tableCount(const std::string& names) const
{
    return objectCount("table", "tables", names);
}

long long CatalogueStore::indexCount(const std::string& names) const
{
    return objectCount("index", "indexes", names);
}

long long CatalogueStore::objectCount(const std::string& kind, const std::string& plural,
                                      const std::string& names) const
{
    return scalar(onServer() ? "SELECT count(*) FROM pg_" + plural +
                                   " WHERE schemaname = current_schema() AND " + kind +
                                   "name IN (" + names + ")"
                             : "SELECT count(*) FROM sqlite_master WHERE type = '" + kind +
                                   "' AND name IN (" + names + ")");
}

bool CatalogueStore::poison(const std::string& sku) const
{
    if (!onServer())
        return run("CREATE TRIGGER poison BEFORE INSERT ON price_rows WHEN NEW.sku = '" + sku +
                   "' BEGIN SELECT RAISE(ABORT, 'poisoned row'); END");
    return run("CREATE FUNCTION poison() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.sku "
               "= '" +
               sku +
               "' THEN RAISE EXCEPTION 'poisoned row'; END IF; RETURN NEW; END $$; CREATE "
               "TRIGGER poison BEFORE INSERT ON price_rows FOR EACH ROW EXECUTE FUNCTION "
               "poison()");
}

bool CatalogueStore::curePoison() const
{
    return run(onServer() ? "DROP TRIGGER poison ON price_rows" : "DROP TRIGGER poison");
}

} // namespace rs::test

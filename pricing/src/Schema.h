#pragma once

#include "Sql.h"

#include <string>
#include <string_view>

namespace rs::pricing::schema {

/// The schema version the newest migration leaves.
int latestVersion();

/// Reads the catalogue's schema version (SQLite's user_version, PostgreSQL's catalogue_schema
/// table) and applies every newer migration in one transaction. A database from a newer build is
/// refused, naming both versions; a file that is not SQLite is refused.
sql::Done migrate(sql::Connection& db);

/// `ddl` with the dialect's spelling of {id}, {int}, {real} and {order} (sql::Dialect).
std::string spelled(std::string_view ddl, const sql::Dialect& dialect);

} // namespace rs::pricing::schema

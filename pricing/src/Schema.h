#pragma once

#include "Sqlite.h"

namespace rs::pricing::schema {

/// The user_version the newest migration leaves.
int latestVersion();

/// Reads PRAGMA user_version and applies every newer migration in one transaction. A database
/// from a newer build is refused, naming both versions; a file that is not SQLite is refused.
sqlite::Done migrate(sqlite::Database& db);

} // namespace rs::pricing::schema

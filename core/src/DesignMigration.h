#pragma once

#include "core/Result.h"

#include <nlohmann/json.hpp>

#include <variant>

namespace rs {

/// Brings a parsed design document to the current schema version in place. A document from a
/// newer schema is refused with the version named: reading it as ours could lose what it says.
Result<std::monostate> migrateToCurrent(nlohmann::json& root);

} // namespace rs

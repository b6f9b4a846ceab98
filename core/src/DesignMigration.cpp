#include "DesignMigration.h"

#include "core/DesignFormat.h"

#include <functional>
#include <string>

namespace rs {

namespace {

/// The steps from each older schema version to the next; step i lifts version i + 1 to i + 2.
const std::vector<std::function<void(nlohmann::json&)>>& migrationSteps()
{
    static const std::vector<std::function<void(nlohmann::json&)>> steps{
        // 1 -> 2: the optional "assumptions" section arrived. A version 1 file has none, so it
        // takes every default; nothing in it changes meaning except that free tiers, which
        // version 1 always counted, are now left out unless the design sets freeTiers.
        [](nlohmann::json&) {},
    };
    return steps;
}

} // namespace

Result<std::monostate> migrateToCurrent(nlohmann::json& root)
{
    if (!root.is_object())
        return Error{ErrorCode::Type, "a design file is a JSON object", {"/", 0, 0, {}}};
    const auto it = root.find("schemaVersion");
    if (it == root.end())
        return Error{ErrorCode::Missing,
                     "required field \"schemaVersion\" is missing",
                     {"/schemaVersion", 0, 0, {}}};
    if (!it->is_number_integer())
        return Error{
            ErrorCode::Type, "schemaVersion must be an integer", {"/schemaVersion", 0, 0, {}}};
    const auto version = it->get<std::int64_t>();
    if (version > designSchemaVersion)
        return Error{ErrorCode::NewerSchema,
                     "the file has schema version " + std::to_string(version) +
                         "; this version of Resilience Studio reads up to version " +
                         std::to_string(designSchemaVersion) + ": update the application",
                     {"/schemaVersion", 0, 0, {}}};
    if (version < 1)
        return Error{ErrorCode::Range,
                     "schema version " + std::to_string(version) +
                         " does not exist; the first is 1",
                     {"/schemaVersion", 0, 0, {}}};
    for (auto v = version; v < designSchemaVersion; ++v)
        migrationSteps().at(static_cast<std::size_t>(v - 1))(root);
    root["schemaVersion"] = designSchemaVersion;
    return std::monostate{};
}

} // namespace rs

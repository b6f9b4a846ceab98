#pragma once

#include "core/Result.h"

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <string_view>

namespace rs::import {

/// A YAML document as JSON, with the line and column (1-based) of each node to depth two
/// (`/Resources/Orders`), so errors about a template's resources can name their line.
struct YamlDocument
{
    nlohmann::json json;
    std::map<std::string, std::pair<int, int>> positions; ///< by JSON pointer
};

/// Parses YAML with yaml-cpp. CloudFormation's short-form tags become the long form: `!Ref X`
/// is {"Ref": "X"}, `!GetAtt A.B` is {"Fn::GetAtt": ["A", "B"]}, `!Condition C` is
/// {"Condition": "C"}, any other `!Name v` is {"Fn::Name": v}. Plain scalars that read as
/// numbers, booleans or null become those; quoted ones stay strings. A syntax error comes back
/// with its line and column; nesting deeper than 128 or more than `maxNodes` nodes (aliases
/// expanded) is refused.
Result<YamlDocument> parseYaml(std::string_view text, std::size_t maxNodes = 4'000'000);

} // namespace rs::import

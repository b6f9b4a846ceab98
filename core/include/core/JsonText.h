#pragma once

#include "core/Result.h"

#include <nlohmann/json.hpp>

#include <string_view>

namespace rs::json {

struct ParseLimits
{
    std::size_t maxBytes = 64u * 1024u * 1024u;
    int maxDepth = 64;
};

/// Parses JSON text into a DOM. A syntax error, a text over the size limit or nesting deeper
/// than the limit comes back as one error with its line and column; nlohmann's exceptions never
/// leave this function.
Result<nlohmann::json> parse(std::string_view text, const ParseLimits& limits = {});

/// Line and column (1-based) of the byte at `offset` in `text`.
std::pair<int, int> lineColumn(std::string_view text, std::size_t offset);

/// `token` escaped for use in a JSON pointer (RFC 6901: ~ is ~0, / is ~1).
std::string escapePointerToken(std::string_view token);

/// The JSON type of `value` as a person says it: "a string", "an array", ...
std::string_view describeType(const nlohmann::json& value);

} // namespace rs::json

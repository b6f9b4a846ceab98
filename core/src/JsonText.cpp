#include "JsonText.h"

#include <string>

namespace rs::json {

namespace {

/// The offset where nesting first goes deeper than `maxDepth`, if it does. A linear scan that
/// skips strings; it runs before the parser so that a hostile file never reaches it.
std::optional<std::size_t> findExcessiveNesting(std::string_view text, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (++depth > maxDepth)
                return i;
            break;
        case ']':
        case '}':
            --depth;
            break;
        default:
            break;
        }
    }
    return std::nullopt;
}

/// nlohmann's message without its "[json.exception...] parse error at line 1, column 2: "
/// prefix, since we give the place ourselves.
std::string plainMessage(const char* what)
{
    std::string message = what;
    if (const auto colon = message.find(": "); colon != std::string::npos)
        message.erase(0, colon + 2);
    return message;
}

} // namespace

std::pair<int, int> lineColumn(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    int line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, static_cast<int>(offset - lineStart) + 1};
}

Result<nlohmann::json> parse(std::string_view text, const ParseLimits& limits)
{
    if (text.size() > limits.maxBytes) {
        return Error{ErrorCode::TooLarge,
                     "the file is " + std::to_string(text.size()) + " bytes; the limit is " +
                         std::to_string(limits.maxBytes) + " bytes",
                     {}};
    }
    if (const auto offset = findExcessiveNesting(text, limits.maxDepth)) {
        const auto [line, column] = lineColumn(text, *offset);
        return Error{ErrorCode::TooDeep,
                     "nesting deeper than " + std::to_string(limits.maxDepth) +
                         " levels; a design file never needs more",
                     {{}, line, column, {}}};
    }
    try {
        return nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error& e) {
        // e.byte is the 1-based count of bytes read when the error was seen.
        const auto [line, column] = lineColumn(text, e.byte > 0 ? e.byte - 1 : 0);
        return Error{ErrorCode::Syntax, plainMessage(e.what()), {{}, line, column, {}}};
    } catch (const nlohmann::json::out_of_range& e) {
        // A number too large for a double ("1e999"; 406): nlohmann names the token but not
        // its place, so the place is where the token first stands in the text.
        const std::string what = e.what();
        const auto open = what.find('\'');
        const auto close = what.rfind('\'');
        const auto token = open < close ? what.substr(open + 1, close - open - 1) : std::string();
        const auto at = token.empty() ? std::string_view::npos : text.find(token);
        const auto [line, column] =
            at == std::string_view::npos ? std::pair{0, 0} : lineColumn(text, at);
        return Error{ErrorCode::Range,
                     "the number " + token + " is too large for any value a design holds",
                     {{}, line, column, {}}};
    }
}

std::string escapePointerToken(std::string_view token)
{
    std::string out;
    out.reserve(token.size());
    for (const char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::string_view describeType(const nlohmann::json& value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::null:
        return "null";
    case nlohmann::json::value_t::object:
        return "an object";
    case nlohmann::json::value_t::array:
        return "an array";
    case nlohmann::json::value_t::string:
        return "a string";
    case nlohmann::json::value_t::boolean:
        return "a boolean";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
        return "an integer";
    case nlohmann::json::value_t::number_float:
        return "a number";
    default:
        return "binary data";
    }
}

} // namespace rs::json

#include "core/JsonText.h"

#include "core/TextFormat.h"

#include <optional>
#include <string>
#include <tuple>
#include <vector>

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
    else if (const auto bracket = message.find("] "); bracket != std::string::npos)
        message.erase(0, bracket + 2);
    return message;
}

/// Builds the DOM from nlohmann's SAX events so that every failure the parser can raise
/// (a syntax error, a number beyond a double: out_of_range 406, ...) arrives with its byte
/// position, and so that a key given twice in one object is refused: nlohmann keeps the last,
/// which would let `"schemaVersion": 99, "schemaVersion": 1` pass as version 1.
class DomBuilder
{
public:
    using Json = nlohmann::json;

    Json root;
    std::optional<Error> error;
    std::size_t errorByte = 0;

    bool null() { return value(Json()); }
    bool boolean(bool v) { return value(Json(v)); }
    bool number_integer(Json::number_integer_t v) { return value(Json(v)); }
    bool number_unsigned(Json::number_unsigned_t v) { return value(Json(v)); }
    bool number_float(Json::number_float_t v, const std::string&) { return value(Json(v)); }
    bool string(std::string& v) { return value(Json(std::move(v))); }
    bool binary(Json::binary_t&) { return true; }
    bool start_object(std::size_t) { return open(Json::object()); }
    bool start_array(std::size_t) { return open(Json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(std::string& name)
    {
        Json& object = *m_stack.back().value;
        if (object.contains(name)) {
            error = Error{ErrorCode::Duplicate,
                          "the key \"" + excerpt(name) +
                              "\" appears twice in this object; a key may appear once",
                          {pointer() + "/" + escapePointerToken(name), 0, 0, {}}};
            return false;
        }
        m_stack.back().key = std::move(name);
        return true;
    }

    bool parse_error(std::size_t position, const std::string&, const nlohmann::json::exception& ex)
    {
        // position is the 1-based count of bytes read when the error was seen.
        errorByte = position > 0 ? position - 1 : 0;
        error = Error{ErrorCode::Syntax, plainMessage(ex.what()), {}};
        return false;
    }

private:
    struct Frame
    {
        Json* value;
        std::string key;
    };

    std::string pointer() const
    {
        std::string out;
        for (std::size_t i = 1; i < m_stack.size(); ++i) {
            const auto& parent = m_stack[i - 1];
            out += "/" + (parent.value->is_array() ? std::to_string(parent.value->size() - 1)
                                                   : escapePointerToken(parent.key));
        }
        return out;
    }

    Json* place(Json v)
    {
        if (m_stack.empty()) {
            root = std::move(v);
            return &root;
        }
        Json& parent = *m_stack.back().value;
        if (parent.is_array()) {
            parent.push_back(std::move(v));
            return &parent.back();
        }
        return &(parent[m_stack.back().key] = std::move(v));
    }

    bool value(Json v)
    {
        place(std::move(v));
        return true;
    }

    bool open(Json v)
    {
        m_stack.push_back({place(std::move(v)), {}});
        return true;
    }

    bool close()
    {
        m_stack.pop_back();
        return true;
    }

    std::vector<Frame> m_stack;
};

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
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
        // nlohmann stops at a NUL as at the end of the text, so what follows would be ignored.
        const auto [line, column] = lineColumn(text, nul);
        return Error{
            ErrorCode::Syntax, "a NUL byte; JSON text never holds one", {{}, line, column, {}}};
    }
    DomBuilder builder;
    try {
        nlohmann::json::sax_parse(text.begin(), text.end(), &builder);
    } catch (const nlohmann::json::exception& e) {
        // The SAX parser reports its errors through parse_error(); this is a safety net.
        return Error{ErrorCode::Syntax, plainMessage(e.what()), {}};
    }
    if (builder.error) {
        if (builder.error->where.pointer.empty())
            std::tie(builder.error->where.line, builder.error->where.column) =
                lineColumn(text, builder.errorByte);
        return *builder.error;
    }
    return std::move(builder.root);
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

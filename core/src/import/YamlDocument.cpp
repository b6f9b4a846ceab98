#include "YamlDocument.h"

#include "core/JsonText.h"

#include <charconv>
#include <yaml-cpp/yaml.h>

namespace rs::import {

namespace {

using nlohmann::json;

struct TooBig
{
    ErrorCode code;
    std::string message;
    YAML::Mark mark;
};

/// A plain scalar as YAML 1.2's core schema reads it.
json plainScalar(const std::string& text)
{
    if (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL")
        return nullptr;
    if (text == "true" || text == "True" || text == "TRUE")
        return true;
    if (text == "false" || text == "False" || text == "FALSE")
        return false;
    std::int64_t integer = 0;
    const auto* end = text.data() + text.size();
    if (auto [p, ec] = std::from_chars(text.data(), end, integer); ec == std::errc() && p == end)
        return integer;
    double number = 0.0;
    if (auto [p, ec] = std::from_chars(text.data(), end, number);
        ec == std::errc() && p == end && text.find_first_of("0123456789") != std::string::npos)
        return number;
    return text;
}

class Converter
{
public:
    Converter(std::size_t maxNodes, YamlDocument& out)
        : m_maxNodes(maxNodes)
        , m_out(out)
    {}

    json convert(const YAML::Node& node, const std::string& pointer, int depth)
    {
        if (depth > 128)
            throw TooBig{ErrorCode::TooDeep, "nested more than 128 deep", node.Mark()};
        if (++m_nodes > m_maxNodes)
            throw TooBig{ErrorCode::TooLarge,
                         "more than " + std::to_string(m_maxNodes) + " nodes (aliases expanded)",
                         node.Mark()};
        if (depth <= 2) // a mapping's entry is where its key is, set before
            m_out.positions.emplace(pointer,
                                    std::pair{node.Mark().line + 1, node.Mark().column + 1});
        json value;
        switch (node.Type()) {
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined:
            value = nullptr;
            break;
        case YAML::NodeType::Scalar:
            value = node.Tag() == "?" ? plainScalar(node.Scalar()) : json(node.Scalar());
            break;
        case YAML::NodeType::Sequence: {
            value = json::array();
            std::size_t i = 0;
            for (const auto& item : node)
                value.push_back(convert(item, pointer + "/" + std::to_string(i++), depth + 1));
            break;
        }
        case YAML::NodeType::Map:
            value = json::object();
            for (const auto& entry : node) {
                const auto key = entry.first.Scalar();
                const auto at = pointer + "/" + rs::json::escapePointerToken(key);
                if (depth < 2)
                    m_out.positions.emplace(
                        at, std::pair{entry.first.Mark().line + 1, entry.first.Mark().column + 1});
                value[key] = convert(entry.second, at, depth + 1);
            }
            break;
        }
        return withTag(node.Tag(), std::move(value));
    }

private:
    /// CloudFormation's short forms to the long ones (the template anatomy's YAML section).
    static json withTag(const std::string& tag, json value)
    {
        if (tag.size() < 2 || tag[0] != '!' || tag == "!")
            return value;
        const auto name = tag.substr(1);
        if (name == "Ref" || name == "Condition")
            return json{{name, std::move(value)}};
        if (name == "GetAtt" && value.is_string()) {
            const auto text = value.get<std::string>();
            const auto dot = text.find('.');
            return json{
                {"Fn::GetAtt",
                 json::array({text.substr(0, dot),
                              dot == std::string::npos ? std::string() : text.substr(dot + 1)})}};
        }
        return json{{"Fn::" + name, std::move(value)}};
    }

    std::size_t m_maxNodes;
    std::size_t m_nodes = 0;
    YamlDocument& m_out;
};

} // namespace

Result<YamlDocument> parseYaml(std::string_view text, std::size_t maxNodes)
{
    YamlDocument out;
    try {
        const auto root = YAML::Load(std::string(text));
        out.json = Converter(maxNodes, out).convert(root, "", 0);
    } catch (const YAML::Exception& e) {
        return Error{
            ErrorCode::Syntax, "not YAML: " + e.msg, {"", e.mark.line + 1, e.mark.column + 1, {}}};
    } catch (const TooBig& e) {
        return Error{e.code, e.message, {"", e.mark.line + 1, e.mark.column + 1, {}}};
    }
    return out;
}

} // namespace rs::import

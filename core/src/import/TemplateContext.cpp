#include "TemplateContext.h"

#include "FieldValues.h"

namespace rs::import {

namespace {

using nlohmann::json;

const json* section(const json& doc, const char* name)
{
    const auto it = doc.find(name);
    return it != doc.end() && it->is_object() ? &*it : nullptr;
}

/// CloudFormation compares values as the strings they are written as: `true`, 'true' and "true"
/// are one value, as are 1 and '1'. Nothing for a list, a map or null.
std::optional<std::string> scalarOf(const json& value)
{
    if (value.is_structured() || value.is_null())
        return std::nullopt;
    return scalarText(value);
}

/// The partition of a region: `aws-cn` for China, `aws-us-gov` for GovCloud, else `aws`.
std::string partitionOf(const std::string& region)
{
    if (region.starts_with("cn-"))
        return "aws-cn";
    if (region.starts_with("us-gov-"))
        return "aws-us-gov";
    return "aws";
}

} // namespace

TemplateContext::TemplateContext(const json& doc, std::string region,
                                 std::map<std::string, std::string> given)
    : m_parameters(section(doc, "Parameters"))
    , m_mappings(section(doc, "Mappings"))
    , m_conditions(section(doc, "Conditions"))
    , m_region(std::move(region))
    , m_given(std::move(given))
{}

bool TemplateContext::isParameter(const std::string& name) const
{
    return name.starts_with("AWS::") || (m_parameters && m_parameters->contains(name));
}

std::optional<json> TemplateContext::parameter(const std::string& name)
{
    if (name == "AWS::Region" && !m_region.empty())
        return m_region;
    if (name == "AWS::Partition" && !m_region.empty())
        return partitionOf(m_region);
    if (name == "AWS::URLSuffix" && !m_region.empty())
        return m_region.starts_with("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
    if (m_trace)
        m_trace->insert(name);
    if (const auto it = m_given.find(name); it != m_given.end()) {
        m_values[name] = it->second;
        return it->second;
    }
    if (m_parameters && m_parameters->contains(name)) {
        const auto& p = (*m_parameters)[name];
        if (p.is_object() && p.contains("Default")) {
            m_values[name] = scalarText(p["Default"]) + " (default)";
            return p["Default"];
        }
    }
    return std::nullopt;
}

bool TemplateContext::hasCondition(const std::string& name) const
{
    return m_conditions && m_conditions->contains(name);
}

std::optional<bool> TemplateContext::condition(const std::string& name)
{
    if (const auto it = m_decided.find(name); it != m_decided.end()) {
        if (m_trace)
            m_trace->insert(m_uses[name].begin(), m_uses[name].end());
        return it->second;
    }
    if (!hasCondition(name) || !m_deciding.insert(name).second)
        return std::nullopt; // undefined, or defined in terms of itself
    auto* outer = m_trace;
    std::set<std::string> uses;
    m_trace = &uses;
    const auto value = truth((*m_conditions)[name], 0);
    m_trace = outer;
    if (m_trace)
        m_trace->insert(uses.begin(), uses.end());
    m_uses[name] = std::move(uses);
    m_deciding.erase(name);
    m_decided[name] = value;
    return value;
}

std::optional<bool> TemplateContext::truth(const json& expression, int depth)
{
    const auto value = evaluate(expression, depth + 1);
    if (!value)
        return std::nullopt;
    if (value->is_boolean())
        return value->get<bool>();
    if (const auto text = scalarOf(*value); text == "true" || text == "false")
        return *text == "true";
    return std::nullopt;
}

std::optional<json> TemplateContext::evaluate(const json& expression, int depth)
{
    if (depth > 64)
        return std::nullopt;
    if (!expression.is_object())
        return expression.is_array() ? std::nullopt : std::optional<json>(expression);
    if (expression.size() != 1)
        return std::nullopt;
    const auto& key = expression.begin().key();
    const auto& arg = expression.begin().value();
    if (key == "Ref" && arg.is_string())
        return parameter(arg.get<std::string>());
    if (key == "Condition" && arg.is_string()) {
        const auto decided = condition(arg.get<std::string>());
        return decided ? std::optional<json>(*decided) : std::nullopt;
    }
    if (!arg.is_array())
        return std::nullopt;
    if (key == "Fn::Equals" && arg.size() == 2) {
        const auto a = evaluate(arg[0], depth + 1);
        const auto b = evaluate(arg[1], depth + 1);
        if (!a || !b)
            return std::nullopt;
        const auto ta = scalarOf(*a);
        const auto tb = scalarOf(*b);
        return ta && tb ? std::optional<json>(*ta == *tb) : std::nullopt;
    }
    if (key == "Fn::Not" && arg.size() == 1) {
        const auto v = truth(arg[0], depth);
        return v ? std::optional<json>(!*v) : std::nullopt;
    }
    if (key == "Fn::And" || key == "Fn::Or") {
        // Three-valued: one false decides an And, one true an Or, whatever the others are.
        const bool isAnd = key == "Fn::And";
        bool undecided = false;
        for (const auto& term : arg) {
            const auto v = truth(term, depth);
            if (!v)
                undecided = true;
            else if (*v != isAnd)
                return json(!isAnd);
        }
        return undecided ? std::nullopt : std::optional<json>(isAnd);
    }
    if (key == "Fn::If" && arg.size() == 3 && arg[0].is_string()) {
        const auto decided = condition(arg[0].get<std::string>());
        return decided ? evaluate(arg[*decided ? 1 : 2], depth + 1) : std::nullopt;
    }
    if (key == "Fn::Join" && arg.size() == 2 && arg[0].is_string() && arg[1].is_array()) {
        std::string out;
        for (std::size_t i = 0; i < arg[1].size(); ++i) {
            const auto v = evaluate(arg[1][i], depth + 1);
            const auto text = v ? scalarOf(*v) : std::nullopt;
            if (!text)
                return std::nullopt;
            out += (i ? arg[0].get<std::string>() : std::string()) + *text;
        }
        return json(out);
    }
    if (key == "Fn::Select" && arg.size() == 2) {
        const auto index = evaluate(arg[0], depth + 1);
        const auto list =
            arg[1].is_array() ? std::optional<json>(arg[1]) : evaluate(arg[1], depth + 1);
        const auto at = index ? scalarOf(*index) : std::nullopt;
        if (!at || !list || !list->is_array() || at->empty() ||
            at->find_first_not_of("0123456789") != std::string::npos)
            return std::nullopt;
        const auto i = std::stoul(*at);
        return i < list->size() ? evaluate((*list)[i], depth + 1) : std::nullopt;
    }
    if (key == "Fn::FindInMap" && arg.size() == 3 && m_mappings) {
        std::optional<std::string> keys[3];
        for (int i = 0; i < 3; ++i)
            if (const auto v = evaluate(arg[i], depth + 1))
                keys[i] = scalarOf(*v);
        if (!keys[0] || !keys[1] || !keys[2])
            return std::nullopt;
        const auto map = m_mappings->find(*keys[0]);
        if (map == m_mappings->end() || !map->is_object())
            return std::nullopt;
        const auto top = map->find(*keys[1]);
        if (top == map->end() || !top->is_object())
            return std::nullopt;
        const auto entry = top->find(*keys[2]);
        return entry == top->end() ? std::nullopt : std::optional<json>(*entry);
    }
    return std::nullopt;
}

std::optional<std::string> TemplateContext::substitute(const std::string& text,
                                                       const json& variables)
{
    std::string out;
    std::size_t at = 0;
    for (auto open = text.find("${"); open != std::string::npos; open = text.find("${", at)) {
        const auto close = text.find('}', open);
        if (close == std::string::npos)
            break;
        out += text.substr(at, open - at);
        const auto name = text.substr(open + 2, close - open - 2);
        at = close + 1;
        if (name.starts_with("!")) {
            out += "${" + name.substr(1) + "}";
            continue;
        }
        std::optional<json> value;
        if (variables.is_object() && variables.contains(name))
            value = evaluate(variables[name]);
        else if (isParameter(name))
            value = parameter(name);
        const auto piece = value ? scalarOf(*value) : std::nullopt;
        if (!piece)
            return std::nullopt;
        out += *piece;
    }
    return out + text.substr(at);
}

std::set<std::string> TemplateContext::missingParameters(const std::string& condition) const
{
    std::set<std::string> out;
    if (const auto uses = m_uses.find(condition); uses != m_uses.end())
        for (const auto& name : uses->second)
            if (!m_values.contains(name))
                out.insert(name);
    return out;
}

std::string TemplateContext::valuesUsed(const std::string& condition) const
{
    std::string out;
    if (const auto uses = m_uses.find(condition); uses != m_uses.end())
        for (const auto& name : uses->second)
            if (const auto value = m_values.find(name); value != m_values.end())
                out += (out.empty() ? "" : ", ") + name + " = " + value->second;
    return out;
}

} // namespace rs::import

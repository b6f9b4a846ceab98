#include "FieldValues.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace rs::import {

using nlohmann::json;

const json* valueAt(const json& values, std::string_view path)
{
    const json* at = &values;
    while (!path.empty()) {
        const auto dot = path.find('.');
        const auto segment = path.substr(0, dot);
        path = dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
        if (at->is_array()) {
            std::size_t index = 0;
            const auto [p, ec] =
                std::from_chars(segment.data(), segment.data() + segment.size(), index);
            if (ec != std::errc() || p != segment.data() + segment.size() || index >= at->size())
                return nullptr;
            at = &(*at)[index];
        } else if (at->is_object()) {
            const auto it = at->find(segment);
            if (it == at->end())
                return nullptr;
            at = &*it;
        } else {
            return nullptr;
        }
    }
    return at->is_null() ? nullptr : at;
}

void collectStrings(const json& value, std::vector<std::string>& out, int depth)
{
    if (depth > 32)
        return;
    if (value.is_string())
        out.push_back(value.get<std::string>());
    else if (value.is_structured())
        for (const auto& item : value)
            collectStrings(item, out, depth + 1);
}

bool isPresent(const json* value)
{
    if (!value || value->is_null())
        return false;
    if (value->is_boolean())
        return value->get<bool>();
    if (value->is_structured() || value->is_string())
        return !value->empty() &&
               !(value->is_string() && value->get_ref<const std::string&>().empty());
    return true;
}

std::string scalarText(const json& value)
{
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_boolean())
        return value.get<bool>() ? "true" : "false";
    return value.dump();
}

namespace {

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

std::optional<PropertyValue> fromTable(const std::string& text, const PropertyMapping& mapping)
{
    for (const auto& [key, value] : mapping.values)
        if (key == text)
            return value;
    for (const auto& [key, value] : mapping.values)
        if (equalsIgnoringCase(key, text))
            return value;
    for (const auto& [key, value] : mapping.values)
        if (key.size() > 1 && key.back() == '*' &&
            text.starts_with(std::string_view(key).substr(0, key.size() - 1)))
            return value;
    for (const auto& [key, value] : mapping.values)
        if (key == "*")
            return value;
    return std::nullopt;
}

std::optional<double> number(const json& value)
{
    if (value.is_number())
        return value.get<double>();
    if (!value.is_string())
        return std::nullopt;
    const auto& text = value.get_ref<const std::string&>();
    double out = 0.0;
    const auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    if (ec != std::errc() || p != text.data() + text.size())
        return std::nullopt;
    return out;
}

} // namespace

std::optional<PropertyValue> convertValue(const json* value, const PropertySpec& spec,
                                          const PropertyMapping& mapping, std::string& problem)
{
    if (mapping.present)
        return isPresent(value) ? mapping.present : std::nullopt;
    if (!value)
        return std::nullopt;
    if (mapping.count)
        return static_cast<std::int64_t>(value->is_structured() ? value->size() : 1);
    if (value->is_structured())
        return std::nullopt; // an intrinsic function: known only when the stack is deployed
    const auto text = scalarText(*value);
    if (!mapping.values.empty()) {
        if (auto mapped = fromTable(text, mapping))
            return mapped;
        problem = "\"" + text + "\" is not a value the mapping knows";
        return std::nullopt;
    }
    switch (spec.type) {
    case PropertyType::Integer:
        if (const auto n = number(*value); n && std::trunc(*n) == *n && std::abs(*n) < 1e15)
            return static_cast<std::int64_t>(*n);
        break;
    case PropertyType::Number:
        if (const auto n = number(*value))
            return *n;
        break;
    case PropertyType::Bool:
        if (value->is_boolean())
            return value->get<bool>();
        if (equalsIgnoringCase(text, "true") || equalsIgnoringCase(text, "false"))
            return equalsIgnoringCase(text, "true");
        break;
    case PropertyType::Enum:
        for (const auto& allowed : spec.values)
            if (equalsIgnoringCase(allowed, text))
                return allowed;
        break;
    case PropertyType::String:
        return text;
    }
    problem = "\"" + text + "\" does not fit " + std::string(enumName(spec.type)) + " property " +
              spec.name;
    return std::nullopt;
}

} // namespace rs::import

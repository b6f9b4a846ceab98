#include "JsonObjectReader.h"

#include "core/JsonText.h"

#include <cmath>

namespace rs::json {

ObjectReader::ObjectReader(const nlohmann::json& object, std::string pointer, Errors& errors)
    : m_object(object)
    , m_pointer(std::move(pointer))
    , m_errors(errors)
    , m_valid(object.is_object())
{
    if (!m_valid) {
        m_errors.push_back({ErrorCode::Type,
                            "expected an object, found " + std::string(describeType(object)),
                            {m_pointer.empty() ? "/" : m_pointer, 0, 0, {}}});
    }
}

std::string ObjectReader::pointerTo(std::string_view key) const
{
    return m_pointer + "/" + escapePointerToken(key);
}

void ObjectReader::addError(ErrorCode code, std::string_view key, std::string message)
{
    m_errors.push_back({code, std::move(message), {pointerTo(key), 0, 0, {}}});
}

void ObjectReader::typeError(std::string_view key, std::string_view expected,
                             const nlohmann::json& got)
{
    addError(ErrorCode::Type, key,
             "expected " + std::string(expected) + ", found " + std::string(describeType(got)));
}

const nlohmann::json* ObjectReader::find(std::string_view key, Need need)
{
    if (!m_valid)
        return nullptr;
    m_read.emplace(key);
    const auto it = m_object.find(key);
    if (it == m_object.end()) {
        if (need == Need::Required || need == Need::RequiredNullable)
            addError(ErrorCode::Missing, key,
                     "required field \"" + std::string(key) + "\" is missing");
        return nullptr;
    }
    if (it->is_null() && (need == Need::Nullable || need == Need::RequiredNullable))
        return nullptr;
    return &*it;
}

const nlohmann::json* ObjectReader::value(std::string_view key, Need need)
{
    return find(key, need);
}

std::optional<std::string> ObjectReader::string(std::string_view key, Need need)
{
    const auto* v = find(key, need);
    if (!v)
        return std::nullopt;
    if (!v->is_string()) {
        typeError(key, "a string", *v);
        return std::nullopt;
    }
    return v->get<std::string>();
}

std::optional<double> ObjectReader::number(std::string_view key, Need need)
{
    const auto* v = find(key, need);
    if (!v)
        return std::nullopt;
    if (!v->is_number()) {
        typeError(key, "a number", *v);
        return std::nullopt;
    }
    return v->get<double>();
}

std::optional<std::int64_t> ObjectReader::integer(std::string_view key, Need need)
{
    const auto* v = find(key, need);
    if (!v)
        return std::nullopt;
    if (v->is_number_integer())
        return v->get<std::int64_t>();
    if (v->is_number_float()) {
        const double d = v->get<double>();
        if (std::trunc(d) == d && std::abs(d) < 9.0e15)
            return static_cast<std::int64_t>(d);
    }
    typeError(key, "an integer", *v);
    return std::nullopt;
}

std::optional<bool> ObjectReader::boolean(std::string_view key, Need need)
{
    const auto* v = find(key, need);
    if (!v)
        return std::nullopt;
    if (!v->is_boolean()) {
        typeError(key, "true or false", *v);
        return std::nullopt;
    }
    return v->get<bool>();
}

const nlohmann::json* ObjectReader::object(std::string_view key, Need need)
{
    const auto* v = find(key, need);
    if (v && !v->is_object()) {
        typeError(key, "an object", *v);
        return nullptr;
    }
    return v;
}

const nlohmann::json* ObjectReader::array(std::string_view key, Need need)
{
    const auto* v = find(key, need);
    if (v && !v->is_array()) {
        typeError(key, "an array", *v);
        return nullptr;
    }
    return v;
}

void ObjectReader::finish()
{
    if (!m_valid)
        return;
    for (const auto& [key, value] : m_object.items()) {
        if (!m_read.contains(key))
            addError(ErrorCode::UnknownField, key, "unknown field \"" + key + "\"");
    }
}

bool expectArray(const nlohmann::json& value, const std::string& pointer, Errors& errors)
{
    if (value.is_array())
        return true;
    errors.push_back({ErrorCode::Type,
                      "expected an array, found " + std::string(describeType(value)),
                      {pointer, 0, 0, {}}});
    return false;
}

} // namespace rs::json

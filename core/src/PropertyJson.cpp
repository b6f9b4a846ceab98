#include "PropertyJson.h"

#include <cmath>

namespace rs::json {

std::optional<PropertyValue> propertyFromJson(const nlohmann::json& value, PropertyType type)
{
    switch (type) {
    case PropertyType::Number:
        if (value.is_number())
            return PropertyValue{value.get<double>()};
        break;
    case PropertyType::Integer:
        if (value.is_number_integer())
            return PropertyValue{value.get<std::int64_t>()};
        if (value.is_number_float() && std::trunc(value.get<double>()) == value.get<double>())
            return PropertyValue{static_cast<std::int64_t>(value.get<double>())};
        break;
    case PropertyType::Bool:
        if (value.is_boolean())
            return PropertyValue{value.get<bool>()};
        break;
    case PropertyType::Enum:
    case PropertyType::String:
        if (value.is_string())
            return PropertyValue{value.get<std::string>()};
        break;
    }
    return std::nullopt;
}

nlohmann::ordered_json number(double value)
{
    constexpr double exactIntegerLimit = 9.0e15;
    if (std::trunc(value) == value && std::abs(value) < exactIntegerLimit)
        return static_cast<std::int64_t>(value);
    return value;
}

nlohmann::ordered_json propertyToJson(const PropertyValue& value)
{
    return std::visit(
        [](const auto& v) -> nlohmann::ordered_json {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, double>)
                return number(v);
            else
                return v;
        },
        value);
}

} // namespace rs::json

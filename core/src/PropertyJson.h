#pragma once

#include "core/PropertyValue.h"
#include "core/ServiceCatalogue.h"

#include <nlohmann/json.hpp>

#include <optional>

namespace rs::json {

/// `value` as a property of `type`, or nothing when its JSON type does not fit. Integral
/// numbers are accepted for number properties and vice versa when they have no fraction.
std::optional<PropertyValue> propertyFromJson(const nlohmann::json& value, PropertyType type);

nlohmann::ordered_json propertyToJson(const PropertyValue& value);

/// A number as JSON: integral values are written without a fraction, so 50 stays 50, not 50.0.
nlohmann::ordered_json number(double value);

} // namespace rs::json

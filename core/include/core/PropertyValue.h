#pragma once

#include <cstdint>
#include <string>
#include <variant>

namespace rs {

/// The value of a service property, typed as the service catalogue declares it. Integers are
/// kept apart from numbers so that a design file reads back byte for byte.
using PropertyValue = std::variant<bool, std::int64_t, double, std::string>;

/// The value as a number, for integer and number properties; 0 for others.
double propertyNumber(const PropertyValue& value);

} // namespace rs

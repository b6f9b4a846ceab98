#include "core/PropertyValue.h"

namespace rs {

double propertyNumber(const PropertyValue& value)
{
    if (const auto* i = std::get_if<std::int64_t>(&value))
        return static_cast<double>(*i);
    if (const auto* d = std::get_if<double>(&value))
        return *d;
    return 0.0;
}

} // namespace rs

#pragma once

#include "core/Catalogues.h"
#include "core/Design.h"
#include "document/ElementRef.h"

#include <optional>
#include <string_view>
#include <vector>

namespace rs::document {

/// The editable values of an element, described as catalogue properties (type, unit, range,
/// allowed values) so that one editor and one command serve services, regions and links. A
/// service has its catalogue kind's properties; a region its role, traffic share and headroom;
/// a link its payload, calls per request and transport flags. Names and link kinds have their
/// own commands.
std::vector<PropertySpec> propertySpecs(const Design& design, const Catalogues& catalogues,
                                        const ElementRef& element);

/// The value of `key` on the element; nothing when a service leaves it to the catalogue default
/// or the element has no such value.
std::optional<PropertyValue> propertyValue(const Design& design, const ElementRef& element,
                                           std::string_view key);

/// The value shown and used: as set, else the spec's default.
PropertyValue effectiveValue(const Design& design, const PropertySpec& spec,
                             const ElementRef& element);

} // namespace rs::document

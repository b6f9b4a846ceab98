#pragma once

#include "core/Id.h"

#include <string>
#include <vector>

namespace rs::document {

enum class ElementType
{
    Region,
    Service,
    Link,
};

/// Names one element of the design. Region, service and link ids share one namespace in a
/// design, so the id alone is unique; the type says which map holds it.
struct ElementRef
{
    ElementType type = ElementType::Service;
    std::string id;

    static ElementRef region(const RegionId& id) { return {ElementType::Region, id.value}; }
    static ElementRef service(const ServiceId& id) { return {ElementType::Service, id.value}; }
    static ElementRef link(const LinkId& id) { return {ElementType::Link, id.value}; }

    RegionId regionId() const { return RegionId{id}; }
    ServiceId serviceId() const { return ServiceId{id}; }
    LinkId linkId() const { return LinkId{id}; }

    bool operator==(const ElementRef&) const = default;
    bool operator<(const ElementRef& other) const
    {
        return type != other.type ? type < other.type : id < other.id;
    }
};

using ElementRefs = std::vector<ElementRef>;

} // namespace rs::document

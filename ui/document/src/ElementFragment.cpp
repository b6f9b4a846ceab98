#include "document/ElementFragment.h"

#include "core/DesignFormat.h"

#include <algorithm>
#include <set>

namespace rs::document {

namespace {

std::set<ElementRef> existing(const Design& design, const ElementRefs& elements)
{
    std::set<ElementRef> out;
    for (const auto& e : elements) {
        const bool found = (e.type == ElementType::Region && design.region(e.regionId())) ||
                           (e.type == ElementType::Service && design.service(e.serviceId())) ||
                           (e.type == ElementType::Link && design.link(e.linkId()));
        if (found)
            out.insert(e);
    }
    return out;
}

/// Adds the services of every region in `set`.
void addRegionServices(const Design& design, std::set<ElementRef>& set)
{
    for (const auto& [id, service] : design.services) {
        if (service.region && set.contains(ElementRef::region(*service.region)))
            set.insert(ElementRef::service(id));
    }
}

} // namespace

ElementRefs removalClosure(const Design& design, const ElementRefs& elements)
{
    auto set = existing(design, elements);
    addRegionServices(design, set);
    for (const auto& [id, link] : design.links) {
        if (set.contains(ElementRef::service(link.from)) ||
            set.contains(ElementRef::service(link.to)))
            set.insert(ElementRef::link(id));
    }
    return {set.begin(), set.end()};
}

ElementRefs copyClosure(const Design& design, const ElementRefs& elements)
{
    auto set = existing(design, elements);
    addRegionServices(design, set);
    std::erase_if(set, [&](const ElementRef& e) { return e.type == ElementType::Link; });
    for (const auto& [id, link] : design.links) {
        if (set.contains(ElementRef::service(link.from)) &&
            set.contains(ElementRef::service(link.to)))
            set.insert(ElementRef::link(id));
    }
    return {set.begin(), set.end()};
}

std::string writeFragment(const Design& design, const ElementRefs& elements)
{
    Design part;
    part.name = design.name;
    for (const auto& e : elements) {
        switch (e.type) {
        case ElementType::Region:
            if (const auto* r = design.region(e.regionId()))
                part.regions.emplace(r->id, *r);
            break;
        case ElementType::Service:
            if (const auto* s = design.service(e.serviceId()))
                part.services.emplace(s->id, *s);
            break;
        case ElementType::Link:
            if (const auto* l = design.link(e.linkId()))
                part.links.emplace(l->id, *l);
            break;
        }
    }
    return writeDesign(part);
}

Result<Design> readFragment(std::string_view text, const Catalogues& catalogues)
{
    return readDesignFragment(text, catalogues);
}

} // namespace rs::document

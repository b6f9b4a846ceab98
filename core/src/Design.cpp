#include "core/Design.h"

namespace rs {

namespace {
template <typename Map, typename Key>
const typename Map::mapped_type* lookup(const Map& map, const Key& key)
{
    const auto it = map.find(key);
    return it == map.end() ? nullptr : &it->second;
}
} // namespace

const Region* Design::region(const RegionId& id) const
{
    return lookup(regions, id);
}
const Service* Design::service(const ServiceId& id) const
{
    return lookup(services, id);
}
const Link* Design::link(const LinkId& id) const
{
    return lookup(links, id);
}

} // namespace rs

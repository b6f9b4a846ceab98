#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace rs {

/// A typed identifier: a region id cannot be passed where a service id is expected.
/// Ids are the human-readable strings of the design file, so findings, command-line
/// arguments and diffs all name elements the way the architect named them.
template <typename Tag> struct Id
{
    std::string value;

    Id() = default;
    explicit Id(std::string v)
        : value(std::move(v))
    {}

    bool isNull() const { return value.empty(); }
    auto operator<=>(const Id&) const = default;
};

struct RegionTag;
struct ServiceTag;
struct LinkTag;
using RegionId = Id<RegionTag>;
using ServiceId = Id<ServiceTag>;
using LinkId = Id<LinkTag>;

/// True when `id` is a well-formed element id: 1 to 64 characters of letters, digits and
/// `-_.:`, starting with a letter or digit.
bool isValidElementId(std::string_view id);

} // namespace rs

template <typename Tag> struct std::hash<rs::Id<Tag>>
{
    std::size_t operator()(const rs::Id<Tag>& id) const noexcept
    {
        return std::hash<std::string>{}(id.value);
    }
};

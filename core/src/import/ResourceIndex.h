#pragma once

#include "SourceResource.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rs::import {

/// The resources read, indexed for the mapper: by address, and by the names, ARNs and host
/// names that literal values elsewhere may use to name them.
class ResourceIndex
{
public:
    ResourceIndex(std::vector<SourceResource> resources, const ResourceTypeMap& map);

    const std::vector<SourceResource>& resources() const { return m_resources; }
    const SourceResource& operator[](std::size_t i) const { return m_resources[i]; }
    std::size_t size() const { return m_resources.size(); }
    const ResourceMapping* rowOf(std::size_t i) const;
    /// The resource at `address`, if it was read.
    std::optional<std::size_t> find(const std::string& address) const;

    /// The resources a field names: by reference, and by literal values that are another
    /// resource's ARN, name or host name (a plan's expressions may name one, its values another).
    std::vector<std::size_t> follow(std::size_t from, std::string_view path) const;
    /// Follows each `>` hop; the resources the last part names.
    std::vector<std::size_t> targets(std::size_t from, const FieldPath& path) const;
    /// The value of a field, after following the path's `>` hops.
    const nlohmann::json* fieldValue(std::size_t from, const FieldPath& path) const;

private:
    std::vector<SourceResource> m_resources;
    const ResourceTypeMap& m_map;
    std::unordered_map<std::string, std::size_t> m_byAddress;
    std::unordered_map<std::string, std::vector<std::size_t>> m_byValue;
    std::vector<std::vector<std::string>> m_identity; ///< each resource's names, ARN, host
};

} // namespace rs::import

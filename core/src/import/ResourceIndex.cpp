#include "ResourceIndex.h"

#include "FieldValues.h"

#include <algorithm>
#include <array>
#include <set>

namespace rs::import {

using nlohmann::json;

namespace {

/// Fields whose values name a resource, for references written as literal values (a state's
/// ARNs, a record's host name) rather than as expressions.
// clang-format off
constexpr std::array identityFields{
    "arn", "id", "name", "invoke_arn", "domain_name", "regional_domain_name", "bucket",
    "function_name", "default_hostname", "uri", "fqdn", "url", "host_name",
    "bucket_regional_domain_name", "cloudfront_domain_name",
    // CloudFormation's names, which literal values in another stack use
    "DomainName", "BucketName", "FunctionName", "TableName", "QueueName", "TopicName", "Name"};
// clang-format on

} // namespace

ResourceIndex::ResourceIndex(std::vector<SourceResource> resources, const ResourceTypeMap& map)
    : m_resources(std::move(resources))
    , m_map(map)
{
    for (std::size_t i = 0; i < m_resources.size(); ++i) {
        const auto& r = m_resources[i];
        m_byAddress.emplace(r.address, i);
        const auto* row = rowOf(i);
        auto& names = m_identity.emplace_back();
        for (const char* field : identityFields)
            if (const auto* v = valueAt(r.values, field); v && v->is_string())
                names.push_back(v->get<std::string>());
        if (row && !row->name.empty() && row->name.find('>') == std::string::npos)
            if (const auto* v = valueAt(r.values, row->name); v && v->is_string())
                names.push_back(v->get<std::string>());
        for (const auto& name : names)
            m_byValue[name].push_back(i);
    }
}

const ResourceMapping* ResourceIndex::rowOf(std::size_t i) const
{
    return m_map.find(m_resources[i].tool, m_resources[i].type);
}

std::optional<std::size_t> ResourceIndex::find(const std::string& address) const
{
    const auto it = m_byAddress.find(address);
    return it == m_byAddress.end() ? std::nullopt : std::optional(it->second);
}

std::vector<std::size_t> ResourceIndex::follow(std::size_t from, std::string_view path) const
{
    std::set<std::size_t> out;
    const auto& r = m_resources[from];
    for (const auto& [at, address] : r.references)
        if (at == path ||
            (at.size() > path.size() && at.starts_with(path) && at[path.size()] == '.'))
            if (const auto it = m_byAddress.find(address); it != m_byAddress.end())
                out.insert(it->second);
    {
        // A value a reference already explains (the referenced bus's name) is no other.
        std::set<std::string> explained;
        for (const auto t : out)
            explained.insert(m_identity[t].begin(), m_identity[t].end());
        std::vector<std::string> literals;
        if (const auto* v = valueAt(r.values, path))
            collectStrings(*v, literals);
        for (const auto& text : literals) {
            if (explained.contains(text))
                continue;
            // Whole, or a `/`-separated part (an ARN inside an integration URI), or an
            // ARN's last field (arn:aws:s3:::bucket-name).
            auto hits = m_byValue.find(text);
            for (std::size_t start = 0; hits == m_byValue.end() && start < text.size();) {
                const auto slash = std::min(text.find('/', start), text.size());
                hits = m_byValue.find(text.substr(start, slash - start));
                start = slash + 1;
            }
            if (hits == m_byValue.end() && text.starts_with("arn:"))
                hits = m_byValue.find(text.substr(text.rfind(':') + 1));
            if (hits != m_byValue.end())
                for (const auto hit : hits->second)
                    if (hit != from)
                        out.insert(hit);
        }
    }
    return {out.begin(), out.end()};
}

std::vector<std::size_t> ResourceIndex::targets(std::size_t from, const FieldPath& path) const
{
    std::vector<std::size_t> current{from};
    std::string_view rest = path;
    while (!rest.empty() && !current.empty()) {
        const auto hop = rest.find('>');
        const auto part = rest.substr(0, hop);
        rest = hop == std::string_view::npos ? std::string_view() : rest.substr(hop + 1);
        std::set<std::size_t> next;
        for (const auto c : current)
            for (const auto t : follow(c, part))
                next.insert(t);
        current.assign(next.begin(), next.end());
    }
    return current;
}

const json* ResourceIndex::fieldValue(std::size_t from, const FieldPath& path) const
{
    const auto hop = path.rfind('>');
    if (hop == std::string::npos)
        return valueAt(m_resources[from].values, path);
    const auto owners = targets(from, path.substr(0, hop));
    return owners.empty() ? nullptr
                          : valueAt(m_resources[owners.front()].values, path.substr(hop + 1));
}

} // namespace rs::import

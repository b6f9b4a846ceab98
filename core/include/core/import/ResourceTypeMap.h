#pragma once

#include "core/EnumNames.h"
#include "core/Link.h"
#include "core/PropertyValue.h"
#include "core/Provider.h"
#include "core/Result.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rs::import {

/// The infrastructure-as-code tool a resource was written for.
enum class Tool
{
    Terraform,
    CloudFormation,
};

/// What a resource type becomes in a design (docs/catalogue-format.md, `resource-types.json`).
enum class MappingRole
{
    Service,    ///< a service of a catalogue kind
    Link,       ///< a link between the services it references
    Replica,    ///< a copy, in another region, of the service it references
    Settings,   ///< properties of the service it references
    Alias,      ///< a name that stands for the service it references (an API's domain name)
    Supporting, ///< no part of the design; listed with the reason
};

} // namespace rs::import

namespace rs {

template <> struct EnumNames<import::Tool>
{
    static constexpr std::array names{
        std::pair{import::Tool::Terraform, std::string_view{"terraform"}},
        std::pair{import::Tool::CloudFormation, std::string_view{"cloudformation"}},
    };
};

template <> struct EnumNames<import::MappingRole>
{
    static constexpr std::array names{
        std::pair{import::MappingRole::Service, std::string_view{"service"}},
        std::pair{import::MappingRole::Link, std::string_view{"link"}},
        std::pair{import::MappingRole::Replica, std::string_view{"replica"}},
        std::pair{import::MappingRole::Settings, std::string_view{"settings"}},
        std::pair{import::MappingRole::Alias, std::string_view{"alias"}},
        std::pair{import::MappingRole::Supporting, std::string_view{"supporting"}},
    };
};

} // namespace rs

namespace rs::import {

/// A place in a resource: dotted field names and array indices (`rule.0.destination.0.bucket`);
/// `>` follows the reference found there into the resource it names (`server_id>location`).
using FieldPath = std::string;

/// Sets one service property from one field of a resource.
struct PropertyMapping
{
    std::string property;
    FieldPath path;
    /// Source value -> property value. A key ending in `*` matches by prefix, `*` alone any.
    std::vector<std::pair<std::string, PropertyValue>> values;
    std::optional<PropertyValue> present; ///< set this when the field is there at all
    bool count = false;                   ///< the number of entries of the field
};

/// A link drawn from a service to each service a field references.
struct LinkMapping
{
    std::optional<LinkKind> kind; ///< empty: chosen by the target's category ("auto")
    FieldPath path;
    bool inbound = false; ///< the referenced service is the link's source
    std::vector<std::pair<std::string, PropertyValue>> set; ///< set on both ends
};

/// One row of the mapping, for one tool: how one resource type becomes part of a design.
struct ResourceMapping
{
    Tool tool = Tool::Terraform;
    std::string type;
    Provider provider = Provider::Aws;
    MappingRole role = MappingRole::Supporting;
    std::string kind; ///< the catalogue kind of a Service row
    bool isGlobal = false;
    FieldPath globalWhen; ///< global when this field equals globalWhenEquals
    std::string globalWhenEquals;
    FieldPath name;    ///< the service's display name
    FieldPath region;  ///< the region, where the resource names it itself
    FieldPath mergeBy; ///< resources with the same value here are one service (DNS records)
    std::vector<PropertyMapping> properties;
    std::vector<std::pair<std::string, PropertyValue>> fixed; ///< always set
    std::vector<LinkMapping> links;
    FieldPath replicas;      ///< blocks each naming a replica region
    FieldPath replicaRegion; ///< the region field inside each replica block
    /// Services that name the same group here replicate to each other (global clusters).
    FieldPath replicationGroup;
    FieldPath healthCheck; ///< the health check a record uses, whose fields fill properties
    std::vector<PropertyMapping> healthCheckProperties;
    FieldPath target; ///< the service a Replica, Settings or Alias row is about
    FieldPath alias;  ///< the name an Alias row gives its target
    FieldPath from;   ///< a Link row's source and target
    FieldPath to;
    std::vector<std::optional<LinkKind>> linkKinds; ///< a Link row's kinds (empty entry: auto)
    std::vector<PropertyMapping> fromProperties;    ///< a Link row's properties of its source
    std::vector<std::pair<std::string, PropertyValue>> set; ///< set on the ends / the target
    std::string note;                                       ///< why a Supporting type is not drawn
    std::string source; ///< the provider documents the row follows
};

/// The resource types the importer knows, loaded from resources/catalogue/resource-types.json.
class ResourceTypeMap
{
public:
    /// Parses the mapping; every error located by JSON pointer.
    static Result<ResourceTypeMap> fromJson(std::string_view text);
    /// The mapping compiled into the application.
    static Result<ResourceTypeMap> builtIn();

    const ResourceMapping* find(Tool tool, std::string_view type) const;
    const std::vector<ResourceMapping>& rows() const { return m_rows; }
    const std::string& version() const { return m_version; }

private:
    std::string m_version;
    std::vector<ResourceMapping> m_rows;
    std::map<std::pair<Tool, std::string>, std::size_t, std::less<>> m_index;
};

} // namespace rs::import

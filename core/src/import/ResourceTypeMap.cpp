#include "core/import/ResourceTypeMap.h"

#include "core/JsonText.h"
#include "resources/BuiltinResources.h"

#include <nlohmann/json.hpp>

#include <set>

namespace rs::import {

namespace {

using nlohmann::json;

/// Reads one row of the mapping for one tool, recording every problem with its pointer.
class RowReader
{
public:
    RowReader(const json& row, std::string pointer, Tool tool, Errors& errors)
        : m_row(row)
        , m_pointer(std::move(pointer))
        , m_tool(tool)
        , m_errors(errors)
    {}

    ResourceMapping read()
    {
        static const std::set<std::string, std::less<>> known{
            "provider",       "terraform",  "cloudformation",
            "role",           "kind",       "isGlobal",
            "globalWhen",     "name",       "region",
            "mergeBy",        "properties", "fixed",
            "links",          "replicas",   "replicationGroup",
            "healthCheck",    "target",     "alias",
            "from",           "to",         "linkKinds",
            "fromProperties", "set",        "note",
            "source"};
        for (const auto& [key, value] : m_row.items())
            if (!known.contains(key))
                error("/" + rs::json::escapePointerToken(key), "unknown field \"" + key + "\"");
        ResourceMapping m;
        m.tool = m_tool;
        m.type = m_row.value(std::string(enumName(m_tool)), "");
        m.provider = enumFrom<Provider>("provider");
        m.role = enumFrom<MappingRole>("role");
        m.kind = m_row.value("kind", "");
        if (m.role == MappingRole::Service && m.kind.empty())
            error("/kind", "a service row names its kind");
        m.isGlobal = m_row.value("isGlobal", false);
        m.globalWhen = path("globalWhen");
        if (const auto it = m_row.find("globalWhen"); it != m_row.end() && it->is_object())
            m.globalWhenEquals = it->value("equals", "");
        m.name = path("name");
        m.region = path("region");
        m.mergeBy = path("mergeBy");
        m.properties = properties(m_row, "properties", m_pointer);
        m.fixed = values(m_row, "fixed", m_pointer);
        m.set = values(m_row, "set", m_pointer);
        if (const auto it = m_row.find("links"); it != m_row.end())
            for (std::size_t i = 0; i < it->size(); ++i)
                if (auto link = readLink(it->at(i), m_pointer + "/links/" + std::to_string(i)))
                    m.links.push_back(std::move(*link));
        if (const auto it = m_row.find("replicas"); it != m_row.end()) {
            m.replicas = it->value(std::string(enumName(m_tool)), "");
            m.replicaRegion = pathIn(*it, "region");
            if (m.set.empty())
                m.set = values(*it, "set", m_pointer + "/replicas");
        }
        if (const auto it = m_row.find("replicationGroup"); it != m_row.end()) {
            m.replicationGroup = it->value(std::string(enumName(m_tool)), "");
            m.set = values(*it, "set", m_pointer + "/replicationGroup");
        }
        if (const auto it = m_row.find("healthCheck"); it != m_row.end()) {
            m.healthCheck = it->value(std::string(enumName(m_tool)), "");
            m.healthCheckProperties = properties(*it, "properties", m_pointer + "/healthCheck");
        }
        m.target = path("target");
        m.alias = path("alias");
        m.from = path("from");
        m.to = path("to");
        if (const auto it = m_row.find("linkKinds"); it != m_row.end())
            for (std::size_t i = 0; i < it->size(); ++i)
                m.linkKinds.push_back(
                    linkKind(it->at(i), m_pointer + "/linkKinds/" + std::to_string(i)));
        m.fromProperties = properties(m_row, "fromProperties", m_pointer);
        m.note = m_row.value("note", "");
        m.source = m_row.value("source", "");
        if (m.source.empty())
            error("/source", "every row cites the provider documents it follows");
        if (m.role == MappingRole::Supporting && m.note.empty())
            error("/note", "a supporting row says why the type is not drawn");
        if (m.role == MappingRole::Link && (m.from.empty() || m.to.empty()))
            error("",
                  "a link row names its from and to fields for " + std::string(enumName(m_tool)));
        return m;
    }

private:
    void error(const std::string& where, std::string message)
    {
        m_errors.push_back({ErrorCode::Type, std::move(message), {m_pointer + where, 0, 0, {}}});
    }

    template <typename E> E enumFrom(const char* key)
    {
        const auto it = m_row.find(key);
        if (it != m_row.end() && it->is_string())
            if (const auto value = enumFromName<E>(it->get<std::string>()))
                return *value;
        error("/" + std::string(key), "expected one of " + enumNameList<E>());
        return E{};
    }

    FieldPath pathIn(const json& object, const char* key) const
    {
        const auto it = object.find(key);
        if (it == object.end() || !it->is_object())
            return {};
        return it->value(std::string(enumName(m_tool)), "");
    }
    FieldPath path(const char* key) const { return pathIn(m_row, key); }

    std::optional<LinkKind> linkKind(const json& value, const std::string& pointer)
    {
        if (value == "auto")
            return std::nullopt;
        if (value.is_string())
            if (const auto kind = enumFromName<LinkKind>(value.get<std::string>()))
                return kind;
        m_errors.push_back({ErrorCode::Type,
                            "expected auto or one of " + enumNameList<LinkKind>(),
                            {pointer, 0, 0, {}}});
        return std::nullopt;
    }

    std::optional<LinkMapping> readLink(const json& j, const std::string& pointer)
    {
        const auto p = j.value(std::string(enumName(m_tool)), "");
        if (p.empty())
            return std::nullopt; // the link is the other tool's
        LinkMapping link;
        link.kind = linkKind(j.value("kind", json()), pointer + "/kind");
        link.path = p;
        link.inbound = j.value("inbound", false);
        link.set = values(j, "set", pointer);
        return link;
    }

    std::vector<std::pair<std::string, PropertyValue>> values(const json& object, const char* key,
                                                              const std::string& pointer)
    {
        std::vector<std::pair<std::string, PropertyValue>> out;
        const auto it = object.find(key);
        if (it == object.end())
            return out;
        for (const auto& [name, value] : it->items())
            if (auto v = scalar(value, pointer + "/" + key + "/" + name))
                out.emplace_back(name, std::move(*v));
        return out;
    }

    std::optional<PropertyValue> scalar(const json& value, const std::string& pointer)
    {
        if (value.is_boolean())
            return value.get<bool>();
        if (value.is_number_integer())
            return value.get<std::int64_t>();
        if (value.is_number())
            return value.get<double>();
        if (value.is_string())
            return value.get<std::string>();
        m_errors.push_back(
            {ErrorCode::Type, "expected a string, number or bool", {pointer, 0, 0, {}}});
        return std::nullopt;
    }

    std::vector<PropertyMapping> properties(const json& object, const char* key,
                                            const std::string& pointer)
    {
        std::vector<PropertyMapping> out;
        const auto it = object.find(key);
        if (it == object.end())
            return out;
        for (std::size_t i = 0; i < it->size(); ++i) {
            const auto& j = it->at(i);
            const auto at = pointer + "/" + key + "/" + std::to_string(i);
            PropertyMapping p;
            p.property = j.value("property", "");
            p.path = j.value(std::string(enumName(m_tool)), "");
            if (p.property.empty())
                m_errors.push_back(
                    {ErrorCode::Missing, "a property mapping names its property", {at, 0, 0, {}}});
            if (p.path.empty())
                continue; // the other tool's
            p.values = values(j, "values", at);
            if (const auto present = j.find("present"); present != j.end())
                p.present = scalar(*present, at + "/present");
            p.count = j.value("count", false);
            out.push_back(std::move(p));
        }
        return out;
    }

    const json& m_row;
    std::string m_pointer;
    Tool m_tool;
    Errors& m_errors;
};

} // namespace

Result<ResourceTypeMap> ResourceTypeMap::fromJson(std::string_view text)
{
    auto parsed = rs::json::parse(text);
    if (!parsed)
        return parsed.errors();
    const auto& doc = parsed.value();
    Errors errors;
    ResourceTypeMap map;
    map.m_version = doc.value("mappingVersion", "");
    const auto types = doc.find("types");
    if (map.m_version.empty() || types == doc.end() || !types->is_array())
        return Error{
            ErrorCode::Missing, "expected mappingVersion and an array of types", {"", 0, 0, {}}};
    for (std::size_t i = 0; i < types->size(); ++i) {
        const auto& row = types->at(i);
        const auto pointer = "/types/" + std::to_string(i);
        if (!row.is_object()) {
            errors.push_back({ErrorCode::Type, "a row is an object", {pointer, 0, 0, {}}});
            continue;
        }
        for (const auto tool : {Tool::Terraform, Tool::CloudFormation}) {
            if (!row.contains(std::string(enumName(tool))))
                continue;
            auto mapping = RowReader(row, pointer, tool, errors).read();
            const auto key = std::pair{tool, mapping.type};
            if (map.m_index.contains(key))
                errors.push_back({ErrorCode::Duplicate,
                                  "\"" + mapping.type + "\" has two rows",
                                  {pointer, 0, 0, {}}});
            map.m_index.emplace(key, map.m_rows.size());
            map.m_rows.push_back(std::move(mapping));
        }
    }
    if (!errors.empty())
        return errors;
    return map;
}

Result<ResourceTypeMap> ResourceTypeMap::builtIn()
{
    return fromJson(resources::resourceTypesJson());
}

const ResourceMapping* ResourceTypeMap::find(Tool tool, std::string_view type) const
{
    const auto it = m_index.find(std::pair{tool, std::string(type)});
    return it == m_index.end() ? nullptr : &m_rows[it->second];
}

} // namespace rs::import

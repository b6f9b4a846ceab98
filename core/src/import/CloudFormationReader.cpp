#include "CloudFormationReader.h"

#include "core/JsonText.h"

#include <set>

namespace rs::import {

namespace {

using nlohmann::json;

void scanArns(const json& value, std::set<std::string>& regions, int depth)
{
    if (depth > 64)
        return;
    if (value.is_string()) {
        // arn:partition:service:region:account:resource
        const auto& text = value.get_ref<const std::string&>();
        for (auto at = text.find("arn:aws"); at != std::string::npos;
             at = text.find("arn:aws", at + 1)) {
            std::size_t field = at;
            for (int i = 0; i < 3 && field != std::string::npos; ++i)
                field = text.find(':', field + 1);
            if (field == std::string::npos)
                break;
            const auto end = text.find(':', field + 1);
            if (end != std::string::npos && end > field + 1)
                regions.insert(text.substr(field + 1, end - field - 1));
        }
    } else if (value.is_structured()) {
        for (const auto& item : value)
            scanArns(item, regions, depth + 1);
    }
}

class Reader
{
public:
    Reader(const json& doc, std::string file, std::string prefix, std::string region)
        : m_doc(doc)
        , m_file(std::move(file))
        , m_prefix(std::move(prefix))
        , m_region(std::move(region))
    {
        if (const auto it = doc.find("Parameters"); it != doc.end() && it->is_object())
            m_parameters = &*it;
        m_resources = &doc.at("Resources");
    }

    /// Walks a property value: records references, returns it with parameters resolved.
    json walk(const json& value, const std::string& path, SourceResource& s,
              std::set<std::string>& dependsOn, int depth)
    {
        if (depth > 64)
            return value;
        if (value.is_array()) {
            json out = json::array();
            for (std::size_t i = 0; i < value.size(); ++i)
                out.push_back(
                    walk(value[i], joinPath(path, std::to_string(i)), s, dependsOn, depth + 1));
            return out;
        }
        if (!value.is_object())
            return value;
        if (value.size() == 1) {
            const auto& key = value.begin().key();
            const auto& arg = value.begin().value();
            if (key == "Ref" && arg.is_string()) {
                const auto name = arg.get<std::string>();
                if (name == "AWS::Region" && !m_region.empty())
                    return m_region;
                if (m_parameters && m_parameters->contains(name)) {
                    const auto& parameter = (*m_parameters)[name];
                    if (parameter.is_object() && parameter.contains("Default"))
                        return parameter["Default"];
                    return value;
                }
                reference(name, path, s, dependsOn);
                return value;
            }
            if (key == "Fn::GetAtt") {
                if (arg.is_array() && !arg.empty() && arg[0].is_string())
                    reference(arg[0].get<std::string>(), path, s, dependsOn);
                else if (arg.is_string())
                    reference(arg.get<std::string>().substr(0, arg.get<std::string>().find('.')),
                              path, s, dependsOn);
                return value;
            }
            if (key == "Fn::Sub") {
                const auto& text = arg.is_array() && !arg.empty() ? arg[0] : arg;
                if (text.is_string())
                    substitutions(text.get<std::string>(), path, s, dependsOn);
                if (arg.is_array() && arg.size() > 1)
                    walk(arg[1], path, s, dependsOn, depth + 1);
                return value;
            }
            if (key == "Fn::ImportValue" && arg.is_string()) {
                s.references.emplace_back(path, "import:" + arg.get<std::string>());
                return value;
            }
        }
        json out = json::object();
        for (const auto& [key, item] : value.items())
            out[key] = walk(item, joinPath(path, key), s, dependsOn, depth + 1);
        return out;
    }

    Result<CloudFormationStack> read(const std::map<std::string, std::pair<int, int>>& positions)
    {
        CloudFormationStack stack;
        std::map<std::string, std::set<std::string>> edges;
        for (const auto& [logicalId, resource] : m_resources->items()) {
            const auto pointer = "/Resources/" + rs::json::escapePointerToken(logicalId);
            const auto where = [&]() {
                Location l{pointer, 0, 0, {}};
                if (const auto it = positions.find(pointer); it != positions.end())
                    std::tie(l.line, l.column) = it->second;
                return l;
            };
            const auto type = resource.is_object() ? resource.find("Type") : resource.end();
            if (type == resource.end() || !type->is_string()) {
                m_errors.push_back({ErrorCode::Missing, "a resource without a Type", where()});
                continue;
            }
            SourceResource s;
            s.tool = Tool::CloudFormation;
            s.address = m_prefix + logicalId;
            s.type = type->get<std::string>();
            s.file = m_file;
            s.pointer = pointer;
            if (where().line > 0)
                s.pointer += " (line " + std::to_string(where().line) + ")";
            s.region = m_region;
            std::set<std::string> dependsOn;
            if (const auto props = resource.find("Properties"); props != resource.end())
                s.values = walk(*props, "", s, dependsOn, 0);
            else
                s.values = json::object();
            if (const auto deps = resource.find("DependsOn"); deps != resource.end()) {
                if (deps->is_string())
                    dependsOn.insert(deps->get<std::string>());
                else if (deps->is_array())
                    for (const auto& d : *deps)
                        if (d.is_string())
                            dependsOn.insert(d.get<std::string>());
            }
            edges[logicalId] = std::move(dependsOn);
            nameFromCdkPath(resource, logicalId, s);
            stack.resources.push_back(std::move(s));
        }
        if (auto cycle = findCycle(edges); !cycle.empty()) {
            std::string text;
            for (const auto& id : cycle)
                text += (text.empty() ? "" : " -> ") + id;
            const auto pointer = "/Resources/" + rs::json::escapePointerToken(cycle.front());
            Location l{pointer, 0, 0, {}};
            if (const auto it = positions.find(pointer); it != positions.end())
                std::tie(l.line, l.column) = it->second;
            m_errors.push_back({ErrorCode::Inconsistent,
                                "resources reference each other in a cycle (" + text +
                                    "); CloudFormation rejects such a template",
                                l});
        }
        readExports(stack);
        if (!m_errors.empty())
            return m_errors;
        return stack;
    }

private:
    void reference(const std::string& logicalId, const std::string& path, SourceResource& s,
                   std::set<std::string>& dependsOn)
    {
        if (!m_resources->contains(logicalId))
            return; // a parameter without default, a pseudo parameter, or a typo CFN reports
        s.references.emplace_back(path, m_prefix + logicalId);
        dependsOn.insert(logicalId);
    }

    void substitutions(const std::string& text, const std::string& path, SourceResource& s,
                       std::set<std::string>& dependsOn)
    {
        for (auto open = text.find("${"); open != std::string::npos;
             open = text.find("${", open + 2)) {
            const auto close = text.find('}', open);
            if (close == std::string::npos)
                break;
            const auto name = text.substr(open + 2, close - open - 2);
            if (!name.empty() && name[0] != '!')
                reference(name.substr(0, name.find('.')), path, s, dependsOn);
        }
    }

    /// CDK writes each resource's construct path: `Stack/Orders/Table/Resource`. Its hashed
    /// logical ids (OrdersTable1A2B3C4D) change when a construct moves; the path reads better.
    static void nameFromCdkPath(const json& resource, const std::string& logicalId,
                                SourceResource& s)
    {
        s.displayName = logicalId;
        s.idHint = s.address;
        const auto metadata = resource.find("Metadata");
        if (metadata == resource.end() || !metadata->is_object())
            return;
        const auto path = metadata->find("aws:cdk:path");
        if (path == metadata->end() || !path->is_string())
            return;
        std::vector<std::string> parts;
        const auto text = path->get<std::string>();
        for (std::size_t start = 0; start <= text.size();) {
            const auto slash = std::min(text.find('/', start), text.size());
            parts.push_back(text.substr(start, slash - start));
            start = slash + 1;
        }
        if (parts.size() > 1)
            parts.erase(parts.begin()); // the stack's own name
        if (parts.size() > 1 && (parts.back() == "Resource" || parts.back() == "Default"))
            parts.pop_back();
        std::string name;
        std::string id;
        for (const auto& p : parts) {
            name += (name.empty() ? "" : "/") + p;
            id += (id.empty() ? "" : ".") + p;
        }
        s.displayName = name;
        s.idHint = s.address.substr(0, s.address.size() - logicalId.size()) + id;
    }

    static std::vector<std::string>
    findCycle(const std::map<std::string, std::set<std::string>>& edges)
    {
        enum class Mark
        {
            New,
            Open,
            Done
        };
        std::map<std::string, Mark> marks;
        std::vector<std::string> trail;
        std::vector<std::string> cycle;
        // Iterative depth-first search: a template's chain of references can be long.
        for (const auto& [start, ignored] : edges) {
            if (marks[start] != Mark::New)
                continue;
            std::vector<std::pair<std::string, std::set<std::string>::const_iterator>> stack;
            marks[start] = Mark::Open;
            stack.emplace_back(start, edges.at(start).begin());
            while (!stack.empty() && cycle.empty()) {
                auto& [node, next] = stack.back();
                if (next == edges.at(node).end()) {
                    marks[node] = Mark::Done;
                    stack.pop_back();
                    continue;
                }
                const auto target = *next++;
                if (!edges.contains(target))
                    continue;
                if (marks[target] == Mark::Open) {
                    bool in = false;
                    for (const auto& [n, it] : stack) {
                        in = in || n == target;
                        if (in)
                            cycle.push_back(n);
                    }
                    cycle.push_back(target);
                } else if (marks[target] == Mark::New) {
                    marks[target] = Mark::Open;
                    stack.emplace_back(target, edges.at(target).begin());
                }
            }
            if (!cycle.empty())
                break;
        }
        return cycle;
    }

    void readExports(CloudFormationStack& stack)
    {
        const auto outputs = m_doc.find("Outputs");
        if (outputs == m_doc.end() || !outputs->is_object())
            return;
        for (const auto& [name, output] : outputs->items()) {
            if (!output.is_object() || !output.contains("Export") || !output.contains("Value"))
                continue;
            const auto& exportName = output["Export"].value("Name", json());
            if (!exportName.is_string())
                continue;
            SourceResource probe;
            std::set<std::string> ignored;
            walk(output["Value"], "", probe, ignored, 0);
            if (!probe.references.empty())
                stack.exports[exportName.get<std::string>()] = probe.references.front().second;
        }
    }

    const json& m_doc;
    std::string m_file;
    std::string m_prefix;
    std::string m_region;
    const json* m_parameters = nullptr;
    const json* m_resources = nullptr;
    Errors m_errors;
};

} // namespace

std::string cloudFormationRegionHint(const json& doc)
{
    std::set<std::string> regions;
    if (const auto it = doc.find("Resources"); it != doc.end())
        scanArns(*it, regions, 0);
    return regions.size() == 1 ? *regions.begin() : std::string();
}

Result<CloudFormationStack>
readCloudFormation(const json& doc, const std::string& file, const std::string& prefix,
                   const std::string& region,
                   const std::map<std::string, std::pair<int, int>>& positions)
{
    if (!doc.is_object())
        return Error{ErrorCode::Type, "a CloudFormation template is an object", {"", 0, 0, {}}};
    if (const auto it = doc.find("AWSTemplateFormatVersion");
        it != doc.end() && *it != "2010-09-09")
        return Error{ErrorCode::NewerSchema,
                     "AWSTemplateFormatVersion " + it->dump() +
                         " is not 2010-09-09, the only version CloudFormation defines",
                     {"/AWSTemplateFormatVersion", 0, 0, {}}};
    const auto resources = doc.find("Resources");
    if (resources == doc.end() || !resources->is_object() || resources->empty())
        return Error{
            ErrorCode::Missing, "a template needs a Resources section", {"/Resources", 0, 0, {}}};
    return Reader(doc, file, prefix, region).read(positions);
}

} // namespace rs::import

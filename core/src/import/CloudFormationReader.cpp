#include "CloudFormationReader.h"

#include "SamEvents.h"
#include "TemplateContext.h"
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
    Reader(const json& doc, std::string file, std::string prefix, std::string region,
           const std::map<std::string, std::string>& parameters)
        : m_doc(doc)
        , m_file(std::move(file))
        , m_prefix(std::move(prefix))
        , m_region(region)
        , m_context(doc, std::move(region), parameters)
    {
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
                if (auto item =
                        walk(value[i], joinPath(path, std::to_string(i)), s, dependsOn, depth + 1);
                    !item.is_discarded())
                    out.push_back(std::move(item));
            return out;
        }
        if (!value.is_object())
            return value;
        if (value.size() == 1) {
            const auto& key = value.begin().key();
            const auto& arg = value.begin().value();
            if (key == "Ref" && arg.is_string()) {
                const auto name = arg.get<std::string>();
                if (name == "AWS::NoValue") // the property is left out
                    return json(json::value_t::discarded);
                if (m_context.isParameter(name))
                    return m_context.parameter(name).value_or(value);
                reference(name, path, s, dependsOn);
                return value;
            }
            if (key == "Fn::If" && arg.is_array() && arg.size() == 3 && arg[0].is_string()) {
                const auto name = arg[0].get<std::string>();
                const auto decided = decide(name, s.address + " " + path);
                return walk(arg[decided.value_or(true) ? 1 : 2], path, s, dependsOn, depth + 1);
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
                const auto variables = arg.is_array() && arg.size() > 1 ? arg[1] : json::object();
                walk(variables, path, s, dependsOn, depth + 1);
                if (!text.is_string())
                    return value;
                const auto references = s.references.size();
                substitutions(text.get<std::string>(), path, s, dependsOn);
                // A text of parameters only is known now: `orders-${AWS::Region}`.
                if (s.references.size() == references)
                    if (auto known = m_context.substitute(text.get<std::string>(), variables))
                        return *known;
                return value;
            }
            if (key == "Fn::FindInMap" || key == "Fn::Join" || key == "Fn::Select")
                if (auto known = m_context.evaluate(value))
                    return *known; // else its references are walked below
            if (key == "Fn::ImportValue" && arg.is_string()) {
                s.references.emplace_back(path, "import:" + arg.get<std::string>());
                return value;
            }
        }
        json out = json::object();
        for (const auto& [key, item] : value.items())
            if (auto walked = walk(item, joinPath(path, key), s, dependsOn, depth + 1);
                !walked.is_discarded())
                out[key] = std::move(walked);
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
            if (const auto c = resource.find("Condition"); c != resource.end() && c->is_string())
                if (!decide(c->get<std::string>(), s.address).value_or(true)) {
                    stack.notCreated.push_back(
                        {s.address, s.type, m_file + " " + s.pointer,
                         "not created in this deployment: its condition " + c->dump() +
                             " is false (" + m_context.valuesUsed(c->get<std::string>()) + ")"});
                    continue;
                }
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
        expandSamEvents(m_prefix, stack.resources, stack.notes);
        stack.notes.insert(stack.notes.end(), m_notes.begin(), m_notes.end());
        stack.parametersWanted = m_wanted;
        if (!m_errors.empty())
            return m_errors;
        return stack;
    }

private:
    /// A condition's value; an undecided or unknown one is noted once and taken as true.
    std::optional<bool> decide(const std::string& name, const std::string& where)
    {
        if (!m_context.hasCondition(name)) {
            m_errors.push_back({ErrorCode::Missing,
                                where + " uses the condition \"" + name +
                                    "\", which the template's Conditions do not define",
                                {"/Conditions", 0, 0, {}}});
            return std::nullopt;
        }
        const auto value = m_context.condition(name);
        if (!value && m_undecided.insert(name).second) {
            std::string wanted;
            for (const auto& p : m_context.missingParameters(name)) {
                wanted += (wanted.empty() ? "" : " ") + ("--parameter " + p + "=VALUE");
                m_wanted.insert(p);
            }
            m_notes.push_back(
                m_file + ": the condition \"" + name + "\" is undecided without " +
                (wanted.empty() ? std::string("values known only at deployment") : wanted) +
                "; its resources are imported and each Fn::If on it takes its "
                "first branch");
        }
        return value;
    }

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
            if (const auto c = output.find("Condition"); c != output.end() && c->is_string())
                if (!decide(c->get<std::string>(), "/Outputs/" + name).value_or(true))
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
    TemplateContext m_context;
    const json* m_resources = nullptr;
    std::set<std::string> m_undecided;
    std::set<std::string> m_wanted;
    std::vector<std::string> m_notes;
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
                   const std::map<std::string, std::pair<int, int>>& positions,
                   const std::map<std::string, std::string>& parameters)
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
    return Reader(doc, file, prefix, region, parameters).read(positions);
}

} // namespace rs::import

#include "TerraformReader.h"

#include <map>
#include <utility>

namespace rs::import {

namespace {

using nlohmann::json;

const json* child(const json& object, const char* key)
{
    if (!object.is_object() || !object.contains(key))
        return nullptr;
    const auto& value = object.at(key);
    return value.is_null() ? nullptr : &value;
}

json* child(json& object, const char* key)
{
    return const_cast<json*>(child(std::as_const(object), key));
}

std::string stringAt(const json& object, const char* key)
{
    const auto* value = child(object, key);
    return value && value->is_string() ? value->get<std::string>() : std::string();
}

/// `module.eu[0].module.db["a"]` -> `module.eu.module.db`: configuration is per module, not
/// per module instance.
std::string withoutIndices(const std::string& address)
{
    std::string out;
    int depth = 0;
    for (const char c : address) {
        if (c == '[')
            ++depth;
        else if (c == ']')
            --depth;
        else if (depth == 0)
            out += c;
    }
    return out;
}

std::string parentModule(const std::string& module)
{
    const auto at = module.rfind(".module.");
    return at == std::string::npos ? std::string() : module.substr(0, at);
}

/// What the configuration says about one module: its resources' expressions and provider keys,
/// its outputs, and the module call that made it.
struct ModuleConfig
{
    const json* call = nullptr;                   ///< the parent's module_calls entry
    std::map<std::string, const json*> resources; ///< by `type.name`
    const json* outputs = nullptr;
};

class Reader
{
public:
    Reader(json& doc, std::string file, std::string defaultRegion)
        : m_doc(doc)
        , m_file(std::move(file))
        , m_defaultRegion(std::move(defaultRegion))
    {}

    Result<std::vector<SourceResource>> read()
    {
        const auto* version = child(m_doc, "format_version");
        if (!version || !version->is_string())
            return Error{ErrorCode::Missing,
                         "no format_version: not the output of terraform show -json",
                         {"/format_version", 0, 0, {}}};
        const auto text = version->get<std::string>();
        if (!text.starts_with("0.") && !text.starts_with("1."))
            return Error{ErrorCode::NewerSchema,
                         "format_version \"" + text +
                             "\" is not one this program reads (0.x and 1.x, the formats of "
                             "Terraform 0.12 to 1.x)",
                         {"/format_version", 0, 0, {}}};
        json* root = nullptr;
        std::string rootPointer;
        if (auto* planned = child(m_doc, "planned_values")) {
            root = child(*planned, "root_module");
            rootPointer = "/planned_values/root_module";
        } else if (auto* values = child(m_doc, "values")) {
            root = child(*values, "root_module");
            rootPointer = "/values/root_module";
        }
        if (!root || !root->is_object())
            return Error{ErrorCode::Missing,
                         "neither planned_values nor values holds a root_module: a plan or "
                         "state without resources",
                         {"/planned_values", 0, 0, {}}};
        if (const auto* prior = child(m_doc, "prior_state"))
            if (const auto* values = child(*prior, "values"))
                if (const auto* priorRoot = child(*values, "root_module"))
                    indexPrior(*priorRoot);
        if (const auto* config = child(m_doc, "configuration")) {
            m_providers = child(*config, "provider_config");
            if (const auto* rootConfig = child(*config, "root_module"))
                indexConfig(*rootConfig, "", nullptr);
        }
        m_variables = child(m_doc, "variables");
        m_resources.reserve(resourceCount(*root, 0));
        readModule(*root, rootPointer, 0);
        if (!m_errors.empty())
            return m_errors;
        return std::move(m_resources);
    }

private:
    void indexPrior(const json& module)
    {
        if (const auto* resources = child(module, "resources"))
            for (const auto& r : *resources)
                if (const auto* values = child(r, "values"))
                    m_prior[stringAt(r, "address")] = values;
        if (const auto* children = child(module, "child_modules"))
            for (const auto& c : *children)
                indexPrior(c);
    }

    void indexConfig(const json& module, const std::string& key, const json* call)
    {
        auto& config = m_modules[key];
        config.call = call;
        config.outputs = child(module, "outputs");
        if (const auto* resources = child(module, "resources"))
            for (const auto& r : *resources)
                if (stringAt(r, "mode") == "managed")
                    config.resources[stringAt(r, "address")] = &r;
        if (const auto* calls = child(module, "module_calls"))
            for (const auto& [name, c] : calls->items())
                if (const auto* body = child(c, "module"))
                    indexConfig(*body, (key.empty() ? "" : key + ".") + "module." + name, &c);
    }

    /// A provider configuration's region: a constant, or a root variable's value.
    std::string regionOf(const json& providerConfig, const std::string& module) const
    {
        const auto* expressions = child(providerConfig, "expressions");
        const auto* region = expressions ? child(*expressions, "region") : nullptr;
        if (!region)
            return {};
        if (const auto* constant = child(*region, "constant_value");
            constant && constant->is_string())
            return constant->get<std::string>();
        const auto* refs = child(*region, "references");
        if (!refs || refs->empty() || !refs->front().is_string())
            return {};
        const auto ref = refs->front().get<std::string>();
        if (!ref.starts_with("var."))
            return {};
        const auto name = ref.substr(4);
        if (module.empty()) {
            if (!m_variables)
                return {};
            const auto* variable = child(*m_variables, name.c_str());
            const auto* value = variable ? child(*variable, "value") : nullptr;
            return value && value->is_string() ? value->get<std::string>() : std::string();
        }
        // A module's variable set by its call to a constant.
        const auto it = m_modules.find(module);
        const auto* call = it == m_modules.end() ? nullptr : it->second.call;
        const auto* args = call ? child(*call, "expressions") : nullptr;
        const auto* arg = args ? child(*args, name.c_str()) : nullptr;
        const auto* constant = arg ? child(*arg, "constant_value") : nullptr;
        return constant && constant->is_string() ? constant->get<std::string>() : std::string();
    }

    /// Follows a provider key from a module up to the configuration that sets its region: the
    /// module's own provider block, else the parent's. Terraform writes no `providers` map on a
    /// module call: a resource of a called module names the configuration passed to it
    /// (`aws.euw1`, the root's), and its module's own `aws` appears without expressions.
    std::string providerRegion(std::string module, std::string key, int depth = 0) const
    {
        if (depth > 64)
            return {};
        if (const auto colon = key.find(':'); colon != std::string::npos) {
            module = key.substr(0, colon);
            key = key.substr(colon + 1);
        }
        const auto qualified = module.empty() ? key : module + ":" + key;
        if (m_providers)
            if (const auto* config = child(*m_providers, qualified.c_str()))
                if (auto region = regionOf(*config, module); !region.empty())
                    return region;
        if (module.empty())
            return {};
        return providerRegion(parentModule(module), key, depth + 1);
    }

    void collectReferences(const json& expressions, const std::string& path,
                           const std::string& module,
                           std::vector<std::pair<std::string, std::string>>& out,
                           int depth = 0) const
    {
        if (depth > 64)
            return;
        if (expressions.is_object()) {
            if (const auto* refs = child(expressions, "references"); refs && refs->is_array()) {
                for (const auto& ref : *refs)
                    if (ref.is_string())
                        resolve(ref.get<std::string>(), module, path, out, 0);
                return;
            }
            for (const auto& [key, value] : expressions.items())
                collectReferences(value, joinPath(path, key), module, out, depth + 1);
        } else if (expressions.is_array()) {
            for (std::size_t i = 0; i < expressions.size(); ++i)
                collectReferences(expressions[i], joinPath(path, std::to_string(i)), module, out,
                                  depth + 1);
        }
    }

    /// A reference as written (`aws_sqs_queue.jobs.arn`, `module.db.table_arn`) to the
    /// configuration key of the resource it names (`module.db|aws_dynamodb_table.t`).
    void resolve(const std::string& ref, const std::string& module, const std::string& path,
                 std::vector<std::pair<std::string, std::string>>& out, int depth) const
    {
        if (depth > 16)
            return;
        for (const char* skip :
             {"var.", "local.", "data.", "each.", "count.", "path.", "terraform.", "self."})
            if (ref.starts_with(skip))
                return;
        const auto first = ref.find('.');
        if (first == std::string::npos)
            return;
        const auto second = ref.find('.', first + 1);
        const auto head = ref.substr(0, first);
        const auto nameWithIndex = ref.substr(
            first + 1, second == std::string::npos ? std::string::npos : second - first - 1);
        if (head == "module") {
            // A module's output: follow the output's own references inside the module.
            if (second == std::string::npos)
                return;
            const auto third = ref.find('.', second + 1);
            const auto output = ref.substr(
                second + 1, third == std::string::npos ? std::string::npos : third - second - 1);
            const auto inner =
                (module.empty() ? "" : module + ".") + "module." + withoutIndices(nameWithIndex);
            const auto it = m_modules.find(inner);
            if (it == m_modules.end() || !it->second.outputs)
                return;
            const auto* o = child(*it->second.outputs, output.c_str());
            const auto* expression = o ? child(*o, "expression") : nullptr;
            const auto* refs = expression ? child(*expression, "references") : nullptr;
            if (refs)
                for (const auto& r : *refs)
                    if (r.is_string())
                        resolve(r.get<std::string>(), inner, path, out, depth + 1);
            return;
        }
        const auto bracket = nameWithIndex.find('[');
        const auto name = nameWithIndex.substr(0, bracket);
        const auto index = bracket == std::string::npos ? "" : nameWithIndex.substr(bracket);
        out.emplace_back(path, module + "|" + head + "." + name + index);
    }

    void readModule(json& module, const std::string& pointer, int depth)
    {
        if (depth > 32) {
            m_errors.push_back(
                {ErrorCode::TooDeep, "modules nested more than 32 deep", {pointer, 0, 0, {}}});
            return;
        }
        const auto moduleAddress = stringAt(module, "address");
        const auto moduleKey = withoutIndices(moduleAddress);
        if (const auto resources = module.find("resources");
            resources != module.end() && resources->is_array()) {
            for (std::size_t i = 0; i < resources->size(); ++i)
                readResource((*resources)[i], pointer + "/resources/" + std::to_string(i),
                             moduleKey);
        }
        if (const auto children = module.find("child_modules");
            children != module.end() && children->is_array())
            for (std::size_t i = 0; i < children->size(); ++i)
                readModule((*children)[i], pointer + "/child_modules/" + std::to_string(i),
                           depth + 1);
    }

    /// Takes the resource's values out of the document: it is read once, and the values are the
    /// bulk of a plan.
    void readResource(json& r, const std::string& pointer, const std::string& moduleKey)
    {
        if (!r.is_object() || stringAt(r, "mode") == "data")
            return; // a data source reads what exists; it creates nothing
        SourceResource s;
        s.tool = Tool::Terraform;
        s.address = stringAt(r, "address");
        s.type = stringAt(r, "type");
        if (s.address.empty() || s.type.empty()) {
            m_errors.push_back(
                {ErrorCode::Missing, "a resource without address or type", {pointer, 0, 0, {}}});
            return;
        }
        s.file = m_file;
        s.pointer = pointer;
        if (const auto values = r.find("values"); values != r.end() && values->is_object())
            s.values = std::move(*values);
        else
            s.values = json::object();
        if (const auto it = m_prior.find(s.address); it != m_prior.end() && it->second->is_object())
            for (const auto& [key, value] : it->second->items())
                if (!s.values.contains(key) || s.values[key].is_null())
                    s.values[key] = value;
        const auto configKey = stringAt(r, "type") + "." + stringAt(r, "name");
        const ModuleConfig* module = nullptr;
        if (const auto it = m_modules.find(moduleKey); it != m_modules.end())
            module = &it->second;
        const json* config = nullptr;
        if (module)
            if (const auto it = module->resources.find(configKey); it != module->resources.end())
                config = it->second;
        s.region = config ? providerRegion(moduleKey, stringAt(*config, "provider_config_key"))
                          : std::string();
        if (s.region.empty())
            s.region = providerRegion(moduleKey, providerLocalName(stringAt(r, "provider_name")));
        if (s.region.empty())
            s.region = m_defaultRegion;
        if (config)
            if (const auto* expressions = child(*config, "expressions"))
                collectReferences(*expressions, "", moduleKey, s.references);
        s.references = instances(s.references, s.address);
        auto name = s.address;
        for (std::string::size_type at; (at = name.find("module.")) != std::string::npos;)
            name.erase(at, 7);
        s.idHint = name;
        s.displayName = stringAt(r, "name");
        m_resources.push_back(std::move(s));
    }

    /// `registry.terraform.io/hashicorp/aws` -> `aws`, the provider's default configuration.
    static std::string providerLocalName(const std::string& providerName)
    {
        const auto slash = providerName.rfind('/');
        return slash == std::string::npos ? providerName : providerName.substr(slash + 1);
    }

    /// Configuration keys to the planned instances' addresses. A reference that names no index
    /// reaches the instance with the referrer's own index where there is one, else all.
    std::vector<std::pair<std::string, std::string>>
    instances(const std::vector<std::pair<std::string, std::string>>& refs,
              const std::string& referrer)
    {
        if (m_instances.empty())
            for (const auto& s : m_allAddresses())
                m_instances[configKeyOf(s)].push_back(s);
        const auto bracket = referrer.rfind('[');
        const auto ownIndex = bracket == std::string::npos || referrer.back() != ']'
                                  ? std::string()
                                  : referrer.substr(bracket);
        std::vector<std::pair<std::string, std::string>> out;
        for (const auto& [path, key] : refs) {
            const auto keyBracket = key.find('[');
            const auto base = key.substr(0, keyBracket);
            const auto it = m_instances.find(base);
            if (it == m_instances.end())
                continue;
            const auto wanted = keyBracket != std::string::npos ? key.substr(keyBracket) : ownIndex;
            bool matched = false;
            if (!wanted.empty())
                for (const auto& address : it->second)
                    if (address.ends_with(wanted)) {
                        out.emplace_back(path, address);
                        matched = true;
                    }
            if (!matched)
                for (const auto& address : it->second)
                    out.emplace_back(path, address);
        }
        return out;
    }

    /// `module.eu[0].aws_sqs_queue.q[1]` -> `module.eu|aws_sqs_queue.q`.
    static std::string configKeyOf(const std::string& address)
    {
        const auto plain = withoutIndices(address);
        const auto at = plain.rfind("module.");
        if (at == std::string::npos)
            return "|" + plain;
        const auto dot = plain.find('.', at + 7);
        return plain.substr(0, dot) + "|" + plain.substr(dot + 1);
    }

    std::vector<std::string> m_allAddresses() const
    {
        std::vector<std::string> out;
        collectAddresses(child(m_doc, "planned_values") ? m_doc["planned_values"]["root_module"]
                                                        : m_doc["values"]["root_module"],
                         out, 0);
        return out;
    }

    static std::size_t resourceCount(const json& module, int depth)
    {
        std::size_t n = 0;
        if (const auto* resources = child(module, "resources"))
            n += resources->size();
        if (const auto* children = child(module, "child_modules"); children && depth < 32)
            for (const auto& c : *children)
                n += resourceCount(c, depth + 1);
        return n;
    }

    static void collectAddresses(const json& module, std::vector<std::string>& out, int depth)
    {
        if (depth > 32)
            return;
        if (const auto* resources = child(module, "resources"))
            for (const auto& r : *resources)
                if (stringAt(r, "mode") != "data")
                    out.push_back(stringAt(r, "address"));
        if (const auto* children = child(module, "child_modules"))
            for (const auto& c : *children)
                collectAddresses(c, out, depth + 1);
    }

    json& m_doc;
    std::string m_file;
    std::string m_defaultRegion;
    const json* m_providers = nullptr;
    const json* m_variables = nullptr;
    std::map<std::string, const json*> m_prior;
    std::map<std::string, ModuleConfig> m_modules;
    std::map<std::string, std::vector<std::string>> m_instances;
    std::vector<SourceResource> m_resources;
    Errors m_errors;
};

} // namespace

Result<std::vector<SourceResource>> readTerraform(json doc, const std::string& file,
                                                  const std::string& defaultRegion)
{
    if (!doc.is_object())
        return Error{ErrorCode::Type, "a Terraform plan or state is a JSON object", {"", 0, 0, {}}};
    return Reader(doc, file, defaultRegion).read();
}

} // namespace rs::import

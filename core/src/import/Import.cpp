#include "core/import/Import.h"

#include "CloudFormationReader.h"
#include "ImportMapper.h"
#include "TerraformReader.h"
#include "YamlDocument.h"
#include "core/DesignFile.h"
#include "core/JsonText.h"

#include <filesystem>
#include <iterator>
#include <set>
#include <sstream>

namespace rs::import {

namespace {

using nlohmann::json;

/// Limits for infrastructure files: plans nest blocks deeper than design files do.
rs::json::ParseLimits parseLimits(std::size_t maxBytes)
{
    return {maxBytes, 256};
}

Errors inFile(Errors errors, const std::string& file)
{
    for (auto& e : errors)
        e.message = file + ": " + e.message;
    return errors;
}

/// A region code in a file's name (`orders-eu-west-1.template.json`), if the catalogue knows it.
std::string regionInName(const std::string& path, const Catalogues& catalogues)
{
    const auto name = std::filesystem::path(path).filename().string();
    std::string best;
    for (const auto& region : catalogues.regions.regions())
        if (region.provider == Provider::Aws && region.code.size() > best.size() &&
            name.find(region.code) != std::string::npos)
            best = region.code;
    return best;
}

struct Parsed
{
    json doc;
    std::map<std::string, std::pair<int, int>> positions;
};

Result<Parsed> parseAny(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first != std::string::npos && text[first] == '{') {
        auto parsed = rs::json::parse(text, parseLimits(text.size() + 1));
        if (!parsed)
            return parsed.errors();
        return Parsed{std::move(parsed).value(), {}};
    }
    auto yaml = parseYaml(text);
    if (!yaml)
        return yaml.errors();
    if (!yaml.value().json.is_object())
        return Error{ErrorCode::Type,
                     "neither a Terraform plan (JSON) nor a CloudFormation template (a mapping)",
                     {"", 0, 0, {}}};
    return Parsed{std::move(yaml.value().json), std::move(yaml.value().positions)};
}

} // namespace

ImportSource parseImportArgument(std::string_view argument)
{
    const auto at = argument.rfind('@');
    if (at == std::string_view::npos || at == 0 || at + 1 == argument.size() ||
        argument.find('/', at) != std::string_view::npos)
        return {std::string(argument), {}};
    return {std::string(argument.substr(0, at)), std::string(argument.substr(at + 1))};
}

std::optional<ParameterValue> parseParameterArgument(std::string_view argument)
{
    const auto equals = argument.find('=');
    if (equals == std::string_view::npos || equals == 0)
        return std::nullopt;
    const auto scope = argument.substr(0, equals);
    // `us-west-2:Env=prod`; a pseudo parameter's own `::` (AWS::AccountId) is no region.
    auto colon = scope.find(':');
    if (colon != std::string_view::npos && scope.substr(colon).starts_with("::"))
        colon = std::string_view::npos;
    ParameterValue p;
    if (colon != std::string_view::npos) {
        p.region = std::string(scope.substr(0, colon));
        p.name = std::string(scope.substr(colon + 1));
    } else {
        p.name = std::string(scope);
    }
    p.value = std::string(argument.substr(equals + 1));
    if (p.name.empty() || (colon != std::string_view::npos && p.region.empty()))
        return std::nullopt;
    return p;
}

std::optional<InputFormat> detectFormat(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return InputFormat::Design;
    if (text[first] == '{') {
        // Each tool's top-level keys: a plan's format_version comes first; a template's
        // Resources may follow its Parameters.
        if (text.find("\"format_version\"") != std::string_view::npos)
            return InputFormat::TerraformJson;
        if (text.find("\"schemaVersion\"") != std::string_view::npos)
            return InputFormat::Design;
        if (text.find("\"Resources\"") != std::string_view::npos ||
            text.find("\"AWSTemplateFormatVersion\"") != std::string_view::npos)
            return InputFormat::CloudFormation;
        return std::nullopt;
    }
    // YAML: a template's first line that is not a comment is a top-level key.
    auto line = text.substr(first);
    while (line.starts_with("#") || line.starts_with("---")) {
        const auto next = line.find('\n');
        if (next == std::string_view::npos)
            return InputFormat::Design;
        line = line.substr(line.find_first_not_of(" \t\r\n", next) == std::string_view::npos
                               ? line.size()
                               : line.find_first_not_of(" \t\r\n", next));
    }
    const auto colon = line.find(':');
    const auto key = line.substr(0, colon);
    const bool isKey = colon != std::string_view::npos && !key.empty() &&
                       key.find_first_of(" \t\n{}[]\"") == std::string_view::npos;
    return isKey ? InputFormat::CloudFormation : InputFormat::Design;
}

Result<ImportResult> importFiles(const std::vector<ImportSource>& sources,
                                 const Catalogues& catalogues, const ImportOptions& options)
{
    const auto map = ResourceTypeMap::builtIn();
    if (!map)
        return inFile(map.errors(), "resource-types.json");
    std::vector<SourceResource> all;
    std::map<std::string, std::string> exports;
    std::vector<SkippedResource> notCreated;
    std::vector<std::string> notes;
    std::set<std::string> wanted;
    Errors errors;
    const bool several = sources.size() > 1;
    // One template deployed to several regions: each stack's addresses name its region too.
    std::map<std::string, int> stems;
    for (const auto& source : sources)
        ++stems[std::filesystem::path(source.path).stem().string()];
    std::string names;
    for (const auto& source : sources) {
        const auto stem = std::filesystem::path(source.path).stem().string();
        names +=
            (names.empty() ? "" : ", ") + std::filesystem::path(source.path).filename().string();
        auto text = readTextFile(source.path, options.maxBytes);
        if (!text) {
            auto more = inFile(text.errors(), source.path);
            errors.insert(errors.end(), more.begin(), more.end());
            continue;
        }
        auto parsed = parseAny(text.value());
        if (!parsed) {
            auto more = inFile(parsed.errors(), source.path);
            errors.insert(errors.end(), more.begin(), more.end());
            continue;
        }
        auto& doc = parsed.value().doc;
        const auto prefix = several ? stem + ":" : std::string();
        if (doc.contains("format_version")) {
            auto resources = readTerraform(std::move(doc), source.path,
                                           source.region.empty() ? options.region : source.region);
            if (!resources) {
                auto more = inFile(resources.errors(), source.path);
                errors.insert(errors.end(), more.begin(), more.end());
                continue;
            }
            all.reserve(all.size() + resources.value().size());
            for (auto& r : resources.value()) {
                r.address = prefix + r.address;
                r.idHint = prefix + r.idHint;
                for (auto& [path, target] : r.references)
                    target = prefix + target;
                all.push_back(std::move(r));
            }
            continue;
        }
        if (doc.contains("schemaVersion")) {
            errors.push_back({ErrorCode::Type,
                              source.path + ": a design file, not infrastructure code",
                              {"", 0, 0, {}}});
            continue;
        }
        // The stack's region: the command line, the file's name, the template, the default.
        auto region = source.region;
        if (region.empty())
            region = regionInName(source.path, catalogues);
        if (region.empty())
            region = cloudFormationRegionHint(doc);
        if (region.empty()) // the first of the defaults, one per provider
            region = options.region.substr(0, options.region.find(','));
        if (region.empty()) {
            errors.push_back({ErrorCode::Missing,
                              source.path + ": nothing says which region this stack is in: give "
                                            "FILE@REGION or --region REGION",
                              {"", 0, 0, {}}});
            continue;
        }
        std::map<std::string, std::string> parameters;
        for (const auto& p : options.parameters)
            if (p.region.empty())
                parameters.emplace(p.name, p.value);
        for (const auto& p : options.parameters)
            if (p.region == region)
                parameters[p.name] = p.value;
        const auto stackPrefix = stems[stem] > 1 ? stem + "@" + region + ":" : prefix;
        auto stack = readCloudFormation(doc, source.path, stackPrefix, region,
                                        parsed.value().positions, parameters);
        if (!stack) {
            auto more = inFile(stack.errors(), source.path);
            errors.insert(errors.end(), more.begin(), more.end());
            continue;
        }
        exports.merge(stack.value().exports);
        for (auto& r : stack.value().resources)
            all.push_back(std::move(r));
        std::move(stack.value().notCreated.begin(), stack.value().notCreated.end(),
                  std::back_inserter(notCreated));
        std::move(stack.value().notes.begin(), stack.value().notes.end(),
                  std::back_inserter(notes));
        wanted.merge(stack.value().parametersWanted);
    }
    if (!errors.empty())
        return errors;
    // Fn::ImportValue reaches the resource another imported stack exports under that name.
    for (auto& r : all)
        for (auto& [path, target] : r.references)
            if (target.starts_with("import:"))
                if (const auto it = exports.find(target.substr(7)); it != exports.end())
                    target = it->second;
    auto result = mapResources(std::move(all), map.value(), catalogues);
    if (result) {
        result.value().design.name = "Imported from " + names;
        auto& report = result.value().report;
        report.unmapped.insert(report.unmapped.end(), notCreated.begin(), notCreated.end());
        report.notes.insert(report.notes.begin(), notes.begin(), notes.end());
        report.parametersWanted.assign(wanted.begin(), wanted.end());
    }
    return result;
}

std::string reportText(const ImportReport& report)
{
    std::ostringstream out;
    out << "Mapped " << report.mapped.size() << " resources:\n";
    for (const auto& m : report.mapped)
        out << "  " << m.address << " (" << m.type << ") -> "
            << (m.serviceId.empty() ? m.kind : m.serviceId + " [" + m.kind + "]") << "\n";
    out << "Inferred " << report.links.size() << " links:\n";
    for (const auto& l : report.links)
        out << "  " << l.from << " -" << enumName(l.kind) << "-> " << l.to << "  (" << l.because
            << ")\n";
    out << "Not drawn " << report.unmapped.size() << ":\n";
    for (const auto& u : report.unmapped)
        out << "  " << u.address << " (" << u.type << "): " << u.reason << "\n";
    for (const auto& n : report.notes)
        out << "note: " << n << "\n";
    return out.str();
}

void applyBase(Design& imported, const Design& base)
{
    imported.name = base.name;
    imported.description = base.description;
    imported.workload = base.workload;
    imported.targets = base.targets;
    imported.operations = base.operations;
    imported.assumptions = base.assumptions;
    imported.ruleSettings = base.ruleSettings;
    double left = 100.0;
    std::vector<Region*> unmatched;
    for (auto& entry : imported.regions) {
        // Not a structured binding: clang 14 (the sanitized build) cannot capture one.
        auto& region = entry.second;
        const auto match =
            std::find_if(base.regions.begin(), base.regions.end(), [&](const auto& b) {
                return b.second.provider == region.provider && b.second.code == region.code;
            });
        if (match == base.regions.end()) {
            unmatched.push_back(&region);
            continue;
        }
        region.role = match->second.role;
        region.trafficPercent = match->second.trafficPercent;
        region.headroomPercent = match->second.headroomPercent;
        left -= region.trafficPercent;
    }
    for (auto* region : unmatched)
        region->trafficPercent = std::max(0.0, left) / static_cast<double>(unmatched.size());
}

} // namespace rs::import

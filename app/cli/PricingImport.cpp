#include "PricingSupport.h"
#include "PricingVerbs.h"
#include "pricing/import/CatalogueImport.h"
#include "pricing/update/PriceUpdate.h"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <sstream>

namespace rs::cli::pricingcli {

namespace {

/// --base VERSION|none into ImportOptions; false (and a message) when unreadable.
bool readImportOptions(const ParsedArgs& a, pricing::ImportOptions& options, std::ostream& err)
{
    options.activate = a.has("--activate");
    options.undatedFileDate = a.option("--date").value_or("");
    if (const auto provider = a.option("--provider")) {
        options.provider = providerNamed(*provider);
        if (!options.provider) {
            err << "resilience pricing: unknown provider \"" << *provider
                << "\": expected aws, azure or gcp\n";
            return false;
        }
    }
    if (const auto base = a.option("--base")) {
        if (*base == "none") {
            options.baseVersion = 0;
        } else {
            const auto id = versionNumber(*base, err);
            if (!id)
                return false;
            options.baseVersion = *id;
        }
    }
    return true;
}

std::vector<std::string> commaList(const std::optional<std::string>& text)
{
    std::vector<std::string> out;
    if (!text)
        return out;
    std::stringstream in(*text);
    for (std::string item; std::getline(in, item, ',');) {
        if (!item.empty())
            out.push_back(item);
    }
    return out;
}

int printOutcome(const ParsedArgs& a, CommandContext& context, pricing::PriceCatalogue& catalogue,
                 const Result<pricing::ImportOutcome>& outcome)
{
    if (!outcome) {
        printErrors(context.err, outcome.errors());
        context.err << "resilience pricing: nothing was imported; the catalogue is unchanged\n";
        return ExitFailed;
    }
    const auto version = catalogue.version(outcome.value().versionId);
    if (!version) {
        printErrors(context.err, version.errors());
        return ExitUsage;
    }
    const auto& v = version.value();
    if (a.has("--json")) {
        nlohmann::ordered_json out{{"version", v.id},
                                   {"provider", enumName(v.provider)},
                                   {"status", enumName(v.status)},
                                   {"effectiveDate", v.effectiveDate},
                                   {"rows", v.rowCount},
                                   {"report", nlohmann::ordered_json::parse(v.report)}};
        context.out << out.dump(2) << "\n";
        return ExitOk;
    }
    context.out << "version " << v.id << " (" << enumName(v.provider) << ", " << v.rowCount
                << " rows, effective " << v.effectiveDate << ") is "
                << (v.status == pricing::VersionStatus::Active ? "now active" : "stored, inactive")
                << "\n"
                << outcome.value().report.toText();
    if (!v.note.empty())
        context.out << v.note << "\n";
    if (v.status == pricing::VersionStatus::Active)
        return ExitOk;
    const auto versions = catalogue.versions();
    for (const auto& other : versions ? versions.value() : std::vector<pricing::VersionInfo>{}) {
        if (other.provider == v.provider && other.status == pricing::VersionStatus::Active)
            context.out << "compare:  resilience pricing diff " << other.id << " " << v.id
                        << " --designs FILE...\n";
    }
    context.out << "activate: resilience pricing activate " << v.id << "\n";
    return ExitOk;
}

} // namespace

int importFiles(const ParsedArgs& a, CommandContext& context)
{
    pricing::ImportOptions options;
    if (!readImportOptions(a, options, context.err))
        return ExitUsage;
    std::vector<std::filesystem::path> files(a.positional.begin() + 1, a.positional.end());
    auto catalogue = openCatalogue(a, context.err);
    if (!catalogue)
        return ExitUsage;
    const ProgressPrinter progress(context.err);
    const auto outcome = pricing::importPriceFiles(*catalogue, files, options, progress.control());
    return printOutcome(a, context, *catalogue, outcome);
}

int updateFromProvider(const ParsedArgs& a, CommandContext& context)
{
    pricing::UpdateOptions options;
    if (!readImportOptions(a, options.import, context.err))
        return ExitUsage;
    if (!options.import.provider) {
        context.err << "resilience pricing: update needs --provider aws, azure or gcp\n";
        return ExitUsage;
    }
    options.provider = *options.import.provider;
    options.baseUrl = a.option("--base-url").value_or("");
    options.regions = commaList(a.option("--region"));
    options.services = commaList(a.option("--service"));
    options.apiKey = a.option("--api-key").value_or("");
    if (options.apiKey.empty()) {
        if (const char* key = std::getenv("RS_GCP_API_KEY"))
            options.apiKey = key;
    }
    if (const auto folder = a.option("--download-dir"))
        options.downloadFolder = *folder;
    auto catalogue = openCatalogue(a, context.err);
    if (!catalogue)
        return ExitUsage;
    const ProgressPrinter progress(context.err);
    const auto outcome = pricing::updatePrices(*catalogue, options, progress.control());
    return printOutcome(a, context, *catalogue, outcome);
}

} // namespace rs::cli::pricingcli

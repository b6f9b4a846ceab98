#include "PricingCommand.h"

#include "CommandLine.h"
#include "PricingSupport.h"
#include "PricingVerbs.h"
#include "pricing/PriceCatalogue.h"

#include <nlohmann/json.hpp>

#include <map>
#include <set>

namespace rs::cli {

namespace {

using namespace pricingcli;

int listVersions(const ParsedArgs& a, CommandContext& context)
{
    auto catalogue = openCatalogue(a, context.err);
    if (!catalogue)
        return ExitUsage;
    const auto versions = catalogue->versions();
    if (!versions) {
        printErrors(context.err, versions.errors());
        return ExitUsage;
    }
    if (a.has("--json")) {
        auto out = nlohmann::ordered_json::array();
        for (const auto& v : versions.value()) {
            nlohmann::ordered_json version{{"id", v.id},
                                           {"provider", enumName(v.provider)},
                                           {"status", enumName(v.status)},
                                           {"source", v.source},
                                           {"format", v.format},
                                           {"effectiveDate", v.effectiveDate},
                                           {"importedAt", v.importedAt},
                                           {"rows", v.rowCount},
                                           {"checksum", v.checksum}};
            // A report that is not JSON (written by hand, or damaged) is left out: dumped as a
            // discarded value it would print "<discarded>" and break the whole document.
            if (auto report = nlohmann::ordered_json::parse(v.report, nullptr, false);
                !v.report.empty() && !report.is_discarded())
                version["report"] = std::move(report);
            out.push_back(std::move(version));
        }
        context.out << out.dump(2) << "\n";
        return ExitOk;
    }
    const auto option = a.option("--catalog");
    context.out << pricing::shownLocation(option ? *option
                                                 : pricing::defaultCataloguePath().string())
                << "\n";
    for (const auto& v : versions.value())
        context.out << "  " << v.id << "  " << enumName(v.provider) << "  " << enumName(v.status)
                    << "  " << v.rowCount << " rows  effective " << v.effectiveDate << "  imported "
                    << v.importedAt << "  " << v.source << "\n";
    return ExitOk;
}

int activateVersion(const ParsedArgs& a, CommandContext& context)
{
    const auto id = versionNumber(a.positional[1], context.err);
    if (!id)
        return ExitUsage;
    auto catalogue = openCatalogue(a, context.err);
    if (!catalogue)
        return ExitUsage;
    if (const auto done = catalogue->activate(*id); !done) {
        printErrors(context.err, done.errors());
        return ExitUsage;
    }
    context.out << "version " << *id << " is now active\n";
    return ExitOk;
}

int rollbackProvider(const ParsedArgs& a, CommandContext& context)
{
    const auto name =
        a.positional.size() == 2 ? a.positional[1] : a.option("--provider").value_or("");
    const auto provider = providerNamed(name);
    if (!provider) {
        context.err << "resilience pricing: rollback needs a provider: aws, azure or gcp\n";
        return ExitUsage;
    }
    auto catalogue = openCatalogue(a, context.err);
    if (!catalogue)
        return ExitUsage;
    const auto before = catalogue->loadActivePriceBook();
    const auto id = catalogue->rollback(*provider);
    if (!id) {
        printErrors(context.err, id.errors());
        return ExitUsage;
    }
    context.out << enumName(*provider) << ": version " << id.value() << " is active again";
    if (before)
        context.out << " (prices were " << before.value().version() << ")";
    context.out << "\n";
    return ExitOk;
}

struct Verb
{
    std::size_t minPositional;
    std::size_t maxPositional; ///< including the verb
    std::set<std::string> options;
    int (*run)(const ParsedArgs&, CommandContext&);
};

const std::map<std::string, Verb>& verbs()
{
    static const std::map<std::string, Verb> table{
        {"list", {1, 1, {"--catalog", "--json"}, &listVersions}},
        {"activate", {2, 2, {"--catalog"}, &activateVersion}},
        {"rollback", {1, 2, {"--catalog", "--provider"}, &rollbackProvider}},
        {"discount", {3, 3, {"--catalog"}, &setDiscount}},
        {"override", {3, 4, {"--catalog", "--note", "--remove"}, &setOverride}},
        {"coverage",
         {1,
          1,
          {"--catalog", "--json", "--markdown", "--provider", "--strict-prices"},
          &showCoverage}},
        {"import",
         {2,
          1000,
          {"--catalog", "--json", "--provider", "--base", "--activate", "--date"},
          &importFiles}},
        {"build-bundled", {1, 1, {"--sources", "--hand", "--output"}, &pricingcli::buildBundled}},
        {"update",
         {1,
          1,
          {"--catalog", "--json", "--provider", "--base", "--activate", "--base-url", "--region",
           "--service", "--api-key", "--download-dir"},
          &updateFromProvider}},
        {"diff",
         {3, 1000, {"--catalog", "--json", "--designs", "--limit"}, &pricingcli::diffVersions}},
        {"push", {2, 2, {"--catalog", "--team", "--activate"}, &pricingcli::pushVersion}},
        {"pull", {2, 2, {"--catalog", "--team", "--activate"}, &pricingcli::pullVersion}},
    };
    return table;
}

} // namespace

std::string_view PricingCommand::usage() const
{
    return "Usage: resilience pricing list [--json]\n"
           "       resilience pricing import FILE... [--provider aws|azure|gcp]\n"
           "                                 [--base VERSION|none] [--date YYYY-MM-DD]\n"
           "                                 [--activate] [--json]\n"
           "       resilience pricing update --provider aws|azure|gcp [--base-url URL]\n"
           "                                 [--region CODE,...] [--service NAME,...]\n"
           "                                 [--api-key KEY] [--download-dir DIR]\n"
           "                                 [--base VERSION|none] [--activate] [--json]\n"
           "       resilience pricing diff VERSION1 VERSION2 [--designs FILE...] [--limit N]\n"
           "                                 [--json]\n"
           "       resilience pricing activate VERSION\n"
           "       resilience pricing rollback aws|azure|gcp\n"
           "       resilience pricing discount aws|azure|gcp PERCENT\n"
           "       resilience pricing override KEY REGION PRICE [--note TEXT] | --remove\n"
           "       resilience pricing coverage [--provider aws|azure|gcp|neutral]\n"
           "                                 [--json|--markdown] [--strict-prices]\n"
           "       resilience pricing build-bundled --sources DIR --hand FILE --output FILE\n"
           "       resilience pricing push|pull VERSION [--team URL] [--activate]\n"
           "  (every form takes --catalog PATH or --catalog postgresql://user@host/db)\n\n"
           "The price catalogue holds dated price-table versions, one active per provider.\n"
           "Without --catalog it is the user's own, created from the bundled price table on\n"
           "first use.\n\n"
           "import reads AWS offer files (JSON or CSV) and pricing-page data files (a pivot\n"
           "without a date needs --date), Azure Retail Prices pages and Google Cloud Billing\n"
           "Catalog SKU pages (docs/price-import.md) into a new version: the\n"
           "files' prices, and the base version's (default: the active one) for the items the\n"
           "files do not price. update downloads them from the provider (Google needs an API\n"
           "key: --api-key or RS_GCP_API_KEY). diff lists added, removed and changed prices and\n"
           "what each design costs under both versions. rollback re-activates the version\n"
           "that was active before. discount takes PERCENT off a provider's list prices (0\n"
           "removes it); override replaces one item's price in one region, in USD per unit, or\n"
           "adds a custom price where the list has none there; every estimate uses both.\n"
           "coverage shows which service kind is priced in which region: from a price file,\n"
           "a pricing page, a custom price, borrowed from the nearest region, or missing.\n"
           "Ctrl-C cancels an import or update; nothing is stored.\n"
           "push copies a version of the local catalogue, with its rows, checksum and import\n"
           "report, to the team's (--team or RS_TEAM_CATALOGUE, docs/team-catalogue.md); pull\n"
           "copies a team version into the local one, to work offline.\n\n"
           "Exit codes: 0 done, 1 an import or update failed (bad file, server error),\n"
           "2 usage error or an unusable catalogue.\n";
}

int PricingCommand::run(const std::vector<std::string>& args, CommandContext& context) const
{
    const auto parsed =
        parseArgs(args, {{"--json", "--activate", "--remove", "--markdown", "--strict-prices"},
                         {"--catalog", "--provider", "--base", "--designs", "--limit", "--base-url",
                          "--region", "--service", "--api-key", "--download-dir", "--note",
                          "--date", "--sources", "--hand", "--output", "--team"}});
    const auto* a = std::get_if<ParsedArgs>(&parsed);
    const auto verb = a && !a->positional.empty() ? a->positional.front() : std::string();
    const auto it = verbs().find(verb);
    std::string problem = a ? std::string() : std::get<std::string>(parsed);
    if (a && it == verbs().end())
        problem = "expected list, import, update, diff, activate, rollback, discount, override, "
                  "coverage, build-bundled, push or pull";
    if (problem.empty()) {
        const auto& spec = it->second;
        if (a->positional.size() < spec.minPositional || a->positional.size() > spec.maxPositional)
            problem = "wrong number of arguments for '" + verb + "'";
        for (const auto& flag : a->flags) {
            if (!spec.options.contains(flag))
                problem = "'" + verb + "' does not take " + flag;
        }
        for (const auto& [option, value] : a->options) {
            if (!spec.options.contains(option))
                problem = "'" + verb + "' does not take " + option;
        }
    }
    if (!problem.empty()) {
        context.err << "resilience pricing: " << problem << "\n" << usage();
        return ExitUsage;
    }
    return it->second.run(*a, context);
}

} // namespace rs::cli

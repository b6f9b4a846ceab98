#include "PricingCommand.h"

#include "CommandLine.h"
#include "pricing/PriceCatalogue.h"

#include <nlohmann/json.hpp>

namespace rs::cli {

namespace {

void printErrors(std::ostream& err, const Errors& errors)
{
    for (const auto& e : errors)
        err << "resilience pricing: " << e.toString() << "\n";
}

} // namespace

std::string_view PricingCommand::usage() const
{
    return "Usage: resilience pricing list [--catalog PATH] [--json]\n"
           "       resilience pricing activate VERSION [--catalog PATH]\n\n"
           "The price catalogue holds dated price-table versions, one active per provider.\n"
           "Without --catalog it is the user's own, created from the bundled price table on\n"
           "first use.\n\n"
           "Exit codes: 0 done, 2 usage error or an unusable catalogue.\n";
}

int PricingCommand::run(const std::vector<std::string>& args, CommandContext& context) const
{
    const auto parsed = parseArgs(args, {{"--json"}, {"--catalog"}});
    const auto* a = std::get_if<ParsedArgs>(&parsed);
    const auto verb = a && !a->positional.empty() ? a->positional.front() : std::string();
    const bool list = verb == "list" && a->positional.size() == 1;
    const bool activate = verb == "activate" && a->positional.size() == 2;
    if (!list && !activate) {
        context.err << "resilience pricing: "
                    << (a ? "expected 'list' or 'activate VERSION'" : std::get<std::string>(parsed))
                    << "\n"
                    << usage();
        return ExitUsage;
    }
    const auto catalogOption = a->option("--catalog");
    const auto path =
        catalogOption ? std::filesystem::path(*catalogOption) : pricing::defaultCataloguePath();
    auto catalogue = pricing::PriceCatalogue::openOrCreate(path);
    if (!catalogue) {
        printErrors(context.err, catalogue.errors());
        return ExitUsage;
    }
    if (activate) {
        int id = 0;
        try {
            id = std::stoi(a->positional[1]);
        } catch (const std::exception&) {
            context.err << "resilience pricing: \"" << a->positional[1]
                        << "\" is not a version number\n";
            return ExitUsage;
        }
        if (const auto done = catalogue.value().activate(id); !done) {
            printErrors(context.err, done.errors());
            return ExitUsage;
        }
        context.out << "version " << id << " is now active\n";
        return ExitOk;
    }
    const auto versions = catalogue.value().versions();
    if (!versions) {
        printErrors(context.err, versions.errors());
        return ExitUsage;
    }
    if (a->has("--json")) {
        auto out = nlohmann::ordered_json::array();
        for (const auto& v : versions.value())
            out.push_back(nlohmann::ordered_json{{"id", v.id},
                                                 {"provider", enumName(v.provider)},
                                                 {"status", enumName(v.status)},
                                                 {"source", v.source},
                                                 {"format", v.format},
                                                 {"effectiveDate", v.effectiveDate},
                                                 {"importedAt", v.importedAt},
                                                 {"rows", v.rowCount},
                                                 {"checksum", v.checksum}});
        context.out << out.dump(2) << "\n";
        return ExitOk;
    }
    context.out << path.string() << "\n";
    for (const auto& v : versions.value())
        context.out << "  " << v.id << "  " << enumName(v.provider) << "  " << enumName(v.status)
                    << "  " << v.rowCount << " rows  effective " << v.effectiveDate << "  imported "
                    << v.importedAt << "  " << v.source << "\n";
    return ExitOk;
}

} // namespace rs::cli

#include "PricingSupport.h"
#include "PricingVerbs.h"
#include "core/cost/CoverageReport.h"

namespace rs::cli::pricingcli {

int showCoverage(const ParsedArgs& a, CommandContext& context)
{
    const auto name = a.option("--provider");
    const auto provider = name ? enumFromName<Provider>(*name) : std::nullopt;
    std::string problem = name && !provider
                              ? "--provider takes aws, azure, gcp or neutral, not \"" + *name + "\""
                          : a.has("--json") && a.has("--markdown") ? "choose --json or --markdown"
                          : name && a.has("--markdown")
                              ? "--markdown writes every provider's section; leave out --provider"
                              : "";
    if (!problem.empty()) {
        context.err << "resilience pricing: " << problem << "\n";
        return ExitUsage;
    }
    auto catalogue = openCatalogue(a, context.err);
    if (!catalogue)
        return ExitUsage;
    const auto book = catalogue->loadActivePriceBook();
    if (!book) {
        printErrors(context.err, book.errors());
        return ExitUsage;
    }
    const auto coverage = priceCoverage(context.catalogues, book.value(), a.has("--strict-prices"));
    if (a.has("--markdown"))
        context.out << coverageMarkdown(coverage);
    else if (a.has("--json"))
        context.out << coverageJson(coverage, provider);
    else
        context.out << coverageText(coverage, provider);
    return ExitOk;
}

} // namespace rs::cli::pricingcli

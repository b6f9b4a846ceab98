#include "ImportCommand.h"

#include "CommandLine.h"
#include "DesignInput.h"
#include "GuiApplication.h"
#include "core/DesignFile.h"
#include "core/DesignFormat.h"
#include "core/import/Import.h"
#include "layout/Arrange.h"

#include <algorithm>
#include <stdexcept>

namespace rs::cli {

std::string_view ImportCommand::usage() const
{
    return "Usage: resilience import FILE[@REGION]... [-o DESIGN] [--region REGION]\n"
           "                         [--parameter [REGION:]NAME=VALUE]... [--base DESIGN]\n\n"
           "Reads Terraform plans or states (terraform show -json) and CloudFormation or CDK\n"
           "templates (JSON or YAML) and combines them into one design, laid out as\n"
           "Design > Arrange does. Prints what became of each resource, the links the code\n"
           "implies, and every resource not drawn with the reason.\n\n"
           "  FILE@REGION      the region a CloudFormation stack is deployed to\n"
           "  -o, --output DESIGN  write the design there (else to standard output, the report\n"
           "                   to standard error)\n"
           "  --region REGION  for stacks and providers that name no region\n"
           "  --parameter [REGION:]NAME=VALUE\n"
           "                   a CloudFormation parameter's value, for every stack or for the\n"
           "                   stacks in REGION; the others take their defaults. Conditions\n"
           "                   decide with them which resources the deployment has\n"
           "  --base DESIGN    take the name, workload, targets, operations and region roles\n"
           "                   and traffic from this design\n\n"
           "Exit codes: 0 imported, 1 a file is invalid, 2 usage or I/O error.\n";
}

int ImportCommand::run(const std::vector<std::string>& args, CommandContext& context) const
{
    auto spelled = args; // -o is --output's short form
    std::replace(spelled.begin(), spelled.end(), std::string("-o"), std::string("--output"));
    const auto parsed =
        parseArgs(spelled, {{}, {"--output", "--region", "--base"}, {"--parameter"}});
    const auto* a = std::get_if<ParsedArgs>(&parsed);
    if (!a || a->positional.empty()) {
        context.err << "resilience import: "
                    << (a ? "give at least one plan or template" : std::get<std::string>(parsed))
                    << "\n"
                    << usage();
        return ExitUsage;
    }
    std::vector<import::ImportSource> sources;
    for (const auto& file : a->positional)
        sources.push_back(import::parseImportArgument(file));
    import::ImportOptions options;
    options.region = a->option("--region").value_or("");
    for (const auto& text : a->values("--parameter")) {
        const auto parameter = import::parseParameterArgument(text);
        if (!parameter) {
            context.err << "resilience import: --parameter " << text
                        << ": give NAME=VALUE or REGION:NAME=VALUE\n";
            return ExitUsage;
        }
        options.parameters.push_back(*parameter);
    }
    auto imported = import::importFiles(sources, context.catalogues, options);
    if (!imported) {
        for (const auto& e : imported.errors())
            context.err << "resilience import: " << e.toString() << "\n";
        return imported.errors().front().code == ErrorCode::Io ? ExitUsage : ExitFailed;
    }
    auto& design = imported.value().design;
    if (const auto base = a->option("--base")) {
        int exitCode = ExitOk;
        const auto baseDesign = loadDesignForCommand(*base, context, exitCode);
        if (!baseDesign)
            return exitCode;
        import::applyBase(design, *baseDesign);
    }
    std::string problem;
    const auto app = guiApplication("Card sizes", problem); // Arrange measures in a font
    if (!problem.empty()) {
        context.err << "resilience import: " << problem << "\n";
        return ExitUsage;
    }
    try {
        layout::apply(layout::arrange(design), design);
    } catch (const std::runtime_error& e) {
        context.err << "resilience import: the design could not be laid out: " << e.what() << "\n";
    }
    const auto output = a->option("--output");
    auto& reportOut = output ? context.out : context.err;
    reportOut << import::reportText(imported.value().report);
    if (!output) {
        context.out << writeDesign(design);
        return ExitOk;
    }
    if (auto saved = saveDesignFile(*output, design); !saved) {
        for (const auto& e : saved.errors())
            context.err << "resilience import: " << e.toString() << "\n";
        return ExitUsage;
    }
    context.out << "Wrote " << *output << " (" << design.services.size() << " services, "
                << design.links.size() << " links, " << design.regions.size() << " regions)\n";
    return ExitOk;
}

} // namespace rs::cli

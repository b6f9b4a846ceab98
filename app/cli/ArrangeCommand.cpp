#include "ArrangeCommand.h"

#include "CommandLine.h"
#include "GuiApplication.h"
#include "RewriteFiles.h"
#include "layout/Arrange.h"

#include <stdexcept>

namespace rs::cli {

std::string_view ArrangeCommand::usage() const
{
    return "Usage: resilience arrange FILE...\n\n"
           "Lays each valid design file out as Design > Arrange does, with Graphviz's dot:\n"
           "global services on top, regions side by side, the cards in a region in the order\n"
           "of their flow, each card as large as its name needs. Saves the file in canonical\n"
           "form; only positions and region sizes change.\n\n"
           "Exit codes: 0 done, 1 a file is invalid, 2 usage or I/O error.\n";
}

int ArrangeCommand::run(const std::vector<std::string>& args, CommandContext& context) const
{
    const auto parsed = parseArgs(args, {{}, {}});
    if (const auto* error = std::get_if<std::string>(&parsed)) {
        context.err << "resilience arrange: " << *error << "\n" << usage();
        return ExitUsage;
    }
    const auto& a = std::get<ParsedArgs>(parsed);
    if (a.positional.empty()) {
        context.err << "resilience arrange: no design file given\n" << usage();
        return ExitUsage;
    }
    std::string problem;
    const auto app = guiApplication("Card sizes", problem); // measured in a font
    if (!problem.empty()) {
        context.err << "resilience arrange: " << problem << "\n";
        return ExitUsage;
    }
    return rewriteDesignFiles(a.positional, context, {"arranged", "not arranged", ""},
                              [](Design& design) -> std::optional<std::string> {
                                  try {
                                      layout::apply(layout::arrange(design), design);
                                  } catch (const std::runtime_error& e) {
                                      return e.what();
                                  }
                                  return std::nullopt;
                              });
}

} // namespace rs::cli

#include "PricingSupport.h"
#include "PricingVerbs.h"
#include "core/DesignFile.h"
#include "pricing/BundledTableBuilder.h"

#include <filesystem>
#include <unistd.h>

namespace rs::cli::pricingcli {

int buildBundled(const ParsedArgs& a, CommandContext& context)
{
    const auto sources = a.option("--sources");
    const auto hand = a.option("--hand");
    const auto output = a.option("--output");
    if (!sources || !hand || !output) {
        context.err << "resilience pricing: build-bundled needs --sources DIR, --hand FILE and "
                       "--output FILE\n";
        return ExitUsage;
    }
    const std::filesystem::path target(*output);
    pricing::BundledTableInputs inputs{*sources, *hand,
                                       std::filesystem::temp_directory_path() /
                                           ("rs-build-bundled-" + std::to_string(::getpid()))};
    const auto table = pricing::buildBundledTable(inputs);
    std::error_code ec;
    std::filesystem::remove_all(inputs.workspace, ec);
    if (!table) {
        printErrors(context.err, table.errors());
        context.err << "resilience pricing: the table was not written\n";
        return ExitFailed;
    }
    // Written aside, then renamed: a failed write leaves the old table whole.
    if (const auto saved = writeFileAtomically(target, table.value().json); !saved) {
        context.err << "resilience pricing: cannot write " << saved.errors().front().message
                    << "\n";
        return ExitFailed;
    }
    const auto& t = table.value();
    context.out << target.string() << ": " << t.fileRows << " rows from the providers' files, "
                << t.handRows << " hand-kept rows (" << t.handDropped
                << " hand rows dropped: a file prices them)\n"
                << t.report.toText(8);
    return ExitOk;
}

} // namespace rs::cli::pricingcli

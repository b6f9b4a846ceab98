#include "PricingSupport.h"
#include "PricingVerbs.h"
#include "pricing/BundledTableBuilder.h"

#include <filesystem>
#include <fstream>
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
    const auto aside = target.string() + ".tmp";
    {
        std::ofstream out(aside, std::ios::binary | std::ios::trunc);
        out << table.value().json;
        if (!out.flush()) {
            context.err << "resilience pricing: cannot write " << aside << "\n";
            return ExitFailed;
        }
    }
    std::filesystem::rename(aside, target, ec);
    if (ec) {
        context.err << "resilience pricing: cannot write " << target.string() << ": "
                    << ec.message() << "\n";
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

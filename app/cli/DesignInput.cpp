#include "DesignInput.h"

#include "CommandLine.h"
#include "core/DesignFile.h"

namespace rs::cli {

std::optional<Design> loadDesignForCommand(const std::string& file, CommandContext& context,
                                           int& exitCode, std::string* bytesRead)
{
    auto loaded = loadDesignFile(file, context.catalogues, {}, bytesRead);
    if (loaded)
        return std::move(loaded).value();
    exitCode = loaded.errors().front().code == ErrorCode::Io ? ExitUsage : ExitFailed;
    for (const auto& e : loaded.errors())
        context.err << file << ": " << e.toString() << "\n";
    return std::nullopt;
}

} // namespace rs::cli

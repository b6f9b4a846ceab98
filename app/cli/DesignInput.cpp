#include "DesignInput.h"

#include "CommandLine.h"
#include "core/DesignFile.h"
#include "core/import/Import.h"

#include <filesystem>
#include <fstream>

namespace rs::cli {

namespace {

/// A Terraform plan or a CloudFormation template, imported in memory (issue 16) so that CI can
/// gate the infrastructure change itself. `FILE@REGION` names a stack's region.
std::optional<Design> importForCommand(const import::ImportSource& source, CommandContext& context,
                                       int& exitCode)
{
    auto imported = import::importFiles({source}, context.catalogues);
    if (!imported) {
        exitCode = imported.errors().front().code == ErrorCode::Io ? ExitUsage : ExitFailed;
        for (const auto& e : imported.errors())
            context.err << e.toString() << "\n";
        return std::nullopt;
    }
    const auto& report = imported.value().report;
    context.err << source.path << ": imported " << report.mapped.size() << " resources as "
                << imported.value().design.services.size() << " services; "
                << report.unmapped.size() << " not drawn (resilience import lists them)\n";
    return std::move(imported).value().design;
}

} // namespace

std::optional<Design> loadDesignForCommand(const std::string& file, CommandContext& context,
                                           int& exitCode, std::string* bytesRead)
{
    auto source = std::filesystem::exists(file) ? import::ImportSource{file, {}}
                                                : import::parseImportArgument(file);
    // The format shows in the first few kilobytes, or else in the whole file; a design is then
    // read as before.
    std::ifstream in(source.path, std::ios::binary);
    std::string head(64 * 1024, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    auto format = import::detectFormat(head);
    if (!format && in.gcount() == static_cast<std::streamsize>(64 * 1024))
        if (auto whole = readTextFile(source.path); whole)
            format = import::detectFormat(whole.value());
    if (!head.empty() &&
        format.value_or(import::InputFormat::Design) != import::InputFormat::Design) {
        if (bytesRead)
            if (auto text = readTextFile(source.path); text)
                *bytesRead = std::move(text).value();
        return importForCommand(source, context, exitCode);
    }
    auto loaded = loadDesignFile(file, context.catalogues, {}, bytesRead);
    if (loaded)
        return std::move(loaded).value();
    exitCode = loaded.errors().front().code == ErrorCode::Io ? ExitUsage : ExitFailed;
    for (const auto& e : loaded.errors())
        context.err << file << ": " << e.toString() << "\n";
    return std::nullopt;
}

} // namespace rs::cli

#include "ValidateCommand.h"

#include "CommandLine.h"
#include "DesignInput.h"
#include "core/DesignFile.h"

#include <nlohmann/json.hpp>

namespace rs::cli {

namespace {

nlohmann::ordered_json errorJson(const Error& e)
{
    nlohmann::ordered_json j;
    j["code"] = errorCodeName(e.code);
    j["message"] = e.message;
    if (!e.where.pointer.empty())
        j["pointer"] = e.where.pointer;
    if (e.where.line > 0) {
        j["line"] = e.where.line;
        j["column"] = e.where.column;
    }
    if (!e.where.elementId.empty())
        j["element"] = e.where.elementId;
    return j;
}

/// "file:line:column: code: message", the form editors and CI logs link to.
void printError(std::ostream& out, const std::string& file, const Error& e)
{
    out << file << ":";
    if (e.where.line > 0)
        out << e.where.line << ":" << e.where.column << ":";
    if (!e.where.pointer.empty())
        out << " " << e.where.pointer << ":";
    out << " " << errorCodeName(e.code) << ": " << e.message << "\n";
}

} // namespace

std::string_view ValidateCommand::usage() const
{
    return "Usage: resilience validate FILE... [--json]\n\n"
           "Reads each design file and reports every problem with its place: line and column\n"
           "for syntax errors, a JSON pointer for everything else.\n\n"
           "  --json   print one JSON document for all files instead of text\n\n"
           "Exit codes: 0 all valid, 1 a file is invalid, 2 usage error or unreadable file.\n";
}

int ValidateCommand::run(const std::vector<std::string>& args, CommandContext& context) const
{
    const auto parsed = parseArgs(args, {{"--json"}, {}});
    if (const auto* error = std::get_if<std::string>(&parsed)) {
        context.err << "resilience validate: " << *error << "\n" << usage();
        return ExitUsage;
    }
    const auto& a = std::get<ParsedArgs>(parsed);
    if (a.positional.empty()) {
        context.err << "resilience validate: no design file given\n" << usage();
        return ExitUsage;
    }

    int exitCode = ExitOk;
    nlohmann::ordered_json report;
    report["files"] = nlohmann::ordered_json::array();
    for (const auto& file : a.positional) {
        const auto result = loadDesignFile(file, context.catalogues);
        nlohmann::ordered_json entry;
        entry["path"] = file;
        entry["valid"] = result.ok();
        if (result) {
            const auto& d = result.value();
            entry["elements"] = d.elementCount();
            if (!a.has("--json"))
                context.out << file << ": valid (" << counted(d.regions.size(), "region") << ", "
                            << counted(d.services.size(), "service") << ", "
                            << counted(d.links.size(), "link") << ")\n";
        } else {
            const bool unreadable = result.errors().front().code == ErrorCode::Io;
            exitCode = std::max(exitCode, unreadable ? int{ExitUsage} : int{ExitFailed});
            entry["errors"] = nlohmann::ordered_json::array();
            for (const auto& e : result.errors()) {
                entry["errors"].push_back(errorJson(e));
                if (!a.has("--json"))
                    printError(context.out, file, e);
            }
        }
        report["files"].push_back(std::move(entry));
    }
    report["valid"] = exitCode == ExitOk;
    if (a.has("--json"))
        context.out << report.dump(2) << "\n";
    return exitCode;
}

} // namespace rs::cli

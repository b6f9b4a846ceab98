#include "Cli.h"

#include "ArrangeCommand.h"
#include "CheckCommand.h"
#include "Command.h"
#include "CommandLine.h"
#include "CompareCommand.h"
#include "EstimateCommand.h"
#include "FormatCommand.h"
#include "ImportCommand.h"
#include "PricingCommand.h"
#include "ReviewCommand.h"
#include "RulesCommand.h"
#include "SimulateCommand.h"
#include "TerminalText.h"
#include "ValidateCommand.h"

#include <algorithm>
#include <memory>

namespace rs::cli {

namespace {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<ValidateCommand>());
    commands.push_back(std::make_unique<FormatCommand>());
    commands.push_back(std::make_unique<ArrangeCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<SimulateCommand>());
    commands.push_back(std::make_unique<EstimateCommand>());
    commands.push_back(std::make_unique<CompareCommand>());
    commands.push_back(std::make_unique<RulesCommand>());
    commands.push_back(std::make_unique<PricingCommand>());
    commands.push_back(std::make_unique<ReviewCommand>());
    return commands;
}

void printHelp(std::ostream& out, const std::vector<std::unique_ptr<Command>>& commands)
{
    out << "Usage: resilience COMMAND [ARGS...]\n\n"
           "Checks, simulates and prices multi-region cloud designs (Resilience Studio).\n\n"
           "Commands:\n";
    for (const auto& c : commands)
        out << "  " << c->name()
            << std::string(12 - std::min<std::size_t>(c->name().size(), 11), ' ') << c->summary()
            << "\n";
    out << "\nRun 'resilience COMMAND --help' for a command's arguments.\n"
           "Exit codes: 0 ok, 1 invalid input or findings, 2 usage or I/O error.\n";
}

int runCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    const auto commands = allCommands();
    if (args.empty() || args.front() == "--help" || args.front() == "-h" ||
        args.front() == "help") {
        printHelp(args.empty() ? err : out, commands);
        return args.empty() ? ExitUsage : ExitOk;
    }
    if (args.front() == "--version") {
        out << "resilience " << RS_VERSION << "\n";
        return ExitOk;
    }
    const auto it = std::find_if(commands.begin(), commands.end(),
                                 [&](const auto& c) { return c->name() == args.front(); });
    if (it == commands.end()) {
        err << "resilience: unknown command '" << args.front() << "'\n";
        printHelp(err, commands);
        return ExitUsage;
    }
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (!rest.empty() && (rest.front() == "--help" || rest.front() == "-h")) {
        out << (*it)->usage();
        return ExitOk;
    }
    auto catalogues = Catalogues::builtIn();
    if (!catalogues) {
        // Only a broken build gets here; the catalogue tests guard against it.
        for (const auto& e : catalogues.errors())
            err << "resilience: built-in catalogue: " << e.toString() << "\n";
        return ExitUsage;
    }
    CommandContext context{out, err, catalogues.value()};
    return (*it)->run(rest, context);
}

} // namespace

int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)
{
    // Every message and result goes through one filter, so no command can echo a control
    // character from a file to the terminal.
    TerminalSafeStream safeOut(out);
    TerminalSafeStream safeErr(err);
    int exitCode = runCommand(args, safeOut.stream(), safeErr.stream());
    // A full disk or closed pipe behind stdout shows only here, when the last bytes are
    // flushed: exit 0 would tell a script that `estimate --csv > file` wrote the file.
    if (!safeOut.finish()) {
        safeErr.stream() << "resilience: the output could not be written in full\n";
        exitCode = ExitUsage;
    }
    safeErr.finish();
    return exitCode;
}

} // namespace rs::cli

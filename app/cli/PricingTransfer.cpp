#include "PricingSupport.h"
#include "PricingVerbs.h"
#include "pricing/CatalogueTransfer.h"

#include <cstdlib>

namespace rs::cli::pricingcli {

namespace {

enum class Direction
{
    Push, ///< local -> team
    Pull, ///< team -> local
};

/// `pricing push|pull VERSION [--team URL] [--catalog PATH] [--activate]`: the version moves
/// from the local catalogue to the team's or back (docs/cli.md).
int transfer(const ParsedArgs& a, CommandContext& context, Direction direction)
{
    const auto id = versionNumber(a.positional[1], context.err);
    if (!id)
        return ExitUsage;
    const char* fromEnvironment = std::getenv("RS_TEAM_CATALOGUE");
    const auto team = a.option("--team").value_or(fromEnvironment ? fromEnvironment : "");
    if (!pricing::PriceCatalogue::isServerUrl(team)) {
        context.err << "resilience pricing: " << a.positional[0]
                    << " needs the team catalogue: --team postgresql://user@host/db (or "
                       "RS_TEAM_CATALOGUE)\n";
        return ExitUsage;
    }
    auto local = openCatalogue(a, context.err);
    if (!local)
        return ExitUsage;
    auto shared = pricing::PriceCatalogue::open(team);
    if (!shared) {
        printErrors(context.err, shared.errors());
        return ExitUsage;
    }
    auto& from = direction == Direction::Push ? *local : shared.value();
    auto& to = direction == Direction::Push ? shared.value() : *local;
    const auto copied = pricing::copyVersion(from, *id, to, a.has("--activate"));
    if (!copied) {
        printErrors(context.err, copied.errors());
        return ExitFailed;
    }
    const auto where = direction == Direction::Push ? "the team catalogue" : "the local catalogue";
    context.out << "version " << *id << (copied.value().already ? " is already in " : " is now ")
                << (copied.value().already ? std::string(where)
                                           : std::string("version ") +
                                                 std::to_string(copied.value().id) + " of " + where)
                << (a.has("--activate") ? ", active" : "") << "\n";
    return ExitOk;
}

} // namespace

int pushVersion(const ParsedArgs& args, CommandContext& context)
{
    return transfer(args, context, Direction::Push);
}

int pullVersion(const ParsedArgs& args, CommandContext& context)
{
    return transfer(args, context, Direction::Pull);
}

} // namespace rs::cli::pricingcli

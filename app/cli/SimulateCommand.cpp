#include "SimulateCommand.h"

#include "AssumptionsText.h"
#include "CommandLine.h"
#include "CommandReview.h"
#include "DesignInput.h"
#include "core/review/ReviewJson.h"

#include <algorithm>

namespace rs::cli {

namespace {

void printScenario(std::ostream& out, const ScenarioResult& s)
{
    const auto verdict = judgeScenario(s);
    const auto survived = std::count_if(s.flows.begin(), s.flows.end(),
                                        [](const FlowOutcome& f) { return f.survives; });
    out << "\n"
        << s.title
        << (!verdict.gated     ? "  (reported, not gated: the targets are per region or zone loss)"
            : verdict.passes() ? ""
                               : "  [target missed]")
        << "\n";
    out << "  flows:        " << survived << " of " << s.flows.size() << " complete\n";
    for (const auto& f : s.flows) {
        if (!f.survives) {
            out << "    " << f.entryId << " broken";
            for (const auto& b : f.brokenBy)
                out << (&b == &f.brokenBy.front() ? " by " : ", ") << b;
            out << "\n";
        }
    }
    out << "  RTO:          "
        << (s.rto ? formatDuration(s.rto->expected.value()) + " expected, " +
                        formatDuration(s.rto->worst.value()) + " worst"
                  : std::string("no recovery"))
        << " (target " << formatDuration(s.rtoTarget.value()) << ", "
        << (verdict.rtoMet ? "met"
            : !failoverPathVerdict(s).empty() && s.rto && s.rto->worst <= s.rtoTarget
                ? "not met: " + failoverPathVerdict(s)
            : s.rto ? "missed by " + formatDuration((s.rto->worst - s.rtoTarget).value())
                    : std::string("missed"))
        << ")\n";
    if (!s.rtoBasis.empty())
        out << "                " << s.rtoBasis << "\n";
    out << "  RPO:          " << rpoSummary(s) << " (target " << formatDuration(s.rpoTarget.value())
        << ", "
        << (verdict.rpoMet ? "met"
            : s.rpo && !s.dataLossUnbounded
                ? "missed by " + formatDuration((*s.rpo - s.rpoTarget).value())
                : std::string("missed"))
        << "); writes at risk " << writesAtRiskSummary(s) << "\n";
    for (const auto& c : s.capacity)
        out << "  capacity:     " << c.regionId << " needs " << formatNumber(c.requiredPercent, 1)
            << " % of " << formatPercent(c.capacityPercent) << (c.enough() ? "" : "  [short]")
            << "\n";
    for (const auto& r : s.residency)
        out << "  residency:    " << r.message << "\n";
}

void printAvailability(std::ostream& out, const AvailabilityEstimate& a,
                       const OutageSimulationResult& o)
{
    out << "\nAvailability (outage model: " << formatNumber(a.outageModel.regionOutagesPerYear, 2)
        << " outages a region a year of "
        << formatNumber(a.outageModel.meanOutage.value() / 3600.0, 1) << " h, common-cause share "
        << formatNumber(a.outageModel.commonCauseFraction, 2)
        << "; regions in parallel, failover time)\n";
    for (const auto& r : a.regions)
        out << "  " << r.regionId << ":"
            << std::string(r.regionId.size() < 13 ? 13 - r.regionId.size() : 1, ' ')
            << formatAvailability(r.availability) << "\n";
    out << "  in parallel:  " << formatAvailability(a.parallel) << "; failover costs "
        << formatNumber(a.failoverMinutesPerYear(), 1) << " min a year\n";
    out << "  total:        " << formatAvailability(a.total) << " ("
        << formatNumber(a.downtimeMinutesPerYear(), 1) << " min of downtime a year)\n";
    if (!a.globalsBasis.empty())
        out << "                " << a.globalsBasis << "\n";
    out << "  SLA composite: " << formatAvailability(a.slaComposite.total) << " ("
        << formatNumber(a.slaComposite.downtimeMinutesPerYear(), 1)
        << " min a year), a different thing: " << slaCompositeExplanation() << "\n";
    out << "\nOutage simulation (" << o.years << " years, seed " << o.seed << ")\n";
    out << "  downtime:     mean " << formatNumber(o.meanDowntimeMinutesPerYear(), 1)
        << " min a year, p95 " << formatNumber(o.p95DowntimeMinutesPerYear(), 1) << " min\n";
    out << "  P(RTO > " << formatDuration(o.rtoTarget.value())
        << "): " << formatPercent(o.probabilityRtoExceedsTarget * 100.0)
        << " of failovers; P(RPO > " << formatDuration(o.rpoTarget.value())
        << "): " << formatPercent(o.probabilityRpoExceedsTarget * 100.0) << "\n";
}

/// A whole number from an option, or nothing when it is not one.
std::optional<std::uint64_t> wholeNumber(const std::optional<std::string>& text,
                                         std::uint64_t fallback)
{
    if (!text)
        return fallback;
    try {
        std::size_t used = 0;
        const auto value = std::stoull(*text, &used);
        if (used == text->size())
            return value;
    } catch (const std::exception&) {
    }
    return std::nullopt;
}

} // namespace

std::string_view SimulateCommand::usage() const
{
    return "Usage: resilience simulate FILE [--region ID] [--years N] [--seed S] [--json]\n\n"
           "Simulates the loss of each region, each global service and each replication link:\n"
           "which user flows still complete, the estimated RTO (expected and worst) and RPO,\n"
           "writes at risk, the capacity left, residency after failover, against the targets.\n\n"
           "Then the availability from the design's outage model and failover times, and a Monte\n"
           "Carlo of regional outages (seeded, reproducible).\n\n"
           "  --region ID  only the loss of this region (its id or provider code)\n"
           "  --years N    simulated years (default 100000)\n"
           "  --seed S     random seed (default 1)\n"
           "  --json       print the scenarios as JSON\n\n"
           "The design's targets are for the loss of a region, so only region-loss scenarios\n"
           "can fail the run; the others are reported.\n\n"
           "Exit codes: 0 every region loss meets the targets, 1 one misses or the design is\n"
           "invalid, 2 usage error or unreadable file.\n";
}

int SimulateCommand::run(const std::vector<std::string>& args, CommandContext& context) const
{
    const auto parsed = parseArgs(args, {{"--json"}, {"--region", "--years", "--seed"}});
    const auto* a = std::get_if<ParsedArgs>(&parsed);
    if (!a || a->positional.size() != 1) {
        context.err << "resilience simulate: "
                    << (a ? "give exactly one design file" : std::get<std::string>(parsed)) << "\n"
                    << usage();
        return ExitUsage;
    }
    OutageSimulationParameters outageParameters;
    const auto years = wholeNumber(a->option("--years"), outageParameters.years);
    const auto seed = wholeNumber(a->option("--seed"), outageParameters.seed);
    if (!years || *years == 0 || !seed) {
        context.err << "resilience simulate: --years takes a positive whole number, --seed a "
                       "whole number\n";
        return ExitUsage;
    }
    outageParameters.years = *years;
    outageParameters.seed = *seed;
    int exitCode = ExitOk;
    std::string bytes;
    const auto& file = a->positional.front();
    const auto design = loadDesignForCommand(file, context, exitCode, &bytes);
    if (!design)
        return exitCode;

    ReviewOptions options;
    options.parts = AnalysisParts::none();
    options.parts.scenarios = options.parts.availability = options.parts.outages = true;
    options.seed = outageParameters.seed;
    options.simulatedYears = outageParameters.years;
    options.gates.targets = true;
    if (const auto region = a->option("--region")) {
        const auto it =
            std::find_if(design->regions.begin(), design->regions.end(), [&](const auto& r) {
                return r.first.value == *region || r.second.code == *region;
            });
        if (it == design->regions.end()) {
            context.err << "resilience simulate: the design has no region \"" << *region << "\"\n";
            return ExitUsage;
        }
        options.disruptions =
            std::vector<Disruption>{{DisruptionKind::RegionDown, it->first.value}};
    }
    const auto review = commandReview(*design, context.catalogues, file, bytes, nullptr, options);

    if (a->has("--json")) {
        context.out << writeReviewJson(review);
    } else {
        context.out << file << ": " << counted(review.scenarios.size(), "scenario") << ", "
                    << review.verdicts.regionLossesMissed + review.verdicts.zoneLossesMissed
                    << " missing a target\n";
        for (const auto& s : review.scenarios)
            printScenario(context.out, s);
        if (review.nothingToEstimate)
            context.out << "\nAvailability: nothing to estimate: the design has no services\n";
        else {
            printAvailability(context.out, review.availability, *review.outages);
            context.out << "\n";
            printAssumptions(context.out, review, AssumptionGroup::OutageModel);
        }
    }
    return review.verdicts.passed() ? ExitOk : ExitFailed;
}

} // namespace rs::cli

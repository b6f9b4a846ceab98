#include "SimulateCommand.h"

#include "CommandLine.h"
#include "DesignInput.h"
#include "core/DesignIndex.h"
#include "core/resilience/Availability.h"
#include "core/resilience/OutageSimulation.h"
#include "core/resilience/Scenario.h"

#include <nlohmann/json.hpp>

namespace rs::cli {

namespace {

nlohmann::ordered_json optionalSeconds(const std::optional<Seconds>& s)
{
    return s ? nlohmann::ordered_json(s->value()) : nlohmann::ordered_json(nullptr);
}

/// The targets are per region loss (targets.region): other disruptions are reported, not gated.
bool gated(const ScenarioResult& s)
{
    return s.disruption.kind == DisruptionKind::RegionDown;
}

bool passed(const ScenarioResult& s)
{
    return !gated(s) || (s.rtoMet() && s.rpoMet() && s.capacityMet() && s.residency.empty());
}

nlohmann::ordered_json scenarioJson(const ScenarioResult& s)
{
    nlohmann::ordered_json j;
    j["kind"] = enumName(s.disruption.kind);
    j["element"] = s.disruption.elementId;
    j["title"] = s.title;
    j["flows"] = nlohmann::ordered_json::array();
    for (const auto& f : s.flows)
        j["flows"].push_back({{"entry", f.entryId},
                              {"affected", f.affected},
                              {"survives", f.survives},
                              {"brokenBy", f.brokenBy},
                              {"path", f.path}});
    j["rtoSeconds"] = s.rto ? nlohmann::ordered_json{{"expected", s.rto->expected.value()},
                                                     {"worst", s.rto->worst.value()}}
                            : nlohmann::ordered_json(nullptr);
    j["rtoBasis"] = s.rtoBasis;
    j["rpoSeconds"] =
        s.dataLossUnbounded ? nlohmann::ordered_json(nullptr) : optionalSeconds(s.rpo);
    j["writesAtRisk"] = s.writesAtRisk;
    j["stores"] = nlohmann::ordered_json::array();
    for (const auto& st : s.stores)
        j["stores"].push_back({{"store", st.storeId},
                               {"rpoSeconds", optionalSeconds(st.rpo)},
                               {"promotionSeconds", optionalSeconds(st.promotion)},
                               {"writesAtRisk", st.writesAtRisk},
                               {"basis", st.basis}});
    j["capacity"] = nlohmann::ordered_json::array();
    for (const auto& c : s.capacity)
        j["capacity"].push_back({{"region", c.regionId},
                                 {"requiredPercent", c.requiredPercent},
                                 {"capacityPercent", c.capacityPercent},
                                 {"enough", c.enough()}});
    j["residency"] = nlohmann::ordered_json::array();
    for (const auto& r : s.residency)
        j["residency"].push_back({{"element", r.elementId}, {"message", r.message}});
    j["gated"] = gated(s);
    j["targets"] = {{"rtoSeconds", s.rtoTarget.value()},
                    {"rpoSeconds", s.rpoTarget.value()},
                    {"rtoMet", s.rtoMet()},
                    {"rpoMet", s.rpoMet()},
                    {"capacityMet", s.capacityMet()}};
    return j;
}

void printScenario(std::ostream& out, const ScenarioResult& s)
{
    const auto survived = std::count_if(s.flows.begin(), s.flows.end(),
                                        [](const FlowOutcome& f) { return f.survives; });
    out << "\n"
        << s.title
        << (!gated(s)   ? "  (reported, not gated: the targets are per region loss)"
            : passed(s) ? ""
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
        << (s.rtoMet() ? "met"
            : s.rto    ? "missed by " + formatDuration((s.rto->worst - s.rtoTarget).value())
                       : std::string("missed"))
        << ")\n";
    if (!s.rtoBasis.empty())
        out << "                " << s.rtoBasis << "\n";
    out << "  RPO:          "
        << (s.dataLossUnbounded ? std::string("unbounded")
                                : formatDuration(s.rpo ? s.rpo->value() : 0.0))
        << " (target " << formatDuration(s.rpoTarget.value()) << ", "
        << (s.rpoMet() ? "met"
            : s.rpo && !s.dataLossUnbounded
                ? "missed by " + formatDuration((*s.rpo - s.rpoTarget).value())
                : std::string("missed"))
        << "); writes at risk " << formatNumber(s.writesAtRisk, 0) << "\n";
    for (const auto& c : s.capacity)
        out << "  capacity:     " << c.regionId << " needs " << formatNumber(c.requiredPercent, 1)
            << " % of " << formatNumber(c.capacityPercent, 1) << " %"
            << (c.enough() ? "" : "  [short]") << "\n";
    for (const auto& r : s.residency)
        out << "  residency:    " << r.message << "\n";
}

std::string percent(double availability)
{
    return formatNumber(availability * 100.0, 5) + " %";
}

nlohmann::ordered_json availabilityJson(const AvailabilityEstimate& a)
{
    nlohmann::ordered_json j;
    j["regions"] = nlohmann::ordered_json::array();
    for (const auto& r : a.regions)
        j["regions"].push_back({{"region", r.regionId},
                                {"availability", r.availability},
                                {"services", r.services},
                                {"incidentsPerYear", r.incidentsPerYear},
                                {"failoverWindowSeconds", r.failoverWindow.value()}});
    j["globals"] = nlohmann::ordered_json::array();
    for (const auto& g : a.globals)
        j["globals"].push_back({{"service", g.serviceId}, {"availability", g.availability}});
    j["parallel"] = a.parallel;
    j["effective"] = a.effective;
    j["total"] = a.total;
    j["failoverMinutesPerYear"] = a.failoverMinutesPerYear();
    j["downtimeMinutesPerYear"] = a.downtimeMinutesPerYear();
    j["formula"] = a.terms.formula;
    j["assumptions"] = a.assumptions;
    return j;
}

nlohmann::ordered_json outagesJson(const OutageSimulationResult& o)
{
    nlohmann::ordered_json j;
    j["years"] = o.years;
    j["seed"] = o.seed;
    j["meanDowntimeMinutesPerYear"] = o.meanDowntimeMinutesPerYear();
    j["p95DowntimeMinutesPerYear"] = o.p95DowntimeMinutesPerYear();
    j["availability"] = o.availability;
    j["probabilityRtoExceedsTarget"] = o.probabilityRtoExceedsTarget;
    j["probabilityRpoExceedsTarget"] = o.probabilityRpoExceedsTarget;
    j["histogram"] = {{"binMinutes", o.histogram.binWidth.value() / 60.0},
                      {"years", o.histogram.counts}};
    j["assumptions"] = o.assumptions;
    return j;
}

void printAvailability(std::ostream& out, const AvailabilityEstimate& a,
                       const OutageSimulationResult& o)
{
    out << "\nAvailability (SLAs in series per region, regions in parallel, failover time)\n";
    for (const auto& r : a.regions)
        out << "  " << r.regionId << ":"
            << std::string(r.regionId.size() < 13 ? 13 - r.regionId.size() : 1, ' ')
            << percent(r.availability) << "\n";
    out << "  in parallel:  " << percent(a.parallel) << "; failover costs "
        << formatNumber(a.failoverMinutesPerYear(), 1) << " min a year\n";
    out << "  total:        " << percent(a.total) << " ("
        << formatNumber(a.downtimeMinutesPerYear(), 1) << " min of downtime a year)\n";
    out << "\nOutage simulation (" << o.years << " years, seed " << o.seed << ")\n";
    out << "  downtime:     mean " << formatNumber(o.meanDowntimeMinutesPerYear(), 1)
        << " min a year, p95 " << formatNumber(o.p95DowntimeMinutesPerYear(), 1) << " min\n";
    out << "  P(RTO > " << formatDuration(o.rtoTarget.value())
        << "): " << formatNumber(o.probabilityRtoExceedsTarget * 100.0, 1)
        << " % of failovers; P(RPO > " << formatDuration(o.rpoTarget.value())
        << "): " << formatNumber(o.probabilityRpoExceedsTarget * 100.0, 1) << " %\n";
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
           "Then the availability from the services' SLAs and failover times, and a Monte\n"
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
    const auto design = loadDesignForCommand(a->positional.front(), context, exitCode);
    if (!design)
        return exitCode;
    const DesignIndex index(*design, context.catalogues);
    const auto availability = estimateAvailability(index);
    const auto outages = simulateOutages(index, outageParameters);

    std::vector<ScenarioResult> scenarios;
    if (const auto region = a->option("--region")) {
        const auto it =
            std::find_if(design->regions.begin(), design->regions.end(), [&](const auto& r) {
                return r.first.value == *region || r.second.code == *region;
            });
        if (it == design->regions.end()) {
            context.err << "resilience simulate: the design has no region \"" << *region << "\"\n";
            return ExitUsage;
        }
        scenarios.push_back(simulate(index, {DisruptionKind::RegionDown, it->first.value}));
    } else {
        scenarios = simulateAll(index);
    }
    const bool allPassed = std::all_of(scenarios.begin(), scenarios.end(), passed);

    if (a->has("--json")) {
        nlohmann::ordered_json out;
        out["design"] = {{"name", design->name}, {"file", a->positional.front()}};
        out["passed"] = allPassed;
        out["scenarios"] = nlohmann::ordered_json::array();
        for (const auto& s : scenarios)
            out["scenarios"].push_back(scenarioJson(s));
        out["availability"] = availabilityJson(availability);
        out["outageSimulation"] = outagesJson(outages);
        context.out << out.dump(2) << "\n";
    } else {
        context.out << a->positional.front() << ": " << counted(scenarios.size(), "scenario")
                    << ", "
                    << std::count_if(scenarios.begin(), scenarios.end(),
                                     [](const auto& s) { return !passed(s); })
                    << " missing a target\n";
        for (const auto& s : scenarios)
            printScenario(context.out, s);
        printAvailability(context.out, availability, outages);
    }
    return allPassed ? ExitOk : ExitFailed;
}

} // namespace rs::cli

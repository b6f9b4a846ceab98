// Monte Carlo of regional outages (reference/resilience-model.md §6.4): 100 000 simulated years
// of worked example A (two regions) and of a three-region active-active design, default
// parameters (lognormal repairs, failover windows). Medians of several runs.
// Goal: 100 000 years within 1 s on one core for a three-region design.

#include "BenchTimer.h"
#include "DesignGenerator.h"
#include "core/DesignValidator.h"
#include "core/resilience/OutageSimulation.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace rs;

namespace {

struct RegionSpec
{
    std::string id;
    std::string code;
    double traffic;
    double headroom;
    RegionRole role;
};

/// Route 53 in front of API Gateway + Lambda + a DynamoDB global table (MREC) per region.
Design serverless(const std::string& name, const std::vector<RegionSpec>& specs)
{
    Design d;
    d.name = name;
    d.targets.tier = Tier::Critical;
    d.workload.peakRate = 200.0 * units::requests / units::second;
    d.workload.writePercent = 25.0;
    bench::addService(d, "dns", "aws.route53", {});
    for (const auto& spec : specs) {
        Region r;
        r.id = RegionId{spec.id};
        r.code = spec.code;
        r.trafficPercent = spec.traffic;
        r.headroomPercent = spec.headroom;
        r.role = spec.role;
        d.regions.emplace(r.id, r);
        const auto& id = spec.id;
        bench::addService(d, "api-" + id, "aws.api-gateway", id);
        bench::addService(d, "fn-" + id, "aws.lambda", id);
        bench::addService(
            d, "db-" + id, "aws.dynamodb", id,
            {{"replicationMode", std::string("async")}, {"writeMode", std::string("multi")}});
        bench::addLink(d, "dns", "api-" + id, LinkKind::Route);
        bench::addLink(d, "dns", "api-" + id, LinkKind::HealthCheck);
        bench::addLink(d, "api-" + id, "fn-" + id, LinkKind::Request);
        bench::addLink(d, "fn-" + id, "db-" + id, LinkKind::Request);
        if (id != specs.front().id)
            bench::addLink(d, "db-" + specs.front().id, "db-" + id, LinkKind::Replication);
    }
    return d;
}

} // namespace

int main(int argc, char** argv)
{
    const int runs = argc > 1 ? std::atoi(argv[1]) : 9;
    const auto catalogues = bench::builtInCataloguesOrExit();
    const std::vector<Design> designs{
        serverless("example A (2 regions)",
                   {{"use1", "us-east-1", 100, 0, RegionRole::Active},
                    {"usw2", "us-west-2", 0, 100, RegionRole::WarmStandby}}),
        serverless("3 regions active-active", {{"use1", "us-east-1", 40, 10, RegionRole::Active},
                                               {"usw2", "us-west-2", 30, 20, RegionRole::Active},
                                               {"euw1", "eu-west-1", 30, 20, RegionRole::Active}}),
    };
    OutageSimulationParameters p;
    p.years = 100'000;
    std::printf("%-26s %10s %12s %14s %12s %12s\n", "design", "years", "median ms", "years/s",
                "mean min/yr", "p95 min/yr");
    bool ok = true;
    for (const auto& design : designs) {
        if (const auto errors = validateDesign(design, catalogues); !errors.empty()) {
            std::fprintf(stderr, "%s is invalid: %s\n", design.name.c_str(),
                         errors.front().toString().c_str());
            return 1;
        }
        const DesignIndex index(design, catalogues);
        std::vector<double> times;
        OutageSimulationResult last;
        for (int i = 0; i < runs; ++i) {
            p.seed = static_cast<std::uint64_t>(i + 1);
            times.push_back(bench::timeMs([&] { last = simulateOutages(index, p); }));
        }
        const double ms = bench::median(times);
        std::printf("%-26s %10llu %12.1f %14.0f %12.3f %12.3f\n", design.name.c_str(),
                    static_cast<unsigned long long>(p.years), ms,
                    static_cast<double>(p.years) / (ms / 1000.0), last.meanDowntimeMinutesPerYear(),
                    last.p95DowntimeMinutesPerYear());
        ok = ok && ms <= 1000.0;
    }
    std::printf("goal (100 000 years <= 1 s): %s\n", ok ? "met" : "MISSED");
    return ok ? 0 : 2;
}

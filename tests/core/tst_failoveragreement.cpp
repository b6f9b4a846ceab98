// Issue 21, "done when": `check` and `simulate` agree. One-mistake designs for each gap the
// audit found, and every example run through both.
#include "DesignBuilder.h"
#include "ReferenceDesigns.h"
#include "TestCatalogues.h"
#include "core/DesignFile.h"
#include "core/analysis/Analysis.h"
#include "core/resilience/Scenario.h"
#include "core/rules/RuleCatalogue.h"

#include <QTest>

#include <algorithm>
#include <filesystem>

using namespace rs;
using test::DesignBuilder;

namespace {

ScenarioResult run(const Design& d, DisruptionKind kind, const std::string& element)
{
    return simulate(DesignIndex(d, test::builtInCatalogues()), {kind, element});
}

bool mentions(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

bool contains(const std::vector<std::string>& list, const std::string& id)
{
    return std::find(list.begin(), list.end(), id) != list.end();
}

/// The Aurora pair of tst_scenarios, held to the critical tier's targets.
DesignBuilder auroraPair(test::Properties aurora = {})
{
    auto b = test::auroraGlobalPair(aurora);
    b.tier(Tier::Critical);
    return b;
}

/// A global external Application LB in front of Cloud Run in two active Google regions.
DesignBuilder cloudRunPair(bool healthChecks, bool outlierDetection)
{
    DesignBuilder b;
    b.region("euw1", "europe-west1", 50, RegionRole::Active, 100, Provider::Gcp)
        .region("euw4", "europe-west4", 50, RegionRole::Active, 100, Provider::Gcp)
        .service("lb", "gcp.cloud-load-balancing", {}, {{"outlierDetection", outlierDetection}});
    for (const std::string r : {"euw1", "euw4"}) {
        b.service("run-" + r, "gcp.cloud-run", r, {{"minInstances", std::int64_t{1}}})
            .link("lb", "run-" + r, LinkKind::Route);
        if (healthChecks)
            b.link("lb", "run-" + r, LinkKind::HealthCheck);
    }
    b.design().operations.manualDecisionTime = 600.0 * units::seconds;
    return b;
}

Design loadExample(const std::filesystem::path& file)
{
    auto loaded = loadDesignFile(file.string(), test::builtInCatalogues());
    if (!loaded)
        qFatal("%s: %s", file.string().c_str(), loaded.errors().front().toString().c_str());
    return std::move(loaded).value();
}

Analysis checkAndSimulate(const DesignIndex& index)
{
    AnalysisOptions options;
    options.parts = AnalysisParts::none();
    options.parts.findings = true;
    options.parts.scenarios = true;
    return *analyseDesign(index, nullptr, options);
}

} // namespace

class TestFailoverAgreement : public QObject
{
    Q_OBJECT

private slots:
    void aStoreThatMustNotLoseUpdatesIsHeldToZero()
    {
        // Aurora PostgreSQL with rds.global_db_rpo = 20 s: bound 20 s (S28), within the
        // critical tier's 15 min region RPO, so neither RES-010 nor the us-east-1 loss objects.
        auto b = auroraPair({{"engine", std::string("aurora-postgresql")},
                             {"globalDbRpoSeconds", std::int64_t{20}}});
        const auto plain = b.build();
        QVERIFY(test::runRule(plain, "RES-010").empty());
        QVERIFY(judgeScenario(run(plain, DisruptionKind::RegionDown, "use1")).rpoMet);
        // Marked as never losing an update, 20 s is too much for both (the target is 0).
        b.design().targets.noLostUpdates.push_back(ServiceId{"db-use1"});
        const auto marked = b.build();
        QCOMPARE(test::runRule(marked, "RES-010").size(), std::size_t{1});
        const auto s = run(marked, DisruptionKind::RegionDown, "use1");
        QCOMPARE(s.rpo->value(), 20.0);
        QVERIFY(!judgeScenario(s).rpoMet);
        const auto store = std::find_if(s.stores.begin(), s.stores.end(),
                                        [](const auto& st) { return st.storeId == "db-use1"; });
        QVERIFY(store->mustNotLose);
        QVERIFY(mentions(store->basis, "never lose an update"));
    }

    void aServiceDownWaitsForAManualPromotionOnlyOnce()
    {
        // The writer db-use1 down while its region runs: Route 53's deep check on fn-use1
        // sees it (30 s x 3 = 90 s), users move by themselves (TTL 60 s, expected 30 s), and
        // writes wait for the operator (600 s) and Aurora's failover (60 s), as in a region
        // loss: 90 + max(60, 600 + 60) = 750 s worst, 90 + max(30, 660) = 750 s expected.
        auto b = auroraPair();
        b.design().services.at(ServiceId{"dns"}).properties["healthCheckPath"] =
            std::string("/deep");
        const auto design = b.build();
        const auto s = run(design, DisruptionKind::ServiceDown, "db-use1");
        QVERIFY(s.flows[0].survives);
        QCOMPARE(s.rto->worst.value(), 750.0);
        QCOMPARE(s.rto->expected.value(), 750.0);
        QVERIFY(mentions(s.rtoBasis, "manual decision 600 s"));
        // The region loss composes the same clocks: the same 750 s.
        QCOMPARE(run(design, DisruptionKind::RegionDown, "use1").rto->worst.value(), 750.0);

        // Automatic failover of the data (a multi-writer DynamoDB global table) adds no
        // decision: 90 s + 60 s TTL = 150 s worst (worked example A with a deep check).
        auto dynamo = test::workedExampleA();
        dynamo.design().services.at(ServiceId{"dns"}).properties["healthCheckPath"] =
            std::string("/deep");
        dynamo.design().operations.manualDecisionTime = 600.0 * units::seconds;
        const auto a = run(dynamo.build(), DisruptionKind::ServiceDown, "db-use1");
        QCOMPARE(a.rto->worst.value(), 150.0);
        QVERIFY(!mentions(a.rtoBasis, "manual decision"));
    }

    void googleServerlessBackendsFailOverByOutlierDetectionOnly()
    {
        // Health checks on Cloud Run are refused by the API (RES-049): they move nobody, so
        // losing europe-west1 waits for the operator: 600 s decision, no DNS behind anycast,
        // europe-west4 warm (minInstances 1): 600 s.
        const auto checked = cloudRunPair(true, false).build();
        QCOMPARE(test::runRule(checked, "RES-049").size(), std::size_t{2});
        const auto s = run(checked, DisruptionKind::RegionDown, "euw1");
        QCOMPARE(s.rto->worst.value(), 600.0);
        QVERIFY(mentions(s.rtoBasis, "RES-049"));
        // Outlier detection instead: ejected at the next 1 s sweep, nothing else to wait for;
        // nothing for RES-049 or RES-021 to report.
        const auto outliers = cloudRunPair(false, true).build();
        QVERIFY(test::runRule(outliers, "RES-049").empty());
        QVERIFY(test::runRule(outliers, "RES-021").empty());
        const auto o = run(outliers, DisruptionKind::RegionDown, "euw1");
        QCOMPARE(o.rto->worst.value(), 1.0);
        QCOMPARE(o.rto->expected.value(), 1.0);
        QVERIFY(mentions(o.rtoBasis, "outlier detection"));
        // A service down is seen the same way: 1 s.
        QCOMPARE(run(outliers, DisruptionKind::ServiceDown, "run-euw1").rto->worst.value(), 1.0);
    }

    void aZoneLossWaitsForASingleWriterToChangeZones()
    {
        // Aurora with two instances per region promotes its replica in another zone within
        // 30 s (Amazon Aurora FAQs); users stay, RPO 0 (storage spans three zones).
        const auto s = run(auroraPair().build(), DisruptionKind::ZoneDown, "use1");
        QVERIFY(s.flows[0].affected);
        QCOMPARE(s.rto->worst.value(), 30.0);
        QCOMPARE(s.rpo->value(), 0.0);
        QVERIFY(mentions(s.rtoBasis, "Aurora FAQs"));
        // One instance: Aurora creates a new writer, typically under 15 min: 900 s, beyond
        // the critical tier's 5 min zone RTO.
        const auto single = run(auroraPair({{"instancesPerRegion", std::int64_t{1}}}).build(),
                                DisruptionKind::ZoneDown, "use1");
        QCOMPARE(single.rto->worst.value(), 900.0);
        QVERIFY(!judgeScenario(single).rtoMet);
        // The idle standby's zone: nobody waits.
        QCOMPARE(run(auroraPair().build(), DisruptionKind::ZoneDown, "usw2").rto->worst.value(),
                 0.0);
    }

    void everyRegionWithTrafficHasItsServiceOutages()
    {
        // Worked example A with its traffic split 50 / 50: a gateway, a function and a table
        // on the flow in each region: 2 x 3 = 6 (3 while us-west-2 stood by).
        auto b = test::workedExampleA();
        b.design().regions.at(RegionId{"use1"}).trafficPercent = 50.0;
        b.design().regions.at(RegionId{"usw2"}).trafficPercent = 50.0;
        b.design().regions.at(RegionId{"usw2"}).role = RegionRole::Active;
        const auto design = b.build();
        const auto all = allDisruptions(DesignIndex(design, test::builtInCatalogues()));
        QCOMPARE(std::count_if(
                     all.begin(), all.end(),
                     [](const Disruption& d) { return d.kind == DisruptionKind::ServiceDown; }),
                 std::ptrdiff_t{6});
    }

    void aStandbyScaleUpIsTimedOrNamedUntimed()
    {
        // Front Door (30 s x (4 - 3 + 1) = 60 s, no DNS) in front of Azure Functions; the
        // standby north europe carries no traffic. A Consumption plan publishes no scale-out
        // rate: named untimed. Premium keeps an always-ready instance: warm, nothing named.
        const auto standby = [](const std::string& plan) {
            DesignBuilder b;
            b.region("weu", "westeurope", 100, RegionRole::Active, 0, Provider::Azure)
                .region("neu", "northeurope", 0, RegionRole::WarmStandby, 100, Provider::Azure)
                .service("afd", "azure.front-door");
            for (const std::string r : {"weu", "neu"})
                b.service("fn-" + r, "azure.functions", r, {{"plan", plan}})
                    .link("afd", "fn-" + r, LinkKind::Route)
                    .link("afd", "fn-" + r, LinkKind::HealthCheck);
            return run(b.build(), DisruptionKind::RegionDown, "weu");
        };
        const auto consumption = standby("consumption");
        QVERIFY(mentions(consumption.rtoBasis, "fn-neu has no warm capacity"));
        QCOMPARE(consumption.rto->worst.value(), 60.0);
        const auto premium = standby("premium");
        QVERIFY(!mentions(premium.rtoBasis, "warm capacity"));
        QCOMPARE(premium.rto->worst.value(), 60.0);
        // Cold Lambda is timed: worked example A's standby without provisioned concurrency,
        // behind Route 53 (90 s + TTL 60 s): 200 rps x 0.1 s = 20 executions, one 10 s step,
        // hidden by the TTL: 150 s, and the basis shows the step.
        const auto lambda = run(test::workedExampleA().build(), DisruptionKind::RegionDown, "use1");
        QVERIFY(mentions(lambda.rtoBasis, "1,000 per 10 s"));
    }

    void checkAndSimulateAgreeOnEveryExample()
    {
        std::size_t examples = 0;
        for (const auto& entry :
             std::filesystem::directory_iterator(test::sourcePath("resources/examples"))) {
            if (entry.path().extension() != ".json")
                continue;
            ++examples;
            const auto name = entry.path().filename().string();
            const auto design = loadExample(entry.path());
            const DesignIndex index(design, test::builtInCatalogues());
            const auto a = checkAndSimulate(index);
            for (const auto& s : a.scenarios) {
                const auto text = name + ": " + s.title;
                const char* where = text.c_str();
                // No RTO claimed met while an error-level finding stands on its failover
                // path: what `check` says broken, `simulate` does not call met.
                for (const auto& f : a.findings) {
                    if (f.severity != Severity::Error ||
                        findRule(f.ruleId)->area != RuleArea::Traffic)
                        continue;
                    const bool onPath =
                        std::any_of(f.elements.begin(), f.elements.end(),
                                    [&](const auto& id) { return contains(s.failoverPath, id); });
                    QVERIFY2(!(onPath && judgeScenario(s).rtoMet), where);
                }
                // A health check the API refuses never times a failover silently.
                for (const auto& f : a.findings) {
                    if (f.ruleId == "RES-049" && contains(s.failoverPath, f.elements.front()))
                        QVERIFY2(mentions(s.rtoBasis, "RES-049"), where);
                }
                // Every RTO names the mechanism it rests on; every store loss its bound's.
                if (s.rto && s.rto->worst.value() > 0.0)
                    QVERIFY2(!s.rtoBasis.empty(), where);
                for (const auto& store : s.stores)
                    QVERIFY2(!store.basis.empty(), where);
                // A region loss that misses its RPO, or loses a data set without a bound, has
                // RES-010, RES-015 or RES-017 naming one of its data sets.
                if (s.disruption.kind != DisruptionKind::RegionDown)
                    continue;
                bool reported = false;
                for (const auto& f : a.findings) {
                    if (f.ruleId != "RES-010" && f.ruleId != "RES-015" && f.ruleId != "RES-017")
                        continue;
                    for (const auto& store : s.stores)
                        reported = reported || contains(f.elements, store.storeId);
                }
                const bool lost = std::any_of(s.stores.begin(), s.stores.end(), [](auto& st) {
                    return st.losesProtectedUpdates() || (!st.rpo && st.rpoTypical);
                });
                if (lost || !judgeScenario(s).rpoMet)
                    QVERIFY2(reported, where);
            }
        }
        QCOMPARE(examples, std::size_t{6});
    }
};

QTEST_GUILESS_MAIN(TestFailoverAgreement)
#include "tst_failoveragreement.moc"

#include "DesignBuilder.h"
#include "ReferenceDesigns.h"
#include "TestCatalogues.h"
#include "core/analysis/Analysis.h"
#include "core/resilience/CorruptionScenario.h"
#include "core/resilience/ZoneScenario.h"

#include <QTest>

using namespace rs;
using test::DesignBuilder;

namespace {

ScenarioResult run(const Design& d, DisruptionKind kind, const std::string& element)
{
    return simulate(DesignIndex(d, test::builtInCatalogues()), {kind, element});
}

void set(DesignBuilder& b, const std::string& service, const std::string& property,
         PropertyValue value)
{
    b.design().services.at(ServiceId{service}).properties[property] = std::move(value);
}

bool mentions(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

/// Zone loss, one service down in a region, and logical corruption: each with figures worked by
/// hand from the model (reference/resilience-model.md §6) and the catalogue's defaults.
class TestPartialScenarios : public QObject
{
    Q_OBJECT

private slots:
    void everyServingRegionHasAZoneLossAndEveryFlowServiceAnOutage()
    {
        const auto design = test::workedExampleA().build();
        const auto all = allDisruptions(DesignIndex(design, test::builtInCatalogues()));
        const auto count = [&](DisruptionKind kind) {
            return std::count_if(all.begin(), all.end(),
                                 [&](const Disruption& d) { return d.kind == kind; });
        };
        // use1 and the warm standby usw2 both serve; api, fn and db of the home region use1 are
        // on a flow; the two tables are one data set, so one corruption.
        QCOMPARE(count(DisruptionKind::ZoneDown), 2);
        QCOMPARE(count(DisruptionKind::ServiceDown), 3);
        QCOMPARE(count(DisruptionKind::DataCorruption), 1);
    }

    void aZoneLossOfAZoneRedundantStackAffectsNobody()
    {
        const auto s = run(test::workedExampleA().build(), DisruptionKind::ZoneDown, "use1");
        QVERIFY(!s.flows[0].affected);
        QVERIFY(s.rto.has_value());
        QCOMPARE(s.rto->worst.value(), 0.0);
        // The table keeps synchronous copies in the other zones: nothing lost.
        QCOMPARE(s.rpo->value(), 0.0);
        // Critical tier zone targets (§6.5): 5 min / 0.
        QCOMPARE(s.rtoTarget.value(), 300.0);
        QCOMPARE(s.rpoTarget.value(), 0.0);
        QVERIFY(judgeScenario(s).gated);
        QVERIFY(judgeScenario(s).targetsMet());
    }

    void aSingleZoneTableBehindAShallowHealthCheckKeepsUsersOnIt()
    {
        auto b = test::workedExampleA();
        set(b, "db-use1", "zoneRedundant", false);
        const auto s = run(b.build(), DisruptionKind::ZoneDown, "use1");
        // Route 53 checks "/" on the gateway: the gateway answers, so users stay in use1.
        QVERIFY(s.flows[0].affected);
        QVERIFY(!s.flows[0].survives);
        QCOMPARE(s.flows[0].brokenBy, std::vector<std::string>{"db-use1"});
        QVERIFY(!s.rto.has_value());
        QVERIFY(mentions(s.rtoBasis, "no router sees"));
        QVERIFY(!judgeScenario(s).rtoMet);
    }

    void aDeepHealthCheckMovesUsersOffASingleZoneTable()
    {
        auto b = test::workedExampleA();
        set(b, "db-use1", "zoneRedundant", false);
        set(b, "dns", "healthCheckPath", std::string("/health/deep"));
        const auto s = run(b.build(), DisruptionKind::ZoneDown, "use1");
        QVERIFY(s.flows[0].survives);
        // Route 53: detection 30 s x 3 = 90 s, TTL 60 s: worst 150 s, expected 90 + 30 = 120 s;
        // the global table takes writes everywhere, so no promotion.
        QCOMPARE(s.rto->worst.value(), 150.0);
        QCOMPARE(s.rto->expected.value(), 120.0);
        // The single-zone copy goes with its zone: what had not replicated is lost. MREC
        // publishes no bound, so the loss is unbounded, typically 1 s:
        // 200 rps x 25 % writes x 100 % of traffic in use1 x 1 s = 50 writes.
        QVERIFY(s.dataLossUnbounded);
        QCOMPARE(s.rpoTypical->value(), 1.0);
        QCOMPARE(s.writesAtRiskTypical, 50.0);
        // The standby now carries all traffic: 0 % + 100 % moved, against 0 + 100 % headroom.
        QCOMPARE(s.capacity.size(), std::size_t{1});
        QCOMPARE(s.capacity[0].requiredPercent, 100.0);
        // 150 s is within the 5 min zone RTO, but 1 s of loss misses the zone RPO of 0.
        const auto v = judgeScenario(s);
        QVERIFY(v.rtoMet);
        QVERIFY(!v.rpoMet);
    }

    void aFunctionDownBehindAShallowHealthCheckBreaksItsRegionsFlow()
    {
        const auto s = run(test::workedExampleA().build(), DisruptionKind::ServiceDown, "fn-use1");
        QVERIFY(s.flows[0].affected);
        QVERIFY(!s.flows[0].survives);
        QCOMPARE(s.flows[0].brokenBy, std::vector<std::string>{"fn-use1"});
        QVERIFY(!s.rto.has_value());
        // An outage keeps the data: no store lost anything.
        QVERIFY(!s.dataLossUnbounded);
        QVERIFY(!judgeScenario(s).gated);
    }

    void aHealthCheckedGatewayDownFailsOver()
    {
        const auto s = run(test::workedExampleA().build(), DisruptionKind::ServiceDown, "api-use1");
        // Route 53 checks the gateway itself: 90 s + 60 s TTL worst, 90 + 30 s expected.
        QVERIFY(s.flows[0].survives);
        QCOMPARE(s.rto->worst.value(), 150.0);
        QCOMPARE(s.rto->expected.value(), 120.0);
        QVERIFY(mentions(s.rtoBasis, "fails over to"));
        // Critical region RTO 1 h: met.
        QVERIFY(judgeScenario(s).rtoMet);
    }

    void aServiceDownInAnIdleStandbyAffectsNobody()
    {
        const auto s = run(test::workedExampleA().build(), DisruptionKind::ServiceDown, "fn-usw2");
        QVERIFY(!s.flows[0].affected);
        QCOMPARE(s.rto->worst.value(), 0.0);
    }

    void aCorruptionIsUndoneByAPointInTimeRestore()
    {
        auto b = test::workedExampleA();
        set(b, "db-use1", "pointInTimeRecovery", true);
        const auto s = run(b.build(), DisruptionKind::DataCorruption, "db-use1");
        // Restore: 100 GB (workload default) / 100 GB/h (assumed rate) = 3,600 s, + 900 s
        // redeploy = 4,500 s; RPO the DynamoDB point-in-time granularity, 300 s.
        QCOMPARE(s.rto->worst.value(), 4500.0);
        QCOMPARE(s.rpo->value(), 300.0);
        // Every region's writes reach the data set: 200 rps x 25 % x 300 s = 15,000.
        QCOMPARE(s.writesAtRisk, 15000.0);
        QVERIFY(s.flows[0].affected);
        QVERIFY(s.flows[0].survives);
        QVERIFY(mentions(s.rtoBasis, "replica"));
        // Critical region targets 1 h / 15 min: the restore misses the RTO, meets the RPO.
        const auto v = judgeScenario(s);
        QVERIFY(!v.gated);
        QVERIFY(!v.rtoMet);
        QVERIFY(v.rpoMet);
    }

    void aCorruptionWithOnlyDailyBackupsLosesADay()
    {
        auto b = test::workedExampleA();
        set(b, "db-use1", "backups", true);
        set(b, "db-use1", "restoreGbPerHour", 400.0);
        b.design().workload.storedData = 50.0 * units::gigabytes;
        const auto s = run(b.build(), DisruptionKind::DataCorruption, "db-use1");
        // 50 GB / 400 GB/h = 450 s + 900 s redeploy = 1,350 s; RPO one 24 h interval.
        QCOMPARE(s.rto->worst.value(), 1350.0);
        QCOMPARE(s.rpo->value(), 86400.0);
        // Both figures are named assumptions in the basis.
        QVERIFY(mentions(s.rtoBasis, "assumption restoreGbPerHour"));
        QVERIFY(mentions(s.rtoBasis, "assumption redeployMinutes, default"));
        // The design's assumptions section sets the redeploy: 5 min = 300 s: 450 + 300 = 750 s.
        b.design().assumptions.redeployMinutes = 5.0;
        const auto quicker = run(b.build(), DisruptionKind::DataCorruption, "db-use1");
        QCOMPARE(quicker.rto->worst.value(), 750.0);
        QVERIFY(mentions(quicker.rtoBasis, "set by the design"));
    }

    void aCorruptionWithNoBackupCannotBeUndone()
    {
        const auto s = run(test::singleRegionStack(), DisruptionKind::DataCorruption, "db");
        QVERIFY(!s.rto.has_value());
        QVERIFY(s.dataLossUnbounded);
        QCOMPARE(s.flows[0].brokenBy, std::vector<std::string>{"db"});
    }

    void aRegionRestoreCountsOnlyCrossRegionBackups()
    {
        auto b = test::workedExampleA();
        set(b, "db-use1", "backups", true);
        set(b, "db-use1", "pointInTimeRecovery", true);
        const auto design = b.build();
        const DesignIndex index(design, test::builtInCatalogues());
        const auto& db = *design.service(ServiceId{"db-use1"});
        QVERIFY(!restoreEstimate(index, db, true).time.has_value());
        // Cross-region: the backup interval, not the in-region point-in-time log.
        auto c = test::workedExampleA();
        set(c, "db-use1", "backups", true);
        set(c, "db-use1", "pointInTimeRecovery", true);
        set(c, "db-use1", "backupCrossRegion", true);
        const auto crossDesign = c.build();
        const DesignIndex cross(crossDesign, test::builtInCatalogues());
        const auto r = restoreEstimate(cross, *crossDesign.service(ServiceId{"db-use1"}), true);
        QCOMPARE(r.rpo->value(), 86400.0);
        QCOMPARE(r.time->value(), 4500.0);
    }
};

QTEST_GUILESS_MAIN(TestPartialScenarios)
#include "tst_partialscenarios.moc"

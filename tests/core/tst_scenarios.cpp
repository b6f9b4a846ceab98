#include "DesignBuilder.h"
#include "ReferenceDesigns.h"
#include "TestCatalogues.h"
#include "core/resilience/ReplicaGroups.h"
#include "core/resilience/Scenario.h"

#include <QTest>

using namespace rs;
using test::DesignBuilder;

namespace {

ScenarioResult regionDown(const Design& d, const std::string& region)
{
    return simulate(DesignIndex(d, test::builtInCatalogues()),
                    {DisruptionKind::RegionDown, region});
}

} // namespace

class TestScenarios : public QObject
{
    Q_OBJECT

private slots:
    void replicaGroupsJoinCopiesEitherWayAndThroughOthers()
    {
        // c -> b <- a, d alone; e replicates to a store the design does not have.
        const auto builder = DesignBuilder()
                                 .region("r1", "us-east-1", 50.0)
                                 .region("r2", "us-west-2", 50.0)
                                 .service("a", "aws.dynamodb", "r1")
                                 .service("b", "aws.dynamodb", "r2")
                                 .service("c", "aws.dynamodb", "r1")
                                 .service("d", "aws.dynamodb", "r2")
                                 .service("e", "aws.dynamodb", "r1")
                                 .link("a", "b", LinkKind::Replication)
                                 .link("c", "b", LinkKind::Replication);
        auto design = builder.build();
        Link dangling;
        dangling.id = LinkId{"e-ghost"};
        dangling.from = ServiceId{"e"};
        dangling.to = ServiceId{"ghost"};
        dangling.kind = LinkKind::Replication;
        design.links.emplace(dangling.id, dangling); // as in a design that did not validate
        const DesignIndex index(design, test::builtInCatalogues());
        const auto ids = [&](const char* store) {
            std::vector<std::string> out;
            for (const auto* s : replicaGroup(index, *design.service(ServiceId{store})))
                out.push_back(s->id.value);
            return out;
        };
        const std::vector<std::string> abc{"a", "b", "c"};
        QCOMPARE(ids("a"), abc);
        QCOMPARE(ids("b"), abc);
        QCOMPARE(ids("c"), abc);
        QCOMPARE(ids("d"), std::vector<std::string>{"d"});
        QCOMPARE(ids("e"), std::vector<std::string>{"e"});
        // Two copies only send: the first by id is taken as the writer.
        QCOMPARE(writerOf(index, replicaGroup(index, *design.service(ServiceId{"b"})))->id.value,
                 std::string("a"));
    }

    void losingTheActiveRegionReproducesWorkedExampleA()
    {
        const auto design = test::workedExampleA().build();
        const auto s = regionDown(design, "use1");
        QCOMPARE(s.flows.size(), std::size_t{1});
        QVERIFY(s.flows[0].affected);
        QVERIFY(s.flows[0].survives);
        // The surviving path runs through the standby region.
        const auto& path = s.flows[0].path;
        QVERIFY(std::find(path.begin(), path.end(), "db-usw2") != path.end());
        QVERIFY(std::find(path.begin(), path.end(), "api-use1") == path.end());
        // Detection 30 s x 3 = 90 s, TTL 60 s: worst 150 s, expected 90 + 30 = 120 s; no
        // promotion for a multi-writer global table.
        QVERIFY(s.rto.has_value());
        QCOMPARE(s.rto->worst.value(), 150.0);
        QCOMPARE(s.rto->expected.value(), 120.0);
        // MREC replicates "typically within 1 s" with no SLA on lag (S26): no bound, so the
        // RPO is unbounded, typically 1 s; writes at risk typically 200 rps x 25 % x 100 % x
        // 1 s (one call per request into the table, more than the 25 % write share).
        QVERIFY(s.dataLossUnbounded);
        QCOMPARE(s.rpoTypical->value(), 1.0);
        QCOMPARE(s.writesAtRiskTypical, 50.0);
        QCOMPARE(s.writesAtRisk, 0.0);
        // Critical tier: 1 h RTO met; the 15 min RPO cannot be met without a bound.
        QVERIFY(s.rtoMet());
        QVERIFY(!s.rpoMet());
        // The standby takes 100 % of traffic with 0 + 100 % capacity.
        QCOMPARE(s.capacity.size(), std::size_t{1});
        QCOMPARE(s.capacity[0].requiredPercent, 100.0);
        QVERIFY(s.capacityMet());
    }

    void losingTheStandbyAffectsNoUser()
    {
        const auto s = regionDown(test::workedExampleA().build(), "usw2");
        QVERIFY(!s.flows[0].affected);
        QCOMPARE(s.rto->worst.value(), 0.0);
        // The standby's replica held nothing it alone had: its traffic share is 0.
        QCOMPARE(s.writesAtRisk, 0.0);
    }

    void aStandbyTooSmallMissesCapacity()
    {
        auto b = test::workedExampleA();
        b.design().regions.at(RegionId{"usw2"}).headroomPercent = 60.0;
        const auto s = regionDown(b.build(), "use1");
        QCOMPARE(s.capacity[0].capacityPercent, 60.0);
        QVERIFY(!s.capacityMet());
    }

    void aSingleRegionCannotRecover()
    {
        const auto design = test::singleRegionStack();
        const auto s = regionDown(design, "use1");
        QVERIFY(s.flows[0].affected);
        QVERIFY(!s.flows[0].survives);
        QVERIFY(!s.rto.has_value());
        QVERIFY(s.dataLossUnbounded);
        QVERIFY(!s.rtoMet());
        QVERIFY(!s.rpoMet());
    }

    void aCrossRegionCallBreaksTheSurvivingPath()
    {
        // The standby's function writes to the primary's table: nothing is left when it goes.
        auto b = test::workedExampleA();
        b.design().links.erase(LinkId{"l-fn-usw2-db-usw2-request"});
        b.link("fn-usw2", "db-use1", LinkKind::Request);
        b.design().services.at(ServiceId{"db-use1"}).properties.clear();
        b.design().links.erase(LinkId{"l-db-use1-db-usw2-replication"});
        const auto s = regionDown(b.build(), "use1");
        QVERIFY(!s.flows[0].survives);
        QCOMPARE(s.flows[0].brokenBy, std::vector<std::string>{"db-use1"});
    }

    void aManualDecisionAndAPromotionLengthenTheRto()
    {
        // Aurora Global Database: single writer in us-east-1, promotion 60 s (§6.2 parameter).
        // No health check: someone must notice, decide and move both data and traffic.
        DesignBuilder b;
        b.region("use1", "us-east-1", 100)
            .region("usw2", "us-west-2", 0, RegionRole::WarmStandby, 100)
            .service("dns", "aws.route53")
            .link("dns", "fn-use1", LinkKind::Route)
            .link("dns", "fn-usw2", LinkKind::Route);
        for (const std::string r : {"use1", "usw2"})
            b.service("fn-" + r, "aws.lambda", r)
                .service("db-" + r, "aws.aurora-global", r)
                .link("fn-" + r, "db-" + r, LinkKind::Request);
        b.link("db-use1", "db-usw2", LinkKind::Replication);
        b.design().operations.decision = FailoverDecision::Manual;
        b.design().operations.manualDecisionTime = 600.0 * units::seconds;
        const auto s = regionDown(b.build(), "use1");
        // §6.2 with traffic waiting for data: 600 s decision + max(60 s promotion, 0) + 60 s
        // TTL = 720 s worst; expected 600 + 60 + 30 = 690 s.
        QCOMPARE(s.rto->worst.value(), 720.0);
        QCOMPARE(s.rto->expected.value(), 690.0);
    }

    void healthChecksMoveUsersWhileAnOperatorPromotes()
    {
        // Issue 21, example 06: the same design with Route 53 health checks. Users move at
        // 90 s detection + 60 s TTL by themselves; writes wait for the operator (600 s) and
        // Aurora's failover (60 s) from detection: 90 + max(60, 660) = 750 s worst, 90 +
        // max(30, 660) = 750 s expected. No second manual decision on the DNS switch.
        const auto s = regionDown(test::auroraGlobalPair().build(), "use1");
        QCOMPARE(s.rto->worst.value(), 750.0);
        QCOMPARE(s.rto->expected.value(), 750.0);
        // The basis names the gap where users reach a read-only copy: 660 - 60 = 600 s.
        QVERIFY(s.rtoBasis.find("read-only copy for up to 600 s") != std::string::npos);
        // The path names the router, its two health checks and the promoted replica.
        QVERIFY(std::find(s.failoverPath.begin(), s.failoverPath.end(), "dns") !=
                s.failoverPath.end());
        QVERIFY(std::find(s.failoverPath.begin(), s.failoverPath.end(), "db-usw2") !=
                s.failoverPath.end());
        // The store's promotion is manual.
        const auto store = std::find_if(s.stores.begin(), s.stores.end(),
                                        [](const auto& st) { return st.storeId == "db-use1"; });
        QCOMPARE(store->promotionMode, PromotionMode::Manual);
    }

    void aCdnWithoutOriginGroupLeavesFailoverToTheDnsBehindIt()
    {
        // Issue 21, example 03: CloudFront in front of Route 53 (latency, health checks), no
        // origin group. Not "30 s through origin failover": Route 53 30 s x 3 = 90 s + TTL
        // 60 s = 150 s worst, 90 + 30 = 120 s expected.
        auto b = test::workedExampleA();
        b.service("cdn", "aws.cloudfront", {}, {{"originFailover", false}})
            .link("cdn", "dns", LinkKind::Origin);
        const auto s = regionDown(b.build(), "use1");
        QCOMPARE(s.rto->worst.value(), 150.0);
        QCOMPARE(s.rto->expected.value(), 120.0);
        QVERIFY(s.rtoBasis.find("origin failover") == std::string::npos);
        // With an origin group the distribution itself fails over per request: 3 x 10 s, no
        // DNS; the standby's Lambda has no provisioned concurrency, so it scales from cold:
        // 200 rps x 100 % x 0.1 s = 20 concurrent executions, one 10 s step (1,000 per 10 s):
        // 30 + max(0, 10) = 40 s. (Behind DNS the 60 s TTL hid that step.)
        auto grouped = test::workedExampleA();
        grouped.service("cdn", "aws.cloudfront", {}, {{"originFailover", true}})
            .link("cdn", "dns", LinkKind::Origin);
        QCOMPARE(regionDown(grouped.build(), "use1").rto->worst.value(), 40.0);
        // Provisioned concurrency in the standby removes the step: 30 s.
        grouped.design().services.at(ServiceId{"fn-usw2"}).properties["provisionedConcurrency"] =
            std::int64_t{50};
        QCOMPARE(regionDown(grouped.build(), "use1").rto->worst.value(), 30.0);
    }

    void anAutomaticFailoverGroupWaitsItsGracePeriod()
    {
        // Issue 21: Azure SQL failover group, automatic policy, 1 h grace. Front Door detects
        // in 30 s x (4 - 3 + 1) = 60 s, no DNS; writes resume after 3,600 s grace + 30 s
        // promotion: 60 + max(0, 3,630) = 3,690 s, not 1 min 30 s.
        DesignBuilder b;
        b.region("weu", "westeurope", 100, RegionRole::Active, 0, Provider::Azure)
            .region("neu", "northeurope", 0, RegionRole::WarmStandby, 100, Provider::Azure)
            .service("afd", "azure.front-door");
        for (const std::string r : {"weu", "neu"})
            b.service("fn-" + r, "azure.functions", r)
                .service("sql-" + r, "azure.sql-database", r,
                         {{"replicationMode", std::string("async")},
                          {"failoverGroup", true},
                          {"failoverPolicy", std::string("automatic")},
                          {"gracePeriodHours", std::int64_t{1}}})
                .link("fn-" + r, "sql-" + r, LinkKind::Request)
                .link("afd", "fn-" + r, LinkKind::Route)
                .link("afd", "fn-" + r, LinkKind::HealthCheck);
        b.link("sql-weu", "sql-neu", LinkKind::Replication);
        const auto s = regionDown(b.build(), "weu");
        QCOMPARE(s.rto->worst.value(), 3690.0);
        // Geo-replication lag is typical only (5 s): unbounded.
        QVERIFY(s.dataLossUnbounded);
        QCOMPARE(s.rpoTypical->value(), 5.0);
    }

    void writesAtRiskUseEachStoresOwnBound()
    {
        // Issue 21, example 02: a bucket with RTC (bound 900 s) beside a global table (no
        // bound, typically 1 s). 200 rps x 25 % writes. The bucket takes 0.05 calls per
        // request: 200 x 0.05 = 10 writes/s x 900 s = 9,000 at its bound; the table takes
        // 200 x 25 % = 50/s, typically 50 x 1 s = 50 — not 50 x 900 s.
        auto b = test::workedExampleA();
        for (const std::string r : {"use1", "usw2"}) {
            b.service(
                "docs-" + r, "aws.s3", r,
                {{"replicationMode", std::string("async")}, {"replicationTimeControl", true}});
            b.link("fn-" + r, "docs-" + r, LinkKind::Request);
        }
        b.link("docs-use1", "docs-usw2", LinkKind::Replication);
        auto design = b.build();
        for (auto& [id, link] : design.links) {
            if (link.to.value.rfind("docs-", 0) == 0 && link.kind == LinkKind::Request)
                link.callsPerRequest = 0.05;
        }
        const auto s = regionDown(design, "use1");
        const auto store = [&](const char* id) {
            return *std::find_if(s.stores.begin(), s.stores.end(),
                                 [&](const auto& st) { return st.storeId == id; });
        };
        QCOMPARE(store("docs-use1").writesAtRisk, 9000.0);
        QCOMPARE(store("docs-use1").rpo->value(), 900.0);
        QVERIFY(!store("db-use1").rpo.has_value());
        QCOMPARE(store("db-use1").writesAtRiskTypical, 50.0);
        // The scenario: unbounded (the table), 9,000 at the bounds it has, 9,050 typically.
        QVERIFY(s.dataLossUnbounded);
        QCOMPARE(s.writesAtRisk, 9000.0);
        QCOMPARE(s.writesAtRiskTypical, 9050.0);
        QCOMPARE(rpoSummary(s), std::string("unbounded (typically 15 min)"));
    }

    void losingTheOnlyRouterBreaksEveryFlow()
    {
        const auto s =
            simulate(DesignIndex(test::workedExampleA().build(), test::builtInCatalogues()),
                     {DisruptionKind::GlobalServiceDown, "dns"});
        QVERIFY(s.flows[0].affected);
        QVERIFY(!s.flows[0].survives);
        QCOMPARE(s.flows[0].brokenBy, std::vector<std::string>{"dns"});
        QVERIFY(!s.rto.has_value());
    }

    void aCutReplicationLinkBreaksNoFlow()
    {
        const auto s =
            simulate(DesignIndex(test::workedExampleA().build(), test::builtInCatalogues()),
                     {DisruptionKind::ReplicationCut, "l-db-use1-db-usw2-replication"});
        QVERIFY(!s.flows[0].affected);
        QCOMPARE(s.stores.size(), std::size_t{2});
        QVERIFY(s.rpoMet());
    }

    void failoverOutsideTheContinentBreachesResidency()
    {
        auto b = test::workedExampleA();
        b.design().targets.residency = Residency::SameContinent;
        b.design().regions.at(RegionId{"use1"}).code = "eu-west-1";
        const auto s = regionDown(b.build(), "use1");
        // Home is eu-west-1 (Europe); after failover the table in us-west-2 serves the data.
        QCOMPARE(s.residency.size(), std::size_t{1});
        QCOMPARE(s.residency[0].elementId, std::string("db-usw2"));
    }

    void everyRegionGlobalServiceAndReplicationLinkHasAScenario()
    {
        const auto design = test::workedExampleA().build();
        const auto all = simulateAll(DesignIndex(design, test::builtInCatalogues()));
        // 2 regions + 1 global router + 1 replication link; then a zone of each of the 2
        // serving regions, the 3 home-region services on the flow, 1 corrupted data set
        // (tst_partialscenarios).
        QCOMPARE(all.size(), std::size_t{4 + 2 + 3 + 1});
    }
};

QTEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"

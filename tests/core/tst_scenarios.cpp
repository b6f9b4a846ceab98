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
        // MREC replicates within ~1 s: RPO 1 s; writes at risk 200 rps x 25 % x 100 % x 1 s.
        QCOMPARE(s.rpo->value(), 1.0);
        QCOMPARE(s.writesAtRisk, 50.0);
        // Critical tier: 1 h RTO, 15 min RPO.
        QVERIFY(s.rtoMet());
        QVERIFY(s.rpoMet());
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
        // 90 s detection + 600 s decision + max(60 s promotion, 0) + 60 s TTL = 810 s worst;
        // expected 90 + 600 + 60 + 30 = 780 s.
        QCOMPARE(s.rto->worst.value(), 810.0);
        QCOMPARE(s.rto->expected.value(), 780.0);
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

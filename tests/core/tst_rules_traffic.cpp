// Traffic and failover rules RES-021 to RES-030: for each, designs that trigger it and the
// nearest design with the one fix that does not.
#include "DesignBuilder.h"
#include "FindingChecks.h"
#include "core/rules/RuleCatalogue.h"

#include <QTest>

using namespace rs;
using test::DesignBuilder;
using test::runRule;
using namespace rs::test;

namespace {

/// Two AWS regions, each with an API gateway in front of a function.
DesignBuilder twoRegions(double east = 50, double west = 50)
{
    DesignBuilder b;
    b.region("use1", "us-east-1", east)
        .region("usw2", "us-west-2", west)
        .service("api-use1", "aws.api-gateway", "use1")
        .service("api-usw2", "aws.api-gateway", "usw2")
        .service("fn-use1", "aws.lambda", "use1")
        .service("fn-usw2", "aws.lambda", "usw2")
        .link("api-use1", "fn-use1", LinkKind::Request)
        .link("api-usw2", "fn-usw2", LinkKind::Request);
    return b;
}

/// twoRegions() behind a router that routes to and health-checks both gateways.
DesignBuilder routed(const std::string& kind = "aws.route53", Properties properties = {})
{
    auto b = twoRegions();
    b.service("dns", kind, {}, properties)
        .link("dns", "api-use1", LinkKind::Route)
        .link("dns", "api-usw2", LinkKind::Route)
        .link("dns", "api-use1", LinkKind::HealthCheck)
        .link("dns", "api-usw2", LinkKind::HealthCheck);
    return b;
}

DesignBuilder withoutLink(DesignBuilder b, const std::string& id)
{
    b.design().links.erase(LinkId{id});
    return b;
}

DesignBuilder withRto(DesignBuilder b, double seconds)
{
    b.design().targets.region.rto = seconds * units::seconds;
    return b;
}

DesignBuilder withOperations(DesignBuilder b, FailoverDecision decision, bool runbook)
{
    b.design().operations.decision = decision;
    b.design().operations.failoverRunbook = runbook;
    return b;
}

/// routed() with an Aurora global database written in us-east-1 and replicated to us-west-2.
DesignBuilder withAuroraReplica(DesignBuilder b)
{
    b.service("db-use1", "aws.aurora-global", "use1")
        .service("db-usw2", "aws.aurora-global", "usw2")
        .link("db-use1", "db-usw2", LinkKind::Replication);
    return b;
}

const char* const hcWest = "l-dns-api-usw2-health-check";

} // namespace

class TestTrafficRules : public QObject
{
    Q_OBJECT

private slots:
    void res021RoutersHealthCheckEveryRegionalEndpoint_data()
    {
        addElementColumns();
        QTest::newRow("both endpoints checked") << routed().build() << QStringList{};
        QTest::newRow("no check on us-west-2") << withoutLink(routed(), hcWest).build()
                                               << QStringList{"dns,api-usw2,l-dns-api-usw2-route"};
        QTest::newRow("a check on a deeper service of the region covers it")
            << withoutLink(routed(), hcWest).link("dns", "fn-usw2", LinkKind::HealthCheck).build()
            << QStringList{};
        QTest::newRow("no router: each entry point is unreachable by failover")
            << twoRegions().build() << QStringList{"api-use1", "api-usw2"};
        QTest::newRow("router reaches only one region")
            << twoRegions()
                   .service("dns", "aws.route53")
                   .link("dns", "api-use1", LinkKind::Route)
                   .link("dns", "api-use1", LinkKind::HealthCheck)
                   .build()
            << QStringList{"api-usw2"};
        QTest::newRow("single region needs no router")
            << DesignBuilder()
                   .region("use1", "us-east-1", 100)
                   .service("api-use1", "aws.api-gateway", "use1")
                   .build()
            << QStringList{};
        QTest::newRow("CloudFront across regions without origin failover")
            << twoRegions()
                   .service("cdn", "aws.cloudfront")
                   .link("cdn", "api-use1", LinkKind::Origin)
                   .link("cdn", "api-usw2", LinkKind::Origin)
                   .build()
            << QStringList{"cdn,l-cdn-api-use1-origin,l-cdn-api-usw2-origin"};
        QTest::newRow("CloudFront with an origin failover group")
            << twoRegions()
                   .service("cdn", "aws.cloudfront", {}, {{"originFailover", true}})
                   .link("cdn", "api-use1", LinkKind::Origin)
                   .link("cdn", "api-usw2", LinkKind::Origin)
                   .build()
            << QStringList{};
    }
    void res021RoutersHealthCheckEveryRegionalEndpoint() { checkElements("RES-021"); }

    void res022FailoverTimeFitsTheRegionRto_data()
    {
        QTest::addColumn<Design>("design");
        QTest::addColumn<QString>("figure"); // empty: no finding expected
        // Route 53 defaults: detection 30 s x 3 = 90 s, + TTL 60 s = 150 s worst.
        QTest::newRow("Route 53 150 s over 120 s")
            << withRto(routed(), 120).build() << "at worst 150 s";
        QTest::newRow("Route 53 150 s within 150 s") << withRto(routed(), 150).build() << "";
        // TTL 30: 90 + 30 = 120 s, exactly the RTO.
        QTest::newRow("Route 53 with TTL 30 within 120 s")
            << withRto(routed("aws.route53", {{"ttlSeconds", std::int64_t{30}}}), 120).build()
            << "";
        // Health checks move users by themselves: a manual runbook adds nothing to the DNS
        // switch (issue 21), 150 s.
        QTest::newRow("manual runbook, health checks, 150 s within 600 s")
            << withRto(withOperations(routed(), FailoverDecision::Manual, true), 600).build() << "";
        // Without health checks someone decides and edits the records: 900 s + TTL 60 s.
        QTest::newRow("no health check 960 s over 600 s")
            << withRto(withoutLink(withoutLink(routed(), "l-dns-api-use1-health-check"), hcWest),
                       600)
                   .build()
            << "at worst 960 s";
        QTest::newRow("automatic within 600 s") << withRto(routed(), 600).build() << "";
        // Traffic Manager defaults: 30 s x (3 + 1) + 10 s timeout = 130 s, + TTL 30 s = 160 s
        // (reference example B).
        QTest::newRow("Traffic Manager 160 s over 150 s")
            << withRto(routed("azure.traffic-manager"), 150).build() << "at worst 160 s";
        // Front Door: 30 s x (4 - 3 + 1) = 60 s, no DNS caching.
        QTest::newRow("Front Door 60 s over 59 s")
            << withRto(routed("azure.front-door"), 59).build() << "at worst 60 s";
        QTest::newRow("Front Door 60 s within 60 s")
            << withRto(routed("azure.front-door"), 60).build() << "";
    }
    void res022FailoverTimeFitsTheRegionRto()
    {
        QFETCH(Design, design);
        QFETCH(QString, figure);
        const auto findings = runRule(design, "RES-022");
        if (figure.isEmpty()) {
            QCOMPARE(elementsOf(findings), QStringList{});
            return;
        }
        QCOMPARE(elementsOf(findings), QStringList{"dns"});
        QVERIFY2(messageOf(findings).contains(figure), qPrintable(messageOf(findings)));
    }

    void res022UsesTheTierRtoWhenNoneIsSet()
    {
        // Mission-critical region RTO is 5 min = 300 s; Route 53 with a 300 s TTL:
        // 90 + 300 = 390 s > 300 s. With the default TTL (150 s) it fits.
        auto slow = routed("aws.route53", {{"ttlSeconds", std::int64_t{300}}});
        slow.tier(Tier::MissionCritical);
        const auto findings = runRule(slow.build(), "RES-022");
        QCOMPARE(elementsOf(findings), QStringList{"dns"});
        QVERIFY2(messageOf(findings).contains("390 s") && messageOf(findings).contains("300 s"),
                 qPrintable(messageOf(findings)));
        auto fast = routed();
        fast.tier(Tier::MissionCritical);
        QCOMPARE(runRule(fast.build(), "RES-022").size(), std::size_t{0});
    }

    void res023DnsTtlAtMost60Seconds_data()
    {
        addElementColumns();
        QTest::newRow("Route 53 default 60 s") << routed().build() << QStringList{};
        QTest::newRow("Route 53 61 s")
            << routed("aws.route53", {{"ttlSeconds", std::int64_t{61}}}).build()
            << QStringList{"dns"};
        QTest::newRow("Cloud DNS default 300 s")
            << DesignBuilder()
                   .region("use1", "us-east1", 50, RegionRole::Active, 0, Provider::Gcp)
                   .region("usc1", "us-central1", 50, RegionRole::Active, 0, Provider::Gcp)
                   .service("run-use1", "gcp.cloud-run", "use1")
                   .service("run-usc1", "gcp.cloud-run", "usc1")
                   .service("dns", "gcp.cloud-dns")
                   .link("dns", "run-use1", LinkKind::Route)
                   .link("dns", "run-usc1", LinkKind::Route)
                   .build()
            << QStringList{"dns"};
        QTest::newRow("Traffic Manager default 30 s")
            << routed("azure.traffic-manager").build() << QStringList{};
        QTest::newRow("Global Accelerator has no TTL")
            << routed("aws.global-accelerator").build() << QStringList{};
        // A router serving a single region does not fail over, so its TTL is not a failover TTL.
        QTest::newRow("single-region router")
            << DesignBuilder()
                   .region("use1", "us-east-1", 100)
                   .service("api", "aws.api-gateway", "use1")
                   .service("dns", "aws.route53", {}, {{"ttlSeconds", std::int64_t{300}}})
                   .link("dns", "api", LinkKind::Route)
                   .build()
            << QStringList{};
    }
    void res023DnsTtlAtMost60Seconds()
    {
        QFETCH(Design, design);
        QFETCH(QStringList, expected);
        const auto findings = runRule(design, "RES-023");
        QCOMPARE(elementsOf(findings), expected);
    }

    void res023NamesTheTtl()
    {
        const auto findings =
            runRule(routed("aws.route53", {{"ttlSeconds", std::int64_t{61}}}).build(), "RES-023");
        QVERIFY2(messageOf(findings).contains("61 s"), qPrintable(messageOf(findings)));
    }

    void res024HealthChecksGoDeep_data()
    {
        addElementColumns();
        // Both checked gateways call a function the root path does not exercise.
        QTest::newRow("root path on gateways with dependencies")
            << routed().build()
            << QStringList{"dns,api-use1,l-dns-api-use1-health-check,api-usw2,"
                           "l-dns-api-usw2-health-check"};
        QTest::newRow("deep path")
            << routed("aws.route53", {{"healthCheckPath", std::string("/health/deep")}}).build()
            << QStringList{};
        QTest::newRow("checks on the functions themselves")
            << withoutLink(withoutLink(routed(), "l-dns-api-use1-health-check"), hcWest)
                   .link("dns", "fn-use1", LinkKind::HealthCheck)
                   .link("dns", "fn-usw2", LinkKind::HealthCheck)
                   .build()
            << QStringList{};
    }
    void res024HealthChecksGoDeep() { checkElements("RES-024"); }

    void res025ManualFailoverWithoutChecksEditsRecords_data()
    {
        addElementColumns();
        const auto manual = [](DesignBuilder b) {
            return withOperations(std::move(b), FailoverDecision::Manual, true);
        };
        // Route 53's control plane is in us-east-1, which this design uses (region use1).
        QTest::newRow("manual, us-west-2 unchecked")
            << manual(withoutLink(routed(), hcWest)).build() << QStringList{"dns,api-usw2,use1"};
        QTest::newRow("manual, every endpoint checked")
            << manual(routed()).build() << QStringList{};
        QTest::newRow("automatic, unchecked (RES-021's case)")
            << withoutLink(routed(), hcWest).build() << QStringList{};
        QTest::newRow("manual Traffic Manager, no control-plane region known")
            << manual(withoutLink(routed("azure.traffic-manager"), hcWest)).build()
            << QStringList{"dns,api-usw2"};
    }
    void res025ManualFailoverWithoutChecksEditsRecords() { checkElements("RES-025"); }

    void res026WafsAllowProbes_data()
    {
        addElementColumns();
        const auto behindWaf = [](bool allowed) {
            return routed("azure.front-door")
                .service("waf", "aws.waf", "usw2", {{"probeSourcesAllowed", allowed}})
                .link("waf", "api-usw2", LinkKind::Route);
        };
        QTest::newRow("WAF blocks probes")
            << behindWaf(false).build()
            << QStringList{"dns,waf,api-usw2," + QString::fromLatin1(hcWest)};
        QTest::newRow("WAF allows probes") << behindWaf(true).build() << QStringList{};
        QTest::newRow("health check on the blocking WAF itself")
            << withoutLink(behindWaf(false), hcWest)
                   .link("dns", "waf", LinkKind::HealthCheck)
                   .build()
            << QStringList{"dns,waf,l-dns-waf-health-check"};
    }
    void res026WafsAllowProbes() { checkElements("RES-026"); }

    void res026SaysFailOpenRoutersSendTrafficEverywhere()
    {
        const auto findings =
            runRule(routed("azure.front-door")
                        .service("waf", "aws.waf", "usw2", {{"probeSourcesAllowed", false}})
                        .link("waf", "api-usw2", LinkKind::Route)
                        .build(),
                    "RES-026");
        QVERIFY2(messageOf(findings).contains("fails open"), qPrintable(messageOf(findings)));
    }

    void res027GeoRoutingHasAFallback_data()
    {
        addElementColumns();
        QTest::newRow("TM geographic, no nested profiles")
            << routed("azure.traffic-manager", {{"routingPolicy", std::string("geographic")}})
                   .build()
            << QStringList{"dns"};
        QTest::newRow("TM geographic with nested profiles")
            << routed("azure.traffic-manager",
                      {{"routingPolicy", std::string("geographic")}, {"nestedProfiles", true}})
                   .build()
            << QStringList{};
        QTest::newRow("TM priority") << routed("azure.traffic-manager").build() << QStringList{};
        QTest::newRow("Cloud DNS geofenced geolocation")
            << routed("gcp.cloud-dns",
                      {{"routingPolicy", std::string("geolocation")}, {"geofencing", true}})
                   .build()
            << QStringList{"dns"};
        QTest::newRow("Cloud DNS geolocation, not geofenced")
            << routed("gcp.cloud-dns", {{"routingPolicy", std::string("geolocation")}}).build()
            << QStringList{};
    }
    void res027GeoRoutingHasAFallback() { checkElements("RES-027"); }

    void res028DataFailsOverBeforeTraffic_data()
    {
        addElementColumns();
        const QString finding = "dns,db-usw2,l-db-use1-db-usw2-replication";
        QTest::newRow("automatic switch to a read-only Aurora replica")
            << withAuroraReplica(routed()).build() << QStringList{finding};
        QTest::newRow("manual without a runbook")
            << withOperations(withAuroraReplica(routed()), FailoverDecision::Manual, false).build()
            << QStringList{finding};
        // Health checks move users on their own: a runbook that promotes first cannot hold
        // them back (example 06's shape; the old expectation skipped every runbook).
        QTest::newRow("manual with a runbook, health checks switch DNS first")
            << withOperations(withAuroraReplica(routed()), FailoverDecision::Manual, true).build()
            << QStringList{finding};
        // Without health checks a person moves users, after promoting as the runbook says.
        QTest::newRow("manual with a runbook, no health checks: data first")
            << withOperations(withoutLink(withoutLink(withAuroraReplica(routed()), hcWest),
                                          "l-dns-api-use1-health-check"),
                              FailoverDecision::Manual, true)
                   .build()
            << QStringList{};
        QTest::newRow("multi-writer DynamoDB global table")
            << routed()
                   .service("db-use1", "aws.dynamodb", "use1",
                            {{"replicationMode", std::string("async")},
                             {"writeMode", std::string("multi")}})
                   .service("db-usw2", "aws.dynamodb", "usw2",
                            {{"replicationMode", std::string("async")},
                             {"writeMode", std::string("multi")}})
                   .link("db-use1", "db-usw2", LinkKind::Replication)
                   .build()
            << QStringList{};
    }
    void res028DataFailsOverBeforeTraffic() { checkElements("RES-028"); }

    void res028GivesPromotionAndSwitchTimes()
    {
        // Aurora promotion 60 s (catalogue); Route 53 switch at worst 90 + 60 = 150 s.
        const auto findings = runRule(withAuroraReplica(routed()).build(), "RES-028");
        QVERIFY2(messageOf(findings).contains("60 s") && messageOf(findings).contains("150 s"),
                 qPrintable(messageOf(findings)));
    }

    void res029ClientsWithUnboundedDnsCaches_data()
    {
        addElementColumns();
        QTest::newRow("unbounded client caches")
            << routed("aws.route53", {{"clientDnsCache", std::string("unbounded")}}).build()
            << QStringList{"dns"};
        QTest::newRow("clients honour the TTL") << routed().build() << QStringList{};
    }
    void res029ClientsWithUnboundedDnsCaches() { checkElements("RES-029"); }

    void res030FailbackPlan_data()
    {
        addElementColumns();
        auto planned = routed();
        planned.design().operations.failbackPlan = true;
        QTest::newRow("two regions, no failback plan")
            << routed().build() << QStringList{"use1,usw2"};
        QTest::newRow("two regions with a failback plan") << planned.build() << QStringList{};
        // A backup-only region serves nobody, so there is nothing to fail back from.
        QTest::newRow("one serving region and a backup region")
            << DesignBuilder()
                   .region("use1", "us-east-1", 100)
                   .region("usw2", "us-west-2", 0, RegionRole::BackupOnly)
                   .build()
            << QStringList{};
    }
    void res030FailbackPlan() { checkElements("RES-030"); }
};

QTEST_GUILESS_MAIN(TestTrafficRules)
#include "tst_rules_traffic.moc"

// Operations (RES-037 to RES-041), capacity (RES-042, RES-043) and residency (RES-044,
// RES-045) rules: for each, designs that trigger it and the nearest design with the one fix
// that does not.
#include "DesignBuilder.h"
#include "FindingChecks.h"
#include "core/rules/RuleCatalogue.h"

#include <QTest>

#include <optional>
#include <tuple>

using namespace rs;
using test::DesignBuilder;
using test::runRule;
using namespace rs::test;

namespace {

/// Two AWS regions with a DynamoDB table in us-east-1 replicated to us-west-2.
DesignBuilder replicatedTable(const std::string& mode = "async")
{
    DesignBuilder b;
    b.region("use1", "us-east-1", 50)
        .region("usw2", "us-west-2", 50)
        .service("db-use1", "aws.dynamodb", "use1", {{"replicationMode", mode}})
        .service("db-usw2", "aws.dynamodb", "usw2", {{"replicationMode", mode}})
        .link("db-use1", "db-usw2", LinkKind::Replication);
    return b;
}

/// replicatedTable() plus an empty third region (eu-west-1) for monitors elsewhere.
DesignBuilder withThirdRegion(DesignBuilder b)
{
    b.region("euw1", "eu-west-1", 0);
    return b;
}

DesignBuilder routed()
{
    DesignBuilder b;
    b.region("use1", "us-east-1", 50)
        .region("usw2", "us-west-2", 50)
        .service("api-use1", "aws.api-gateway", "use1")
        .service("api-usw2", "aws.api-gateway", "usw2")
        .service("dns", "aws.route53")
        .link("dns", "api-use1", LinkKind::Route)
        .link("dns", "api-usw2", LinkKind::Route)
        .link("dns", "api-use1", LinkKind::HealthCheck)
        .link("dns", "api-usw2", LinkKind::HealthCheck);
    return b;
}

DesignBuilder withOperations(DesignBuilder b, FailoverDecision decision, bool runbook,
                             std::optional<double> cadence = std::nullopt)
{
    b.design().operations.decision = decision;
    b.design().operations.failoverRunbook = runbook;
    b.design().operations.drTestCadenceDays = cadence;
    return b;
}

DesignBuilder withPeak(DesignBuilder b, double requestsPerSecond)
{
    b.design().workload.peakRate = requestsPerSecond * units::requests / units::second;
    return b;
}

DesignBuilder withResidency(DesignBuilder b, Residency residency,
                            std::vector<std::string> jurisdictions = {})
{
    b.design().targets.residency = residency;
    b.design().targets.jurisdictions = std::move(jurisdictions);
    return b;
}

/// Ireland (home unless the shares say otherwise) and Frankfurt, a table replicated between.
DesignBuilder irelandAndFrankfurt(double ireland = 60, double frankfurt = 40)
{
    DesignBuilder b;
    b.region("euw1", "eu-west-1", ireland)
        .region("euc1", "eu-central-1", frankfurt)
        .service("db-euw1", "aws.dynamodb", "euw1", {{"replicationMode", std::string("async")}})
        .service("db-euc1", "aws.dynamodb", "euc1", {{"replicationMode", std::string("async")}})
        .link("db-euw1", "db-euc1", LinkKind::Replication);
    return b;
}

/// Route 53 in front of an API in Ireland and a standby API in `code`.
DesignBuilder irelandAndStandby(const std::string& code)
{
    DesignBuilder b;
    b.region("euw1", "eu-west-1", 100)
        .region("sby", code, 0, RegionRole::WarmStandby, 100)
        .service("api-euw1", "aws.api-gateway", "euw1")
        .service("api-sby", "aws.api-gateway", "sby")
        .service("dns", "aws.route53")
        .link("dns", "api-euw1", LinkKind::Route)
        .link("dns", "api-sby", LinkKind::Route);
    return b;
}

} // namespace

class TestOperationsRules : public QObject
{
    Q_OBJECT

private slots:
    void res037ReplicationLagIsAlarmed_data()
    {
        addElementColumns();
        const QString finding = "db-use1,db-usw2,l-db-use1-db-usw2-replication";
        QTest::newRow("no monitoring") << replicatedTable().build() << QStringList{finding};
        QTest::newRow("CloudWatch in the primary's region")
            << replicatedTable().service("mon", "aws.cloudwatch", "use1").build() << QStringList{};
        QTest::newRow("CloudWatch in the replica's region")
            << replicatedTable().service("mon", "aws.cloudwatch", "usw2").build() << QStringList{};
        QTest::newRow("CloudWatch without alarms")
            << replicatedTable()
                   .service("mon", "aws.cloudwatch", "use1", {{"alarmCount", std::int64_t{0}}})
                   .build()
            << QStringList{finding};
        QTest::newRow("Google Cloud Monitoring cannot see AWS regions")
            << replicatedTable().service("mon", "gcp.cloud-monitoring").build()
            << QStringList{finding};
        QTest::newRow("CloudWatch in a third region")
            << withThirdRegion(replicatedTable()).service("mon", "aws.cloudwatch", "euw1").build()
            << QStringList{finding};
        QTest::newRow("CloudWatch in a third region, linked to the replica")
            << withThirdRegion(replicatedTable())
                   .service("mon", "aws.cloudwatch", "euw1")
                   .link("mon", "db-usw2", LinkKind::Request)
                   .build()
            << QStringList{};
        QTest::newRow("CloudWatch in a third region with cross-region observability")
            << withThirdRegion(replicatedTable())
                   .service("mon", "aws.cloudwatch", "euw1", {{"crossRegionObservability", true}})
                   .build()
            << QStringList{};
        QTest::newRow("synchronous quorum has no lag")
            << replicatedTable("sync-quorum").build() << QStringList{};
    }
    void res037ReplicationLagIsAlarmed() { checkElements("RES-037"); }

    void res037GivesTheTypicalLag()
    {
        // DynamoDB global tables replicate "typically within 1 s" (S26), with no SLA on lag.
        const auto findings = runRule(replicatedTable().build(), "RES-037");
        QVERIFY2(messageOf(findings).contains("typical lag 1 s"), qPrintable(messageOf(findings)));
    }

    void res038RouterHealthIsAlarmed_data()
    {
        addElementColumns();
        QTest::newRow("no monitoring") << routed().build() << QStringList{"dns"};
        QTest::newRow("CloudWatch with alarms")
            << routed().service("mon", "aws.cloudwatch", "usw2").build() << QStringList{};
        QTest::newRow("another provider's monitoring")
            << routed().service("mon", "gcp.cloud-monitoring").build() << QStringList{"dns"};
        QTest::newRow("another provider's monitoring linked to the router")
            << routed()
                   .service("mon", "gcp.cloud-monitoring")
                   .link("mon", "dns", LinkKind::Request)
                   .build()
            << QStringList{};
        auto unchecked = routed();
        unchecked.design().links.erase(LinkId{"l-dns-api-use1-health-check"});
        unchecked.design().links.erase(LinkId{"l-dns-api-usw2-health-check"});
        QTest::newRow("router without health checks") << unchecked.build() << QStringList{};
    }
    void res038RouterHealthIsAlarmed() { checkElements("RES-038"); }

    void res039DrTestCadence_data()
    {
        addFindingColumns();
        const auto cadence = [](std::optional<double> days) {
            return withOperations(routed(), FailoverDecision::Automatic, true, days).build();
        };
        // Operations findings concern no element: one finding with an empty element list.
        QTest::newRow("no test planned")
            << cadence(std::nullopt) << QStringList{""} << "No disaster-recovery test";
        QTest::newRow("every 91 days") << cadence(91) << QStringList{""} << "every 91 days";
        QTest::newRow("every 180 days") << cadence(180) << QStringList{""} << "every 180 days";
        QTest::newRow("every 90 days") << cadence(90) << QStringList{} << "";
        QTest::newRow("empty design") << DesignBuilder().build() << QStringList{} << "";
    }
    void res039DrTestCadence() { checkFindings("RES-039"); }

    void res040FailoverRunbook_data()
    {
        addFindingColumns();
        QTest::newRow("automatic, no runbook")
            << withOperations(routed(), FailoverDecision::Automatic, false).build()
            << QStringList{""} << "automatically";
        // The default manual decision time is 900 s.
        QTest::newRow("manual, no runbook")
            << withOperations(routed(), FailoverDecision::Manual, false).build() << QStringList{""}
            << "900 s";
        QTest::newRow("runbook") << withOperations(routed(), FailoverDecision::Manual, true).build()
                                 << QStringList{} << "";
        // One region: nowhere to fail over to, so no failover advice.
        QTest::newRow("single region, manual, no runbook")
            << withOperations(DesignBuilder().region("use1", "us-east-1", 100),
                              FailoverDecision::Manual, false)
                   .build()
            << QStringList{} << "";
    }
    void res040FailoverRunbook() { checkFindings("RES-040"); }

    void res041MonitoringOutsideThePrimary_data()
    {
        addElementColumns();
        const auto shares = [](double east, double west) {
            return DesignBuilder()
                .region("use1", "us-east-1", east)
                .region("usw2", "us-west-2", west);
        };
        QTest::newRow("only in the primary")
            << shares(60, 40).service("mon-use1", "aws.cloudwatch", "use1").build()
            << QStringList{"use1,mon-use1"};
        QTest::newRow("also in the secondary") << shares(60, 40)
                                                      .service("mon-use1", "aws.cloudwatch", "use1")
                                                      .service("mon-usw2", "aws.cloudwatch", "usw2")
                                                      .build()
                                               << QStringList{};
        QTest::newRow("only in the secondary")
            << shares(40, 60).service("mon-use1", "aws.cloudwatch", "use1").build()
            << QStringList{};
        // Equal shares: the primary is the first region by id, use1.
        QTest::newRow("equal shares, in the first by id")
            << shares(50, 50).service("mon-use1", "aws.cloudwatch", "use1").build()
            << QStringList{"use1,mon-use1"};
        QTest::newRow("a global monitoring service")
            << shares(60, 40)
                   .service("mon-use1", "aws.cloudwatch", "use1")
                   .service("mon-global", "gcp.cloud-monitoring")
                   .build()
            << QStringList{};
        QTest::newRow("single region") << DesignBuilder()
                                              .region("use1", "us-east-1", 100)
                                              .service("mon-use1", "aws.cloudwatch", "use1")
                                              .build()
                                       << QStringList{};
    }
    void res041MonitoringOutsideThePrimary() { checkElements("RES-041"); }

    void res042SurvivorsTakeThePeak_data()
    {
        addFindingColumns();
        const auto regions = [](double t1, double h1, double t2, double h2) {
            return DesignBuilder()
                .region("use1", "us-east-1", t1, RegionRole::Active, h1)
                .region("usw2", "us-west-2", t2, RegionRole::Active, h2)
                .build();
        };
        // 60/40 without headroom: losing us-east-1 leaves 0 % spare, 60 % of the default
        // 50 requests/s peak = 30 requests/s unserved; losing us-west-2 leaves 40 % unserved.
        QTest::newRow("no headroom")
            << regions(60, 0, 40, 0) << QStringList{"use1,usw2", "usw2,use1"} << "30 requests/s";
        // Headroom 40 and 60: each survivor's spare covers the other's share exactly.
        QTest::newRow("enough headroom") << regions(60, 40, 40, 60) << QStringList{} << "";
        // Active 100 % with a standby of 50 % headroom: 50 % (25 requests/s) unserved.
        QTest::newRow("standby with half the capacity")
            << regions(100, 0, 0, 50) << QStringList{"use1,usw2"} << "25 requests/s";
        QTest::newRow("standby able to take everything")
            << regions(100, 0, 0, 100) << QStringList{} << "";
    }
    void res042SurvivorsTakeThePeak() { checkFindings("RES-042"); }

    void res042QuotasCoverTheFailoverLoad_data()
    {
        addFindingColumns();
        // Active/standby, the standby able to take 100 % of a 20,000 requests/s peak.
        const auto standby = [](std::int64_t westThrottle, std::int64_t westQuota,
                                double callsPerRequest) {
            auto b = withPeak(DesignBuilder()
                                  .region("use1", "us-east-1", 100)
                                  .region("usw2", "us-west-2", 0, RegionRole::WarmStandby, 100),
                              20000);
            for (const auto& [region, throttle, quota] :
                 {std::tuple{std::string("use1"), std::int64_t{30000}, std::int64_t{10000}},
                  std::tuple{std::string("usw2"), westThrottle, westQuota}}) {
                b.service("api-" + region, "aws.api-gateway", region,
                          {{"throttleRateLimit", throttle}})
                    .service("fn-" + region, "aws.lambda", region, {{"concurrencyQuota", quota}})
                    .link("api-" + region, "fn-" + region, LinkKind::Request);
            }
            b.design().links.at(LinkId{"l-api-usw2-fn-usw2-request"}).callsPerRequest =
                callsPerRequest;
            return b.build();
        };
        // Default throttle 10,000 requests/s < 20,000.
        QTest::newRow("standby API throttle too low")
            << standby(10000, 10000, 1) << QStringList{"api-usw2,usw2"} << "10000 requests/s";
        QTest::newRow("standby API throttle at the peak")
            << standby(20000, 10000, 1) << QStringList{} << "";
        // Concurrency = 20,000 requests/s x 1 call x 0.1 s (default duration) = 2,000 > 1,000.
        QTest::newRow("standby concurrency quota too low")
            << standby(20000, 1000, 1) << QStringList{"fn-usw2,usw2"} << "concurrency of 2000";
        QTest::newRow("standby concurrency quota at the need")
            << standby(20000, 2000, 1) << QStringList{} << "";
        // Three calls per request: 20,000 x 3 x 0.1 s = 6,000 > 5,000.
        QTest::newRow("three calls per request")
            << standby(20000, 5000, 3) << QStringList{"fn-usw2,usw2"} << "concurrency of 6000";
    }
    void res042QuotasCoverTheFailoverLoad() { checkFindings("RES-042"); }

    void res043ShowsTheRedundancyMultiplier()
    {
        // Two serving regions at 50 % with no headroom: capacity 100 % (x1); the table has 2
        // copies: 100 GB (default) x 2 = 200 GB; writes 50 requests/s x 20 % = 10/s, x2 = 20.
        const auto findings = runRule(replicatedTable().build(), "RES-043");
        QCOMPARE(elementsOf(findings),
                 (QStringList{"use1,usw2", "db-use1,db-usw2,l-db-use1-db-usw2-replication"}));
        QVERIFY2(messageOf(findings, 0).contains("100 % of peak") &&
                     messageOf(findings, 0).contains("x1 "),
                 qPrintable(messageOf(findings, 0)));
        QVERIFY2(messageOf(findings, 1).contains("2 copies in 2 regions") &&
                     messageOf(findings, 1).contains("200 GB") &&
                     messageOf(findings, 1).contains("become 20"),
                 qPrintable(messageOf(findings, 1)));

        // Active 100 % + standby able to take 100 %: capacity 200 % (x2).
        const auto standby =
            runRule(DesignBuilder()
                        .region("use1", "us-east-1", 100)
                        .region("usw2", "us-west-2", 0, RegionRole::WarmStandby, 100)
                        .build(),
                    "RES-043");
        QCOMPARE(elementsOf(standby), QStringList{"use1,usw2"});
        QVERIFY2(messageOf(standby).contains("200 % of peak") && messageOf(standby).contains("x2 "),
                 qPrintable(messageOf(standby)));

        // A single region without replicas has no redundancy to show.
        QCOMPARE(runRule(DesignBuilder()
                             .region("use1", "us-east-1", 100)
                             .service("db", "aws.dynamodb", "use1")
                             .build(),
                         "RES-043")
                     .size(),
                 std::size_t{0});
    }

    void res043CountsAChainOfReplicasAsOneGroup()
    {
        // Cosmos DB in three Azure regions, two of them zone redundant: 3 copies, 300 GB.
        auto b = DesignBuilder()
                     .region("weu", "westeurope", 100, RegionRole::Active, 0, Provider::Azure)
                     .region("neu", "northeurope", 0, RegionRole::Active, 0, Provider::Azure)
                     .region("frc", "francecentral", 0, RegionRole::BackupOnly, 0, Provider::Azure);
        for (const auto* r : {"weu", "neu", "frc"})
            b.service(std::string("db-") + r, "azure.cosmos-db", r,
                      {{"replicationMode", std::string("async")},
                       {"zoneRedundant", std::string(r) != "frc"}});
        b.link("db-weu", "db-neu", LinkKind::Replication)
            .link("db-neu", "db-frc", LinkKind::Replication);
        const auto findings = runRule(b.build(), "RES-043");
        // The backup-only region serves nobody: weu and neu make the capacity finding.
        QCOMPARE(elementsOf(findings),
                 (QStringList{"neu,weu", "db-frc,db-neu,db-weu,l-db-neu-db-frc-replication,"
                                         "l-db-weu-db-neu-replication"}));
        const auto message = messageOf(findings, 1);
        QVERIFY2(message.contains("3 copies in 3 regions") && message.contains("300 GB") &&
                     message.contains("+100 %") && message.contains("+25 % (2 of them)"),
                 qPrintable(message));
    }

    void res044DataStaysInsideTheResidencyBoundary_data()
    {
        addElementColumns();
        const auto both = [] { return irelandAndFrankfurt(); };
        QTest::newRow("same country: Frankfurt is outside Ireland")
            << withResidency(both(), Residency::SameCountry).build() << QStringList{"euc1,db-euc1"};
        QTest::newRow("same continent")
            << withResidency(both(), Residency::SameContinent).build() << QStringList{};
        QTest::newRow("EU jurisdiction")
            << withResidency(both(), Residency::Jurisdictions, {"EU"}).build() << QStringList{};
        // Ireland is in the EU jurisdiction, not "IE": both regions are outside.
        QTest::newRow("jurisdiction GB only")
            << withResidency(both(), Residency::Jurisdictions, {"GB"}).build()
            << QStringList{"euc1,db-euc1", "euw1,db-euw1"};
        QTest::newRow("anywhere") << both().build() << QStringList{};
        // Equal shares: home is the first region by id, euc1 (Frankfurt, DE).
        QTest::newRow("equal shares: home is the first by id")
            << withResidency(irelandAndFrankfurt(50, 50), Residency::SameCountry).build()
            << QStringList{"euw1,db-euw1"};
        QTest::newRow("backup-only region on another continent")
            << withResidency(DesignBuilder()
                                 .region("euw1", "eu-west-1", 100)
                                 .region("bak", "us-east-1", 0, RegionRole::BackupOnly),
                             Residency::SameContinent)
                   .build()
            << QStringList{"bak"};
        QTest::newRow("compute only, no data, on another continent")
            << withResidency(irelandAndStandby("us-east-1"), Residency::SameContinent).build()
            << QStringList{};
    }
    void res044DataStaysInsideTheResidencyBoundary() { checkElements("RES-044"); }

    void res044NamesTheBoundary()
    {
        const auto findings = runRule(
            withResidency(irelandAndFrankfurt(), Residency::SameCountry).build(), "RES-044");
        QVERIFY2(messageOf(findings).contains("in DE") && messageOf(findings).contains("IE"),
                 qPrintable(messageOf(findings)));
    }

    void res045RoutingStaysInsideTheResidencyBoundary_data()
    {
        addElementColumns();
        QTest::newRow("failover to North America")
            << withResidency(irelandAndStandby("us-east-1"), Residency::SameContinent).build()
            << QStringList{"dns,sby,api-sby,l-dns-api-sby-route"};
        QTest::newRow("failover inside Europe")
            << withResidency(irelandAndStandby("eu-central-1"), Residency::SameContinent).build()
            << QStringList{};
        QTest::newRow("no residency target")
            << irelandAndStandby("us-east-1").build() << QStringList{};
        const auto cdn = [](Residency residency) {
            return withResidency(DesignBuilder()
                                     .region("euw1", "eu-west-1", 100)
                                     .service("api", "aws.api-gateway", "euw1")
                                     .service("cdn", "aws.cloudfront")
                                     .link("cdn", "api", LinkKind::Origin),
                                 residency)
                .build();
        };
        QTest::newRow("CDN edges worldwide") << cdn(Residency::SameCountry) << QStringList{"cdn"};
        QTest::newRow("CDN without a residency target")
            << cdn(Residency::Anywhere) << QStringList{};
        const auto geo = [](bool geofenced) {
            return withResidency(DesignBuilder()
                                     .region("euw1", "europe-west1", 100, RegionRole::Active, 0,
                                             Provider::Gcp)
                                     .region("usc1", "us-central1", 0, RegionRole::WarmStandby, 100,
                                             Provider::Gcp)
                                     .service("run-euw1", "gcp.cloud-run", "euw1")
                                     .service("run-usc1", "gcp.cloud-run", "usc1")
                                     .service("dns", "gcp.cloud-dns", {},
                                              {{"routingPolicy", std::string("geolocation")},
                                               {"geofencing", geofenced}})
                                     .link("dns", "run-euw1", LinkKind::Route)
                                     .link("dns", "run-usc1", LinkKind::Route),
                                 Residency::SameContinent)
                .build();
        };
        QTest::newRow("geolocation routing fails over to the US")
            << geo(false) << QStringList{"dns,usc1,run-usc1,l-dns-run-usc1-route"};
        QTest::newRow("geofenced geolocation keeps users in place") << geo(true) << QStringList{};
    }
    void res045RoutingStaysInsideTheResidencyBoundary() { checkElements("RES-045"); }
};

QTEST_GUILESS_MAIN(TestOperationsRules)
#include "tst_rules_operations.moc"

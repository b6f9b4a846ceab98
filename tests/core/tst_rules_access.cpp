// Rules on what links read and write and what health checks touch, RES-046 to RES-049: for
// each, a design with the one mistake and the nearest design with the one fix.
#include "DesignBuilder.h"
#include "FindingChecks.h"
#include "core/rules/RuleCatalogue.h"

#include <QTest>

using namespace rs;
using test::DesignBuilder;
using namespace rs::test;

namespace {

/// Two AWS regions serving `east` / `west` % of traffic, each a gateway in front of a function
/// that calls its region's copy of a `kind` store, replicated from us-east-1.
DesignBuilder twoRegionsWithStore(const std::string& kind, double east = 50, double west = 50,
                                  Properties store = {})
{
    DesignBuilder b;
    b.region("use1", "us-east-1", east).region("usw2", "us-west-2", west);
    for (const std::string r : {"use1", "usw2"})
        b.service("api-" + r, "aws.api-gateway", r)
            .service("fn-" + r, "aws.lambda", r)
            .service("db-" + r, kind, r, store)
            .link("api-" + r, "fn-" + r, LinkKind::Request)
            .link("fn-" + r, "db-" + r, LinkKind::Request);
    b.link("db-use1", "db-usw2", LinkKind::Replication);
    return b;
}

DesignBuilder withAccess(DesignBuilder b, const std::string& link, LinkAccess access)
{
    b.design().links.at(LinkId{link}).access = access;
    return b;
}

const Properties globalTable{{"replicationMode", std::string("async")},
                             {"writeMode", std::string("multi")}};

} // namespace

class TestAccessRules : public QObject
{
    Q_OBJECT

private slots:
    void res046WritesToAReadOnlyReplica_data()
    {
        addElementColumns();
        // Aurora global database: us-east-1 writes, us-west-2 is a read-only secondary that
        // serves half the traffic.
        QTest::newRow("serving region writes to its Aurora secondary")
            << twoRegionsWithStore("aws.aurora-global").build()
            << QStringList{"l-fn-usw2-db-usw2-request,fn-usw2,db-usw2"};
        QTest::newRow("the link only reads")
            << withAccess(twoRegionsWithStore("aws.aurora-global"), "l-fn-usw2-db-usw2-request",
                          LinkAccess::Read)
                   .build()
            << QStringList{};
        QTest::newRow("write forwarding on")
            << twoRegionsWithStore("aws.aurora-global", 50, 50, {{"writeForwarding", true}}).build()
            << QStringList{};
        // A warm standby carries no traffic: it writes only after promotion.
        QTest::newRow("idle standby")
            << twoRegionsWithStore("aws.aurora-global", 100, 0).build() << QStringList{};
        QTest::newRow("multi-writer global table")
            << twoRegionsWithStore("aws.dynamodb", 50, 50, globalTable).build() << QStringList{};
    }
    void res046WritesToAReadOnlyReplica() { checkElements("RES-046"); }

    void res047ReadAfterWriteAcrossRegions_data()
    {
        addElementColumns();
        auto crossRead = twoRegionsWithStore("aws.dynamodb", 50, 50, globalTable);
        crossRead.link("fn-use1", "db-usw2", LinkKind::Request);
        crossRead = withAccess(crossRead, "l-fn-use1-db-use1-request", LinkAccess::Write);
        crossRead = withAccess(crossRead, "l-fn-use1-db-usw2-request", LinkAccess::Read);
        QTest::newRow("writes us-east-1, reads the us-west-2 copy")
            << crossRead.build()
            << QStringList{"l-fn-use1-db-use1-request,l-fn-use1-db-usw2-request,db-use1,db-usw2"};
        // Two routers in front of the same regions reach the same pair: one finding.
        auto twoRouters = crossRead;
        twoRouters.service("dns", "aws.route53")
            .service("ga", "aws.global-accelerator")
            .link("dns", "api-use1", LinkKind::Route)
            .link("dns", "api-usw2", LinkKind::Route)
            .link("ga", "api-use1", LinkKind::Route)
            .link("ga", "api-usw2", LinkKind::Route);
        QTest::newRow("two routers, one write and read")
            << twoRouters.build()
            << QStringList{"l-fn-use1-db-use1-request,l-fn-use1-db-usw2-request,db-use1,db-usw2"};
        // The same flow reading the copy it wrote sees its own write.
        QTest::newRow("reads its own region's copy")
            << twoRegionsWithStore("aws.dynamodb", 50, 50, globalTable).build() << QStringList{};
        // A synchronous quorum commits on every copy: no stale read.
        auto spanner = DesignBuilder()
                           .region("euw1", "europe-west1", 50, RegionRole::Active, 0, Provider::Gcp)
                           .region("usc1", "us-central1", 50, RegionRole::Active, 0, Provider::Gcp)
                           .service("run", "gcp.cloud-run", "euw1")
                           .service("sp1", "gcp.spanner", "euw1",
                                    {{"replicationMode", std::string("sync-quorum")}})
                           .service("sp2", "gcp.spanner", "usc1",
                                    {{"replicationMode", std::string("sync-quorum")}})
                           .service("gw", "gcp.api-gateway", "euw1")
                           .link("gw", "run", LinkKind::Request)
                           .link("run", "sp1", LinkKind::Request)
                           .link("run", "sp2", LinkKind::Request)
                           .link("sp1", "sp2", LinkKind::Replication);
        spanner = withAccess(spanner, "l-run-sp1-request", LinkAccess::Write);
        spanner = withAccess(spanner, "l-run-sp2-request", LinkAccess::Read);
        QTest::newRow("synchronous quorum") << spanner.build() << QStringList{};
    }
    void res047ReadAfterWriteAcrossRegions() { checkElements("RES-047"); }

    void res048HealthChecksTouchADependency_data()
    {
        addElementColumns();
        auto b = twoRegionsWithStore("aws.dynamodb", 50, 50, globalTable);
        b.service("dns", "aws.route53")
            .link("dns", "api-use1", LinkKind::Route)
            .link("dns", "api-usw2", LinkKind::Route)
            .link("dns", "api-use1", LinkKind::HealthCheck)
            .link("dns", "api-usw2", LinkKind::HealthCheck);
        QTest::newRow("checks gateways that call functions") << b.build() << QStringList{};
        // A separate health API answered by a mock integration.
        b.service("mock", "aws.api-gateway", "usw2").link("dns", "mock", LinkKind::HealthCheck);
        QTest::newRow("checks a mock endpoint")
            << b.build() << QStringList{"l-dns-mock-health-check,mock"};
    }
    void res048HealthChecksTouchADependency() { checkElements("RES-048"); }

    void res049NoHealthChecksOnGoogleServerlessBackends_data()
    {
        addElementColumns();
        const auto gcp = [](bool healthCheck) {
            DesignBuilder b;
            b.region("euw1", "europe-west1", 50, RegionRole::Active, 0, Provider::Gcp)
                .region("usc1", "us-central1", 50, RegionRole::Active, 0, Provider::Gcp)
                .service("lb", "gcp.cloud-load-balancing")
                .service("run1", "gcp.cloud-run", "euw1")
                .service("run2", "gcp.cloud-run", "usc1")
                .link("lb", "run1", LinkKind::Route)
                .link("lb", "run2", LinkKind::Route);
            if (healthCheck)
                b.link("lb", "run1", LinkKind::HealthCheck);
            return b.build();
        };
        QTest::newRow("load balancer health-checks Cloud Run")
            << gcp(true) << QStringList{"l-lb-run1-health-check,lb,run1"};
        QTest::newRow("outlier detection, no health check") << gcp(false) << QStringList{};
    }
    void res049NoHealthChecksOnGoogleServerlessBackends() { checkElements("RES-049"); }

    void everyNewRuleNamesASource()
    {
        for (const auto* id : {"RES-046", "RES-047", "RES-048", "RES-049"}) {
            const auto* rule = findRule(id);
            QVERIFY2(rule, id);
            QVERIFY(!rule->source.empty());
            QVERIFY(!rule->remediation.empty());
        }
    }
};

QTEST_GUILESS_MAIN(TestAccessRules)
#include "tst_rules_access.moc"

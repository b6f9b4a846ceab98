#include "DesignBuilder.h"
#include "TestCatalogues.h"
#include "core/resilience/FailoverModel.h"

#include <QTest>

using namespace rs;
using test::DesignBuilder;

namespace {

/// A regional endpoint kind of each provider, for the router to route to and probe.
std::string endpointKind(Provider provider)
{
    switch (provider) {
    case Provider::Azure:
        return "azure.functions";
    case Provider::Gcp:
        return "gcp.cloud-run";
    default:
        return "aws.api-gateway";
    }
}

/// The global router of a two-region design, routing to an endpoint in each region and (unless
/// `healthChecks` is false) probing both.
Design routedDesign(const std::string& kind, const std::string& code1, const std::string& code2,
                    Provider provider,
                    std::initializer_list<std::pair<const std::string, PropertyValue>> props,
                    FailoverDecision decision, bool healthChecks)
{
    // A CDN fetches from origins and takes no health-check links; its origin group decides.
    const bool cdn = kind == "aws.cloudfront";
    const auto entry = cdn ? LinkKind::Origin : LinkKind::Route;
    DesignBuilder b;
    b.region("a", code1, 100, RegionRole::Active, 0, provider)
        .region("b", code2, 0, RegionRole::WarmStandby, 100, provider)
        .service("router", kind, {}, props)
        .service("api-a", endpointKind(provider), "a")
        .service("api-b", endpointKind(provider), "b")
        .link("router", "api-a", entry)
        .link("router", "api-b", entry);
    if (healthChecks && !cdn)
        b.link("router", "api-a", LinkKind::HealthCheck)
            .link("router", "api-b", LinkKind::HealthCheck);
    b.design().operations.decision = decision;
    b.design().operations.manualDecisionTime = 600.0 * units::seconds;
    return b.build();
}

std::optional<TrafficFailover>
maybeFailoverOf(const std::string& kind, const std::string& code1, const std::string& code2,
                Provider provider,
                std::initializer_list<std::pair<const std::string, PropertyValue>> props,
                FailoverDecision decision = FailoverDecision::Automatic, bool healthChecks = true)
{
    const auto design = routedDesign(kind, code1, code2, provider, props, decision, healthChecks);
    const DesignIndex index(design, test::builtInCatalogues());
    return trafficFailover(index, *design.service(ServiceId{"router"}));
}

/// The traffic failover of the one global router in a two-region design.
TrafficFailover failoverOf(const std::string& kind, const std::string& code1,
                           const std::string& code2, Provider provider,
                           std::initializer_list<std::pair<const std::string, PropertyValue>> props,
                           FailoverDecision decision = FailoverDecision::Automatic,
                           bool healthChecks = true)
{
    const auto failover =
        maybeFailoverOf(kind, code1, code2, provider, props, decision, healthChecks);
    if (!failover)
        qFatal("%s does not route", kind.c_str());
    return *failover;
}

StoreRecovery recoveryOf(const std::string& kind,
                         std::initializer_list<std::pair<const std::string, PropertyValue>> props)
{
    // The store's provider picks the region it can run in.
    const bool azure = kind.rfind("azure.", 0) == 0;
    const auto design = DesignBuilder()
                            .region("a", azure ? "westeurope" : "us-east-1", 100,
                                    RegionRole::Active, 0, azure ? Provider::Azure : Provider::Aws)
                            .service("store", kind, "a", props)
                            .build();
    const DesignIndex index(design, test::builtInCatalogues());
    return storeRecovery(index, *design.service(ServiceId{"store"}));
}

} // namespace

class TestFailoverModel : public QObject
{
    Q_OBJECT

private slots:
    void route53DefaultsReproduceWorkedExampleA()
    {
        // §6.6 example A: detection 30 s x 3 = 90 s; TTL 60 s: worst 150 s, expected 90 + 30.
        const auto f = failoverOf("aws.route53", "us-east-1", "us-west-2", Provider::Aws, {});
        QCOMPARE(f.detection.worst.value(), 90.0);
        QCOMPARE(f.dns.worst.value(), 60.0);
        QCOMPARE(f.total().worst.value(), 150.0);
        QCOMPARE(f.total().expected.value(), 120.0);
    }

    void route53FastChecksCutDetection()
    {
        // §6.6: "Fast checks (10 s) + TTL 60: RTO 90 s".
        const auto f = failoverOf("aws.route53", "us-east-1", "us-west-2", Provider::Aws,
                                  {{"healthCheckIntervalSeconds", std::int64_t{10}}});
        QCOMPARE(f.total().worst.value(), 90.0);
    }

    void trafficManagerReproducesWorkedExampleB()
    {
        // §6.6 example B, defaults: interval 30, 3 tolerated, timeout 10: detection 100 to 130 s,
        // + TTL 30 s: worst 160 s.
        const auto f =
            failoverOf("azure.traffic-manager", "westeurope", "northeurope", Provider::Azure, {});
        QCOMPARE(f.detection.worst.value(), 130.0);
        QCOMPARE(f.detection.expected.value(), 115.0);
        QCOMPARE(f.total().worst.value(), 160.0);
        // Fast: interval 10, 0 tolerated, timeout 5, TTL 0: 5 to 15 s.
        const auto fast =
            failoverOf("azure.traffic-manager", "westeurope", "northeurope", Provider::Azure,
                       {{"healthCheckIntervalSeconds", std::int64_t{10}},
                        {"toleratedFailures", std::int64_t{0}},
                        {"probeTimeoutSeconds", std::int64_t{5}},
                        {"ttlSeconds", std::int64_t{0}}});
        QCOMPARE(fast.total().worst.value(), 15.0);
        QCOMPARE(fast.total().expected.value(), 10.0);
    }

    void proxiesAndAnycastHaveNoDnsDelay()
    {
        // §1.3 Front Door: 30 s probes, 4 samples, 3 required: unhealthy after 2 failures, 60 s.
        const auto fd =
            failoverOf("azure.front-door", "westeurope", "northeurope", Provider::Azure, {});
        QCOMPARE(fd.detection.worst.value(), 60.0);
        QCOMPARE(fd.dns.worst.value(), 0.0);
        // §1.4 Global Accelerator: 30 s x 3, anycast.
        const auto ga =
            failoverOf("aws.global-accelerator", "us-east-1", "us-west-2", Provider::Aws, {});
        QCOMPARE(ga.total().worst.value(), 90.0);
        // §1.6 CloudFront origin groups: 3 attempts x 10 s = 30 s per request.
        const auto cf = failoverOf("aws.cloudfront", "us-east-1", "us-west-2", Provider::Aws,
                                   {{"originFailover", true}});
        QCOMPARE(cf.total().worst.value(), 30.0);
    }

    void aCdnWithoutAnOriginGroupDoesNotFailOver()
    {
        // Issue 21, example 03: a distribution with no origin group keeps asking its origin
        // (S24), so it is not the failover mechanism; whatever stands behind it is.
        QVERIFY(!maybeFailoverOf("aws.cloudfront", "us-east-1", "us-west-2", Provider::Aws,
                                 {{"originFailover", false}}));
        // The catalogue's default is no origin group.
        QVERIFY(!maybeFailoverOf("aws.cloudfront", "us-east-1", "us-west-2", Provider::Aws, {}));
    }

    void healthChecksMoveTrafficWithoutAManualDecision()
    {
        // Issue 21, example 06: the runbook says "manual", but Route 53's health checks switch
        // the records by themselves: 30 s x 3 + TTL 60 s = 150 s, no 600 s decision on it.
        const auto f = failoverOf("aws.route53", "us-east-1", "us-west-2", Provider::Aws, {},
                                  FailoverDecision::Manual);
        QVERIFY(f.automatic);
        QCOMPARE(f.decision.value(), 0.0);
        QCOMPARE(f.total().worst.value(), 150.0);
        // The path names the router and both health-check links; the basis what they probe.
        QCOMPARE(f.elements.size(), std::size_t(3));
        QVERIFY(f.basis.find("health checks on ") != std::string::npos);
        QVERIFY(f.basis.find("api-a") != std::string::npos);
        QVERIFY(f.basis.find("api-b") != std::string::npos);
    }

    void withoutHealthChecksSomeoneMustDecide()
    {
        // Nothing probes the endpoints: the 600 s manual decision (and record change) replaces
        // detection, then the 60 s TTL: 660 s worst, 600 + 30 s expected.
        const auto f = failoverOf("aws.route53", "us-east-1", "us-west-2", Provider::Aws, {},
                                  FailoverDecision::Automatic, false);
        QVERIFY(!f.automatic);
        QCOMPARE(f.decision.value(), 600.0);
        QCOMPARE(f.total().worst.value(), 660.0);
        QCOMPARE(f.total().expected.value(), 630.0);
        // Simple records take no health check, links or not (S2).
        const auto simple = failoverOf("aws.route53", "us-east-1", "us-west-2", Provider::Aws,
                                       {{"routingPolicy", std::string("simple")}});
        QVERIFY(!simple.automatic);
    }

    void storesRecoverPerTheirReplication()
    {
        // §2: DynamoDB global tables (MREC) lag ~1 s, every replica writable.
        const auto ddb = recoveryOf("aws.dynamodb", {{"replicationMode", std::string("async")},
                                                     {"writeMode", std::string("multi")}});
        // "Within 1 s" is typical, not a bound (no SLA on lag): the RPO is unbounded.
        QVERIFY(!ddb.rpo.has_value());
        QCOMPARE(ddb.typicalLag->value(), 1.0);
        QCOMPARE(ddb.promotion->value(), 0.0);
        QVERIFY(ddb.multiWriter);
        // Aurora Global Database: single writer, promotion (the §6.2 60 s parameter).
        const auto aurora = recoveryOf("aws.aurora-global", {});
        QVERIFY(!aurora.multiWriter);
        QCOMPARE(aurora.promotion->value(), 60.0);
        // S3 CRR: bounded only with RTC (99.99 % within 15 min).
        const auto rtc = recoveryOf("aws.s3", {{"replicationMode", std::string("async")},
                                               {"replicationTimeControl", true}});
        QCOMPARE(rtc.rpo->value(), 900.0);
        const auto crr = recoveryOf("aws.s3", {{"replicationMode", std::string("async")},
                                               {"replicationTimeControl", false}});
        QVERIFY(!crr.rpo.has_value());
        // CockroachDB with region survival: a consensus quorum, nothing lost (§2).
        const auto crdb =
            recoveryOf("neutral.cockroachdb", {{"replicationMode", std::string("sync-quorum")}});
        QCOMPARE(crdb.rpo->value(), 0.0);
        QCOMPARE(crdb.promotion->value(), 0.0);
    }

    void unreplicatedStoresFallBackToBackups()
    {
        const auto backedUp = recoveryOf(
            "aws.dynamodb",
            {{"backups", true}, {"backupCrossRegion", true}, {"backupIntervalHours", 24.0}});
        QCOMPARE(backedUp.rpo->value(), 86400.0);
        QVERIFY(!backedUp.replicated);
        const auto lost =
            recoveryOf("aws.dynamodb", {{"backups", true}, {"backupCrossRegion", false}});
        QVERIFY(!lost.rpo.has_value());
    }

    void azureSqlFailoverGroupsWaitTheirGracePeriod()
    {
        // Issue 21: with the automatic (Microsoft-managed) policy a failover group waits its
        // grace period (at least 1 h) before promoting: 3,600 s + the 30 s promotion.
        const auto automatic =
            recoveryOf("azure.sql-database", {{"replicationMode", std::string("async")},
                                              {"failoverGroup", true},
                                              {"failoverPolicy", std::string("automatic")},
                                              {"gracePeriodHours", std::int64_t{1}}});
        QCOMPARE(automatic.promotionMode, PromotionMode::Automatic);
        QCOMPARE(automatic.promotion->value(), 3630.0);
        // Two hours of grace: 7,200 + 30 s.
        const auto longer =
            recoveryOf("azure.sql-database", {{"replicationMode", std::string("async")},
                                              {"failoverGroup", true},
                                              {"failoverPolicy", std::string("automatic")},
                                              {"gracePeriodHours", std::int64_t{2}}});
        QCOMPARE(longer.promotion->value(), 7230.0);
        // The manual policy: an operator decides, then 30 s.
        const auto manual =
            recoveryOf("azure.sql-database", {{"replicationMode", std::string("async")},
                                              {"failoverGroup", true},
                                              {"failoverPolicy", std::string("manual")}});
        QCOMPARE(manual.promotionMode, PromotionMode::Manual);
        QCOMPARE(manual.promotion->value(), 30.0);
        // Geo-replication lag is typical only (5 s): no bound.
        QVERIFY(!manual.rpo.has_value());
        QCOMPARE(manual.typicalLag->value(), 5.0);
    }

    void cosmosServiceManagedFailoverDecidesWhetherWritesResume()
    {
        // S33: a single-write account without service-managed failover takes no writes for
        // the whole outage; with it the provider fails over, possibly after an hour or more.
        const auto off = recoveryOf("azure.cosmos-db", {{"replicationMode", std::string("async")},
                                                        {"writeMode", std::string("single")},
                                                        {"serviceManagedFailover", false}});
        QVERIFY(!off.promotion.has_value());
        const auto on = recoveryOf("azure.cosmos-db", {{"replicationMode", std::string("async")},
                                                       {"writeMode", std::string("single")},
                                                       {"serviceManagedFailover", true}});
        QCOMPARE(on.promotionMode, PromotionMode::ServiceManaged);
        QCOMPARE(on.promotion->value(), 3600.0);
        // Session consistency: Microsoft publishes an RPO under 15 min: a bound.
        QCOMPARE(on.rpo->value(), 900.0);
        // Bounded staleness across regions: at least 300 s (S32).
        const auto bounded =
            recoveryOf("azure.cosmos-db", {{"replicationMode", std::string("async")},
                                           {"consistency", std::string("bounded-staleness")}});
        QCOMPARE(bounded.rpo->value(), 300.0);
    }

    void auroraManagedRpoBoundsLoss()
    {
        // rds.global_db_rpo (Aurora PostgreSQL) stalls commits beyond its limit (S28): 20 s is
        // a bound; the lag stays typically 1 s. Failover is started by an operator.
        const auto pg =
            recoveryOf("aws.aurora-global", {{"replicationMode", std::string("async")},
                                             {"engine", std::string("aurora-postgresql")},
                                             {"globalDbRpoSeconds", std::int64_t{20}}});
        QCOMPARE(pg.rpo->value(), 20.0);
        QCOMPARE(pg.typicalLag->value(), 1.0);
        QCOMPARE(pg.promotionMode, PromotionMode::Manual);
        QCOMPARE(pg.promotion->value(), 60.0);
        // The parameter is PostgreSQL's: on MySQL the same setting bounds nothing.
        const auto mysql =
            recoveryOf("aws.aurora-global", {{"replicationMode", std::string("async")},
                                             {"engine", std::string("aurora-mysql")},
                                             {"globalDbRpoSeconds", std::int64_t{20}}});
        QVERIFY(!mysql.rpo.has_value());
    }
};

QTEST_GUILESS_MAIN(TestFailoverModel)
#include "tst_failovermodel.moc"

#include "DesignBuilder.h"
#include "TestCatalogues.h"
#include "core/resilience/FailoverModel.h"

#include <QTest>

using namespace rs;
using test::DesignBuilder;

namespace {

/// The traffic failover of the one global router in a two-region design.
TrafficFailover failoverOf(const std::string& kind, const std::string& code1,
                           const std::string& code2, Provider provider,
                           std::initializer_list<std::pair<const std::string, PropertyValue>> props,
                           FailoverDecision decision = FailoverDecision::Automatic)
{
    DesignBuilder b;
    b.region("a", code1, 100, RegionRole::Active, 0, provider)
        .region("b", code2, 0, RegionRole::WarmStandby, 100, provider)
        .service("router", kind, {}, props);
    b.design().operations.decision = decision;
    b.design().operations.manualDecisionTime = 600.0 * units::seconds;
    const auto design = b.build();
    const DesignIndex index(design, test::builtInCatalogues());
    const auto failover = trafficFailover(index, *design.service(ServiceId{"router"}));
    if (!failover)
        qFatal("%s does not route", kind.c_str());
    return *failover;
}

StoreRecovery recoveryOf(const std::string& kind,
                         std::initializer_list<std::pair<const std::string, PropertyValue>> props)
{
    const auto design =
        DesignBuilder().region("a", "us-east-1", 100).service("store", kind, "a", props).build();
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
        const auto cf = failoverOf("aws.cloudfront", "us-east-1", "us-west-2", Provider::Aws, {});
        QCOMPARE(cf.total().worst.value(), 30.0);
    }

    void aManualDecisionAddsItsTime()
    {
        const auto f = failoverOf("aws.route53", "us-east-1", "us-west-2", Provider::Aws, {},
                                  FailoverDecision::Manual);
        QCOMPARE(f.decision.value(), 600.0);
        QCOMPARE(f.total().worst.value(), 750.0);
    }

    void storesRecoverPerTheirReplication()
    {
        // §2: DynamoDB global tables (MREC) lag ~1 s, every replica writable.
        const auto ddb = recoveryOf("aws.dynamodb", {{"replicationMode", std::string("async")},
                                                     {"writeMode", std::string("multi")}});
        QCOMPARE(ddb.rpo->value(), 1.0);
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
};

QTEST_GUILESS_MAIN(TestFailoverModel)
#include "tst_failovermodel.moc"

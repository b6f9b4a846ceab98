#include "DesignBuilder.h"
#include "FindingChecks.h"

#include <QTest>

// Topology and redundancy rules RES-001 to RES-009: for each, designs that break the rule and
// the nearest designs that do not. Expectations list the elements each finding should name.
using namespace rs;
using test::DesignBuilder;
using test::runRule;
using namespace rs::test;

namespace {

/// Two AWS regions (use1 and usw2), each with an API gateway calling a function.
DesignBuilder twoRegions(RegionRole secondRole = RegionRole::Active)
{
    const bool serving = secondRole == RegionRole::Active;
    DesignBuilder b;
    b.region("use1", "us-east-1", serving ? 50 : 100)
        .region("usw2", "us-west-2", serving ? 50 : 0, secondRole, serving ? 50 : 100)
        .service("api1", "aws.api-gateway", "use1")
        .service("fn1", "aws.lambda", "use1")
        .service("api2", "aws.api-gateway", "usw2")
        .service("fn2", "aws.lambda", "usw2")
        .link("api1", "fn1", LinkKind::Request)
        .link("api2", "fn2", LinkKind::Request);
    return b;
}

} // namespace

class TestTopologyRules : public QObject
{
    Q_OBJECT

private slots:
    void res001_criticalWorkloadNeedsTwoServingRegions_data()
    {
        QTest::addColumn<int>("tier");
        QTest::addColumn<QString>("second"); // role of a second region, empty for none
        QTest::addColumn<QStringList>("expected");
        const auto critical = static_cast<int>(Tier::Critical);
        QTest::newRow("critical, one region") << critical << "" << QStringList{"api1,fn1,use1"};
        QTest::newRow("mission-critical, one region")
            << static_cast<int>(Tier::MissionCritical) << "" << QStringList{"api1,fn1,use1"};
        QTest::newRow("important, one region")
            << static_cast<int>(Tier::Important) << "" << QStringList{};
        QTest::newRow("non-critical, one region")
            << static_cast<int>(Tier::NonCritical) << "" << QStringList{};
        // A backup-only region serves nobody, so it does not count.
        QTest::newRow("critical, second region backup-only")
            << critical << "backup-only" << QStringList{"api1,fn1,use1"};
        QTest::newRow("critical, two active regions") << critical << "active" << QStringList{};
    }
    void res001_criticalWorkloadNeedsTwoServingRegions()
    {
        QFETCH(int, tier);
        QFETCH(QString, second);
        QFETCH(QStringList, expected);
        DesignBuilder b;
        if (second.isEmpty()) {
            b.region("use1", "us-east-1", 100)
                .service("api1", "aws.api-gateway", "use1")
                .service("fn1", "aws.lambda", "use1")
                .link("api1", "fn1", LinkKind::Request);
        } else {
            b = twoRegions(second == "active" ? RegionRole::Active : RegionRole::BackupOnly);
        }
        b.tier(static_cast<Tier>(tier));
        const auto findings = runRule(b.build(), "RES-001");
        QCOMPARE(sortedElementsOf(findings), expected);
        QVERIFY(allMention(findings, {"only in US East (N. Virginia) (us-east-1)"}));
    }

    void res002_storesHaveACopyInEveryServingRegion_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("no replica") << "no replica" << QStringList{"db1,usw2"};
        QTest::newRow("replica drawn, mode none")
            << "replica, mode none" << QStringList{"db1,db2,usw2"};
        QTest::newRow("replica drawn, async") << "replica, async" << QStringList{};
        QTest::newRow("third serving region lacks a replica")
            << "third region active" << QStringList{"db1,db2,euw1"};
        QTest::newRow("third region is backup-only") << "third region backup-only" << QStringList{};
        // SQS cannot replicate: a queue per region is RES-004's business.
        QTest::newRow("queue that cannot replicate") << "queue" << QStringList{};
        QTest::newRow("store no flow reaches") << "unused" << QStringList{};
    }
    void res002_storesHaveACopyInEveryServingRegion()
    {
        QFETCH(QString, variant);
        QFETCH(QStringList, expected);
        DesignBuilder b = twoRegions();
        if (variant.startsWith("third")) {
            const bool active = variant.endsWith("active");
            b.design().regions.clear();
            b.region("use1", "us-east-1", active ? 40 : 50)
                .region("usw2", "us-west-2", active ? 30 : 50)
                .region("euw1", "eu-west-1", active ? 30 : 0,
                        active ? RegionRole::Active : RegionRole::BackupOnly)
                .service("api3", "aws.api-gateway", "euw1")
                .service("fn3", "aws.lambda", "euw1")
                .link("api3", "fn3", LinkKind::Request)
                .link("fn3", "db1", LinkKind::Request);
        }
        if (variant == "queue") {
            b.service("q1", "aws.sqs", "use1")
                .link("fn1", "q1", LinkKind::Request)
                .link("fn2", "q1", LinkKind::Request);
        } else if (variant == "unused") {
            b.service("db1", "aws.dynamodb", "use1");
        } else if (variant == "no replica") {
            b.service("db1", "aws.dynamodb", "use1")
                .link("fn1", "db1", LinkKind::Request)
                .link("fn2", "db1", LinkKind::Request);
        } else {
            const PropertyValue mode = variant.contains("none") ? "none" : "async";
            b.service("db1", "aws.dynamodb", "use1", {{"replicationMode", mode}})
                .service("db2", "aws.dynamodb", "usw2", {{"replicationMode", mode}})
                .link("db1", "db2", LinkKind::Replication)
                .link("fn1", "db1", LinkKind::Request)
                .link("fn2", "db2", LinkKind::Request);
        }
        const auto findings = runRule(b.build(), "RES-002");
        QCOMPARE(sortedElementsOf(findings), expected);
        if (variant.contains("none"))
            QVERIFY(allMention(findings, {"replication mode is none"}));
    }

    void res002_quorumStoreSpansRegionsByItself_data()
    {
        QTest::addColumn<bool>("multiRegion");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("regional Spanner") << false << QStringList{"sp,usw1"};
        QTest::newRow("multi-region Spanner") << true << QStringList{};
    }
    void res002_quorumStoreSpansRegionsByItself()
    {
        QFETCH(bool, multiRegion);
        QFETCH(QStringList, expected);
        DesignBuilder b;
        b.region("use1", "us-east1", 50, RegionRole::Active, 50, Provider::Gcp)
            .region("usw1", "us-west1", 50, RegionRole::Active, 50, Provider::Gcp)
            .service("run1", "gcp.cloud-run", "use1")
            .service("run2", "gcp.cloud-run", "usw1")
            .link("run1", "sp", LinkKind::Request)
            .link("run2", "sp", LinkKind::Request);
        if (multiRegion)
            b.service("sp", "gcp.spanner", "use1",
                      {{"replicationMode", "sync-quorum"},
                       {"configuration", "multi-region"},
                       {"edition", "enterprise-plus"}});
        else
            b.service("sp", "gcp.spanner", "use1");
        QCOMPARE(sortedElementsOf(runRule(b.build(), "RES-002")), expected);
    }

    void res003_noSynchronousCallAcrossRegions_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("calls the other region's store")
            << "cross" << QStringList{"db1,fn2,l-fn2-db1-request"};
        QTest::newRow("calls its local replica") << "local" << QStringList{};
        // A worker triggered by a queue is not on the request path.
        QTest::newRow("cross-region call off the request path") << "worker" << QStringList{};
    }
    void res003_noSynchronousCallAcrossRegions()
    {
        QFETCH(QString, variant);
        QFETCH(QStringList, expected);
        DesignBuilder b = twoRegions();
        b.service("db1", "aws.dynamodb", "use1", {{"replicationMode", "async"}})
            .service("db2", "aws.dynamodb", "usw2", {{"replicationMode", "async"}})
            .link("db1", "db2", LinkKind::Replication)
            .link("fn1", "db1", LinkKind::Request)
            .link("fn2", variant == "cross" ? "db1" : "db2", LinkKind::Request);
        if (variant == "worker")
            b.service("q2", "aws.sqs", "usw2")
                .service("worker2", "aws.lambda", "usw2")
                .link("fn2", "q2", LinkKind::Event)
                .link("q2", "worker2", LinkKind::Event)
                .link("worker2", "db1", LinkKind::Request);
        QCOMPARE(sortedElementsOf(runRule(b.build(), "RES-003")), expected);
    }

    void res003_auroraWriteForwardingCrossesRegions_data()
    {
        QTest::addColumn<bool>("forwarding");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("write forwarding") << true << QStringList{"a1,a2,l-a1-a2-replication"};
        QTest::newRow("no write forwarding") << false << QStringList{};
    }
    void res003_auroraWriteForwardingCrossesRegions()
    {
        QFETCH(bool, forwarding);
        QFETCH(QStringList, expected);
        DesignBuilder b = twoRegions();
        b.service("a1", "aws.aurora-global", "use1")
            .service("a2", "aws.aurora-global", "usw2", {{"writeForwarding", forwarding}})
            .link("a1", "a2", LinkKind::Replication)
            .link("fn1", "a1", LinkKind::Request)
            .link("fn2", "a2", LinkKind::Request);
        QCOMPARE(sortedElementsOf(runRule(b.build(), "RES-003")), expected);
    }

    void res004_servingRegionHoldsItsDependencies_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("says");
        QTest::newRow("secret only in the other region")
            << "secret" << QStringList{"fn2,l-fn2-s1-uses-secret,s1"}
            << "has no AWS Secrets Manager of its own";
        QTest::newRow("replicated secret") << "secret replicated" << QStringList{} << "";
        QTest::newRow("own secret, linked across")
            << "secret both, linked across" << QStringList{"fn2,l-fn2-s1-uses-secret,s1"}
            << "link it to s2";
        QTest::newRow("own secret, linked locally") << "secret both" << QStringList{} << "";
        QTest::newRow("key only in the other region")
            << "key" << QStringList{"fn2,k1,l-fn2-k1-uses-key"} << "has no AWS KMS";
        QTest::newRow("multi-region key") << "key multi-region" << QStringList{} << "";
        QTest::newRow("identity provider only in the other region")
            << "cognito" << QStringList{"c1,fn2,l-fn2-c1-authenticates"} << "Amazon Cognito";
        QTest::newRow("identity provider with a standby")
            << "cognito standby" << QStringList{} << "";
        QTest::newRow("call to a queue only in the other region")
            << "queue request" << QStringList{"fn2,l-fn2-q1-request,q1"} << "has no Amazon SQS";
        // With a queue of its own the call is RES-003's cross-region call.
        QTest::newRow("call across, queue of its own")
            << "queue request, both" << QStringList{} << "";
        QTest::newRow("publish to a queue only in the other region")
            << "queue event" << QStringList{"fn2,l-fn2-q1-event,q1"} << "publishes to";
        QTest::newRow("call to a store replicated into the region")
            << "store" << QStringList{} << "";
        QTest::newRow("backup-only region") << "secret, backup-only" << QStringList{} << "";
    }
    void res004_servingRegionHoldsItsDependencies()
    {
        QFETCH(QString, variant);
        QFETCH(QStringList, expected);
        QFETCH(QString, says);
        DesignBuilder b = twoRegions(variant.endsWith("backup-only") ? RegionRole::BackupOnly
                                                                     : RegionRole::Active);
        if (variant.startsWith("secret")) {
            b.service("s1", "aws.secrets-manager", "use1",
                      {{"replicated", variant.contains("replicated")}})
                .link("fn1", "s1", LinkKind::UsesSecret);
            if (variant.contains("both"))
                b.service("s2", "aws.secrets-manager", "usw2");
            b.link("fn2", variant == "secret both" ? "s2" : "s1", LinkKind::UsesSecret);
        } else if (variant.startsWith("key")) {
            b.service("k1", "aws.kms", "use1", {{"multiRegion", variant.contains("multi")}})
                .link("fn2", "k1", LinkKind::UsesKey);
        } else if (variant.startsWith("cognito")) {
            b.service("c1", "aws.cognito", "use1",
                      {{"crossRegionStandby", variant.contains("standby")}})
                .link("fn2", "c1", LinkKind::Authenticates);
        } else if (variant.startsWith("queue")) {
            b.service("q1", "aws.sqs", "use1")
                .link("fn2", "q1", variant.contains("event") ? LinkKind::Event : LinkKind::Request);
            if (variant.contains("both"))
                b.service("q2", "aws.sqs", "usw2");
        } else if (variant == "store") {
            b.service("db1", "aws.dynamodb", "use1", {{"replicationMode", "async"}})
                .service("db2", "aws.dynamodb", "usw2", {{"replicationMode", "async"}})
                .link("db1", "db2", LinkKind::Replication)
                .link("fn2", "db1", LinkKind::Request);
        }
        const auto findings = runRule(b.build(), "RES-004");
        QCOMPARE(sortedElementsOf(findings), expected);
        QVERIFY(allMention(findings, {says}));
    }

    void res005_standbyRegionIsStaticallyStable_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<double>("traffic");
        QTest::addColumn<double>("headroom");
        QTest::addColumn<bool>("preProvisioned");
        QTest::addColumn<QStringList>("expected");
        const auto warm = static_cast<int>(RegionRole::WarmStandby);
        const auto pilot = static_cast<int>(RegionRole::PilotLight);
        QTest::newRow("warm standby, on-demand function")
            << warm << 0.0 << 100.0 << false << QStringList{"fn2,usw2"};
        QTest::newRow("warm standby, pre-provisioned function")
            << warm << 0.0 << 100.0 << true << QStringList{};
        QTest::newRow("pilot light without capacity")
            << pilot << 0.0 << 0.0 << true << QStringList{"usw2"};
        QTest::newRow("pilot light without capacity, on-demand function")
            << pilot << 0.0 << 0.0 << false << QStringList{"fn2,usw2", "usw2"};
        QTest::newRow("pilot light with headroom")
            << pilot << 0.0 << 100.0 << true << QStringList{};
        QTest::newRow("active region scaling on demand")
            << static_cast<int>(RegionRole::Active) << 50.0 << 50.0 << false << QStringList{};
        QTest::newRow("backup-only region")
            << static_cast<int>(RegionRole::BackupOnly) << 0.0 << 0.0 << false << QStringList{};
    }
    void res005_standbyRegionIsStaticallyStable()
    {
        QFETCH(int, role);
        QFETCH(double, traffic);
        QFETCH(double, headroom);
        QFETCH(bool, preProvisioned);
        QFETCH(QStringList, expected);
        const auto design =
            DesignBuilder()
                .region("use1", "us-east-1", 100 - traffic)
                .region("usw2", "us-west-2", traffic, static_cast<RegionRole>(role), headroom)
                .service("fn1", "aws.lambda", "use1")
                .service("fn2", "aws.lambda", "usw2", {{"preProvisioned", preProvisioned}})
                .build();
        QCOMPARE(sortedElementsOf(runRule(design, "RES-005")), expected);
    }

    void res006_noSingleZoneServiceOnTheRequestPath_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("function without zone redundancy") << "fn single" << QStringList{"fn"};
        QTest::newRow("zone-redundant function") << "fn redundant" << QStringList{};
        QTest::newRow("one-zone S3 bucket") << "s3 one-zone-ia" << QStringList{"bucket"};
        QTest::newRow("standard S3 bucket") << "s3 standard" << QStringList{};
        QTest::newRow("LRS blob storage") << "blob LRS" << QStringList{"blob"};
        QTest::newRow("GZRS blob storage") << "blob GZRS" << QStringList{};
        // A worker fed by a queue is not on the request path.
        QTest::newRow("single-zone worker off the path") << "worker" << QStringList{};
    }
    void res006_noSingleZoneServiceOnTheRequestPath()
    {
        QFETCH(QString, variant);
        QFETCH(QStringList, expected);
        DesignBuilder b;
        if (variant.startsWith("blob")) {
            b.region("eus", "eastus", 100, RegionRole::Active, 0, Provider::Azure)
                .service("apim", "azure.api-management", "eus", {{"zoneRedundant", true}})
                .service("func", "azure.functions", "eus", {{"zoneRedundant", true}})
                .service("blob", "azure.blob-storage", "eus",
                         {{"redundancy", variant.mid(5).toStdString()}, {"zoneRedundant", true}})
                .link("apim", "func", LinkKind::Request)
                .link("func", "blob", LinkKind::Request);
        } else {
            b.region("use1", "us-east-1", 100)
                .service("api", "aws.api-gateway", "use1")
                .service("fn", "aws.lambda", "use1", {{"zoneRedundant", variant != "fn single"}})
                .link("api", "fn", LinkKind::Request);
            if (variant.startsWith("s3"))
                b.service("bucket", "aws.s3", "use1",
                          {{"storageClass", variant.mid(3).toStdString()}})
                    .link("fn", "bucket", LinkKind::Request);
            if (variant == "worker")
                b.service("q", "aws.sqs", "use1")
                    .service("worker", "aws.lambda", "use1", {{"zoneRedundant", false}})
                    .link("fn", "q", LinkKind::Event)
                    .link("q", "worker", LinkKind::Event);
        }
        const auto findings = runRule(b.build(), "RES-006");
        QCOMPARE(sortedElementsOf(findings), expected);
        QVERIFY(allMention(findings, {"single zone"}));
    }

    void res007_quorumStoreSpansThreeRegions_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("Cosmos DB strong in two regions")
            << "cosmos 2" << QStringList{"c1,c2,eus,wus2"};
        QTest::newRow("Cosmos DB strong in three regions") << "cosmos 3" << QStringList{};
        QTest::newRow("DynamoDB MRSC in two regions")
            << "dynamodb sync-quorum" << QStringList{"d1,d2,use1,usw2"};
        QTest::newRow("DynamoDB MREC in two regions") << "dynamodb async" << QStringList{};
        QTest::newRow("CockroachDB region survival drawn in one region")
            << "crdb region 1" << QStringList{"crdb1,use1"};
        QTest::newRow("CockroachDB region survival in three regions")
            << "crdb region 3" << QStringList{};
        QTest::newRow("CockroachDB zone survival") << "crdb zone 1" << QStringList{};
    }
    void res007_quorumStoreSpansThreeRegions()
    {
        QFETCH(QString, variant);
        QFETCH(QStringList, expected);
        DesignBuilder b;
        if (variant.startsWith("cosmos")) {
            const bool three = variant.endsWith('3');
            b.region("eus", "eastus", three ? 40 : 50, RegionRole::Active, 0, Provider::Azure)
                .region("wus2", "westus2", three ? 30 : 50, RegionRole::Active, 0, Provider::Azure);
            const std::initializer_list<std::pair<const std::string, PropertyValue>> strong{
                {"replicationMode", "sync-quorum"}, {"consistency", "strong"}};
            b.service("c1", "azure.cosmos-db", "eus", strong)
                .service("c2", "azure.cosmos-db", "wus2", strong)
                .link("c1", "c2", LinkKind::Replication);
            if (three)
                b.region("cus", "centralus", 30, RegionRole::Active, 0, Provider::Azure)
                    .service("c3", "azure.cosmos-db", "cus", strong)
                    .link("c1", "c3", LinkKind::Replication);
        } else if (variant.startsWith("dynamodb")) {
            const PropertyValue mode = variant.mid(9).toStdString();
            b.region("use1", "us-east-1", 50)
                .region("usw2", "us-west-2", 50)
                .service("d1", "aws.dynamodb", "use1", {{"replicationMode", mode}})
                .service("d2", "aws.dynamodb", "usw2", {{"replicationMode", mode}})
                .link("d1", "d2", LinkKind::Replication);
        } else {
            const bool three = variant.endsWith('3');
            const PropertyValue goal = variant.contains("region") ? "region" : "zone";
            const PropertyValue mode = variant.contains("region") ? "sync-quorum" : "none";
            b.region("use1", "us-east-1", three ? 40 : 100)
                .service("crdb1", "neutral.cockroachdb", "use1",
                         {{"survivalGoal", goal}, {"replicationMode", mode}});
            if (three)
                b.region("usw2", "us-west-2", 30)
                    .region("euw1", "eu-west-1", 30)
                    .service("crdb2", "neutral.cockroachdb", "usw2",
                             {{"survivalGoal", goal}, {"replicationMode", mode}})
                    .service("crdb3", "neutral.cockroachdb", "euw1",
                             {{"survivalGoal", goal}, {"replicationMode", mode}})
                    .link("crdb1", "crdb2", LinkKind::Replication)
                    .link("crdb1", "crdb3", LinkKind::Replication);
        }
        QCOMPARE(sortedElementsOf(runRule(b.build(), "RES-007")), expected);
    }

    void res008_globalSharedFateOnTheRequestPath_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QStringList>("expected");
        // Route 53's data plane is what failover relies on (S6, S7): not a shared-fate risk.
        QTest::newRow("one DNS service in front of two regions") << "dns" << QStringList{};
        QTest::newRow("regional gateways as entry points") << "regional" << QStringList{};
        // Traffic Manager is DNS too; Front Door is a proxy every request passes through.
        QTest::newRow("Front Door and Traffic Manager without a bypass")
            << "afd" << QStringList{"afd"};
        // Traffic Manager can send users straight to the gateways: Front Door is avoidable.
        QTest::newRow("Front Door with a Traffic Manager bypass") << "afd bypass" << QStringList{};
        // A WAF policy attached to CloudFront is not a second service in series with it.
        QTest::newRow("WAF attached to a CDN") << "waf" << QStringList{"cdn"};
        QTest::newRow("global identity provider") << "auth0" << QStringList{"auth0,fn1"};
        QTest::newRow("regional identity provider") << "cognito" << QStringList{};
    }
    void res008_globalSharedFateOnTheRequestPath()
    {
        QFETCH(QString, variant);
        QFETCH(QStringList, expected);
        DesignBuilder b;
        if (variant.startsWith("afd")) {
            b.region("eus", "eastus", 50, RegionRole::Active, 0, Provider::Azure)
                .region("wus2", "westus2", 50, RegionRole::Active, 0, Provider::Azure)
                .service("tm", "azure.traffic-manager")
                .service("afd", "azure.front-door")
                .service("apim1", "azure.api-management", "eus")
                .service("apim2", "azure.api-management", "wus2")
                .link("tm", "afd", LinkKind::Route)
                .link("afd", "apim1", LinkKind::Route)
                .link("afd", "apim2", LinkKind::Route);
            if (variant.endsWith("bypass"))
                b.link("tm", "apim1", LinkKind::Route).link("tm", "apim2", LinkKind::Route);
        } else {
            b = twoRegions();
            if (variant == "dns")
                b.service("dns", "aws.route53")
                    .link("dns", "api1", LinkKind::Route)
                    .link("dns", "api2", LinkKind::Route);
            if (variant == "waf")
                b.service("waf", "aws.waf")
                    .service("cdn", "aws.cloudfront")
                    .link("waf", "cdn", LinkKind::Route)
                    .link("cdn", "api1", LinkKind::Origin)
                    .link("cdn", "api2", LinkKind::Origin);
            if (variant == "auth0")
                b.service("auth0", "neutral.auth0").link("fn1", "auth0", LinkKind::Authenticates);
            if (variant == "cognito")
                b.service("cog", "aws.cognito", "use1").link("fn1", "cog", LinkKind::Authenticates);
        }
        const auto findings = runRule(b.build(), "RES-008");
        QCOMPARE(sortedElementsOf(findings), expected);
        // The fix names the design's own provider: no Azure-only advice on an AWS design.
        if (variant == "waf") {
            QVERIFY(allMention(findings, {"Route 53 failover records"}));
            QVERIFY(!allMention(findings, {"Traffic Manager"}));
        }
        if (variant == "afd")
            QVERIFY(allMention(findings, {"Traffic Manager in front of Front Door"}));
    }

    void res009_asyncConsumersAreIdempotentWithDeadLetterQueues_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<bool>("deadLetterQueue");
        QTest::addColumn<bool>("idempotent");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("no DLQ, consumer not idempotent")
            << "two regions" << false << false
            << QStringList{"l-q1-worker1-event,q1,worker1", "q1"};
        QTest::newRow("DLQ, consumer not idempotent")
            << "two regions" << true << false << QStringList{"l-q1-worker1-event,q1,worker1"};
        QTest::newRow("no DLQ, idempotent consumer")
            << "two regions" << false << true << QStringList{"q1"};
        QTest::newRow("DLQ and idempotent consumer")
            << "two regions" << true << true << QStringList{};
        // One region and a queue that does not replicate: no failover replays it.
        QTest::newRow("single region") << "one region" << false << false << QStringList{};
    }
    void res009_asyncConsumersAreIdempotentWithDeadLetterQueues()
    {
        QFETCH(QString, variant);
        QFETCH(bool, deadLetterQueue);
        QFETCH(bool, idempotent);
        QFETCH(QStringList, expected);
        DesignBuilder b;
        if (variant == "two regions")
            b = twoRegions();
        else
            b.region("use1", "us-east-1", 100)
                .service("api1", "aws.api-gateway", "use1")
                .service("fn1", "aws.lambda", "use1")
                .link("api1", "fn1", LinkKind::Request);
        b.service("q1", "aws.sqs", "use1", {{"deadLetterQueue", deadLetterQueue}})
            .service("worker1", "aws.lambda", "use1", {{"idempotent", idempotent}})
            .link("fn1", "q1", LinkKind::Event)
            .link("q1", "worker1", LinkKind::Event);
        QCOMPARE(sortedElementsOf(runRule(b.build(), "RES-009")), expected);
    }

    void res009_replicatedQueueInOneRegion()
    {
        // Service Bus geo-replication replays messages after a failover even in a one-region
        // design; its dead-letter subqueue is on by default, so only the consumer is reported.
        auto b = DesignBuilder()
                     .region("eus", "eastus", 100, RegionRole::Active, 0, Provider::Azure)
                     .service("sb", "azure.service-bus", "eus",
                              {{"tier", "premium"}, {"replicationMode", "async"}})
                     .service("func", "azure.functions", "eus")
                     .link("sb", "func", LinkKind::Event);
        QCOMPARE(sortedElementsOf(runRule(b.build(), "RES-009")),
                 QStringList{"func,l-sb-func-event,sb"});
        b.design().services.at(ServiceId{"sb"}).properties["replicationMode"] = "none";
        QCOMPARE(sortedElementsOf(runRule(b.build(), "RES-009")), QStringList{});
    }
};

QTEST_GUILESS_MAIN(TestTopologyRules)
#include "tst_rules_topology.moc"

// Security rules RES-031 to RES-036: for each, designs that trigger it and the nearest design
// with the one fix that does not.
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
DesignBuilder twoRegions()
{
    DesignBuilder b;
    b.region("use1", "us-east-1", 50)
        .region("usw2", "us-west-2", 50)
        .service("api-use1", "aws.api-gateway", "use1")
        .service("api-usw2", "aws.api-gateway", "usw2")
        .service("fn-use1", "aws.lambda", "use1")
        .service("fn-usw2", "aws.lambda", "usw2")
        .link("api-use1", "fn-use1", LinkKind::Request)
        .link("api-usw2", "fn-usw2", LinkKind::Request);
    return b;
}

/// twoRegions() with a DynamoDB table in us-east-1 replicated to us-west-2, encrypted with a
/// KMS key in us-east-1.
DesignBuilder encryptedTable(Properties keyProperties = {})
{
    auto b = twoRegions();
    b.service("db-use1", "aws.dynamodb", "use1", {{"replicationMode", std::string("async")}})
        .service("db-usw2", "aws.dynamodb", "usw2", {{"replicationMode", std::string("async")}})
        .link("db-use1", "db-usw2", LinkKind::Replication)
        .service("key-use1", "aws.kms", "use1", keyProperties)
        .link("db-use1", "key-use1", LinkKind::UsesKey);
    return b;
}

/// encryptedTable() whose replica uses a key of its own in us-west-2.
DesignBuilder replicaKeys(const std::string& eastPolicy, const std::string& westPolicy)
{
    auto b = encryptedTable({{"policyName", eastPolicy}});
    b.service("key-usw2", "aws.kms", "usw2", {{"policyName", westPolicy}})
        .link("db-usw2", "key-usw2", LinkKind::UsesKey);
    return b;
}

DesignBuilder routed()
{
    auto b = twoRegions();
    b.service("dns", "aws.route53")
        .link("dns", "api-use1", LinkKind::Route)
        .link("dns", "api-usw2", LinkKind::Route)
        .link("dns", "api-use1", LinkKind::HealthCheck)
        .link("dns", "api-usw2", LinkKind::HealthCheck);
    return b;
}

DesignBuilder behindWafs(Properties east, Properties west)
{
    auto b = routed();
    b.service("waf-use1", "aws.waf", "use1", east).link("waf-use1", "api-use1", LinkKind::Route);
    b.service("waf-usw2", "aws.waf", "usw2", west).link("waf-usw2", "api-usw2", LinkKind::Route);
    return b;
}

DesignBuilder unencrypted(DesignBuilder b, const std::string& linkId)
{
    b.design().links.at(LinkId{linkId}).encrypted = false;
    return b;
}

} // namespace

class TestSecurityRules : public QObject
{
    Q_OBJECT

private slots:
    void res031ReplicasHaveAKeyInTheirRegion_data()
    {
        addElementColumns();
        QTest::newRow("replica without a key, single-region primary key")
            << encryptedTable().build()
            << QStringList{"db-usw2,db-use1,key-use1,l-db-use1-db-usw2-replication"};
        QTest::newRow("multi-region key")
            << encryptedTable({{"multiRegion", true}}).build() << QStringList{};
        QTest::newRow("replica has its own key") << replicaKeys("", "").build() << QStringList{};
        QTest::newRow("replica uses the primary's key across regions")
            << encryptedTable().link("db-usw2", "key-use1", LinkKind::UsesKey).build()
            << QStringList{"db-usw2,key-use1,l-db-usw2-key-use1-uses-key"};
        QTest::newRow("replica uses the primary's multi-region key")
            << encryptedTable({{"multiRegion", true}})
                   .link("db-usw2", "key-use1", LinkKind::UsesKey)
                   .build()
            << QStringList{};
        const auto gcp = [](const std::string& keyRegion) {
            DesignBuilder b;
            b.region("euw1", "europe-west1", 50, RegionRole::Active, 0, Provider::Gcp)
                .region("euw4", "europe-west4", 50, RegionRole::Active, 0, Provider::Gcp)
                .service("gcs-euw1", "gcp.cloud-storage", "euw1")
                .service("gcs-euw4", "gcp.cloud-storage", "euw4")
                .link("gcs-euw1", "gcs-euw4", LinkKind::Replication)
                .service("key", "gcp.cloud-kms", keyRegion)
                .link("gcs-euw1", "key", LinkKind::UsesKey);
            return b.build();
        };
        QTest::newRow("Cloud KMS key in one region")
            << gcp("euw1") << QStringList{"gcs-euw4,gcs-euw1,key,l-gcs-euw1-gcs-euw4-replication"};
        QTest::newRow("Cloud KMS global key ring") << gcp("") << QStringList{};
    }
    void res031ReplicasHaveAKeyInTheirRegion() { checkElements("RES-031"); }

    void res032ReplicaKeysShareTheirPolicy_data()
    {
        addElementColumns();
        const QString finding = "db-use1,db-usw2,key-use1,key-usw2,l-db-use1-db-usw2-replication";
        QTest::newRow("different policies")
            << replicaKeys("orders-v2", "orders-v1").build() << QStringList{finding};
        QTest::newRow("one policy unnamed")
            << replicaKeys("orders-v2", "").build() << QStringList{finding};
        QTest::newRow("same policy")
            << replicaKeys("orders-v2", "orders-v2").build() << QStringList{};
        QTest::newRow("one shared multi-region key")
            << encryptedTable({{"multiRegion", true}, {"policyName", std::string("orders")}})
                   .link("db-usw2", "key-use1", LinkKind::UsesKey)
                   .build()
            << QStringList{};
    }
    void res032ReplicaKeysShareTheirPolicy() { checkElements("RES-032"); }

    void res033SecretsInEveryServingRegion_data()
    {
        addElementColumns();
        const auto oneStore = [](bool replicated) {
            return twoRegions()
                .service("sec", "aws.secrets-manager", "use1", {{"replicated", replicated}})
                .link("fn-use1", "sec", LinkKind::UsesSecret)
                .link("fn-usw2", "sec", LinkKind::UsesSecret)
                .build();
        };
        QTest::newRow("one store in us-east-1 read from both regions")
            << oneStore(false) << QStringList{"usw2,sec,l-fn-usw2-sec-uses-secret"};
        QTest::newRow("replicated store") << oneStore(true) << QStringList{};
        QTest::newRow("us-west-2 has no store and no link")
            << twoRegions()
                   .service("sec", "aws.secrets-manager", "use1")
                   .link("fn-use1", "sec", LinkKind::UsesSecret)
                   .build()
            << QStringList{"usw2,sec"};
        const auto twoStores = [](const std::string& westReads) {
            return twoRegions()
                .service("sec-use1", "aws.secrets-manager", "use1")
                .service("sec-usw2", "aws.secrets-manager", "usw2")
                .link("fn-use1", "sec-use1", LinkKind::UsesSecret)
                .link("fn-usw2", westReads, LinkKind::UsesSecret)
                .build();
        };
        QTest::newRow("a store per region, us-west-2 reads the other")
            << twoStores("sec-use1")
            << QStringList{"fn-usw2,sec-use1,l-fn-usw2-sec-use1-uses-secret"};
        QTest::newRow("a store per region, each read locally")
            << twoStores("sec-usw2") << QStringList{};
    }
    void res033SecretsInEveryServingRegion() { checkElements("RES-033"); }

    void res034SignInSurvivesARegion_data()
    {
        addElementColumns();
        const auto cognito = [](Properties properties) {
            return twoRegions()
                .service("idp", "aws.cognito", "use1", properties)
                .link("api-use1", "idp", LinkKind::Authenticates)
                .link("api-usw2", "idp", LinkKind::Authenticates);
        };
        QTest::newRow("one user pool in us-east-1")
            << cognito({}).build()
            << QStringList{"idp,api-use1,l-api-use1-idp-authenticates,api-usw2,"
                           "l-api-usw2-idp-authenticates"};
        QTest::newRow("standby pool kept in sync")
            << cognito({{"crossRegionStandby", true}}).build() << QStringList{};
        QTest::newRow("a second pool in us-west-2")
            << twoRegions()
                   .service("idp-use1", "aws.cognito", "use1")
                   .service("idp-usw2", "aws.cognito", "usw2")
                   .link("api-use1", "idp-use1", LinkKind::Authenticates)
                   .link("api-usw2", "idp-usw2", LinkKind::Authenticates)
                   .build()
            << QStringList{};
        QTest::newRow("global identity provider")
            << twoRegions()
                   .service("idp", "neutral.auth0")
                   .link("api-use1", "idp", LinkKind::Authenticates)
                   .build()
            << QStringList{};
        QTest::newRow("single-region design") << DesignBuilder()
                                                     .region("use1", "us-east-1", 100)
                                                     .service("api", "aws.api-gateway", "use1")
                                                     .service("idp", "aws.cognito", "use1")
                                                     .link("api", "idp", LinkKind::Authenticates)
                                                     .build()
                                              << QStringList{};
    }
    void res034SignInSurvivesARegion() { checkElements("RES-034"); }

    void res034GivesTheTokenLifetime()
    {
        // Cognito's default token lifetime is 3600 s; set 7200 to see the design's value.
        const auto findings = runRule(twoRegions()
                                          .service("idp", "aws.cognito", "use1",
                                                   {{"tokenLifetimeSeconds", std::int64_t{7200}}})
                                          .link("api-usw2", "idp", LinkKind::Authenticates)
                                          .build(),
                                      "RES-034");
        QVERIFY2(messageOf(findings).contains("7200 s"), qPrintable(messageOf(findings)));
    }

    void res035WafParity_data()
    {
        addElementColumns();
        const Properties edge = {{"policyName", std::string("edge-v3")}};
        QTest::newRow("WAF only in us-east-1") << routed()
                                                      .service("waf-use1", "aws.waf", "use1", edge)
                                                      .link("waf-use1", "api-use1", LinkKind::Route)
                                                      .build()
                                               << QStringList{"dns,api-usw2,l-dns-api-usw2-route"};
        QTest::newRow("same rule set in both regions")
            << behindWafs(edge, edge).build() << QStringList{};
        QTest::newRow("different rule sets")
            << behindWafs(edge, {{"policyName", std::string("edge-v2")}}).build()
            << QStringList{"dns,waf-use1,waf-usw2"};
        QTest::newRow("same name, fewer rules")
            << behindWafs(edge,
                          {{"policyName", std::string("edge-v3")}, {"ruleCount", std::int64_t{3}}})
                   .build()
            << QStringList{"dns,waf-use1,waf-usw2"};
        QTest::newRow("no WAF anywhere") << routed().build() << QStringList{};
    }
    void res035WafParity() { checkElements("RES-035"); }

    void res036SameTlsNameOnEveryPath_data()
    {
        addElementColumns();
        const auto regional = [] {
            auto b = routed();
            for (const auto* id : {"api-use1", "api-usw2"})
                b.design().services.at(ServiceId{id}).properties["endpointType"] =
                    std::string("regional");
            return b;
        };
        // API Gateway's default endpoint type is edge-optimized.
        QTest::newRow("edge-optimized APIs in two regions")
            << routed().build()
            << QStringList{"dns,api-use1,l-dns-api-use1-route",
                           "dns,api-usw2,l-dns-api-usw2-route"};
        QTest::newRow("regional APIs") << regional().build() << QStringList{};
        QTest::newRow("one path without TLS")
            << unencrypted(regional(), "l-dns-api-usw2-route").build()
            << QStringList{"dns,api-usw2,l-dns-api-usw2-route"};
    }
    void res036SameTlsNameOnEveryPath() { checkElements("RES-036"); }
};

QTEST_GUILESS_MAIN(TestSecurityRules)
#include "tst_rules_security.moc"

#include "TestCatalogues.h"
#include "core/Catalogues.h"

#include <QTest>

#include <set>

using namespace rs;

namespace {

std::string kindJson(const std::string& properties, const std::string& extra = {})
{
    return R"({"catalogueVersion": "t", "kinds": [{"id": "x.y", "provider": "aws", "name": "Y",
        "category": "compute", "icon": "compute", "scope": "regional", "description": "d",
        "properties": [)" +
           properties + R"(], "sla": null, "replication": {"modes": ["none"], "source": "s"},
        "priceKeys": [])" +
           extra + "}]}";
}

bool hasError(const Result<ServiceCatalogue>& r, ErrorCode code, const std::string& pointer)
{
    if (r.ok())
        return false;
    for (const auto& e : r.errors()) {
        if (e.code == code && e.where.pointer == pointer)
            return true;
    }
    return false;
}

} // namespace

class TestCatalogues : public QObject
{
    Q_OBJECT

private slots:
    void builtInCataloguesLoad()
    {
        const auto loaded = Catalogues::builtIn();
        QString problems;
        if (!loaded) {
            for (const auto& e : loaded.errors())
                problems += QString::fromStdString(e.toString()) + "\n";
        }
        QVERIFY2(loaded.ok(), qPrintable(problems));
    }

    void serviceCatalogueCoversEveryProviderAndCategory()
    {
        const auto& kinds = test::builtInCatalogues().services.kinds();
        QVERIFY2(kinds.size() >= 45, qPrintable(QString::number(kinds.size())));
        // DESIGN.md: each of AWS, Azure and Google Cloud covers every category. Azure's CDN is
        // Front Door, an edge proxy that also routes; a proxy router counts as a CDN.
        const auto covers = [](const ServiceKind& k, Category category) {
            return k.category == category || (category == Category::Cdn && k.routing &&
                                              k.routing->type == RoutingType::Proxy);
        };
        for (const auto provider : {Provider::Aws, Provider::Azure, Provider::Gcp}) {
            for (const auto& [category, name] : EnumNames<Category>::names) {
                const bool covered = std::any_of(
                    kinds.begin(), kinds.end(), [&, category = category](const auto& k) {
                        return k.provider == provider && covers(k, category);
                    });
                QVERIFY2(covered,
                         qPrintable(
                             QString("%1 has no %2").arg(enumName(provider).data(), name.data())));
            }
        }
    }

    void serviceCatalogueHasTheNamedServices()
    {
        // The services DESIGN.md names, by catalogue id.
        for (const char* id : {"aws.route53",
                               "aws.global-accelerator",
                               "aws.cloudfront",
                               "aws.waf",
                               "aws.api-gateway",
                               "aws.lambda",
                               "aws.sqs",
                               "aws.eventbridge",
                               "aws.dynamodb",
                               "aws.aurora-global",
                               "aws.s3",
                               "aws.elasticache-global",
                               "aws.kms",
                               "aws.secrets-manager",
                               "aws.cognito",
                               "aws.cloudwatch",
                               "azure.traffic-manager",
                               "azure.front-door",
                               "azure.functions",
                               "azure.service-bus",
                               "azure.event-grid",
                               "azure.cosmos-db",
                               "azure.sql-database",
                               "azure.blob-storage",
                               "azure.key-vault",
                               "azure.entra-id",
                               "azure.monitor",
                               "gcp.cloud-dns",
                               "gcp.cloud-load-balancing",
                               "gcp.cloud-cdn",
                               "gcp.cloud-armor",
                               "gcp.cloud-run",
                               "gcp.cloud-run-functions",
                               "gcp.pubsub",
                               "gcp.spanner",
                               "gcp.firestore",
                               "gcp.cloud-storage",
                               "gcp.cloud-kms",
                               "gcp.secret-manager",
                               "gcp.identity-platform",
                               "gcp.cloud-monitoring",
                               "neutral.cockroachdb",
                               "neutral.auth0",
                               "neutral.cloudflare"})
            QVERIFY2(test::builtInCatalogues().services.find(id), id);
    }

    void routersSayHowTheyDetectFailure()
    {
        for (const auto& kind : test::builtInCatalogues().services.kinds()) {
            if (kind.category != Category::Router)
                continue;
            QVERIFY2(kind.routing.has_value(), kind.id.c_str());
            QVERIFY2(!kind.routing->source.empty(), kind.id.c_str());
        }
        // Reference §1.1: Route 53 checks every 30 s and fails after 3 by default, TTL 60 s.
        const auto* r53 = test::builtInCatalogues().services.find("aws.route53");
        QVERIFY(r53 && r53->routing);
        QVERIFY(r53->property("healthCheckIntervalSeconds") && r53->property("failureThreshold"));
        QCOMPARE(propertyNumber(r53->property("healthCheckIntervalSeconds")->defaultValue), 30.0);
        QCOMPARE(propertyNumber(r53->property("failureThreshold")->defaultValue), 3.0);
        QCOMPARE(r53->routing->type, RoutingType::Dns);
        const auto* accelerator = test::builtInCatalogues().services.find("aws.global-accelerator");
        QVERIFY(accelerator && accelerator->routing);
        QCOMPARE(accelerator->routing->type, RoutingType::Anycast);
    }

    void everySlaHasASource()
    {
        for (const auto& kind : test::builtInCatalogues().services.kinds()) {
            if (kind.sla)
                QVERIFY2(!kind.sla->source.empty(), kind.id.c_str());
            QVERIFY2(!kind.replication.source.empty(), kind.id.c_str());
        }
        // Reference §3: Lambda 99.95 %, DynamoDB 99.99 %.
        const auto* lambda = test::builtInCatalogues().services.find("aws.lambda");
        const auto* dynamodb = test::builtInCatalogues().services.find("aws.dynamodb");
        QVERIFY(lambda && lambda->sla && dynamodb && dynamodb->sla);
        QCOMPARE(lambda->sla->percent, 99.95);
        QCOMPARE(dynamodb->sla->percent, 99.99);
    }

    void regionCatalogueCoversEachProvider()
    {
        const auto& regions = test::builtInCatalogues().regions.regions();
        const auto count = [&](Provider p) {
            return std::count_if(regions.begin(), regions.end(),
                                 [&](const RegionInfo& r) { return r.provider == p; });
        };
        // Issue 12: every public region (AWS 33 priced in the 2025 pricing-page files plus
        // Auckland; Azure 55 physical regions; the 43 regions of Google's billing catalogue).
        QVERIFY(count(Provider::Aws) >= 33);
        QVERIFY(count(Provider::Azure) >= 55);
        QVERIFY(count(Provider::Gcp) >= 40);
        std::set<std::string> continents;
        for (const auto& r : regions) {
            continents.insert(r.continent);
            // EU member states' regions are in Europe; a mistake here breaks residency checks.
            if (r.jurisdiction == "EU")
                QVERIFY2(r.continent == "Europe", r.code.c_str());
            QVERIFY2(!r.priceLocation.empty(), r.code.c_str());
        }
        QVERIFY(continents.size() >= 5);
        const auto* ireland = test::builtInCatalogues().regions.find(Provider::Aws, "eu-west-1");
        QVERIFY(ireland);
        QCOMPARE(ireland->country, std::string("IE"));
        QCOMPARE(ireland->jurisdiction, std::string("EU"));
        const auto* london = test::builtInCatalogues().regions.find(Provider::Azure, "uksouth");
        QVERIFY(london);
        QCOMPARE(london->jurisdiction, std::string("GB"));
        // Names the price files use: AWS's pricing pages say "EU" where the console says
        // "Europe"; the Azure Retail Prices API's `location` differs from the display name.
        const auto* spain = test::builtInCatalogues().regions.find(Provider::Aws, "eu-south-2");
        QVERIFY(spain);
        QCOMPARE(spain->priceLocation, std::string("EU (Spain)"));
        QCOMPARE(spain->jurisdiction, std::string("EU"));
        const auto* japan = test::builtInCatalogues().regions.find(Provider::Azure, "japaneast");
        QVERIFY(japan);
        QCOMPARE(japan->priceNames, std::vector<std::string>{"JA East"});
        const auto* telAviv = test::builtInCatalogues().regions.find(Provider::Gcp, "me-west1");
        QVERIFY(telAviv);
        QCOMPARE(telAviv->continent, std::string("Asia"));
        QVERIFY(test::builtInCatalogues().regions.find(Provider::Azure, "westus"));
        QVERIFY(test::builtInCatalogues().regions.find(Provider::Azure, "eastasia"));
    }

    void loaderRejectsABrokenCatalogue_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("pointer");

        QTest::newRow("default above max")
            << QString::fromStdString(kindJson(R"({"name": "m", "label": "M", "type": "integer",
                 "default": 20000, "min": 128, "max": 10240, "help": "h"})"))
            << int(ErrorCode::Range) << "/kinds/0/properties/0/default";
        QTest::newRow("default not among values")
            << QString::fromStdString(kindJson(R"({"name": "m", "label": "M", "type": "enum",
                 "values": ["a", "b"], "default": "c", "help": "h"})"))
            << int(ErrorCode::Range) << "/kinds/0/properties/0/default";
        QTest::newRow("default of wrong type")
            << QString::fromStdString(kindJson(R"({"name": "m", "label": "M", "type": "bool",
                 "default": 3, "help": "h"})"))
            << int(ErrorCode::Type) << "/kinds/0/properties/0/default";
        QTest::newRow("enum without values")
            << QString::fromStdString(kindJson(R"({"name": "m", "label": "M", "type": "enum",
                 "default": "a", "help": "h"})"))
            << int(ErrorCode::Missing) << "/kinds/0/properties/0/values";
        QTest::newRow("property twice")
            << QString::fromStdString(kindJson(
                   R"({"name": "m", "label": "M", "type": "bool", "default": true, "help": "h"},
                 {"name": "m", "label": "M", "type": "bool", "default": true, "help": "h"})"))
            << int(ErrorCode::Duplicate) << "/kinds/0/properties/1";
        QTest::newRow("unknown category")
            << QString::fromStdString(kindJson("")).replace("\"compute\",", "\"mainframe\",")
            << int(ErrorCode::Type) << "/kinds/0/category";
        QTest::newRow("misspelt key") << QString::fromStdString(kindJson("", R"(, "slaa": 3)"))
                                      << int(ErrorCode::UnknownField) << "/kinds/0/slaa";
        QTest::newRow("router without routing")
            << QString::fromStdString(kindJson("")).replace("\"compute\",", "\"router\",")
            << int(ErrorCode::Missing) << "/kinds/0/routing";
        QTest::newRow("pricing an unknown usage")
            << QString::fromStdString(
                   kindJson("", R"(, "pricing": [{"usage": "cpu-years", "key": "k"}])"))
            << int(ErrorCode::Type) << "/kinds/0/pricing/0/usage";
        QTest::newRow("pricing with a key not in priceKeys")
            << QString::fromStdString(
                   kindJson("", R"(, "pricing": [{"usage": "invocations", "key": "k"}])"))
            << int(ErrorCode::Inconsistent) << "/kinds/0/pricing/0/key";
        QTest::newRow("pricing when a property the kind lacks")
            << QString::fromStdString(kindJson(
                   "", R"(, "pricing": [{"usage": "invocations", "when": {"arch": "arm64"}}])"))
            << int(ErrorCode::UnknownProperty) << "/kinds/0/pricing/0/when";
        const std::string count =
            R"({"name": "n", "label": "N", "type": "integer", "unit": "count", "default": 1,
                "help": "h"})";
        QTest::newRow("pricing per a property the kind lacks")
            << QString::fromStdString(
                   kindJson(count, R"(, "pricing": [{"usage": "hours", "per": "nodes"}])"))
            << int(ErrorCode::UnknownProperty) << "/kinds/0/pricing/0/per";
        QTest::newRow("pricing per on usage that is not counted")
            << QString::fromStdString(
                   kindJson(count, R"(, "pricing": [{"usage": "invocations", "per": "n"}])"))
            << int(ErrorCode::Inconsistent) << "/kinds/0/pricing/0/per";
        QTest::newRow("pricing with a zero scale")
            << QString::fromStdString(
                   kindJson(count, R"(, "pricing": [{"usage": "hours", "per": "n", "scale": 0}])"))
            << int(ErrorCode::Range) << "/kinds/0/pricing/0/scale";
    }

    void loaderRejectsABrokenCatalogue()
    {
        QFETCH(QString, text);
        QFETCH(int, code);
        QFETCH(QString, pointer);
        const auto result = ServiceCatalogue::fromJson(text.toStdString());
        QVERIFY(hasError(result, static_cast<ErrorCode>(code), pointer.toStdString()));
    }

    void pricingRulesNameTheirKeysAndConditions()
    {
        const auto* lambda = test::builtInCatalogues().services.find("aws.lambda");
        QVERIFY(lambda);
        const auto arm =
            std::find_if(lambda->pricing.begin(), lambda->pricing.end(), [](const PricingRule& r) {
                return r.usage == UsageKind::Invocations && r.key == "aws.lambda.requests-arm";
            });
        QVERIFY(arm != lambda->pricing.end());
        QCOMPARE(arm->freeKey, std::string("aws.lambda.free-requests"));
        QCOMPARE(arm->when.at("architecture"), std::string("arm64"));
        const auto* sqs = test::builtInCatalogues().services.find("aws.sqs");
        QVERIFY(sqs && sqs->pricing.size() == 2);
        QCOMPARE(sqs->pricing.back().when.at("fifo"), std::string("true"));
    }

    void loaderRejectsDuplicateKinds()
    {
        auto text = kindJson("");
        const auto kinds = text.find("[{");
        const auto end = text.rfind("}]");
        const auto kind = text.substr(kinds + 1, end - kinds);
        text.insert(end + 1, "," + kind);
        QVERIFY(hasError(ServiceCatalogue::fromJson(text), ErrorCode::Duplicate, "/kinds/1/id"));
    }
};

QTEST_GUILESS_MAIN(TestCatalogues)
#include "tst_catalogues.moc"

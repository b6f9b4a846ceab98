#include "ImportChecks.h"
#include "TestCatalogues.h"
#include "core/DesignFile.h"
#include "core/DesignValidator.h"
#include "core/import/Import.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <set>

using namespace rs;
using namespace rs::import;
using namespace rs::test::importing;

class TestImport : public QObject
{
    Q_OBJECT

private slots:
    void everyServiceRowNamesACatalogueKindAndItsProperties()
    {
        const auto map = ResourceTypeMap::builtIn();
        QVERIFY2(map.ok(), map ? "" : map.errors().front().toString().c_str());
        const auto& catalogue = test::builtInCatalogues().services;
        for (const auto& row : map.value().rows()) {
            if (row.role != MappingRole::Service)
                continue;
            const auto* kind = catalogue.find(row.kind);
            QVERIFY2(kind, row.type.c_str());
            for (const auto& p : row.properties)
                QVERIFY2(kind->property(p.property), (row.type + " " + p.property).c_str());
            for (const auto& [name, value] : row.fixed)
                QVERIFY2(kind->property(name), (row.type + " " + name).c_str());
            QVERIFY2(!row.source.empty(), row.type.c_str());
        }
    }

    // Every row of the mapping meets a resource of its type in the test data.
    void everyMappedTypeIsInTheTestData()
    {
        std::set<std::pair<Tool, std::string>> seen;
        const auto collect = [&](const ImportResult& r, Tool tool) {
            for (const auto& m : r.report.mapped)
                seen.insert({tool, m.type});
            for (const auto& u : r.report.unmapped)
                seen.insert({tool, u.type});
        };
        collect(imported({{data + "orders-active-active.plan.json", {}}}), Tool::Terraform);
        ImportOptions both;
        both.region = "us-east-1,europe-west1";
        collect(imported({{data + "coverage.state.json", {}}}, both), Tool::Terraform);
        collect(
            imported({{data + "orders-us-east-1.yaml", {}}, {data + "orders-us-west-2.yaml", {}}}),
            Tool::CloudFormation);
        collect(imported({{data + "edge-cdk.template.json", "us-east-1"}}), Tool::CloudFormation);
        const auto map = ResourceTypeMap::builtIn();
        QVERIFY(map.ok());
        for (const auto& row : map.value().rows())
            QVERIFY2(seen.contains({row.tool, row.type}), row.type.c_str());
    }

    // The plan of example 03's application: providers aws (us-east-1 from a variable),
    // aws.euw1 and aws.apse1 passed into three calls of one module.
    void aMultiRegionPlanPlacesEachModuleInItsProvidersRegion()
    {
        const auto r = imported({{data + "orders-active-active.plan.json", {}}});
        const auto& d = r.design;
        QCOMPARE(d.services.size(), std::size_t(22)); // as example 03: 6 per region + 4
        QCOMPARE(d.links.size(), std::size_t(31));    // as example 03
        QCOMPARE(regionCode(d, byName(d, "orders-fn-use1")), std::string("us-east-1"));
        QCOMPARE(regionCode(d, byName(d, "orders-fn-euw1")), std::string("eu-west-1"));
        QCOMPARE(regionCode(d, byName(d, "orders-jobs-apse1")), std::string("ap-southeast-1"));
        QCOMPARE(regionCode(d, byName(d, "orders-edge-v3")), std::string("global")); // CLOUDFRONT
        // The table's replica blocks: one copy per region, replicated from the primary.
        QVERIFY(linked(d, "orders", "orders (eu-west-1)", LinkKind::Replication));
        QVERIFY(linked(d, "orders", "orders (ap-southeast-1)", LinkKind::Replication));
        QCOMPARE(std::get<std::string>(byName(d, "orders (eu-west-1)").properties.at("writeMode")),
                 std::string("multi"));
        // A function reads the replica in its own region, named by a literal table name.
        QVERIFY(linked(d, "orders-worker-euw1", "orders (eu-west-1)", LinkKind::Request));
        // Three latency records of one name are one router; their health checks set its
        // detection (10 s x 3, /health/deep) and probe the API each record aliases through
        // the API's domain name (a module output).
        const auto& router = byName(d, "api-origin.example.com");
        QCOMPARE(std::get<std::string>(router.properties.at("routingPolicy")),
                 std::string("latency"));
        QCOMPARE(std::get<std::int64_t>(router.properties.at("healthCheckIntervalSeconds")), 10);
        QCOMPARE(std::get<std::int64_t>(router.properties.at("failureThreshold")), 3);
        QVERIFY(linked(d, "api-origin.example.com", "orders-apse1", LinkKind::HealthCheck));
        QVERIFY(linked(d, "api-origin.example.com", "orders-euw1", LinkKind::Route));
        // The user pool's ARN is known from prior_state only.
        QVERIFY(linked(d, "orders-euw1", "orders-users", LinkKind::Authenticates));
        // 12 rule blocks; provisioned concurrency from its own resource.
        QCOMPARE(std::get<std::int64_t>(byName(d, "orders-edge-v3").properties.at("ruleCount")),
                 12);
        QCOMPARE(std::get<std::int64_t>(
                     byName(d, "orders-fn-apse1").properties.at("provisionedConcurrency")),
                 200);
        QVERIFY(validateDesign(d, test::builtInCatalogues()).empty());
    }

    void twoStacksCombineIntoOneDesign()
    {
        const auto r =
            imported({{data + "orders-us-east-1.yaml", {}}, {data + "orders-us-west-2.yaml", {}}});
        const auto& d = r.design;
        QCOMPARE(d.regions.size(), std::size_t(2)); // from the file names
        // Example 02's 14 services less one: the standby's table replica, secret replica and key
        // are there, its second key store is not (one secret, one replica).
        QCOMPARE(d.services.size(), std::size_t(13));
        const auto& router = byName(d, "api.orders.example.com");
        QCOMPARE(std::get<std::string>(router.properties.at("routingPolicy")),
                 std::string("failover"));
        QCOMPARE(std::get<std::int64_t>(router.properties.at("ttlSeconds")), 60); // TTL "60"
        // The secondary record names the standby API's domain as a literal.
        QVERIFY(linked(d, "api.orders.example.com", "orders-usw2", LinkKind::Route));
        QVERIFY(linked(d, "api.orders.example.com", "orders-usw2", LinkKind::HealthCheck));
        QVERIFY(linked(d, "orders-docs-use1", "orders-docs-usw2", LinkKind::Replication));
        QVERIFY(
            linked(d, "orders-fn-usw2", "orders/db-credentials (us-west-2)", LinkKind::UsesSecret));
        QVERIFY(linked(d, "orders-fn-use1", "orders", LinkKind::Request)); // !Ref of a global table
        QCOMPARE(std::get<std::int64_t>(byName(d, "orders-fn-use1").properties.at("memoryMb")),
                 1024); // parameter default
        QCOMPARE(
            std::get<bool>(byName(d, "orders-docs-use1").properties.at("replicationTimeControl")),
            true);
        QCOMPARE(
            std::get<bool>(byName(d, "orders/db-credentials").properties.at("rotationEnabled")),
            true);
    }

    void cdkTemplatesReadTheirConstructPaths()
    {
        const auto r = imported({{data + "edge-cdk.template.json", "us-east-1"}});
        const auto& d = r.design;
        const auto* handler = d.service(ServiceId("Handler"));
        QVERIFY(handler); // Handler886CB40B, named by EdgeStack/Handler/Resource
        QCOMPARE(handler->name, std::string("Handler"));
        QVERIFY(d.service(ServiceId("Ledger.Cluster")));
        QVERIFY(linked(d, "Handler", "Events", LinkKind::Event));
        QVERIFY(linked(d, "edge-http", "edge-users", LinkKind::Authenticates)); // Fn::Sub
        QVERIFY(linked(d, "edge cdn", "edge-http", LinkKind::Origin));     // through the domain
        QVERIFY(linked(d, "edge-ga", "edge-http", LinkKind::HealthCheck)); // listener hop
        const auto unknown =
            std::find_if(r.report.unmapped.begin(), r.report.unmapped.end(),
                         [](const auto& u) { return u.type == "AWS::IoT::Thing"; });
        QVERIFY(unknown != r.report.unmapped.end());
        QCOMPARE(unknown->reason, std::string("no mapping for this resource type"));
    }

    void aStateWithoutConfigurationLinksByLiteralIds()
    {
        ImportOptions options;
        options.region = "us-east-1,europe-west1";
        const auto r = imported({{data + "coverage.state.json", {}}}, options);
        const auto& d = r.design;
        // Cosmos DB geo_location: a replica in North Europe; bounded staleness, multi-write.
        const auto& cosmos = byName(d, "orders");
        QCOMPARE(regionCode(d, cosmos), std::string("westeurope")); // "West Europe"
        QCOMPARE(std::get<std::string>(cosmos.properties.at("consistency")),
                 std::string("bounded-staleness"));
        QVERIFY(linked(d, "orders", "orders (northeurope)", LinkKind::Replication));
        // Failover group: the database's copy on the partner server's region.
        QVERIFY(linked(d, "ledger", "ledger (northeurope)", LinkKind::Replication));
        QCOMPARE(std::get<std::string>(byName(d, "ledger").properties.at("tier")),
                 std::string("business-critical"));
        // Spanner "regional-europe-west1" is regional; nam-eur-asia1 multi-region.
        QCOMPARE(std::get<std::string>(byName(d, "local").properties.at("configuration")),
                 std::string("regional"));
        QCOMPARE(std::get<std::string>(byName(d, "ledger", 1).properties.at("configuration")),
                 std::string("multi-region"));
        QCOMPARE(std::get<std::string>(byName(d, "assets").properties.at("locationType")),
                 std::string("multi-region"));
        QVERIFY(linked(d, "api-lb", "api", LinkKind::Route)); // forwarding rule, four hops
        QVERIFY(linked(d, "ledger-east", "ledger-west", LinkKind::Replication)); // global cluster
        QVERIFY(linked(d, "media-east", "media-west", LinkKind::Replication));
        QCOMPARE(std::get<bool>(byName(d, "media-east").properties.at("replicationTimeControl")),
                 true);
        QCOMPARE(std::get<bool>(byName(d, "main key (us-west-2)").properties.at("multiRegion")),
                 true);
        QCOMPARE(std::get<std::string>(byName(d, "fd").properties.at("tier")),
                 std::string("premium"));
        QCOMPARE(std::get<std::int64_t>(byName(d, "fd").properties.at("sampleSize")), 4);
        QCOMPARE(std::get<std::string>(byName(d, "api-fn").properties.at("plan")),
                 std::string("premium")); // EP1
        QVERIFY(linked(d, "tm", "flex-fn", LinkKind::Route));
        const auto unknown =
            std::find_if(r.report.unmapped.begin(), r.report.unmapped.end(),
                         [](const auto& u) { return u.type == "aws_unknown_future_thing"; });
        QVERIFY(unknown != r.report.unmapped.end()); // listed, not fatal
    }

    void notJsonOrYamlIsASyntaxErrorWithItsLine()
    {
        QTemporaryDir dir;
        const auto path = writeTemp(dir, "bad.yaml", "Resources:\n  A: [unclosed\n");
        const auto e = firstError({{path, "us-east-1"}});
        QCOMPARE(e.code, ErrorCode::Syntax);
        QVERIFY(e.where.line >= 2);
        const auto json = writeTemp(dir, "bad.json", "{\"format_version\": \"1.2\",");
        QCOMPARE(firstError({{json, {}}}).code, ErrorCode::Syntax);
    }

    void anUnknownFormatVersionIsRefused()
    {
        QTemporaryDir dir;
        const auto path =
            writeTemp(dir, "plan.json", R"({"format_version": "2.0", "planned_values": {}})");
        const auto e = firstError({{path, {}}});
        QCOMPARE(e.code, ErrorCode::NewerSchema);
        QCOMPARE(e.where.pointer, std::string("/format_version"));
    }

    void aReferenceCycleIsLocated()
    {
        QTemporaryDir dir;
        const auto path = writeTemp(
            dir, "cycle.yaml",
            "Resources:\n"
            "  A:\n    Type: AWS::SQS::Queue\n    Properties: {QueueName: !GetAtt B.QueueName}\n"
            "  B:\n    Type: AWS::SQS::Queue\n    Properties: {QueueName: !Sub "
            "'${A.QueueName}-b'}\n");
        const auto e = firstError({{path, "us-east-1"}});
        QCOMPARE(e.code, ErrorCode::Inconsistent);
        QCOMPARE(e.where.pointer, std::string("/Resources/A"));
        QCOMPARE(e.where.line, 2); // A's line in the file
        QVERIFY(e.message.find("A -> B -> A") != std::string::npos);
    }

    void aStackWithoutARegionSaysHowToGiveOne()
    {
        QTemporaryDir dir;
        const auto path =
            writeTemp(dir, "stack.yaml", "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n");
        QCOMPARE(firstError({{path, {}}}).code, ErrorCode::Missing);
        QCOMPARE(parseImportArgument("stack.yaml@eu-west-1").region, std::string("eu-west-1"));
    }

    // A plan over the size limit is refused while it is read (here a 1 MB limit and a 2 MB
    // plan; the default limit is 64 MB), never parsed half.
    void aHugePlanIsRefusedBeforeItIsParsed()
    {
        QTemporaryDir dir;
        nlohmann::json resources = nlohmann::json::array();
        for (int i = 0; i < 24'000; ++i)
            resources.push_back({{"address", "aws_sqs_queue.q" + std::to_string(i)},
                                 {"mode", "managed"},
                                 {"type", "aws_sqs_queue"},
                                 {"name", "q" + std::to_string(i)},
                                 {"values", {{"name", "queue-" + std::to_string(i)}}}});
        const nlohmann::json doc{{"format_version", "1.2"},
                                 {"planned_values", {{"root_module", {{"resources", resources}}}}}};
        const auto plan = doc.dump();
        QVERIFY(plan.size() > 2'000'000);
        const auto path = writeTemp(dir, "huge.json", plan);
        ImportOptions options;
        options.maxBytes = 1'000'000;
        QCOMPARE(firstError({{path, {}}}, options).code, ErrorCode::TooLarge);
        options.maxBytes = 64u * 1024u * 1024u;
        options.region = "us-east-1";
        const auto r = imported({{path, {}}}, options);
        QCOMPARE(r.design.services.size(), std::size_t(24'000)); // every queue, ids unique
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"

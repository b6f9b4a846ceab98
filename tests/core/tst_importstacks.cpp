// CloudFormation stacks as they are deployed (issue 16): parameters' values decide the
// conditions, so which resources exist, which Fn::If branch a property takes and which are left
// out (AWS::NoValue); SAM functions' Events become the links SAM's transform makes of them.
// tests/data/import/orders-regional.yaml is one template deployed to us-east-1 as the primary and
// to us-west-2 as the standby; every expectation below is read off that file by hand.
#include "ImportChecks.h"

#include <QTest>

using namespace rs;
using namespace rs::import;
using namespace rs::test::importing;

namespace {

const std::string regional = data + "orders-regional.yaml";

ImportOptions primaryAndStandby()
{
    ImportOptions options;
    options.parameters = {{"us-east-1", "IsPrimaryRegion", "true"},
                          {"us-west-2", "IsPrimaryRegion", "false"}};
    return options;
}

const SkippedResource* skipped(const ImportReport& report, const std::string& address)
{
    const auto it = std::find_if(report.unmapped.begin(), report.unmapped.end(),
                                 [&](const auto& u) { return u.address == address; });
    return it == report.unmapped.end() ? nullptr : &*it;
}

bool noted(const ImportReport& report, const std::string& text)
{
    return std::any_of(report.notes.begin(), report.notes.end(),
                       [&](const auto& n) { return n.find(text) != std::string::npos; });
}

} // namespace

class TestImportStacks : public QObject
{
    Q_OBJECT

private slots:
    void parametersDecideWhichResourcesEachStackHas()
    {
        const auto r =
            imported({{regional, "us-east-1"}, {regional, "us-west-2"}}, primaryAndStandby());
        const auto& d = r.design;
        // Primary: 10 resources drawn + SAM's ServerlessRestApi + the table's us-west-2 replica;
        // standby: the same less the table and the stream function (IsPrimary is false).
        QCOMPARE(d.services.size(), std::size_t(12 + 9));
        const auto* table = skipped(r.report, "orders-regional@us-west-2:Orders");
        QVERIFY(table);
        QVERIFY2(table->reason.find("\"IsPrimary\" is false (IsPrimaryRegion = false)") !=
                     std::string::npos,
                 table->reason.c_str());
        QVERIFY(skipped(r.report, "orders-regional@us-west-2:StreamFunction"));
        QVERIFY(!skipped(r.report, "orders-regional@us-east-1:Orders"));
        // The replica's region comes from the Peer mapping (Fn::FindInMap by AWS::Region).
        QCOMPARE(regionCode(d, byName(d, "orders (us-west-2)")), std::string("us-west-2"));
        // Fn::Sub of pseudo parameters names each stack's own.
        QCOMPARE(regionCode(d, byName(d, "orders-jobs-us-west-2")), std::string("us-west-2"));
        // Fn::If on And(IsPrimary, IsProduction[Environment's default prod]): 1024 vs 512.
        QCOMPARE(
            std::get<std::int64_t>(byName(d, "orders-api-us-east-1").properties.at("memoryMb")),
            1024);
        QCOMPARE(
            std::get<std::int64_t>(byName(d, "orders-api-us-west-2").properties.at("memoryMb")),
            512);
        // AWS::NoValue leaves the standby queue's retention out: SQS's default, not a value.
        QCOMPARE(std::get<std::int64_t>(
                     byName(d, "orders-jobs-us-east-1").properties.at("messageRetentionSeconds")),
                 1209600);
        QVERIFY(!byName(d, "orders-jobs-us-west-2").properties.contains("messageRetentionSeconds"));
        // The standby's function names the table by a literal: it uses its own region's replica.
        QVERIFY(linked(d, "orders-api-us-west-2", "orders (us-west-2)", LinkKind::Request));
        QVERIFY(linked(d, "orders-api-us-east-1", "orders", LinkKind::Request));
    }

    void samEventsBecomeTheLinksSamsTransformMakes()
    {
        const auto r =
            imported({{regional, "us-east-1"}, {regional, "us-west-2"}}, primaryAndStandby());
        const auto& d = r.design;
        for (const std::string region : {"us-east-1", "us-west-2"}) {
            const auto api = "orders-api-" + region;
            // Two Api events without RestApiId share the one implicit API SAM makes per stack.
            QVERIFY(linked(d, "ServerlessRestApi", api, LinkKind::Request));
            QVERIFY(linked(d, "orders-http-" + region, api, LinkKind::Request)); // HttpApi ApiId
            const auto worker = "orders-worker-" + region;
            QVERIFY(linked(d, "orders-jobs-" + region, worker, LinkKind::Event));     // SQS
            QVERIFY(linked(d, "orders-receipts-" + region, worker, LinkKind::Event)); // S3
            const auto notify = "orders-notify-" + region;
            QVERIFY(linked(d, "orders-notices-" + region, notify, LinkKind::Event)); // SNS
            QVERIFY(linked(d, "orders-" + region, notify, LinkKind::Event)); // EventBridgeRule
        }
        QCOMPARE(std::count_if(d.services.begin(), d.services.end(),
                               [](const auto& s) { return s.second.name == "ServerlessRestApi"; }),
                 2);
        QVERIFY(linked(d, "orders", "orders-stream", LinkKind::Event)); // DynamoDB stream
        // A schedule is no service's event: said, not drawn.
        QVERIFY(noted(r.report, "OrdersFunction: the SAM event Nightly (Schedule)"));
    }

    void anUndecidedConditionIsSaidAndTakesItsFirstBranch()
    {
        const auto r = imported({{regional, "us-east-1"}});
        QVERIFY(noted(r.report, "\"IsPrimary\" is undecided without --parameter "
                                "IsPrimaryRegion=VALUE"));
        // Taken as true: the table and the stream function are there, the memory 1024.
        QVERIFY(r.design.service(ServiceId("Orders")));
        QVERIFY(r.design.service(ServiceId("StreamFunction")));
        QCOMPARE(std::get<std::int64_t>(
                     byName(r.design, "orders-api-us-east-1").properties.at("memoryMb")),
                 1024);
    }

    void aConditionTheTemplateLacksIsLocated()
    {
        QTemporaryDir dir;
        const auto path = writeTemp(dir, "stack.yaml",
                                    "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n"
                                    "    Condition: IsPrimary\n");
        const auto e = firstError({{path, "us-east-1"}});
        QCOMPARE(e.code, ErrorCode::Missing);
        QVERIFY2(e.message.find("Q uses the condition \"IsPrimary\", which the template's "
                                "Conditions do not define") != std::string::npos,
                 e.message.c_str());
    }

    void parameterArgumentsNameARegionOrNot()
    {
        const auto every = parseParameterArgument("Environment=prod");
        QVERIFY(every && every->region.empty());
        QCOMPARE(every->name, std::string("Environment"));
        const auto one = parseParameterArgument("us-west-2:IsPrimaryRegion=false");
        QVERIFY(one);
        QCOMPARE(one->region, std::string("us-west-2"));
        QCOMPARE(one->value, std::string("false"));
        const auto pseudo = parseParameterArgument("AWS::AccountId=123456789012");
        QVERIFY(pseudo && pseudo->region.empty());
        QCOMPARE(pseudo->name, std::string("AWS::AccountId"));
        const auto empty = parseParameterArgument("Suffix="); // an empty value is a value
        QVERIFY(empty && empty->value.empty());
        QVERIFY(!parseParameterArgument("Environment"));
        QVERIFY(!parseParameterArgument("=prod"));
        QVERIFY(!parseParameterArgument(":Environment=prod"));
    }

    // A JSON template whose Parameters fill the first 64 KiB shows no key of any format there.
    void aJsonHeadWithoutAFormatsKeysIsUndecided()
    {
        std::string head = "{\"Parameters\": {\"P\": {\"Type\": \"String\", \"Default\": \"";
        head += std::string(70'000, 'x');
        QVERIFY(!detectFormat(head.substr(0, 64 * 1024)));
        QCOMPARE(detectFormat(head + "\"}}, \"Resources\": {}}"), InputFormat::CloudFormation);
        QCOMPARE(detectFormat("{\"schemaVersion\": 2, \"Resources\": 1}"), InputFormat::Design);
        QCOMPARE(detectFormat("{\"format_version\": \"1.2\"}"), InputFormat::TerraformJson);
        QCOMPARE(detectFormat("Resources:\n  Q: {Type: AWS::SQS::Queue}\n"),
                 InputFormat::CloudFormation);
    }
};

QTEST_GUILESS_MAIN(TestImportStacks)
#include "tst_importstacks.moc"

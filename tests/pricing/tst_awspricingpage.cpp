#include "ImportFixture.h"
#include "pricing/import/CatalogueImport.h"

#include <QTest>

using namespace rs;
using namespace rs::pricing;

namespace {

constexpr const char* lambdaPage = "aws-pricingpage-lambda-20250617-slice.json";
constexpr const char* route53Page = "aws-pricingpage-route53-20250605-slice.json";
constexpr const char* transferPivot = "aws-pricingpivot-datatransfer-20250618-slice.json";

Result<ImportOutcome> importDated(test::ImportFixture& fixture,
                                  const std::vector<std::filesystem::path>& files,
                                  std::optional<Provider> provider = {})
{
    ImportOptions options;
    options.baseVersion = 0;
    options.provider = provider;
    options.undatedFileDate = "2025-06-18";
    return importPriceFiles(fixture.catalogue(), files, options);
}

} // namespace

class TestAwsPricingPage : public QObject
{
    Q_OBJECT

private slots:
    void lambdaPageGivesEachRegionItsTiers()
    {
        test::ImportFixture fixture;
        const auto outcome = fixture.import({test::samplePath(lambdaPage)});
        REQUIRE_OK(outcome);
        const auto rows = fixture.rows(outcome.value().versionId);
        // aws.amazon.com/lambda/pricing: x86 duration $0.0000166667 per GB-s for the first
        // 6 billion GB-s a month, $0.000015 for the next 9 billion, $0.0000133334 above 15.
        const auto x86 = test::rowsOf(rows, "aws.lambda.duration-x86", "eu-west-1");
        QCOMPARE(x86.size(), std::size_t{3});
        QCOMPARE(x86[0].price, *Money::parse("0.0000166667"));
        QCOMPARE(x86[0].tierEnd, std::optional<double>{6e9});
        QCOMPARE(x86[1].tierStart, 6e9);
        QCOMPARE(x86[1].price, *Money::parse("0.000015"));
        QCOMPARE(x86[2].tierStart, 15e9);
        QVERIFY(!x86[2].tierEnd);
        // Arm: $0.0000133334 for the first 7.5 billion GB-s.
        const auto arm = test::rowsOf(rows, "aws.lambda.duration-arm", "us-east-1");
        QCOMPARE(arm.size(), std::size_t{3});
        QCOMPARE(arm[0].price, *Money::parse("0.0000133334"));
        QCOMPARE(arm[1].tierStart, 7.5e9);
        const auto requests = test::rowsOf(rows, "aws.lambda.requests", "eu-west-1");
        QCOMPARE(requests.size(), std::size_t{1});
        QCOMPARE(requests[0].price, *Money::parse("0.0000002")); // $0.20 per million
        QCOMPARE(requests[0].sku, std::string("B5V2RNHAWGVJBZD3"));
        QCOMPARE(requests[0].effectiveDate, std::string("2025-06-17"));
        QCOMPARE(requests[0].service, std::string("AWSLambda"));
        QCOMPARE(requests[0].confidence, PriceConfidence::File);
        // GovCloud is not a catalogue region; the unmapped label and the hashed twin are
        // skipped and counted: 12 records, 9 kept (3 + 3 tiers, 2 + 1 requests).
        const auto& report = outcome.value().report;
        QCOMPARE(report.recordsRead, std::uint64_t{12});
        QCOMPARE(report.recordsKept, std::uint64_t{9});
        QVERIFY(test::rowsOf(rows, "aws.lambda.requests", "us-gov-west-1").empty());
    }

    void route53PricesAreGlobalWithTheirFreeBand()
    {
        test::ImportFixture fixture;
        const auto outcome = fixture.import({test::samplePath(route53Page)});
        REQUIRE_OK(outcome);
        const auto rows = fixture.rows(outcome.value().versionId);
        // aws.amazon.com/route53/pricing: $0.50 per hosted zone for the first 25, $0.10 after.
        const auto zones = test::rowsOf(rows, "aws.route53.hosted-zone", "global");
        QCOMPARE(zones.size(), std::size_t{2});
        QCOMPARE(zones[0].price, *Money::parse("0.5"));
        QCOMPARE(zones[0].tierEnd, std::optional<double>{25});
        QCOMPARE(zones[1].price, *Money::parse("0.1"));
        const auto checks = test::rowsOf(rows, "aws.route53.health-check-aws", "global");
        QCOMPARE(checks.size(), std::size_t{2});
        QVERIFY(checks[0].freeTier); // 50 health checks on AWS endpoints are free
        QCOMPARE(checks[1].price, *Money::parse("0.5"));
    }

    void dataTransferPivotNeedsADateAndReadsBandsAndPairs()
    {
        test::ImportFixture fixture;
        const auto undated = fixture.import({test::samplePath(transferPivot)});
        QVERIFY(test::failureOf(fixture, undated).find("--date") != std::string::npos);

        const auto outcome = importDated(fixture, {test::samplePath(transferPivot)});
        REQUIRE_OK(outcome);
        const auto rows = fixture.rows(outcome.value().versionId);
        // aws.amazon.com/ec2/pricing/on-demand (data transfer): Ireland to the internet
        // $0.09 per GB for the first 10 TB, $0.085 / $0.07 / $0.05 above 10, 50 and 150 TB.
        const auto egress = test::rowsOf(rows, "aws.data-transfer.internet-egress", "eu-west-1");
        QCOMPARE(egress.size(), std::size_t{4});
        QCOMPARE(egress[0].price, *Money::parse("0.09"));
        QCOMPARE(egress[0].tierEnd, std::optional<double>{10240});
        QCOMPARE(egress[3].tierStart, 153600.0);
        QCOMPARE(egress[3].price, *Money::parse("0.05"));
        QCOMPARE(egress[0].effectiveDate, std::string("2025-06-18"));
        // $0.02 per GB from Ireland to Ohio; $0.09 from Singapore.
        const auto toOhio =
            test::rowsOf(rows, "aws.data-transfer.inter-region", "eu-west-1", "us-east-2");
        QCOMPARE(toOhio.size(), std::size_t{1});
        QCOMPARE(toOhio[0].price, *Money::parse("0.02"));
        QCOMPARE(
            test::rowsOf(rows, "aws.data-transfer.inter-region", "ap-southeast-1", "us-east-2")[0]
                .price,
            *Money::parse("0.09"));
        // Los Angeles is a Local Zone and Atlanta a Wavelength zone: not catalogue regions.
        QVERIFY(test::rowsOf(rows, "aws.data-transfer.internet-egress", "us-west-2").empty());
        QCOMPARE(rows.size(), std::size_t{6});
    }

    void badInputIsLocatedAndStoresNothing_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated") << "truncate"
                                   << "truncated";
        QTest::newRow("price not a number") << "price"
                                            << "\"Lambda Duration Tier2\"";
        QTest::newRow("duplicate rate code") << "duplicate"
                                             << "appears twice";
        QTest::newRow("no manifest") << "manifest"
                                     << "manifest";
        QTest::newRow("wrong format") << "format"
                                      << "Retail Prices";
    }

    void badInputIsLocatedAndStoresNothing()
    {
        QFETCH(QString, edit);
        QFETCH(QString, expected);
        test::ImportFixture fixture;
        auto text = test::readAll(test::samplePath(lambdaPage));
        if (edit == "truncate")
            text.resize(text.find("Lambda Duration Tier3"));
        else if (edit == "price")
            text = test::replaced(text, "\"0.0000150000\"", "\"fifteen\"");
        else if (edit == "duplicate")
            text = test::replaced(text, "SGGKTWDV7PGMPPSJ.JRTCKXETXF.QZE2SB4KVB",
                                  "SGGKTWDV7PGMPPSJ.JRTCKXETXF.CUKFZ388N3");
        else if (edit == "manifest")
            text = test::replaced(text, "\"manifest\"", "\"about\"");
        else if (edit == "format")
            text = test::replaced(text, "\"sets\"", "\"Items\"");
        const auto file = fixture.write("page.json", text);
        const auto message = test::failureOf(fixture, fixture.import({file}));
        QVERIFY2(message.find(expected.toStdString()) != std::string::npos, message.c_str());
        QVERIFY2(message.find("page.json") != std::string::npos, message.c_str());
        if (edit == "truncate")
            QVERIFY2(message.find("line ") != std::string::npos, message.c_str());
    }

    void anotherProvidersFileIsRefused()
    {
        test::ImportFixture fixture;
        const auto message = failureOf(
            fixture, importDated(fixture, {test::samplePath(lambdaPage)}, Provider::Azure));
        QVERIFY2(message.find("not a price file of azure") != std::string::npos, message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestAwsPricingPage)
#include "tst_awspricingpage.moc"

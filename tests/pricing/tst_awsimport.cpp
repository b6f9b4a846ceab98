#include "ImportFixture.h"
#include "MoneyLiteral.h"

#include <QTest>

using namespace rs;
using namespace rs::pricing;

namespace {

constexpr const char* lambda2016 = "aws-offer-AWSLambda-20161207-allregions.json";
constexpr const char* lambdaCsv = "aws-csv-AWSLambda-eu-west-2-slice-20260831.csv";
constexpr const char* sqsCsv = "aws-csv-AWSQueueService-eu-west-2-20260904.csv";
constexpr const char* apiCsv = "aws-csv-AmazonApiGateway-eu-west-2-20260831.csv";
constexpr const char* s3Csv = "aws-csv-AmazonS3-eu-west-2-slice-20260831.csv";
constexpr const char* transferCsv = "aws-csv-AWSDataTransfer-eu-west-2-slice-20260831.csv";

/// One expected band, written "start..end@price" with an empty end for an open band.
struct Band
{
    double start;
    std::optional<double> end;
    Money price;
};

std::vector<Band> bandsOf(const QString& text)
{
    std::vector<Band> out;
    for (const auto& part : text.split('|')) {
        const auto range = part.section('@', 0, 0);
        const auto price = part.section('@', 1, 1).toStdString();
        const auto end = range.section("..", 1, 1);
        out.push_back({range.section("..", 0, 0).toDouble(),
                       end.isEmpty() ? std::nullopt : std::optional(end.toDouble()),
                       test::money(price.c_str())});
    }
    return out;
}

} // namespace

class TestAwsImport : public QObject
{
    Q_OBJECT

private slots:
    // Each row's values are read off the sample file itself (see the comments), not the code.
    void importsTheRowsOfEachFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("toRegion");
        QTest::addColumn<QString>("sku");
        QTest::addColumn<QString>("bands");
        QTest::addColumn<bool>("freeTier");

        // 2016 JSON: unit "seconds" for us-east-1 GB-s, "Second" in us-west-2.
        QTest::newRow("json us-east-1 duration (\"seconds\")")
            << lambda2016 << "aws.lambda.duration-x86"
            << "us-east-1"
            << ""
            << "TG3M4CAGBA3NYQBH"
            << "0..@0.0000166667" << false;
        QTest::newRow("json us-west-2 duration (\"Second\")")
            << lambda2016 << "aws.lambda.duration-x86"
            << "us-west-2"
            << ""
            << "XCU6U9G4FCKZQWG9"
            << "0..@0.0000166667" << false;
        QTest::newRow("json eu-west-1 requests (\"Requests\", EU- prefix)")
            << lambda2016 << "aws.lambda.requests"
            << "eu-west-1"
            << ""
            << "B5V2RNHAWGVJBZD3"
            << "0..@0.0000002" << false;
        QTest::newRow("json us-east-2 requests (\"Request\")")
            << lambda2016 << "aws.lambda.requests"
            << "us-east-2"
            << ""
            << "ZEA64MMVK5QRB5TC"
            << "0..@0.0000002" << false;
        QTest::newRow("json free requests, location Any")
            << lambda2016 << "aws.lambda.free-requests"
            << "global"
            << ""
            << "ZQVCC2M69R4S79XS"
            << "0..1000000@0" << true;
        QTest::newRow("json free duration") << lambda2016 << "aws.lambda.free-duration"
                                            << "global"
                                            << ""
                                            << "4VCGJ7EG8PJVZG7S"
                                            << "0..400000@0" << true;
        // Dimensions listed out of order in the file; the 2016 egress had a free first GB.
        QTest::newRow("json eu-west-1 egress tiers")
            << lambda2016 << "aws.data-transfer.internet-egress"
            << "eu-west-1"
            << ""
            << "FSEU4E6BRE95JTX8"
            << "0..1@0|1..10240@0.09|10240..51200@0.085|51200..153600@0.07|153600..@0.05" << true;
        QTest::newRow("json inter-region us-east-1 to eu-west-1")
            << lambda2016 << "aws.data-transfer.inter-region"
            << "us-east-1"
            << "eu-west-1"
            << "NW4B786HNAH6HZ7R"
            << "0..@0.02" << false;
        QTest::newRow("json inter-region us-east-1 to us-east-2")
            << lambda2016 << "aws.data-transfer.inter-region"
            << "us-east-1"
            << "us-east-2"
            << "GBSWCG32FV9G4PVY"
            << "0..@0.01" << false;

        QTest::newRow("csv x86 duration, 3 tiers")
            << lambdaCsv << "aws.lambda.duration-x86"
            << "eu-west-2"
            << ""
            << "RP9RSZYUC96SQ4G2"
            << "0..6000000000@0.0000166667|6000000000..15000000000@0.000015|15000000000..@0."
               "0000133334"
            << false;
        QTest::newRow("csv arm duration, 3 tiers")
            << lambdaCsv << "aws.lambda.duration-arm"
            << "eu-west-2"
            << ""
            << "VGMFG9KJ58Z2FK83"
            << "0..7500000000@0.0000133334|7500000000..18750000000@0.0000120001|18750000000..@0."
               "0000106667"
            << false;
        QTest::newRow("csv requests (\"Request\")") << lambdaCsv << "aws.lambda.requests"
                                                    << "eu-west-2"
                                                    << ""
                                                    << "NDYBVXT3KB548Z2A"
                                                    << "0..@0.0000002" << false;
        QTest::newRow("csv arm requests (\"Requests\")") << lambdaCsv << "aws.lambda.requests-arm"
                                                         << "eu-west-2"
                                                         << ""
                                                         << "D4TPQYY66DKTZWX9"
                                                         << "0..@0.0000002" << false;
        QTest::newRow("csv ephemeral storage (\"GB-Seconds\")")
            << lambdaCsv << "aws.lambda.ephemeral-storage"
            << "eu-west-2"
            << ""
            << "N5RQX23Q92PY74R5"
            << "0..@0.0000000358" << false;
        QTest::newRow("csv free duration") << lambdaCsv << "aws.lambda.free-duration"
                                           << "global"
                                           << ""
                                           << "4VCGJ7EG8PJVZG7S"
                                           << "0..400000@0" << true;
        QTest::newRow("csv sqs standard, 3 tiers")
            << sqsCsv << "aws.sqs.standard-requests"
            << "eu-west-2"
            << ""
            << "7DSEXZJZCF4MMFKF"
            << "0..100000000000@0.0000004|100000000000..200000000000@0.00000035|200000000000..@0."
               "00000032"
            << false;
        QTest::newRow("csv sqs fifo")
            << sqsCsv << "aws.sqs.fifo-requests"
            << "eu-west-2"
            << ""
            << "7JDCXCCHVYH99G79"
            << "0..100000000000@0.0000005|100000000000..200000000000@0.00000046|200000000000..@0."
               "00000042"
            << false;
        QTest::newRow("csv sqs free") << sqsCsv << "aws.sqs.free-requests"
                                      << "global"
                                      << ""
                                      << "MNCJEPJRCSC9RFY2"
                                      << "0..1000000@0" << true;
        QTest::newRow("csv api gateway rest, 4 tiers")
            << apiCsv << "aws.api-gateway.rest-requests"
            << "eu-west-2"
            << ""
            << "Z5KFC4J7492YHH8P"
            << "0..333000000@0.0000035|333000000..1000000000@0.00000333|1000000000..20000000000@0."
               "00000283|20000000000..@0.0000018"
            << false;
        QTest::newRow("csv api gateway http")
            << apiCsv << "aws.api-gateway.http-requests"
            << "eu-west-2"
            << ""
            << "MFY3FVZZSQWYVNHM"
            << "0..300000000@0.00000116|300000000..@0.00000104" << false;
        QTest::newRow("csv websocket messages (\"Messages\")")
            << apiCsv << "aws.api-gateway.websocket-messages"
            << "eu-west-2"
            << ""
            << "DTYB27HD2NY6J9PE"
            << "0..1000000000@0.00000119|1000000000..@0.00000099" << false;
        QTest::newRow("csv websocket minutes (\"minutes\")")
            << apiCsv << "aws.api-gateway.websocket-connection-minutes"
            << "eu-west-2"
            << ""
            << "6D5C8TZF2MZR23T2"
            << "0..@0.000000297" << false;
        QTest::newRow("csv s3 storage (\"GB-Mo\")")
            << s3Csv << "aws.s3.standard-storage"
            << "eu-west-2"
            << ""
            << "DV3FSFEQ3QM4J6VP"
            << "0..51200@0.024|51200..512000@0.023|512000..@0.022" << false;
        QTest::newRow("csv s3 tier-1 requests") << s3Csv << "aws.s3.requests-tier1"
                                                << "eu-west-2"
                                                << ""
                                                << "CXT6934AJ2W6U8P9"
                                                << "0..@0.0000053" << false;
        QTest::newRow("csv egress, 4 tiers")
            << transferCsv << "aws.data-transfer.internet-egress"
            << "eu-west-2"
            << ""
            << "QZ73H5RGR5JYYB4D"
            << "0..10240@0.09|10240..51200@0.085|51200..153600@0.07|153600..@0.05" << false;
        QTest::newRow("csv global egress allowance")
            << transferCsv << "aws.data-transfer.free-internet-egress"
            << "global"
            << ""
            << "PB257JUQ8U6E6UPM"
            << "0..100@0" << true;
        QTest::newRow("csv inter-region, To Region Code")
            << transferCsv << "aws.data-transfer.inter-region"
            << "eu-west-2"
            << "eu-west-1"
            << "TZSWRRM2EWTHHHRZ"
            << "0..@0.02" << false;
        // A $0 placeholder price is a price, not an allowance.
        QTest::newRow("csv to CloudFront, $0 open band")
            << transferCsv << "aws.data-transfer.to-cloudfront"
            << "eu-west-2"
            << ""
            << "4JSKH8FSN5ASHQPW"
            << "0..@0" << false;
        QTest::newRow("csv inbound, region from To Region Code")
            << transferCsv << "aws.data-transfer.inbound"
            << "eu-west-2"
            << ""
            << "U7M39C97M5XGPWHJ"
            << "0..@0" << false;
    }

    void importsTheRowsOfEachFile()
    {
        QFETCH(QString, file);
        QFETCH(QString, key);
        QFETCH(QString, region);
        QFETCH(QString, toRegion);
        QFETCH(QString, sku);
        QFETCH(QString, bands);
        QFETCH(bool, freeTier);

        test::ImportFixture fixture;
        const auto outcome = fixture.import({test::samplePath(file.toUtf8().constData())});
        REQUIRE_OK(outcome);
        const auto rows = test::rowsOf(fixture.rows(outcome.value().versionId), key.toStdString(),
                                       region.toStdString(), toRegion.toStdString());
        const auto expected = bandsOf(bands);
        QCOMPARE(rows.size(), expected.size());
        for (std::size_t i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows[i].sku, sku.toStdString());
            QCOMPARE(rows[i].tierStart, expected[i].start);
            QCOMPARE(rows[i].tierEnd, expected[i].end);
            QCOMPARE(rows[i].price.toString(12), expected[i].price.toString(12));
            QCOMPARE(rows[i].provider, Provider::Aws);
            QCOMPARE(rows[i].confidence, PriceConfidence::File);
            // A free band is a $0 band with an end; an open $0 band is a price of nothing.
            QCOMPARE(rows[i].freeTier, expected[i].price == Money() && expected[i].end.has_value());
        }
        QCOMPARE(
            std::any_of(rows.begin(), rows.end(), [](const PriceRow& r) { return r.freeTier; }),
            freeTier);
    }

    void normalisesUnitsAndKeepsProvenance()
    {
        test::ImportFixture fixture;
        const auto outcome = fixture.import({test::samplePath(lambdaCsv)});
        REQUIRE_OK(outcome);
        const auto rows = test::rowsOf(fixture.rows(outcome.value().versionId),
                                       "aws.lambda.requests-arm", "eu-west-2");
        QCOMPARE(rows.size(), std::size_t{1});
        QCOMPARE(rows[0].unit, std::string("request")); // "Requests" in the file
        QCOMPARE(rows[0].usageType, std::string("EUW2-Request-ARM"));
        QCOMPARE(rows[0].effectiveDate, std::string("2026-08-01"));
        QCOMPARE(rows[0].description,
                 std::string("AWS Lambda - Total Requests for ARM - EU (London)"));
        QCOMPARE(rows[0].source, std::string("aws-offer-csv AWSLambda 20260831092318"));
    }

    void reportsWhatWasReadKeptAndSkipped()
    {
        test::ImportFixture fixture;
        const auto outcome = fixture.import({test::samplePath(lambdaCsv)});
        REQUIRE_OK(outcome);
        const auto& report = outcome.value().report;
        // 15 data rows below the header; only the Managed Instances request row
        // (EUW2-Lambda-Managed-Instances-Request) has no key in the service catalogue.
        QCOMPARE(report.recordsRead, std::uint64_t{15});
        QCOMPARE(report.recordsKept, std::uint64_t{14});
        QCOMPARE(report.skippedCount(), std::uint64_t{1});
        QCOMPARE(report.skipped.front().reason, std::string("no price key for the usage type"));
        QVERIFY2(report.skipped.front().example.find("line 21") != std::string::npos &&
                     report.skipped.front().example.find("Managed-Instances") != std::string::npos,
                 report.skipped.front().example.c_str());
        // The report is stored with the version.
        const auto version = fixture.catalogue().version(outcome.value().versionId);
        REQUIRE_OK(version);
        QVERIFY(version.value().report.find("\"recordsRead\":15") != std::string::npos);
    }

    void skipsRegionsTheCatalogueLacks()
    {
        test::ImportFixture fixture;
        const auto outcome = fixture.import({test::samplePath(lambda2016)});
        REQUIRE_OK(outcome);
        const auto& report = outcome.value().report;
        // Every price dimension of the file is a record (455); GovCloud is not in regions.json.
        QCOMPARE(report.recordsRead, std::uint64_t{455});
        const auto govCloud =
            std::find_if(report.skipped.begin(), report.skipped.end(), [](const auto& s) {
                return s.reason == "a region the region catalogue does not have";
            });
        QVERIFY(govCloud != report.skipped.end());
        QVERIFY(govCloud->count > 0);
        QCOMPARE(report.recordsKept + report.skippedCount(), report.recordsRead);
        const auto rows = fixture.rows(outcome.value().versionId);
        QVERIFY(std::none_of(rows.begin(), rows.end(), [](const PriceRow& r) {
            return r.region.find("gov") != std::string::npos;
        }));
    }

    void severalFilesMakeOneVersion()
    {
        test::ImportFixture fixture;
        const auto outcome = fixture.import({test::samplePath(lambdaCsv), test::samplePath(sqsCsv),
                                             test::samplePath(apiCsv), test::samplePath(s3Csv),
                                             test::samplePath(transferCsv)});
        REQUIRE_OK(outcome);
        const auto versions = fixture.catalogue().versions();
        REQUIRE_OK(versions);
        QCOMPARE(versions.value().size(), std::size_t{1});
        QCOMPARE(versions.value().front().format, std::string("aws-offer-csv"));
        QCOMPARE(outcome.value().report.files.size(), std::size_t{5});
        // A price book loads from it, so the bands of every item tile.
        REQUIRE_OK(fixture.catalogue().loadPriceBook(outcome.value().versionId));
    }
};

QTEST_GUILESS_MAIN(TestAwsImport)
#include "tst_awsimport.moc"

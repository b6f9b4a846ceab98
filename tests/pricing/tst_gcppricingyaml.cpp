#include "ImportFixture.h"
#include "pricing/import/CatalogueImport.h"

#include <QTest>

using namespace rs;
using namespace rs::pricing;

namespace {

constexpr const char* slice = "gcp-pricing-yml-20260730-slice.yml";

} // namespace

class TestGcpPricingYaml : public QObject
{
    Q_OBJECT

private slots:
    void storageIsPricedPerClassAndRegion()
    {
        test::ImportFixture fixture;
        const auto outcome = fixture.import({test::samplePath(slice)});
        REQUIRE_OK(outcome);
        const auto rows = fixture.rows(outcome.value().versionId);
        // cloud.google.com/storage/pricing: Netherlands (europe-west4) Standard $0.020 per
        // GiB-month, Nearline $0.010, Coldline $0.004, Archive $0.0012.
        const auto standard =
            test::rowsOf(rows, "gcp.cloud-storage.standard-regional", "europe-west4");
        QCOMPARE(standard.size(), std::size_t{1});
        QCOMPARE(standard[0].price, *Money::parse("0.02"));
        QCOMPARE(standard[0].unit, std::string("GiB-month"));
        QCOMPARE(standard[0].confidence, PriceConfidence::File);
        // about.timestamp 1785391997 is 2026-07-30 06:13:17 UTC, as about.generated says.
        QCOMPARE(standard[0].effectiveDate, std::string("2026-07-30"));
        QCOMPARE(test::rowsOf(rows, "gcp.cloud-storage.nearline-regional", "europe-west4")[0].price,
                 *Money::parse("0.01"));
        QCOMPARE(test::rowsOf(rows, "gcp.cloud-storage.coldline-regional", "us-central1")[0].price,
                 *Money::parse("0.004"));
        QCOMPARE(test::rowsOf(rows, "gcp.cloud-storage.archive-regional", "europe-west1")[0].price,
                 *Money::parse("0.0012"));
        // The dual-region location asia1 is no region: its class is not read at all.
        QVERIFY(test::rowsOf(rows, "gcp.cloud-storage.standard-dual-region", "asia1").empty());
    }

    void aMultiRegionPriceIsThePriceInEachRegionInsideIt()
    {
        test::ImportFixture fixture;
        const auto outcome = fixture.import({test::samplePath(slice)});
        REQUIRE_OK(outcome);
        const auto rows = fixture.rows(outcome.value().versionId);
        // cloud.google.com/storage/pricing: Standard storage in the US, EU and ASIA
        // multi-regions, $0.026 per GiB-month.
        for (const auto* region : {"us-central1", "us-east4", "europe-west1", "europe-north1",
                                   "asia-northeast1", "asia-south1"}) {
            const auto multi =
                test::rowsOf(rows, "gcp.cloud-storage.standard-multi-region", region);
            QCOMPARE(multi.size(), std::size_t{1});
            QCOMPARE(multi[0].price, *Money::parse("0.026"));
            QCOMPARE(multi[0].unit, std::string("GiB-month"));
        }
        // London and Zurich are outside the EU multi-region, Montreal outside the US one,
        // Doha and São Paulo in none.
        for (const auto* region : {"europe-west2", "europe-west6", "northamerica-northeast1",
                                   "me-central1", "southamerica-east1"})
            QVERIFY2(test::rowsOf(rows, "gcp.cloud-storage.standard-multi-region", region).empty(),
                     region);
        const auto usEast =
            test::rowsOf(rows, "gcp.cloud-storage.standard-multi-region", "us-east4");
        QVERIFY2(usEast[0].description.find("us-multi") != std::string::npos,
                 usEast[0].description.c_str());
    }

    void internetEgressHasThreeTiersPerSourceRegion()
    {
        test::ImportFixture fixture;
        const auto outcome = fixture.import({test::samplePath(slice)});
        REQUIRE_OK(outcome);
        const auto rows = fixture.rows(outcome.value().versionId);
        // Premium Tier from Europe: $0.12 per GiB for the first TiB, $0.11 to 10 TiB, $0.085
        // above (from North America $0.08 above 10 TiB).
        const auto emea = test::rowsOf(rows, "gcp.network.internet-egress-to-emea", "europe-west4");
        QCOMPARE(emea.size(), std::size_t{3});
        QCOMPARE(emea[0].price, *Money::parse("0.12"));
        QCOMPARE(emea[0].tierEnd, std::optional<double>{1024});
        QCOMPARE(emea[1].tierStart, 1024.0);
        QCOMPARE(emea[1].price, *Money::parse("0.11"));
        QCOMPARE(emea[2].tierStart, 10240.0);
        QVERIFY(!emea[2].tierEnd);
        QCOMPARE(emea[2].price, *Money::parse("0.085"));
        const auto na = test::rowsOf(rows, "gcp.network.internet-egress-to-na", "us-central1");
        QCOMPARE(na.size(), std::size_t{3});
        QCOMPARE(na[2].price, *Money::parse("0.08"));
        // Australia is dearer: $0.19 for the first TiB.
        QCOMPARE(
            test::rowsOf(rows, "gcp.network.internet-egress-to-australia", "europe-west1")[0].price,
            *Money::parse("0.19"));

        // 9 worldwide + 9 Australia + 9 China tier prices, 4 classes x 3 regions of storage,
        // 3 multi-region locations.
        const auto& report = outcome.value().report;
        QCOMPARE(report.recordsRead, std::uint64_t{42});
        QCOMPARE(report.recordsKept, std::uint64_t{42});
    }

    void badInputIsLocatedAndStoresNothing_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("hasLine");
        QTest::newRow("truncated") << "truncate"
                                   << "storage.bucket.standard" << true;
        QTest::newRow("price not a number") << "price"
                                            << "\"cheap\" is not a number" << true;
        QTest::newRow("broken YAML") << "syntax"
                                     << "not readable YAML" << true;
        QTest::newRow("no about block") << "about"
                                        << "about" << false;
        QTest::newRow("not YAML at all") << "format"
                                         << "not a price file" << false;
    }

    void badInputIsLocatedAndStoresNothing()
    {
        QFETCH(QString, edit);
        QFETCH(QString, expected);
        QFETCH(bool, hasLine);
        test::ImportFixture fixture;
        auto text = test::readAll(test::samplePath(slice));
        if (edit == "truncate")
            text.resize(text.find("    standard:\n"));
        else if (edit == "price")
            text = test::replaced(text, "month: 0.004", "month: cheap");
        else if (edit == "syntax")
            text = test::replaced(text, "  bucket:\n", "  bucket: [\n");
        else if (edit == "about")
            text = test::replaced(text, "about:", "abstract:");
        else if (edit == "format")
            text = "compute, storage\n1, 2\n";
        const auto file = fixture.write("pricing.yml", text);
        const auto message = test::failureOf(fixture, fixture.import({file}));
        QVERIFY2(message.find(expected.toStdString()) != std::string::npos, message.c_str());
        QVERIFY2(message.find("pricing.yml") != std::string::npos, message.c_str());
        if (hasLine)
            QVERIFY2(message.find("line ") != std::string::npos, message.c_str());
    }

    void anotherProvidersFileIsRefused()
    {
        test::ImportFixture fixture;
        ImportOptions options;
        options.baseVersion = 0;
        options.provider = Provider::Aws;
        const auto message = failureOf(
            fixture, importPriceFiles(fixture.catalogue(), {test::samplePath(slice)}, options));
        QVERIFY2(message.find("not a price file of aws") != std::string::npos, message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestGcpPricingYaml)
#include "tst_gcppricingyaml.moc"

#include "ImportFixture.h"
#include "MoneyLiteral.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <fstream>

using namespace rs;
using namespace rs::pricing;

namespace {

constexpr const char* azure = "azure-retail-prices-uksouth-subset.json";
constexpr const char* functions = "gcp-skus-cloud-run-functions-20260801.json";
constexpr const char* pubsub = "gcp-skus-cloud-pub-sub-20260801.json";

struct Band
{
    double start;
    std::optional<double> end;
    const char* price;
};

void compareBands(const std::vector<PriceRow>& rows, const std::vector<Band>& expected)
{
    QCOMPARE(rows.size(), expected.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows[i].tierStart, expected[i].start);
        QCOMPARE(rows[i].tierEnd, expected[i].end);
        QCOMPARE(rows[i].price.toString(12), test::money(expected[i].price).toString(12));
    }
}

} // namespace

class TestAzureGcpImport : public QObject
{
    Q_OBJECT

private slots:
    void azureFreeGrantsBecomeAccountWideAllowances()
    {
        test::ImportFixture fixture;
        const auto outcome = fixture.import({test::samplePath(azure)});
        REQUIRE_OK(outcome);
        const auto rows = fixture.rows(outcome.value().versionId);
        // Execution time: $0 from 0, $0.000016 from 400,000 GB-s. The grant is per account, so
        // it is one global row and the regional price applies from 0 after it.
        compareBands(test::rowsOf(rows, "azure.functions.execution-time", "uksouth"),
                     {{0, std::nullopt, "0.000016"}});
        compareBands(test::rowsOf(rows, "azure.functions.free-execution-time", "global"),
                     {{0, 400000, "0"}});
        // Executions: per "10", $2e-06 from 100,000 units = per execution 0.0000002 after
        // 1,000,000 free executions.
        compareBands(test::rowsOf(rows, "azure.functions.executions", "uksouth"),
                     {{0, std::nullopt, "0.0000002"}});
        compareBands(test::rowsOf(rows, "azure.functions.free-executions", "global"),
                     {{0, 1000000, "0"}});
        QVERIFY(test::rowsOf(rows, "azure.functions.free-executions", "global")[0].freeTier);
        QCOMPARE(test::rowsOf(rows, "azure.functions.executions", "uksouth")[0].sku,
                 std::string("4e5cd9e2-c20f-4d7f-acbe-58931b8b49ef"));
    }

    void azureTiersAreSortedAndScaled()
    {
        test::ImportFixture fixture;
        const auto outcome = fixture.import({test::samplePath(azure)});
        REQUIRE_OK(outcome);
        const auto rows = fixture.rows(outcome.value().versionId);
        // Service Bus "1M" tiers come back 0, 100, 13, 2500 (millions); the first 13 M stay a
        // free band of the regional item.
        const auto serviceBus =
            test::rowsOf(rows, "azure.service-bus.standard-operations", "uksouth");
        compareBands(serviceBus, {{0, 13e6, "0"},
                                  {13e6, 100e6, "0.0000008"},
                                  {100e6, 2500e6, "0.0000005"},
                                  {2500e6, std::nullopt, "0.0000002"}});
        QVERIFY(serviceBus[0].freeTier && !serviceBus[1].freeTier);
        compareBands(test::rowsOf(rows, "azure.blob-storage.hot-lrs", "uksouth"),
                     {{0, 51200, "0.0192"}, {51200, std::nullopt, "0.018432"}});
        QCOMPARE(test::rowsOf(rows, "azure.blob-storage.hot-lrs", "uksouth")[0].effectiveDate,
                 std::string("2017-02-03"));
    }

    void azureReportCountsItems()
    {
        test::ImportFixture fixture;
        const auto outcome = fixture.import({test::samplePath(azure)});
        REQUIRE_OK(outcome);
        const auto& report = outcome.value().report;
        // 13 items; Container Apps (2) and PostgreSQL (1) price nothing the catalogue has.
        QCOMPARE(report.recordsRead, std::uint64_t{13});
        QCOMPARE(report.recordsKept, std::uint64_t{10});
        QCOMPARE(report.skipped.size(), std::size_t{1});
        QCOMPARE(report.skipped[0].count, std::uint64_t{3});
        QCOMPARE(report.skipped[0].reason, std::string("no price key for the meter"));
    }

    void azureTiersMaySpanPages()
    {
        test::ImportFixture fixture;
        std::ifstream in(test::samplePath(azure));
        auto page = nlohmann::json::parse(in);
        auto first = page;
        auto second = page;
        auto& items = page["Items"];
        first["Items"] = nlohmann::json(items.begin(), items.begin() + 6); // cuts Service Bus
        first["NextPageLink"] = "https://prices.azure.com/api/retail/prices?$skip=6";
        second["Items"] = nlohmann::json(items.begin() + 6, items.end());
        second["NextPageLink"] = nullptr;
        const auto a = fixture.write("page1.json", first.dump(1));
        const auto b = fixture.write("page2.json", second.dump(1));

        const auto read = readPriceFile(a, Provider::Azure, fixture.vocabulary());
        REQUIRE_OK(read);
        QCOMPARE(read.value().nextPage,
                 std::string("https://prices.azure.com/api/retail/prices?$skip=6"));

        const auto outcome = fixture.import({a, b});
        REQUIRE_OK(outcome);
        const auto rows = fixture.rows(outcome.value().versionId);
        QCOMPARE(test::rowsOf(rows, "azure.service-bus.standard-operations", "uksouth").size(),
                 std::size_t{4});
        QCOMPARE(outcome.value().report.recordsRead, std::uint64_t{13});
    }

    void gcpUnitsAndNanos()
    {
        test::ImportFixture fixture;
        const auto outcome = fixture.import({test::samplePath(functions)});
        REQUIRE_OK(outcome);
        const auto rows = fixture.rows(outcome.value().versionId);
        // units "0" + nanos 400 = $0.0000004 per invocation after 2,000,000 free.
        compareBands(test::rowsOf(rows, "gcp.cloud-run-functions.invocations", "global"),
                     {{0, std::nullopt, "0.0000004"}});
        compareBands(test::rowsOf(rows, "gcp.cloud-run-functions.free-invocations", "global"),
                     {{0, 2000000, "0"}});
        // CPU "s": nanos 33600 in europe-west2, 24000 in europe-west1; 180,000 vCPU-s free.
        compareBands(test::rowsOf(rows, "gcp.cloud-run-functions.cpu", "europe-west2"),
                     {{0, std::nullopt, "0.0000336"}});
        compareBands(test::rowsOf(rows, "gcp.cloud-run-functions.cpu", "europe-west1"),
                     {{0, std::nullopt, "0.000024"}});
        compareBands(test::rowsOf(rows, "gcp.cloud-run-functions.free-cpu", "global"),
                     {{0, 180000, "0"}});
        compareBands(test::rowsOf(rows, "gcp.cloud-run-functions.memory", "europe-west2"),
                     {{0, std::nullopt, "0.0000035"}});
        compareBands(test::rowsOf(rows, "gcp.cloud-run-functions.free-memory", "global"),
                     {{0, 360000, "0"}});
        compareBands(
            test::rowsOf(rows, "gcp.cloud-run-functions.min-instance-memory", "europe-west2"),
            {{0, std::nullopt, "0.00000035"}});
        const auto memory = test::rowsOf(rows, "gcp.cloud-run-functions.memory", "europe-west2");
        QCOMPARE(memory[0].unit, std::string("GiB-second"));
        QCOMPARE(memory[0].sku, std::string("89AF-3B9D-D104"));
        QCOMPARE(memory[0].effectiveDate, std::string("2026-08-01"));
        // The two 1st-gen SKUs price nothing the catalogue has.
        QCOMPARE(outcome.value().report.recordsRead, std::uint64_t{8});
        QCOMPARE(outcome.value().report.recordsKept, std::uint64_t{6});
    }

    void gcpTebibytesBecomeGibibytes()
    {
        test::ImportFixture fixture;
        const auto outcome = fixture.import({test::samplePath(pubsub)});
        REQUIRE_OK(outcome);
        const auto rows = fixture.rows(outcome.value().versionId);
        // $40/TiB after 0.009765625 TiB free: $40 / 1024 = 0.0390625 per GiB after 10 GiB.
        compareBands(test::rowsOf(rows, "gcp.pubsub.throughput", "global"),
                     {{0, std::nullopt, "0.0390625"}});
        compareBands(test::rowsOf(rows, "gcp.pubsub.free-throughput", "global"), {{0, 10, "0"}});
        compareBands(test::rowsOf(rows, "gcp.pubsub.bigquery-delivery", "global"),
                     {{0, std::nullopt, "0.048828125"}});
        compareBands(test::rowsOf(rows, "gcp.pubsub.transforms", "global"),
                     {{0, std::nullopt, "0.009765625"}});
        // GiBy.mo is already per GiB-month: nanos 270000000 = $0.27.
        compareBands(test::rowsOf(rows, "gcp.pubsub.backlog-storage", "global"),
                     {{0, std::nullopt, "0.27"}});
        QCOMPARE(test::rowsOf(rows, "gcp.pubsub.backlog-storage", "global")[0].unit,
                 std::string("GiB-month"));
    }

    void everySampleImportsIntoABook()
    {
        test::ImportFixture fixture;
        for (const char* file : {azure, functions, pubsub}) {
            const auto outcome = fixture.import({test::samplePath(file)});
            REQUIRE_OK(outcome);
            REQUIRE_OK(fixture.catalogue().loadPriceBook(outcome.value().versionId));
        }
    }
};

QTEST_GUILESS_MAIN(TestAzureGcpImport)
#include "tst_azuregcpimport.moc"

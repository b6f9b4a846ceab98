#include "CatalogueStore.h"
#include "MoneyLiteral.h"
#include "ResultChecks.h"
#include "pricing/PriceCatalogue.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

using namespace rs;
using namespace rs::pricing;

namespace {

PriceRow row(std::string key, std::string region, const char* price,
             Provider provider = Provider::Aws, double start = 0.0,
             std::optional<double> end = std::nullopt)
{
    PriceRow r;
    r.key = std::move(key);
    r.provider = provider;
    r.service = provider == Provider::Aws ? "AWSLambda" : "Functions";
    r.sku = "SKU-" + r.key + "-" + std::to_string(static_cast<long long>(start));
    r.usageType = "Request";
    r.description = "test row";
    r.region = std::move(region);
    r.unit = "request";
    r.tierStart = start;
    r.tierEnd = end;
    r.price = test::money(price);
    r.effectiveDate = "2026-08-31";
    r.source = provider == Provider::Aws ? "F-AWS26" : "F-AZ26";
    r.confidence = PriceConfidence::File;
    return r;
}

/// Lambda requests, graduated S3 storage and a free band, as a small AWS table.
std::vector<PriceRow> awsRows()
{
    auto storage1 = row("aws.s3.standard-storage", "us-east-1", "0.023", Provider::Aws, 0, 51200);
    auto storage2 =
        row("aws.s3.standard-storage", "us-east-1", "0.022", Provider::Aws, 51200, 512000);
    auto storage3 = row("aws.s3.standard-storage", "us-east-1", "0.021", Provider::Aws, 512000);
    for (auto* r : {&storage1, &storage2, &storage3})
        r->unit = "GB-month";
    auto free = row("aws.lambda.free-requests", "global", "0", Provider::Aws, 0, 1000000);
    free.freeTier = true;
    auto lambda = row("aws.lambda.requests", "us-east-1", "0.0000002");
    lambda.note = "$0.20 per million";
    return {lambda,   row("aws.lambda.requests", "eu-west-1", "0.0000002"),
            storage1, storage2,
            storage3, free};
}

VersionInfo info(Provider provider, VersionStatus status = VersionStatus::Inactive)
{
    VersionInfo v;
    v.provider = provider;
    v.source = "test";
    v.format = "test-rows";
    v.effectiveDate = "2026-08-31";
    v.status = status;
    return v;
}

const PriceRow& only(const PriceBook& book, const char* key, const char* region)
{
    const auto rows = book.rows(key, region);
    if (rows.size() != 1)
        qFatal("expected one row of %s in %s, got %d", key, region, int(rows.size()));
    return rows.front();
}

} // namespace

class TestPriceCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void createsTheSchemaWithItsVersion()
    {
        test::CatalogueStore store;
        const auto path = store.location();
        {
            auto catalogue = PriceCatalogue::open(path);
            REQUIRE_OK(catalogue);
        }
        QCOMPARE(PriceCatalogue::schemaVersion(), 3);
        QCOMPARE(store.schemaVersion(), 3LL);
        QCOMPARE(store.tableCount("'catalogue_versions', 'price_rows', 'region_map', 'discounts', "
                                  "'price_overrides', 'unit_aliases'"),
                 6LL);
        QCOMPARE(store.indexCount("'price_rows_lookup'"), 1LL);
        // Opening again migrates nothing and keeps the seeded tables as they were.
        const auto aliases = store.scalar("SELECT count(*) FROM unit_aliases");
        QVERIFY(aliases > 12);
        REQUIRE_OK(PriceCatalogue::open(path));
        QCOMPARE(store.scalar("SELECT count(*) FROM unit_aliases"), aliases);
    }

    void refusesANewerSchemaNamingBothVersions()
    {
        test::CatalogueStore store;
        const auto path = store.location();
        QVERIFY(store.makeNewerSchema(7));
        auto catalogue = PriceCatalogue::open(path);
        QVERIFY(!catalogue.ok());
        const auto& error = catalogue.errors().front();
        QCOMPARE(error.code, ErrorCode::NewerSchema);
        QVERIFY2(error.message.find("schema version 7") != std::string::npos,
                 error.message.c_str());
        QVERIFY2(error.message.find("newer than 3") != std::string::npos, error.message.c_str());
        QCOMPARE(store.schemaVersion(), 7LL); // untouched
    }

    void refusesAFileThatIsNotADatabase()
    {
        if (test::CatalogueStore::onServer())
            QSKIP("a file's failure; tst_teamcatalogue has the server's (wrong credentials, "
                  "unreachable)");
        QTemporaryDir dir;
        const auto path = std::filesystem::path(dir.path().toStdString()) / "notes.txt";
        QFile file(QString::fromStdString(path.string()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("These are my notes, not a price catalogue.\n").repeated(40));
        file.close();
        auto catalogue = PriceCatalogue::open(path);
        QVERIFY(!catalogue.ok());
        const auto& error = catalogue.errors().front();
        QCOMPARE(error.code, ErrorCode::Io);
        QVERIFY2(error.message.find("not an SQLite price catalogue") != std::string::npos,
                 error.message.c_str());
        QVERIFY2(error.where.pointer.find("notes.txt") != std::string::npos,
                 error.where.pointer.c_str());
    }

    void importedVersionsActivateAndLoad()
    {
        test::CatalogueStore store;
        const auto path = store.location();
        auto opened = PriceCatalogue::open(path);
        REQUIRE_OK(opened);
        auto& catalogue = opened.value();

        const auto aws = catalogue.importVersion(awsRows(), info(Provider::Aws));
        REQUIRE_OK(aws);
        auto versions = catalogue.versions();
        REQUIRE_OK(versions);
        QCOMPARE(versions.value().size(), std::size_t{1});
        const auto& v = versions.value().front();
        QCOMPARE(v.id, aws.value());
        QCOMPARE(v.provider, Provider::Aws);
        QCOMPARE(v.status, VersionStatus::Inactive);
        QCOMPARE(v.rowCount, 6);
        QCOMPARE(v.checksum, rowsChecksum(awsRows()));
        QCOMPARE(v.effectiveDate, std::string("2026-08-31"));
        QVERIFY(v.importedAt.size() == 20 && v.importedAt.back() == 'Z');

        // Not active yet: nothing to price from.
        auto before = catalogue.loadActivePriceBook();
        REQUIRE_OK(before);
        QCOMPARE(before.value().size(), std::size_t{0});

        REQUIRE_OK(catalogue.activate(aws.value()));
        auto book = catalogue.loadActivePriceBook();
        REQUIRE_OK(book);
        QCOMPARE(book.value().size(), std::size_t{6});
        QCOMPARE(book.value().version(), "aws:" + std::to_string(aws.value()));
        const auto& lambda = only(book.value(), "aws.lambda.requests", "us-east-1");
        QCOMPARE(lambda.price, test::money("0.0000002"));
        QCOMPARE(lambda.price.toString(7), std::string("0.0000002"));
        QCOMPARE(lambda.source, std::string("F-AWS26"));
        QCOMPARE(lambda.confidence, PriceConfidence::File);
        QCOMPARE(lambda.note, std::string("$0.20 per million"));
        QCOMPARE(lambda.sku, std::string("SKU-aws.lambda.requests-0"));
        QCOMPARE(lambda.usageType, std::string("Request"));
        QCOMPARE(lambda.service, std::string("AWSLambda"));
        QVERIFY(!lambda.tierEnd);
        const auto storage = book.value().rows("aws.s3.standard-storage", "us-east-1");
        QCOMPARE(storage.size(), std::size_t{3});
        QCOMPARE(storage[0].price, test::money("0.023"));
        QCOMPARE(storage[1].tierStart, 51200.0);
        QCOMPARE(storage[1].tierEnd.value_or(-1), 512000.0);
        QCOMPARE(storage[2].price, test::money("0.021"));
        QVERIFY(only(book.value(), "aws.lambda.free-requests", "global").freeTier);

        // Azure, active on import, joins the book beside AWS.
        auto azureRows =
            std::vector{row("azure.functions.executions", "eastus", "0.0000002", Provider::Azure)};
        const auto azure =
            catalogue.importVersion(azureRows, info(Provider::Azure, VersionStatus::Active));
        REQUIRE_OK(azure);
        book = catalogue.loadActivePriceBook();
        REQUIRE_OK(book);
        QCOMPARE(book.value().size(), std::size_t{7});
        QCOMPARE(book.value().version(),
                 "aws:" + std::to_string(aws.value()) + ",azure:" + std::to_string(azure.value()));

        // A new AWS version replaces the old one as AWS's active version.
        auto newer = awsRows();
        newer[0].price = test::money("0.00000025");
        const auto aws2 = catalogue.importVersion(newer, info(Provider::Aws));
        REQUIRE_OK(aws2);
        REQUIRE_OK(catalogue.activate(aws2.value()));
        versions = catalogue.versions();
        REQUIRE_OK(versions);
        QCOMPARE(versions.value().size(), std::size_t{3});
        QCOMPARE(versions.value()[0].id, aws2.value()); // newest first
        QCOMPARE(versions.value()[0].status, VersionStatus::Active);
        QCOMPARE(versions.value()[2].id, aws.value());
        QCOMPARE(versions.value()[2].status, VersionStatus::Inactive);
        QCOMPARE(store.scalar("SELECT count(*) FROM catalogue_versions WHERE status = 'active'"),
                 2LL);
        book = catalogue.loadActivePriceBook();
        REQUIRE_OK(book);
        QCOMPARE(book.value().size(), std::size_t{7});
        QCOMPARE(only(book.value(), "aws.lambda.requests", "us-east-1").price,
                 test::money("0.00000025"));

        // The old version is still there, as list prices.
        auto old = catalogue.loadPriceBook(aws.value());
        REQUIRE_OK(old);
        QCOMPARE(old.value().version(), "aws:" + std::to_string(aws.value()));
        QCOMPARE(only(old.value(), "aws.lambda.requests", "us-east-1").price,
                 test::money("0.0000002"));
        QCOMPARE(catalogue.loadPriceBook(999).errors().front().code, ErrorCode::Missing);
        QCOMPARE(catalogue.activate(999).errors().front().code, ErrorCode::Missing);
    }

    void theCatalogueSurvivesReopening()
    {
        test::CatalogueStore store;
        const auto path = store.location();
        int id = 0;
        {
            auto catalogue = PriceCatalogue::open(path);
            REQUIRE_OK(catalogue);
            const auto imported = catalogue.value().importVersion(
                awsRows(), info(Provider::Aws, VersionStatus::Active));
            REQUIRE_OK(imported);
            id = imported.value();
            REQUIRE_OK(catalogue.value().setDiscount(Provider::Aws, 10));
        }
        auto catalogue = PriceCatalogue::open(path);
        REQUIRE_OK(catalogue);
        auto book = catalogue.value().loadActivePriceBook();
        REQUIRE_OK(book);
        QCOMPARE(book.value().version(), "aws:" + std::to_string(id));
        QCOMPARE(only(book.value(), "aws.lambda.requests", "eu-west-1").price,
                 test::money("0.00000018"));
    }

    void aRejectedImportChangesNothing()
    {
        test::CatalogueStore store;
        const auto path = store.location();
        auto catalogue = PriceCatalogue::open(path);
        REQUIRE_OK(catalogue);
        REQUIRE_OK(catalogue.value().importVersion(awsRows(), info(Provider::Aws)));
        const auto versionsBefore = store.scalar("SELECT count(*) FROM catalogue_versions");
        const auto rowsBefore = store.scalar("SELECT count(*) FROM price_rows");
        QCOMPARE(versionsBefore, 1LL);
        QCOMPARE(rowsBefore, 6LL);

        auto negative = awsRows();
        negative[1].price = test::money("-0.1");
        auto result = catalogue.value().importVersion(negative, info(Provider::Aws));
        QVERIFY(!result.ok());
        QCOMPARE(result.errors().front().code, ErrorCode::Range);

        auto mixed = awsRows();
        mixed[3].provider = Provider::Gcp;
        result = catalogue.value().importVersion(mixed, info(Provider::Aws));
        QVERIFY(!result.ok());
        QCOMPARE(result.errors().front().where.pointer, std::string("/rows/3"));

        auto notFinite = awsRows();
        notFinite[0].tierStart = std::numeric_limits<double>::quiet_NaN();
        result = catalogue.value().importVersion(notFinite, info(Provider::Aws));
        QVERIFY(!result.ok());
        QCOMPARE(result.errors().front().where.pointer, std::string("/rows/0"));

        QCOMPARE(store.scalar("SELECT count(*) FROM catalogue_versions"), versionsBefore);
        QCOMPARE(store.scalar("SELECT count(*) FROM price_rows"), rowsBefore);
    }

    void anImportFailingHalfWayRollsBackEverything()
    {
        test::CatalogueStore store;
        const auto path = store.location();
        auto catalogue = PriceCatalogue::open(path);
        REQUIRE_OK(catalogue);
        const auto first =
            catalogue.value().importVersion(awsRows(), info(Provider::Aws, VersionStatus::Active));
        REQUIRE_OK(first);
        // The database itself refuses the fourth row, after three were inserted.
        QVERIFY(store.poison("POISON"));
        auto rows = awsRows();
        rows[3].sku = "POISON";
        auto second = info(Provider::Aws, VersionStatus::Active);
        auto result = catalogue.value().importVersion(rows, second);
        QVERIFY(!result.ok());
        const auto& error = result.errors().front();
        QVERIFY2(error.message.find("row 3") != std::string::npos, error.message.c_str());
        QVERIFY2(error.message.find("poisoned row") != std::string::npos, error.message.c_str());

        QCOMPARE(store.scalar("SELECT count(*) FROM catalogue_versions"), 1LL);
        QCOMPARE(store.scalar("SELECT count(*) FROM price_rows"), 6LL);
        auto versions = catalogue.value().versions();
        REQUIRE_OK(versions);
        QCOMPARE(versions.value().size(), std::size_t{1});
        QCOMPARE(versions.value().front().status, VersionStatus::Active); // not inactivated

        // The same rows go in once the database accepts them: only the trigger stopped them.
        QVERIFY(store.curePoison());
        result = catalogue.value().importVersion(rows, second);
        REQUIRE_OK(result);
        QCOMPARE(store.scalar("SELECT count(*) FROM price_rows"), 12LL);
    }

    void theChecksumDependsOnContentNotOrder()
    {
        auto rows = awsRows();
        const auto checksum = rowsChecksum(rows);
        QCOMPARE(checksum.size(), std::size_t{16});
        QVERIFY(std::all_of(checksum.begin(), checksum.end(),
                            [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); }));
        std::reverse(rows.begin(), rows.end());
        QCOMPARE(rowsChecksum(rows), checksum);
        rows[0].price = test::money("0.0210000001");
        QVERIFY(rowsChecksum(rows) != checksum);
        // FNV-1a 64 of nothing is its offset basis.
        QCOMPARE(rowsChecksum({}), std::string("cbf29ce484222325"));
    }

    void discountsAreExactAndCited()
    {
        test::CatalogueStore store;
        auto catalogue = PriceCatalogue::open(store.location());
        REQUIRE_OK(catalogue);
        auto& c = catalogue.value();
        REQUIRE_OK(c.importVersion(awsRows(), info(Provider::Aws, VersionStatus::Active)));
        auto azureRows =
            std::vector{row("azure.functions.executions", "eastus", "0.0000002", Provider::Azure)};
        REQUIRE_OK(c.importVersion(azureRows, info(Provider::Azure, VersionStatus::Active)));

        REQUIRE_OK(c.setDiscount(Provider::Aws, 10));
        QCOMPARE(c.discount(Provider::Aws).value().value_or(-1), 10.0);
        QVERIFY(!c.discount(Provider::Azure).value().has_value());
        auto book = c.loadActivePriceBook();
        REQUIRE_OK(book);
        const auto storage = book.value().rows("aws.s3.standard-storage", "us-east-1");
        QCOMPARE(storage[0].price, test::money("0.0207")); // 0.023 * 0.9
        QCOMPARE(storage[1].price, test::money("0.0198")); // 0.022 * 0.9
        QCOMPARE(storage[0].source, std::string("F-AWS26; discount 10 %"));
        QCOMPARE(storage[0].sku, std::string("SKU-aws.s3.standard-storage-0")); // provenance kept
        QCOMPARE(only(book.value(), "aws.lambda.requests", "us-east-1").price,
                 test::money("0.00000018"));
        const auto& free = only(book.value(), "aws.lambda.free-requests", "global");
        QCOMPARE(free.price, Money());
        QCOMPARE(free.source, std::string("F-AWS26")); // a free band is not "discounted"
        const auto& azure = only(book.value(), "azure.functions.executions", "eastus");
        QCOMPARE(azure.price, test::money("0.0000002"));
        QCOMPARE(azure.source, std::string("F-AZ26"));

        // A fraction of a percent, still exact: 0.0000002 * 0.875 = 0.000000175.
        REQUIRE_OK(c.setDiscount(Provider::Aws, 12.5));
        book = c.loadActivePriceBook();
        REQUIRE_OK(book);
        const auto& lambda = only(book.value(), "aws.lambda.requests", "us-east-1");
        QCOMPARE(lambda.price, test::money("0.000000175"));
        QCOMPARE(lambda.source, std::string("F-AWS26; discount 12.5 %"));

        // Rounded once, half away from zero, to the pico-dollar: 33.333333 % off 0.021.
        REQUIRE_OK(c.setDiscount(Provider::Aws, 33.333333));
        book = c.loadActivePriceBook();
        REQUIRE_OK(book);
        // 0.021 * 66.666667 / 100 = 0.01400000007 exactly
        QCOMPARE(book.value().rows("aws.s3.standard-storage", "us-east-1")[2].price,
                 test::money("0.01400000007"));

        REQUIRE_OK(c.setDiscount(Provider::Aws, 0));
        QVERIFY(!c.discount(Provider::Aws).value().has_value());
        book = c.loadActivePriceBook();
        REQUIRE_OK(book);
        QCOMPARE(book.value().rows("aws.s3.standard-storage", "us-east-1")[0].price,
                 test::money("0.023"));

        QCOMPARE(c.setDiscount(Provider::Aws, 101).errors().front().code, ErrorCode::Range);
        QCOMPARE(c.setDiscount(Provider::Aws, -1).errors().front().code, ErrorCode::Range);
        // The list prices themselves never change.
        auto list = c.loadPriceBook(1);
        REQUIRE_OK(list);
        QCOMPARE(list.value().rows("aws.s3.standard-storage", "us-east-1")[0].price,
                 test::money("0.023"));
    }

    void overridesReplaceListAndDiscountedPrices()
    {
        test::CatalogueStore store;
        auto catalogue = PriceCatalogue::open(store.location());
        REQUIRE_OK(catalogue);
        auto& c = catalogue.value();
        REQUIRE_OK(c.importVersion(awsRows(), info(Provider::Aws, VersionStatus::Active)));
        REQUIRE_OK(c.setDiscount(Provider::Aws, 10));
        REQUIRE_OK(
            c.setOverride("aws.s3.standard-storage", "us-east-1", test::money("0.02"), "EDP 2026"));
        REQUIRE_OK(c.setOverride("aws.lambda.requests", "eu-west-1", test::money("0.00000015")));

        auto book = c.loadActivePriceBook();
        REQUIRE_OK(book);
        for (const auto& band : book.value().rows("aws.s3.standard-storage", "us-east-1")) {
            QCOMPARE(band.price, test::money("0.02"));
            QCOMPARE(band.source, std::string("F-AWS26; override 0.02 (EDP 2026)"));
        }
        const auto& eu = only(book.value(), "aws.lambda.requests", "eu-west-1");
        QCOMPARE(eu.price, test::money("0.00000015"));
        QCOMPARE(eu.source, std::string("F-AWS26; override 0.00000015"));
        // The same item in another region keeps the discounted list price.
        QCOMPARE(only(book.value(), "aws.lambda.requests", "us-east-1").price,
                 test::money("0.00000018"));

        auto listed = c.overrides();
        REQUIRE_OK(listed);
        QCOMPARE(listed.value().size(), std::size_t{2});

        // Setting again replaces; removing restores the discounted list price.
        REQUIRE_OK(c.setOverride("aws.lambda.requests", "eu-west-1", test::money("0.0000001")));
        book = c.loadActivePriceBook();
        REQUIRE_OK(book);
        QCOMPARE(only(book.value(), "aws.lambda.requests", "eu-west-1").price,
                 test::money("0.0000001"));
        REQUIRE_OK(c.removeOverride("aws.lambda.requests", "eu-west-1"));
        book = c.loadActivePriceBook();
        REQUIRE_OK(book);
        QCOMPARE(only(book.value(), "aws.lambda.requests", "eu-west-1").price,
                 test::money("0.00000018"));

        QCOMPARE(c.setOverride("aws.lambda.requests", "eu-west-1", test::money("-1"))
                     .errors()
                     .front()
                     .code,
                 ErrorCode::Range);
        QCOMPARE(c.setOverride("", "eu-west-1", test::money("1")).errors().front().code,
                 ErrorCode::Missing);
    }

    void unitSpellingsNormalise_data()
    {
        QTest::addColumn<QString>("alias");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<double>("scale");
        QTest::newRow("AWS Requests") << "Requests"
                                      << "request" << 1.0;
        QTest::newRow("AWS Request") << "Request"
                                     << "request" << 1.0;
        QTest::newRow("AWS GB-Mo") << "GB-Mo"
                                   << "GB-month" << 1.0;
        QTest::newRow("AWS Lambda-GB-Second") << "Lambda-GB-Second"
                                              << "GB-second" << 1.0;
        QTest::newRow("AWS Hrs") << "Hrs"
                                 << "hour" << 1.0;
        QTest::newRow("Azure 1M") << "1M"
                                  << "request" << 1'000'000.0;
        QTest::newRow("Azure 10") << "10"
                                  << "request" << 10.0;
        QTest::newRow("Azure 1 GB/Month") << "1 GB/Month"
                                          << "GB-month" << 1.0;
        QTest::newRow("GCP GiBy.mo") << "GiBy.mo"
                                     << "GiB-month" << 1.0;
        QTest::newRow("GCP TiBy") << "TiBy"
                                  << "GiB" << 1024.0;
        QTest::newRow("normalised") << "GB-second"
                                    << "GB-second" << 1.0;
    }

    void unitSpellingsNormalise()
    {
        QFETCH(QString, alias);
        QFETCH(QString, unit);
        QFETCH(double, scale);
        test::CatalogueStore store;
        auto catalogue = PriceCatalogue::open(store.location());
        REQUIRE_OK(catalogue);
        const auto found = catalogue.value().normaliseUnit(alias.toStdString());
        REQUIRE_OK(found);
        QCOMPARE(QString::fromStdString(found.value().unit), unit);
        QCOMPARE(found.value().scale, scale);
    }

    void anUnknownUnitIsNamed()
    {
        test::CatalogueStore store;
        auto catalogue = PriceCatalogue::open(store.location());
        REQUIRE_OK(catalogue);
        const auto found = catalogue.value().normaliseUnit("furlongs");
        QVERIFY(!found.ok());
        QVERIFY(found.errors().front().message.find("\"furlongs\"") != std::string::npos);
    }

    void theRegionMapTranslatesPriceLocations()
    {
        test::CatalogueStore store;
        auto catalogue = PriceCatalogue::open(store.location());
        REQUIRE_OK(catalogue);
        auto& c = catalogue.value();
        QCOMPARE(c.regionForLocation(Provider::Aws, "EU (Ireland)").value().value_or("?"),
                 std::string("eu-west-1"));
        QCOMPARE(c.locationForRegion(Provider::Aws, "us-east-1").value().value_or("?"),
                 std::string("US East (N. Virginia)"));
        QVERIFY(!c.regionForLocation(Provider::Aws, "Atlantis").value().has_value());
        QVERIFY(!c.regionForLocation(Provider::Azure, "EU (Ireland)").value().has_value());
    }

    void theBundledTableFillsAFreshCatalogue()
    {
        // A file's folders are created; a server's schema is there already.
        test::CatalogueStore store("nested/folder/prices.sqlite");
        const auto path = store.location();
        auto catalogue = PriceCatalogue::openOrCreate(path);
        REQUIRE_OK(catalogue);
        auto versions = catalogue.value().versions();
        REQUIRE_OK(versions);
        // aws, azure, gcp, and neutral (CockroachDB and Cloudflare prices from their pages)
        QCOMPARE(versions.value().size(), std::size_t{4});
        for (const auto& v : versions.value()) {
            QCOMPARE(v.status, VersionStatus::Active);
            QVERIFY(v.rowCount > 0);
        }
        auto book = catalogue.value().loadActivePriceBook();
        REQUIRE_OK(book);
        const auto& b = book.value();
        // Looked up by hand in reference/pricing-facts.md.
        QCOMPARE(only(b, "aws.lambda.requests", "us-east-1").price, test::money("0.0000002"));
        QCOMPARE(b.rows("aws.s3.standard-storage", "us-east-1").front().price,
                 test::money("0.023"));
        QCOMPARE(b.rows("aws.s3.standard-storage", "us-east-1").front().tierEnd.value_or(0),
                 51200.0);
        QCOMPARE(only(b, "aws.dynamodb.write-request-units", "eu-west-1").price,
                 test::money("0.000000705"));
        QCOMPARE(b.rows("aws.sqs.standard-requests", "us-east-1").front().price,
                 test::money("0.0000004"));
        QCOMPARE(only(b, "azure.functions.executions", "eastus").price, test::money("0.0000002"));
        QCOMPARE(only(b, "azure.functions.execution-time", "eastus").price,
                 test::money("0.000016"));

        // A second run opens what is there and imports nothing again.
        const auto rows = store.scalar("SELECT count(*) FROM price_rows");
        catalogue = PriceCatalogue::openOrCreate(path);
        REQUIRE_OK(catalogue);
        QCOMPARE(store.scalar("SELECT count(*) FROM price_rows"), rows);
        QCOMPARE(store.scalar("SELECT count(*) FROM catalogue_versions"), 4LL);
    }

    void anUpdatedApplicationBringsItsBundledTableWithoutOverridingTheUsersChoice()
    {
        test::CatalogueStore store;
        const auto path = store.location();
        {
            auto first = PriceCatalogue::openOrCreate(path);
            REQUIRE_OK(first);
            // The user imports and activates their own Azure prices.
            VersionInfo own;
            own.provider = Provider::Azure;
            own.source = "my-azure-export.json";
            own.format = "azure-retail";
            own.effectiveDate = "2026-12-01";
            own.status = VersionStatus::Active;
            PriceRow row;
            row.key = "azure.functions.executions";
            row.provider = Provider::Azure;
            row.service = "Functions";
            row.region = "eastus";
            row.unit = "request";
            row.price = test::money("0.00000019");
            row.effectiveDate = "2026-12-01";
            row.source = "my export";
            REQUIRE_OK(first.value().importVersion({row}, own));
        }
        // What an older build left: bundled tables that differ from this build's (their
        // checksums no longer match) for Google and Azure.
        QVERIFY(store.run("UPDATE catalogue_versions SET checksum = 'older' WHERE format = "
                          "'default-json' AND provider IN ('gcp', 'azure')"));
        const auto before = store.scalar("SELECT count(*) FROM catalogue_versions");

        auto updated = PriceCatalogue::openOrCreate(path);
        REQUIRE_OK(updated);
        if (test::CatalogueStore::onServer()) {
            // A team catalogue takes no later bundled table: its price admins choose what comes
            // in (and a reader could not store it).
            QCOMPARE(store.scalar("SELECT count(*) FROM catalogue_versions"), before);
            return;
        }
        // One new version each for Google and Azure; AWS and neutral are this build's already.
        QCOMPARE(store.scalar("SELECT count(*) FROM catalogue_versions"), before + 2);
        // Google's older bundled table was active: the new one replaces it.
        QCOMPARE(store.scalar("SELECT count(*) FROM catalogue_versions WHERE provider = 'gcp' AND "
                              "status = 'active' AND checksum <> 'older'"),
                 1LL);
        // Azure's active prices are the user's: they stay, the new table waits to be chosen.
        QCOMPARE(store.scalar("SELECT count(*) FROM catalogue_versions WHERE provider = 'azure' "
                              "AND status = 'active' AND format = 'azure-retail'"),
                 1LL);
        QCOMPARE(store.scalar("SELECT count(*) FROM catalogue_versions WHERE provider = 'azure' "
                              "AND format = 'default-json' AND checksum <> 'older' AND status = "
                              "'inactive'"),
                 1LL);
        // A third run finds this build's tables and imports nothing.
        REQUIRE_OK(PriceCatalogue::openOrCreate(path));
        QCOMPARE(store.scalar("SELECT count(*) FROM catalogue_versions"), before + 2);
    }

    void theDefaultPathIsInTheUsersDataFolder()
    {
        const auto path = defaultCataloguePath();
        QCOMPARE(path.filename().string(), std::string("prices.sqlite"));
        QVERIFY(path.is_absolute());
    }
};

QTEST_GUILESS_MAIN(TestPriceCatalogue)
#include "tst_pricecatalogue.moc"

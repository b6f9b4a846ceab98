#include "ImportFixture.h"
#include "MoneyLiteral.h"
#include "TestCatalogues.h"
#include "pricing/VersionDiff.h"

#include <QTest>

#include <sqlite3.h>

#include <fstream>
#include <sstream>

using namespace rs;
using namespace rs::pricing;

namespace {

/// A new catalogue at `path` taken back to what an older schema wrote by `sql`.
bool olderCatalogue(const std::filesystem::path& path, const char* sql)
{
    if (!PriceCatalogue::openOrCreate(path))
        return false;
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    const bool done = sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return done;
}

PriceRow row(const char* key, const char* region, const char* price, double start = 0,
             std::optional<double> end = std::nullopt)
{
    PriceRow r;
    r.key = key;
    r.region = region;
    r.unit = "request";
    r.tierStart = start;
    r.tierEnd = end;
    r.price = test::money(price);
    r.effectiveDate = "2026-08-01";
    r.source = "test";
    return r;
}

std::string readAll(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

VersionInfo versionOf(Provider provider, VersionStatus status)
{
    VersionInfo info;
    info.provider = provider;
    info.source = "test";
    info.format = "test-rows";
    info.effectiveDate = "2026-11-24";
    info.status = status;
    return info;
}

/// A new catalogue in `dir` holding the bundled table, as on first use.
Result<PriceCatalogue> bundledCatalogue(const QTemporaryDir& dir)
{
    return PriceCatalogue::openOrCreate(std::filesystem::path(dir.path().toStdString()) /
                                        "prices.sqlite");
}

int activeVersion(PriceCatalogue& catalogue, Provider provider)
{
    const auto versions = catalogue.versions();
    for (const auto& v : versions.value()) {
        if (v.provider == provider && v.status == VersionStatus::Active)
            return v.id;
    }
    return 0;
}

} // namespace

class TestVersionDiff : public QObject
{
    Q_OBJECT

private slots:
    void diffFindsAddedRemovedAndChangedBands()
    {
        const std::vector<PriceRow> before{
            row("aws.lambda.requests", "eu-west-2", "0.0000002"),
            row("aws.sqs.standard-requests", "eu-west-2", "0.0000004", 0, 1e11),
            row("aws.sqs.standard-requests", "eu-west-2", "0.00000035", 1e11),
            row("aws.s3.requests-tier1", "eu-west-2", "0.0000053"),
        };
        const std::vector<PriceRow> after{
            row("aws.lambda.requests", "eu-west-2", "0.00000022"),
            row("aws.sqs.standard-requests", "eu-west-2", "0.0000004", 0, 2e11), // tier moved
            row("aws.sqs.standard-requests", "eu-west-2", "0.00000035", 2e11),
            row("aws.lambda.requests", "eu-west-1", "0.0000002"),
        };
        const auto diff = diffRows(before, after);
        QCOMPARE(diff.count(PriceChange::Kind::Changed), std::size_t{2});
        QCOMPARE(diff.count(PriceChange::Kind::Added), std::size_t{2}); // eu-west-1, SQS from 2e11
        QCOMPARE(diff.count(PriceChange::Kind::Removed), std::size_t{2}); // S3, SQS from 1e11
        QCOMPARE(diff.unchanged, std::size_t{0});
        // $0.20 -> $0.22 per million is +10 %.
        const auto lambda =
            std::find_if(diff.changes.begin(), diff.changes.end(), [](const auto& c) {
                return c.kind == PriceChange::Kind::Changed && c.after.key == "aws.lambda.requests";
            });
        QVERIFY(lambda != diff.changes.end());
        QVERIFY(qFuzzyCompare(*lambda->percent(), 10.0));
        // The SQS first band changed where it ends, not its price: 0 %.
        const auto sqs = std::find_if(diff.changes.begin(), diff.changes.end(), [](const auto& c) {
            return c.kind == PriceChange::Kind::Changed &&
                   c.after.key == "aws.sqs.standard-requests";
        });
        QVERIFY(sqs != diff.changes.end());
        QCOMPARE(*sqs->percent(), 0.0);
        QCOMPARE(sqs->before.tierEnd, std::optional<double>(1e11));
    }

    void diffOfTwoImportsOfARealFile()
    {
        test::ImportFixture fixture;
        const auto original = test::samplePath("aws-csv-AWSLambda-eu-west-2-slice-20260831.csv");
        auto text = readAll(original);
        // The eu-west-2 x86 request price (line of SKU NDYBVXT3KB548Z2A) up from $0.20 to $0.24.
        const auto at = text.find("\"0.0000002000\"", text.find("\"NDYBVXT3KB548Z2A\""));
        text.replace(at, 14, "\"0.0000002400\"");
        const auto v1 = fixture.import({original});
        const auto v2 = fixture.import({fixture.write("raised.csv", text)});
        REQUIRE_OK(v1);
        REQUIRE_OK(v2);
        const auto diff =
            diffVersions(fixture.catalogue(), v1.value().versionId, v2.value().versionId);
        REQUIRE_OK(diff);
        QCOMPARE(diff.value().changes.size(), std::size_t{1});
        const auto& change = diff.value().changes.front();
        QCOMPARE(change.after.key, std::string("aws.lambda.requests"));
        QCOMPARE(change.after.region, std::string("eu-west-2"));
        QVERIFY(qFuzzyCompare(*change.percent(), 20.0));
        QCOMPARE(diff.value().unchanged, fixture.rows(v1.value().versionId).size() - 1);
    }

    void designImpactReestimatesUnderBothVersions()
    {
        QTemporaryDir dir;
        auto opened = bundledCatalogue(dir);
        REQUIRE_OK(opened);
        auto& catalogue = opened.value();
        const int bundled = activeVersion(catalogue, Provider::Aws);
        // Every AWS list price doubled: every priced AWS line doubles, so the total does.
        auto rows = catalogue.versionRows(bundled).value();
        for (auto& r : rows)
            r.price = r.price + r.price;
        const auto doubled =
            catalogue.importVersion(rows, versionOf(Provider::Aws, VersionStatus::Inactive));
        REQUIRE_OK(doubled);

        const auto example = test::sourcePath("resources/examples/02-aws-active-passive.json");
        const auto impact =
            designImpact(catalogue, bundled, doubled.value(), {example}, test::builtInCatalogues());
        REQUIRE_OK(impact);
        QCOMPARE(impact.value().size(), std::size_t{1});
        const auto& design = impact.value().front();
        QVERIFY(design.before.total > Money());
        const auto twice = design.before.total + design.before.total;
        QVERIFY2(
            (design.after.total - twice).pico() <= 1000 &&
                (twice - design.after.total).pico() <= 1000,
            (design.before.total.toString(6) + " -> " + design.after.total.toString(6)).c_str());
        QVERIFY(qFuzzyCompare(*design.percent(), 100.0));
        // Each estimate says which versions it used; the active one is untouched.
        QVERIFY(design.before.bookVersion.find("aws:" + std::to_string(bundled)) !=
                std::string::npos);
        QVERIFY(design.after.bookVersion.find("aws:" + std::to_string(doubled.value())) !=
                std::string::npos);
        QCOMPARE(activeVersion(catalogue, Provider::Aws), bundled);

        const auto missing = designImpact(catalogue, bundled, doubled.value(), {"/no/such.json"},
                                          test::builtInCatalogues());
        QVERIFY(!missing.ok());
        QVERIFY(missing.errors().front().message.find("/no/such.json") != std::string::npos);
    }

    void rollbackWalksBackThroughActivations()
    {
        QTemporaryDir dir;
        auto opened = bundledCatalogue(dir);
        REQUIRE_OK(opened);
        auto& catalogue = opened.value();
        const int bundled = activeVersion(catalogue, Provider::Aws);
        const auto rows = catalogue.versionRows(bundled).value();
        const auto a =
            catalogue.importVersion(rows, versionOf(Provider::Aws, VersionStatus::Active));
        const auto b =
            catalogue.importVersion(rows, versionOf(Provider::Aws, VersionStatus::Active));
        REQUIRE_OK(a);
        REQUIRE_OK(b);
        QCOMPARE(activeVersion(catalogue, Provider::Aws), b.value());

        QCOMPARE(catalogue.rollback(Provider::Aws).value(), a.value());
        QCOMPARE(activeVersion(catalogue, Provider::Aws), a.value());
        QCOMPARE(catalogue.rollback(Provider::Aws).value(), bundled);
        QCOMPARE(activeVersion(catalogue, Provider::Aws), bundled);
        const auto nothing = catalogue.rollback(Provider::Aws);
        QVERIFY(!nothing.ok());
        QCOMPARE(nothing.errors().front().code, ErrorCode::Missing);
        QCOMPARE(activeVersion(catalogue, Provider::Aws), bundled);

        // Activating again starts a new step; other providers are not touched.
        const int azure = activeVersion(catalogue, Provider::Azure);
        REQUIRE_OK(catalogue.activate(b.value()));
        QCOMPARE(catalogue.rollback(Provider::Aws).value(), bundled);
        QCOMPARE(activeVersion(catalogue, Provider::Azure), azure);
    }

    void aVersionOneCatalogueIsMigrated()
    {
        QTemporaryDir dir;
        const auto path = std::filesystem::path(dir.path().toStdString()) / "prices.sqlite";
        // Back to what version 1 wrote.
        QVERIFY(olderCatalogue(path,
                               "ALTER TABLE price_overrides DROP COLUMN set_at; "
                               "DROP TABLE activations; ALTER TABLE catalogue_versions DROP COLUMN "
                               "report; DELETE FROM unit_aliases WHERE alias IN ('s', 'minutes', "
                               "'Messages', '1 Second', '1K', '100'); PRAGMA user_version = 1"));

        auto catalogue = PriceCatalogue::open(path);
        REQUIRE_OK(catalogue);
        const auto versions = catalogue.value().versions();
        REQUIRE_OK(versions);
        QCOMPARE(versions.value().front().report, std::string());
        QCOMPARE(catalogue.value().normaliseUnit("s").value().unit, std::string("vCPU-second"));
        // What was active is the first step of the history: there is nothing before it.
        QCOMPARE(catalogue.value().rollback(Provider::Aws).errors().front().code,
                 ErrorCode::Missing);
    }

    void aVersionTwoOverrideKeepsItsPriceAndHasNoDate()
    {
        QTemporaryDir dir;
        const auto path = std::filesystem::path(dir.path().toStdString()) / "prices.sqlite";
        // What version 2 wrote: an override without the day it was set.
        QVERIFY(olderCatalogue(path, "ALTER TABLE price_overrides DROP COLUMN set_at; INSERT INTO "
                                     "price_overrides (key, region, price, note) VALUES "
                                     "('aws.lambda.requests', 'us-west-2', '0.00000012', 'EDP'); "
                                     "PRAGMA user_version = 2"));

        auto catalogue = PriceCatalogue::open(path);
        REQUIRE_OK(catalogue);
        const auto overrides = catalogue.value().overrides();
        REQUIRE_OK(overrides);
        QCOMPARE(overrides.value().size(), std::size_t{1});
        QCOMPARE(overrides.value().front().price, Money::parse("0.00000012").value());
        QCOMPARE(overrides.value().front().note, std::string("EDP"));
        // Unknown, and said so, rather than dated the day of the migration.
        QCOMPARE(overrides.value().front().setAt, std::string());
        // Setting it again dates it.
        REQUIRE_OK(catalogue.value().setOverride("aws.lambda.requests", "us-west-2",
                                                 Money::parse("0.0000001").value(), "EDP"));
        QCOMPARE(catalogue.value().overrides().value().front().setAt.size(),
                 std::string("2026-12-06T15:00:00Z").size());
    }
};

QTEST_GUILESS_MAIN(TestVersionDiff)
#include "tst_versiondiff.moc"

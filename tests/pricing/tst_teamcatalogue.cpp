// The team catalogue on PostgreSQL (issue 19): what only a server has. The catalogue suites
// themselves (tst_pricecatalogue, tst_customprices) run on it as *_pg; this one needs the
// private cluster of scripts/pg-test-cluster.sh (RS_TEST_CATALOGUE_URL, RS_TEST_PG_CLUSTER).
#include "CatalogueStore.h"
#include "MoneyLiteral.h"
#include "ResultChecks.h"
#include "pricing/CatalogueTransfer.h"
#include "pricing/PriceCatalogue.h"

#include <QFile>
#include <QProcess>
#include <QTest>

#include <atomic>
#include <thread>

using namespace rs;
using namespace rs::pricing;

namespace {

/// `count` AWS request prices, one per region "r<i>", all priced `price`.
std::vector<PriceRow> awsRows(int count, const char* price = "0.0000002")
{
    std::vector<PriceRow> rows;
    for (int i = 0; i < count; ++i) {
        PriceRow r;
        r.key = "aws.lambda.requests";
        r.provider = Provider::Aws;
        r.service = "AWSLambda";
        r.sku = "SKU-" + std::to_string(i);
        r.region = "r" + std::to_string(i);
        r.unit = "request";
        r.tierStart = 0.0;
        r.price = test::money(price);
        r.effectiveDate = "2026-08-31";
        r.source = "F-AWS26";
        r.confidence = PriceConfidence::File;
        rows.push_back(std::move(r));
    }
    return rows;
}

VersionInfo awsVersion(VersionStatus status, std::string note = {})
{
    VersionInfo v;
    v.provider = Provider::Aws;
    v.source = "offer-2026-08.json";
    v.format = "aws-offer";
    v.effectiveDate = "2026-08-31";
    v.status = status;
    v.note = std::move(note);
    v.report = R"({"records":3,"skipped":[]})";
    return v;
}

PriceCatalogue opened(const std::filesystem::path& location)
{
    auto catalogue = PriceCatalogue::open(location);
    if (!catalogue)
        qFatal("%s", catalogue.errors().front().toString().c_str());
    return std::move(catalogue).value();
}

/// Two AWS versions in `catalogue`: `activeRows` rows active, `waitingRows` rows inactive.
std::pair<int, int> activeAndWaiting(PriceCatalogue& catalogue, int activeRows, int waitingRows)
{
    const auto active =
        catalogue.importVersion(awsRows(activeRows), awsVersion(VersionStatus::Active));
    const auto waiting =
        catalogue.importVersion(awsRows(waitingRows), awsVersion(VersionStatus::Inactive));
    if (!active || !waiting)
        qFatal("cannot set up the catalogue");
    return {active.value(), waiting.value()};
}

bool contains(const std::string& text, const char* part)
{
    return text.find(part) != std::string::npos;
}

/// scripts/pg-test-cluster.sh halt|resume on the test's cluster.
bool cluster(const char* action)
{
    return QProcess::execute(
               QStringLiteral(RS_SOURCE_DIR "/scripts/pg-test-cluster.sh"),
               {QString::fromLatin1(action), qEnvironmentVariable("RS_TEST_PG_CLUSTER")}) == 0;
}

} // namespace

class TestTeamCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!test::CatalogueStore::onServer())
            QSKIP("needs RS_TEST_CATALOGUE_URL: ctest runs it as tst_teamcatalogue_pg");
    }

    void aReaderMayReadButNotChangePrices()
    {
        test::CatalogueStore store;
        auto owner = opened(store.location());
        const auto [id, waiting] = activeAndWaiting(owner, 3, 4);
        // The documented roles, then one login of each (roles are the cluster's: named per test).
        QFile roles(QStringLiteral(RS_SOURCE_DIR "/docs/team-catalogue-roles.sql"));
        QVERIFY(roles.open(QIODevice::ReadOnly));
        QVERIFY(store.run(roles.readAll().toStdString()));
        const auto reader = "reader_" + store.schema();
        const auto admin = "admin_" + store.schema();
        QVERIFY(store.run("CREATE ROLE " + reader +
                          " LOGIN PASSWORD 'pw' IN ROLE "
                          "resilience_price_reader; CREATE ROLE " +
                          admin + " LOGIN PASSWORD 'pw' IN ROLE resilience_price_admin"));

        auto asReader = opened(store.locationAs(reader, "pw"));
        auto book = asReader.loadActivePriceBook();
        REQUIRE_OK(book);
        QCOMPARE(book.value().size(), std::size_t{3});
        const auto refusal = [](const auto& result) {
            return result.ok() ? std::string("allowed") : result.errors().front().message;
        };
        for (const auto& message :
             {refusal(asReader.importVersion(awsRows(2), awsVersion(VersionStatus::Active))),
              refusal(asReader.setDiscount(Provider::Aws, 10)),
              refusal(asReader.activate(waiting))}) {
            QVERIFY2(contains(message, ("you (role " + reader +
                                        ") may read this catalogue but "
                                        "not import, activate or set prices")
                                           .c_str()),
                     message.c_str());
            QVERIFY2(contains(message, "resilience_price_admin"), message.c_str());
        }
        QCOMPARE(store.scalar("SELECT count(*) FROM catalogue_versions"), 2LL);
        QCOMPARE(store.scalar("SELECT id FROM catalogue_versions WHERE status = 'active'"),
                 static_cast<long long>(id));
        QCOMPARE(store.scalar("SELECT count(*) FROM discounts"), 0LL);

        auto asAdmin = opened(store.locationAs(admin, "pw"));
        const auto second = asAdmin.importVersion(awsRows(2), awsVersion(VersionStatus::Active));
        REQUIRE_OK(second);
        REQUIRE_OK(asAdmin.setDiscount(Provider::Aws, 10));
        REQUIRE_OK(asAdmin.rollback(Provider::Aws));
        QCOMPARE(store.scalar("SELECT id FROM catalogue_versions WHERE status = 'active'"),
                 static_cast<long long>(id));
    }

    void wrongCredentialsAreRefusedWithoutShowingThePassword()
    {
        test::CatalogueStore store;
        auto catalogue = PriceCatalogue::open(store.locationAs("rs_owner", "not-the-password"));
        QVERIFY(!catalogue.ok());
        const auto& error = catalogue.errors().front();
        QVERIFY2(contains(error.message, "cannot connect to the team price catalogue"),
                 error.message.c_str());
        QVERIFY2(contains(error.message, "password authentication failed"), error.message.c_str());
        QVERIFY2(contains(error.where.pointer, "postgresql://rs_owner@127.0.0.1"),
                 error.where.pointer.c_str());
        QVERIFY(!contains(error.where.pointer, "not-the-password"));
    }

    void anUnreachableServerIsNamed()
    {
        // Port 1 on the loopback: nothing listens there, so the refusal is immediate.
        auto catalogue = PriceCatalogue::open("postgresql://nobody@127.0.0.1:1/prices");
        QVERIFY(!catalogue.ok());
        const auto& error = catalogue.errors().front();
        QVERIFY2(contains(error.message, "cannot connect to the team price catalogue"),
                 error.message.c_str());
        QVERIFY2(contains(error.message, "Connection refused"), error.message.c_str());
        QCOMPARE(error.where.pointer, std::string("postgresql://nobody@127.0.0.1:1/prices"));
    }

    void aServerStoppedMidImportKeepsNothingOfIt()
    {
        test::CatalogueStore store;
        auto catalogue = opened(store.location());
        REQUIRE_OK(catalogue.importVersion(awsRows(3), awsVersion(VersionStatus::Active)));
        // 20,000 rows take seconds, one statement each: the server stops in the middle.
        Result<int> result = 0;
        std::thread import([&] {
            result = catalogue.importVersion(awsRows(20'000), awsVersion(VersionStatus::Active));
        });
        QTRY_VERIFY_WITH_TIMEOUT(
            store.scalar("SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                         "'resilience-studio' AND query LIKE 'INSERT INTO price_rows%'") > 0,
            10'000);
        QVERIFY(cluster("halt"));
        import.join();
        QVERIFY(cluster("resume"));
        QVERIFY(!result.ok());
        const auto& message = result.errors().front().message;
        QVERIFY2(contains(message, "lost the connection to the team price catalogue"),
                 message.c_str());
        QVERIFY2(contains(message, "was not stored"), message.c_str());
        // After the restart: the first version only, whole, still active.
        QCOMPARE(store.scalar("SELECT count(*) FROM catalogue_versions"), 1LL);
        QCOMPARE(store.scalar("SELECT count(*) FROM price_rows"), 3LL);
        auto reopened = opened(store.location());
        auto book = reopened.loadActivePriceBook();
        REQUIRE_OK(book);
        QCOMPARE(book.value().size(), std::size_t{3});
    }

    void pushThenPullRoundTripsAVersionExactly()
    {
        QTemporaryDir dir;
        const auto localPath = std::filesystem::path(dir.path().toStdString());
        auto local = opened(localPath / "mine.sqlite");
        auto rows = awsRows(4, "0.000000123457"); // all 12 decimals must survive
        rows[1].tierStart = 1e6 / 3.0;            // a double with no short decimal
        rows[1].tierEnd = 1e9 / 7.0;
        rows[2].note = "naïve \"quoted\" ' note";
        rows[3].freeTier = true;
        rows[3].price = Money();
        const auto id = local.importVersion(rows, awsVersion(VersionStatus::Active, "negotiated"));
        REQUIRE_OK(id);

        test::CatalogueStore team;
        auto shared = opened(team.location());
        const auto pushed = copyVersion(local, id.value(), shared, false);
        REQUIRE_OK(pushed);
        QVERIFY(!pushed.value().already);
        // Pushing again finds it there.
        const auto again = copyVersion(local, id.value(), shared, false);
        REQUIRE_OK(again);
        QVERIFY(again.value().already);
        QCOMPARE(again.value().id, pushed.value().id);

        auto fresh = opened(localPath / "fresh.sqlite");
        const auto pulled = copyVersion(shared, pushed.value().id, fresh, true);
        REQUIRE_OK(pulled);

        const auto original = local.version(id.value());
        const auto copy = fresh.version(pulled.value().id);
        REQUIRE_OK(original);
        REQUIRE_OK(copy);
        const auto& a = original.value();
        const auto& b = copy.value();
        QCOMPARE(b.provider, a.provider);
        QCOMPARE(b.source, a.source);
        QCOMPARE(b.format, a.format);
        QCOMPARE(b.importedAt, a.importedAt);
        QCOMPARE(b.effectiveDate, a.effectiveDate);
        QCOMPARE(b.checksum, a.checksum);
        QCOMPARE(b.rowCount, a.rowCount);
        QCOMPARE(b.note, a.note);
        QCOMPARE(b.report, a.report);
        QCOMPARE(b.status, VersionStatus::Active); // pulled with activate
        const auto before = local.versionRows(id.value());
        const auto after = fresh.versionRows(pulled.value().id);
        REQUIRE_OK(before);
        REQUIRE_OK(after);
        QCOMPARE(after.value().size(), before.value().size());
        for (std::size_t i = 0; i < before.value().size(); ++i) {
            const auto& x = before.value()[i];
            const auto& y = after.value()[i];
            QCOMPARE(y.key, x.key);
            QCOMPARE(y.provider, x.provider);
            QCOMPARE(y.service, x.service);
            QCOMPARE(y.sku, x.sku);
            QCOMPARE(y.usageType, x.usageType);
            QCOMPARE(y.description, x.description);
            QCOMPARE(y.region, x.region);
            QCOMPARE(y.toRegion, x.toRegion);
            QCOMPARE(y.unit, x.unit);
            QVERIFY(y.tierStart == x.tierStart); // bit for bit, not fuzzy
            QVERIFY(y.tierEnd == x.tierEnd);
            QCOMPARE(y.price.toExactString(), x.price.toExactString());
            QCOMPARE(y.effectiveDate, x.effectiveDate);
            QCOMPARE(y.source, x.source);
            QCOMPARE(y.confidence, x.confidence);
            QCOMPARE(y.freeTier, x.freeTier);
            QCOMPARE(y.note, x.note);
        }
    }

    void concurrentImportsActivationsAndReadersSeeWholeVersions()
    {
        test::CatalogueStore store;
        auto setup = opened(store.location());
        // A pair, not a structured binding: clang 14 cannot capture one in the lambdas below.
        const auto versions = activeAndWaiting(setup, 50, 80);

        std::atomic<bool> writing{true};
        std::atomic<int> reads{0};
        std::vector<std::string> problems;
        std::mutex problemsLock;
        const auto problem = [&](std::string text) {
            std::lock_guard lock(problemsLock);
            problems.push_back(std::move(text));
        };
        // Each thread has its own connection, as each desk would.
        const auto importer = [&](int rows) {
            auto c = opened(store.location());
            for (int i = 0; i < 3; ++i) {
                if (auto id = c.importVersion(awsRows(rows + i), awsVersion(VersionStatus::Active));
                    !id)
                    problem("import: " + id.errors().front().message);
            }
        };
        const auto activator = [&] {
            auto c = opened(store.location());
            for (int i = 0; i < 10; ++i) {
                if (auto done = c.activate(i % 2 ? versions.first : versions.second); !done)
                    problem("activate: " + done.errors().front().message);
            }
        };
        const auto reader = [&] {
            auto c = opened(store.location());
            while (writing) {
                auto book = c.loadActivePriceBook();
                if (!book) {
                    problem("read: " + book.errors().front().message);
                    continue;
                }
                // "aws:<id>": one active AWS version, with all its rows.
                const auto& name = book.value().version();
                if (!name.starts_with("aws:") || name.find(',') != std::string::npos) {
                    problem("a book of " + name);
                    continue;
                }
                const int id = std::stoi(name.substr(4));
                auto info = c.version(id);
                auto rows = c.versionRows(id);
                if (!info || !rows ||
                    static_cast<std::int64_t>(book.value().size()) != info.value().rowCount ||
                    rowsChecksum(rows.value()) != info.value().checksum)
                    problem("a partial version " + name);
                ++reads;
            }
        };
        std::vector<std::thread> threads;
        for (int i = 0; i < 3; ++i)
            threads.emplace_back(reader);
        std::thread a(importer, 100);
        std::thread b(importer, 200);
        std::thread c(activator);
        a.join();
        b.join();
        c.join();
        writing = false;
        for (auto& t : threads)
            t.join();

        QVERIFY2(problems.empty(), problems.empty() ? "" : problems.front().c_str());
        QVERIFY(reads > 0);
        // 2 set up + 2 importers x 3, every one whole.
        QCOMPARE(store.scalar("SELECT count(*) FROM catalogue_versions"), 8LL);
        QCOMPARE(store.scalar("SELECT count(*) FROM catalogue_versions WHERE status = 'active'"),
                 1LL);
        QCOMPARE(store.scalar("SELECT count(*) FROM catalogue_versions v WHERE row_count <> "
                              "(SELECT count(*) FROM price_rows r WHERE r.version_id = v.id)"),
                 0LL);
    }
};

QTEST_GUILESS_MAIN(TestTeamCatalogue)
#include "tst_teamcatalogue.moc"

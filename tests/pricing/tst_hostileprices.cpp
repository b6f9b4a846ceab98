#include "FileSizeLimit.h"
#include "HttpDownloader.h"
#include "ImportFixture.h"
#include "pricing/PriceTableJson.h"
#include "pricing/update/PriceUpdate.h"
#include "resources/BuiltinResources.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <fstream>
#include <map>
#include <set>

using namespace rs;
using namespace rs::pricing;

// Issue 20, classes 4 and 5 and the price-table half of 1: the first-use seed of the
// catalogue, and price inputs that never end, trickle, or break the JSON parser.

namespace {

/// An HTTP server that answers every GET with headers and then sends `chunk` each `interval`
/// for as long as the client listens: a trickle (one byte, seconds apart) or a flood.
class EndlessServer
{
public:
    EndlessServer(QByteArray chunk, int intervalMs)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [=, this] {
            while (auto* socket = m_server.nextPendingConnection()) {
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              "Connection: close\r\n\r\n");
                auto* timer = new QTimer(socket);
                QObject::connect(timer, &QTimer::timeout, socket,
                                 [socket, chunk] { socket->write(chunk); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                timer->start(intervalMs);
            }
        });
    }
    QString url(const QString& path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }

private:
    QTcpServer m_server;
};

/// The bundled table's providers, from the table itself.
std::set<Provider> bundledProviders()
{
    std::set<Provider> out;
    const auto rows = readPriceTableJson(resources::defaultPriceTableJson());
    for (const auto& row : rows.value())
        out.insert(row.provider);
    return out;
}

/// Bundled versions per provider in the catalogue at `path`, opened without seeding.
std::map<Provider, int> bundledVersions(const std::filesystem::path& path)
{
    std::map<Provider, int> out;
    auto catalogue = PriceCatalogue::open(path);
    const auto versions = catalogue.value().versions();
    for (const auto& v : versions.value()) {
        if (v.format == "default-json")
            ++out[v.provider];
    }
    return out;
}

QProcess* startCli(const std::filesystem::path& catalogue)
{
    auto* process = new QProcess;
    process->start(QStringLiteral(RS_CLI_PATH),
                   {"pricing", "list", "--catalog", QString::fromStdString(catalogue.string())});
    return process;
}

constexpr const char* csvPreamble = "\"FormatVersion\",\"v1.0\"\n"
                                    "\"Disclaimer\",\"test\"\n"
                                    "\"Publication Date\",\"2026-01-01T00:00:00Z\"\n"
                                    "\"Version\",\"20260101000000\"\n"
                                    "\"OfferCode\",\"AWSLambda\"\n"
                                    "\"SKU\",\"OfferTermCode\",\"RateCode\",\"TermType\","
                                    "\"PriceDescription\",\"EffectiveDate\",\"StartingRange\","
                                    "\"EndingRange\",\"Unit\",\"PricePerUnit\",\"Currency\","
                                    "\"serviceCode\",\"usageType\"\n";

} // namespace

class TestHostilePrices : public QObject
{
    Q_OBJECT

private slots:
    void aCsvRecordWithoutEndStopsAtItsLimit()
    {
        // 2 MiB of NULs after a valid header: one "record" with no line end. Line 7 is it.
        test::ImportFixture fixture;
        std::string text = csvPreamble;
        text.append(std::size_t{2} << 20, '\0');
        const auto file = fixture.write("junk.csv", text);
        const auto result = readPriceFile(file, Provider::Aws, fixture.vocabulary());
        QVERIFY(!result);
        const auto& e = result.errors().front();
        QCOMPARE(e.code, ErrorCode::TooLarge);
        QCOMPARE(e.where.line, 7);
        QVERIFY2(e.message.find("1048576 bytes") != std::string::npos, e.message.c_str());
    }

    void aPriceTableNumberBeyondADoubleIsAnError()
    {
        // Line 2 holds the number; the parser reports it there instead of throwing.
        const auto rows = readPriceTableJson("{\"formatVersion\": 1,\n\"rows\": [1e400]}");
        QVERIFY(!rows);
        QCOMPARE(rows.errors().front().code, ErrorCode::Syntax);
        QCOMPARE(rows.errors().front().where.line, 2);
    }

    void aTricklingServerMeetsTheUpdateDeadline()
    {
        // One byte every 200 ms keeps Qt's 60 s transfer timeout from ever firing.
        EndlessServer server(" ", 200);
        test::ImportFixture fixture;
        UpdateOptions options;
        options.provider = Provider::Aws;
        options.baseUrl = server.url({}).toStdString();
        options.deadline = std::chrono::seconds(1);
        QElapsedTimer clock;
        clock.start();
        const auto outcome = updatePrices(fixture.catalogue(), options);
        QVERIFY(!outcome);
        QVERIFY2(outcome.errors().front().message.find("within its 1 s") != std::string::npos,
                 outcome.errors().front().message.c_str());
        // Not a timed assertion of speed: only that it did not wait for the trickle to end.
        QVERIFY(clock.elapsed() < 60'000);
    }

    void anEndlessDownloadStopsAtItsSizeAndLeavesNoFile()
    {
        EndlessServer server(QByteArray(64 * 1024, 'x'), 1);
        QTemporaryDir dir;
        const std::filesystem::path file = dir.filePath("offer.json").toStdString();
        DownloadLimits limits;
        limits.maxBytes = 1 << 20;
        const auto done = HttpDownloader::toFile(server.url("/offer.json").toStdString(), file, {},
                                                 "test", limits);
        QVERIFY(!done);
        QVERIFY2(done.errors().front().message.find("larger than 1048576 bytes") !=
                     std::string::npos,
                 done.errors().front().message.c_str());
        QVERIFY(!std::filesystem::exists(file));
    }

    void aFullDownloadFolderSaysSo()
    {
        // A file size limit fails the writes as a full disk does (EFBIG rather than ENOSPC);
        // QFile used to report that as "Unknown error".
        EndlessServer server(QByteArray(64 * 1024, 'x'), 1);
        QTemporaryDir dir;
        const std::filesystem::path file = dir.filePath("offer.json").toStdString();
        DownloadLimits limits;
        limits.maxBytes = 8 << 20;
        const auto done = [&] {
            const test::FileSizeLimit limit(100 * 1024);
            return HttpDownloader::toFile(server.url("/offer.json").toStdString(), file, {}, "test",
                                          limits);
        }();
        QVERIFY(!done);
        const auto& message = done.errors().front().message;
        QVERIFY2(message.find("download folder is full") != std::string::npos, message.c_str());
        QVERIFY(message.find("Unknown error") == std::string::npos);
        QVERIFY(!std::filesystem::exists(file));
    }

    void twoFirstRunsAtOnceSeedTheCatalogueOnce()
    {
        QTemporaryDir dir;
        const std::filesystem::path path = dir.filePath("prices.db").toStdString();
        std::unique_ptr<QProcess> a(startCli(path));
        std::unique_ptr<QProcess> b(startCli(path));
        for (auto* p : {a.get(), b.get()}) {
            QVERIFY(p->waitForFinished(120'000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        }
        const auto seeded = bundledVersions(path);
        const auto providers = bundledProviders();
        QCOMPARE(seeded.size(), providers.size());
        for (const auto& [provider, count] : seeded)
            QCOMPARE(count, 1);
    }

    void aSeedKilledHalfWayLeavesAllOrNothing()
    {
        // Killed at different moments of its first run, the catalogue holds every bundled
        // provider or none, and the next run completes it.
        const auto providers = bundledProviders();
        for (const int afterMs : {30, 120, 400}) {
            QTemporaryDir dir;
            const std::filesystem::path path = dir.filePath("prices.db").toStdString();
            std::unique_ptr<QProcess> p(startCli(path));
            QVERIFY(p->waitForStarted());
            QTest::qWait(afterMs);
            p->kill();
            p->waitForFinished();
            if (std::filesystem::exists(path)) {
                const auto seeded = bundledVersions(path);
                QVERIFY2(seeded.empty() || seeded.size() == providers.size(),
                         std::to_string(seeded.size()).c_str());
            }
            QVERIFY(PriceCatalogue::openOrCreate(path));
            QCOMPARE(bundledVersions(path).size(), providers.size());
        }
    }

    void anOlderPartialSeedIsCompleted()
    {
        // What an older build left when killed between providers: AWS's bundled rows only.
        QTemporaryDir dir;
        const std::filesystem::path path = dir.filePath("prices.db").toStdString();
        {
            auto catalogue = PriceCatalogue::open(path);
            std::vector<PriceRow> aws;
            auto rows = readPriceTableJson(resources::defaultPriceTableJson());
            for (auto& row : rows.value()) {
                if (row.provider == Provider::Aws)
                    aws.push_back(std::move(row));
            }
            VersionInfo info;
            info.provider = Provider::Aws;
            info.format = "default-json";
            info.status = VersionStatus::Active;
            QVERIFY(catalogue.value().importVersion(aws, info));
        }
        QVERIFY(PriceCatalogue::openOrCreate(path));
        const auto seeded = bundledVersions(path);
        QCOMPARE(seeded.size(), bundledProviders().size());
        QCOMPARE(seeded.at(Provider::Aws), 1);
    }
};

QTEST_GUILESS_MAIN(TestHostilePrices)
#include "tst_hostileprices.moc"

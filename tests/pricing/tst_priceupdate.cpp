#include "Cli.h"
#include "ImportFixture.h"
#include "LocalHttpServer.h"
#include "SyntheticOfferFile.h"
#include "pricing/update/PriceUpdate.h"

#include <QFile>
#include <QTest>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <sstream>

using namespace rs;
using namespace rs::pricing;

namespace {

QByteArray sample(const char* name)
{
    QFile file(QString::fromStdString(test::samplePath(name).string()));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no sample %s", name);
    return file.readAll();
}

const char* lambdaCsv = "aws-csv-AWSLambda-eu-west-2-slice-20260831.csv";
const char* sqsCsv = "aws-csv-AWSQueueService-eu-west-2-20260904.csv";

/// The AWS Price List layout: the offer index, a region index per service, the offer files.
std::optional<QByteArray> awsMirror(const QString& target, const QByteArray& lambdaFile)
{
    if (target == "/offers/v1.0/aws/index.json")
        return QByteArray(R"({"formatVersion":"v1.0","offers":{
            "AWSLambda":{"offerCode":"AWSLambda","currentRegionIndexUrl":"/offers/v1.0/aws/AWSLambda/current/region_index.json"},
            "AWSQueueService":{"offerCode":"AWSQueueService","currentRegionIndexUrl":"/offers/v1.0/aws/AWSQueueService/current/region_index.json"}}})");
    if (target == "/offers/v1.0/aws/AWSLambda/current/region_index.json")
        return QByteArray(R"({"regions":{"eu-west-2":{"regionCode":"eu-west-2",
            "currentVersionUrl":"/offers/v1.0/aws/AWSLambda/20260831092318/eu-west-2/index.csv"}}})");
    if (target == "/offers/v1.0/aws/AWSQueueService/current/region_index.json")
        return QByteArray(R"({"regions":{"eu-west-2":{"regionCode":"eu-west-2",
            "currentVersionUrl":"/offers/v1.0/aws/AWSQueueService/20260904154020/eu-west-2/index.csv"}}})");
    if (target == "/offers/v1.0/aws/AWSLambda/20260831092318/eu-west-2/index.csv")
        return lambdaFile;
    if (target == "/offers/v1.0/aws/AWSQueueService/20260904154020/eu-west-2/index.csv")
        return sample(sqsCsv);
    return std::nullopt;
}

} // namespace

class TestPriceUpdate : public QObject
{
    Q_OBJECT

private slots:
    void awsFollowsTheOfferIndexes()
    {
        test::LocalHttpServer server(
            [](const QString& target) { return awsMirror(target, sample(lambdaCsv)); });
        test::ImportFixture fixture;
        UpdateOptions options;
        options.provider = Provider::Aws;
        options.baseUrl = server.baseUrl().toStdString();
        options.services = {"AWSLambda", "AWSQueueService"};
        options.regions = {"eu-west-2", "us-east-1"};
        options.import.baseVersion = 0;
        std::vector<ImportProgress> seen;
        const ImportControl control{[&](const ImportProgress& p) { seen.push_back(p); }, nullptr};
        const auto outcome = updatePrices(fixture.catalogue(), options, control);
        REQUIRE_OK(outcome);

        const auto rows = fixture.rows(outcome.value().versionId);
        QCOMPARE(test::rowsOf(rows, "aws.lambda.duration-x86", "eu-west-2").size(), std::size_t{3});
        QCOMPARE(test::rowsOf(rows, "aws.sqs.free-requests", "global").size(), std::size_t{1});
        // us-east-1 is not in the mirror's region indexes: counted, not fatal.
        const auto& skipped = outcome.value().report.skipped;
        QVERIFY(std::any_of(skipped.begin(), skipped.end(), [](const auto& s) {
            return s.reason == "no offer file of the service for the region" && s.count == 2;
        }));
        QCOMPARE(server.requests().size(), 5);
        // The Lambda download was reported in bytes, to the end.
        QVERIFY(std::any_of(seen.begin(), seen.end(), [](const ImportProgress& p) {
            return p.stage == "downloading AWSLambda eu-west-2" &&
                   p.bytesDone == static_cast<std::uint64_t>(sample(lambdaCsv).size());
        }));
        QVERIFY(std::any_of(seen.begin(), seen.end(), [](const ImportProgress& p) {
            return p.stage.starts_with("reading ") && p.records == 15;
        }));
        const auto version = fixture.catalogue().version(outcome.value().versionId);
        QVERIFY(version.value().source.find(server.baseUrl().toStdString()) != std::string::npos);
    }

    void azureFollowsNextPageLinkOnTheSameServer()
    {
        auto page =
            nlohmann::json::parse(sample("azure-retail-prices-uksouth-subset.json").toStdString());
        auto first = page;
        auto second = page;
        first["Items"] = nlohmann::json(page["Items"].begin(), page["Items"].begin() + 6);
        first["NextPageLink"] =
            "https://prices.azure.com:443/api/retail/prices?api-version=2023-01-01-preview&$skip=6";
        second["Items"] = nlohmann::json(page["Items"].begin() + 6, page["Items"].end());
        second["NextPageLink"] = nullptr;
        test::LocalHttpServer server([&](const QString& target) -> std::optional<QByteArray> {
            if (!target.startsWith("/api/retail/prices?"))
                return std::nullopt;
            return QByteArray::fromStdString((target.contains("$skip=6") ? second : first).dump());
        });
        test::ImportFixture fixture;
        UpdateOptions options;
        options.provider = Provider::Azure;
        options.baseUrl = server.baseUrl().toStdString() + "/";
        options.services = {"Service Bus"};
        options.import.baseVersion = 0;
        const auto outcome = updatePrices(fixture.catalogue(), options);
        REQUIRE_OK(outcome);
        QCOMPARE(server.requests().size(), 2);
        const auto query = QUrl::fromPercentEncoding(server.requests()[0].toUtf8());
        QVERIFY2(
            query.contains("$filter=serviceName eq 'Service Bus' and priceType eq 'Consumption'"),
            qPrintable(query));
        QCOMPARE(server.requests()[1],
                 QString("/api/retail/prices?api-version=2023-01-01-preview&$skip=6"));
        // The Service Bus tiers were split over the two pages.
        QCOMPARE(test::rowsOf(fixture.rows(outcome.value().versionId),
                              "azure.service-bus.standard-operations", "uksouth")
                     .size(),
                 std::size_t{4});
    }

    void gcpNeedsAnApiKeyAndMasksIt()
    {
        test::LocalHttpServer server([](const QString& target) -> std::optional<QByteArray> {
            if (target.startsWith("/v1/services/29E7-DA93-CA13/skus?"))
                return sample("gcp-skus-cloud-run-functions-20260801.json");
            if (target.startsWith("/v1/services/A1E8-BE35-7EBC/skus?"))
                return sample("gcp-skus-cloud-pub-sub-20260801.json");
            return std::nullopt;
        });
        test::ImportFixture fixture;
        UpdateOptions options;
        options.provider = Provider::Gcp;
        options.baseUrl = server.baseUrl().toStdString();
        options.services = {"29E7-DA93-CA13", "A1E8-BE35-7EBC"};
        options.import.baseVersion = 0;
        const auto keyless = updatePrices(fixture.catalogue(), options);
        QVERIFY(!keyless.ok());
        QVERIFY(keyless.errors().front().message.find("API key") != std::string::npos);
        QCOMPARE(server.requests().size(), 0);

        options.apiKey = "secret-test-key";
        const auto outcome = updatePrices(fixture.catalogue(), options);
        REQUIRE_OK(outcome);
        QVERIFY(server.requests()[0].contains("key=secret-test-key"));
        const auto rows = fixture.rows(outcome.value().versionId);
        QCOMPARE(test::rowsOf(rows, "gcp.pubsub.free-throughput", "global").size(), std::size_t{1});
        QCOMPARE(test::rowsOf(rows, "gcp.cloud-run-functions.cpu", "europe-west1").size(),
                 std::size_t{1});

        options.services = {"0000-0000-0000"}; // the server has no such service
        const auto missing = updatePrices(fixture.catalogue(), options);
        QVERIFY(!missing.ok());
        const auto& error = missing.errors().front();
        QVERIFY2(error.message.find("HTTP 404") != std::string::npos, error.message.c_str());
        QVERIFY(error.where.pointer.find("key=***") != std::string::npos);
        QVERIFY(error.toString().find("secret-test-key") == std::string::npos);
    }

    void cancellingADownloadStoresNothing()
    {
        test::ImportFixture fixture;
        const auto big = fixture.path("big.json");
        bench::writeSyntheticOffer(big, 24u << 20);
        QFile file(QString::fromStdString(big.string()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto body = file.readAll();
        test::LocalHttpServer server(
            [&](const QString& target) { return awsMirror(target, body); });
        UpdateOptions options;
        options.provider = Provider::Aws;
        options.baseUrl = server.baseUrl().toStdString();
        options.services = {"AWSLambda"};
        options.regions = {"eu-west-2"};
        std::atomic<bool> stop{false};
        const ImportControl control{[&](const ImportProgress& p) {
                                        if (p.stage.starts_with("downloading") &&
                                            p.bytesDone > (1u << 20))
                                            stop = true;
                                    },
                                    &stop};
        const auto outcome = updatePrices(fixture.catalogue(), options, control);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.errors().front().message, std::string(cancelledMessage));
        QCOMPARE(fixture.catalogue().versions().value().size(), std::size_t{0});
    }

    void updateFromTheCommandLine()
    {
        test::LocalHttpServer server(
            [](const QString& target) { return awsMirror(target, sample(lambdaCsv)); });
        QTemporaryDir dir;
        const auto catalogue = dir.filePath("prices.sqlite").toStdString();
        std::ostringstream out;
        std::ostringstream err;
        const int code = cli::runCli({"pricing", "update", "--provider", "aws", "--base-url",
                                      server.baseUrl().toStdString(), "--service", "AWSLambda",
                                      "--region", "eu-west-2", "--catalog", catalogue, "--json"},
                                     out, err);
        QVERIFY2(code == 0, err.str().c_str());
        const auto result = nlohmann::json::parse(out.str());
        QCOMPARE(result.at("status").get<std::string>(), std::string("inactive"));
        QCOMPARE(result.at("report").at("recordsRead").get<int>(), 15);
        // Carried over from the bundled AWS version: rows the file does not price.
        QVERIFY(result.at("report").at("rowsCarriedOver").get<int>() > 100);
        QVERIFY2(err.str().find("downloading AWSLambda eu-west-2") != std::string::npos,
                 err.str().c_str());
    }
};

QTEST_GUILESS_MAIN(TestPriceUpdate)
#include "tst_priceupdate.moc"

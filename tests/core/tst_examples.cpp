#include "TestCatalogues.h"
#include "core/DesignFile.h"

#include <QTest>

#include <filesystem>

using namespace rs;

namespace {

std::vector<std::filesystem::path> exampleFiles()
{
    std::vector<std::filesystem::path> files;
    for (const auto& entry :
         std::filesystem::directory_iterator(test::sourcePath("resources/examples"))) {
        if (entry.path().extension() == ".json")
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

Design load(const std::string& name)
{
    auto loaded =
        loadDesignFile(test::sourcePath("resources/examples/" + name), test::builtInCatalogues());
    if (!loaded)
        qFatal("%s: %s", name.c_str(), loaded.errors().front().toString().c_str());
    return std::move(loaded).value();
}

std::size_t countKind(const Design& d, const std::string& kind)
{
    return std::count_if(d.services.begin(), d.services.end(),
                         [&](const auto& s) { return s.second.kind == kind; });
}

std::size_t countLinks(const Design& d, LinkKind kind)
{
    return std::count_if(d.links.begin(), d.links.end(),
                         [&](const auto& l) { return l.second.kind == kind; });
}

} // namespace

class TestExamples : public QObject
{
    Q_OBJECT

private slots:
    void everyExampleLoadsAndRoundTrips_data()
    {
        QTest::addColumn<QString>("path");
        const auto files = exampleFiles();
        QVERIFY(files.size() >= 6);
        for (const auto& f : files)
            QTest::newRow(f.filename().c_str()) << QString::fromStdString(f.string());
    }

    void everyExampleLoadsAndRoundTrips()
    {
        QFETCH(QString, path);
        const auto loaded = loadDesignFile(path.toStdString(), test::builtInCatalogues());
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.errors().front().toString().c_str());
        const auto saved = writeDesign(loaded.value());
        const auto again = readDesign(saved, test::builtInCatalogues());
        QVERIFY(again.ok());
        QCOMPARE(writeDesign(again.value()), saved);
        QVERIFY(!loaded.value().description.empty());
    }

    void singleRegionApiIsTheBeforePicture()
    {
        const auto d = load("01-single-region-api.json");
        QCOMPARE(d.regions.size(), std::size_t{1});
        QCOMPARE(d.regions.begin()->second.trafficPercent, 100.0);
        QVERIFY(countKind(d, "aws.api-gateway") >= 1);
        QVERIFY(countKind(d, "aws.lambda") >= 1);
        QVERIFY(countKind(d, "aws.dynamodb") >= 1);
        QVERIFY(countKind(d, "aws.s3") >= 1);
        QCOMPARE(countLinks(d, LinkKind::Replication), std::size_t{0});
    }

    void activePassiveMatchesWorkedExampleA()
    {
        const auto d = load("02-aws-active-passive.json");
        QCOMPARE(d.regions.size(), std::size_t{2});
        const auto roles = std::count_if(d.regions.begin(), d.regions.end(), [](const auto& r) {
            return r.second.role == RegionRole::WarmStandby;
        });
        QCOMPARE(roles, 1);
        QCOMPARE(countKind(d, "aws.route53"), std::size_t{1});
        QCOMPARE(countKind(d, "aws.dynamodb"), std::size_t{2});
        QVERIFY(countLinks(d, LinkKind::HealthCheck) >= 2);
        QVERIFY(countLinks(d, LinkKind::Replication) >= 2); // table and bucket
        const auto& r53 = std::find_if(d.services.begin(), d.services.end(), [](const auto& s) {
                              return s.second.kind == "aws.route53";
                          })->second;
        const auto value = [&](const char* name) {
            const auto it = r53.properties.find(name);
            return it == r53.properties.end() ? propertyNumber(test::builtInCatalogues()
                                                                   .services.find("aws.route53")
                                                                   ->property(name)
                                                                   ->defaultValue)
                                              : propertyNumber(it->second);
        };
        // resilience-model.md §6.6 example A: 30 s interval, threshold 3, TTL 60.
        QCOMPARE(value("healthCheckIntervalSeconds"), 30.0);
        QCOMPARE(value("failureThreshold"), 3.0);
        QCOMPARE(value("ttlSeconds"), 60.0);
    }

    void activeActiveSpansThreeRegions()
    {
        const auto d = load("03-aws-active-active.json");
        QCOMPARE(d.regions.size(), std::size_t{3});
        for (const auto& [id, r] : d.regions)
            QCOMPARE(r.role, RegionRole::Active);
        QCOMPARE(countKind(d, "aws.dynamodb"), std::size_t{3});
        QCOMPARE(d.targets.tier, Tier::MissionCritical);
    }

    void azureAndGoogleExamplesUseTheirProviders()
    {
        const auto azure = load("04-azure-active-active.json");
        QVERIFY(countKind(azure, "azure.cosmos-db") >= 2);
        QVERIFY(countKind(azure, "azure.front-door") == 1);
        QCOMPARE(azure.targets.residency, Residency::Jurisdictions);
        const auto gcp = load("05-gcp-global.json");
        QVERIFY(countKind(gcp, "gcp.spanner") >= 1);
        QVERIFY(countKind(gcp, "gcp.cloud-run") >= 3);
    }

    void paymentsProtectTheWriterStore()
    {
        const auto d = load("06-payments-aurora.json");
        QVERIFY(countKind(d, "aws.aurora-global") >= 2);
        QVERIFY(!d.targets.noLostUpdates.empty());
        QCOMPARE(d.service(d.targets.noLostUpdates.front())->kind,
                 std::string("aws.aurora-global"));
        QCOMPARE(d.operations.decision, FailoverDecision::Manual);
    }
};

QTEST_GUILESS_MAIN(TestExamples)
#include "tst_examples.moc"

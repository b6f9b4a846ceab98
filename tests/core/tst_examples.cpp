#include "TestCatalogues.h"
#include "core/DesignFile.h"
#include "core/DesignIndex.h"
#include "core/analysis/Analysis.h"
#include "core/resilience/Scenario.h"
#include "core/rules/RuleCatalogue.h"

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

/// Error findings by rule id: "RES-010 x2, RES-017 x2".
QString errorsOf(const Design& d)
{
    std::map<std::string, int> counts;
    for (const auto& f : checkDesign(DesignIndex(d, test::builtInCatalogues()))) {
        if (f.severity == Severity::Error)
            ++counts[f.ruleId];
    }
    QStringList parts;
    for (const auto& [rule, n] : counts)
        parts << QString("%1 x%2").arg(QString::fromStdString(rule)).arg(n);
    return parts.join(", ");
}

ScenarioResult regionLoss(const Design& d, const std::string& region)
{
    return simulate(DesignIndex(d, test::builtInCatalogues()),
                    {DisruptionKind::RegionDown, region});
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

    void examplesHaveTheErrorsTheirDesignImplies_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("errors");
        // 01: the table and the bucket live in one region with no replica and no backup kept
        // elsewhere (RES-017). RES-010 no longer reports the same stores for the same cause.
        QTest::newRow("01") << "01-single-region-api.json"
                            << "RES-017 x2";
        // 02: the orders table is a DynamoDB global table (MREC), which publishes no bound on
        // its lag, only "typically within 1 s" (S26): it cannot promise the 15 min region RPO,
        // as the us-east-1 loss says (unbounded).
        QTest::newRow("02") << "02-aws-active-passive.json"
                            << "RES-010 x1";
        // 03: one Cognito user pool in us-east-1 signs in users of eu-west-1 and ap-southeast-1;
        // the global table promises no bound against the 5 s RPO (issue 21: a typical lag was
        // taken for the RPO).
        QTest::newRow("03") << "03-aws-active-active.json"
                            << "RES-004 x2, RES-010 x1";
        QTest::newRow("04") << "04-azure-active-active.json"
                            << "";
        QTest::newRow("05") << "05-gcp-global.json"
                            << "";
        // 06: the Aurora writer must never lose an update but replicates asynchronously (~1 s);
        // Route 53's health checks send users to eu-west-1's read-only secondary on their own,
        // before the promotion the runbook orders (RES-028, skipped before whenever a runbook
        // existed).
        QTest::newRow("06") << "06-payments-aurora.json"
                            << "RES-010 x1, RES-028 x1";
    }

    void examplesHaveTheErrorsTheirDesignImplies()
    {
        QFETCH(QString, file);
        QFETCH(QString, errors);
        QCOMPARE(errorsOf(load(file.toStdString())), errors);
    }

    void exampleRegionLossesMatchTheirRouters_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("region");
        QTest::addColumn<double>("worstRto");
        QTest::addColumn<double>("expectedRto");
        QTest::addColumn<double>("rpoBound"); // -1: unbounded
        QTest::addColumn<double>("rpoTypical");
        QTest::addColumn<double>("writesAtRisk");
        QTest::addColumn<double>("writesAtRiskTypical");

        // 02: Route 53 30 s x 3 + TTL 60 s = 150 s worst, 90 + 30 = 120 s expected. The orders
        // table (DynamoDB MREC) publishes no bound, only "within 1 s" (S26): unbounded. Writes
        // per store: 600 req/s x 100 % share x min(20 % writes, calls into the store):
        // bucket 600 x 0.05 = 30/s x its RTC bound 900 s = 27,000; table 600 x 0.2 = 120/s x
        // its typical 1 s = 120 (the bucket's typical is its bound: 27,000 + 120 = 27,120).
        QTest::newRow("02 us-east-1")
            << "02-aws-active-passive.json"
            << "use1" << 150.0 << 120.0 << -1.0 << 900.0 << 27000.0 << 27120.0;
        // 03: CloudFront has no origin group, so Route 53's checks move users: 10 s x 3 = 30 s
        // + TTL 60 s = 90 s worst, 30 + 30 = 60 s expected. DynamoDB MREC: unbounded,
        // typically 1 s; 1,500 req/s x 35 % x min(15 %, 2 + 0.3 calls) = 78.75/s x 1 s.
        QTest::newRow("03 eu-west-1") << "03-aws-active-active.json"
                                      << "euw1" << 90.0 << 60.0 << -1.0 << 1.0 << 0.0 << 78.75;
        // 04: Front Door 30 s x (4 - 3 + 1) = 60 s; Cosmos DB session consistency publishes
        // < 15 min (S33): bound 900 s; 450 req/s x 50 % x min(30 %, 2 + 0.6) = 67.5/s x 900 s.
        QTest::newRow("04 north europe")
            << "04-azure-active-active.json"
            << "neu" << 60.0 << 60.0 << 900.0 << 900.0 << 60750.0 << 60750.0;
        // 05: Cloud Run backends take no health check (RES-049); the load balancer's outlier
        // detection ejects europe-west1 at its next 1 s sweep, anycast has no DNS to wait for:
        // 1 s worst and expected. Spanner quorum: 0.
        QTest::newRow("05 europe-west1") << "05-gcp-global.json"
                                         << "euw1" << 1.0 << 1.0 << 0.0 << 0.0 << 0.0 << 0.0;
        // 06: Route 53's health checks move users by themselves (10 s x 3 = 30 s, TTL 60 s);
        // the manual decision (600 s) starts Aurora's failover (60 s), so writes resume at
        // 30 + max(60, 600 + 60) = 690 s, worst and expected alike. rds.global_db_rpo = 20 s
        // bounds the RPO (S28), typically 1 s; 300 req/s x min(40 %, 4 + 0.8) = 120/s:
        // 2,400 writes at the bound, 120 typically.
        QTest::newRow("06 eu-central-1")
            << "06-payments-aurora.json"
            << "euc1" << 690.0 << 690.0 << 20.0 << 1.0 << 2400.0 << 120.0;
    }

    void exampleRegionLossesMatchTheirRouters()
    {
        QFETCH(QString, file);
        QFETCH(QString, region);
        QFETCH(double, worstRto);
        QFETCH(double, expectedRto);
        QFETCH(double, rpoBound);
        QFETCH(double, rpoTypical);
        QFETCH(double, writesAtRisk);
        QFETCH(double, writesAtRiskTypical);
        const auto s = regionLoss(load(file.toStdString()), region.toStdString());
        QVERIFY(s.rto.has_value());
        QCOMPARE(s.rto->worst.value(), worstRto);
        QCOMPARE(s.rto->expected.value(), expectedRto);
        QCOMPARE(s.dataLossUnbounded, rpoBound < 0.0);
        if (rpoBound >= 0.0)
            QCOMPARE(s.rpo->value(), rpoBound);
        QVERIFY(s.rpoTypical.has_value());
        QCOMPARE(s.rpoTypical->value(), rpoTypical);
        QCOMPARE(s.writesAtRisk, writesAtRisk);
        QCOMPARE(s.writesAtRiskTypical, writesAtRiskTypical);
    }

    void everyExampleZoneLossMeetsTheZoneTargets()
    {
        // Every regional service of the six examples is zone-redundant (the catalogue's
        // defaults or set so): a zone loss loses nothing (RPO 0) and affects no user (RTO 0),
        // except where a single writer instance must move to another zone: 06's Aurora writer
        // in eu-central-1 (two instances per region) fails over to its replica in 30 s (Amazon
        // Aurora FAQs), within the 1 min zone RTO 06 sets.
        for (const auto* name : {"01-single-region-api.json", "02-aws-active-passive.json",
                                 "03-aws-active-active.json", "04-azure-active-active.json",
                                 "05-gcp-global.json", "06-payments-aurora.json"}) {
            const auto design = load(name);
            const DesignIndex index(design, test::builtInCatalogues());
            for (const auto& d : allDisruptions(index)) {
                if (d.kind != DisruptionKind::ZoneDown)
                    continue;
                const auto s = simulate(index, d);
                const bool auroraWriter =
                    std::string(name) == "06-payments-aurora.json" && d.elementId == "euc1";
                QVERIFY2(s.rto && s.rto->worst.value() == (auroraWriter ? 30.0 : 0.0), name);
                QVERIFY2(s.rpo.value_or(0.0 * units::seconds).value() == 0.0, name);
                QVERIFY2(judgeScenario(s).targetsMet(), name);
            }
        }
    }

    void aCorruptedLedgerIsRestoredFromItsPointInTimeLog()
    {
        // 06: a bad write to the ledger replicates to eu-west-1 as well, so only a restore
        // undoes it: 2,000 GB / 100 GB/h (assumed rate) = 72,000 s + 900 s redeploy = 72,900 s;
        // Aurora point-in-time granularity 300 s; 300 rps x 40 % writes x 300 s = 36,000
        // writes at risk. Against the 900 s / 30 s region targets both are missed.
        const auto design = load("06-payments-aurora.json");
        const auto s = simulate(DesignIndex(design, test::builtInCatalogues()),
                                {DisruptionKind::DataCorruption, "ledger-euc1"});
        QCOMPARE(s.rto->worst.value(), 72900.0);
        QCOMPARE(s.rpo->value(), 300.0);
        QCOMPARE(s.writesAtRisk, 36000.0);
        QVERIFY(!judgeScenario(s).rtoMet);
        QVERIFY(!judgeScenario(s).rpoMet);
    }

    void aSharedUserPoolTakesEveryRegionDownWithIt()
    {
        // 03: every region's API authenticates with the one pool in us-east-1 (RES-004).
        const auto s = regionLoss(load("03-aws-active-active.json"), "use1");
        QVERIFY(!s.rto.has_value());
        QVERIFY(
            std::none_of(s.flows.begin(), s.flows.end(), [](const auto& f) { return f.survives; }));
    }
};

QTEST_GUILESS_MAIN(TestExamples)
#include "tst_examples.moc"

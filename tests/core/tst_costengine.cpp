#include "DesignBuilder.h"
#include "MoneyLiteral.h"
#include "PriceRows.h"
#include "TestCatalogues.h"
#include "core/DesignFile.h"
#include "core/cost/CostEngine.h"

#include <QTest>

using namespace rs;
using test::book;
using test::DesignBuilder;
using test::money;
using test::row;

namespace {

/// Lambda's rows: $0.20 per million requests and $0.0000166667 per GB-second, after the
/// account-wide 1 M requests and 400,000 GB-seconds a month.
std::vector<PriceRow> lambdaRows(const std::vector<std::string>& regions)
{
    std::vector<PriceRow> rows{
        row("aws.lambda.free-requests", "global", "request", "0", 0.0, 1e6),
        row("aws.lambda.free-duration", "global", "GB-second", "0", 0.0, 4e5)};
    for (const auto& r : regions) {
        rows.push_back(row("aws.lambda.requests", r, "request", "0.0000002"));
        rows.push_back(row("aws.lambda.duration-x86", r, "GB-second", "0.0000166667"));
    }
    return rows;
}

/// Route 53 in front of API Gateway + Lambda (1 GB, 100 ms) in each region.
DesignBuilder serverless(const std::vector<std::pair<std::string, double>>& regions,
                         double requestsPerMonth)
{
    DesignBuilder b;
    b.service("dns", "aws.route53");
    for (const auto& [id, traffic] : regions) {
        const auto code = id == "use1" ? "us-east-1" : "us-west-2";
        if (traffic > 0.0)
            b.region(id, code, traffic);
        else
            b.region(id, code, 0, RegionRole::WarmStandby, 100);
        b.service("api-" + id, "aws.api-gateway", id)
            .service("fn-" + id, "aws.lambda", id,
                     {{"memoryMb", std::int64_t{1024}}, {"avgDurationMs", 100.0}})
            .link("dns", "api-" + id, LinkKind::Route)
            .link("api-" + id, "fn-" + id, LinkKind::Request, 2048);
    }
    b.design().workload.requestsPerMonth = requestsPerMonth * units::requests;
    return b;
}

const CostLine* find(const CostEstimate& e, const std::string& element, UsageKind usage)
{
    for (const auto& l : e.lines) {
        if (l.elementId == element && l.usage == usage)
            return &l;
    }
    return nullptr;
}

bool cites(const CostLine& line, const std::string& key, const std::string& toRegion = {})
{
    return std::any_of(line.cited.begin(), line.cited.end(), [&](const PriceRow& r) {
        return r.key == key && (toRegion.empty() || r.toRegion == toRegion);
    });
}

/// Workload A's data path: a DynamoDB global table in two regions; 10 M requests, 20 % writes
/// of 1 KB: 2 M writes in us-east-1, applied again in us-west-2; 2.048 GB replicated.
Design replicatedTable()
{
    DesignBuilder b;
    b.region("use1", "us-east-1", 100)
        .region("usw2", "us-west-2", 0, RegionRole::WarmStandby, 100)
        .service("dns", "aws.route53")
        .service("api", "aws.api-gateway", "use1")
        .service("fn", "aws.lambda", "use1")
        .link("dns", "api", LinkKind::Route)
        .link("api", "fn", LinkKind::Request, 2048);
    for (const std::string r : {"use1", "usw2"})
        b.service("db-" + r, "aws.dynamodb", r,
                  {{"replicationMode", std::string("async")}, {"writeMode", std::string("multi")}});
    b.link("fn", "db-use1", LinkKind::Request, 1024)
        .link("db-use1", "db-usw2", LinkKind::Replication, 1024);
    auto& w = b.design().workload;
    w.requestsPerMonth = 10'000'000.0 * units::requests;
    w.writePercent = 20.0;
    return b.build();
}

/// The account-level free tiers counted, as a design that sets "freeTiers": true asks.
CostOptions withFreeTiers()
{
    CostOptions o;
    o.freeTiers = true;
    return o;
}

} // namespace

class TestCostEngine : public QObject
{
    Q_OBJECT

private slots:
    void lambdaIsChargedAfterTheFreeAllowance()
    {
        const auto design = serverless({{"use1", 100}}, 10'000'000).build();
        const auto prices = book(lambdaRows({"us-east-1"}));
        const auto e =
            estimateCost(DesignIndex(design, test::builtInCatalogues()), prices, withFreeTiers());
        // 10 M invocations, 1 M free: 9 M x $0.0000002 = $1.80.
        const auto* requests = find(e, "fn-use1", UsageKind::Invocations);
        QVERIFY(requests);
        QCOMPARE(requests->quantity, 1e7);
        QCOMPARE(requests->amount, money("1.80"));
        QVERIFY(cites(*requests, "aws.lambda.free-requests"));
        QVERIFY(cites(*requests, "aws.lambda.requests"));
        QCOMPARE(requests->bookVersion, std::string("test-1"));
        // 10 M x 1 GB x 0.1 s = 1,000,000 GB-s, 400,000 free:
        // 600,000 x $0.0000166667 = $10.00002, exact to the micro-dollar.
        const auto* duration = find(e, "fn-use1", UsageKind::ComputeGbSeconds);
        QVERIFY(duration);
        QCOMPARE(duration->amount, money("10.00002"));
        QCOMPARE(duration->amount.toString(2), std::string("10.00"));
        // Everything is in the one region: baseline.
        QCOMPARE(requests->category, CostCategory::Baseline);
        QCOMPARE(e.byCategory.at(CostCategory::Baseline), money("11.80002"));
        QCOMPARE(e.total, money("11.80002"));
    }

    void theFreeAllowanceIsTakenOnceAcrossRegions()
    {
        // 2 M requests split 50/50: 1 M invocations in each region. us-east-1 (id "use1") comes
        // first and takes the whole free 1 M; us-west-2 pays 1 M x $0.0000002 = $0.20.
        const auto design = serverless({{"use1", 50}, {"usw2", 50}}, 2'000'000).build();
        const auto prices = book(lambdaRows({"us-east-1", "us-west-2"}));
        const auto e =
            estimateCost(DesignIndex(design, test::builtInCatalogues()), prices, withFreeTiers());
        const auto* east = find(e, "fn-use1", UsageKind::Invocations);
        const auto* west = find(e, "fn-usw2", UsageKind::Invocations);
        QVERIFY(east && west);
        QCOMPARE(east->amount, Money());
        QCOMPARE(west->amount, money("0.20"));
        QVERIFY(!cites(*west, "aws.lambda.free-requests"));
        // GB-seconds: 100,000 per region; the 400,000 free cover both.
        QCOMPARE(find(e, "fn-usw2", UsageKind::ComputeGbSeconds)->amount, Money());
    }

    void lambdaWithoutFreeTiersReferenceCheck()
    {
        // 60 M invocations of 1,024 MB for 28 ms, no free tier (the default):
        //   requests 60 M x $0.20 per million = $12.00
        //   compute  60e6 x 0.028 s x 1 GB = 1.68 M GB-s x $0.0000166667 = $28.000056 -> 28.00
        auto b = serverless({{"use1", 100}}, 60'000'000);
        b.design().services.at(ServiceId("fn-use1")).properties["avgDurationMs"] = 28.0;
        const auto e = estimateCost(DesignIndex(b.build(), test::builtInCatalogues()),
                                    book(lambdaRows({"us-east-1"})));
        const auto* requests = find(e, "fn-use1", UsageKind::Invocations);
        const auto* compute = find(e, "fn-use1", UsageKind::ComputeGbSeconds);
        QVERIFY(requests && compute);
        QCOMPARE(requests->amount.toString(2), std::string("12.00"));
        QCOMPARE(compute->quantity, 1.68e6);
        QCOMPARE(compute->amount.toString(2), std::string("28.00"));
        QVERIFY(!cites(*requests, "aws.lambda.free-requests"));
        QVERIFY(!cites(*compute, "aws.lambda.free-duration"));
    }

    void theDesignDecidesAndTheOptionsOverride()
    {
        // 10 M requests: 1 M free when counted, so $1.80 instead of $2.00.
        auto b = serverless({{"use1", 100}}, 10'000'000);
        b.design().assumptions.freeTiers = true;
        const auto design = b.build();
        const auto prices = book(lambdaRows({"us-east-1"}));
        const DesignIndex index(design, test::builtInCatalogues());
        QCOMPARE(find(estimateCost(index, prices), "fn-use1", UsageKind::Invocations)->amount,
                 money("1.80"));
        CostOptions off;
        off.freeTiers = false; // resilience estimate --no-free-tiers
        QCOMPARE(find(estimateCost(index, prices, off), "fn-use1", UsageKind::Invocations)->amount,
                 money("2.00"));
    }

    void aFreeFirstBandIsPaidWithoutFreeTiers()
    {
        // A paid key whose first band is a $0 allowance (AWS files price some so): 0-5 GB
        // free, then $0.09. Without free tiers 20 GB pay 20 x $0.09 = $1.80; with them
        // 15 x $0.09 = $1.35.
        auto b = serverless({{"use1", 100}}, 1'000'000);
        b.design().workload.responseSize = 20'000.0 * units::bytes;
        const auto design = b.build();
        auto free = row("aws.data-transfer.internet-egress", "us-east-1", "GB", "0", 0.0, 5.0);
        free.freeTier = true;
        const auto prices =
            book({free, row("aws.data-transfer.internet-egress", "us-east-1", "GB", "0.09", 5.0)});
        const DesignIndex index(design, test::builtInCatalogues());
        QCOMPARE(find(estimateCost(index, prices), "use1", UsageKind::InternetEgressGb)->amount,
                 money("1.80"));
        QCOMPARE(
            find(estimateCost(index, prices, withFreeTiers()), "use1", UsageKind::InternetEgressGb)
                ->amount,
            money("1.35"));
    }

    void cosmosDbsFreeTierCountsOnlyWhereTheAccountOptedIn()
    {
        // 100 GB stored (the workload default) at $0.25 per GB-month; the opt-in free tier
        // covers 25 GB: $25.00 without it, 75 x $0.25 = $18.75 with it, whatever the design's
        // freeTiers says.
        const auto build = [](bool optedIn) {
            DesignBuilder b;
            b.region("weu", "westeurope", 100, RegionRole::Active, 0, Provider::Azure)
                .service("db", "azure.cosmos-db", "weu", {{"freeTier", optedIn}});
            return b.build();
        };
        const auto prices =
            book({row("azure.cosmos-db.storage", "westeurope", "GB-month", "0.25"),
                  row("azure.cosmos-db.free-storage", "global", "GB-month", "0", 0.0, 25.0)});
        const auto storage = [&](const Design& d, const CostOptions& o) {
            const auto e = estimateCost(DesignIndex(d, test::builtInCatalogues()), prices, o);
            return find(e, "db", UsageKind::StorageGbMonth)->amount;
        };
        QCOMPARE(storage(build(false), withFreeTiers()), money("25.00"));
        QCOMPARE(storage(build(true), CostOptions{}), money("18.75"));
    }

    void anActiveActiveDesignSplitsBaselineAndRedundancy()
    {
        // Equal shares: the home region is the lowest id, use1; the other region's services
        // are what redundancy adds. Route 53 (global) belongs to the baseline.
        const auto design = serverless({{"use1", 50}, {"usw2", 50}}, 20'000'000).build();
        const auto prices = book(lambdaRows({"us-east-1", "us-west-2"}));
        const auto e = estimateCost(DesignIndex(design, test::builtInCatalogues()), prices);
        QCOMPARE(find(e, "fn-use1", UsageKind::Invocations)->category, CostCategory::Baseline);
        QCOMPARE(find(e, "fn-usw2", UsageKind::Invocations)->category, CostCategory::Redundancy);
        QCOMPARE(find(e, "dns", UsageKind::ApiRequests)->category, CostCategory::Baseline);
        // No free tiers (the default): 10 M requests each, 10 M x $0.0000002 = $2.00; GB-s
        // 10 M x 1 GB x 0.1 s = 1,000,000 each, x $0.0000166667 = $16.6667. Each region
        // $18.6667: use1 as baseline, usw2 as redundancy; $37.3334 in all.
        QCOMPARE(e.byCategory.at(CostCategory::Baseline), money("18.6667"));
        QCOMPARE(e.byCategory.at(CostCategory::Redundancy), money("18.6667"));
        QCOMPARE(e.byRegion.at("us-west-2"), money("18.6667"));
        QCOMPARE(e.total, money("37.3334"));
    }

    void replicatedWritesAreChargedInTheReplicaRegion()
    {
        const auto design = replicatedTable();
        const auto prices = book(
            {row("aws.dynamodb.replicated-write-request-units", "us-west-2", "RU", "0.000000625"),
             row("aws.dynamodb.write-request-units", "us-east-1", "RU", "0.000000625")});
        const auto e = estimateCost(DesignIndex(design, test::builtInCatalogues()), prices);
        // 2 M replicated writes x $0.000000625 = $1.25, in us-west-2: the global table's
        // managed-service premium (DESIGN.md names replicated writes of global tables as one).
        const auto* replicated = find(e, "db-usw2", UsageKind::ReplicatedWriteUnits);
        QVERIFY(replicated);
        QCOMPARE(replicated->region, std::string("us-west-2"));
        QCOMPARE(replicated->amount, money("1.25"));
        QCOMPARE(replicated->category, CostCategory::Premium);
        // The source's own writes are baseline: 2 M x $0.000000625 = $1.25.
        QCOMPARE(find(e, "db-use1", UsageKind::WriteUnits)->category, CostCategory::Baseline);
        QCOMPARE(e.byCategory.at(CostCategory::Premium), money("1.25"));
    }

    void interRegionTransferPrefersTheExactDestination()
    {
        const auto design = replicatedTable();
        const DesignIndex index(design, test::builtInCatalogues());
        const std::string link = "l-db-use1-db-usw2-replication";
        // 2.048 GB to us-west-2: exact row $0.02 -> $0.04096.
        const auto exact =
            estimateCost(index, book({row("aws.data-transfer.inter-region", "us-east-1", "GB",
                                          "0.02", 0.0, std::nullopt, "us-west-2"),
                                      row("aws.data-transfer.inter-region", "us-east-1", "GB",
                                          "0.05", 0.0, std::nullopt, "*")}));
        const auto* line = find(exact, link, UsageKind::ReplicationGb);
        QVERIFY(line);
        QCOMPARE(line->amount, money("0.04096"));
        QVERIFY(cites(*line, "aws.data-transfer.inter-region", "us-west-2"));
        QCOMPARE(line->category, CostCategory::ReplicationAndEgress);
        // Only "any other region": 2.048 GB x $0.05 = $0.1024.
        const auto star =
            estimateCost(index, book({row("aws.data-transfer.inter-region", "us-east-1", "GB",
                                          "0.05", 0.0, std::nullopt, "*")}));
        line = find(star, link, UsageKind::ReplicationGb);
        QCOMPARE(line->amount, money("0.1024"));
        QVERIFY(cites(*line, "aws.data-transfer.inter-region", "*"));
    }

    void transferBetweenRegionPairsAtTheReferencePrices_data()
    {
        QTest::addColumn<QString>("gateway");
        QTest::addColumn<QString>("compute");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("expected");
        // 1 M requests x 1 call x 1,000,000 B = 1,000 GB from `from` to `to`, priced by the
        // sending region at reference/pricing-facts.md's figures.
        const auto aws = [](const char* name, const char* from, const char* to, const char* usd) {
            QTest::newRow(name) << "aws.api-gateway"
                                << "aws.lambda" << from << to << usd;
        };
        aws("aws us-east-1 > us-east-2 ($0.01)", "us-east-1", "us-east-2", "10.00");
        aws("aws us-east-1 > eu-west-1 ($0.02)", "us-east-1", "eu-west-1", "20.00");
        aws("aws eu-west-1 > us-east-1 ($0.02)", "eu-west-1", "us-east-1", "20.00");
        aws("aws ap-southeast-1 > us-east-1 ($0.09)", "ap-southeast-1", "us-east-1", "90.00");
        aws("aws ap-southeast-1 > eu-west-1 ($0.09)", "ap-southeast-1", "eu-west-1", "90.00");
        const auto azure = [](const char* name, const char* from, const char* to, const char* usd) {
            QTest::newRow(name) << "azure.api-management"
                                << "azure.functions" << from << to << usd;
        };
        azure("azure westeurope > northeurope ($0.02)", "westeurope", "northeurope", "20.00");
        azure("azure northeurope > eastus ($0.05)", "northeurope", "eastus", "50.00");
        azure("azure eastus > westeurope ($0.05)", "eastus", "westeurope", "50.00");
        // Google bills GiB: 1,000 GB = 931.32257 GiB x $0.02 = $18.6265.
        QTest::newRow("gcp us-central1 > us-east1 ($0.02/GiB)") << "gcp.api-gateway"
                                                                << "gcp.cloud-run-functions"
                                                                << "us-central1"
                                                                << "us-east1"
                                                                << "18.63";
    }

    void transferBetweenRegionPairsAtTheReferencePrices()
    {
        QFETCH(QString, gateway);
        QFETCH(QString, compute);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, expected);
        const auto provider =
            enumFromName<Provider>(gateway.section('.', 0, 0).toStdString()).value();
        DesignBuilder b;
        b.region("a", from.toStdString(), 100, RegionRole::Active, 0, provider)
            .region("b", to.toStdString(), 0, RegionRole::WarmStandby, 100, provider)
            .service("api", gateway.toStdString(), "a")
            .service("fn", compute.toStdString(), "a")
            .service("far", compute.toStdString(), "b")
            .link("api", "fn", LinkKind::Request)
            .link("fn", "far", LinkKind::Request, 1'000'000);
        b.design().workload.requestsPerMonth = 1'000'000.0 * units::requests;
        const auto bundled = book(test::bundledRows());
        const auto e = estimateCost(DesignIndex(b.design(), test::builtInCatalogues()), bundled);
        const CostLine* transfer = nullptr;
        for (const auto& l : e.lines) {
            if (l.usage == UsageKind::CrossRegionGb)
                transfer = &l;
        }
        QVERIFY(transfer);
        QVERIFY2(!transfer->unpriced, transfer->reason.c_str());
        QCOMPARE(transfer->region, from.toStdString());
        QCOMPARE(transfer->toRegion, to.toStdString());
        QCOMPARE(transfer->quantity, 1000.0);
        QCOMPARE(transfer->amount.toString(2), expected.toStdString());
        QCOMPARE(transfer->category, CostCategory::ReplicationAndEgress);
    }

    void healthChecksAreBilledToTheRouterPerEndpoint()
    {
        // Route 53 checks both gateways: 2 checks x $0.50 a month = $1.00, once, globally.
        auto b = serverless({{"use1", 100.0}, {"usw2", 0.0}}, 1e6);
        b.link("dns", "api-use1", LinkKind::HealthCheck)
            .link("dns", "api-usw2", LinkKind::HealthCheck);
        const auto prices = book({row("aws.route53.health-check-aws", "global", "month", "0.50")});
        const auto e = estimateCost(DesignIndex(b.build(), test::builtInCatalogues()), prices);
        const auto* checks = find(e, "dns", UsageKind::HealthChecks);
        QVERIFY(checks);
        QVERIFY2(!checks->unpriced, checks->reason.c_str());
        QCOMPARE(checks->region, std::string("global"));
        QCOMPARE(checks->quantity, 2.0);
        QCOMPARE(checks->amount, money("1.00"));
        QCOMPARE(checks->category, CostCategory::Premium);
    }

    void tieredEgressCrossesABand()
    {
        // 1 M responses x 20,000 bytes = 20 GB out of us-east-1. The first 5 GB are free
        // (account-wide); 10 GB at $0.09 = $0.90 and 5 GB at $0.085 = $0.425: $1.325.
        auto b = serverless({{"use1", 100}}, 1'000'000);
        b.design().workload.responseSize = 20'000.0 * units::bytes;
        const auto design = b.build();
        const auto prices =
            book({row("aws.data-transfer.free-internet-egress", "global", "GB", "0", 0.0, 5.0),
                  row("aws.data-transfer.internet-egress", "us-east-1", "GB", "0.09", 0.0, 10.0),
                  row("aws.data-transfer.internet-egress", "us-east-1", "GB", "0.085", 10.0)});
        const auto e =
            estimateCost(DesignIndex(design, test::builtInCatalogues()), prices, withFreeTiers());
        const auto* egress = find(e, "use1", UsageKind::InternetEgressGb);
        QVERIFY(egress);
        QCOMPARE(egress->quantity, 20.0);
        QCOMPARE(egress->amount, money("1.325"));
        QCOMPARE(egress->cited.size(), std::size_t{3});
        QCOMPARE(egress->category, CostCategory::Baseline);
    }

    void usageWithoutAPriceIsReportedUnpriced()
    {
        // Prices for us-east-1 only; the function runs in us-west-2, and strict prices keep
        // us-east-1's from standing in (tst_borrowedprices has them standing in).
        auto b = serverless({{"usw2", 100}}, 10'000'000);
        const auto design = b.build();
        CostOptions strict;
        strict.strictPrices = true;
        const auto e = estimateCost(DesignIndex(design, test::builtInCatalogues()),
                                    book(lambdaRows({"us-east-1"})), strict);
        const auto* line = find(e, "fn-usw2", UsageKind::Invocations);
        QVERIFY(line);
        QVERIFY(line->unpriced);
        QCOMPARE(line->amount, Money());
        QVERIFY(line->reason.find("aws.lambda.requests") != std::string::npos);
        QVERIFY(line->reason.find("us-west-2") != std::string::npos);
        // Nothing is dropped: the API, Route 53 and egress are unpriced lines too.
        QVERIFY(e.unpricedCount >= 4);
        QCOMPARE(e.total, Money());
    }

    void theBundledTableCitesItsRows()
    {
        auto loaded =
            loadDesignFile(test::sourcePath("resources/examples/02-aws-active-passive.json"),
                           test::builtInCatalogues());
        QVERIFY(loaded);
        auto design = std::move(loaded).value();
        const auto prices = book(test::bundledRows());
        const auto requestRow = [&](const Design& d) -> std::optional<PriceRow> {
            const auto e = estimateCost(DesignIndex(d, test::builtInCatalogues()), prices);
            const auto* line = find(e, "fn-use1", UsageKind::Invocations);
            if (!line || line->region != "us-east-1" || line->unpriced)
                return std::nullopt;
            // 200 M requests: past the free 1 M, the paid band is the last row cited.
            return line->cited.back();
        };
        // Example 02's function runs on Arm.
        const auto arm = requestRow(design);
        QVERIFY(arm);
        QCOMPARE(arm->key, std::string("aws.lambda.requests-arm"));
        QCOMPARE(arm->price, money("0.0000002"));
        // From AWS's Lambda pricing-page file (F-AWSPP25): $0.20 per million on Arm as on x86.
        QCOMPARE(arm->source, std::string("F-AWSPP25"));
        // On x86 it cites the x86 request row.
        design.services.at(ServiceId("fn-use1")).properties["architecture"] = std::string("x86_64");
        const auto x86 = requestRow(design);
        QVERIFY(x86);
        QCOMPARE(x86->key, std::string("aws.lambda.requests"));
        QCOMPARE(x86->region, std::string("us-east-1"));
        QCOMPARE(x86->price, money("0.0000002"));
        QCOMPARE(x86->source, std::string("F-AWSPP25"));
        QCOMPARE(x86->effectiveDate, std::string("2025-06-17")); // the file's publication date
    }
};

QTEST_GUILESS_MAIN(TestCostEngine)
#include "tst_costengine.moc"

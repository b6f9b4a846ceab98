#include "DesignBuilder.h"
#include "MoneyLiteral.h"
#include "PriceRows.h"
#include "TestCatalogues.h"
#include "core/cost/CostEngine.h"
#include "core/cost/Usage.h"

#include <QTest>

using namespace rs;
using test::DesignBuilder;

namespace {

/// Worked example A's shape with explicit sizes: 10 M requests a month, all in us-east-1.
Design twoRegions()
{
    DesignBuilder b;
    b.region("use1", "us-east-1", 100)
        .region("usw2", "us-west-2", 0, RegionRole::WarmStandby, 100)
        .service("dns", "aws.route53")
        .link("dns", "api-use1", LinkKind::Route)
        .link("dns", "api-usw2", LinkKind::Route)
        .link("dns", "api-use1", LinkKind::HealthCheck)
        .link("dns", "api-usw2", LinkKind::HealthCheck);
    for (const std::string r : {"use1", "usw2"}) {
        b.service("api-" + r, "aws.api-gateway", r)
            .service("fn-" + r, "aws.lambda", r,
                     {{"memoryMb", std::int64_t{1024}}, {"avgDurationMs", 100.0}})
            .service(
                "db-" + r, "aws.dynamodb", r,
                {{"replicationMode", std::string("async")}, {"writeMode", std::string("multi")}})
            .service("q-" + r, "aws.sqs", r)
            .link("api-" + r, "fn-" + r, LinkKind::Request, 2048)
            .link("fn-" + r, "db-" + r, LinkKind::Request, 1024)
            .link("fn-" + r, "q-" + r, LinkKind::Event, 100 * 1024);
    }
    b.link("db-use1", "db-usw2", LinkKind::Replication, 1024);
    auto& w = b.design().workload;
    w.requestsPerMonth = 10'000'000.0 * units::requests;
    w.writePercent = 20.0;
    w.responseSize = 8192.0 * units::bytes;
    w.storedData = 100.0 * units::gigabytes;
    return b.build();
}

double quantity(const std::vector<UsageLine>& lines, const std::string& element, UsageKind kind,
                const std::string& region = {})
{
    double total = 0.0;
    for (const auto& l : lines) {
        if (l.elementId == element && l.kind == kind && (region.empty() || l.region == region))
            total += l.quantity;
    }
    return total;
}

bool setByDesign(const std::vector<UsageLine>& lines, const std::string& element, UsageKind kind)
{
    for (const auto& l : lines) {
        if (l.elementId == element && l.kind == kind)
            return l.setByDesign;
    }
    qFatal("no %s line for %s", std::string(enumName(kind)).c_str(), element.c_str());
}

/// A function run by a queue that nothing in the design sends to: the workload gives it no
/// calls at all.
DesignBuilder queueFedFunction()
{
    DesignBuilder b;
    b.region("use1", "us-east-1", 100)
        .service("q", "aws.sqs", "use1")
        .service("fn", "aws.lambda", "use1",
                 {{"memoryMb", std::int64_t{1024}}, {"avgDurationMs", 28.0}})
        .link("q", "fn", LinkKind::Event);
    b.design().workload.requestsPerMonth = 1'000'000.0 * units::requests;
    return b;
}

} // namespace

class TestUsage : public QObject
{
    Q_OBJECT

private slots:
    void requestsFlowFromTheEntryThroughEachLink()
    {
        const auto design = twoRegions();
        const auto calls = monthlyCalls(DesignIndex(design, test::builtInCatalogues()));
        QCOMPARE(calls.at("dns"), 1e7);
        QCOMPARE(calls.at("api-use1"), 1e7);
        QCOMPARE(calls.at("db-use1"), 1e7);
        // The standby carries nothing until a failover.
        QVERIFY(!calls.contains("api-usw2") || calls.at("api-usw2") == 0.0);
    }

    void usageIsWhatTheWorkloadAndDrawingImply()
    {
        const auto design = twoRegions();
        const auto lines = deriveUsage(DesignIndex(design, test::builtInCatalogues()));
        // Lambda: 10 M invocations x 1 GB x 0.1 s = 1 M GB-s.
        QCOMPARE(quantity(lines, "fn-use1", UsageKind::Invocations), 1e7);
        QCOMPARE(quantity(lines, "fn-use1", UsageKind::ComputeGbSeconds), 1e6);
        // DynamoDB: 20 % of 10 M calls write 1 KB (1 WRU each); 80 % read (1 RRU each).
        QCOMPARE(quantity(lines, "db-use1", UsageKind::WriteUnits), 2e6);
        QCOMPARE(quantity(lines, "db-use1", UsageKind::ReadUnits), 8e6);
        // The replica applies the same 2 M writes again, billed in us-west-2.
        QCOMPARE(quantity(lines, "db-usw2", UsageKind::ReplicatedWriteUnits, "us-west-2"), 2e6);
        // Each copy stores the data: 100 GB-month each.
        QCOMPARE(quantity(lines, "db-use1", UsageKind::StorageGbMonth), 100.0);
        QCOMPARE(quantity(lines, "db-usw2", UsageKind::StorageGbMonth), 100.0);
        // SQS: a 100 KB message is two 64 KB chunks: 20 M billed messages.
        QCOMPARE(quantity(lines, "q-use1", UsageKind::Messages), 2e7);
        // Replication: 2 M writes x 1,024 bytes = 2.048 GB from us-east-1.
        QCOMPARE(
            quantity(lines, "l-db-use1-db-usw2-replication", UsageKind::ReplicationGb, "us-east-1"),
            2.048);
        // Responses: 10 M x 8,192 bytes = 81.92 GB to the internet from us-east-1.
        QCOMPARE(quantity(lines, "use1", UsageKind::InternetEgressGb), 81.92);
        QCOMPARE(quantity(lines, "usw2", UsageKind::InternetEgressGb), 0.0);
        // Two health checks.
        double checks = 0.0;
        for (const auto& l : lines)
            checks += l.kind == UsageKind::HealthChecks ? l.quantity : 0.0;
        QCOMPARE(checks, 2.0);
    }

    void aCrossRegionCallIsTransferBetweenRegions()
    {
        DesignBuilder b;
        b.region("use1", "us-east-1", 100)
            .region("usw2", "us-west-2", 0, RegionRole::WarmStandby, 100)
            .service("api", "aws.api-gateway", "use1")
            .service("fn", "aws.lambda", "use1")
            .service("far", "aws.lambda", "usw2")
            .link("api", "fn", LinkKind::Request, 1000)
            .link("fn", "far", LinkKind::Request, 1000);
        b.design().workload.requestsPerMonth = 10'000'000.0 * units::requests;
        const auto design = b.build();
        const auto lines = deriveUsage(DesignIndex(design, test::builtInCatalogues()));
        // 10 M calls x 1,000 bytes = 10 GB from us-east-1 to us-west-2.
        const auto it = std::find_if(lines.begin(), lines.end(), [](const UsageLine& l) {
            return l.kind == UsageKind::CrossRegionGb;
        });
        QVERIFY(it != lines.end());
        QCOMPARE(it->quantity, 10.0);
        QCOMPARE(it->region, std::string("us-east-1"));
        QCOMPARE(it->toRegion, std::string("us-west-2"));
    }

    void aFunctionWithNoTrafficPathGetsNothingFromTheWorkload()
    {
        const auto design = queueFedFunction().build();
        const auto lines = deriveUsage(DesignIndex(design, test::builtInCatalogues()));
        QCOMPARE(quantity(lines, "fn", UsageKind::Invocations), 0.0);
    }

    void usageSetOnTheFunctionReplacesTheDerivedAndDrivesItsGbSeconds()
    {
        auto b = queueFedFunction();
        b.design().services.at(ServiceId("fn")).usage[UsageQuantity::Invocations] = 60e6;
        const auto design = b.build();
        const auto lines = deriveUsage(DesignIndex(design, test::builtInCatalogues()));
        QCOMPARE(quantity(lines, "fn", UsageKind::Invocations), 60e6);
        // 60 M x 1 GB x 0.028 s = 1,680,000 GB-seconds.
        QCOMPARE(quantity(lines, "fn", UsageKind::ComputeGbSeconds), 1.68e6);
        QVERIFY(setByDesign(lines, "fn", UsageKind::Invocations));
        QVERIFY(setByDesign(lines, "fn", UsageKind::ComputeGbSeconds));
        // What the design does not set stays derived: 1 M responses leave us-east-1.
        QVERIFY(!setByDesign(lines, "use1", UsageKind::InternetEgressGb));
    }

    void theLambdaReferenceCheckPricesToTheCent()
    {
        // Issue 13's reference: 60 M invocations, 1,024 MB, 28 ms, no free tier.
        // Requests: 60 M x $0.20 per million = $12.00.
        // Compute: 60 M x 1 GB x 0.028 s = 1.68 M GB-s x $0.0000166667 = $28.00 (28.000056).
        auto b = queueFedFunction();
        b.design().services.at(ServiceId("fn")).usage[UsageQuantity::Invocations] = 60e6;
        const auto design = b.build();
        const auto prices = test::book(
            {test::row("aws.lambda.requests", "us-east-1", "request", "0.0000002"),
             test::row("aws.lambda.duration-x86", "us-east-1", "GB-second", "0.0000166667")});
        const auto estimate = estimateCost(DesignIndex(design, test::builtInCatalogues()), prices);
        Money requests;
        Money compute;
        for (const auto& l : estimate.lines) {
            if (l.elementId != "fn")
                continue;
            QVERIFY(l.setByDesign);
            if (l.usage == UsageKind::Invocations)
                requests += l.amount;
            if (l.usage == UsageKind::ComputeGbSeconds)
                compute += l.amount;
        }
        QCOMPARE(requests.toString(2), std::string("12.00"));
        QCOMPARE(compute.toString(2), std::string("28.00"));
    }

    void theFiguresAPinReplacesAreTheWorkloads()
    {
        const auto design = twoRegions();
        const DesignIndex index(design, test::builtInCatalogues());
        // 10 M requests, all in us-east-1, one call per request along each link.
        QCOMPARE(workloadUsage(index, "fn-use1").at(UsageQuantity::Invocations), 10e6);
        // 20 % writes: 2 M writes and 8 M reads into the table; 100 GB stored per copy.
        const auto db = workloadUsage(index, "db-use1");
        QCOMPARE(db.at(UsageQuantity::Writes), 2e6);
        QCOMPARE(db.at(UsageQuantity::Reads), 8e6);
        QCOMPARE(db.at(UsageQuantity::StoredGb), 100.0);
        QCOMPARE(workloadUsage(index, "q-use1").at(UsageQuantity::Messages), 10e6);
        // The standby's function takes no traffic: zero, not missing.
        QCOMPARE(workloadUsage(index, "fn-usw2").at(UsageQuantity::Invocations), 0.0);
        QVERIFY(workloadUsage(index, "no-such-element").empty());
    }

    void storesAndLinksTakeTheirOwnFigures()
    {
        auto design = twoRegions();
        auto& db = design.services.at(ServiceId("db-use1"));
        db.usage[UsageQuantity::Writes] = 1000.0;
        db.usage[UsageQuantity::Reads] = 4000.0;
        db.usage[UsageQuantity::StoredGb] = 7.0;
        for (auto& [id, l] : design.links) {
            if (l.kind == LinkKind::Replication)
                l.usage[UsageQuantity::TransferredGb] = 3.0;
        }
        const auto lines = deriveUsage(DesignIndex(design, test::builtInCatalogues()));
        // 1 KB writes: 1 write unit each; 1 KB reads: 1 read unit each (per 4 KB).
        QCOMPARE(quantity(lines, "db-use1", UsageKind::WriteUnits), 1000.0);
        QCOMPARE(quantity(lines, "db-use1", UsageKind::ReadUnits), 4000.0);
        QCOMPARE(quantity(lines, "db-use1", UsageKind::StorageGbMonth), 7.0);
        // The replica applies the writes set on its source.
        QCOMPARE(quantity(lines, "db-usw2", UsageKind::ReplicatedWriteUnits), 1000.0);
        QVERIFY(setByDesign(lines, "db-usw2", UsageKind::ReplicatedWriteUnits));
        // The other replica's storage is still the workload's 100 GB.
        QCOMPARE(quantity(lines, "db-usw2", UsageKind::StorageGbMonth), 100.0);
        QVERIFY(!setByDesign(lines, "db-usw2", UsageKind::StorageGbMonth));
        double replicated = 0.0;
        for (const auto& l : lines) {
            if (l.kind == UsageKind::ReplicationGb) {
                replicated += l.quantity;
                QVERIFY(l.setByDesign);
            }
        }
        QCOMPARE(replicated, 3.0);
    }

    void aMultiRegionSpannerBillsItsStorageOnce()
    {
        // One multi-region Spanner instance drawn as a copy in each of three regions: Google
        // bills "the average amount of data in your Spanner databases" once per instance
        // (cloud.google.com/spanner/pricing), so 600 GB is one 600 GB-month line, on the copy
        // that takes writes, not 3 x 600. DynamoDB above bills each replica's storage (its own
        // table in its region); a regional Spanner copy is a separate instance and bills its own.
        DesignBuilder b;
        const test::Properties multiRegion{{"configuration", std::string("multi-region")},
                                           {"edition", std::string("enterprise-plus")},
                                           {"replicationMode", std::string("sync-quorum")}};
        b.region("usc1", "us-central1", 50, RegionRole::Active, 50, Provider::Gcp)
            .region("euw1", "europe-west1", 50, RegionRole::Active, 50, Provider::Gcp)
            .region("euw4", "europe-west4", 0, RegionRole::WarmStandby, 100, Provider::Gcp)
            .service("db-usc1", "gcp.spanner", "usc1", multiRegion)
            .service("db-euw1", "gcp.spanner", "euw1", multiRegion)
            .service("db-euw4", "gcp.spanner", "euw4", multiRegion)
            .service("solo", "gcp.spanner", "usc1")
            .link("db-usc1", "db-euw1", LinkKind::Replication)
            .link("db-usc1", "db-euw4", LinkKind::Replication);
        b.design().workload.storedData = 600.0 * units::gigabytes;
        const auto lines = deriveUsage(DesignIndex(b.build(), test::builtInCatalogues()));
        double stored = 0.0;
        for (const std::string id : {"db-usc1", "db-euw1", "db-euw4"})
            stored += quantity(lines, id, UsageKind::StorageGbMonth);
        QCOMPARE(stored, 600.0);
        // Replication flows out of db-usc1: it is the writer and carries the line.
        QCOMPARE(quantity(lines, "db-usc1", UsageKind::StorageGbMonth), 600.0);
        QCOMPARE(quantity(lines, "solo", UsageKind::StorageGbMonth), 600.0);
    }
};

QTEST_GUILESS_MAIN(TestUsage)
#include "tst_usage.moc"

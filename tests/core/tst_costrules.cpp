#include "DesignBuilder.h"
#include "MoneyLiteral.h"
#include "PriceRows.h"
#include "TestCatalogues.h"
#include "core/cost/CostEngine.h"

#include <QTest>

using namespace rs;
using test::book;
using test::DesignBuilder;
using test::money;
using test::Properties;
using test::row;

namespace {

/// Kinds priced by counts and by the alternative metrics, so the engine's handling of pricing
/// rules is tested apart from the shipped catalogue's choices.
constexpr const char* pricedKinds = R"({"catalogueVersion": "t", "kinds": [
  {"id": "t.gw", "provider": "aws", "name": "Gateway", "category": "api-gateway", "icon": "g",
   "scope": "regional", "description": "d", "properties": [], "sla": null,
   "replication": {"modes": ["none"], "source": "s"}, "priceKeys": ["t.gw.requests"],
   "pricing": [{"usage": "requests", "key": "t.gw.requests"}]},
  {"id": "t.run", "provider": "aws", "name": "Run", "category": "compute", "icon": "c",
   "scope": "regional", "description": "d", "properties": [
     {"name": "vcpu", "label": "vCPU", "type": "number", "unit": "count", "default": 1, "help": "h"},
     {"name": "memoryMb", "label": "M", "type": "integer", "unit": "MB", "default": 512, "help": "h"},
     {"name": "avgDurationMs", "label": "D", "type": "number", "unit": "ms", "default": 200, "help": "h"}],
   "sla": null, "replication": {"modes": ["none"], "source": "s"},
   "priceKeys": ["t.run.cpu", "t.run.free-cpu"],
   "pricing": [{"usage": "vcpu-seconds", "key": "t.run.cpu", "free": "t.run.free-cpu"}]},
  {"id": "t.bus", "provider": "aws", "name": "Bus", "category": "queue", "icon": "q",
   "scope": "regional", "description": "d", "properties": [], "sla": null,
   "replication": {"modes": ["none"], "source": "s"}, "priceKeys": ["t.bus.throughput"],
   "pricing": [{"usage": "message-gb", "key": "t.bus.throughput"}]},
  {"id": "t.db", "provider": "aws", "name": "Db", "category": "database", "icon": "d",
   "scope": "regional", "description": "d", "properties": [
     {"name": "nodes", "label": "N", "type": "integer", "unit": "count", "default": 1, "help": "h"},
     {"name": "processingUnits", "label": "PU", "type": "integer", "unit": "count", "default": 1000, "help": "h"},
     {"name": "config", "label": "C", "type": "enum", "default": "regional", "values": ["regional", "multi"], "help": "h"},
     {"name": "keyCount", "label": "K", "type": "integer", "unit": "count", "default": 1, "help": "h"}],
   "sla": null, "replication": {"modes": ["none"], "source": "s"},
   "priceKeys": ["t.db.node-hours", "t.db.multi-node-hours", "t.db.keys"],
   "pricing": [
     {"usage": "hours", "key": "t.db.multi-node-hours", "when": {"config": "multi"},
      "per": "processingUnits", "scale": 0.001, "premium": true},
     {"usage": "hours", "key": "t.db.node-hours", "per": "nodes"},
     {"usage": "resource-months", "key": "t.db.keys", "per": "keyCount"}]},
  {"id": "t.cache", "provider": "aws", "name": "Cache", "category": "cache", "icon": "d",
   "scope": "regional", "description": "d", "properties": [
     {"name": "tier", "label": "T", "type": "enum", "default": "basic", "values": ["basic", "premium"], "help": "h"}],
   "sla": null, "replication": {"modes": ["none"], "source": "s"},
   "priceKeys": ["t.cache.node-hours"],
   "pricing": [{"usage": "hours", "key": "t.cache.node-hours", "when": {"tier": "premium"}}]},
  {"id": "t.plain", "provider": "aws", "name": "Plain", "category": "database", "icon": "d",
   "scope": "regional", "description": "d", "properties": [], "sla": null,
   "replication": {"modes": ["none"], "source": "s"}, "priceKeys": []}
]})";

const Catalogues& catalogues()
{
    static const Catalogues c = [] {
        auto services = ServiceCatalogue::fromJson(pricedKinds);
        if (!services)
            qFatal("%s", services.errors().front().toString().c_str());
        return Catalogues{std::move(services).value(), test::builtInCatalogues().regions};
    }();
    return c;
}

const CostLine* find(const CostEstimate& e, const std::string& element, UsageKind usage)
{
    for (const auto& l : e.lines) {
        if (l.elementId == element && l.usage == usage)
            return &l;
    }
    return nullptr;
}

std::size_t countLines(const CostEstimate& e, const std::string& element)
{
    return static_cast<std::size_t>(std::count_if(
        e.lines.begin(), e.lines.end(), [&](const CostLine& l) { return l.elementId == element; }));
}

/// One region, users -> gateway -> run -> bus, and a database; 1 M requests a month.
DesignBuilder oneRegion(Properties db = {})
{
    DesignBuilder b;
    b.region("use1", "us-east-1", 100)
        .service("gw", "t.gw", "use1")
        .service("run", "t.run", "use1", {{"vcpu", 2.0}})
        .service("bus", "t.bus", "use1")
        .service("db", "t.db", "use1", std::move(db))
        .link("gw", "run", LinkKind::Request, 1024)
        .link("run", "bus", LinkKind::Event, 2048);
    b.design().workload.requestsPerMonth = 1'000'000.0 * units::requests;
    return b;
}

} // namespace

class TestCostRules : public QObject
{
    Q_OBJECT

private slots:
    void capacityIsCountedByTheRulesProperty_data()
    {
        QTest::addColumn<double>("hoursPerMonth");
        QTest::addColumn<QString>("expected");
        // 3 nodes x 730 h = 2,190 node-hours x $0.90 = $1,971.00.
        QTest::newRow("730 h") << 730.0 << "1971";
        // Cosmos DB's billing examples use 720 h: 3 x 720 = 2,160 x $0.90 = $1,944.00.
        QTest::newRow("720 h") << 720.0 << "1944";
    }

    void capacityIsCountedByTheRulesProperty()
    {
        QFETCH(double, hoursPerMonth);
        QFETCH(QString, expected);
        const auto design = oneRegion({{"nodes", std::int64_t{3}}}).design();
        const auto prices = book({row("t.db.node-hours", "us-east-1", "node-hour", "0.90")});
        CostOptions options;
        options.hoursPerMonth = hoursPerMonth;
        const auto e = estimateCost(DesignIndex(design, catalogues()), prices, options);
        const auto* nodes = find(e, "db", UsageKind::Hours);
        QVERIFY(nodes);
        QCOMPARE(nodes->quantity, 3.0 * hoursPerMonth);
        QCOMPARE(nodes->amount, money(expected.toUtf8().constData()));
        QCOMPARE(nodes->category, CostCategory::Baseline);
    }

    void aScaledCountUnderAPremiumRule()
    {
        // 2,000 processing units x 0.001 = 2 nodes x 730 h = 1,460 node-hours x $3.00 = $4,380,
        // a premium only the multi-region configuration pays.
        const auto design =
            oneRegion({{"config", std::string("multi")}, {"processingUnits", std::int64_t{2000}}})
                .design();
        const auto prices = book({row("t.db.multi-node-hours", "us-east-1", "node-hour", "3.00"),
                                  row("t.db.node-hours", "us-east-1", "node-hour", "0.90")});
        const auto e = estimateCost(DesignIndex(design, catalogues()), prices);
        const auto* nodes = find(e, "db", UsageKind::Hours);
        QVERIFY(nodes);
        QCOMPARE(nodes->quantity, 1460.0);
        QCOMPARE(nodes->amount, money("4380"));
        QCOMPARE(nodes->category, CostCategory::Premium);
        QCOMPARE(nodes->cited.front().key, std::string("t.db.multi-node-hours"));
    }

    void flatFeesAreCountedPerResource()
    {
        // 4 keys x $1.00 a key-month = $4.00.
        const auto design = oneRegion({{"keyCount", std::int64_t{4}}}).design();
        const auto prices = book({row("t.db.keys", "us-east-1", "key-month", "1.00")});
        const auto e = estimateCost(DesignIndex(design, catalogues()), prices);
        const auto* keys = find(e, "db", UsageKind::ResourceMonths);
        QVERIFY(keys);
        QCOMPARE(keys->quantity, 4.0);
        QCOMPARE(keys->amount, money("4"));
    }

    void vcpuSecondsAfterTheFreeAllowance()
    {
        // 1 M calls x 2 vCPU x 0.2 s = 400,000 vCPU-s; 180,000 free; 220,000 x $0.000024 = $5.28.
        const auto design = oneRegion().design();
        const auto prices =
            book({row("t.run.free-cpu", "global", "vCPU-second", "0", 0.0, 180000.0),
                  row("t.run.cpu", "us-east-1", "vCPU-second", "0.000024")});
        CostOptions free;
        free.freeTiers = true; // the allowance is what this checks
        const auto e = estimateCost(DesignIndex(design, catalogues()), prices, free);
        const auto* cpu = find(e, "run", UsageKind::VcpuSeconds);
        QVERIFY(cpu);
        QCOMPARE(cpu->quantity, 400000.0);
        QCOMPARE(cpu->amount, money("5.28"));
        QCOMPARE(cpu->cited.size(), std::size_t{2});
    }

    void messageBytesArePricedPerGibibyte()
    {
        // 1 M messages x 2,048 B = 2.048 GB = 2.048e9 / 2^30 GiB = 1.9073486328125 GiB;
        // x $0.0390625 ($40 per TiB) = $0.07450580596923828125.
        const auto design = oneRegion().design();
        const auto prices = book({row("t.bus.throughput", "us-east-1", "GiB", "0.0390625")});
        const auto e = estimateCost(DesignIndex(design, catalogues()), prices);
        const auto* bytes = find(e, "bus", UsageKind::MessageGb);
        QVERIFY(bytes);
        QCOMPARE(bytes->amount.toString(9), std::string("0.074505806"));
    }

    void usageBeyondTheLastKnownBandIsUnpriced()
    {
        // 3 nodes x 730 h = 2,190 node-hours; the table knows the price only up to 2,000.
        const auto design = oneRegion({{"nodes", std::int64_t{3}}}).design();
        const auto prices =
            book({row("t.db.node-hours", "us-east-1", "node-hour", "0.90", 0.0, 2000.0)});
        const auto e = estimateCost(DesignIndex(design, catalogues()), prices);
        const auto* nodes = find(e, "db", UsageKind::Hours);
        QVERIFY(nodes && nodes->unpriced);
        QCOMPARE(nodes->amount, Money());
        QCOMPARE(nodes->reason, std::string("t.db.node-hours in us-east-1 is known only up to "
                                            "2000 node-hour a month"));
    }

    void aFlatFeeWhoseRulesDoNotMatchIsReported()
    {
        // The cache's hours are priced only for the premium tier: a basic cache is listed
        // unpriced for its 730 hours, not left out.
        auto b = oneRegion();
        b.service("cache", "t.cache", "use1");
        const auto e = estimateCost(DesignIndex(b.design(), catalogues()), book({}));
        const auto* hours = find(e, "cache", UsageKind::Hours);
        QVERIFY(hours && hours->unpriced);
        QCOMPARE(hours->quantity, 730.0);
        QCOMPARE(
            hours->reason,
            std::string("no pricing rule of t.cache for hours matches the service's properties"));
    }

    void aKindBillsOnlyTheUsageItsRulesName()
    {
        const auto design = oneRegion().design();
        const auto e = estimateCost(DesignIndex(design, catalogues()), book({}));
        // The bus bills bytes, not message counts; the run bills vCPU-seconds only.
        QVERIFY(!find(e, "bus", UsageKind::Messages));
        QVERIFY(find(e, "bus", UsageKind::MessageGb));
        QVERIFY(!find(e, "run", UsageKind::Invocations));
        QVERIFY(!find(e, "run", UsageKind::ComputeGbSeconds));
        QCOMPARE(countLines(e, "run"), std::size_t{1});
    }

    void aKindWithoutRulesIsReportedUnpriced()
    {
        auto b = oneRegion();
        b.service("plain", "t.plain", "use1").link("run", "plain", LinkKind::Request, 1024);
        const auto e = estimateCost(DesignIndex(b.design(), catalogues()), book({}));
        const auto* writes = find(e, "plain", UsageKind::WriteUnits);
        QVERIFY(writes);
        QVERIFY(writes->unpriced);
        QCOMPARE(writes->reason, std::string("t.plain has no pricing rules yet"));
    }
};

QTEST_GUILESS_MAIN(TestCostRules)
#include "tst_costrules.moc"

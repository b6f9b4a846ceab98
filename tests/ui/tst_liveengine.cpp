#include "DesignBuilder.h"
#include "DockFixtures.h"
#include "ReferenceDesigns.h"
#include "TestCatalogues.h"
#include "core/DesignIndex.h"
#include "core/rules/RuleCatalogue.h"
#include "engine/LiveEngine.h"

#include <QSignalSpy>
#include <QTest>

using namespace rs;
using engine::EngineResults;
using engine::LiveEngine;

namespace {

constexpr int timeoutMs = 30'000;

using test::settle;

Money money(const char* decimal)
{
    const auto parsed = Money::parse(decimal);
    if (!parsed)
        qFatal("not a decimal: %s", decimal);
    return *parsed;
}

PriceRow row(const std::string& key, const std::string& unit, const char* price)
{
    PriceRow r;
    r.key = key;
    r.region = "us-east-1";
    r.unit = unit;
    r.price = money(price);
    r.effectiveDate = "2026-08-31";
    r.source = "TEST";
    r.confidence = PriceConfidence::File;
    return r;
}

/// Lambda at $0.20 per million requests and $0.0000166667 per GB-second, no free tier.
std::shared_ptr<const PriceBook> lambdaOnlyBook()
{
    auto book = PriceBook::fromRows({row("aws.lambda.requests", "request", "0.0000002"),
                                     row("aws.lambda.duration-x86", "GB-second", "0.0000166667")},
                                    "test-1");
    if (!book)
        qFatal("%s", book.errors().front().toString().c_str());
    return std::make_shared<const PriceBook>(std::move(book).value());
}

/// API Gateway -> Lambda (1 GB, 100 ms) in us-east-1, 10 million requests a month.
Design gatewayAndFunction()
{
    auto b = test::DesignBuilder()
                 .region("use1", "us-east-1", 100)
                 .service("api", "aws.api-gateway", "use1")
                 .service("fn", "aws.lambda", "use1",
                          {{"memoryMb", std::int64_t{1024}}, {"avgDurationMs", 100.0}})
                 .link("api", "fn", LinkKind::Request);
    b.design().workload.requestsPerMonth = 10'000'000.0 * units::requests;
    return b.build();
}

} // namespace

class TestLiveEngine : public QObject
{
    Q_OBJECT

private slots:
    void resultsEqualTheEngineCalledDirectly()
    {
        const auto design = test::workedExampleA().build();
        const auto prices = test::bundledPriceBook();
        LiveEngine engine(test::builtInCatalogues());
        engine.setPriceBook(prices);
        engine.setDesign(design);
        QVERIFY(settle(engine));

        const auto& live = engine.results();
        const DesignIndex index(design, test::builtInCatalogues());
        QCOMPARE(live.findings, checkDesign(index));
        const auto scenarios = simulateAll(index);
        QCOMPARE(live.scenarios.size(), scenarios.size());
        for (std::size_t i = 0; i < scenarios.size(); ++i) {
            QCOMPARE(live.scenarios[i].title, scenarios[i].title);
            QCOMPARE(live.scenarios[i].rto.has_value(), scenarios[i].rto.has_value());
            if (scenarios[i].rto)
                QCOMPARE(live.scenarios[i].rto->worst.value(), scenarios[i].rto->worst.value());
            QCOMPARE(live.scenarios[i].writesAtRisk, scenarios[i].writesAtRisk);
        }
        QCOMPARE(live.availability.total, estimateAvailability(index).total);
        QVERIFY(live.priced);
        const auto cost = estimateCost(index, *prices);
        QCOMPARE(live.cost.total, cost.total);
        QCOMPARE(live.cost.lines.size(), cost.lines.size());
        const auto outages = simulateOutages(index, engine.settings().outages);
        QVERIFY(live.outages);
        QCOMPARE(live.outages->meanDowntimePerYear.value(), outages.meanDowntimePerYear.value());
        QCOMPARE(live.outages->years, std::uint64_t{20'000});
        const auto* asDrawn = engine::findCostPoint(live.costCurve, 1.0);
        QVERIFY(asDrawn);
        QCOMPARE(asDrawn->total, cost.total);
    }

    void anEditComputesNothingOnTheCallingThread()
    {
        LiveEngine engine(test::builtInCatalogues());
        QSignalSpy ready(&engine, &LiveEngine::resultsReady);
        engine.setDesign(test::workedExampleA().build());
        engine.designChanged();
        // No result until the worker has run and the event loop has delivered it.
        QCOMPARE(ready.count(), 0);
        QCOMPARE(engine.results().generation, std::uint64_t{0});
        QVERIFY(engine.isBusy());
        QVERIFY(settle(engine));
        QCOMPARE(engine.results().generation, std::uint64_t{2});
    }

    void editsMadeTogetherRunOnce()
    {
        LiveEngine engine(test::builtInCatalogues());
        QSignalSpy started(&engine, &LiveEngine::analysisStarted);
        engine.setDesign(test::workedExampleA().build());
        for (int i = 0; i < 10; ++i)
            engine.designChanged();
        QVERIFY(settle(engine));
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.front().front().toULongLong(), 11ull);
        QCOMPARE(engine.results().generation, std::uint64_t{11});
    }

    void resultsOvertakenByAnEditAreDropped()
    {
        auto current = test::workedExampleA().build();
        const auto edited = test::singleRegionStack();
        LiveEngine engine(test::builtInCatalogues());
        std::vector<std::uint64_t> delivered;
        connect(&engine, &LiveEngine::resultsReady, this,
                [&](const EngineResults& r) { delivered.push_back(r.generation); });
        // The edit lands while the first run is under way: its results must never show.
        connect(&engine, &LiveEngine::analysisStarted, this, [&](quint64 generation) {
            if (generation == 1) {
                current = edited;
                engine.designChanged();
                engine.designChanged();
            }
        });
        engine.setDesignSource([&]() -> const Design& { return current; });
        QVERIFY(settle(engine));

        QVERIFY(!delivered.empty());
        for (const auto generation : delivered)
            QCOMPARE(generation, std::uint64_t{3});
        QVERIFY(engine.droppedCount() >= 1);
        QCOMPARE(engine.results().elementCount, edited.elementCount());
        QCOMPARE(engine.results().findings,
                 checkDesign(DesignIndex(edited, test::builtInCatalogues())));
    }

    void editsDuringARunAreCoalescedIntoOneMore()
    {
        LiveEngine engine(test::builtInCatalogues());
        QSignalSpy started(&engine, &LiveEngine::analysisStarted);
        connect(&engine, &LiveEngine::analysisStarted, this, [&](quint64 generation) {
            if (generation == 1) {
                for (int i = 0; i < 5; ++i)
                    engine.designChanged();
            }
        });
        engine.setDesign(test::workedExampleA().build());
        QVERIFY(settle(engine));
        QCOMPARE(started.count(), 2);
        QCOMPARE(started.at(1).front().toULongLong(), 6ull);
    }

    void switchingARegionDownAnswersAtOnce()
    {
        const auto design = test::workedExampleA().build();
        LiveEngine engine(test::builtInCatalogues());
        engine.setDesign(design);
        QVERIFY(settle(engine));
        QSignalSpy ready(&engine, &LiveEngine::resultsReady);

        engine.setDownElements({QStringLiteral("use1"), QStringLiteral("no-such-region")});
        QCOMPARE(ready.count(), 1); // from the scenarios at hand, without a new run
        const auto& r = engine.results();
        QCOMPARE(r.down, std::vector<std::string>{"use1"});
        QCOMPARE(r.whatIf.size(), std::size_t{1});
        const auto direct = simulate(DesignIndex(design, test::builtInCatalogues()),
                                     {DisruptionKind::RegionDown, "use1"});
        QCOMPARE(r.whatIf.front().title, direct.title);
        // Example A: the warm standby in us-west-2 can take all the traffic, so the flow
        // through the router survives the loss of us-east-1.
        QVERIFY(!r.whatIf.front().flows.empty());
        QVERIFY(r.whatIf.front().flows.front().survives);

        // The choice holds for later runs.
        engine.designChanged();
        QVERIFY(settle(engine));
        QCOMPARE(engine.results().down, std::vector<std::string>{"use1"});
        engine.setDownElements({});
        QVERIFY(engine.results().whatIf.empty());
    }

    void theCostCurveScalesTraffic()
    {
        LiveEngine engine(test::builtInCatalogues());
        engine.setPriceBook(lambdaOnlyBook());
        engine.setDesign(gatewayAndFunction());
        QVERIFY(settle(engine));
        // 10 M requests x $0.0000002 = $2; 10 M x 1 GB x 0.1 s = 1 M GB-s x $0.0000166667.
        QCOMPARE(engine.results().cost.total, money("18.6667"));
        const auto& curve = engine.results().costCurve;
        QCOMPARE(curve.size(), std::size_t{7});
        QCOMPARE(curve.front().scale, 0.1);
        QCOMPARE(curve.front().total, money("1.86667"));
        QCOMPARE(curve.back().scale, 10.0);
        QCOMPARE(curve.back().total, money("186.667"));

        engine.setWorkloadScale(3.0);
        QVERIFY(settle(engine));
        const auto* chosen = engine.results().chosenCostPoint();
        QVERIFY(chosen);
        QCOMPARE(chosen->total, money("56.0001"));
        QCOMPARE(engine.results().costCurve.size(), std::size_t{8});
        // The design as drawn keeps its cost: only the curve's marked point moved.
        QCOMPARE(engine.results().cost.total, money("18.6667"));

        engine.setWorkloadScale(50.0);
        QCOMPARE(engine.workloadScale(), 10.0);
    }

    void withoutPricesThereAreNoCostsButEverythingElse()
    {
        LiveEngine engine(test::builtInCatalogues());
        engine.setDesign(test::workedExampleA().build());
        QVERIFY(settle(engine));
        QVERIFY(!engine.results().priced);
        QVERIFY(engine.results().costCurve.empty());
        QVERIFY(!engine.results().scenarios.empty());
        QVERIFY(engine.results().outages);
    }

    void aPriceChangeKeepsTheMonteCarlo()
    {
        LiveEngine engine(test::builtInCatalogues());
        engine.setDesign(test::workedExampleA().build());
        QVERIFY(settle(engine));
        const auto revision = engine.results().designRevision;
        const auto mean = engine.results().outages->meanDowntimePerYear.value();
        engine.setPriceBook(lambdaOnlyBook());
        QVERIFY(settle(engine));
        QCOMPARE(engine.results().designRevision, revision);
        QVERIFY(engine.results().priced);
        QCOMPARE(engine.results().outages->meanDowntimePerYear.value(), mean);
    }

    void destroyingTheEngineMidRunIsSafe()
    {
        auto engine = std::make_unique<LiveEngine>(test::builtInCatalogues());
        bool started = false;
        connect(engine.get(), &LiveEngine::analysisStarted, this, [&] { started = true; });
        engine->setPriceBook(test::bundledPriceBook());
        engine->setDesign(test::exampleDesign(QStringLiteral("03-aws-active-active.json")));
        QVERIFY(QTest::qWaitFor([&] { return started; }, timeoutMs));
        engine.reset(); // joins the workers; their results go nowhere
        QTest::qWait(20);
        QVERIFY(!engine);
    }
};

QTEST_GUILESS_MAIN(TestLiveEngine)
#include "tst_liveengine.moc"

#include "CostSummary.h"
#include "DockFixtures.h"
#include "TestCatalogues.h"
#include "core/carbon/CarbonTables.h"
#include "core/tiers/TierComparison.h"
#include "docks/CostsDock.h"

#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <qcustomplot.h>

using namespace rs;
using docks::CostsDock;
using engine::EngineResults;

namespace {

Money dollars(const char* decimal)
{
    return *Money::parse(decimal);
}

CostLine line(CostCategory category, const std::string& element, const std::string& region,
              const char* amount)
{
    CostLine l;
    l.category = category;
    l.elementId = element;
    l.region = region;
    l.usage = UsageKind::ApiRequests;
    l.quantity = 1000.0;
    l.amount = dollars(amount);
    l.bookVersion = "aws:3,azure:2";
    PriceRow free;
    free.key = "aws.x.free";
    free.freeTier = true;
    free.price = Money();
    PriceRow paid;
    paid.key = "aws.x.requests";
    paid.provider = Provider::Aws;
    paid.sku = "SKU-" + element;
    paid.region = region;
    paid.unit = "request";
    paid.price = dollars("0.0000002");
    paid.effectiveDate = "2026-08-31";
    l.cited = {free, paid};
    return l;
}

/// $10 baseline and $2 of replication in us-east-1, $6 of redundancy in us-west-2, $1 of
/// baseline at the global edge: $19 in all.
EngineResults handBuilt()
{
    EngineResults r;
    r.generation = 1;
    r.priced = true;
    r.labels = {{"api", "Orders API (api)"}};
    r.cost.lines = {line(CostCategory::Baseline, "api", "us-east-1", "10"),
                    line(CostCategory::Redundancy, "api2", "us-west-2", "6"),
                    line(CostCategory::ReplicationAndEgress, "repl", "us-east-1", "2"),
                    line(CostCategory::Baseline, "dns", "global", "1")};
    r.cost.total = dollars("19");
    r.cost.byCategory = {{CostCategory::Baseline, dollars("11")},
                         {CostCategory::Redundancy, dollars("6")},
                         {CostCategory::ReplicationAndEgress, dollars("2")}};
    r.cost.bookVersion = "aws:3,azure:2";
    for (const double scale : {0.1, 1.0, 10.0})
        r.costCurve.push_back({scale, dollars("19").times(scale), {}, 0});
    r.projectionsGeneration = 1;
    return r;
}

QCPBars* barsOf(QCustomPlot* plot, int i)
{
    return qobject_cast<QCPBars*>(plot->plottable(i));
}

} // namespace

class TestCostsDock : public QObject
{
    Q_OBJECT

private slots:
    void summarisesByRegionAndCategory()
    {
        const auto s = docks::summarizeCosts(handBuilt(), 2);
        QCOMPARE(s.regions, (std::vector<std::string>{"us-east-1", "us-west-2", "global"}));
        QCOMPARE(s.byRegionAndCategory.at(CostCategory::Baseline),
                 (std::vector<Money>{dollars("10"), Money(), dollars("1")}));
        QCOMPARE(s.byRegionAndCategory.at(CostCategory::ReplicationAndEgress),
                 (std::vector<Money>{dollars("2"), Money(), Money()}));
        QCOMPARE(s.topLines.size(), std::size_t{2});
        QCOMPARE(s.topLines[0].elementId, std::string("api"));
        QCOMPARE(s.topLines[1].elementId, std::string("api2"));
        QCOMPARE(docks::providerVersion("aws:3,azure:2", Provider::Azure), std::string("azure:2"));
        QCOMPARE(docks::providerVersion("bundled", Provider::Aws), std::string("bundled"));
    }

    void stacksEachRegionsCategories()
    {
        CostsDock dock;
        dock.setResults(handBuilt());
        auto* plot = dock.findChild<QCustomPlot*>(QStringLiteral("breakdownChart"));
        QCOMPARE(plot->plottableCount(), 4); // one layer per category
        auto* baseline = barsOf(plot, 0);
        QCOMPARE(baseline->data()->size(), 3);
        QCOMPARE(baseline->data()->at(0)->value, 10.0);
        QCOMPARE(baseline->data()->at(2)->value, 1.0);
        QCOMPARE(barsOf(plot, 1)->data()->at(1)->value, 6.0);
        QCOMPARE(barsOf(plot, 1)->barBelow(), baseline);
    }

    void convertsToTheDisplayCurrency()
    {
        CostsDock dock;
        dock.setResults(handBuilt());
        QSignalSpy changed(&dock, &CostsDock::displayCurrencyChanged);
        dock.findChild<QLineEdit*>()->setText(QStringLiteral("eur"));
        emit dock.findChild<QLineEdit*>()->editingFinished();
        QCOMPARE(changed.count(), 1);
        dock.findChild<QDoubleSpinBox*>(QStringLiteral("currencyRate"))->setValue(0.5);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(dock.displayCurrency().code(), std::string("EUR"));
        QCOMPARE(dock.displayCurrency().perDollar(), *Money::parse("0.5"));
        // $10 at 0.5 EUR per dollar.
        auto* plot = dock.findChild<QCustomPlot*>(QStringLiteral("breakdownChart"));
        QCOMPARE(barsOf(plot, 0)->data()->at(0)->value, 5.0);
        // core's formatter: the same figure the command line and the PDF print.
        QCOMPARE(dock.findChild<QLabel*>(QStringLiteral("total"))->text(),
                 QStringLiteral("9.50 EUR a month"));
    }

    void anIncompleteTotalReadsAtLeastAndABorrowedPriceSaysWhose()
    {
        auto r = handBuilt();
        // Two lines without a price: $19 is only a lower bound, and under a $100 budget it
        // proves nothing (the analysis' verdict: cannot tell).
        r.cost.unpricedCount = 2;
        r.cost.lines[1].borrowedFrom = "us-east-1";
        r.cost.borrowedCount = 1;
        r.monthlyBudget = 100.0;
        r.verdicts.costComplete = false;
        r.verdicts.budgetMet = std::nullopt;
        CostsDock dock;
        dock.setResults(r);
        QCOMPARE(dock.findChild<QLabel*>(QStringLiteral("total"))->text(),
                 QStringLiteral("at least 19.00 USD a month"));
        const auto details = dock.findChild<QLabel*>(QStringLiteral("details"))->text();
        QVERIFY2(details.contains(QStringLiteral("2 usage lines not priced")), qPrintable(details));
        QVERIFY2(
            details.contains(QStringLiteral("1 usage line priced with another region's price")),
            qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("perhaps over the budget of 100.00 USD")),
                 qPrintable(details));
        // api2 ($6 in us-west-2) is the second largest line, priced with us-east-1's price.
        auto* table = dock.findChild<QTableWidget*>();
        QCOMPARE(table->item(1, CostsDock::RegionColumn)->text(),
                 QStringLiteral("us-west-2, borrowed from us-east-1"));
        auto* plot = dock.findChild<QCustomPlot*>(QStringLiteral("breakdownChart"));
        QVERIFY(plot->yAxis->label().contains(QStringLiteral("incomplete")));
        QVERIFY(test::saveScreenshot(dock, QStringLiteral("costsdock-incomplete")));
    }

    void topLinesCiteTheirPriceRows()
    {
        CostsDock dock;
        dock.setResults(handBuilt());
        auto* table = dock.findChild<QTableWidget*>();
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(table->item(0, CostsDock::ElementColumn)->text(),
                 QStringLiteral("Orders API (api)"));
        QCOMPARE(table->item(0, CostsDock::ProviderColumn)->text(), QStringLiteral("aws"));
        QCOMPARE(table->item(0, CostsDock::SkuColumn)->text(), QStringLiteral("SKU-api"));
        QCOMPARE(table->item(0, CostsDock::RegionColumn)->text(), QStringLiteral("us-east-1"));
        QCOMPARE(table->item(0, CostsDock::UnitColumn)->text(), QStringLiteral("request"));
        QCOMPARE(table->item(0, CostsDock::PriceColumn)->text(), QStringLiteral("0.0000002 USD"));
        QCOMPARE(table->item(0, CostsDock::EffectiveColumn)->text(), QStringLiteral("2026-08-31"));
        QCOMPARE(table->item(0, CostsDock::VersionColumn)->text(), QStringLiteral("aws:3"));
        QCOMPARE(table->item(3, CostsDock::ElementColumn)->text(), QStringLiteral("dns"));
    }

    void theTrafficControlsAskForAScale()
    {
        CostsDock dock;
        dock.setResults(handBuilt());
        QSignalSpy scaled(&dock, &CostsDock::workloadScaleChanged);
        dock.setWorkloadScale(2.0); // from the engine: not an edit
        QCOMPARE(scaled.count(), 0);
        QCOMPARE(dock.workloadScale(), 2.0);
        dock.findChild<QDoubleSpinBox*>(QStringLiteral("trafficScale"))->setValue(5.0);
        QCOMPARE(scaled.count(), 1);
        QCOMPARE(scaled.front().front().toDouble(), 5.0);
        auto* curve = dock.findChild<QCustomPlot*>(QStringLiteral("trafficChart"));
        QCOMPARE(curve->graph(curve->graphCount() - 1)->data()->size(), 3);
        QCOMPARE(curve->graph(curve->graphCount() - 1)->data()->at(2)->value, 190.0);
    }

    void aLateCurveIsMarkedAsUpdatingOnlyOnceLate()
    {
        CostsDock dock;
        dock.setResults(handBuilt());
        auto* curve = dock.findChild<QCustomPlot*>(QStringLiteral("trafficChart"));
        auto edited = handBuilt();
        edited.generation = 2; // the curve is still the first state's
        dock.setResults(edited);
        QVERIFY(!test::plotSays(*curve, QStringLiteral("Updating…")));
        QTRY_VERIFY(test::plotSays(*curve, QStringLiteral("Updating…")));
        edited.projectionsGeneration = 2;
        dock.setResults(edited);
        QVERIFY(!test::plotSays(*curve, QStringLiteral("Updating…")));
    }

    void keepsAPlaceForTheTierComparison()
    {
        CostsDock dock;
        auto* tabs = dock.findChild<QTabWidget*>();
        QCOMPARE(tabs->count(), 3); // breakdown, against traffic, emissions
        dock.setTierComparisonWidget(new QLabel(QStringLiteral("tiers")), tr("Tiers"));
        QCOMPARE(tabs->count(), 4);
        QCOMPARE(tabs->tabText(3), QStringLiteral("Tiers"));
    }

    void theCostAssumptionsInForceAreListedUnderTheTotal()
    {
        auto r = handBuilt();
        r.assumptions.freeTiers = true;
        CostsDock dock;
        dock.setResults(r);
        const auto* line = dock.findChild<QLabel*>(QStringLiteral("assumptionsText"));
        QVERIFY(line);
        const auto text = line->text();
        // Free tiers set by the design; the billing month the default of 8760 h / 12 = 730 h.
        QVERIFY2(text.contains("Free tiers counted: yes (set by the design)"), qPrintable(text));
        QVERIFY2(text.contains("Hours a month: 730 h (default)"), qPrintable(text));
        QVERIFY2(!text.contains("outage"), qPrintable(text)); // the scenarios dock's
        // The billing month's source: Microsoft's Cosmos DB billing page, by its price source id.
        QVERIFY(line->toolTip().contains("D-COSMOS22"));
        QSignalSpy edit(&dock, &CostsDock::editAssumptionsRequested);
        dock.findChild<QToolButton*>(QStringLiteral("editAssumptions"))->click();
        QCOMPARE(edit.count(), 1);
    }

    void withoutPricesSaysSo()
    {
        CostsDock dock;
        EngineResults r;
        r.generation = 1;
        dock.setResults(r);
        QCOMPARE(dock.findChild<QLabel*>(QStringLiteral("total"))->text(),
                 QStringLiteral("No costs"));
        QCOMPARE(dock.findChild<QTableWidget*>()->rowCount(), 0);
    }

    void screenshotOfEachExample_data() { test::addExampleRows(); }

    void screenshotOfEachExample()
    {
        QFETCH(QString, file);
        const auto results =
            test::directResults(test::exampleDesign(file), test::bundledPriceBook());
        QVERIFY(results.priced);
        CostsDock dock;
        dock.resize(720, 720);
        dock.setResults(results);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        const auto name = QFileInfo(file).completeBaseName();
        QVERIFY(test::saveScreenshot(dock, "costs-" + name));
        dock.findChild<QTabWidget*>()->setCurrentIndex(1);
        QVERIFY(test::saveScreenshot(dock, "costs-traffic-" + name));
    }

    void theEmissionsTabShowsEachRegionAndEachTier_data() { test::addExampleRows(); }

    /// Issue 18: every example's emissions by region (stacked by category) and its tiers'
    /// emissions against their cost.
    void theEmissionsTabShowsEachRegionAndEachTier()
    {
        QFETCH(QString, file);
        const auto design = test::exampleDesign(file);
        const auto book = test::bundledPriceBook();
        const auto results = test::directResults(design, book);
        QVERIFY(results.carbonEstimated);
        const auto tiers = compareTiers(design, test::builtInCatalogues(), *book, {}, {},
                                        &CarbonTables::builtIn());
        CostsDock dock;
        dock.resize(720, 720);
        dock.setResults(results);
        dock.setTierOutcomes(tiers);
        auto* tabs = dock.findChild<QTabWidget*>();
        tabs->setCurrentWidget(dock.findChild<QWidget*>(QStringLiteral("emissions")));
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        auto* byRegion = dock.findChild<QCustomPlot*>(QStringLiteral("emissionsByRegionChart"));
        // One layer per category; every region of the example has estimated usage, so each
        // region's stack stands above zero.
        QCOMPARE(byRegion->plottableCount(), int(EnumNames<CostCategory>::names.size()));
        const auto regions = design.regions.size();
        for (std::size_t i = 0; i < regions; ++i) {
            double stack = 0.0;
            for (int layer = 0; layer < byRegion->plottableCount(); ++layer)
                stack += barsOf(byRegion, layer)->data()->at(int(i))->value;
            QVERIFY2(stack > 0.0, qPrintable(file));
        }
        auto* tierPlot = dock.findChild<QCustomPlot*>(QStringLiteral("tierEmissionsChart"));
        QCOMPARE(tierPlot->graph(0)->dataCount(), 5);
        const auto total = dock.findChild<QLabel*>(QStringLiteral("emissionsTotal"))->text();
        QVERIFY2(total.contains(QStringLiteral("kg CO2e a month")), qPrintable(total));
        QVERIFY(
            test::saveScreenshot(dock, "costs-emissions-" + QFileInfo(file).completeBaseName()));
    }
};

QTEST_MAIN(TestCostsDock)
#include "tst_costsdock.moc"

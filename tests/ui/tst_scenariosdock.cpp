#include "DisplayFormat.h"
#include "DockFixtures.h"
#include "PlotStyle.h"
#include "ReferenceDesigns.h"
#include "docks/ScenariosDock.h"

#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <qcustomplot.h>

using namespace rs;
using docks::ScenariosDock;
using engine::EngineResults;
using test::plotSays;

namespace {

/// One region loss, built by hand: two flows of which one survives, RTO 270 s against 900 s,
/// RPO 1 s against 0 s, 1,500 writes at risk, the survivor 40 points short of capacity.
EngineResults handBuilt()
{
    EngineResults r;
    r.generation = 1;
    ScenarioResult s;
    s.disruption = {DisruptionKind::RegionDown, "use1"};
    s.title = "US East (use1) down";
    s.flows = {{"dns", true, true, {}, {"api-usw2"}}, {"edge", true, false, {"db-use1"}, {}}};
    s.rto = TimeEstimate{200.0 * units::seconds, 270.0 * units::seconds};
    s.rtoTarget = 900.0 * units::seconds;
    s.rpo = 1.0 * units::seconds;
    s.rpoTarget = 0.0 * units::seconds;
    s.writesAtRisk = 1500.0;
    s.capacity = {{"usw2", 100.0, 60.0}};
    r.scenarios = {s};
    r.regionRtoTarget = s.rtoTarget;
    r.regionRpoTarget = s.rpoTarget;
    r.labels = {{"use1", "US East (use1)"}};
    OutageSimulationResult o;
    o.years = 100;
    o.histogram.binWidth = 60.0 * units::seconds;
    o.histogram.counts = {50, 30, 20};
    o.meanDowntimePerYear = 40.0 * units::seconds;
    o.p95DowntimePerYear = 150.0 * units::seconds;
    r.outages = o;
    r.projectionsGeneration = 1;
    return r;
}

QListWidget* togglesOf(ScenariosDock& dock)
{
    return dock.findChild<QListWidget*>();
}
QAbstractItemModel* tableOf(ScenariosDock& dock)
{
    return dock.findChild<QTableView*>()->model();
}

QVariant cell(ScenariosDock& dock, int row, int column, int role = Qt::DisplayRole)
{
    return tableOf(dock)->index(row, column).data(role);
}

} // namespace

class TestScenariosDock : public QObject
{
    Q_OBJECT

private slots:
    void listsEachRegionAndGlobalServiceToSwitchDown()
    {
        // Example A: two regions and one router; its replication link is a scenario but not
        // something to switch down on the canvas.
        const auto results = test::directResults(test::workedExampleA().build(), nullptr);
        ScenariosDock dock;
        dock.setResults(results);
        auto* toggles = togglesOf(dock);
        QCOMPARE(toggles->count(), 3);
        QStringList ids;
        for (int i = 0; i < toggles->count(); ++i)
            ids << toggles->item(i)->data(Qt::UserRole).toString();
        QCOMPARE(ids, (QStringList{"use1", "usw2", "dns"}));
        // The table lists every scenario: 2 regions, the router, the replication link, a zone of
        // each region, the 3 home-region services on the flow and the one data set corrupted.
        QCOMPARE(tableOf(dock)->rowCount(), 4 + 2 + 3 + 1);
    }

    void switchingDownEmitsTheWholeSet()
    {
        const auto results = test::directResults(test::workedExampleA().build(), nullptr);
        ScenariosDock dock;
        dock.setResults(results);
        QSignalSpy changed(&dock, &ScenariosDock::downElementsChanged);
        auto* toggles = togglesOf(dock);
        toggles->item(1)->setCheckState(Qt::Checked);
        toggles->item(2)->setCheckState(Qt::Checked);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.back().front().toStringList(), (QStringList{"usw2", "dns"}));
        toggles->item(1)->setCheckState(Qt::Unchecked);
        QCOMPARE(changed.back().front().toStringList(), QStringList{"dns"});

        // Set from outside (the engine's results): checked, but nothing emitted.
        dock.setDownElements({"use1"});
        QCOMPARE(changed.count(), 3);
        QCOMPARE(dock.downElements(), QStringList{"use1"});
    }

    void theTableJudgesEachFigureAgainstItsTarget()
    {
        ScenariosDock dock;
        dock.setResults(handBuilt());
        QCOMPARE(tableOf(dock)->rowCount(), 1);
        QCOMPARE(cell(dock, 0, ScenariosDock::ScenarioColumn).toString(),
                 QStringLiteral("US East (use1) down"));
        QCOMPARE(cell(dock, 0, ScenariosDock::ScenarioColumn, Qt::UserRole).toString(),
                 QStringLiteral("use1"));
        QCOMPARE(cell(dock, 0, ScenariosDock::FlowsColumn).toString(), QStringLiteral("1 of 2"));
        QVERIFY(
            cell(dock, 0, ScenariosDock::FlowsColumn, Qt::ToolTipRole).toString().contains("edge"));
        QCOMPARE(cell(dock, 0, ScenariosDock::RtoColumn).toString(), QStringLiteral("4 min 30 s"));
        QCOMPARE(cell(dock, 0, ScenariosDock::RpoColumn).toString(), QStringLiteral("1 s"));
        QCOMPARE(cell(dock, 0, ScenariosDock::WritesColumn).toString(),
                 QLocale().toString(1500.0, 'f', 0) + QStringLiteral(" writes"));
        QCOMPARE(cell(dock, 0, ScenariosDock::CapacityColumn).toString(),
                 QStringLiteral("40 % short"));
        // The analysis' verdict on the loss: RTO 270 s meets 900 s; RPO 1 s misses 0 s; the
        // survivor is short of capacity.
        QCOMPARE(cell(dock, 0, ScenariosDock::TargetsColumn).toString(),
                 QStringLiteral("missed: RPO, capacity"));
        // A badge on each judged figure (RTO met, RPO and capacity missed), none on the title.
        const auto badge = [&](int column) {
            return cell(dock, 0, column, Qt::DecorationRole).value<QIcon>().pixmap(12).toImage();
        };
        QCOMPARE(badge(ScenariosDock::RtoColumn).pixelColor(6, 6), docks::verdictColor(true));
        QCOMPARE(badge(ScenariosDock::RpoColumn).pixelColor(6, 6), docks::verdictColor(false));
        QCOMPARE(badge(ScenariosDock::CapacityColumn).pixelColor(6, 6), docks::verdictColor(false));
        QVERIFY(!cell(dock, 0, ScenariosDock::ScenarioColumn, Qt::DecorationRole).isValid());
    }

    void anUnboundedRpoShowsItsTypicalLossAndAPathErrorItsRule()
    {
        // Issue 21: a store with only a typical lag (1 s) is unbounded, shown with the typical
        // figure beside it and never as met; an error on the failover path keeps an RTO that
        // fits (270 s of 900 s) from being met, and says which rule.
        auto results = handBuilt();
        auto& s = results.scenarios.front();
        s.rpo.reset();
        s.dataLossUnbounded = true;
        s.rpoTypical = 1.0 * units::seconds;
        s.rpoTarget = 900.0 * units::seconds;
        s.writesAtRisk = 0.0;
        s.writesAtRiskTypical = 50.0;
        s.failoverPathErrors = {"RES-021"};
        ScenariosDock dock;
        dock.setResults(results);
        QCOMPARE(cell(dock, 0, ScenariosDock::RpoColumn).toString(),
                 QStringLiteral("unbounded (typically 1 s)"));
        QCOMPARE(cell(dock, 0, ScenariosDock::WritesColumn).toString(),
                 QStringLiteral("unbounded (typically 50)"));
        QVERIFY(cell(dock, 0, ScenariosDock::RtoColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Not met: failover path has error RES-021")));
        QCOMPARE(cell(dock, 0, ScenariosDock::TargetsColumn).toString(),
                 QStringLiteral("missed: RTO, RPO, capacity"));
        // Switched down, the summary says why the RTO is not met, not only that it misses.
        results.down = {results.scenarios.front().disruption.elementId};
        results.whatIf = {results.scenarios.front()};
        dock.setResults(results);
        const auto labels = dock.findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel* l) {
            return l->text().contains(
                QStringLiteral("(not met: failover path has error RES-021) · RPO unbounded"));
        }));
    }

    void aRefreshKeepsTheChosenScenario()
    {
        auto results = test::directResults(test::workedExampleA().build(), nullptr);
        ScenariosDock dock;
        dock.setResults(results);
        auto* view = dock.findChild<QTableView*>();
        view->setCurrentIndex(view->model()->index(2, 0));
        const auto chosen = view->currentIndex().data(Qt::UserRole).toString();
        QVERIFY(!chosen.isEmpty());

        // The same scenarios with new figures: the rows change in place.
        results.scenarios[2].title = "renamed";
        dock.setResults(results);
        QCOMPARE(view->currentIndex().row(), 2);
        QCOMPARE(view->currentIndex().data().toString(), QStringLiteral("renamed"));

        // A scenario fewer, before the chosen one: the table is rebuilt, the choice found again.
        results.scenarios.erase(results.scenarios.begin());
        dock.setResults(results);
        QCOMPARE(view->currentIndex().row(), 1);
        QCOMPARE(view->currentIndex().data(Qt::UserRole).toString(), chosen);
    }

    void switchedDownScenariosAreSummarised()
    {
        auto results = handBuilt();
        results.down = {"use1"};
        results.whatIf = results.scenarios;
        ScenariosDock dock;
        dock.setResults(results);
        QVERIFY(cell(dock, 0, 0, Qt::FontRole).value<QFont>().bold());
        const auto labels = dock.findChildren<QLabel*>();
        const bool summarised = std::any_of(labels.begin(), labels.end(), [](QLabel* l) {
            return l->text().contains(QStringLiteral("1 of 2 flows survive")) &&
                   l->text().contains(QStringLiteral("RPO 1 s (misses target)"));
        });
        QVERIFY(summarised);
        QCOMPARE(dock.downElements(), QStringList{"use1"});
    }

    void theDowntimeChartShowsTheSharesOfYears()
    {
        ScenariosDock dock;
        dock.setResults(handBuilt());
        auto* plot = dock.findChild<QCustomPlot*>();
        QVERIFY(plot);
        QCOMPARE(plot->plottableCount(), 1);
        auto* bars = qobject_cast<QCPBars*>(plot->plottable(0));
        QVERIFY(bars);
        QCOMPARE(bars->data()->size(), 3);
        // 50 of 100 years in [0, 1) minute: 50 % at the bin's middle, 0.5 min.
        QCOMPARE(bars->data()->at(0)->key, 0.5);
        QCOMPARE(bars->data()->at(0)->value, 50.0);
        QCOMPARE(bars->data()->at(2)->value, 20.0);
    }

    void lateProjectionsAreMarkedAsUpdatingOnlyOnceLate()
    {
        ScenariosDock dock;
        dock.setResults(handBuilt());
        auto* plot = dock.findChild<QCustomPlot*>();
        const auto monteCarloLine = [&] {
            const auto labels = dock.findChildren<QLabel*>();
            const auto it = std::find_if(labels.begin(), labels.end(), [](QLabel* l) {
                return l->text().contains(QStringLiteral("Monte Carlo"));
            });
            return it == labels.end() ? QString() : (*it)->text();
        };
        // An edit: the fast results are new, the Monte Carlo is still the last one. Within the
        // delay nothing is marked, so quick edits do not flicker...
        auto edited = handBuilt();
        edited.generation = 2;
        dock.setResults(edited);
        QVERIFY(!plotSays(*plot, QStringLiteral("Updating…")));
        QVERIFY(!monteCarloLine().contains(QStringLiteral("(updating)")));
        // ...past it, the chart and its line say so...
        QTRY_VERIFY(plotSays(*plot, QStringLiteral("Updating…")));
        QVERIFY(monteCarloLine().contains(QStringLiteral("(updating)")));
        // ...until the new projections arrive.
        edited.projectionsGeneration = 2;
        dock.setResults(edited);
        QVERIFY(!plotSays(*plot, QStringLiteral("Updating…")));
        QVERIFY(!monteCarloLine().contains(QStringLiteral("(updating)")));
    }

    void theOutageModelInForceIsListedUnderTheFigures()
    {
        auto design = test::exampleDesign("02-aws-active-passive.json");
        design.assumptions.commonCauseFraction = 0.05;
        design.assumptions.regionOutagesPerYearByRegion = {{RegionId{"use1"}, 1.5}};
        ScenariosDock dock;
        dock.setResults(test::directResults(design, nullptr));
        const auto* line = dock.findChild<QLabel*>(QStringLiteral("assumptionsText"));
        QVERIFY(line);
        const auto text = line->text();
        // β and use1's rate set by the design; the rest the defaults, which cite the incident
        // reports S46-S51.
        QVERIFY2(text.contains("Common-cause share (beta): 0.05 (set by the design)"),
                 qPrintable(text));
        QVERIFY2(text.contains("Region outages a year (use1): 1.5 a year (set by the design)"),
                 qPrintable(text));
        QVERIFY2(text.contains("Region outages a year (each region): 0.75 a year (default)"),
                 qPrintable(text));
        QVERIFY2(text.contains("Mean region outage: 6 h (default)"), qPrintable(text));
        QVERIFY2(!text.contains("Free tiers"), qPrintable(text)); // the costs dock's
        QVERIFY(line->toolTip().contains("S46-S51"));
        // Route 53 is in series at its SLA in the estimate too; the figures say so and why.
        QString figures;
        for (const auto* label : dock.findChildren<QLabel*>()) {
            if (label->text().startsWith("Availability"))
                figures = label->text();
        }
        QVERIFY2(figures.contains("(r53)") && figures.contains("counted at the SLA") &&
                     figures.contains("in no one region"),
                 qPrintable(figures));
        QSignalSpy edit(&dock, &ScenariosDock::editAssumptionsRequested);
        dock.findChild<QToolButton*>(QStringLiteral("editAssumptions"))->click();
        QCOMPARE(edit.count(), 1);
    }

    void durationsReadAsPeopleSayThem()
    {
        QCOMPARE(docks::formatDuration(0.0 * units::seconds), QStringLiteral("0 s"));
        QCOMPARE(docks::formatDuration(45.0 * units::seconds), QStringLiteral("45 s"));
        QCOMPARE(docks::formatDuration(600.0 * units::seconds), QStringLiteral("10 min"));
        QCOMPARE(docks::formatDuration(3900.0 * units::seconds), QStringLiteral("1 h 5 min"));
        QCOMPARE(docks::formatDuration(2.0 * 86400.0 * units::seconds), QStringLiteral("2 d"));
        QCOMPARE(docks::formatAvailability(0.9995), QLocale().toString(99.95, 'f', 3) + " %");
        QCOMPARE(docks::formatAvailability(0.99), QLocale().toString(99.0, 'f', 2) + " %");
    }

    void screenshotOfEachExample_data() { test::addExampleRows(); }

    void screenshotOfEachExample()
    {
        QFETCH(QString, file);
        auto results = test::directResults(test::exampleDesign(file), nullptr);
        // Show a what-if: the first region switched down.
        for (const auto& s : results.scenarios) {
            if (s.disruption.kind == DisruptionKind::RegionDown) {
                results.down = {s.disruption.elementId};
                results.whatIf = {s};
                break;
            }
        }
        ScenariosDock dock;
        dock.resize(640, 720);
        dock.setResults(results);
        QCOMPARE(tableOf(dock)->rowCount(), int(results.scenarios.size()));
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QVERIFY(test::saveScreenshot(dock, "scenarios-" + QFileInfo(file).completeBaseName()));
    }
};

QTEST_MAIN(TestScenariosDock)
#include "tst_scenariosdock.moc"

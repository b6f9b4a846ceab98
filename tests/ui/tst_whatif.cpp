// The what-if shows the whole outage: simulating the loss of a region (from the canvas's context
// menu, as ticking it in the scenarios dock does) fades every element in it, cuts the links
// among them, turns the routes and flows into it red and lights the paths that survive.
#include "DockFixtures.h"
#include "TestCatalogues.h"
#include "docks/EnginePanels.h"
#include "docks/ScenariosDock.h"
#include "document/DesignDocument.h"
#include "ui/MainWindow.h"
#include "ui/canvas/CanvasContextMenu.h"
#include "ui/canvas/DesignScene.h"
#include "ui/canvas/DesignView.h"
#include "ui/canvas/LinkItem.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QTest>

using namespace rs;
using namespace rs::ui;

namespace {

QAction* simulateLossAction(QMenu& menu)
{
    return menu.findChild<QAction*>(QStringLiteral("actionSimulateLoss"));
}

} // namespace

class TestWhatIf : public QObject
{
    Q_OBJECT

private slots:
    void simulatingARegionsLossFadesItAndRedsTheRoutesIntoIt()
    {
        document::DesignDocument doc(test::builtInCatalogues());
        MainWindow window(doc);
        window.resize(1600, 960);
        QVERIFY(window.openFile(QString::fromStdString(
            test::sourcePath("resources/examples/02-aws-active-passive.json"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* panels = window.findChild<docks::EnginePanels*>();
        QVERIFY(panels);

        // The region's context menu offers the loss; a link's does not.
        QMenu menu;
        CanvasContextMenu contextMenu(doc);
        contextMenu.setLossSimulation(
            {[panels](const std::string& id) {
                 return panels->scenariosDock()->downElements().contains(
                     QString::fromStdString(id));
             },
             [panels](const std::string& id) { panels->toggleDown(QString::fromStdString(id)); }});
        contextMenu.fill(menu, document::ElementRef::link(LinkId{"l-fn-db-use1"}));
        QVERIFY(!simulateLossAction(menu));
        menu.clear();
        contextMenu.fill(menu, document::ElementRef::region(RegionId{"use1"}));
        auto* simulate = simulateLossAction(menu);
        QVERIFY(simulate);
        QCOMPARE(simulate->text(), QStringLiteral("Simulate Loss of This Region"));
        simulate->trigger();
        QCOMPARE(panels->scenariosDock()->downElements(), QStringList{"use1"});
        auto* scene = window.scene();
        QTRY_VERIFY(scene->item("fn-use1")->isDown()); // once the engine has answered
        const auto& design = doc.design();
        for (const auto& [id, service] : design.services) {
            const bool inUse1 = service.region == RegionId{"use1"};
            QVERIFY2(scene->item(id.value)->isDown() == inUse1, id.value.c_str());
        }
        QVERIFY(scene->item("use1")->isDown());
        // Between two faded cards: cut. Into one (Route 53's route, the replication from the
        // standby's view): red. Within the standby region: the surviving path, lit.
        const auto flowOf = [scene](const char* from, const char* to, LinkKind kind) {
            for (const auto& [id, link] : scene->document().design().links) {
                if (link.from.value == from && link.to.value == to && link.kind == kind)
                    return scene->linkItem(id)->flow();
            }
            return LinkFlow::Normal;
        };
        QCOMPARE(flowOf("api-use1", "fn-use1", LinkKind::Request), LinkFlow::Cut);
        QCOMPARE(flowOf("fn-use1", "orders-db-use1", LinkKind::Request), LinkFlow::Cut);
        QCOMPARE(flowOf("r53", "api-use1", LinkKind::Route), LinkFlow::Broken);
        QCOMPARE(flowOf("orders-db-use1", "orders-db-usw2", LinkKind::Replication),
                 LinkFlow::Broken);
        QCOMPARE(flowOf("r53", "api-usw2", LinkKind::Route), LinkFlow::Lit);
        QCOMPARE(flowOf("api-usw2", "fn-usw2", LinkKind::Request), LinkFlow::Lit);
        QVERIFY(test::saveScreenshot(window, QStringLiteral("whatif-region-loss")));

        // The same entry ends it.
        menu.clear();
        contextMenu.fill(menu, document::ElementRef::region(RegionId{"use1"}));
        QCOMPARE(simulateLossAction(menu)->text(), QStringLiteral("End Simulated Loss"));
        simulateLossAction(menu)->trigger();
        QVERIFY(panels->scenariosDock()->downElements().isEmpty());
        QTRY_VERIFY(!scene->item("fn-use1")->isDown());
    }

    void aGlobalServiceOffersItsLossARegionalOneDoesNot()
    {
        document::DesignDocument doc(test::builtInCatalogues());
        QVERIFY(doc.open(QString::fromStdString(
            test::sourcePath("resources/examples/02-aws-active-passive.json"))));
        CanvasContextMenu contextMenu(doc);
        contextMenu.setLossSimulation(
            {[](const std::string&) { return false; }, [](const std::string&) {}});
        QMenu menu;
        contextMenu.fill(menu, document::ElementRef::service(ServiceId{"r53"}));
        QVERIFY(simulateLossAction(menu));
        QCOMPARE(simulateLossAction(menu)->text(), QStringLiteral("Simulate Loss of This Service"));
        menu.clear();
        contextMenu.fill(menu, document::ElementRef::service(ServiceId{"fn-use1"}));
        QVERIFY(!simulateLossAction(menu));
    }
};

QTEST_MAIN(TestWhatIf)
#include "tst_whatif.moc"

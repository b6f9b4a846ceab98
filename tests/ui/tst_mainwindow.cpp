// The window offscreen: each example shown (and a screenshot saved for a person to look at), a
// small design built through the window's own actions and docks, the desktop conventions.
#include "ExportActions.h"
#include "FileSizeLimit.h"
#include "PriceRows.h"
#include "TestCatalogues.h"
#include "core/DesignFile.h"
#include "core/DesignValidator.h"
#include "core/review/Review.h"
#include "docks/EnginePanels.h"
#include "document/DesignDocument.h"
#include "engine/EngineResults.h"
#include "review/ReviewExport.h"
#include "ui/Autosave.h"
#include "ui/MainWindow.h"
#include "ui/RecentFiles.h"
#include "ui/StatusPanel.h"
#include "ui/canvas/DesignScene.h"
#include "ui/canvas/DesignView.h"
#include "ui/canvas/ElementItem.h"
#include "ui/palette/PaletteDock.h"
#include "ui/properties/AssumptionsEditor.h"
#include "ui/properties/PropertiesDock.h"
#include "ui/properties/PropertyField.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace rs;
using namespace rs::ui;

namespace {

QString outputPath(const QString& name)
{
    QDir().mkpath(RS_TEST_OUTPUT_DIR);
    return QString(RS_TEST_OUTPUT_DIR "/%1.png").arg(name);
}

void trigger(MainWindow& window, const char* name)
{
    auto* action = window.findChild<QAction*>(name);
    QVERIFY2(action, name);
    QVERIFY2(action->isEnabled(), name);
    action->trigger();
}

/// Types into a property field and leaves it, as a person would.
void typeInto(PropertiesDock* dock, const QString& property, const QString& text)
{
    auto* field = dock->field(property);
    QVERIFY2(field, qPrintable(property));
    auto* line = qobject_cast<QLineEdit*>(field->editor());
    QVERIFY(line);
    line->setFocus();
    line->selectAll();
    QTest::keyClicks(line, text);
    QTest::keyClick(line, Qt::Key_Return);
}

QString examplePath()
{
    return QString::fromStdString(
        test::sourcePath("resources/examples/02-aws-active-passive.json"));
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Answers the next message box with `button` once it shows.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            box->button(button)->click();
    });
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Settings and data go to a test location, never the user's.
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("Resilience Studio Tests"));
        QApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
    }

    void showsEachExample_data()
    {
        QTest::addColumn<QString>("file");
        QDir dir(QString::fromStdString(test::sourcePath("resources/examples")));
        for (const auto& name : dir.entryList({"*.json"}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }
    void showsEachExample()
    {
        QFETCH(QString, file);
        document::DesignDocument doc(test::builtInCatalogues());
        MainWindow window(doc);
        window.resize(1600, 960);
        auto* panels = window.findChild<docks::EnginePanels*>();
        QVERIFY(panels);
        std::size_t analysed = 0;
        connect(panels, &docks::EnginePanels::resultsReady, this,
                [&analysed](const engine::EngineResults& r) { analysed = r.elementCount; });
        QVERIFY(window.openFile(file));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.view()->fitDesign();
        QVERIFY(window.windowTitle().startsWith(QFileInfo(file).fileName()));
        QCOMPARE(int(window.scene()->items().size()), int(doc.design().elementCount()));
        QCOMPARE(window.statusPanel()->elementText(),
                 QStringLiteral("%1 element(s)").arg(doc.design().elementCount()));
        QCOMPARE(window.recentFiles()->files().value(0), QFileInfo(file).absoluteFilePath());
        // The live engine answers for the opened design: findings in the status bar.
        QTRY_COMPARE_WITH_TIMEOUT(analysed, doc.design().elementCount(), 30000);
        QVERIFY(window.statusPanel()->findingsText().contains(QStringLiteral("error")));
        // Saved for a person to look at; the test asserts only that there is something to see.
        const auto shot = window.grab();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(outputPath("mainwindow-" + QFileInfo(file).completeBaseName())));
    }

    void buildsATwoRegionDesignThroughTheUi()
    {
        document::DesignDocument doc(test::builtInCatalogues());
        MainWindow window(doc);
        window.resize(1600, 960);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        trigger(window, "actionNew");
        QCOMPARE(doc.design().elementCount(), std::size_t{0});

        // Two AWS regions from the palette: the first takes the traffic, the second stands by.
        emit window.palette()->regionActivated(Provider::Aws);
        emit window.palette()->regionActivated(Provider::Aws);
        QCOMPARE(doc.design().regions.size(), std::size_t{2});
        const auto& primary = doc.design().regions.at(RegionId{"us-east-1"});
        const auto& standby = doc.design().regions.at(RegionId{"us-east-2"});
        QCOMPARE(primary.trafficPercent, 100.0);
        QCOMPARE(standby.role, RegionRole::WarmStandby);

        // A table in each region, dropped where the canvas shows them.
        auto* view = window.view();
        const auto centre = [&](const Region& r) {
            return QPointF(r.position.x + r.size.width / 2, r.position.y + r.size.height / 2);
        };
        QVERIFY(view->addServiceAt("aws.dynamodb", centre(primary)));
        QVERIFY(view->addServiceAt("aws.dynamodb", centre(standby)));
        QVERIFY(view->addServiceAt("aws.route53", QPointF(centre(primary).x(), -40)));
        QCOMPARE(doc.design().services.size(), std::size_t{3});
        QCOMPARE(doc.design().services.at(ServiceId{"dynamodb"}).region,
                 std::optional(RegionId{"us-east-1"}));
        QCOMPARE(doc.design().services.at(ServiceId{"dynamodb-2"}).region,
                 std::optional(RegionId{"us-east-2"}));
        QVERIFY(doc.design().services.at(ServiceId{"route53"}).isGlobal());

        // The properties dock edits the selected table; a bad value is refused and not stored.
        window.scene()->selectElements({document::ElementRef::service(ServiceId{"dynamodb"})});
        auto* properties = window.properties();
        QCOMPARE(properties->element(),
                 std::optional(document::ElementRef::service(ServiceId{"dynamodb"})));
        const auto before = doc.design();
        typeInto(properties, "backupIntervalHours", "-3");
        QVERIFY(properties->problem().contains("Backup interval"));
        QVERIFY(properties->field("backupIntervalHours")->isInvalid());
        QCOMPARE(doc.design(), before);
        typeInto(properties, "backupIntervalHours", "12");
        QVERIFY(properties->problem().isEmpty());
        QCOMPARE(std::get<double>(doc.design()
                                      .services.at(ServiceId{"dynamodb"})
                                      .properties.at("backupIntervalHours")),
                 12.0);
        QVERIFY(validateDesign(doc.design(), doc.catalogues()).empty());

        // Copy and paste the standby table: it gets a fresh id in the same region.
        window.scene()->selectElements({document::ElementRef::service(ServiceId{"dynamodb-2"})});
        trigger(window, "actionCopy");
        trigger(window, "actionPaste");
        QVERIFY(doc.design().service(ServiceId{"dynamodb-2-2"}));
        trigger(window, "actionDelete");
        QVERIFY(!doc.design().service(ServiceId{"dynamodb-2-2"}));

        QVERIFY(window.grab().save(outputPath("mainwindow-built-design")));

        // Save, undo everything, reopen: the saved design comes back as it was.
        QTemporaryDir dir;
        const auto path = dir.filePath("two-regions.json");
        QVERIFY(window.saveAs(path));
        QVERIFY(!doc.isModified());
        const auto saved = doc.design();
        auto* undo = window.findChild<QAction*>("actionUndo");
        QVERIFY(undo->text().startsWith("&Undo Delete"));
        while (doc.undoStack()->canUndo())
            undo->trigger();
        QCOMPARE(doc.design().elementCount(), std::size_t{0});
        answerNextMessageBox(QMessageBox::Discard);
        QVERIFY(window.openFile(path));
        QCOMPARE(doc.design(), saved);
    }

    void closingWithUnsavedChangesAsksAndCanBeCancelled()
    {
        document::DesignDocument doc(test::builtInCatalogues());
        MainWindow window(doc);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.view()->addRegionAt(Provider::Gcp, {0, 0}));
        QVERIFY(window.isWindowModified());
        answerNextMessageBox(QMessageBox::Cancel);
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        answerNextMessageBox(QMessageBox::Discard);
        QVERIFY(window.close());
    }

    void pastesAcrossWindows()
    {
        document::DesignDocument first(test::builtInCatalogues());
        MainWindow a(first);
        QVERIFY(a.openFile(QString::fromStdString(
            test::sourcePath("resources/examples/02-aws-active-passive.json"))));
        a.scene()->selectElements({document::ElementRef::region(RegionId{"usw2"})});
        a.copySelection();

        document::DesignDocument second(test::builtInCatalogues());
        MainWindow b(second);
        b.paste();
        // A region with its services and the links among them, into an empty design.
        QVERIFY(second.design().region(RegionId{"usw2"}));
        QVERIFY(second.design().services.size() > 3);
        for (const auto& [id, s] : second.design().services)
            QCOMPARE(s.region, std::optional(RegionId{"usw2"}));
        // Its only region now takes all the traffic, so the design is whole.
        QCOMPARE(second.design().region(RegionId{"usw2"})->trafficPercent, 100.0);
        QVERIFY(validateDesign(second.design(), second.catalogues()).empty());
        QVERIFY(second.isModified());
    }

    void panelsAreListedAndNewOnesRegister()
    {
        document::DesignDocument doc(test::builtInCatalogues());
        MainWindow window(doc);
        // Building the window's editors changes nothing in the design.
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!doc.isModified());
        auto* extra = new QDockWidget(QStringLiteral("Notes"));
        window.addPanel(extra, Qt::BottomDockWidgetArea);
        QStringList panels;
        for (auto* menu : window.findChildren<QMenu*>()) {
            if (menu->title() == QStringLiteral("&Panels")) {
                for (auto* action : menu->actions())
                    panels << action->text();
            }
        }
        // The live engine's docks come with every window; later ones just register.
        QCOMPARE(panels, (QStringList{"Palette", "Properties", "Findings", "Scenarios", "Costs",
                                      "Pricing", "Notes"}));
        QVERIFY(window.pricingMenu()->actions().contains(
            window.findChild<QAction*>("actionCatalogue")));
    }

    void eachDocksAssumptionsButtonOpensTheAssumptionsDialog_data()
    {
        QTest::addColumn<QString>("dock");
        QTest::newRow("scenarios") << "ScenariosDock";
        QTest::newRow("costs") << "CostsDock";
    }

    void eachDocksAssumptionsButtonOpensTheAssumptionsDialog()
    {
        QFETCH(QString, dock);
        document::DesignDocument doc(test::builtInCatalogues());
        MainWindow window(doc);
        auto* button = window.findChild<QDockWidget*>(dock)->findChild<QToolButton*>(
            QStringLiteral("editAssumptions"));
        QVERIFY(button);
        bool editorShown = false;
        QTimer::singleShot(0, [&editorShown] {
            auto* dialog = QApplication::activeModalWidget();
            editorShown = dialog && dialog->findChild<AssumptionsEditor*>();
            if (dialog)
                dialog->close();
        });
        button->click();
        QVERIFY(editorShown);
    }

    void statusBarSlotsShowWhatTheEngineSets()
    {
        document::DesignDocument doc(test::builtInCatalogues());
        MainWindow window(doc);
        auto* status = window.statusPanel();
        QCOMPARE(status->findingsText(), QString());
        status->setFindingCounts(2, 5, 1);
        status->setMonthlyCost(QStringLiteral("$1,234.56"));
        status->setPriceVersion(QStringLiteral("aws 2025-06-01"));
        QCOMPARE(status->findingsText(), QStringLiteral("● 2 errors  ● 5 warnings  ● 1 info"));
        QCOMPARE(status->costText(), QStringLiteral("$1,234.56 / month"));
        QCOMPARE(status->priceVersionText(), QStringLiteral("Prices: aws 2025-06-01"));
        status->clearEngineFigures();
        QCOMPARE(status->costText(), QString());
    }

    void everyFileAndZoomCommandHasItsKeys()
    {
        // Issue 15: under Xvfb, Save As had no key and Ctrl+= (the documented Zoom In) did
        // nothing: Qt's generic theme binds no SaveAs and only Ctrl++ for ZoomIn.
        document::DesignDocument doc(test::builtInCatalogues());
        MainWindow window(doc);
        const auto keysOf = [&](const char* name) {
            const auto* action = window.findChild<QAction*>(name);
            return action ? action->shortcuts() : QList<QKeySequence>{};
        };
        QVERIFY(keysOf("actionSaveAs").contains(QKeySequence(QStringLiteral("Ctrl+Shift+S"))));
        QVERIFY(keysOf("actionZoomIn").contains(QKeySequence(QStringLiteral("Ctrl+="))));
        QVERIFY(keysOf("actionZoomOut").contains(QKeySequence(QStringLiteral("Ctrl+-"))));
        QVERIFY(keysOf("actionFit").contains(QKeySequence(QStringLiteral("Ctrl+0"))));
        QVERIFY(keysOf("actionSave").contains(QKeySequence(QStringLiteral("Ctrl+S"))));
        // One key, one command: no two actions of the window share a key.
        QHash<QKeySequence, QString> owner;
        for (const auto* action : window.findChildren<QAction*>()) {
            for (const auto& key : action->shortcuts()) {
                QVERIFY2(!owner.contains(key) || owner.value(key) == action->objectName(),
                         qPrintable(key.toString() + " " + owner.value(key) + " " +
                                    action->objectName()));
                owner.insert(key, action->objectName());
            }
        }
    }

    void paletteSearchFilters()
    {
        PaletteDock palette(test::builtInCatalogues());
        QCOMPARE(palette.visibleKinds().size(),
                 qsizetype(test::builtInCatalogues().services.kinds().size()));
        palette.setFilterText(QStringLiteral("no such service"));
        QCOMPARE(palette.visibleKinds(), QStringList());
        palette.setFilterText(QStringLiteral("dynamo"));
        QCOMPARE(palette.visibleKinds(), QStringList{"aws.dynamodb"});
        palette.setFilterText(QStringLiteral("azure database"));
        QCOMPARE(palette.visibleKinds(), (QStringList{"azure.cosmos-db", "azure.sql-database"}));
    }

    void autosaveKeepsUnsavedWorkForRecovery()
    {
        QTemporaryDir dir;
        document::DesignDocument doc(test::builtInCatalogues());
        QVERIFY(doc.open(QString::fromStdString(
                             test::sourcePath("resources/examples/01-single-region-api.json")))
                    .ok());
        Autosave autosave(doc, dir.path(), 3'600'000);
        autosave.saveNow();
        QVERIFY(!QFileInfo::exists(autosave.designPath())); // nothing unsaved, nothing written

        MainWindow window(doc);
        QVERIFY(window.view()->addRegionAt(Provider::Aws, {900, 0}));
        autosave.saveNow();
        QVERIFY(QFileInfo::exists(autosave.designPath()));
        // Its session is alive (the lock is held): nothing to recover yet.
        QVERIFY(Autosave::findRecoverable(dir.path()).isEmpty());

        // A crash leaves the copy without a live lock.
        const auto crashed = dir.filePath("crashed.json");
        QVERIFY(QFile::copy(autosave.designPath(), crashed));
        QVERIFY(QFile::copy(autosave.designPath().chopped(5) + ".origin",
                            dir.filePath("crashed.origin")));
        const auto found = Autosave::findRecoverable(dir.path());
        QCOMPARE(found.size(), qsizetype(1));
        QCOMPARE(found.front().originalPath, doc.filePath());
        auto design = Autosave::load(found.front(), doc.catalogues());
        QVERIFY(design.ok());
        QCOMPARE(design.value(), doc.design());

        document::DesignDocument next(test::builtInCatalogues());
        next.restoreRecovered(design.value(), found.front().originalPath);
        QVERIFY(next.isModified());
        QCOMPARE(next.filePath(), doc.filePath());

        // Saving removes the session's copy.
        QVERIFY(window.saveAs(dir.filePath("saved.json")));
        QVERIFY(!QFileInfo::exists(autosave.designPath()));
    }

    void theWindowExportsTheDiagramTheReviewHolds()
    {
        document::DesignDocument doc(test::builtInCatalogues());
        MainWindow window(doc);
        QVERIFY(window.openFile(examplePath()));
        QTemporaryDir dir;
        // File > Export > Diagram as SVG / PNG, without the file dialog.
        QVERIFY(exportDiagram(window, dir.filePath("window.svg"), true).ok());
        QVERIFY(exportDiagram(window, dir.filePath("window.png"), false).ok());
        // The review's diagram files of the same design.
        ReviewOptions options;
        options.timestamp = "2026-01-31T12:00:00Z";
        options.simulatedYears = 1'000;
        const auto review =
            buildReview(doc.design(), doc.catalogues(), "{}", test::lambdaRequestBook(), options);
        review::ReviewRequest request;
        request.catalogues = &doc.catalogues();
        request.svgPath = dir.filePath("review.svg");
        request.pngPath = dir.filePath("review.png");
        QVERIFY(review::exportReview(request, review).ok());

        const auto svg = contents(dir.filePath("window.svg"));
        QCOMPARE(svg, contents(request.svgPath));
        // The one style: the standby region's role and the replication link in the legend.
        QVERIFY(svg.contains("Warm standby region"));
        QVERIFY(svg.contains("Replication"));
        const QImage png(dir.filePath("window.png"));
        QVERIFY(!png.isNull());
        QCOMPARE(png, QImage(request.pngPath));
    }

    void aFailedDiagramExportKeepsTheOldFile()
    {
        document::DesignDocument doc(test::builtInCatalogues());
        MainWindow window(doc);
        QVERIFY(window.openFile(examplePath()));
        QTemporaryDir dir;
        for (const bool svg : {true, false}) {
            const auto path = dir.filePath(svg ? "old.svg" : "old.png");
            {
                QFile old(path);
                QVERIFY(old.open(QIODevice::WriteOnly));
                old.write("old");
            }
            Result<std::monostate> failed = std::monostate{};
            {
                // The diagram is kilobytes: it cannot be written under 1 KiB.
                const test::FileSizeLimit limit(1024);
                failed = exportDiagram(window, path, svg);
            }
            QVERIFY2(
                !failed.ok(),
                qPrintable(QStringLiteral("%1: %2 bytes").arg(path).arg(QFileInfo(path).size())));
            QVERIFY2(QString::fromStdString(failed.errors().front().message).contains(path),
                     failed.errors().front().message.c_str());
            QCOMPARE(contents(path), QByteArray("old"));
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), svg ? 1 : 2);
        }
        const auto missing = exportDiagram(window, dir.filePath("no/such/folder/d.svg"), true);
        QVERIFY(!missing.ok());
        QVERIFY(
            QString::fromStdString(missing.errors().front().message).contains("no/such/folder"));
    }

    void badgesAndOutageMarksShowOnTheCanvas()
    {
        document::DesignDocument doc(test::builtInCatalogues());
        MainWindow window(doc);
        window.resize(1600, 960);
        QVERIFY(window.openFile(QString::fromStdString(
            test::sourcePath("resources/examples/02-aws-active-passive.json"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* scene = window.scene();
        scene->setBadge("fn-use1", Severity::Error);
        scene->setBadge("orders-db-use1", Severity::Warning);
        scene->setBadge("usw2", Severity::Info);
        scene->setDown("use1", true);
        for (const auto& [id, s] : doc.design().services) {
            if (s.region == RegionId{"use1"})
                scene->setDown(id.value, true);
        }
        QCOMPARE(scene->item("fn-use1")->badge(), std::optional(Severity::Error));
        QVERIFY(window.grab().save(outputPath("mainwindow-outage-marks")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

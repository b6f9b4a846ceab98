// What a new user meets (issue 15): a window that fits the screen it opens on with most of it
// given to the canvas, Help ▸ Getting Started, and Help ▸ Examples opening the bundled designs.
// Runs on an offscreen screen of 1366×768 (LaptopScreen.h).
#include "DockFixtures.h"
#include "HelpMenu.h"
#include "LaptopScreen.h"
#include "TestCatalogues.h"
#include "WindowSizing.h"
#include "core/DesignFile.h"
#include "document/DesignDocument.h"
#include "ui/MainWindow.h"
#include "ui/palette/PaletteDock.h"
#include "ui/properties/PropertiesDock.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace rs;
using namespace rs::ui;

namespace {

QAction* helpAction(MainWindow& window, const char* name)
{
    for (auto* menu : window.menuBar()->findChildren<QMenu*>()) {
        if (menu->title() != MainWindow::tr("&Help"))
            continue;
        for (auto* action : menu->actions()) {
            if (action->objectName() == QLatin1String(name))
                return action;
        }
    }
    return nullptr;
}

QStringList exampleSourceFiles()
{
    QDir dir(QString::fromStdString(test::sourcePath("resources/examples")));
    QStringList paths;
    for (const auto& name : dir.entryList({"*.json"}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

} // namespace

class TestFirstRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("Resilience Studio Tests"));
        QApplication::setApplicationName(QStringLiteral("tst_firstrun"));
        QSettings().clear();
        const auto screen = QGuiApplication::primaryScreen()->geometry();
        QCOMPARE(screen, QRect(0, 0, 1366, 768)); // else main()'s screen did not take
    }

    void aNewWindowTakesMostOfTheScreenAndFits_data()
    {
        QTest::addColumn<QRect>("available");
        QTest::addColumn<QRect>("expected");
        // 85 % each way, truncated, centred by QRect::moveCenter (centre = (left + right) / 2
        // with right = left + width − 1). 1366×768: 1161×652, centre (682, 383), so the left
        // edge is 682 − 1160/2 = 102 and the top 383 − 651/2 = 58.
        QTest::newRow("1366×768 laptop") << QRect(0, 0, 1366, 768) << QRect(102, 58, 1161, 652);
        // 1920×1080 at 2× is 960×540; a 27 px top panel leaves 960×513 from y 27: 816×436,
        // centre (479, 283), left 479 − 815/2 = 72, top 283 − 435/2 = 66.
        QTest::newRow("1920×1080 at 2×") << QRect(0, 27, 960, 513) << QRect(72, 66, 816, 436);
        // A second screen right of a 1920 px one: 1280×1024 → 1088×870, centre (2559, 511),
        // left 2559 − 1087/2 = 2016, top 511 − 869/2 = 77.
        QTest::newRow("second screen") << QRect(1920, 0, 1280, 1024) << QRect(2016, 77, 1088, 870);
    }
    void aNewWindowTakesMostOfTheScreenAndFits()
    {
        QFETCH(QRect, available);
        QFETCH(QRect, expected);
        const auto geometry = initialWindowGeometry(available);
        QCOMPARE(geometry, expected);
        QVERIFY(fitsOn(geometry, available));
    }

    void theWindowFitsASmallScreenAndTheCanvasGetsMostOfIt()
    {
        QSettings().clear();
        document::DesignDocument doc(test::builtInCatalogues());
        MainWindow window(doc);
        QVERIFY(window.openFile(
            QString::fromStdString(test::sourcePath("resources/examples/05-gcp-global.json"))));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto available = window.screen()->availableGeometry();
        QVERIFY2(available.contains(window.frameGeometry()),
                 qPrintable(QStringLiteral("frame %1,%2 %3×%4")
                                .arg(window.frameGeometry().x())
                                .arg(window.frameGeometry().y())
                                .arg(window.frameGeometry().width())
                                .arg(window.frameGeometry().height())));
        const auto canvas = window.centralWidget()->size();
        const double share =
            double(canvas.width() * canvas.height()) / double(window.width() * window.height());
        QVERIFY2(share >= 0.5, qPrintable(QStringLiteral("canvas %1×%2 in a %3×%4 window: %5")
                                              .arg(canvas.width())
                                              .arg(canvas.height())
                                              .arg(window.width())
                                              .arg(window.height())
                                              .arg(share)));
        // The docks are still there to read, not squeezed to nothing.
        QVERIFY(window.palette()->isVisible());
        QVERIFY(window.palette()->width() >= window.width() / 10);
        QVERIFY(window.properties()->width() >= window.width() / 5);
        // Properties over the engine's tabs, each with a part of the column to read.
        QVERIFY(window.properties()->height() >= window.height() / 3);
        QVERIFY(window.properties()->height() <= window.height() / 2);
        QVERIFY(test::saveScreenshot(window, QStringLiteral("firstrun-window-1366x768")));
    }

    void thePaletteShowsEveryNameWholeOnALaptop()
    {
        QSettings().clear();
        document::DesignDocument doc(test::builtInCatalogues());
        MainWindow window(doc);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* tree = window.palette()->findChild<QTreeWidget*>();
        QVERIFY(tree);
        QApplication::processEvents(); // the rows laid out again at the docks' final width
        int wrapped = 0;
        QStringList cut;
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            const auto* item = *it;
            const QRect row = tree->visualItemRect(item);
            // The row's text area: the row less the icon and the style's margins around it.
            const int textWidth = row.width() - tree->iconSize().width() - 12;
            const QFontMetrics metrics(tree->font());
            const QRect needs =
                metrics.boundingRect(QRect(0, 0, textWidth, 1000), Qt::TextWordWrap, item->text(0));
            // Whole, or (a name of more than three lines: a kind's long parenthesis) three
            // lines of it, its tooltip holding it all.
            const int lines = needs.height() / metrics.lineSpacing();
            QVERIFY2(needs.width() <= textWidth && (needs.height() <= row.height() ||
                                                    row.height() >= 3 * metrics.lineSpacing()),
                     qPrintable(QStringLiteral("“%1” needs %2×%3 in a row of %4×%5")
                                    .arg(item->text(0))
                                    .arg(needs.width())
                                    .arg(needs.height())
                                    .arg(textWidth)
                                    .arg(row.height())));
            wrapped += lines > 1 ? 1 : 0;
            cut << (lines > 3 ? item->text(0) : QString());
        }
        cut.removeAll(QString());
        qInfo() << "cut to three lines:" << cut;
        QVERIFY2(cut.size() <= 3, qPrintable(cut.join(QStringLiteral("; "))));
        // At this width the long names do take two lines ("Google Cloud Load Balancing").
        QVERIFY(wrapped > 0);
        QVERIFY(
            test::saveScreenshot(*window.palette(), QStringLiteral("firstrun-palette-1366x768")));
    }

    void thePalettesGlyphsFollowATheme()
    {
        document::DesignDocument doc(test::builtInCatalogues());
        MainWindow window(doc);
        auto* tree = window.palette()->findChild<QTreeWidget*>();
        const auto* compute = tree->topLevelItem(1); // the first category, under Regions
        const auto glyph = [&] { return compute->icon(0).pixmap(20).toImage(); };
        const QImage light = glyph();
        QPalette dark = window.palette()->palette();
        dark.setColor(QPalette::Text, Qt::white);
        dark.setColor(QPalette::Base, Qt::black);
        window.palette()->setPalette(dark);
        QVERIFY(glyph() != light); // drawn again in the new text colour
    }

    void aSavedGeometryWinsOnlyWhenItFitsTheScreen()
    {
        QWidget probe;
        probe.setGeometry(200, 150, 900, 560);
        QSettings().setValue(QStringLiteral("mainWindow/geometry"), probe.saveGeometry());
        {
            document::DesignDocument doc(test::builtInCatalogues());
            MainWindow window(doc);
            QCOMPARE(window.geometry(), QRect(200, 150, 900, 560));
        }
        // Saved on a larger screen: the window comes back on this one, whole.
        probe.setGeometry(100, 100, 1800, 1100);
        QSettings().setValue(QStringLiteral("mainWindow/geometry"), probe.saveGeometry());
        document::DesignDocument doc(test::builtInCatalogues());
        MainWindow window(doc);
        QVERIFY(window.screen()->availableGeometry().contains(window.geometry()));
        QSettings().clear();
    }

    void gettingStartedShowsTheGuide()
    {
        document::DesignDocument doc(test::builtInCatalogues());
        MainWindow window(doc);
        auto* action = helpAction(window, "actionGettingStarted");
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
        action->trigger();
        auto* dialog = window.findChild<QDialog*>(QStringLiteral("gettingStarted"));
        QVERIFY(dialog && dialog->isVisible());
        const auto text = dialog->findChild<QTextBrowser*>()->toPlainText();
        // The guide's four parts, read from the page.
        for (const auto* part : {"The canvas", "Adding regions, services and links",
                                 "Where the answers show", "Saving and exporting"})
            QVERIFY2(text.contains(QLatin1String(part)), part);
        // Asked again, the same guide comes forward.
        action->trigger();
        QCOMPARE(window.findChildren<QDialog*>(QStringLiteral("gettingStarted")).size(), 1);
        QVERIFY(test::saveScreenshot(*dialog, QStringLiteral("firstrun-getting-started")));
    }

    void examplesListsEveryBundledExample()
    {
        const auto files = exampleSourceFiles();
        QCOMPARE(files.size(), 6); // resources/examples has 01 to 06
        QStringList names;
        for (const auto& file : files)
            names << QFileInfo(file).fileName();
        QStringList bundled;
        for (const auto& path : bundledExamples())
            bundled << QFileInfo(path).fileName();
        QCOMPARE(bundled, names);
    }

    void choosingAnExampleOpensItAsAnUntitledCopy_data()
    {
        QTest::addColumn<QString>("file");
        for (const auto& file : exampleSourceFiles())
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }
    void choosingAnExampleOpensItAsAnUntitledCopy()
    {
        QFETCH(QString, file);
        const auto expected = loadDesignFile(file.toStdString(), test::builtInCatalogues());
        QVERIFY(expected.ok());
        const auto row = exampleSourceFiles().indexOf(file);
        document::DesignDocument doc(test::builtInCatalogues());
        MainWindow window(doc);
        auto* action = helpAction(window, "actionExamples");
        QVERIFY(action);
        int listed = 0;
        QString listedName;
        QTimer::singleShot(0, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* list = dialog->findChild<QListWidget*>(QStringLiteral("exampleList"));
            QVERIFY(list);
            listed = list->count();
            list->setCurrentRow(int(row));
            listedName = list->currentItem()->text();
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Open)->click();
        });
        action->trigger();
        QCOMPARE(listed, 6);
        QCOMPARE(listedName, QString::fromStdString(expected.value().name));
        QCOMPARE(QString::fromStdString(doc.design().name),
                 QString::fromStdString(expected.value().name));
        QCOMPARE(doc.design().elementCount(), expected.value().elementCount());
        // A copy: saving asks where, and nothing is changed yet.
        QVERIFY(doc.filePath().isEmpty());
        QVERIFY(!doc.isModified());
    }
};

RS_LAPTOP_SCREEN_MAIN(TestFirstRun)

#include "tst_firstrun.moc"

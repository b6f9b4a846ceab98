// Each bundled example as the architect first sees it: opened in the window at its default size
// on the screen the test runs on (ctest runs this on a 1920 x 1080 screen, on a 3840 x 2160 one
// at 2x and on a 1366 x 768 laptop), in a light and a dark palette. Saved in the test output
// (canvas-<example>-<palette>-<screen>.png) to be looked at, and checked: fitted, no name cut,
// no card outside its region or on another card.
#include "DockFixtures.h"
#include "TestCatalogues.h"
#include "document/DesignDocument.h"
#include "ui/MainWindow.h"
#include "ui/canvas/DesignScene.h"
#include "ui/canvas/DesignView.h"
#include "ui/canvas/LinkItem.h"
#include "ui/canvas/RegionItem.h"
#include "ui/canvas/ServiceItem.h"

#include <QApplication>
#include <QDir>
#include <QScreen>
#include <QtTest>

using namespace rs;
using namespace rs::ui;

namespace {

/// A dark theme as a desktop's would set it: light text on near-black, a blue highlight.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x5f, 0x5f, 0x64));
    p.setColor(QPalette::Dark, QColor(0x19, 0x19, 0x1b));
    p.setColor(QPalette::Light, QColor(0x48, 0x48, 0x4d));
    return p;
}

QString screenTag()
{
    const auto* screen = QGuiApplication::primaryScreen();
    const QSize pixels = screen->geometry().size() * screen->devicePixelRatio();
    return QStringLiteral("%1x%2%3")
        .arg(pixels.width())
        .arg(pixels.height())
        .arg(screen->devicePixelRatio() > 1.0 ? QStringLiteral("@2x") : QString());
}

} // namespace

class TestCanvasScreens : public QObject
{
    Q_OBJECT

private slots:
    void eachExampleReadsAtItsDefaultSize_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("dark");
        QDir dir(QString::fromStdString(test::sourcePath("resources/examples")));
        for (const auto& name : dir.entryList({"*.json"}, QDir::Files, QDir::Name)) {
            for (const bool dark : {false, true})
                QTest::newRow(qPrintable(name + (dark ? " dark" : " light")))
                    << dir.filePath(name) << dark;
        }
    }
    void eachExampleReadsAtItsDefaultSize()
    {
        QFETCH(QString, file);
        QFETCH(bool, dark);
        const QPalette original = QApplication::palette();
        QApplication::setPalette(dark ? darkPalette() : original);
        const auto restore = qScopeGuard([&original] { QApplication::setPalette(original); });

        document::DesignDocument doc(test::builtInCatalogues());
        MainWindow window(doc);
        QVERIFY(window.openFile(file));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::processEvents();
        auto* scene = window.scene();
        auto* view = window.view();
        scene->placeLabels();
        QVERIFY(test::saveScreenshot(
            window, QStringLiteral("canvas-%1-%2-%3")
                        .arg(QFileInfo(file).baseName(), dark ? "dark" : "light", screenTag())));

        // The window fits its screen; the design is fitted in the view.
        QVERIFY(window.screen()->availableGeometry().contains(window.frameGeometry()));
        const QRectF shown = view->mapToScene(view->viewport()->rect()).boundingRect();
        const double lod = view->zoom();
        std::vector<QRectF> cards;
        for (const auto& [id, service] : doc.design().services) {
            const auto* item = scene->serviceItem(id);
            const QRectF card = scene->serviceRect(id);
            QVERIFY2(shown.contains(card), id.value.c_str());
            // At the zoom that fits the design, the name is whole.
            QVERIFY2(!item->shownName(lod).contains(QChar(0x2026)),
                     qPrintable(QStringLiteral("%1 at %2: %3")
                                    .arg(QString::fromStdString(id.value))
                                    .arg(lod)
                                    .arg(item->shownName(lod))));
            if (service.region) {
                const auto* region = scene->regionItem(*service.region);
                QVERIFY2(region->mapRectToScene(region->area()).contains(card), id.value.c_str());
            }
            for (const auto& other : cards)
                QVERIFY2(!other.intersects(card), id.value.c_str());
            cards.push_back(card);
        }
        // No link runs through a card it does not join, nor through a region's title.
        for (const auto& [linkId, link] : doc.design().links) {
            const auto& way = scene->linkItem(linkId)->linkRoute().points();
            const auto crosses = [&way](const QRectF& box) {
                const QRectF inner = box.adjusted(1, 1, -1, -1);
                for (qsizetype i = 0; i + 1 < way.size(); ++i) {
                    for (int step = 0; step <= 100; ++step) {
                        if (inner.contains(QLineF(way[i], way[i + 1]).pointAt(step / 100.0)))
                            return true;
                    }
                }
                return false;
            };
            for (const auto& [id, service] : doc.design().services) {
                if (id != link.from && id != link.to)
                    QVERIFY2(!crosses(scene->serviceRect(id)),
                             qPrintable(QStringLiteral("%1 through %2")
                                            .arg(linkId.value.c_str(), id.value.c_str())));
            }
            for (const auto& [id, region] : doc.design().regions)
                QVERIFY2(
                    !crosses(scene->regionItem(id)->sceneTitleRect()),
                    qPrintable(QStringLiteral("%1 through the title of %2 %3 %4")
                                   .arg(linkId.value.c_str(), id.value.c_str())
                                   .arg(QDebug::toString(scene->regionItem(id)->sceneTitleRect()))
                                   .arg(QDebug::toString(way))));
        }
    }
};

QTEST_MAIN(TestCanvasScreens)
#include "tst_canvasscreens.moc"

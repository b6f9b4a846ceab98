// Issue 15: the charts at the size the first window gives them on a 1366×768 screen
// (LaptopScreen.h) show every axis title, tick label and marker label whole, and their legends
// list only what can be seen. A screenshot of each chart goes to the test output.
#include "DockFixtures.h"
#include "LaptopScreen.h"
#include "TestCatalogues.h"
#include "TierComparisonView.h"
#include "docks/EnginePanels.h"
#include "document/DesignDocument.h"
#include "ui/MainWindow.h"

#include <QDockWidget>
#include <QFontMetrics>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <qcustomplot.h>

using namespace rs;

namespace {

QString describe(const QRectF& r)
{
    return QStringLiteral("(%1, %2 %3×%4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

/// Where an axis draws its title: centred on the axis rect along the axis, as QCPAxisPainter
/// does; across the axis the plot's automatic margins make room for it, so only its length
/// can run out of the widget.
QRectF titleExtent(const QCPAxis& axis)
{
    const QFontMetrics metrics(axis.labelFont());
    double length = 0.0; // of its longest line
    for (const auto& line : axis.label().split(QLatin1Char('\n')))
        length = std::max(length, double(metrics.horizontalAdvance(line)));
    const auto rect = axis.axisRect()->rect();
    if (axis.orientation() == Qt::Horizontal)
        return {rect.center().x() - length / 2.0, double(rect.bottom()), length, 1.0};
    return {double(rect.left()), rect.center().y() - length / 2.0, 1.0, length};
}

/// Each tick label of a horizontal axis, centred on its tick (labels are not rotated at these
/// sizes: drawCostBreakdown turns them only past five regions).
QList<QRectF> tickLabelExtents(const QCPAxis& axis)
{
    QList<QRectF> extents;
    const QFontMetrics metrics(axis.tickLabelFont());
    const auto ticks = axis.tickVector();
    const auto labels = axis.tickVectorLabels();
    for (int i = 0; i < ticks.size() && i < labels.size(); ++i) {
        if (!axis.range().contains(ticks[i]))
            continue;
        const double x = axis.coordToPixel(ticks[i]);
        const double width = metrics.horizontalAdvance(labels[i]);
        extents << QRectF(x - width / 2.0, axis.axisRect()->rect().bottom(), width, 1.0);
    }
    return extents;
}

/// Whether a category line can be told from the lines drawn over it and from the axis: some
/// point of it at least 2 px from each.
bool distinguishable(const QCPGraph& graph, const QList<QCPGraph*>& above)
{
    for (auto it = graph.data()->constBegin(); it != graph.data()->constEnd(); ++it) {
        const double y = graph.valueAxis()->coordToPixel(it->value);
        bool apart = std::abs(y - graph.valueAxis()->coordToPixel(0.0)) >= 2.0;
        for (const auto* other : above) {
            const auto found = other->data()->findBegin(it->key, false);
            if (found != other->data()->constEnd() &&
                std::abs(y - other->valueAxis()->coordToPixel(found->value)) < 2.0)
                apart = false;
        }
        if (apart)
            return true;
    }
    return false;
}

/// The plottables a reader can see: bars with some height, lines apart from those over them.
int visiblePlottables(QCustomPlot& plot)
{
    int visible = 0;
    QList<QCPGraph*> above;
    for (int i = plot.plottableCount() - 1; i >= 0; --i) {
        auto* plottable = plot.plottable(i);
        if (!plottable->visible())
            continue;
        if (auto* graph = qobject_cast<QCPGraph*>(plottable)) {
            visible += (above.isEmpty() || distinguishable(*graph, above)) ? 1 : 0;
            above << graph;
        } else if (auto* bars = qobject_cast<QCPBars*>(plottable)) {
            const auto* data = bars->data().data();
            visible += std::any_of(data->constBegin(), data->constEnd(),
                                   [](const QCPBarsData& d) { return d.value > 0.0; });
        }
    }
    return visible;
}

void checkFits(QCustomPlot& plot)
{
    const QRectF bounds = plot.rect();
    for (auto* axis : plot.axisRect()->axes()) {
        if (!axis->visible() || axis->label().isEmpty())
            continue;
        const auto title = titleExtent(*axis);
        QVERIFY2(bounds.contains(title), qPrintable(QStringLiteral("%1's title %2 %3 in %4")
                                                        .arg(plot.objectName(), axis->label(),
                                                             describe(title), describe(bounds))));
        if (axis->orientation() == Qt::Horizontal && axis->tickLabelRotation() == 0) {
            const auto labels = tickLabelExtents(*axis);
            for (int i = 0; i < labels.size(); ++i) {
                QVERIFY2(bounds.contains(labels[i]),
                         qPrintable(QStringLiteral("%1: a tick label at %2")
                                        .arg(plot.objectName(), describe(labels[i]))));
                // Side by side, and not into each other.
                QVERIFY2(i == 0 || labels[i - 1].right() < labels[i].left(),
                         qPrintable(QStringLiteral("%1: tick labels overlap at %2")
                                        .arg(plot.objectName(), describe(labels[i]))));
            }
        }
    }
    QList<QPair<QRectF, QString>> labels; // drawn so far: none may cover another
    for (int i = 0; i < plot.itemCount(); ++i) {
        auto* text = qobject_cast<QCPItemText*>(plot.item(i));
        if (!text || !text->visible())
            continue;
        const QRectF box(text->topLeft->pixelPosition(), text->bottomRight->pixelPosition());
        for (const auto& [other, said] : labels) {
            QVERIFY2(!other.intersects(box),
                     qPrintable(QStringLiteral("%1: “%2” over “%3”")
                                    .arg(plot.objectName(), text->text(), said)));
        }
        labels.append({box, text->text()});
        const QRectF clip = text->clipToAxisRect() ? QRectF(text->clipAxisRect()->rect()) : bounds;
        QVERIFY2(
            clip.adjusted(-0.5, -0.5, 0.5, 0.5).contains(box),
            qPrintable(QStringLiteral("%1: “%2” at %3 outside %4")
                           .arg(plot.objectName(), text->text(), describe(box), describe(clip))));
    }
    if (plot.legend->visible()) {
        QVERIFY2(bounds.contains(plot.legend->outerRect()),
                 qPrintable(plot.objectName() + QStringLiteral("'s legend")));
        QCOMPARE(plot.legend->itemCount(), visiblePlottables(plot));
    }
}

/// Whether the scroll area `plot` is in is narrower than its content, hiding part of it.
bool scrolledSideways(const QWidget& plot)
{
    for (auto* w = plot.parentWidget(); w; w = w->parentWidget()) {
        if (auto* area = qobject_cast<QScrollArea*>(w))
            return area->widget()->width() > area->viewport()->width();
    }
    return false;
}

/// Brings the chart to the front, as a reader would: its dock's tab, then its tab in the dock.
void showChart(QCustomPlot& plot)
{
    for (QWidget* w = &plot; w; w = w->parentWidget()) {
        if (auto* dock = qobject_cast<QDockWidget*>(w))
            dock->raise();
        if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->widget(i)->isAncestorOf(&plot))
                    tabs->setCurrentIndex(i);
            }
        }
    }
    QApplication::processEvents();
    plot.replot();
}

} // namespace

class TestChartsFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("Resilience Studio Tests"));
        QApplication::setApplicationName(QStringLiteral("tst_chartsfit"));
        QSettings().clear();
        // A catalogue of its own, made from the bundled table, so every chart has prices.
        QVERIFY(m_dir.isValid());
        QSettings().setValue(QStringLiteral("pricing/catalogue"),
                             m_dir.filePath(QStringLiteral("prices.sqlite")));
    }

    void chartsFitTheFirstWindow_data() { test::addExampleRows(); }
    void chartsFitTheFirstWindow()
    {
        QFETCH(QString, file);
        document::DesignDocument doc(test::builtInCatalogues());
        ui::MainWindow window(doc);
        auto* panels = window.findChild<docks::EnginePanels*>();
        QVERIFY(panels);
        bool compared = false;
        connect(panels->tierComparison(), &docks::TierComparisonView::compared, this,
                [&compared] { compared = true; });
        QVERIFY(window.openFile(
            QString::fromStdString(test::sourcePath("resources/examples/" + file.toStdString()))));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::settle(panels->engine()));
        QTRY_VERIFY_WITH_TIMEOUT(compared, 30'000);
        const auto stem = QFileInfo(file).completeBaseName();
        for (const auto* name : {"downtimeChart", "breakdownChart", "trafficChart", "tierChart"}) {
            auto* plot = window.findChild<QCustomPlot*>(QLatin1String(name));
            QVERIFY2(plot, name);
            showChart(*plot);
            QVERIFY2(plot->isVisible(), name);
            // Its whole width in view: the dock scrolls down to a chart, never sideways.
            QVERIFY2(!scrolledSideways(*plot), name);
            QVERIFY(test::saveScreenshot(*plot, QStringLiteral("chart-%1-%2").arg(name, stem)));
            checkFits(*plot);
            if (QTest::currentTestFailed())
                return;
        }
    }

private:
    QTemporaryDir m_dir;
};

RS_LAPTOP_SCREEN_MAIN(TestChartsFit)

#include "tst_chartsfit.moc"

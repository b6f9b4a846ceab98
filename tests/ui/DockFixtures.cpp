#include "DockFixtures.h"

#include "TestCatalogues.h"
#include "core/DesignFile.h"
#include "engine/EngineRun.h"
#include "engine/LiveEngine.h"
#include "pricing/PriceTableJson.h"
#include "resources/BuiltinResources.h"

#include <QDir>
#include <QTest>
#include <QTreeWidget>
#include <QWidget>
#include <QtGlobal>
#include <qcustomplot.h>

namespace rs::test {

std::vector<PriceRow> bundledPriceRows()
{
    auto rows = pricing::readPriceTableJson(resources::defaultPriceTableJson());
    if (!rows)
        qFatal("bundled prices: %s", rows.errors().front().toString().c_str());
    return std::move(rows).value();
}

std::shared_ptr<const PriceBook> bundledPriceBook()
{
    static const auto book = [] {
        auto built = PriceBook::fromRows(bundledPriceRows(), "bundled");
        if (!built)
            qFatal("bundled prices: %s", built.errors().front().toString().c_str());
        return std::make_shared<const PriceBook>(std::move(built).value());
    }();
    return book;
}

QStringList exampleDesignFiles()
{
    QDir dir(QString::fromStdString(sourcePath("resources/examples")));
    return dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
}

Design exampleDesign(const QString& fileName)
{
    const auto path = sourcePath("resources/examples/" + fileName.toStdString());
    auto loaded = loadDesignFile(path, builtInCatalogues());
    if (!loaded)
        qFatal("%s: %s", path.c_str(), loaded.errors().front().toString().c_str());
    return std::move(loaded).value();
}

engine::EngineResults directResults(const Design& design, std::shared_ptr<const PriceBook> prices,
                                    const engine::EngineSettings& settings)
{
    engine::EngineSnapshot snapshot;
    snapshot.design = std::make_shared<const Design>(design);
    snapshot.catalogues = &builtInCatalogues();
    snapshot.prices = std::move(prices);
    snapshot.generation = 1;
    snapshot.designRevision = 1;
    auto results = engine::analyse(snapshot, settings);
    if (!results)
        qFatal("analyse gave up on a run nothing overtook");
    results->costCurve = engine::costCurve(snapshot, settings);
    results->outages = engine::simulateOutagesOf(snapshot, settings);
    results->projectionsGeneration = 1;
    return std::move(*results);
}

void addExampleRows()
{
    QTest::addColumn<QString>("file");
    for (const auto& file : exampleDesignFiles())
        QTest::newRow(qPrintable(file)) << file;
}

bool settle(engine::LiveEngine& engine)
{
    return QTest::qWaitFor(
        [&] {
            return !engine.isBusy() && engine.results().generation > 0 &&
                   engine.results().projectionsCurrent();
        },
        30'000);
}

int findingRows(const QTreeWidget& tree)
{
    int rows = 0;
    for (int i = 0; i < tree.topLevelItemCount(); ++i)
        rows += tree.topLevelItem(i)->childCount();
    return rows;
}

bool saveScreenshot(QWidget& widget, const QString& name)
{
    QDir().mkpath(QStringLiteral(RS_TEST_OUTPUT_DIR));
    const auto shot = widget.grab();
    return !shot.isNull() && shot.save(QStringLiteral(RS_TEST_OUTPUT_DIR "/%1.png").arg(name));
}

bool plotSays(QCustomPlot& plot, const QString& text)
{
    for (int i = 0; i < plot.itemCount(); ++i) {
        if (const auto* item = qobject_cast<QCPItemText*>(plot.item(i));
            item && item->text() == text)
            return true;
    }
    return false;
}

} // namespace rs::test

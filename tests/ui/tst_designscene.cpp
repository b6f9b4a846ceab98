// The canvas follows the document: items appear, go, move and change parent only from document
// changes; and the select tool turns mouse gestures into commands (a drag is one undo step).
#include "TestCatalogues.h"
#include "UiTestDesigns.h"
#include "document/DesignDocument.h"
#include "document/commands/AddService.h"
#include "document/commands/MoveElements.h"
#include "document/commands/RemoveElements.h"
#include "document/commands/ReparentService.h"
#include "document/commands/SetLinkKind.h"
#include "ui/canvas/DesignScene.h"
#include "ui/canvas/DesignView.h"
#include "ui/canvas/LinkItem.h"
#include "ui/canvas/RegionItem.h"
#include "ui/canvas/ServiceItem.h"

#include <QTest>

using namespace rs;
using namespace rs::ui;

class TestDesignScene : public QObject
{
    Q_OBJECT

    std::unique_ptr<document::DesignDocument> m_doc;
    std::unique_ptr<DesignScene> m_scene;

    QPointF sceneTopLeft(const std::string& id) const { return m_scene->item(id)->scenePos(); }

    /// A view at 100 % showing both regions, exposed on the offscreen screen.
    std::unique_ptr<DesignView> shownView()
    {
        auto view = std::make_unique<DesignView>(m_scene.get());
        view->resize(1200, 800);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            return nullptr;
        view->setZoom(1.0, {560, 400});
        view->centerOn(560, 400);
        return view;
    }

private slots:
    void init()
    {
        m_doc = std::make_unique<document::DesignDocument>(test::builtInCatalogues());
        m_doc->setDesign(test::twoRegionDesign());
        m_scene = std::make_unique<DesignScene>(*m_doc);
    }
    void cleanup()
    {
        m_scene.reset();
        m_doc.reset();
    }

    void buildsOneItemPerElement()
    {
        QCOMPARE(int(m_scene->items().size()), 13);
        QVERIFY(m_scene->regionItem(RegionId{"use1"}));
        // A service in a region is its child, placed relative to it: use1 at (0, 200), fn at
        // (200, 60) in it, so (200, 260) on the canvas.
        auto* fn = m_scene->serviceItem(ServiceId{"fn"});
        QCOMPARE(fn->parentItem(), m_scene->regionItem(RegionId{"use1"}));
        QCOMPARE(sceneTopLeft("fn"), QPointF(200, 260));
        QCOMPARE(m_scene->serviceItem(ServiceId{"dns"})->parentItem(), nullptr);
        QCOMPARE(m_scene->linkItem(LinkId{"l-db-db2-replication"})->kind(), LinkKind::Replication);
    }

    void addAndRemoveFollowTheDocument()
    {
        Service s;
        s.id = ServiceId{"queue"};
        s.kind = "aws.sqs";
        s.region = RegionId{"usw2"};
        s.position = {40.0, 60.0};
        m_doc->push(new document::AddService(*m_doc, s));
        QVERIFY(m_scene->serviceItem(ServiceId{"queue"}));
        QCOMPARE(sceneTopLeft("queue"), QPointF(600, 260));

        m_doc->push(
            new document::RemoveElements(*m_doc, {document::ElementRef::region(RegionId{"use1"})}));
        QVERIFY(!m_scene->regionItem(RegionId{"use1"}));
        QVERIFY(!m_scene->serviceItem(ServiceId{"fn"}));
        QVERIFY(!m_scene->linkItem(LinkId{"l-api-fn-request"}));
        QCOMPARE(int(m_scene->items().size()), 4); // usw2, db2, queue, dns

        m_doc->undoStack()->undo();
        QCOMPARE(int(m_scene->items().size()), 14);
        QCOMPARE(m_scene->serviceItem(ServiceId{"fn"})->parentItem(),
                 m_scene->regionItem(RegionId{"use1"}));
        m_doc->undoStack()->undo();
        QVERIFY(!m_scene->serviceItem(ServiceId{"queue"}));
    }

    void movingARegionCarriesItsServicesAndReroutesTheirLinks()
    {
        auto* link = m_scene->linkItem(LinkId{"l-db-db2-replication"});
        const QRectF before = link->boundingRect();
        m_doc->push(new document::MoveElements(
            *m_doc, {{document::ElementRef::region(RegionId{"use1"}), {0.0, 400.0}}}, false));
        QCOMPARE(sceneTopLeft("fn"), QPointF(200, 460));
        // db's card (148 x 56) now centres on (274, 628) and db2's on (834, 428): the line leaves
        // db's card through its right edge, 200 * 74 / 560 above the centre; the bounds add 14.
        QCOMPARE(before.bottom(), 428.0 + 14.0);
        QVERIFY(qAbs(link->boundingRect().bottom() - (628.0 - 200.0 * 74.0 / 560.0 + 14.0)) < 1e-6);
    }

    void reparentMovesTheItemToItsNewRegion()
    {
        m_doc->push(
            new document::ReparentService(*m_doc, ServiceId{"fn"}, RegionId{"usw2"}, {20.0, 60.0}));
        QCOMPARE(m_scene->serviceItem(ServiceId{"fn"})->parentItem(),
                 m_scene->regionItem(RegionId{"usw2"}));
        QCOMPARE(sceneTopLeft("fn"), QPointF(580, 260));
        m_doc->push(
            new document::ReparentService(*m_doc, ServiceId{"fn"}, std::nullopt, {900.0, 40.0}));
        QCOMPARE(m_scene->serviceItem(ServiceId{"fn"})->parentItem(), nullptr);
        QCOMPARE(sceneTopLeft("fn"), QPointF(900, 40));
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QCOMPARE(sceneTopLeft("fn"), QPointF(200, 260));
    }

    void linkKindChangesRestyleTheLink()
    {
        m_doc->push(new document::SetLinkKind(*m_doc, LinkId{"l-api-fn-request"}, LinkKind::Event));
        QCOMPARE(m_scene->linkItem(LinkId{"l-api-fn-request"})->kind(), LinkKind::Event);
    }

    void marksSetFromOutsideSurviveEditsAndClear()
    {
        m_scene->setBadge("fn", Severity::Error);
        m_scene->setBadge("use1", Severity::Warning);
        m_scene->setDown("usw2", true);
        m_scene->setLinkFlow(LinkId{"l-db-db2-replication"}, LinkFlow::Broken);
        m_scene->setBadge("no-such-id", Severity::Info); // ignored
        m_doc->push(new document::MoveElements(
            *m_doc, {{document::ElementRef::service(ServiceId{"fn"}), {240.0, 60.0}}}, false));
        QCOMPARE(m_scene->item("fn")->badge(), std::optional(Severity::Error));
        QVERIFY(m_scene->item("usw2")->isDown());
        QCOMPARE(m_scene->linkItem(LinkId{"l-db-db2-replication"})->flow(), LinkFlow::Broken);
        m_scene->clearBadges();
        m_scene->clearDown();
        m_scene->clearLinkFlows();
        QCOMPARE(m_scene->item("fn")->badge(), std::nullopt);
        QVERIFY(!m_scene->item("usw2")->isDown());
        QCOMPARE(m_scene->linkItem(LinkId{"l-db-db2-replication"})->flow(), LinkFlow::Normal);
    }

    void regionAtFindsTheContainer()
    {
        QCOMPARE(m_scene->regionAt({100, 300}), std::optional(RegionId{"use1"}));
        QCOMPARE(m_scene->regionAt({700, 300}), std::optional(RegionId{"usw2"}));
        QCOMPARE(m_scene->regionAt({520, 300}), std::nullopt); // the gap between them
    }

    void aMouseDragIsOneUndoStepSnappedToTheGrid()
    {
        auto owned = shownView();
        QVERIFY(owned);
        auto& view = *owned;
        const QPoint start = view.mapFromScene(QPointF(270, 290)); // inside fn's card
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, start);
        for (int step = 1; step <= 5; ++step)
            QTest::mouseMove(view.viewport(), start + QPoint(step * 9, step * 5));
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, start + QPoint(45, 25));
        // Moved by (45, 25), snapped to the 20 px grid: (200, 60) -> (240, 80).
        QCOMPARE(m_doc->design().service(ServiceId{"fn"})->position, (Point{240.0, 80.0}));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->design().service(ServiceId{"fn"})->position, (Point{200.0, 60.0}));
    }

    void draggingAServiceIntoAnotherRegionReparentsItInTheSameStep()
    {
        auto owned = shownView();
        QVERIFY(owned);
        auto& view = *owned;
        const QPoint start = view.mapFromScene(QPointF(270, 290));
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, start);
        QTest::mouseMove(view.viewport(), start + QPoint(200, 0));
        QTest::mouseMove(view.viewport(), start + QPoint(400, 0));
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, start + QPoint(400, 0));
        const auto& fn = *m_doc->design().service(ServiceId{"fn"});
        QCOMPARE(fn.region, std::optional(RegionId{"usw2"}));
        // Its card was at (600, 260) on the canvas, which is (40, 60) in usw2.
        QCOMPARE(fn.position, (Point{40.0, 60.0}));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        m_doc->undoStack()->undo();
        QCOMPARE(*m_doc->design().service(ServiceId{"fn"}),
                 *test::twoRegionDesign().service(ServiceId{"fn"}));
    }

    void aRegionalServiceDraggedOutOfItsRegionGoesBack()
    {
        auto owned = shownView();
        QVERIFY(owned);
        auto& view = *owned;
        QString said;
        connect(&view, &DesignView::message, this, [&](const QString& m) { said = m; });
        const QPoint start = view.mapFromScene(QPointF(270, 290));
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, start);
        QTest::mouseMove(view.viewport(), start + QPoint(0, -150));
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, start + QPoint(0, -150));
        QCOMPARE(said, QStringLiteral("AWS Lambda is a regional service: place it in a region."));
        QCOMPARE(m_doc->design().service(ServiceId{"fn"})->position, (Point{200.0, 60.0}));
        QCOMPARE(m_doc->design().service(ServiceId{"fn"})->region, std::optional(RegionId{"use1"}));
    }

    void draggingFromTheHandleLinksTwoServicesWithTheProposedKind()
    {
        auto owned = shownView();
        QVERIFY(owned);
        auto& view = *owned;
        // From api's handle (right edge, half height: (40 + 148, 200 + 60 + 28)) to db2.
        const QPoint handle = view.mapFromScene(QPointF(188, 288));
        const QPoint target = view.mapFromScene(QPointF(830, 420));
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, handle);
        QTest::mouseMove(view.viewport(), (handle + target) / 2);
        QTest::mouseMove(view.viewport(), target);
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, target);
        const auto* link = m_doc->design().link(LinkId{"api-db2"});
        QVERIFY(link);
        QCOMPARE(link->kind, LinkKind::Request);
        QVERIFY(m_scene->linkItem(LinkId{"api-db2"}));
    }

    void aPaletteEntryDroppedInARegionLandsInIt()
    {
        auto owned = shownView();
        QVERIFY(owned);
        auto& view = *owned;
        QString said;
        connect(&view, &DesignView::message, this, [&](const QString& m) { said = m; });
        // What a palette drop at this point does (DesignView::dropEvent calls it).
        QVERIFY(view.addServiceAt("aws.sqs", QPointF(760, 330))); // inside usw2
        const auto* queue = m_doc->design().service(ServiceId{"sqs"});
        QVERIFY2(queue, qPrintable(said));
        QCOMPARE(queue->region, std::optional(RegionId{"usw2"}));
        QCOMPARE(queue->name, std::string("Amazon SQS"));
        // Card centred on the drop point, snapped: (760 - 74, 330 - 28) - (560, 200) -> (120, 100).
        QCOMPARE(queue->position, (Point{120.0, 100.0}));
        QCOMPARE(m_scene->selectedElements(),
                 (document::ElementRefs{document::ElementRef::service(ServiceId{"sqs"})}));

        // A Lambda cannot go to the edge: refused with the reason, nothing added.
        QVERIFY(!view.addServiceAt("aws.lambda", {1300, 50}));
        QVERIFY(said.contains("regional service"));
    }
};

QTEST_MAIN(TestDesignScene)
#include "tst_designscene.moc"

// The canvas tools one by one, driven as a person drives them (mouse and keys on the view), and
// the view's context menu and placement rules, each in its own class now.
#include "TestCatalogues.h"
#include "UiTestDesigns.h"
#include "document/DesignDocument.h"
#include "ui/canvas/CanvasContextMenu.h"
#include "ui/canvas/CanvasPlacement.h"
#include "ui/canvas/DesignScene.h"
#include "ui/canvas/DesignView.h"

#include <QAction>
#include <QMenu>
#include <QScrollBar>
#include <QTest>

using namespace rs;
using namespace rs::ui;

namespace {

/// The entries of the submenu `title` of `menu`, and which one is checked.
QStringList entries(QMenu& menu, const QString& title, QString* checked = nullptr)
{
    QStringList out;
    for (auto* action : menu.actions()) {
        if (!action->menu() || action->text() != title)
            continue;
        for (auto* entry : action->menu()->actions()) {
            out << entry->text();
            if (checked && entry->isChecked())
                *checked = entry->text();
        }
    }
    return out;
}

void triggerEntry(QMenu& menu, const QString& title, const QString& text)
{
    for (auto* action : menu.actions()) {
        if (action->menu() && action->text() == title) {
            for (auto* entry : action->menu()->actions()) {
                if (entry->text() == text)
                    return entry->trigger();
            }
        }
    }
    QFAIL(qPrintable(title + " > " + text + " is not in the menu"));
}

} // namespace

class TestCanvasTools : public QObject
{
    Q_OBJECT

    std::unique_ptr<document::DesignDocument> m_doc;
    std::unique_ptr<DesignScene> m_scene;
    std::unique_ptr<DesignView> m_view;

    const Region& region(const char* id) const { return *m_doc->design().region(RegionId{id}); }
    QPoint at(QPointF scenePos) const { return m_view->mapFromScene(scenePos); }

private slots:
    void init()
    {
        m_doc = std::make_unique<document::DesignDocument>(test::builtInCatalogues());
        m_doc->setDesign(test::twoRegionDesign());
        m_scene = std::make_unique<DesignScene>(*m_doc);
        // At 100 %, both regions in sight: use1 is (0, 200) to (480, 520) on the canvas.
        m_view = std::make_unique<DesignView>(m_scene.get());
        m_view->resize(1200, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->setZoom(1.0, {560, 400});
        m_view->centerOn(560, 400);
    }
    void cleanup()
    {
        m_view.reset();
        m_scene.reset();
        m_doc.reset();
    }

    void theGripResizesARegionInOneStepNeverBelowItsMinimum()
    {
        auto* viewport = m_view->viewport();
        const QPoint grip = at({474, 514}); // within 14 px of use1's bottom-right corner
        QTest::mousePress(viewport, Qt::LeftButton, {}, grip);
        // Corner to (430, 610), snapped to (440, 620): 440 x 420 from use1's (0, 200).
        QTest::mouseMove(viewport, at({430, 610}));
        QCOMPARE(region("use1").size, (Size{440.0, 420.0}));
        // Dragged far inside: 100 x 40 is too small, the region stops at 240 x 160.
        QTest::mouseMove(viewport, at({100, 240}));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, at({100, 240}));
        QCOMPARE(region("use1").size, (Size{240.0, 160.0}));
        QCOMPARE(region("use1").position, (Point{0.0, 200.0}));
        QCOMPARE(m_scene->selectedElements(),
                 (document::ElementRefs{document::ElementRef::region(RegionId{"use1"})}));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        m_doc->undoStack()->undo();
        QCOMPARE(region("use1").size, (Size{480.0, 320.0}));
    }

    void theMiddleButtonPansWithoutAnEdit()
    {
        auto* viewport = m_view->viewport();
        const int x = m_view->horizontalScrollBar()->value();
        const int y = m_view->verticalScrollBar()->value();
        const QPoint start = at({270, 290}); // over fn: the middle button pans all the same
        QTest::mousePress(viewport, Qt::MiddleButton, {}, start);
        QTest::mouseMove(viewport, start - QPoint(100, 50));
        QTest::mouseRelease(viewport, Qt::MiddleButton, {}, start - QPoint(100, 50));
        // The content follows the mouse: 100 px left and 50 up shows what was right and below.
        QCOMPARE(m_view->horizontalScrollBar()->value(), x + 100);
        QCOMPARE(m_view->verticalScrollBar()->value(), y + 50);
        QCOMPARE(m_doc->undoStack()->count(), 0);
        QCOMPARE(m_doc->design().service(ServiceId{"fn"})->position, (Point{200.0, 60.0}));
    }

    void spaceTurnsALeftDragIntoAPan()
    {
        auto* viewport = m_view->viewport();
        QTest::keyPress(m_view.get(), Qt::Key_Space);
        QCOMPARE(viewport->cursor().shape(), Qt::OpenHandCursor);
        const int x = m_view->horizontalScrollBar()->value();
        const QPoint start = at({270, 290}); // over fn, which a plain drag would move
        QTest::mousePress(viewport, Qt::LeftButton, {}, start);
        QCOMPARE(viewport->cursor().shape(), Qt::ClosedHandCursor);
        QTest::mouseMove(viewport, start + QPoint(60, 0));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, start + QPoint(60, 0));
        QCOMPARE(viewport->cursor().shape(), Qt::OpenHandCursor);
        QCOMPARE(m_view->horizontalScrollBar()->value(), x - 60);
        QCOMPARE(m_doc->design().service(ServiceId{"fn"})->position, (Point{200.0, 60.0}));
        QTest::keyRelease(m_view.get(), Qt::Key_Space);
        QCOMPARE(viewport->cursor().shape(), Qt::ArrowCursor);
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    void ctrlClickTogglesTheSelectionAndMovesNothing()
    {
        auto* viewport = m_view->viewport();
        QTest::mouseClick(viewport, Qt::LeftButton, {}, at({270, 290}));                  // fn
        QTest::mouseClick(viewport, Qt::LeftButton, Qt::ControlModifier, at({320, 440})); // db
        QCOMPARE(m_scene->selectedElements(),
                 (document::ElementRefs{document::ElementRef::service(ServiceId{"db"}),
                                        document::ElementRef::service(ServiceId{"fn"})}));
        // Ctrl on fn again takes it out; a drag that follows moves nothing.
        const QPoint fn = at({270, 290});
        QTest::mousePress(viewport, Qt::LeftButton, Qt::ControlModifier, fn);
        QTest::mouseMove(viewport, fn + QPoint(80, 0));
        QTest::mouseRelease(viewport, Qt::LeftButton, Qt::ControlModifier, fn + QPoint(80, 0));
        QCOMPARE(m_scene->selectedElements(),
                 (document::ElementRefs{document::ElementRef::service(ServiceId{"db"})}));
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    void aClickThatDoesNotDragLeavesNoStep()
    {
        auto* viewport = m_view->viewport();
        const QPoint fn = at({270, 290});
        QTest::mousePress(viewport, Qt::LeftButton, {}, fn);
        QTest::mouseMove(viewport, fn + QPoint(1, 0)); // under the drag distance
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, fn + QPoint(1, 0));
        QCOMPARE(m_scene->selectedElements(),
                 (document::ElementRefs{document::ElementRef::service(ServiceId{"fn"})}));
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    void theConnectToolRefusesASecondLinkAndALoop()
    {
        auto* viewport = m_view->viewport();
        QString said;
        connect(m_view.get(), &DesignView::message, this, [&](const QString& m) { said = m; });
        const auto links = m_doc->design().links.size();
        // api's handle is the middle of its card's right edge: (40 + 148, 200 + 60 + 28).
        const QPoint handle = at({188, 288});
        // To api itself: nothing.
        QTest::mousePress(viewport, Qt::LeftButton, {}, handle);
        QTest::mouseMove(viewport, at({100, 280}));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, at({100, 280}));
        QCOMPARE(m_doc->design().links.size(), links);
        QVERIFY(said.isEmpty());
        // To fn, which api already calls: refused with the reason.
        QTest::mousePress(viewport, Qt::LeftButton, {}, handle);
        QTest::mouseMove(viewport, at({300, 290}));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, at({300, 290}));
        QCOMPARE(m_doc->design().links.size(), links);
        QCOMPARE(said, QStringLiteral("api already has a link to fn."));
        QCOMPARE(m_doc->undoStack()->count(), 0);
        // The rubber line is gone: only the design's 13 elements are on the canvas.
        QCOMPARE(int(m_scene->items().size()), 13);
    }

    void theContextMenuSetsARegionsRole()
    {
        CanvasContextMenu contextMenu(*m_doc);
        QAction copy(QStringLiteral("Copy"));
        contextMenu.setActions({&copy, nullptr});
        QMenu menu;
        contextMenu.fill(menu, document::ElementRef::region(RegionId{"usw2"}));
        QString checked;
        QCOMPARE(entries(menu, "Role", &checked),
                 (QStringList{"Active", "Warm standby", "Pilot light", "Backup only"}));
        QCOMPARE(checked, QStringLiteral("Warm standby"));
        // The role entries, a separator, then the window's actions.
        QCOMPARE(menu.actions().size(), 4);
        QCOMPARE(menu.actions().at(2), &copy);
        triggerEntry(menu, "Role", "Pilot light");
        QCOMPARE(region("usw2").role, RegionRole::PilotLight);
        m_doc->undoStack()->undo();
        QCOMPARE(region("usw2").role, RegionRole::WarmStandby);
    }

    void theContextMenuOffersTheLinkKindsItsEndsAllow()
    {
        CanvasContextMenu contextMenu(*m_doc);
        QMenu menu;
        contextMenu.fill(menu, document::ElementRef::link(LinkId{"l-api-fn-request"}));
        QString checked;
        const auto kinds = entries(menu, "Link kind", &checked);
        // An API gateway calls a function or hands it events; the other kinds need a router, a
        // CDN, a data store of the same kind, or a key, secret or identity at the far end.
        QCOMPARE(kinds, (QStringList{"request", "event"}));
        QCOMPARE(checked, QStringLiteral("request"));
        triggerEntry(menu, "Link kind", "event");
        QCOMPARE(m_doc->design().link(LinkId{"l-api-fn-request"})->kind, LinkKind::Event);

        QMenu empty;
        contextMenu.fill(empty, std::nullopt);
        QVERIFY(empty.actions().isEmpty());
    }

    void aNewRegionTakesAFreeCodeAndIsAStandbyUnlessFirst()
    {
        CanvasPlacement placement(*m_scene);
        QVERIFY(placement.addRegionAt(Provider::Aws, {1213, 37}).isEmpty());
        QCOMPARE(m_doc->design().regions.size(), std::size_t(3));
        const auto& added = *m_doc->design().region(m_scene->selectedElements().at(0).regionId());
        QCOMPARE(added.provider, Provider::Aws);
        QVERIFY(added.code != "us-east-1" && added.code != "us-west-2");
        QCOMPARE(added.role, RegionRole::WarmStandby);
        QCOMPARE(added.headroomPercent, 100.0);
        QCOMPARE(added.position, (Point{1220.0, 40.0})); // snapped to the 20 px grid

        // Without snapping, where it was dropped; in an empty design, active with all traffic.
        m_doc->setDesign(Design{});
        placement.setSnapToGrid(false);
        QVERIFY(placement.addRegionAt(Provider::Gcp, {13, 7}).isEmpty());
        const auto& first = m_doc->design().regions.begin()->second;
        QCOMPARE(first.role, RegionRole::Active);
        QCOMPARE(first.trafficPercent, 100.0);
        QCOMPARE(first.position, (Point{13.0, 7.0}));
    }

    void aGlobalServiceDroppedOnARegionLandsAtTheEdge()
    {
        CanvasPlacement placement(*m_scene);
        // Over use1; a CloudFront distribution is global, so it stays outside, centred there.
        QVERIFY(placement.addServiceAt("aws.cloudfront", {274, 428}).isEmpty());
        const auto& cdn = *m_doc->design().service(m_scene->selectedElements().at(0).serviceId());
        QCOMPARE(cdn.region, std::nullopt);
        QCOMPARE(cdn.position, (Point{200.0, 400.0})); // (274 - 74, 428 - 28)
    }
};

QTEST_MAIN(TestCanvasTools)
#include "tst_canvastools.moc"

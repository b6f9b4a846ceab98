// Links routed around the cards between their ends (diagram::LinkRoute, issue 15): the canvas
// and the exported diagram draw a link along the same route, so it never runs through a card it
// does not join. Expected routes are worked by hand from the rectangles below.
#include "diagram/LinkRoute.h"

#include <QtTest>

#include <cmath>

using namespace rs::diagram;

namespace {

// Two cards 150 apart in a column: centres (50, 25) and (50, 225).
const QRectF top(0, 0, 100, 50);
const QRectF bottom(0, 200, 100, 50);
// A card between them.
const QRectF middle(0, 100, 100, 50);

/// Whether any leg of `route` passes through `card` (its inside, not its edge).
bool throughCard(const LinkRoute& route, const QRectF& card)
{
    const QRectF inner = card.adjusted(0.5, 0.5, -0.5, -0.5);
    const auto& p = route.points();
    for (qsizetype i = 0; i + 1 < p.size(); ++i) {
        for (int step = 0; step <= 200; ++step) {
            if (inner.contains(QLineF(p[i], p[i + 1]).pointAt(step / 200.0)))
                return true;
        }
    }
    return false;
}

bool near(QPointF a, QPointF b)
{
    return QLineF(a, b).length() < 0.01;
}

} // namespace

class TestLinkRoute : public QObject
{
    Q_OBJECT

private slots:
    void nothingInBetweenGoesStraightFromEdgeToEdge()
    {
        const auto route = LinkRoute::between(top, bottom, 0.0, {});
        QCOMPARE(route.points().size(), 2);
        QVERIFY(near(route.points().first(), QPointF(50, 50))); // top's bottom edge
        QVERIFY(near(route.points().last(), QPointF(50, 200))); // bottom's top edge
        QCOMPARE(route.length(), 150.0);
        QVERIFY(near(route.pointAt(0.5), QPointF(50, 125)));
        QVERIFY(near(route.directionAt(1.0), QPointF(0, 1)));
    }

    void aCardInTheWayIsGoneAroundAtTheClearance()
    {
        const auto route = LinkRoute::between(top, bottom, 0.0, {middle});
        QVERIFY(!throughCard(route, middle));
        // Around either side of the middle card grown by 12: (50,25) to (-12,88) to (-12,162)
        // to (50,225), or its mirror at x = 112; clipped where it leaves top (y = 50, 25/63 of
        // the first leg) and enters bottom (y = 200). Lengths: 53.32 + 74 + 53.32 = 180.63.
        QCOMPARE(route.points().size(), 4);
        const double side = route.points()[1].x();
        QVERIFY(std::abs(side + 12.0) < 0.01 || std::abs(side - 112.0) < 0.01);
        QCOMPARE(route.points()[1].y(), 88.0);
        QCOMPARE(route.points()[2].y(), 162.0);
        QCOMPARE(route.points().first().y(), 50.0);
        QCOMPARE(route.points().last().y(), 200.0);
        QVERIFY(std::abs(route.length() - 180.63) < 0.01);
        // Halfway along is halfway down the leg beside the middle card.
        QVERIFY(near(route.pointAt(0.5), QPointF(side, 125)));
        // The arrow arrives on the last leg's slope, (62, 63) normalised, mirrored or not.
        QVERIFY(std::abs(route.directionAt(1.0).y() - 63.0 / std::hypot(62.0, 63.0)) < 1e-6);
    }

    void aColumnOfCardsIsGoneAroundAsAWhole()
    {
        // Orders fn over bus, queue and worker over the table, 40 apart: the link from the
        // function to the table passes beside the whole column, through none of it.
        const QRectF fn(0, 0, 100, 50);
        const QList<QRectF> column{{0, 90, 100, 50}, {0, 180, 100, 50}, {0, 270, 100, 50}};
        const QRectF table(0, 360, 100, 50);
        const auto route = LinkRoute::between(fn, table, 0.0, {column.begin(), column.end()});
        for (const auto& card : column)
            QVERIFY2(!throughCard(route, card), qPrintable(QString::number(card.y())));
        QVERIFY(route.length() > 310.0); // the straight way is 310
    }

    void cardsTooCloseToPassBetweenAreGoneAroundTogether()
    {
        // Two cards side by side 10 apart, both across the straight way: grown by 12 they
        // overlap, so the route goes around the pair, not through the 10-unit gap.
        const QRectF left(-60, 100, 105, 50);
        const QRectF right(55, 100, 105, 50);
        const auto route = LinkRoute::between(top, bottom, 0.0, {left, right});
        QVERIFY(!throughCard(route, left));
        QVERIFY(!throughCard(route, right));
        const double side = route.points()[1].x();
        QVERIFY(std::abs(side + 72.0) < 0.01 || std::abs(side - 172.0) < 0.01);
    }

    void aTitleOverTheEndIsGoneAroundBesideTheCardNextToIt()
    {
        // Example 04's health check from Front Door to the North Europe API: the region's title
        // sits just above the API's card, the next card along just below the title. Grown by
        // 12, title and card overlap; the box around both would hold the API's centre, so the
        // card is cut back beside the title rather than merged with it.
        const QRectF frontDoor(242, 84, 184, 62);
        const QRectF api(28, 245, 160, 62);
        const QRectF title(8, 186, 246, 36);
        const QRectF next(228, 245, 160, 62);
        const auto route = LinkRoute::between(frontDoor, api, 0.0, {title, next});
        QVERIFY(!throughCard(route, title));
        QVERIFY(!throughCard(route, next));
        // It ends on the API's edge (its right one, coming down past the title's end).
        const QPointF end = route.points().last();
        QVERIFY(api.adjusted(-0.01, -0.01, 0.01, 0.01).contains(end));
        QVERIFY(!api.adjusted(0.01, 0.01, -0.01, -0.01).contains(end));
    }

    void obstaclesOffTheWayDoNotBendIt()
    {
        const auto route = LinkRoute::between(top, bottom, 0.0,
                                              {QRectF(300, 100, 100, 50), QRectF(-300, 0, 50, 50)});
        QCOMPARE(route.points().size(), 2);
    }

    void anObstacleOverAnEndIsCutBackToIt()
    {
        // A card drawn half over the top one: the route cannot leave the top card without
        // crossing it, so the part of it below the top card is what it goes around (grown by
        // 12 and cut at y = 50: x from 28 to 152, y from 50 to 92).
        const QRectF over(40, 30, 100, 50);
        const auto route = LinkRoute::between(top, bottom, 0.0, {over});
        QVERIFY(!throughCard(route, QRectF(40, 50, 100, 30)));
        // Leaving the top card along its bottom edge to the obstacle's corner, (28, 50).
        QVERIFY(near(route.points()[0], QPointF(28, 50)));
        QVERIFY(near(route.points()[1], QPointF(28, 92)));
        QCOMPARE(route.points().last().y(), 200.0);
    }

    void anOffsetShiftsTheWaySideways()
    {
        // The normal of (0, 200) is (-200, 0) / 200: 12 to the left.
        const auto route = LinkRoute::between(top, bottom, 12.0, {});
        QVERIFY(near(route.points().first(), QPointF(38, 50)));
        QVERIFY(near(route.points().last(), QPointF(38, 200)));
    }

    void thePathStopsShortForTheArrowhead()
    {
        const auto route = LinkRoute::between(top, bottom, 0.0, {});
        const QPainterPath path = route.path(9.0);
        QVERIFY(near(path.currentPosition(), QPointF(50, 191)));
        QVERIFY(near(path.elementAt(0), QPointF(50, 50)));
    }

    void aShiftedRouteKeepsItsDistanceAtTheCorners()
    {
        // Right, then down: shifted by 2 along the normals (-dy, dx) the legs move up by 2
        // and right by 2... the corner moves by (-2, 2) + mitre = (2 along each normal).
        const auto route = LinkRoute::between(QRectF(0, 0, 20, 20), QRectF(200, 200, 20, 20), 0.0,
                                              {QRectF(60, 60, 100, 100)});
        const auto twin = route.shifted(2.0);
        QCOMPARE(twin.points().size(), route.points().size());
        for (qsizetype i = 0; i + 1 < route.points().size(); ++i) {
            // Each leg of the twin is parallel to its original, 2 away.
            const QLineF leg(route.points()[i], route.points()[i + 1]);
            const QLineF twinLeg(twin.points()[i], twin.points()[i + 1]);
            const QPointF n = QPointF(-leg.dy(), leg.dx()) / leg.length();
            const double d1 = QPointF::dotProduct(twinLeg.p1() - leg.p1(), n);
            const double d2 = QPointF::dotProduct(twinLeg.p2() - leg.p2(), n);
            QVERIFY2(std::abs(d1 - 2.0) < 1e-6 && std::abs(d2 - 2.0) < 1e-6,
                     qPrintable(QStringLiteral("leg %1: %2, %3").arg(i).arg(d1).arg(d2)));
        }
    }
};

QTEST_APPLESS_MAIN(TestLinkRoute)
#include "tst_linkroute.moc"

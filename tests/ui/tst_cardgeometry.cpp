// Cards sized to their names (diagram::card): the canvas, the exported diagram and Arrange
// all take a card's size from here, so a name is never cut at a zoom where it can be read.
#include "core/Service.h"
#include "diagram/CardGeometry.h"

#include <QGuiApplication>
#include <QtTest>

using namespace rs;
using namespace rs::diagram;

namespace {

constexpr QChar ellipsis(0x2026);

double textWidthOf(const QSizeF& card)
{
    return card.width() - card::textLeft - card::rightPadding;
}

} // namespace

class TestCardGeometry : public QObject
{
    Q_OBJECT

private slots:
    void aShortNameGetsTheSmallestCard()
    {
        // 50 (icon column) + 92 (text) + 6 (padding) = 148 wide; one name line, the kind
        // under it: the 56 units of the minimum height.
        QCOMPARE(card::cardSize(QStringLiteral("db")), QSizeF(148.0, 56.0));
    }

    void aLongerNameWrapsOnTwoLinesBeforeTheCardWidens()
    {
        const QString name = QStringLiteral("Orders service (us-central1)");
        const QSizeF size = card::cardSize(name);
        const QFontMetricsF metrics(card::nameFont());
        const auto lines = card::wrapped(name, metrics, textWidthOf(size), 2);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.join(' '), name); // whole, broken at a space
        // Narrower than the name on one line would need, taller than one line needs.
        QVERIFY(textWidthOf(size) < metrics.horizontalAdvance(name));
        QVERIFY(size.height() > 56.0);
        // And still whole in the large font shown zoomed out.
        const QFont far = card::farNameFont(name, textWidthOf(size));
        QVERIFY(!card::wrapped(name, QFontMetricsF(far), textWidthOf(size), 2)
                     .join(QString())
                     .contains(ellipsis));
        QCOMPARE(card::farNameFont(QStringLiteral("db"), 92.0).pixelSize(), 20);
    }

    void anOverlongNameStopsAtTheWidestCardAndIsElided()
    {
        const QString name = QStringLiteral("word ").repeated(60).trimmed();
        const QSizeF size = card::cardSize(name);
        QCOMPARE(size.width(), card::textLeft + card::maxTextWidth + card::rightPadding);
        const auto lines =
            card::wrapped(name, QFontMetricsF(card::nameFont()), textWidthOf(size), 2);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[1].endsWith(ellipsis));
    }

    void aNameWithoutSpacesBreaksAfterAHyphenNeverMidWord()
    {
        const QFontMetricsF metrics(card::nameFont());
        // Room for "orders-db-replica-" and no more: the first line ends at its last hyphen.
        const double width = metrics.horizontalAdvance(QStringLiteral("orders-db-replica-")) + 1;
        const auto lines =
            card::wrapped(QStringLiteral("orders-db-replica-europe-west1"), metrics, width, 2);
        QCOMPARE(lines, (QStringList{"orders-db-replica-", "europe-west1"}));
        // One word longer than a line, with nowhere to break: elided, not cut in two.
        const auto word =
            card::wrapped(QStringLiteral("Supercalifragilisticexpialidocious"), metrics, 92.0, 2);
        QCOMPARE(word.size(), 1);
        QVERIFY(word[0].endsWith(ellipsis));
    }

    void aRegionGrowsToHoldItsCardsBelowItsHeader()
    {
        const QRectF stored(0, 0, 480, 320);
        // Inside (and below the 36-unit header): unchanged.
        QCOMPARE(card::regionHolding(stored, {QRectF(20, 60, 148, 56)}), stored);
        // 8 units past the right edge: grown to the card's right plus the 12-unit margin.
        QCOMPARE(card::regionHolding(stored, {QRectF(340, 60, 148, 56)}).right(), 500.0);
        // Up in the header band: grown upwards so the header sits above the card.
        QCOMPARE(card::regionHolding(stored, {QRectF(20, 10, 148, 56)}).top(), 10.0 - 36.0);
    }

    void theCardSaysItsNameElseItsId()
    {
        Service service;
        service.id = ServiceId{"orders-db"};
        QCOMPARE(card::cardName(service), QStringLiteral("orders-db"));
        service.name = "Orders DB";
        QCOMPARE(card::cardName(service), QStringLiteral("Orders DB"));
    }
};

QTEST_MAIN(TestCardGeometry)
#include "tst_cardgeometry.moc"

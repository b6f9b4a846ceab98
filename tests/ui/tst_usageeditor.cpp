// The properties dock's monthly usage: derived figures greyed, pinned ones set by the design,
// each change one undoable command.
#include "DockFixtures.h"
#include "TestCatalogues.h"
#include "UiTestDesigns.h"
#include "document/DesignDocument.h"
#include "document/commands/SetUsage.h"
#include "ui/canvas/DesignScene.h"
#include "ui/properties/PropertiesDock.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace rs;

namespace {

const ServiceId fnId{"fn"};

double usageOf(const document::DesignDocument& doc, UsageQuantity q)
{
    const auto& usage = doc.design().service(fnId)->usage;
    const auto it = usage.find(q);
    return it == usage.end() ? -1.0 : it->second;
}

void typeInto(QLineEdit* line, const QString& text)
{
    line->setFocus();
    line->selectAll();
    QTest::keyClicks(line, text);
    QTest::keyClick(line, Qt::Key_Return);
}

} // namespace

class TestUsageEditor : public QObject
{
    Q_OBJECT

private slots:
    void setUsageUndoesMergesAndUnpins()
    {
        document::DesignDocument doc(test::builtInCatalogues());
        doc.setDesign(test::twoRegionDesign());
        const auto fn = document::ElementRef::service(fnId);
        doc.push(new document::SetUsage(doc, fn, UsageQuantity::Invocations, 10.0));
        doc.push(new document::SetUsage(doc, fn, UsageQuantity::Invocations, 60e6));
        QCOMPARE(doc.undoStack()->count(), 1); // typing into one field is one step
        QCOMPARE(usageOf(doc, UsageQuantity::Invocations), 60e6);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Set the monthly invocations of fn"));
        doc.undoStack()->undo();
        QCOMPARE(usageOf(doc, UsageQuantity::Invocations), -1.0);
        QCOMPARE(doc.design(), test::twoRegionDesign());
        doc.undoStack()->redo();
        doc.push(new document::SetUsage(doc, fn, UsageQuantity::Invocations, std::nullopt));
        QCOMPARE(usageOf(doc, UsageQuantity::Invocations), -1.0);
        doc.undoStack()->undo();
        QCOMPARE(usageOf(doc, UsageQuantity::Invocations), 60e6);
    }

    void theDockShowsDerivedFiguresGreyedAndPinsTheUsersOwn()
    {
        document::DesignDocument doc(test::builtInCatalogues());
        auto design = test::twoRegionDesign();
        // Route 53 -> API -> function, all of the traffic in us-east-1: the function takes
        // every one of the 2,000,000 requests a month (1 call per request on each link).
        design.workload.requestsPerMonth = 2'000'000.0 * units::requests;
        doc.setDesign(design);
        ui::DesignScene scene(doc);
        ui::PropertiesDock dock(doc, scene);
        dock.resize(380, 760);
        dock.show();
        scene.selectElements({document::ElementRef::service(fnId)});

        auto* invocations = dock.findChild<QLineEdit*>(QStringLiteral("usage-invocations"));
        auto* unpin = dock.findChild<QToolButton*>(QStringLiteral("unpin-invocations"));
        QVERIFY(invocations && unpin);
        // Derived: no text, the workload's figure as the greyed placeholder.
        QVERIFY(invocations->text().isEmpty());
        QCOMPARE(QLocale().toDouble(invocations->placeholderText()), 2e6);
        QVERIFY(!unpin->isEnabled());
        QVERIFY(test::saveScreenshot(dock, QStringLiteral("usage-derived")));

        typeInto(invocations, QStringLiteral("60000000"));
        QCOMPARE(usageOf(doc, UsageQuantity::Invocations), 6e7);
        QVERIFY(unpin->isEnabled());
        QVERIFY(invocations->toolTip().contains(QStringLiteral("Set by the design")));
        QVERIFY(test::saveScreenshot(dock, QStringLiteral("usage-pinned")));

        // A negative figure is refused, as the file would refuse it; the design keeps 60 M.
        typeInto(invocations, QStringLiteral("-5"));
        QCOMPARE(usageOf(doc, UsageQuantity::Invocations), 6e7);
        QVERIFY(dock.problem().contains(QStringLiteral("not negative")));
        QVERIFY2(QLocale().toDouble(invocations->text()) == 6e7, qPrintable(invocations->text()));

        unpin->click();
        QCOMPARE(usageOf(doc, UsageQuantity::Invocations), -1.0);
        QVERIFY(invocations->text().isEmpty());
        doc.undoStack()->undo();
        QCOMPARE(QLocale().toDouble(invocations->text()), 6e7);
    }
};

QTEST_MAIN(TestUsageEditor)
#include "tst_usageeditor.moc"

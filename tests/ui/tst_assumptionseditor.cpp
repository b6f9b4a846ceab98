// Design ▸ Assumptions…: valid edits are one undoable command, out-of-range ones are refused at
// their field and change nothing.
#include "TestCatalogues.h"
#include "UiTestDesigns.h"
#include "document/DesignDocument.h"
#include "document/commands/AddRegion.h"
#include "document/commands/RemoveElements.h"
#include "ui/properties/AssumptionsEditor.h"

#include <QDir>
#include <QLineEdit>
#include <QTest>

using namespace rs;

class TestAssumptionsEditor : public QObject
{
    Q_OBJECT

    std::unique_ptr<document::DesignDocument> m_doc;

    static void type(QLineEdit* edit, const QString& text)
    {
        edit->setText(text);
        emit edit->editingFinished();
    }

private slots:
    void init()
    {
        m_doc = std::make_unique<document::DesignDocument>(test::builtInCatalogues());
        m_doc->setDesign(test::twoRegionDesign());
    }

    void aValidValueIsOneUndoableEdit()
    {
        ui::AssumptionsEditor editor(*m_doc);
        QVERIFY(editor.field("commonCauseFraction")->text().isEmpty()); // the default
        type(editor.field("commonCauseFraction"), "0.05");
        type(editor.field("meanRegionOutageHours"), "4");
        QCOMPARE(m_doc->design().assumptions.commonCauseFraction, std::optional(0.05));
        QCOMPARE(m_doc->design().assumptions.meanRegionOutageHours, std::optional(4.0));
        QCOMPARE(m_doc->undoStack()->count(), 1); // consecutive edits merge
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Edit assumptions"));
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->design().assumptions.empty());
    }

    void outOfRangeValuesAreRefusedAtTheirField_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("words");
        QTest::newRow("beta above 1") << "commonCauseFraction"
                                      << "1.5"
                                      << "from 0 to 1";
        QTest::newRow("negative rate") << "regionOutagesPerYear"
                                       << "-2"
                                       << "from 0 to 365";
        QTest::newRow("absurd length") << "meanRegionOutageHours"
                                       << "9000"
                                       << "8760";
        QTest::newRow("hours a month") << "hoursPerMonth"
                                       << "800"
                                       << "672";
        QTest::newRow("redeploy beyond a week") << "redeployMinutes"
                                                << "20000"
                                                << "10080";
        QTest::newRow("not a number") << "regionOutagesPerYear"
                                      << "often"
                                      << "not a number";
        QTest::newRow("nan") << "commonCauseFraction"
                             << "nan"
                             << "from 0 to 1";
        QTest::newRow("negative beta") << "commonCauseFraction"
                                       << "-0.05"
                                       << "from 0 to 1";
        QTest::newRow("infinite rate") << "regionOutagesPerYear"
                                       << "inf"
                                       << "from 0 to 365";
        QTest::newRow("zero length") << "meanRegionOutageHours"
                                     << "0"
                                     << "above 0";
        QTest::newRow("absurd per region") << "regionOutagesPerYearByRegion/usw2"
                                           << "1000"
                                           << "from 0 to 365";
    }

    void outOfRangeValuesAreRefusedAtTheirField()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(QString, words);
        ui::AssumptionsEditor editor(*m_doc);
        type(editor.field(key), text);
        QVERIFY2(editor.errorAt(key).contains(words), qPrintable(editor.errorAt(key)));
        QCOMPARE(m_doc->undoStack()->count(), 0);
        QVERIFY(m_doc->design().assumptions.empty());
        // Corrected, the message goes and the edit is made.
        type(editor.field(key), "");
        type(editor.field("commonCauseFraction"), "0.1");
        QVERIFY(editor.errorAt(key).isEmpty());
        QCOMPARE(m_doc->design().assumptions.commonCauseFraction, std::optional(0.1));
    }

    void aPerRegionRateIsSetAndClearedAtItsRow()
    {
        ui::AssumptionsEditor editor(*m_doc);
        const RegionId use1{"use1"};
        // The row shows the rate every region has until one is set for it.
        QCOMPARE(editor.field("regionOutagesPerYearByRegion/use1")->placeholderText(),
                 QStringLiteral("default 0.75"));
        type(editor.field("regionOutagesPerYearByRegion/use1"), "1.5");
        QCOMPARE(m_doc->design().assumptions.regionOutagesPerYearByRegion.at(use1), 1.5);
        type(editor.field("regionOutagesPerYearByRegion/use1"), "");
        QVERIFY(m_doc->design().assumptions.regionOutagesPerYearByRegion.empty());
        // Negative is no rate: refused at that row, nothing changes.
        type(editor.field("regionOutagesPerYearByRegion/use1"), "-1");
        QVERIFY(editor.errorAt("regionOutagesPerYearByRegion/use1").contains("from 0 to 365"));
        QVERIFY(m_doc->design().assumptions.empty());
    }

    void aRegionAddedOrRemovedWhileOpenGetsOrLosesItsRow()
    {
        ui::AssumptionsEditor editor(*m_doc);
        QVERIFY(!editor.field("regionOutagesPerYearByRegion/euw1"));
        Region r;
        r.id = RegionId{"euw1"};
        r.code = "eu-west-1";
        m_doc->push(new document::AddRegion(*m_doc, r));
        QVERIFY(editor.field("regionOutagesPerYearByRegion/euw1"));
        type(editor.field("regionOutagesPerYearByRegion/euw1"), "2");
        QCOMPARE(m_doc->design().assumptions.regionOutagesPerYearByRegion.at(RegionId{"euw1"}),
                 2.0);
        // Removing the region takes its rate and its row; undo brings both back.
        m_doc->push(
            new document::RemoveElements(*m_doc, {document::ElementRef::region(RegionId{"euw1"})}));
        QVERIFY(!editor.field("regionOutagesPerYearByRegion/euw1"));
        QVERIFY(m_doc->design().assumptions.empty());
        QVERIFY(editor.field("regionOutagesPerYearByRegion/use1")); // the others stay
        m_doc->undoStack()->undo();
        QCOMPARE(editor.field("regionOutagesPerYearByRegion/euw1")->text(), QStringLiteral("2"));
        // Undoing the rate and then the region itself leaves the rows the design began with.
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QVERIFY(!editor.field("regionOutagesPerYearByRegion/euw1"));
        QVERIFY(editor.field("regionOutagesPerYearByRegion/usw2"));
        // An edit after all that still reaches the design: no row of a gone region is read.
        type(editor.field("commonCauseFraction"), "0.05");
        QCOMPARE(m_doc->design().assumptions.commonCauseFraction, std::optional(0.05));
    }

    void aPictureToLookAt()
    {
        ui::AssumptionsEditor editor(*m_doc);
        editor.resize(560, editor.sizeHint().height() + 40);
        type(editor.field("commonCauseFraction"), "1.5");
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QDir().mkpath(RS_TEST_OUTPUT_DIR);
        QVERIFY(editor.grab().save(RS_TEST_OUTPUT_DIR "/assumptionseditor.png"));
    }
};

QTEST_MAIN(TestAssumptionsEditor)
#include "tst_assumptionseditor.moc"

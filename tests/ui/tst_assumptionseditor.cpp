// Design ▸ Assumptions…: valid edits are one undoable command, out-of-range ones are refused at
// their field and change nothing.
#include "TestCatalogues.h"
#include "UiTestDesigns.h"
#include "document/DesignDocument.h"
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

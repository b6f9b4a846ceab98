#include "TestCatalogues.h"
#include "document/DesignDocument.h"
#include "ui/MainWindow.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>

using namespace rs;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void showsEachExample_data()
    {
        QTest::addColumn<QString>("file");
        QDir dir(QString::fromStdString(test::sourcePath("resources/examples")));
        for (const auto& name : dir.entryList({"*.json"}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    void showsEachExample()
    {
        QFETCH(QString, file);
        ui::DesignDocument doc(test::builtInCatalogues());
        ui::MainWindow window(doc);
        QVERIFY(window.openFile(file));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().startsWith(QFileInfo(file).fileName()));

        const auto* outline = window.findChild<QTreeWidget*>();
        QVERIFY(outline);
        // One row for the global edge plus one per region.
        QCOMPARE(outline->topLevelItemCount(), int(doc.design().regions.size()) + 1);
        const auto labels = window.statusBar()->findChildren<QLabel*>();
        const auto count = QString::number(doc.design().elementCount());
        QVERIFY(std::any_of(labels.begin(), labels.end(),
                            [&](QLabel* l) { return l->text().startsWith(count + " element"); }));

        // Saved for a person to look at; the test asserts only that there is something to see.
        QDir().mkpath(RS_TEST_OUTPUT_DIR);
        const auto shot = window.grab();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(QString(RS_TEST_OUTPUT_DIR "/mainwindow-%1.png")
                              .arg(QFileInfo(file).completeBaseName())));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

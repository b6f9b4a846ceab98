// File > Import… (issue 16): a plan opens as an untitled, arranged design with its report.
#include "TestCatalogues.h"
#include "document/DesignDocument.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QDialog>
#include <QInputDialog>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTest>
#include <QTimer>

#include <set>

using namespace rs;
using namespace rs::ui;

class TestImportAction : public QObject
{
    Q_OBJECT

private slots:
    void theFileMenuOffersImport()
    {
        document::DesignDocument doc(test::builtInCatalogues());
        MainWindow window(doc);
        bool found = false;
        for (auto* action : window.menuBar()->actions().front()->menu()->actions())
            found = found || action->text() == "&Import…";
        QVERIFY(found);
    }

    void aPlanOpensArrangedWithItsReport()
    {
        document::DesignDocument doc(test::builtInCatalogues());
        MainWindow window(doc);
        const auto plan = QString::fromStdString(
            test::sourcePath("tests/data/import/orders-active-active.plan.json"));
        QVERIFY(window.importInfrastructure({plan}));
        QCOMPARE(doc.design().services.size(), std::size_t(22));
        QVERIFY(doc.filePath().isEmpty()); // untitled: saving asks where
        std::set<double> xs;
        for (const auto& [id, region] : doc.design().regions)
            xs.insert(region.position.x);
        QCOMPARE(xs.size(), std::size_t(3)); // arranged side by side
        auto* report = window.findChild<QDialog*>("importReport");
        QVERIFY(report && report->isVisible());
        const auto text = report->findChild<QPlainTextEdit*>()->toPlainText();
        QVERIFY(text.contains("Not drawn 6:"));
        QVERIFY(text.contains("module.euw1.aws_api_gateway_domain_name.api"));
    }

    void aTemplateWithItsRegionGivenImports()
    {
        document::DesignDocument doc(test::builtInCatalogues());
        MainWindow window(doc);
        const auto stack =
            QString::fromStdString(test::sourcePath("tests/data/import/edge-cdk.template.json"));
        QVERIFY(window.importInfrastructure({stack}, "us-east-1"));
        QVERIFY(doc.design().service(ServiceId("Handler")));
    }

    // A template whose conditions rest on a parameter without default: the window asks for its
    // value (as --parameter does) and imports the stack that value makes.
    void undecidedConditionsAskForTheParameters()
    {
        document::DesignDocument doc(test::builtInCatalogues());
        MainWindow window(doc);
        const auto stack =
            QString::fromStdString(test::sourcePath("tests/data/import/orders-regional.yaml"));
        QString asked;
        QTimer::singleShot(0, [&] {
            auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            asked = dialog->textValue();
            dialog->setTextValue("IsPrimaryRegion=false");
            QVERIFY(dialog->grab().save(RS_TEST_OUTPUT_DIR "/import-parameters.png"));
            dialog->accept();
        });
        QVERIFY(window.importInfrastructure({stack}, "us-west-2"));
        QCOMPARE(asked, QString("IsPrimaryRegion="));
        // The standby: neither the global table nor the stream function.
        QVERIFY(doc.design().service(ServiceId("OrdersFunction")));
        QVERIFY(!doc.design().service(ServiceId("Orders")));
        QVERIFY(!doc.design().service(ServiceId("StreamFunction")));
    }
};

QTEST_MAIN(TestImportAction)
#include "tst_importaction.moc"

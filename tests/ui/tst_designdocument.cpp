#include "TestCatalogues.h"
#include "core/DesignFile.h"
#include "document/DesignDocument.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace rs;

class TestDesignDocument : public QObject
{
    Q_OBJECT

private slots:
    void openReplacesTheDesign()
    {
        document::DesignDocument doc(test::builtInCatalogues());
        QSignalSpy reset(&doc, &document::DesignDocument::designReset);
        const auto path = QString::fromStdString(
            test::sourcePath("resources/examples/02-aws-active-passive.json"));
        QVERIFY(doc.open(path).ok());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(doc.filePath(), path);
        QCOMPARE(doc.design().regions.size(), std::size_t{2});
        QVERIFY(!doc.isModified());
    }

    void aFailedOpenChangesNothing()
    {
        document::DesignDocument doc(test::builtInCatalogues());
        const auto good = QString::fromStdString(
            test::sourcePath("resources/examples/02-aws-active-passive.json"));
        QVERIFY(doc.open(good).ok());
        const Design before = doc.design();

        QTemporaryDir dir;
        const auto bad = dir.filePath("bad.json");
        std::ofstream(bad.toStdString()) << R"({"schemaVersion": 1, "name": "half", "regions": [
            {"id": "a", "provider": "aws", "code": "us-east-1", "trafficPercent": 100}],
            "services": [{"id": "x", "kind": "aws.nothing", "region": "a"}]})";
        QSignalSpy reset(&doc, &document::DesignDocument::designReset);
        const auto result = doc.open(bad);
        QVERIFY(!result.ok());
        QCOMPARE(result.errors().front().code, ErrorCode::UnknownKind);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(doc.design(), before);
        QCOMPARE(doc.filePath(), good);
    }

    void saveAsWritesTheCanonicalFile()
    {
        document::DesignDocument doc(test::builtInCatalogues());
        QVERIFY(doc.open(QString::fromStdString(
                             test::sourcePath("resources/examples/01-single-region-api.json")))
                    .ok());
        QTemporaryDir dir;
        const auto path = dir.filePath("copy.json");
        QSignalSpy renamed(&doc, &document::DesignDocument::filePathChanged);
        QVERIFY(doc.saveAs(path).ok());
        QCOMPARE(renamed.count(), 1);
        QCOMPARE(readTextFile(path.toStdString()).value(), writeDesign(doc.design()));
    }
};

QTEST_GUILESS_MAIN(TestDesignDocument)
#include "tst_designdocument.moc"

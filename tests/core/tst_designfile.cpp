#include "TestCatalogues.h"
#include "core/DesignFile.h"

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>

using namespace rs;
namespace fs = std::filesystem;

namespace {

Design smallDesign()
{
    Design d;
    d.name = "Saved";
    Region r;
    r.id = RegionId{"use1"};
    r.provider = Provider::Aws;
    r.code = "us-east-1";
    r.trafficPercent = 100.0;
    d.regions.emplace(r.id, r);
    Service s;
    s.id = ServiceId{"fn"};
    s.kind = "aws.lambda";
    s.region = r.id;
    d.services.emplace(s.id, s);
    return d;
}

void writeFile(const fs::path& path, const std::string& bytes)
{
    std::ofstream(path, std::ios::binary) << bytes;
}

std::string contents(const fs::path& path)
{
    return readTextFile(path).value();
}

} // namespace

class TestDesignFile : public QObject
{
    Q_OBJECT

private slots:
    void saveThenLoadGivesTheSameDesign()
    {
        QTemporaryDir dir;
        const fs::path path = dir.filePath("a.json").toStdString();
        QVERIFY(saveDesignFile(path, smallDesign()).ok());
        const auto loaded = loadDesignFile(path, test::smallCatalogues());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value(), smallDesign());
        QCOMPARE(contents(path), writeDesign(smallDesign()));
    }

    void saveReplacesAtomicallyAndLeavesNoTemporaryFile()
    {
        QTemporaryDir dir;
        const fs::path path = dir.filePath("a.json").toStdString();
        writeFile(path, "old contents");
        QVERIFY(saveDesignFile(path, smallDesign()).ok());
        QCOMPARE(contents(path), writeDesign(smallDesign()));
        QCOMPARE(std::distance(fs::directory_iterator(dir.path().toStdString()), {}), 1);
    }

    void aNewerSchemaFileIsNeverOverwritten()
    {
        QTemporaryDir dir;
        const fs::path path = dir.filePath("future.json").toStdString();
        const std::string future = R"({"schemaVersion": 99, "name": "from the future"})";
        writeFile(path, future);
        const auto saved = saveDesignFile(path, smallDesign());
        QVERIFY(!saved.ok());
        QVERIFY(saved.errors().front().message.find("schema version 99") != std::string::npos);
        QCOMPARE(contents(path), future);
    }

    void ioErrorsNameThePath()
    {
        QTemporaryDir dir;
        const fs::path missing = dir.filePath("missing.json").toStdString();
        const auto loaded = loadDesignFile(missing, test::smallCatalogues());
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.errors().front().code, ErrorCode::Io);
        QVERIFY(loaded.errors().front().message.find(missing.string()) != std::string::npos);

        const auto folder = loadDesignFile(dir.path().toStdString(), test::smallCatalogues());
        QVERIFY(!folder.ok());
        QVERIFY(folder.errors().front().message.find("folder") != std::string::npos);

        const auto unwritable =
            saveDesignFile(dir.filePath("no/such/dir/a.json").toStdString(), smallDesign());
        QVERIFY(!unwritable.ok());
        QCOMPARE(unwritable.errors().front().code, ErrorCode::Io);
    }

    void anOversizedFileIsRefusedBeforeReading()
    {
        QTemporaryDir dir;
        const fs::path path = dir.filePath("big.json").toStdString();
        writeFile(path, std::string(2048, ' ') + writeDesign(smallDesign()));
        const auto loaded = loadDesignFile(path, test::smallCatalogues(), {1024, 32});
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.errors().front().code, ErrorCode::TooLarge);
    }
};

QTEST_GUILESS_MAIN(TestDesignFile)
#include "tst_designfile.moc"

// `resilience arrange`: Design > Arrange on files. A design whose cards all sit on one spot
// comes back with none on another and each inside its region, and nothing but the layout
// changed; a broken file is left as it was, with the reason and the file named.
#include "CliRun.h"
#include "TestCatalogues.h"
#include "core/DesignFile.h"
#include "diagram/CardGeometry.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using namespace rs;
using test::run;

namespace {

const std::string example = test::sourcePath("resources/examples/05-gcp-global.json");

Design readBack(const std::string& file)
{
    return readDesign(readTextFile(file).value(), test::builtInCatalogues()).value();
}

/// The design without its layout: what arrange must leave as it was.
Design withoutLayout(Design design)
{
    for (auto& [id, region] : design.regions) {
        region.position = {};
        region.size = {};
    }
    for (auto& [id, service] : design.services)
        service.position = {};
    return design;
}

} // namespace

class TestCliArrange : public QObject
{
    Q_OBJECT

private slots:
    void cardsPiledOnOneSpotAreLaidOut()
    {
        QTemporaryDir dir;
        const auto file = dir.filePath("piled.json").toStdString();
        auto piled = readBack(example);
        for (auto& [id, service] : piled.services)
            service.position = {0.0, 0.0};
        QVERIFY(saveDesignFile(file, piled));

        const auto r = run({"arrange", file});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, file + ": arranged\n");

        const auto arranged = readBack(file);
        QCOMPARE(withoutLayout(arranged), withoutLayout(piled));
        std::vector<QRectF> cards;
        for (const auto& [id, service] : arranged.services) {
            QPointF at(service.position.x, service.position.y);
            if (service.region) {
                const auto& region = arranged.regions.at(*service.region);
                at += QPointF(region.position.x, region.position.y);
            }
            const QRectF card(at, diagram::card::cardSize(diagram::card::cardName(service)));
            for (const auto& other : cards)
                QVERIFY2(!card.intersects(other), id.value.c_str());
            cards.push_back(card);
            if (service.region) {
                const auto& region = arranged.regions.at(*service.region);
                const QRectF area(region.position.x, region.position.y, region.size.width,
                                  region.size.height);
                QVERIFY2(area.contains(card), id.value.c_str());
            }
        }
    }

    void anInvalidFileIsNamedAndLeftAlone()
    {
        QTemporaryDir dir;
        const auto file = dir.filePath("broken.json").toStdString();
        const std::string text = R"({"schemaVersion": 1, "name": "x", "regions": [)";
        std::ofstream(file) << text;
        const auto r = run({"arrange", file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.find(file + ": invalid, not arranged") != std::string::npos,
                 r.err.c_str());
        QCOMPARE(readTextFile(file).value(), text);
    }

    void aMissingFileOrNoFileIsAUsageError()
    {
        const auto missing = run({"arrange", "/no/such/design.json"});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.find("/no/such/design.json") != std::string::npos,
                 missing.err.c_str());
        const auto none = run({"arrange"});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.find("no design file given") != std::string::npos);
    }
};

QTEST_MAIN(TestCliArrange)
#include "tst_cliarrange.moc"

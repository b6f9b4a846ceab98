#include "TestCatalogues.h"
#include "core/DesignFile.h"
#include "core/DesignFormat.h"
#include "diagram/DiagramExport.h"
#include "diagram/DiagramStyle.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <nlohmann/json.hpp>

using namespace rs;

// Issue 20: the diagram writers with hostile names (classes 3 and 7) and services on one spot
// (class 8).

namespace {

/// Two linked Lambda functions in one region, named `first` and `second`, at the given layout
/// positions.
Design twoServices(const std::string& first, const std::string& second, double secondX)
{
    nlohmann::json j = nlohmann::json::parse(R"({
      "schemaVersion": 1, "name": "hostile",
      "regions": [{"id": "use1", "provider": "aws", "code": "us-east-1", "trafficPercent": 100,
                   "layout": {"x": 0, "y": 0, "width": 600, "height": 300}}],
      "services": [
        {"id": "a", "kind": "aws.lambda", "region": "use1", "layout": {"x": 40, "y": 60}},
        {"id": "b", "kind": "aws.lambda", "region": "use1", "layout": {"x": 40, "y": 60}}],
      "links": [{"id": "l", "from": "a", "to": "b", "kind": "request"}]})");
    j["services"][0]["name"] = first;
    j["services"][1]["name"] = second;
    j["services"][1]["layout"]["x"] = secondX;
    auto design = readDesign(j.dump(), test::smallCatalogues());
    if (!design)
        qFatal("%s", design.errors().front().toString().c_str());
    return design.value();
}

QByteArray svgOf(const Design& design)
{
    QTemporaryDir dir;
    const auto path = dir.filePath("d.svg");
    const auto saved = diagram::saveDiagramSvg(design, test::smallCatalogues(), path);
    if (!saved)
        qFatal("%s", saved.errors().front().toString().c_str());
    return QByteArray::fromStdString(readTextFile(path.toStdString()).value());
}

} // namespace

class TestHostileDiagram : public QObject
{
    Q_OBJECT

private slots:
    void controlCharactersLeaveTheSvgWellFormed()
    {
        // NUL, BEL and ESC are not allowed in XML 1.0, not even as character references.
        const auto svg = svgOf(twoServices(std::string("nul\0bel\aesc\x1b", 11), "ok", 300));
        QXmlStreamReader xml(svg);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(svg.contains("\xEF\xBF\xBD")); // U+FFFD in UTF-8 stands for each
    }

    void displayedTextHasNoControlCharacters()
    {
        const auto shown = diagram::displayText("a\tb\nc\x7f"
                                                "d\xC2\x85");
        QCOMPARE(shown, QStringLiteral("a\uFFFDb\uFFFDc\uFFFDd\uFFFD"));
    }

    void aHugeNameIsCutSoTheWorkIsBounded()
    {
        // 100,000 characters; the drawing shows 200 and an ellipsis, so fitting it into the
        // box costs the same as for a 200-character name.
        const std::string huge(100'000, 'n');
        const auto shown = diagram::displayText(huge);
        QCOMPARE(shown.size(), diagram::maxDisplayedChars + 1);
        QVERIFY(shown.endsWith(QChar(0x2026)));
        const auto svg = svgOf(twoServices(huge, huge, 300));
        // Two names drawn whole would be 200,000 bytes of text alone.
        QVERIFY2(svg.size() < 100'000, QByteArray::number(svg.size()).constData());
    }

    void aSurrogatePairIsNotCutInHalf()
    {
        // U+1F600 is two UTF-16 units; at the cut it is dropped whole, not left half.
        std::string text(std::size_t(diagram::maxDisplayedChars - 1), 'x');
        text += "\xF0\x9F\x98\x80";
        text += "tail";
        const auto shown = diagram::displayText(text);
        QCOMPARE(shown.size(), diagram::maxDisplayedChars); // 199 x and the ellipsis
        QVERIFY(!shown.at(shown.size() - 2).isHighSurrogate());
    }

    void twoLinkedServicesOnOneSpotDrawNoNaN()
    {
        const auto svg = svgOf(twoServices("first", "second", 40));
        static const QRegularExpression nan(QStringLiteral("\\bnan\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
        QVERIFY(!QString::fromUtf8(svg).contains(nan));
        QXmlStreamReader xml(svg);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY(!xml.hasError());
    }
};

QTEST_MAIN(TestHostileDiagram)
#include "tst_hostilediagram.moc"

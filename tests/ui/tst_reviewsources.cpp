#include "Cli.h"
#include "DesignBuilder.h"
#include "DiagramPages.h"
#include "PageFlow.h"
#include "TestCatalogues.h"
#include "TextLines.h"
#include "core/DesignFile.h"
#include "core/review/ReferenceSources.h"
#include "diagram/DiagramRenderer.h"
#include "diagram/DiagramStyle.h"
#include "pricing/PriceTableJson.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sstream>

using namespace rs;

namespace {

QString pdfText(const QString& path)
{
    const auto tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        qFatal("pdftotext not found on PATH: install poppler-utils (scripts/setup.sh lists it)");
    QProcess p;
    p.start(tool, {path, "-"});
    if (!p.waitForFinished(60'000) || p.exitCode() != 0)
        qFatal("pdftotext failed: %s", p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString withoutSpace(QString s)
{
    return s.remove(QRegularExpression(QStringLiteral("[\\s\u200B]")));
}

QString exampleFile(const QString& prefix)
{
    const QDir dir(QString::fromStdString(test::sourcePath("resources/examples")));
    return dir.filePath(dir.entryList({prefix + "-*.json"}).value(0));
}

void addExampleRows()
{
    QTest::addColumn<QString>("file");
    for (const auto* n : {"01", "02", "03", "04", "05", "06"})
        QTest::newRow(n) << exampleFile(QString::fromLatin1(n));
}

/// The writer as the PDF review sets it up (PdfReview.cpp): A4, margins 14 x 12 mm, 96 dpi.
void setUpLikeTheReview(QPdfWriter& writer)
{
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(14, 12, 14, 12), QPageLayout::Millimeter);
    writer.setResolution(96);
}

/// The review's diagram plan for `renderer` on the review's A4 pages.
review::DiagramPlan planOnA4(const diagram::DiagramRenderer& renderer)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUpLikeTheReview(writer);
    QPainter painter(&writer);
    const review::PageFlow flow(writer, painter, {});
    return review::planReviewDiagram(renderer, flow);
}

} // namespace

class TestReviewSources : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void everySourceTheReviewCitesIsOnItsSourcesPage_data() { addExampleRows(); }

    void everySourceTheReviewCitesIsOnItsSourcesPage()
    {
        QFETCH(QString, file);
        QVERIFY2(QFile::exists(file), qPrintable(file));
        const auto pdf = m_dir.filePath(QFileInfo(file).baseName() + ".pdf");
        // Through the command line, with the bundled price catalogue: the cost lines then cite
        // the price sources (F-..., D-...) a customer's review cites.
        const std::vector<std::string> args{
            "review", file.toStdString(), "--catalog",   m_dir.filePath("p.sqlite").toStdString(),
            "--pdf",  pdf.toStdString(),  "--timestamp", "2026-01-31T12:00:00Z"};
        std::ostringstream out;
        std::ostringstream err;
        QCOMPARE(cli::runCli(args, out, err), 0);
        const auto text = pdfText(pdf);
        const auto start = text.lastIndexOf(QStringLiteral("Every source this review cites"));
        QVERIFY2(start > 0, "no sources page");
        const auto body = text.left(start);
        const auto sourcesPage = withoutSpace(text.mid(start));

        // Nothing a customer cannot follow: no section of our notes, no file of ours.
        for (const auto* internal : {"\u00a7", "resilience-model", "reference/", "pricing-facts"})
            QVERIFY2(!body.contains(QString::fromUtf8(internal)), internal);
        // Nor a folder of our workplace among the sources' descriptions.
        QVERIFY(!sourcesPage.contains(QStringLiteral("shared/")));

        int checked = 0;
        for (const auto& id : citedReferenceIds(body.toStdString())) {
            const auto* source = findReferenceSource(id);
            const auto title = withoutSpace(
                QString::fromUtf8(source->title.data(), qsizetype(source->title.size())));
            QVERIFY2(sourcesPage.contains(QString::fromStdString(id) + title.left(30)), id.c_str());
            ++checked;
        }
        const auto& notes = pricing::bundledPriceSourceNotes();
        static const QRegularExpression priceKey(
            QStringLiteral("(?<![\\w-])([FDU2]-[A-Z][A-Za-z0-9]*)(?![\\w-])"));
        for (auto it = priceKey.globalMatch(body); it.hasNext();) {
            const auto key = it.next().captured(1);
            const auto note = notes.find(key.toStdString());
            QVERIFY2(note != notes.end(), qPrintable(key));
            const auto title = withoutSpace(QString::fromStdString(note->second));
            QVERIFY2(sourcesPage.contains(key + title.left(30)), qPrintable(key));
            ++checked;
        }
        // Every example's findings cite the Well-Architected pillar or a provider document, and
        // its costs a price file.
        QVERIFY2(checked >= 3, qPrintable(QString::number(checked)));
    }

    void aLongSourceBreaksBetweenWordsOrAfterPunctuation()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        setUpLikeTheReview(writer);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(7.0);
        // A source cell of the findings table (1.7 of 10.9 shares of 688 px, less padding: about
        // 100 px) holding a rule source with a field name wider than the cell, an id list and a
        // URL. Wrapping anywhere breaks them mid-word ("dataLocationCons|traint").
        const QString text = QStringLiteral(
            "AWS Resilience Hub dataLocationConstraint (S56); AWS Well-Architected REL13 (S52); "
            "the routers' published health-check timings (S1-S5, S10, S13) "
            "https://b0.p.awsstatic.com/pricing/2.0/meteredUnitMaps/lambda/USD/current/"
            "lambda.json");
        const double width = 100.0;
        const auto layout = review::layoutText(text, font, width, &writer);
        const auto laid = layout->text();
        QVERIFY(layout->lineCount() > 5);
        for (int i = 0; i < layout->lineCount(); ++i) {
            const auto line = layout->lineAt(i);
            QVERIFY2(line.naturalTextWidth() <= width + 0.01, qPrintable(QString::number(i)));
            const auto end = line.textStart() + line.textLength();
            if (end >= laid.size())
                continue;
            // A break follows a space, or a "/", "-", ".", "_" or ":" or a camel hump inside a
            // long token (the zero-width space that allows it): never the middle of a word.
            const auto before = laid.at(end - 1);
            const auto piece = laid.mid(line.textStart(), line.textLength());
            QVERIFY2(before.isSpace() || before == QChar(0x200B) ||
                         QStringLiteral("/-._:").contains(before),
                     qPrintable(piece));
        }
        // "Well-Architected" is one token that fits: it stays whole on its line.
        bool whole = false;
        for (int i = 0; i < layout->lineCount(); ++i) {
            const auto line = layout->lineAt(i);
            whole |= laid.mid(line.textStart(), line.textLength()).contains("Well-Architected");
        }
        QVERIFY(whole);
    }

    void theDiagramIsLegibleAndFillsItsFrame_data() { addExampleRows(); }

    void theDiagramIsLegibleAndFillsItsFrame()
    {
        QFETCH(QString, file);
        const auto& catalogues = test::builtInCatalogues();
        const auto design = loadDesignFile(file.toStdString(), catalogues);
        QVERIFY(design.ok());
        const diagram::DiagramRenderer renderer(design.value(), catalogues);
        const auto plan = planOnA4(renderer);
        // Text: the smallest font of the drawing at the plan's scale, in points (96 px an inch).
        const double smallest = std::min(
            {diagram::kindFontPixels, diagram::serviceFontPixels, diagram::regionFontPixels});
        QVERIFY2(smallest * plan.scale * 72.0 / 96.0 >= 7.0 - 1e-9,
                 qPrintable(QString::number(plan.scale)));
        const auto scene = renderer.sceneBounds();
        QVERIFY(!plan.parts.empty());
        for (const auto& part : plan.parts) {
            const auto drawn = part.intersected(scene);
            QVERIFY2(drawn.width() >= 0.8 * part.width() || drawn.height() >= 0.8 * part.height(),
                     qPrintable(QStringLiteral("%1 x %2 of %3 x %4")
                                    .arg(drawn.width())
                                    .arg(drawn.height())
                                    .arg(part.width())
                                    .arg(part.height())));
        }
        // Every card is whole on some page.
        for (const auto& card : renderer.cardRects()) {
            QVERIFY(std::any_of(plan.parts.begin(), plan.parts.end(),
                                [&](const QRectF& part) { return part.contains(card); }));
        }
    }

    void aWideDesignIsSplitBetweenItsRegions()
    {
        // Three regions 520 x 580, 44 apart, a short-named card in each: a scene of 1696 x 628
        // (3 x 520 + 2 x 44, and 580, with margins of 24). On A4 portrait the frame is 182 mm =
        // 688 px wide; at 7 pt the 9 px kind text needs a scale of 7 / 72 x 96 / 9 = 1.037, so
        // a page shows 663 scene units: one region each, three pages. Landscape (1017 px, 981
        // units, but about 520 px of frame height for 628 x 1.037 = 651) would take two rows of
        // two.
        test::DesignBuilder builder;
        builder.region("use1", "us-east-1", 50.0)
            .region("usw2", "us-west-2", 25.0)
            .region("euw1", "eu-west-1", 25.0)
            .service("a", "aws.lambda", "use1")
            .service("b", "aws.lambda", "usw2")
            .service("c", "aws.lambda", "euw1");
        auto design = builder.build();
        double x = 0.0;
        for (const auto& id : {"use1", "usw2", "euw1"}) {
            auto& region = design.regions.at(RegionId{id});
            region.position = {x, 0.0};
            region.size = {520.0, 580.0};
            x += 520.0 + 44.0;
        }
        for (auto& [id, service] : design.services)
            service.position = {20.0, 60.0};
        const diagram::DiagramRenderer renderer(design, test::builtInCatalogues());
        QCOMPARE(renderer.sceneBounds().size(), QSizeF(1696, 628));
        const auto plan = planOnA4(renderer);
        QCOMPARE(plan.orientation, QPageLayout::Portrait);
        QCOMPARE(plan.columns, 3);
        QCOMPARE(plan.rows, 1);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestReviewSources)
#include "tst_reviewsources.moc"

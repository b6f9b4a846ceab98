// Issue 14, "done when": designs whose region loss misses only capacity, or only residency, get
// the same verdict from every output: the command line's exit codes, the JSON review, the PDF
// review's text and the scenarios dock.
#include "Cli.h"
#include "DockFixtures.h"
#include "FindingChecks.h" // Q_DECLARE_METATYPE(rs::Design)
#include "ReferenceDesigns.h"
#include "core/DesignFile.h"
#include "docks/ScenariosDock.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

using namespace rs;

namespace {

struct Run
{
    int exitCode = 0;
    std::string out;
};

Run run(const std::vector<std::string>& args)
{
    std::ostringstream out;
    std::ostringstream err;
    const int code = cli::runCli(args, out, err);
    return {code, out.str() + err.str()};
}

QString pdfText(const QString& pdf)
{
    const auto tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        qFatal("pdftotext not found on PATH: install poppler-utils");
    QProcess p;
    p.start(tool, {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60'000) || p.exitCode() != 0)
        qFatal("pdftotext failed");
    // Table cells may wrap; one space between words is what the test reads.
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

QString targetsCell(docks::ScenariosDock& dock, const std::string& region)
{
    auto* model = dock.findChild<QTableView*>()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto id = model->index(row, docks::ScenariosDock::ScenarioColumn).data(Qt::UserRole);
        if (id.toString().toStdString() == region)
            return model->index(row, docks::ScenariosDock::TargetsColumn).data().toString();
    }
    return {};
}

/// The design with its global tables strongly consistent (MRSC, RPO 0): MREC's lag is typical,
/// not a bound, and an unbounded RPO meets no target (issue 21).
Design bounded(Design design)
{
    for (auto& [id, service] : design.services) {
        if (service.kind == "aws.dynamodb")
            service.properties["replicationMode"] = std::string("sync-quorum");
    }
    return design;
}

} // namespace

class TestVerdictsAgree : public QObject
{
    Q_OBJECT

private slots:
    void everyOutputAgrees_data()
    {
        QTest::addColumn<Design>("design");
        QTest::addColumn<QString>("missed"); // what losing use1 misses; empty: nothing
        // Losing us-east-1 meets RTO (150 s of 1 h) and RPO (0 s of 15 min) in all three.
        QTest::newRow("only capacity") << bounded(test::capacityShortExample()) << "capacity";
        QTest::newRow("only residency") << bounded(test::residencyBreachExample()) << "residency";
        QTest::newRow("nothing") << bounded(test::workedExampleA().build()) << "";
    }

    void everyOutputAgrees()
    {
        QFETCH(Design, design);
        QFETCH(QString, missed);
        const bool met = missed.isEmpty();
        QTemporaryDir dir;
        const auto path = [&](const char* name) { return dir.filePath(name).toStdString(); };
        QVERIFY(saveDesignFile(path("design.json"), design).ok());

        // The command line: simulate gates on the targets; review only when asked to.
        QCOMPARE(run({"simulate", path("design.json"), "--years", "1000"}).exitCode, met ? 0 : 1);
        const std::vector<std::string> review{
            "review",      path("design.json"),   "--catalog", path("prices.sqlite"),
            "--json",      path("review.json"),   "--pdf",     path("review.pdf"),
            "--timestamp", "2026-01-31T12:00:00Z"};
        QCOMPARE(run(review).exitCode, 0);
        auto gated = review;
        gated.insert(gated.end(), {"--fail-on", "targets"});
        QCOMPARE(run(gated).exitCode, met ? 0 : 1);

        // The JSON review.
        std::ifstream in(path("review.json"));
        const auto json = nlohmann::json::parse(in);
        QCOMPARE(json["summary"]["regionTargetsMet"].get<bool>(), met);
        QCOMPARE(json["summary"]["regionLossesMissed"].get<int>(), met ? 0 : 1);
        const auto& scenarios = json["scenarios"];
        const auto loss = std::find_if(scenarios.begin(), scenarios.end(), [](const auto& s) {
            return s["kind"] == "region-down" && s["element"] == "use1";
        });
        QVERIFY(loss != scenarios.end());
        QCOMPARE((*loss)["rtoMet"].get<bool>(), true);
        QCOMPARE((*loss)["rpoMet"].get<bool>(), true);
        QCOMPARE((*loss)["capacityMet"].get<bool>(), missed != "capacity");
        QCOMPARE((*loss)["residencyMet"].get<bool>(), missed != "residency");
        QCOMPARE((*loss)["targetsMet"].get<bool>(), met);

        // The PDF review.
        const auto text = pdfText(dir.filePath("review.pdf"));
        QVERIFY2(
            text.contains(met ? "Region-loss targets (RTO, RPO, capacity and residency): met."
                              : "Region-loss targets (RTO, RPO, capacity and residency): missed by "
                                "1 region loss."),
            qPrintable(text.left(4000)));
        QCOMPARE(text.contains("misses " + missed), !met);

        // The scenarios dock, fed by the live engine's analysis of the same design.
        docks::ScenariosDock dock;
        dock.setResults(test::directResults(design, nullptr));
        QCOMPARE(targetsCell(dock, "use1"), met ? QStringLiteral("met") : "missed: " + missed);
    }
};

QTEST_MAIN(TestVerdictsAgree)
#include "tst_verdictsagree.moc"

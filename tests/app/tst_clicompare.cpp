#include "CliRun.h"
#include "TestCatalogues.h"
#include "core/DesignFile.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <fstream>

using namespace rs;

namespace {

using test::run;

const std::string example02 = test::sourcePath("resources/examples/02-aws-active-passive.json");
const std::string example03 = test::sourcePath("resources/examples/03-aws-active-active.json");
const std::string example04 = test::sourcePath("resources/examples/04-azure-active-active.json");

nlohmann::json example(const std::string& file)
{
    return nlohmann::json::parse(readTextFile(file).value());
}

/// Example 02 with its orders tables strongly consistent (DynamoDB MRSC, RPO 0, S27), so only
/// the bucket's RTC bound (900 s) remains and losing us-east-1 meets the 900 s RPO; back to
/// MREC (no published bound, S26) it cannot.
nlohmann::json boundedExample()
{
    auto design = example(example02);
    for (auto& service : design["services"]) {
        if (service["kind"] == "aws.dynamodb")
            service["properties"]["replicationMode"] = "sync-quorum";
    }
    return design;
}

} // namespace

class TestCliCompare : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_catalogue = m_dir.filePath("prices.sqlite").toStdString();
    }

    void aRegionLossThatNowMissesFailsTheTargetsGate()
    {
        const auto bounded = write("bounded.json", boundedExample());
        const auto args = std::vector<std::string>{"compare", bounded,     example02,
                                                   "--json",  "--catalog", m_catalogue};
        const auto plain = run(args);
        QCOMPARE(plain.exitCode, 0); // no gate asked for
        auto gated = args;
        gated.insert(gated.end(), {"--fail-on", "targets"});
        const auto r = run(gated);
        QCOMPARE(r.exitCode, 1);
        const auto j = nlohmann::json::parse(r.out);
        QCOMPARE(j["regionLossesRegressed"].get<int>(), 1);
        QCOMPARE(j["gates"]["targetsGateFailed"].get<bool>(), true);
        // The two tables changed, and only in their replication mode; nothing else did.
        QCOMPARE(j["elements"]["changed"].get<int>(), 2);
        QCOMPARE(j["elements"]["added"].get<int>(), 0);
        for (const auto& e : j["elements"]["list"])
            QVERIFY2(e["changedFields"] == nlohmann::json::array({"properties.replicationMode"}),
                     e.dump().c_str());
        // The reverse change meets the target again: an improvement passes.
        const auto back =
            run({"compare", example02, bounded, "--fail-on", "targets", "--catalog", m_catalogue});
        QCOMPARE(back.exitCode, 0);
        QVERIFY2(back.out.find("(improved)") != std::string::npos, back.out.c_str());
    }

    void costGrowthGatesReadTheMonthlyTotal()
    {
        // The same design with twice the requests: every per-request price (API Gateway, Lambda,
        // DynamoDB requests) bills twice the quantity and nothing is billed less, so the total
        // grows; the other way it shrinks.
        auto busier = example(example02);
        busier["workload"]["requestsPerMonth"] =
            2 * busier["workload"]["requestsPerMonth"].get<double>();
        const auto file = write("busier.json", busier);
        const auto grows =
            run({"compare", example02, file, "--fail-on", "cost:0%", "--catalog", m_catalogue});
        QCOMPARE(grows.exitCode, 1);
        QVERIFY2(grows.out.find("gate failed: the monthly cost grows by +") != std::string::npos,
                 grows.out.c_str());
        QCOMPARE(run({"compare", file, example02, "--fail-on", "cost:0%,cost:0", "--catalog",
                      m_catalogue})
                     .exitCode,
                 0);
        // A design against itself: no growth, no gate.
        QCOMPARE(run({"compare", example02, example02, "--fail-on", "cost:0,targets,info",
                      "--catalog", m_catalogue})
                     .exitCode,
                 0);
    }

    void designsOfDifferentProvidersStillCompare()
    {
        const auto r = run({"compare", example02, example04, "--json", "--catalog", m_catalogue});
        QCOMPARE(r.exitCode, 0);
        const auto j = nlohmann::json::parse(r.out);
        // No element in common: everything of 02 removed, everything of 04 added.
        const auto count = [](const nlohmann::json& d) {
            return int(d["regions"].size() + d["services"].size() + d["links"].size());
        };
        QCOMPARE(j["elements"]["removed"].get<int>(), count(example(example02)));
        QCOMPARE(j["elements"]["added"].get<int>(), count(example(example04)));
        QCOMPARE(j["elements"]["unchanged"].get<int>(), 0);
    }

    void anInvalidDesignGivesItsLocatedErrors()
    {
        auto broken = example(example02);
        broken["links"][0]["to"] = "nowhere";
        const auto file = write("broken.json", broken);
        const auto r = run({"compare", example02, file, "--catalog", m_catalogue});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.empty());
        // The file, the JSON pointer and the dangling id.
        QVERIFY2(r.err.find(file + ": ") != std::string::npos, r.err.c_str());
        QVERIFY2(r.err.find("/links/0/to") != std::string::npos, r.err.c_str());
        QVERIFY2(r.err.find("nowhere") != std::string::npos, r.err.c_str());
    }

    void badArgumentsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("one file") << QStringList{"compare", "a.json"};
        QTest::newRow("unknown gate")
            << QStringList{"compare", "a.json", "b.json", "--fail-on", "budget"};
        QTest::newRow("negative amount")
            << QStringList{"compare", "a.json", "b.json", "--fail-on", "cost:-5"};
        QTest::newRow("percent not a number")
            << QStringList{"compare", "a.json", "b.json", "--fail-on", "cost:ten%"};
        QTest::newRow("json and markdown")
            << QStringList{"compare", "a.json", "b.json", "--json", "--markdown"};
    }

    void badArgumentsAreUsageErrors()
    {
        QFETCH(QStringList, args);
        std::vector<std::string> list;
        for (const auto& a : args)
            list.push_back(a.toStdString());
        const auto r = run(list);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.starts_with("resilience compare: "));
    }

    void anUnreadableFileExitsTwo()
    {
        const auto r = run({"compare", example02, m_dir.filePath("absent.json").toStdString(),
                            "--catalog", m_catalogue});
        QCOMPARE(r.exitCode, 2);
    }

    void theMarkdownIsAPullRequestComment()
    {
        const auto r = run({"compare", example02, example03, "--markdown", "--fail-on",
                            "targets,error", "--catalog", m_catalogue});
        QDir().mkpath(RS_TEST_OUTPUT_DIR);
        std::ofstream(RS_TEST_OUTPUT_DIR "/compare-02-03.md") << r.out;
        // Findings gate: 03 has errors 02 does not (its Cognito in one region, RES-004).
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.starts_with("### Resilience: "));
        QVERIFY(r.out.find("| | Before | After | Change |") < r.out.find("<details>"));
        QVERIFY(r.out.find("**Gate failed:**") < r.out.find("| | Before"));
        // Well under GitHub's 65,536-character limit for a comment.
        QVERIFY2(r.out.size() < 20'000, std::to_string(r.out.size()).c_str());
    }

private:
    std::string write(const char* name, const nlohmann::json& design)
    {
        const auto path = m_dir.filePath(name).toStdString();
        std::ofstream(path) << design.dump(2);
        return path;
    }

    QTemporaryDir m_dir;
    std::string m_catalogue;
};

QTEST_GUILESS_MAIN(TestCliCompare)
#include "tst_clicompare.moc"

#include "Cli.h"
#include "TestCatalogues.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

using namespace rs;

namespace {

struct Run
{
    int exitCode;
    std::string out;
    std::string err;
};

Run run(const std::vector<std::string>& args)
{
    std::ostringstream out;
    std::ostringstream err;
    const int code = cli::runCli(args, out, err);
    return {code, out.str(), err.str()};
}

const std::string example = test::sourcePath("resources/examples/02-aws-active-passive.json");

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void validExampleExitsZero()
    {
        const auto r = run({"validate", example});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.find(": valid (2 regions") != std::string::npos, r.out.c_str());
    }

    void invalidFileExitsOneWithPlaces()
    {
        QTemporaryDir dir;
        const auto broken = dir.filePath("broken.json").toStdString();
        std::ofstream(broken) << "{\n  \"schemaVersion\": 1,\n  \"name\": 5\n}\n";
        const auto r = run({"validate", example, broken});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.find(broken + ": /name: type: expected a string, found an integer") !=
                     std::string::npos,
                 r.out.c_str());

        const auto syntax = dir.filePath("syntax.json").toStdString();
        std::ofstream(syntax) << "{\n  \"schemaVersion\": 1,\n  \"name\": \"x\",,\n}\n";
        const auto s = run({"validate", syntax});
        QCOMPARE(s.exitCode, 1);
        // Line 3 is `  "name": "x",,`: the second comma, column 15, is the token that does not fit.
        QVERIFY2(s.out.find(syntax + ":3:15: syntax:") != std::string::npos, s.out.c_str());
    }

    void unreadableFileOrBadUsageExitsTwo()
    {
        QCOMPARE(run({"validate", "/no/such/file.json"}).exitCode, 2);
        QCOMPARE(run({"validate"}).exitCode, 2);
        QCOMPARE(run({"validate", "--frobnicate", example}).exitCode, 2);
        QCOMPARE(run({"teleport"}).exitCode, 2);
        QCOMPARE(run({}).exitCode, 2);
        QCOMPARE(run({"--help"}).exitCode, 0);
        QVERIFY(run({"validate", "--help"}).out.find("Usage: resilience validate") == 0);
    }

    void jsonOutputIsMachineReadable()
    {
        QTemporaryDir dir;
        const auto broken = dir.filePath("dangling.json").toStdString();
        std::ofstream(broken) << R"({"schemaVersion": 1, "name": "d", "regions": [],
            "services": [{"id": "dns", "kind": "aws.route53"}],
            "links": [{"id": "l", "from": "dns", "to": "ghost", "kind": "route"}]})";
        const auto r = run({"validate", "--json", example, broken});
        QCOMPARE(r.exitCode, 1);
        const auto report = nlohmann::json::parse(r.out);
        QCOMPARE(report["valid"].get<bool>(), false);
        QCOMPARE(report["files"].size(), std::size_t{2});
        QCOMPARE(report["files"][0]["valid"].get<bool>(), true);
        const auto& error = report["files"][1]["errors"][0];
        QCOMPARE(error["code"].get<std::string>(), std::string("dangling"));
        QCOMPARE(error["pointer"].get<std::string>(), std::string("/links/0/to"));
        QCOMPARE(error["element"].get<std::string>(), std::string("l"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

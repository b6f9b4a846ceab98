#include "CliRun.h"
#include "TestCatalogues.h"
#include "core/DesignFile.h"
#include "core/rules/RuleCatalogue.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <fstream>
#include <map>

using namespace rs;

namespace {

using test::run;

/// A critical workload in one region: RES-001 is an error.
void writeSingleRegionDesign(const std::string& file)
{
    std::ofstream(file) << R"({"schemaVersion": 1, "name": "one region",
            "targets": {"tier": "critical"},
            "regions": [{"id": "use1", "provider": "aws", "code": "us-east-1", "trafficPercent": 100}],
            "services": [{"id": "api", "kind": "aws.api-gateway", "region": "use1"},
                         {"id": "fn", "kind": "aws.lambda", "region": "use1"}],
            "links": [{"id": "l1", "from": "api", "to": "fn", "kind": "request"}]})";
}

const std::string example = test::sourcePath("resources/examples/02-aws-active-passive.json");

/// Example 02 with its orders tables strongly consistent (DynamoDB MRSC, RPO 0), so that only
/// the bucket's RTC bound (900 s) remains: a design that meets its 900 s RPO.
nlohmann::json boundedExample()
{
    auto design = nlohmann::json::parse(readTextFile(example).value());
    for (auto& service : design["services"]) {
        if (service["kind"] == "aws.dynamodb")
            service["properties"]["replicationMode"] = "sync-quorum";
    }
    return design;
}

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

    void formatRewritesToCanonicalForm()
    {
        QTemporaryDir dir;
        const auto file = dir.filePath("design.json").toStdString();
        // The same design, re-indented with four spaces: valid but not canonical.
        std::ofstream(file) << nlohmann::json::parse(readTextFile(example).value()).dump(4);
        QCOMPARE(run({"format", "--check", file}).exitCode, 1);
        const auto formatted = run({"format", file});
        QCOMPARE(formatted.exitCode, 0);
        QVERIFY(formatted.out.find("formatted") != std::string::npos);
        QCOMPARE(run({"format", "--check", file}).exitCode, 0);
        QCOMPARE(
            readTextFile(file).value(),
            writeDesign(readDesign(readTextFile(file).value(), test::builtInCatalogues()).value()));
    }

    void checkGatesOnSeverity()
    {
        QTemporaryDir dir;
        const auto file = dir.filePath("single.json").toStdString();
        // A critical workload in one region: RES-001 is an error.
        writeSingleRegionDesign(file);
        const auto r = run({"check", "--json", file});
        QCOMPARE(r.exitCode, 1);
        const auto report = nlohmann::json::parse(r.out);
        QCOMPARE(report["summary"]["passed"].get<bool>(), false);
        QCOMPARE(report["summary"]["gates"]["findingsAtOrAbove"].get<std::string>(),
                 std::string("error"));
        QVERIFY(report["summary"]["findings"]["error"].get<int>() > 0);
        const auto& findings = report["findings"];
        QVERIFY(std::any_of(findings.begin(), findings.end(), [](const auto& f) {
            return f["rule"] == "RES-001" && f["severity"] == "error" && !f["remediation"].empty();
        }));
        QVERIFY(run({"check", file}).out.find("error RES-001") != std::string::npos);
        QCOMPARE(run({"check", "--fail-on", "sometimes", file}).exitCode, 2);
    }

    void simulateReportsScenariosAgainstTargets()
    {
        const auto r = run({"simulate", "--json", example});
        const auto report = nlohmann::json::parse(r.out);
        const auto& scenarios = report["scenarios"];
        const auto east = std::find_if(scenarios.begin(), scenarios.end(),
                                       [](const auto& s) { return s["element"] == "use1"; });
        QVERIFY(east != scenarios.end());
        // Route 53 as drawn: 30 s x 3 detection + 60 s TTL = 150 s worst (worked example A).
        QCOMPARE((*east)["rtoSeconds"]["worst"].get<double>(), 150.0);
        // The S3 bucket replicates with RTC (15 min bound), the table (MREC) typically in 1 s
        // with no bound: the RPO is unbounded, which no target accepts (issue 21).
        QVERIFY((*east)["rpoSeconds"].is_null());
        QCOMPARE((*east)["rpoTypicalSeconds"].get<double>(), 900.0);
        QCOMPARE((*east)["rpoMet"].get<bool>(), false);
        QCOMPARE((*east)["targetsMet"].get<bool>(), false);
        QCOMPARE(report["summary"]["passed"].get<bool>(), false);
        // Losing Route 53 itself breaks every flow, but the targets are per region loss.
        const auto dns = std::find_if(scenarios.begin(), scenarios.end(), [](const auto& s) {
            return s["kind"] == "global-service-down";
        });
        QVERIFY(dns != scenarios.end());
        QCOMPARE((*dns)["gated"].get<bool>(), false);
        QCOMPARE(r.exitCode, 1);

        // With the tables strongly consistent (MRSC, RPO 0) the bucket's 900 s bound meets
        // the 900 s target; a one-minute target then fails the gate.
        QTemporaryDir dir;
        const auto bounded = dir.filePath("bounded.json").toStdString();
        std::ofstream(bounded) << boundedExample().dump();
        QCOMPARE(run({"simulate", "--region", "use1", bounded}).exitCode, 0);
        const auto strict = dir.filePath("strict.json").toStdString();
        auto design = boundedExample();
        design["targets"]["region"]["rpoSeconds"] = 60;
        std::ofstream(strict) << design.dump();
        QCOMPARE(run({"simulate", "--region", "use1", strict}).exitCode, 1);

        const auto one = run({"simulate", "--region", "us-west-2", "--json", example});
        QCOMPARE(nlohmann::json::parse(one.out)["scenarios"].size(), std::size_t{1});
        QCOMPARE(run({"simulate", "--region", "mars-1", example}).exitCode, 2);
    }

    void rulesListsTheCatalogue()
    {
        const auto r = run({"rules", "--json"});
        QCOMPARE(r.exitCode, 0);
        const auto rules = nlohmann::json::parse(r.out);
        QCOMPARE(rules.size(), builtInRules().size());
        QCOMPARE(rules[0]["id"].get<std::string>(), std::string("RES-001"));
        QVERIFY(!rules[0]["source"].get<std::string>().empty());
        QVERIFY(run({"rules"}).out.find("RES-045") != std::string::npos);
        QCOMPARE(run({"rules", "extra.json"}).exitCode, 2);
    }

    void pricingListsTheCatalogueVersions()
    {
        QTemporaryDir dir;
        const auto catalogue = dir.filePath("prices.sqlite").toStdString();
        const auto r = run({"pricing", "list", "--catalog", catalogue, "--json"});
        QCOMPARE(r.exitCode, 0);
        // A new catalogue holds the bundled table: one active version per provider, with that
        // provider's rows of resources/pricing/default-prices.json.
        const auto table = nlohmann::json::parse(
            readTextFile(test::sourcePath("resources/pricing/default-prices.json")).value());
        std::map<std::string, std::int64_t> rowsPerProvider;
        for (const auto& row : table["rows"])
            ++rowsPerProvider[row["provider"].get<std::string>()];
        const auto versions = nlohmann::json::parse(r.out);
        QCOMPARE(versions.size(), rowsPerProvider.size()); // aws, azure, gcp, neutral
        for (const auto& v : versions) {
            QCOMPARE(v["status"].get<std::string>(), std::string("active"));
            QCOMPARE(v["rows"].get<std::int64_t>(),
                     rowsPerProvider.at(v["provider"].get<std::string>()));
        }
        QCOMPARE(run({"pricing", "activate", "99", "--catalog", catalogue}).exitCode, 2);
        QCOMPARE(run({"pricing", "activate", "one", "--catalog", catalogue}).exitCode, 2);
        QCOMPARE(run({"pricing", "--catalog", catalogue}).exitCode, 2);
    }

    void pricingImportDiffActivateAndRollBack()
    {
        QTemporaryDir dir;
        const auto catalogue = dir.filePath("prices.sqlite").toStdString();
        // An offer CSV in the real layout (the sample's preamble and header) with one row: the
        // us-east-1 Arm request price raised from $0.20 to $0.30 per million.
        const auto sample =
            readTextFile(test::sourcePath("tests/pricing/data/samples/"
                                          "aws-csv-AWSLambda-eu-west-2-slice-20260831.csv"))
                .value();
        std::size_t header = 0;
        for (int line = 0; line < 6; ++line)
            header = sample.find('\n', header) + 1;
        const auto offer = dir.filePath("use1.csv").toStdString();
        std::ofstream(offer)
            << sample.substr(0, header)
            << "\"D4TPQYY66DKTZWX9\",\"JRTCKXETXF\",\"D4TPQYY66DKTZWX9.JRTCKXETXF.6YS6EN2CT7\","
               "\"OnDemand\",\"AWS Lambda - Total Requests for ARM\",\"2026-12-01\",\"0\",\"Inf\","
               "\"Requests\",\"0.0000003000\",\"USD\",,\"Serverless\",\"AWSLambda\",\"US East (N. "
               "Virginia)\",\"AWS "
               "Region\",\"AWS-Lambda-Requests-ARM\",\"x\",\"Request-ARM\",\"\",,,"
               "\"us-east-1\",\"AWS Lambda\"\n";

        const auto imported = run({"pricing", "import", offer, "--catalog", catalogue, "--json"});
        QVERIFY2(imported.exitCode == 0, imported.err.c_str());
        const auto result = nlohmann::json::parse(imported.out);
        const int version = result["version"].get<int>();
        QCOMPARE(result["status"].get<std::string>(), std::string("inactive"));
        QCOMPARE(result["report"]["recordsRead"].get<int>(), 1);
        QCOMPARE(result["report"]["rowsImported"].get<int>(), 1);

        const auto versions =
            nlohmann::json::parse(run({"pricing", "list", "--catalog", catalogue, "--json"}).out);
        const auto bundled = std::find_if(versions.begin(), versions.end(), [](const auto& v) {
            return v["provider"] == "aws" && v["status"] == "active";
        });
        QVERIFY(bundled != versions.end());
        const auto from = std::to_string((*bundled)["id"].get<int>());
        const auto to = std::to_string(version);

        const auto diff = run(
            {"pricing", "diff", from, to, "--catalog", catalogue, "--json", "--designs", example});
        QVERIFY2(diff.exitCode == 0, diff.err.c_str());
        const auto d = nlohmann::json::parse(diff.out);
        QCOMPARE(d["changed"].get<int>(), 1);
        QCOMPARE(d["changes"][0]["key"].get<std::string>(), std::string("aws.lambda.requests-arm"));
        QCOMPARE(d["changes"][0]["before"].get<std::string>(), std::string("0.0000002"));
        QCOMPARE(d["changes"][0]["after"].get<std::string>(), std::string("0.0000003"));
        QVERIFY(qFuzzyCompare(d["changes"][0]["percent"].get<double>(), 50.0));
        // The example's 200 M Arm requests in us-east-1 (no free tier by default) cost $0.10
        // per million more: $20.00.
        const auto& design = d["designs"][0];
        QCOMPARE(design["delta"].get<std::string>(), std::string("20.00"));
        QVERIFY(design["before"]["priceBookVersion"].get<std::string>().find("aws:" + from) !=
                std::string::npos);
        QVERIFY(design["after"]["priceBookVersion"].get<std::string>().find("aws:" + to) !=
                std::string::npos);

        const auto text = run({"pricing", "diff", from, to, "--catalog", catalogue});
        QVERIFY2(text.out.find("0.0000002 -> 0.0000003 (+50.0 %)") != std::string::npos,
                 text.out.c_str());

        // Activate, then roll back: the estimate follows.
        QCOMPARE(run({"pricing", "activate", to, "--catalog", catalogue}).exitCode, 0);
        const auto raised =
            nlohmann::json::parse(run({"estimate", "--catalog", catalogue, "--json", example}).out);
        QVERIFY(raised["versions"]["priceBook"].get<std::string>().find("aws:" + to) !=
                std::string::npos);
        const auto back = run({"pricing", "rollback", "aws", "--catalog", catalogue});
        QCOMPARE(back.exitCode, 0);
        QVERIFY2(back.out.find("aws: version " + from + " is active again") == 0, back.out.c_str());
        const auto restored =
            nlohmann::json::parse(run({"estimate", "--catalog", catalogue, "--json", example}).out);
        QVERIFY(restored["versions"]["priceBook"].get<std::string>().find("aws:" + from) !=
                std::string::npos);
        QCOMPARE(run({"pricing", "rollback", "aws", "--catalog", catalogue}).exitCode, 2);
    }

    void pricingImportOfABadFileChangesNothing()
    {
        QTemporaryDir dir;
        const auto catalogue = dir.filePath("prices.sqlite").toStdString();
        const auto before = run({"pricing", "list", "--catalog", catalogue, "--json"}).out;
        const auto broken = dir.filePath("broken.json").toStdString();
        std::ofstream(broken)
            << "{\n  \"offerCode\" : \"AWSLambda\",\n  \"products\" : {\n    \"X\" : [\n";
        const auto r = run({"pricing", "import", broken, "--catalog", catalogue});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.find("line 5, column 1, broken.json: the file ends in the middle of the JSON") !=
                std::string::npos,
            r.err.c_str());
        QVERIFY(r.err.find("nothing was imported; the catalogue is unchanged") !=
                std::string::npos);
        QCOMPARE(run({"pricing", "list", "--catalog", catalogue, "--json"}).out, before);

        QCOMPARE(run({"pricing", "import", "--catalog", catalogue}).exitCode, 2);
        QCOMPARE(run({"pricing", "import", broken, "--provider", "ibm", "--catalog", catalogue})
                     .exitCode,
                 2);
        QCOMPARE(run({"pricing", "diff", "1", "--catalog", catalogue}).exitCode, 2);
        QCOMPARE(run({"pricing", "diff", "1", "2", "--catalog", catalogue}).exitCode,
                 2); // aws vs azure
        QCOMPARE(run({"pricing", "list", "--activate", "--catalog", catalogue}).exitCode, 2);
        QCOMPARE(run({"pricing", "update", "--catalog", catalogue}).exitCode, 2); // no provider
    }

    void reviewWritesTheSameJsonTwiceWithoutAGuiApplication()
    {
        // This process runs a QCoreApplication only: the JSON review must not need Qt GUI.
        QTemporaryDir dir;
        const auto catalogue = dir.filePath("prices.sqlite").toStdString();
        const std::vector<std::string> args{
            "review",    example,   "--json",      "-",
            "--catalog", catalogue, "--timestamp", "2026-01-31T12:00:00Z"};
        const auto first = run(args);
        const auto second = run(args);
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.out, second.out);
        const auto review = nlohmann::json::parse(first.out);
        QCOMPARE(review["reviewFormatVersion"].get<int>(), 1);
        QCOMPARE(review["generatedAt"].get<std::string>(), std::string("2026-01-31T12:00:00Z"));
        QCOMPARE(review["design"]["file"].get<std::string>(),
                 std::string("02-aws-active-passive.json"));
        QCOMPARE(review["design"]["sha256"].get<std::string>().size(), std::size_t{64});
        // The same lines as `estimate`, which prices the same file against the same catalogue.
        const auto estimate =
            nlohmann::json::parse(run({"estimate", "--catalog", catalogue, "--json", example}).out);
        // One writer: the estimate's cost section is the review's, key for key.
        QVERIFY(review["cost"] == estimate["cost"]);
        QVERIFY(review["pricingSources"] == estimate["pricingSources"]);

        const auto pdf = run({"review", example, "--catalog", catalogue, "--pdf",
                              dir.filePath("r.pdf").toStdString()});
        QCOMPARE(pdf.exitCode, 2);
        QVERIFY2(pdf.err.find("need a GUI application") != std::string::npos, pdf.err.c_str());
        QVERIFY(!QFile::exists(dir.filePath("r.pdf")));
    }

    void reviewGatesOnFindingsAfterWritingTheFiles()
    {
        QTemporaryDir dir;
        const auto file = dir.filePath("single.json").toStdString();
        writeSingleRegionDesign(file);
        const auto catalogue = dir.filePath("prices.sqlite").toStdString();
        const auto json = dir.filePath("review.json").toStdString();
        const auto csv = dir.filePath("costs.csv").toStdString();
        const auto gated = run({"review", file, "--catalog", catalogue, "--json", json, "--csv",
                                csv, "--fail-on", "error"});
        QCOMPARE(gated.exitCode, 1);
        QVERIFY(QFile::exists(QString::fromStdString(json)));
        QVERIFY(QFile::exists(QString::fromStdString(csv)));
        std::ifstream in(json);
        const auto review = nlohmann::json::parse(in);
        QVERIFY(review["summary"]["findings"]["error"].get<int>() >= 1);
        // One region cannot recover from its own loss.
        QVERIFY(review["summary"]["worstRegionRtoSeconds"].is_null());
        QCOMPARE(review["summary"]["regionTargetsMet"].get<bool>(), false);
        QVERIFY2(gated.out.find("RTO no recovery") != std::string::npos, gated.out.c_str());
        QVERIFY(gated.out.find("wrote " + json) != std::string::npos);

        QCOMPARE(run({"review", file, "--catalog", catalogue, "--json", json}).exitCode, 0);
        QCOMPARE(run({"review", file, "--catalog", catalogue, "--fail-on", "info"}).exitCode, 1);
    }

    void unpricedUsageGatesEstimateAndReview()
    {
        QTemporaryDir dir;
        const auto catalogue = dir.filePath("prices.sqlite").toStdString();
        const auto json = run({"estimate", "--catalog", catalogue, "--json", example});
        const auto cost = nlohmann::json::parse(json.out)["cost"];
        const bool complete = cost["unpricedCount"].get<int>() == 0;
        QCOMPARE(cost["complete"].get<bool>(), complete);
        // Without the gate the estimate passes whatever it could price.
        QCOMPARE(json.exitCode, 0);
        const auto gated =
            run({"estimate", "--catalog", catalogue, "--fail-on-unpriced", "--json", example});
        QCOMPARE(gated.exitCode, complete ? 0 : 1);
        QCOMPARE(nlohmann::json::parse(gated.out)["summary"]["gates"]["unpriced"].get<bool>(),
                 true);
        const auto text = run({"estimate", "--catalog", catalogue, example});
        QCOMPARE(text.out.find(": at least ") != std::string::npos, !complete);
        QCOMPARE(run({"review", example, "--catalog", catalogue, "--fail-on", "unpriced"}).exitCode,
                 complete ? 0 : 1);

        // (tst_analysis holds the gate to a book that certainly leaves usage unpriced.)
    }

    void reviewGatesCombine()
    {
        QTemporaryDir dir;
        const auto catalogue = dir.filePath("prices.sqlite").toStdString();
        // The example misses its RPO (its tables have no bound); with MRSC tables it meets its
        // region targets (RPO 900 s against 900 s).
        QCOMPARE(run({"review", example, "--catalog", catalogue, "--fail-on", "targets"}).exitCode,
                 1);
        const auto meets = dir.filePath("bounded.json").toStdString();
        std::ofstream(meets) << boundedExample().dump();
        QCOMPARE(run({"review", meets, "--catalog", catalogue, "--fail-on", "targets"}).exitCode,
                 0);
        auto strict = boundedExample();
        strict["targets"]["region"]["rpoSeconds"] = 60;
        const auto file = dir.filePath("strict.json").toStdString();
        std::ofstream(file) << strict.dump();
        QCOMPARE(run({"review", file, "--catalog", catalogue, "--fail-on", "targets"}).exitCode, 1);
        QCOMPARE(run({"review", file, "--catalog", catalogue}).exitCode, 0);
        QCOMPARE(
            run({"review", file, "--catalog", catalogue, "--fail-on", "warning,targets"}).exitCode,
            1);
        QCOMPARE(run({"check", "--fail-on", "targets", file}).exitCode, 2);
    }

    void reviewRejectsBadOptions_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("bad gate") << QStringList{"--fail-on", "sometimes"} << "error, warning";
        QTest::newRow("bad second gate")
            << QStringList{"--fail-on", "error,often"} << "targets or unpriced";
        QTest::newRow("bad page") << QStringList{"--page", "a5"} << "a4 or letter";
        QTest::newRow("dpi without png") << QStringList{"--dpi", "300"} << "goes with --png";
        QTest::newRow("dpi too high") << QStringList{"--png", "x.png", "--dpi", "5000"} << "48 to";
        QTest::newRow("dpi not a number")
            << QStringList{"--png", "x.png", "--dpi", "hi"} << "48 to";
        QTest::newRow("bad timestamp") << QStringList{"--timestamp", "yesterday"} << "ISO 8601";
        QTest::newRow("month 13") << QStringList{"--timestamp", "2026-13-01"} << "ISO 8601";
        QTest::newRow("rate without currency") << QStringList{"--rate", "0.9"} << "go together";
    }

    void reviewRejectsBadOptions()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, mentions);
        std::vector<std::string> args{"review", example};
        for (const auto& o : options)
            args.push_back(o.toStdString());
        const auto r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromStdString(r.err).contains(mentions), r.err.c_str());
        QVERIFY(r.out.empty());
    }

    void reviewOfABrokenFileSaysWhere()
    {
        QTemporaryDir dir;
        const auto broken = dir.filePath("broken.json").toStdString();
        std::ofstream(broken) << "{\n  \"schemaVersion\": 1,\n  \"name\": 5\n}\n";
        const auto json = dir.filePath("review.json");
        const auto r = run({"review", broken, "--json", json.toStdString()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.find("/name: expected a string") != std::string::npos, r.err.c_str());
        QVERIFY(!QFile::exists(json));
        QCOMPARE(run({"review", "/no/such/design.json"}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

// `resilience import`, and check / simulate / estimate / review on a plan or template (issue 16).
#include "CliRun.h"
#include "TestCatalogues.h"
#include "core/DesignFile.h"

#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <set>

using namespace rs;

namespace {

using test::run;

const std::string data = test::sourcePath("tests/data/import/");
const std::string example02 = test::sourcePath("resources/examples/02-aws-active-passive.json");
const std::string example03 = test::sourcePath("resources/examples/03-aws-active-active.json");

nlohmann::json runJson(const std::vector<std::string>& args)
{
    const auto r = run(args);
    return nlohmann::json::parse(r.out);
}

std::multiset<std::string> ruleIds(const nlohmann::json& check)
{
    std::multiset<std::string> ids;
    for (const auto& f : check["findings"])
        ids.insert(f["rule"].get<std::string>());
    return ids;
}

/// Each region-down scenario's RTO and RPO, by the region's code.
std::map<std::string, std::string> regionLosses(const nlohmann::json& simulate,
                                                const std::string& designFile)
{
    const auto design = loadDesignFile(designFile, test::builtInCatalogues()).value();
    std::map<std::string, std::string> out;
    for (const auto& s : simulate["scenarios"])
        if (s["kind"] == "region-down")
            out[design.region(RegionId(s["element"].get<std::string>()))->code] =
                s["rtoSeconds"].dump() + " " + s["rpoSeconds"].dump();
    return out;
}

/// The monthly amount of the lines of services of `kind`.
double costOfKind(const nlohmann::json& estimate, const std::string& designFile,
                  const std::string& kind)
{
    const auto design = loadDesignFile(designFile, test::builtInCatalogues()).value();
    double sum = 0.0;
    for (const auto& l : estimate["cost"]["lines"]) {
        const auto* s = l["element"].is_string()
                            ? design.service(ServiceId(l["element"].get<std::string>()))
                            : nullptr;
        if (s && s->kind == kind)
            sum += std::stod(l["amount"].get<std::string>());
    }
    return sum;
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private slots:
    void importWritesAnArrangedDesignAndReportsEveryResource()
    {
        QTemporaryDir dir;
        const auto out = dir.filePath("orders.json").toStdString();
        const auto r = run({"import", data + "orders-active-active.plan.json", "-o", out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.find("Wrote " + out + " (22 services, 31 links, 3 regions)") !=
                     std::string::npos,
                 r.out.c_str());
        // The three domain names and event rules are listed with the reason.
        QVERIFY(r.out.find("Not drawn 6:") != std::string::npos);
        QVERIFY(r.out.find("module.euw1.aws_cloudwatch_event_rule.jobs") != std::string::npos);
        const auto design = loadDesignFile(out, test::builtInCatalogues());
        QVERIFY(design.ok());
        // Arranged: the regions side by side, not all at the origin.
        std::set<double> xs;
        for (const auto& [id, region] : design.value().regions)
            xs.insert(region.position.x);
        QCOMPARE(xs.size(), std::size_t(3));
    }

    void aStackWithoutARegionIsAUsageOfTheFileSuffix()
    {
        const auto r = run({"import", data + "edge-cdk.template.json"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.find("FILE@REGION") != std::string::npos, r.err.c_str());
        QCOMPARE(run({"import", data + "edge-cdk.template.json@us-east-1", "-o",
                      "/nonexistent-folder/x.json"})
                     .exitCode,
                 2); // the design cannot be written there
    }

    void parametersDecideEachStacksConditions()
    {
        const auto regional = data + "orders-regional.yaml";
        const auto r =
            run({"import", regional + "@us-east-1", regional + "@us-west-2", "--parameter",
                 "us-east-1:IsPrimaryRegion=true", "--parameter=us-west-2:IsPrimaryRegion=false"});
        QCOMPARE(r.exitCode, 0);
        // 21 services (tst_importstacks works them out); the standby's table is listed.
        QVERIFY2(r.err.find("orders-regional@us-west-2:Orders (AWS::DynamoDB::GlobalTable): "
                            "not created in this deployment") != std::string::npos,
                 r.err.c_str());
        QCOMPARE(nlohmann::json::parse(r.out)["services"].size(), std::size_t(21));
        const auto bad = run({"import", regional + "@us-east-1", "--parameter", "IsPrimaryRegion"});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.find("--parameter IsPrimaryRegion: give NAME=VALUE or "
                             "REGION:NAME=VALUE") != std::string::npos);
    }

    // A JSON template's Parameters can fill the first 64 KiB the commands look at; its
    // Resources after them still make it a template, not a broken design.
    void aTemplateWhoseResourcesComeLateIsStillATemplate()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath("late.template.json").toStdString();
        nlohmann::json doc;
        doc["Parameters"]["Padding"] = {{"Type", "String"}, {"Default", std::string(70'000, 'x')}};
        doc["Resources"]["Jobs"] = {{"Type", "AWS::SQS::Queue"},
                                    {"Properties", {{"QueueName", "jobs"}}}};
        std::ofstream(path) << doc.dump(); // nlohmann writes keys sorted: Parameters first
        const auto r = run({"check", path + "@eu-west-1", "--json"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.find("imported 1 resources as 1 services") != std::string::npos,
                 r.err.c_str());
    }

    void reviewGatesAPlanInCi()
    {
        QTemporaryDir dir;
        const auto file = dir.filePath("review.json").toStdString();
        const auto r = run({"review", data + "orders-active-active.plan.json", "--fail-on", "error",
                            "--json", file});
        // The plan's design has region-pinned errors (RES-004: every region authenticates
        // with the one user pool in us-east-1), so the gate fails.
        QCOMPARE(r.exitCode, 1);
        const auto check = runJson({"check", data + "orders-active-active.plan.json", "--json"});
        QVERIFY(ruleIds(check).count("RES-004") > 0);
        QCOMPARE(
            run({"check", data + "orders-active-active.plan.json", "--fail-on", "error"}).exitCode,
            1);
    }

    // Done when: the plan of example 03's application, with the example's workload, targets
    // and traffic (--base), checks, simulates and estimates as the hand-drawn example does,
    // except for what infrastructure code does not say:
    // - RES-017 (error): AWS Backup plans are not mapped, so the table has no backups;
    // - RES-009 (warning, one per worker): idempotency is not in the code;
    // - the estimate: Cognito's 2,000,000 monthly active users, each function's duration and
    //   each link's payload and calls per request are not in the code (the defaults apply),
    //   and the replication writer is us-east-1 (the table's home) where the example draws
    //   eu-west-1. API Gateway and CloudFront, priced by the workload's requests, agree.
    void thePlanOfExample03MatchesTheExample()
    {
        QTemporaryDir dir;
        const auto imported = dir.filePath("03.json").toStdString();
        QCOMPARE(run({"import", data + "orders-active-active.plan.json", "-o", imported, "--base",
                      example03})
                     .exitCode,
                 0);
        const auto simEx = runJson({"simulate", example03, "--json"});
        const auto simIm = runJson({"simulate", imported, "--json"});
        QCOMPARE(regionLosses(simIm, imported), regionLosses(simEx, example03));
        QCOMPARE(simIm["summary"]["availability"], simEx["summary"]["availability"]);
        QCOMPARE(simIm["summary"]["regionLossesMissed"], simEx["summary"]["regionLossesMissed"]);

        auto extra = ruleIds(runJson({"check", imported, "--json"}));
        for (const auto& id : ruleIds(runJson({"check", example03, "--json"}))) {
            const auto it = extra.find(id);
            QVERIFY2(it != extra.end(), id.c_str());
            extra.erase(it);
        }
        QCOMPARE(extra, (std::multiset<std::string>{"RES-009", "RES-009", "RES-009", "RES-017"}));

        const auto estEx = runJson({"estimate", example03, "--json"});
        const auto estIm = runJson({"estimate", imported, "--json"});
        for (const auto* kind : {"aws.api-gateway", "aws.cloudfront"})
            QCOMPARE(costOfKind(estIm, imported, kind), costOfKind(estEx, example03, kind));
    }

    // Done when, CloudFormation: two stacks of example 02's application (us-east-1 and
    // us-west-2). Differs from the example by RES-017 (AWS Backup not mapped: both table copies
    // lack backups) and in the estimate by the links' calls per request (defaults) and the one
    // secret where the example counts three; the bucket's replication, the table's and the
    // API Gateway requests agree.
    void theTwoStacksOfExample02MatchTheExample()
    {
        QTemporaryDir dir;
        const auto imported = dir.filePath("02.json").toStdString();
        QCOMPARE(run({"import", data + "orders-us-east-1.yaml", data + "orders-us-west-2.yaml",
                      "-o", imported, "--base", example02})
                     .exitCode,
                 0);
        const auto simEx = runJson({"simulate", example02, "--json"});
        const auto simIm = runJson({"simulate", imported, "--json"});
        QCOMPARE(regionLosses(simIm, imported), regionLosses(simEx, example02));
        QCOMPARE(simIm["summary"]["availability"], simEx["summary"]["availability"]);
        QCOMPARE(simIm["summary"]["worstRegionRtoSeconds"],
                 simEx["summary"]["worstRegionRtoSeconds"]);

        auto extra = ruleIds(runJson({"check", imported, "--json"}));
        for (const auto& id : ruleIds(runJson({"check", example02, "--json"}))) {
            const auto it = extra.find(id);
            QVERIFY2(it != extra.end(), id.c_str());
            extra.erase(it);
        }
        QCOMPARE(extra, (std::multiset<std::string>{"RES-017", "RES-017"}));

        const auto estEx = runJson({"estimate", example02, "--json"});
        const auto estIm = runJson({"estimate", imported, "--json"});
        QCOMPARE(costOfKind(estIm, imported, "aws.api-gateway"),
                 costOfKind(estEx, example02, "aws.api-gateway"));
    }
};

QTEST_MAIN(TestCliImport)
#include "tst_cliimport.moc"

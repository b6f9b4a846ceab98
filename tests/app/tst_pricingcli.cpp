#include "CliRun.h"
#include "TestCatalogues.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace rs;

namespace {

using test::run;

const std::string example = test::sourcePath("resources/examples/02-aws-active-passive.json");

/// The estimate's lines as JSON, priced against `catalogue`.
nlohmann::json estimateLines(const std::string& catalogue, bool strict)
{
    std::vector<std::string> args{"estimate", example, "--json", "--catalog", catalogue};
    if (strict)
        args.push_back("--strict-prices");
    const auto r = run(args);
    if (r.exitCode != 0)
        qFatal("estimate failed: %s", r.err.c_str());
    return nlohmann::json::parse(r.out)["cost"]["lines"];
}

/// A priced line whose rows are neither its own region's nor account-wide: a borrowed price.
bool borrowsAPrice(const nlohmann::json& line)
{
    if (line["unpriced"].get<bool>())
        return false;
    for (const auto& row : line["rows"]) {
        const auto region = row["region"].get<std::string>();
        if (region != "global" && region != line["region"].get<std::string>())
            return true;
    }
    return false;
}

} // namespace

/// The pricing commands of issue 12: coverage, custom prices, strict prices.
class TestPricingCli : public QObject
{
    Q_OBJECT

private slots:
    void coverageShowsEveryProviderAndOneOnRequest()
    {
        QTemporaryDir dir;
        const auto catalogue = dir.filePath("prices.sqlite").toStdString();
        const auto text = run({"pricing", "coverage", "--catalog", catalogue});
        QCOMPARE(text.exitCode, 0);
        for (const char* provider : {"\naws: ", "\nazure: ", "\ngcp: ", "\nneutral: "})
            QVERIFY2(text.out.find(provider) != std::string::npos, text.out.c_str());

        const auto json =
            run({"pricing", "coverage", "--provider", "gcp", "--json", "--catalog", catalogue});
        QCOMPARE(json.exitCode, 0);
        const auto parsed = nlohmann::json::parse(json.out);
        QCOMPARE(parsed["providers"].size(), std::size_t{1});
        const auto& gcp = parsed["providers"][0];
        QCOMPARE(gcp["provider"].get<std::string>(), std::string("gcp"));
        // Every cell is counted once, under one status.
        std::size_t counted = 0;
        for (const auto& [status, n] : gcp["counts"].items())
            counted += n.get<std::size_t>();
        QCOMPARE(counted, gcp["cells"].get<std::size_t>());
        QVERIFY(counted > 0);

        const auto markdown = run({"pricing", "coverage", "--markdown", "--catalog", catalogue});
        QCOMPARE(markdown.exitCode, 0);
        QVERIFY(markdown.out.find("\n### neutral\n") != std::string::npos);
    }

    void anOverrideAddsACustomPriceWhereTheListHasNone()
    {
        QTemporaryDir dir;
        const auto catalogue = dir.filePath("prices.sqlite").toStdString();
        // No table prices Lambda requests account-wide: a custom row.
        const auto added = run({"pricing", "override", "aws.lambda.requests", "global",
                                "0.00000015", "--note", "EDP", "--catalog", catalogue});
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(added.out.find("USD per request, a custom price") != std::string::npos,
                 added.out.c_str());
        // us-west-2's KMS keys (the standby region's only keys): a custom row or a replaced list
        // price, and the estimate cites it either way, not another region's.
        QCOMPARE(run({"pricing", "override", "aws.kms.key-month", "us-west-2", "0.9", "--catalog",
                      catalogue})
                     .exitCode,
                 0);
        bool cited = false;
        for (const auto& line : estimateLines(catalogue, false)) {
            if (line["element"] == "key-usw2" && line["usage"] == "resource-months") {
                QCOMPARE(line["rows"].back()["priceUsd"].get<std::string>(),
                         std::string("0.900000000000"));
                QCOMPARE(line["rows"].back()["region"].get<std::string>(),
                         std::string("us-west-2"));
                cited = true;
            }
        }
        QVERIFY(cited);
    }

    void badInputExitsTwoAndSaysWhy_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("coverage: unknown provider")
            << "coverage" << QStringList{"--provider", "ibm"} << "--provider takes";
        QTest::newRow("coverage: two formats")
            << "coverage" << QStringList{"--json", "--markdown"} << "choose --json";
        QTest::newRow("coverage: markdown of one provider")
            << "coverage" << QStringList{"--markdown", "--provider", "aws"}
            << "leave out --provider";
        QTest::newRow("coverage: a stray argument")
            << "coverage" << QStringList{"aws"} << "wrong number of arguments";
        QTest::newRow("override: unknown key")
            << "override" << QStringList{"aws.nothing.at-all", "us-east-1", "1"}
            << "no price table has a row of \"aws.nothing.at-all\"";
        QTest::newRow("override: unknown region")
            << "override" << QStringList{"aws.lambda.requests", "mars-1", "1"}
            << "\"mars-1\" is not a region of aws";
        QTest::newRow("override: negative price")
            << "override" << QStringList{"aws.lambda.requests", "us-east-1", "-1"}
            << "takes a price in USD per unit";
        QTest::newRow("override: not a number")
            << "override" << QStringList{"aws.lambda.requests", "us-east-1", "cheap"}
            << "takes a price in USD per unit";
        // Issue 19: push and pull name the team catalogue, a server's URL.
        QTest::newRow("push: no team catalogue")
            << "push" << QStringList{"1"} << "push needs the team catalogue: --team postgresql://";
        QTest::newRow("pull: a file as the team's")
            << "pull" << QStringList{"1", "--team", "team.sqlite"}
            << "pull needs the team catalogue";
        QTest::newRow("pull: not a version")
            << "pull" << QStringList{"latest", "--team", "postgresql://ana@127.0.0.1:1/prices"}
            << "\"latest\" is not a version number";
        // Port 1 of the loopback: nothing listens, the refusal is immediate.
        QTest::newRow("push: team server unreachable")
            << "push" << QStringList{"1", "--team", "postgresql://ana:secret@127.0.0.1:1/prices"}
            << "postgresql://ana@127.0.0.1:1/prices: cannot connect to the team price catalogue";
    }

    void badInputExitsTwoAndSaysWhy()
    {
        QFETCH(QString, verb);
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        QTemporaryDir dir;
        std::vector<std::string> all{"pricing", verb.toStdString()};
        for (const auto& a : args)
            all.push_back(a.toStdString());
        all.push_back("--catalog");
        all.push_back(dir.filePath("prices.sqlite").toStdString());
        const auto r = run(all);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.find(says.toStdString()) != std::string::npos, r.err.c_str());
    }

    void strictPricesBorrowNothing()
    {
        QTemporaryDir dir;
        const auto catalogue = dir.filePath("prices.sqlite").toStdString();
        const auto lenient = estimateLines(catalogue, false);
        const auto strict = estimateLines(catalogue, true);
        QCOMPARE(strict.size(), lenient.size());
        std::size_t borrowed = 0;
        std::size_t unpricedLenient = 0;
        std::size_t unpricedStrict = 0;
        for (std::size_t i = 0; i < lenient.size(); ++i) {
            QVERIFY(!borrowsAPrice(strict[i]));
            borrowed += borrowsAPrice(lenient[i]) ? 1 : 0;
            unpricedLenient += lenient[i]["unpriced"].get<bool>() ? 1 : 0;
            unpricedStrict += strict[i]["unpriced"].get<bool>() ? 1 : 0;
        }
        // What was borrowed is unpriced under strict prices, and nothing else changes.
        QCOMPARE(unpricedStrict, unpricedLenient + borrowed);
        QCOMPARE(run({"review", example, "--json", "-", "--strict-prices", "--catalog", catalogue,
                      "--timestamp", "2026-01-31T00:00:00Z"})
                     .exitCode,
                 0);
    }
};

QTEST_GUILESS_MAIN(TestPricingCli)
#include "tst_pricingcli.moc"

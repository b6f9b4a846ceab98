// `resilience estimate` (issues 3, 12, 18): prices with their sources, currencies, CSV, tiers,
// emissions, free tiers, discounts and overrides, and the options it refuses.
#include "CliRun.h"
#include "TestCatalogues.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <fstream>

using namespace rs;

namespace {

using test::run;

const std::string example = test::sourcePath("resources/examples/02-aws-active-passive.json");

} // namespace

class TestCliEstimate : public QObject
{
    Q_OBJECT

private slots:
    void anEmptyDesignHasNothingToEstimate()
    {
        // Regions, a workload and an availability objective, but no service: no "0 %
        // availability, 365 days down", no zero total, no verdict on either.
        QTemporaryDir dir;
        const auto empty = dir.filePath("empty.json").toStdString();
        std::ofstream(empty) << R"({"schemaVersion": 1, "name": "empty",
            "targets": {"tier": "critical", "availabilityPercent": 99.9},
            "regions": [{"id": "use1", "provider": "aws", "code": "us-east-1", "trafficPercent": 100}],
            "services": [], "links": []})";
        const auto simulated = run({"simulate", empty});
        QCOMPARE(simulated.exitCode, 0);
        QVERIFY2(simulated.out.find("nothing to estimate") != std::string::npos,
                 simulated.out.c_str());
        QVERIFY2(simulated.out.find("0.0 %") == std::string::npos, simulated.out.c_str());
        const auto json = nlohmann::json::parse(run({"simulate", "--json", empty}).out);
        QCOMPARE(json["summary"]["nothingToEstimate"].get<bool>(), true);
        QVERIFY(!json.contains("availability"));
        QVERIFY(!json["summary"].contains("availability"));

        const auto catalogue = dir.filePath("prices.sqlite").toStdString();
        const auto estimated = run({"estimate", "--catalog", catalogue, "--tiers", empty});
        QCOMPARE(estimated.exitCode, 0);
        QVERIFY2(estimated.out.find("nothing to estimate") != std::string::npos,
                 estimated.out.c_str());
        const auto cost =
            nlohmann::json::parse(run({"estimate", "--catalog", catalogue, "--json", empty}).out);
        QVERIFY(!cost.contains("cost"));
        QVERIFY(!cost["summary"].contains("monthlyTotal"));
    }

    void estimatePricesTheDesignCitingItsRows()
    {
        QTemporaryDir dir;
        const auto catalogue = dir.filePath("prices.sqlite").toStdString();
        // Strict prices: nothing borrowed from another region hides what the table lacks.
        const auto r =
            run({"estimate", "--catalog", catalogue, "--json", "--strict-prices", example});
        QCOMPARE(r.exitCode, 0);
        const auto estimate = nlohmann::json::parse(r.out)["cost"];
        const auto& lines = estimate["lines"];
        const auto invocations = std::find_if(lines.begin(), lines.end(), [](const auto& l) {
            return l["element"] == "fn-use1" && l["usage"] == "invocations";
        });
        QVERIFY(invocations != lines.end());
        // 200 M requests a month reach the Arm function in us-east-1; free tiers are left out
        // (the design's default): 200 M x $0.0000002 = $40.00.
        QCOMPARE((*invocations)["amount"].get<std::string>(), std::string("40.000000"));
        const auto& cited = (*invocations)["rows"];
        QVERIFY(std::any_of(cited.begin(), cited.end(), [](const auto& row) {
            return row["key"] == "aws.lambda.requests-arm" && row["source"] == "F-AWSPP25";
        }));
        // Since the table is built from AWS's own files, every line of this example is priced
        // (issue 12); a line that is not would be listed with its reason, never dropped.
        QCOMPARE(estimate["unpricedCount"].get<int>(), 0);
        QVERIFY(std::all_of(lines.begin(), lines.end(), [](const auto& l) {
            return !l["unpriced"].template get<bool>() || !l["reason"].empty();
        }));
        QCOMPARE(run({"estimate", "--catalog", catalogue}).exitCode, 2);
    }

    void estimateShowsAnotherCurrencyCsvAndTiers()
    {
        QTemporaryDir dir;
        const auto catalogue = dir.filePath("prices.sqlite").toStdString();
        const auto converted = run({"estimate", "--catalog", catalogue, "--json", "--currency",
                                    "EUR", "--rate", "0.5", "--rate-date", "2026-11-24", example});
        QCOMPARE(converted.exitCode, 0);
        const auto estimate = nlohmann::json::parse(converted.out)["cost"];
        QCOMPARE(estimate["currency"].get<std::string>(), std::string("EUR"));
        const auto& lines = estimate["lines"];
        const auto invocations = std::find_if(lines.begin(), lines.end(), [](const auto& l) {
            return l["element"] == "fn-use1" && l["usage"] == "invocations";
        });
        // $40.00 (above) at 0.5 EUR per USD; the cited prices stay in USD.
        QCOMPARE((*invocations)["amount"].get<std::string>(), std::string("20.000000"));

        const auto csv = run({"estimate", "--catalog", catalogue, "--csv", example});
        QCOMPARE(csv.exitCode, 0);
        const auto rows = QString::fromStdString(csv.out).split("\r\n", Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), static_cast<qsizetype>(lines.size()) + 1);
        QVERIFY(rows.contains(
            QRegularExpression("^baseline,fn-use1,us-east-1,,invocations,200000000,40.000000,USD,"
                               "aws.lambda.requests-arm,.*")));

        const auto tiers = run({"estimate", "--catalog", catalogue, "--json", "--tiers", example});
        QCOMPARE(tiers.exitCode, 0);
        const auto compared = nlohmann::json::parse(tiers.out)["tiers"];
        QCOMPARE(compared.size(), std::size_t{5});
        QCOMPARE(compared[0]["tier"].get<std::string>(), std::string("single-region"));
        QCOMPARE(compared[4]["tier"].get<std::string>(), std::string("active-active"));
        // The example keeps us-west-2 as a warm standby: that is its tier.
        QCOMPARE(compared[3]["tier"].get<std::string>(), std::string("warm-standby"));
        QVERIFY(compared[3]["current"].get<bool>());
        QCOMPARE(std::count_if(compared.begin(), compared.end(),
                               [](const auto& t) { return t["current"].template get<bool>(); }),
                 1);
    }

    void estimateCarbonShowsEmissionsByRegionAndTier()
    {
        QTemporaryDir dir;
        const auto catalogue = dir.filePath("prices.sqlite").toStdString();
        const auto text = run({"estimate", "--catalog", catalogue, "--carbon", "--tiers", example});
        QCOMPARE(text.exitCode, 0);
        const auto out = QString::fromStdString(text.out);
        // Route 53's requests have no coefficient: a lower bound, never a zero.
        QVERIFY2(out.contains(QRegularExpression("emissions: at least [0-9.]+ kg CO2e a month")),
                 text.out.c_str());
        // us-east-1's factor: CCF's 0.000415755 t/kWh (EPA eGRID, SERC) is 415.755 g.
        QVERIFY2(out.contains("(grid 415.8 g/kWh, ccf-grid-aws, 2021-2023)"), text.out.c_str());
        QVERIFY(out.contains("could not be estimated, so the total is a lower bound"));
        QVERIFY(out.contains(QRegularExpression("warm-standby: .* kg CO2e/month")));

        const auto json = nlohmann::json::parse(
            run({"estimate", "--catalog", catalogue, "--json", "--carbon", "--tiers", example})
                .out);
        const auto& carbon = json["carbon"];
        QVERIFY(json["summary"]["monthlyKgCo2e"] == carbon["kgCo2e"]);
        QVERIFY(!carbon["complete"].get<bool>());
        QVERIFY(carbon["byRegion"].contains("us-east-1"));
        QVERIFY(carbon["byRegion"].contains("us-west-2"));
        for (const auto& t : json["tiers"]) {
            QVERIFY(t.contains("kgCo2e"));
            if (t["current"].get<bool>())
                QVERIFY(t["kgCo2e"] == carbon["kgCo2e"]);
        }
        // Asked for only with --carbon.
        const auto plain =
            nlohmann::json::parse(run({"estimate", "--catalog", catalogue, "--json", example}).out);
        QVERIFY(!plain.contains("carbon"));
        QVERIFY(!plain["summary"].contains("monthlyKgCo2e"));
    }

    void freeTiersAreLeftOutUnlessAskedFor()
    {
        QTemporaryDir dir;
        const auto catalogue = dir.filePath("prices.sqlite").toStdString();
        const auto invocations = [&](const std::vector<std::string>& extra) {
            std::vector<std::string> args{"estimate", "--catalog", catalogue, "--json", example};
            args.insert(args.end(), extra.begin(), extra.end());
            const auto r = run(args);
            const auto j = nlohmann::json::parse(r.out);
            // The run says which it used, beside the assumptions in force.
            const bool counted = j["assumptions"]["freeTiers"].get<bool>();
            for (const auto& l : j["cost"]["lines"]) {
                if (l["element"] == "fn-use1" && l["usage"] == "invocations")
                    return std::pair{counted, l["amount"].get<std::string>()};
            }
            return std::pair{counted, std::string()};
        };
        // 200 M Arm requests at $0.0000002: $40.00 without free tiers (the file's default);
        // with them the account's free 1 M goes first: 199 M x $0.0000002 = $39.80.
        QCOMPARE(invocations({}), std::pair(false, std::string("40.000000")));
        QCOMPARE(invocations({"--free-tiers"}), std::pair(true, std::string("39.800000")));
        QCOMPARE(invocations({"--no-free-tiers"}), std::pair(false, std::string("40.000000")));
        const auto both =
            run({"estimate", "--catalog", catalogue, "--free-tiers", "--no-free-tiers", example});
        QCOMPARE(both.exitCode, 2);
        QVERIFY(both.err.find("contradict") != std::string::npos);
    }

    void discountsAndOverridesChangeTheEstimate()
    {
        QTemporaryDir dir;
        const auto catalogue = dir.filePath("prices.sqlite").toStdString();
        const auto invocations = [&] {
            const auto r = run({"estimate", "--catalog", catalogue, "--json", example});
            const auto lines = nlohmann::json::parse(r.out)["cost"]["lines"];
            for (const auto& l : lines) {
                if (l["element"] == "fn-use1" && l["usage"] == "invocations")
                    return l["amount"].get<std::string>();
            }
            return std::string();
        };
        // 200 M requests, no free tier by default: 200 M x $0.0000002 = $40.00.
        QCOMPARE(invocations(), std::string("40.000000"));
        // 10 % off AWS list prices: 200 M x $0.00000018 = $36.00.
        QCOMPARE(run({"pricing", "discount", "aws", "10", "--catalog", catalogue}).exitCode, 0);
        QCOMPARE(invocations(), std::string("36.000000"));
        // A negotiated price replaces the list price (and is not discounted again):
        // 200 M x $0.0000001 = $20.00.
        QCOMPARE(run({"pricing", "override", "aws.lambda.requests-arm", "us-east-1", "0.0000001",
                      "--note", "contract 2026", "--catalog", catalogue})
                     .exitCode,
                 0);
        QCOMPARE(invocations(), std::string("20.000000"));
        QCOMPARE(run({"pricing", "override", "aws.lambda.requests-arm", "us-east-1", "--remove",
                      "--catalog", catalogue})
                     .exitCode,
                 0);
        QCOMPARE(run({"pricing", "discount", "aws", "0", "--catalog", catalogue}).exitCode, 0);
        QCOMPARE(invocations(), std::string("40.000000"));
        // Bad input is refused and changes nothing.
        QCOMPARE(run({"pricing", "discount", "aws", "120", "--catalog", catalogue}).exitCode, 2);
        QCOMPARE(run({"pricing", "discount", "ibm", "5", "--catalog", catalogue}).exitCode, 2);
        QCOMPARE(run({"pricing", "override", "aws.lambda.requests-arm", "us-east-1", "-1",
                      "--catalog", catalogue})
                     .exitCode,
                 2);
        QCOMPARE(invocations(), std::string("40.000000"));
    }

    void estimateRejectsBadOptions_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("rate without currency") << QStringList{"--rate", "0.9"} << "go together";
        QTest::newRow("currency without rate") << QStringList{"--currency", "EUR"} << "go together";
        QTest::newRow("bad code") << QStringList{"--currency", "euro", "--rate", "0.9"}
                                  << "ISO 4217";
        QTest::newRow("bad rate") << QStringList{"--currency", "EUR", "--rate", "-1"}
                                  << "positive decimal";
        QTest::newRow("bad date") << QStringList{"--currency", "EUR",         "--rate",
                                                 "0.9",        "--rate-date", "tomorrow"}
                                  << "ISO date";
        QTest::newRow("hours out of range") << QStringList{"--hours-per-month", "800"} << "672";
        QTest::newRow("hours not a number") << QStringList{"--hours-per-month", "x"} << "672";
        QTest::newRow("json and csv") << QStringList{"--json", "--csv"} << "choose";
        QTest::newRow("csv tiers") << QStringList{"--csv", "--tiers"} << "no CSV form";
        QTest::newRow("csv carbon") << QStringList{"--csv", "--carbon"} << "no CSV form";
    }

    void estimateRejectsBadOptions()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, mentions);
        std::vector<std::string> args{"estimate", example};
        for (const auto& o : options)
            args.push_back(o.toStdString());
        const auto r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromStdString(r.err).contains(mentions), r.err.c_str());
    }
};

QTEST_GUILESS_MAIN(TestCliEstimate)
#include "tst_cliestimate.moc"

#include "TestCatalogues.h"
#include "core/Assumptions.h"
#include "core/DesignFormat.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>

using namespace rs;

namespace {

// Two regions, a router and nothing else: enough for the assumptions to have something to name.
constexpr const char* baseDesign = R"({
  "schemaVersion": 2,
  "name": "Assumptions",
  "regions": [
    {"id": "use1", "provider": "aws", "code": "us-east-1", "trafficPercent": 50, "headroomPercent": 50},
    {"id": "usw2", "provider": "aws", "code": "us-west-2", "trafficPercent": 50, "headroomPercent": 50}
  ],
  "services": [{"id": "dns", "kind": "aws.route53"}]
})";

std::string with(const std::string& pointer, const std::string& value)
{
    auto j = nlohmann::ordered_json::parse(baseDesign);
    j[nlohmann::ordered_json::json_pointer(pointer)] = nlohmann::ordered_json::parse(value);
    return j.dump(2);
}

Result<Design> read(const std::string& text)
{
    return readDesign(text, test::smallCatalogues());
}

/// The errors of a failed read, for the failure message; nothing when it succeeded.
QString describe(const Result<Design>& result)
{
    if (result)
        return {};
    const auto& errors = result.errors();
    QStringList lines;
    for (const auto& e : errors)
        lines << QString::fromStdString(std::string(errorCodeName(e.code)) + " " + e.toString());
    return lines.join("\n");
}

} // namespace

class TestAssumptions : public QObject
{
    Q_OBJECT

private slots:
    void aDesignWithoutAssumptionsTakesEveryDefault()
    {
        const auto d = read(baseDesign);
        QVERIFY2(d, qPrintable(describe(d)));
        const auto& a = d.value().assumptions;
        QVERIFY(a.empty());
        const auto m = a.outageModel();
        // §3's proposal: 0.5-1 outages a region-year (mid 0.75), mean 6 h; β unset: 0.
        QCOMPARE(m.regionOutagesPerYear, 0.75);
        QCOMPARE(m.meanOutage.value(), 6.0 * 3600.0);
        QCOMPARE(m.commonCauseFraction, 0.0);
        QCOMPARE(a.freeTiersOrDefault(), false);
        QCOMPARE(a.hoursPerMonthOrDefault(), 730.0);
        // Nothing set, nothing written: the file says "defaults" by leaving the section out.
        QVERIFY(writeDesign(d.value()).find("assumptions") == std::string::npos);
    }

    void setAssumptionsReadBackAndRoundTrip()
    {
        auto j = nlohmann::ordered_json::parse(baseDesign);
        j["assumptions"] = nlohmann::ordered_json::parse(
            R"({"regionOutagesPerYear": 1, "regionOutagesPerYearByRegion": {"usw2": 0.5},
                "meanRegionOutageHours": 6, "commonCauseFraction": 0.05, "freeTiers": true,
                "hoursPerMonth": 720})");
        const auto d = read(j.dump());
        QVERIFY2(d, qPrintable(describe(d)));
        const auto m = d.value().assumptions.outageModel();
        QCOMPARE(m.outagesPerYear("use1"), 1.0);
        QCOMPARE(m.outagesPerYear("usw2"), 0.5);
        QCOMPARE(m.commonCauseFraction, 0.05);
        QCOMPARE(d.value().assumptions.freeTiersOrDefault(), true);
        QCOMPARE(d.value().assumptions.hoursPerMonthOrDefault(), 720.0);
        const auto written = writeDesign(d.value());
        const auto again = read(written);
        QVERIFY(again);
        QCOMPARE(again.value().assumptions, d.value().assumptions);
        QCOMPARE(writeDesign(again.value()), written);
    }

    void aVersionOneFileIsMigrated()
    {
        auto j = nlohmann::ordered_json::parse(baseDesign);
        j["schemaVersion"] = 1;
        const auto d = read(j.dump());
        QVERIFY2(d, qPrintable(describe(d)));
        QVERIFY(d.value().assumptions.empty());
        QVERIFY(writeDesign(d.value()).starts_with("{\n  \"schemaVersion\": 2,"));
    }

    void outOfRangeAssumptionsAreLocated_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("words");
        QTest::newRow("negative rate") << "/assumptions/regionOutagesPerYear"
                                       << "-1"
                                       << "range"
                                       << "from 0 to 365";
        QTest::newRow("absurd rate") << "/assumptions/regionOutagesPerYear"
                                     << "400"
                                     << "range"
                                     << "from 0 to 365";
        QTest::newRow("absurd per region") << "/assumptions/regionOutagesPerYearByRegion"
                                           << R"({"use1": 1000})"
                                           << "range"
                                           << "from 0 to 365";
        QTest::newRow("negative per region") << "/assumptions/regionOutagesPerYearByRegion"
                                             << R"({"use1": -0.5})"
                                             << "range"
                                             << "from 0 to 365";
        QTest::newRow("override of no region") << "/assumptions/regionOutagesPerYearByRegion"
                                               << R"({"euw1": 1})"
                                               << "dangling"
                                               << "no region \"euw1\"";
        QTest::newRow("zero outage length") << "/assumptions/meanRegionOutageHours"
                                            << "0"
                                            << "range"
                                            << "above 0";
        QTest::newRow("outage over a year") << "/assumptions/meanRegionOutageHours"
                                            << "9000"
                                            << "range"
                                            << "at most 8760";
        QTest::newRow("beta above 1") << "/assumptions/commonCauseFraction"
                                      << "1.5"
                                      << "range"
                                      << "fraction from 0 to 1";
        QTest::newRow("negative beta") << "/assumptions/commonCauseFraction"
                                       << "-0.1"
                                       << "range"
                                       << "fraction from 0 to 1";
        QTest::newRow("hours a month") << "/assumptions/hoursPerMonth"
                                       << "800"
                                       << "range"
                                       << "672 to 744";
        QTest::newRow("text for a number") << "/assumptions/regionOutagesPerYear"
                                           << "\"often\""
                                           << "type"
                                           << "number";
        QTest::newRow("text for a flag") << "/assumptions/freeTiers"
                                         << "\"yes\""
                                         << "type"
                                         << "true or false";
        QTest::newRow("misspelt key") << "/assumptions/freeTier"
                                      << "true"
                                      << "unknown-field"
                                      << "freeTier";
    }

    void outOfRangeAssumptionsAreLocated()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, value);
        QFETCH(QString, code);
        QFETCH(QString, words);
        const auto d = read(with(pointer.toStdString(), value.toStdString()));
        QVERIFY(!d);
        QCOMPARE(d.errors().size(), std::size_t{1});
        const auto& e = d.errors().front();
        QCOMPARE(QString::fromUtf8(errorCodeName(e.code).data()), code);
        // The error sits at the value (for the per-region map, at the region's entry).
        QVERIFY2(QString::fromStdString(e.where.pointer).startsWith(pointer),
                 qPrintable(QString::fromStdString(e.toString())));
        QVERIFY2(QString::fromStdString(e.message).contains(words),
                 qPrintable(QString::fromStdString(e.message)));
    }

    void notANumberAndInfinityAreRefused()
    {
        // JSON cannot spell them, but an edit can: the GUI checks with the same function.
        Assumptions a;
        a.regionOutagesPerYear = std::numeric_limits<double>::quiet_NaN();
        a.meanRegionOutageHours = std::numeric_limits<double>::infinity();
        a.commonCauseFraction = std::numeric_limits<double>::quiet_NaN();
        a.hoursPerMonth = std::numeric_limits<double>::infinity();
        const auto errors = validateAssumptions(a, {});
        QCOMPARE(errors.size(), std::size_t{4});
        QCOMPARE(errors[0].where.pointer, std::string("/assumptions/regionOutagesPerYear"));
        QCOMPARE(errors[1].where.pointer, std::string("/assumptions/meanRegionOutageHours"));
        QCOMPARE(errors[2].where.pointer, std::string("/assumptions/commonCauseFraction"));
        QCOMPARE(errors[3].where.pointer, std::string("/assumptions/hoursPerMonth"));
    }

    void theReviewListSaysWhoSetEachAndWhereTheDefaultIsFrom()
    {
        Assumptions a;
        a.commonCauseFraction = 0.05;
        const auto list = assumptionsInForce(a);
        const auto find = [&](const std::string& key) {
            return *std::find_if(list.begin(), list.end(),
                                 [&](const AssumptionInForce& x) { return x.key == key; });
        };
        const auto rate = find("regionOutagesPerYear");
        QVERIFY(!rate.setByDesign);
        QCOMPARE(rate.value, std::string("0.75 a year"));
        // Cites the published incident reports by id, resolvable on the review's sources page.
        QVERIFY(rate.source.find("(S46-S51)") != std::string::npos);
        QVERIFY(rate.source.find("not a provider figure") != std::string::npos);
        const auto beta = find("commonCauseFraction");
        QVERIFY(beta.setByDesign);
        QCOMPARE(beta.value, std::string("0.05"));
        QCOMPARE(beta.source, std::string("set by the design"));
        QCOMPARE(find("freeTiers").value, std::string("no"));
        // Microsoft's Cosmos DB billing page, a price source of the bundled table.
        QVERIFY(find("hoursPerMonth").source.find("(D-COSMOS22)") != std::string::npos);
        // The redeploy after a restore: 15 min unless the design says, an assumption named so.
        const auto redeploy = find("redeployMinutes");
        QCOMPARE(redeploy.value, std::string("15 min"));
        QVERIFY(redeploy.source.find("not a provider figure") != std::string::npos);
        // The docks and the command line show each group beside the figures it moves.
        QCOMPARE(rate.group, AssumptionGroup::OutageModel);
        QCOMPARE(beta.group, AssumptionGroup::OutageModel);
        QCOMPARE(find("freeTiers").group, AssumptionGroup::Cost);
        QCOMPARE(find("hoursPerMonth").group, AssumptionGroup::Cost);
        QCOMPARE(redeploy.group, AssumptionGroup::OutageModel);
    }

    void aRedeployTimeOutsideAWeekIsRefusedWhereItStands()
    {
        Assumptions a;
        a.redeployMinutes = -1.0;
        const auto errors = validateAssumptions(a, {});
        QCOMPARE(errors.size(), std::size_t{1});
        QCOMPARE(errors[0].where.pointer, std::string("/assumptions/redeployMinutes"));
        a.redeployMinutes = 10080.0; // a week is the most
        QVERIFY(validateAssumptions(a, {}).empty());
    }

    void aRunsFlagThatDiffersFromTheFileIsListedAsTheRunsOwn()
    {
        // The file says free tiers are left out and the month is 720 h; the command line's
        // --free-tiers and --hours-per-month 720 ask for free tiers (differs) and 720 h (same).
        Assumptions file;
        file.freeTiers = false;
        file.hoursPerMonth = 720.0;
        Assumptions run;
        run.freeTiers = true;
        run.hoursPerMonth = 720.0;
        const auto list = assumptionsInForce(file, run);
        const auto find = [&](const std::string& key) {
            return *std::find_if(list.begin(), list.end(),
                                 [&](const AssumptionInForce& x) { return x.key == key; });
        };
        const auto freeTiers = find("freeTiers");
        QCOMPARE(freeTiers.value, std::string("yes"));
        QVERIFY(freeTiers.setForRun && !freeTiers.setByDesign);
        QCOMPARE(freeTiers.source, std::string("set for this run, over the design file"));
        const auto hours = find("hoursPerMonth");
        QCOMPARE(hours.value, std::string("720 h"));
        QVERIFY(hours.setByDesign && !hours.setForRun);
        // Unset in the file, a flag equal to the default (--no-free-tiers) is the default.
        Assumptions same;
        same.freeTiers = false;
        const auto unset = assumptionsInForce(Assumptions{}, same);
        QCOMPARE(unset[3].key, std::string("freeTiers"));
        QVERIFY(!unset[3].setForRun && !unset[3].setByDesign);
    }
};

QTEST_GUILESS_MAIN(TestAssumptions)
#include "tst_assumptions.moc"

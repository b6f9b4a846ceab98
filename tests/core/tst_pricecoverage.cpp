#include "MoneyLiteral.h"
#include "PriceRows.h"
#include "TestCatalogues.h"
#include "core/cost/CoverageReport.h"
#include "core/cost/PriceCoverage.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace rs;
using test::book;
using test::row;

namespace {

/// Four kinds and four regions, small enough to work every cell out by hand: a function (x86 by
/// default; Arm has its own request key) in regions, a CDN at the edge, a WAF that goes
/// either way, a neutral database. AWS r1 and r2 are in Europe (longitude 0 and 2), r3 in Asia
/// (longitude 100); z1 is Azure's, in Europe.
const Catalogues& catalogues()
{
    static const Catalogues c = [] {
        const auto kind = [](const std::string& id, const std::string& provider,
                             const std::string& category, const std::string& scope,
                             const std::string& properties, const std::string& keys,
                             const std::string& pricing) {
            return "{\"id\":\"" + id + "\",\"provider\":\"" + provider + "\",\"name\":\"" + id +
                   "\",\"category\":\"" + category + "\",\"icon\":\"" + category +
                   "\",\"scope\":\"" + scope + "\",\"description\":\"Test.\",\"properties\":[" +
                   properties +
                   "],\"sla\":null,\"replication\":{\"modes\":[\"none\"],"
                   "\"source\":\"n/a\"},\"priceKeys\":[" +
                   keys + "],\"pricing\":[" + pricing + "]}";
        };
        const auto services =
            "{\"catalogueVersion\":\"test\",\"kinds\":[" +
            kind("aws.fn", "aws", "compute", "regional",
                 R"({"name":"arch","label":"Architecture","type":"enum","values":["x86","arm"],)"
                 R"("default":"x86","help":"CPU."})",
                 R"("aws.fn.requests","aws.fn.requests-arm","aws.fn.duration","aws.fn.free")",
                 R"({"usage":"invocations","key":"aws.fn.requests","free":"aws.fn.free",)"
                 R"("when":{"arch":"x86"}},)"
                 R"({"usage":"invocations","key":"aws.fn.requests-arm","when":{"arch":"arm"}},)"
                 R"({"usage":"compute-gb-seconds","key":"aws.fn.duration"})") +
            "," +
            kind("aws.dns", "aws", "cdn", "global", "", R"("aws.dns.queries")",
                 R"({"usage":"requests","key":"aws.dns.queries"})") +
            "," +
            kind("aws.waf", "aws", "waf", "either", "", R"("aws.waf.requests")",
                 R"({"usage":"requests","key":"aws.waf.requests"})") +
            "," +
            kind("neutral.db", "neutral", "database", "regional", "", R"("neutral.db.storage")",
                 R"({"usage":"storage-gb-month","key":"neutral.db.storage"})") +
            "]}";
        using test::equatorRegionJson;
        const auto regions = "{\"regions\":[" + equatorRegionJson("aws", "r1", "Europe", 0) + "," +
                             equatorRegionJson("aws", "r2", "Europe", 2) + "," +
                             equatorRegionJson("aws", "r3", "Asia", 100) + "," +
                             equatorRegionJson("azure", "z1", "Europe", 1) + "]}";
        auto s = ServiceCatalogue::fromJson(services);
        auto r = RegionCatalogue::fromJson(regions);
        if (!s)
            qFatal("services: %s", s.errors().front().toString().c_str());
        if (!r)
            qFatal("regions: %s", r.errors().front().toString().c_str());
        return Catalogues{std::move(s).value(), std::move(r).value()};
    }();
    return c;
}

PriceRow rated(PriceRow r, PriceConfidence confidence)
{
    r.confidence = confidence;
    return r;
}

/// fn: r1 from files, r2 requests from a page; r3 none. dns: global. waf: r1 unconfirmed only.
/// db: r1 only.
std::vector<PriceRow> rows()
{
    return {
        row("aws.fn.requests", "r1", "request", "0.2"),
        rated(row("aws.fn.requests", "r2", "request", "0.2"), PriceConfidence::Doc),
        row("aws.fn.duration", "r1", "GB-second", "0.00001"),
        row("aws.fn.duration", "r2", "GB-second", "0.00001"),
        row("aws.dns.queries", "global", "request", "0.0000004"),
        rated(row("aws.waf.requests", "r1", "request", "0.0000006"), PriceConfidence::Unconfirmed),
        row("neutral.db.storage", "r1", "GB-month", "0.5")};
}

const ProviderCoverage& group(const PriceCoverage& c, Provider provider)
{
    for (const auto& g : c.providers) {
        if (g.provider == provider)
            return g;
    }
    qFatal("no group");
}

const CoverageCell& cell(const ProviderCoverage& g, const std::string& kind,
                         const std::string& place)
{
    for (const auto& k : g.kinds) {
        for (const auto& c : k.cells) {
            if (k.kind == kind && c.region == place)
                return c;
        }
    }
    qFatal("no cell %s %s", kind.c_str(), place.c_str());
}

using Places = std::vector<std::string>;

} // namespace

class TestPriceCoverage : public QObject
{
    Q_OBJECT

private slots:
    void aKindNeedsTheKeysOfItsDefaultConfiguration()
    {
        const auto* fn = catalogues().services.find("aws.fn");
        QVERIFY(fn);
        // x86 by default: not the Arm key, and not the free allowance.
        QCOMPARE(neededKeys(*fn), (Places{"aws.fn.requests", "aws.fn.duration"}));
    }

    void everyCellIsWorkedOutByHand()
    {
        const auto c = priceCoverage(catalogues(), book(rows()));
        const auto& aws = group(c, Provider::Aws);
        QCOMPARE(aws.places, (Places{"r1", "r2", "r3", "global"}));
        QCOMPARE(cell(aws, "aws.fn", "r1").status, CoverageStatus::File);
        // The weakest row decides: requests from a page.
        QCOMPARE(cell(aws, "aws.fn", "r2").status, CoverageStatus::Doc);
        // Asia has no price; r2 (98 degrees away) is nearer than r1 (100 degrees).
        QCOMPARE(cell(aws, "aws.fn", "r3").status, CoverageStatus::Borrowed);
        QCOMPARE(cell(aws, "aws.fn", "r3").borrowedFrom, Places{"r2"});
        QCOMPARE(cell(aws, "aws.dns", "global").status, CoverageStatus::File);
        QCOMPARE(cell(aws, "aws.waf", "r1").status, CoverageStatus::Unconfirmed);
        QCOMPARE(cell(aws, "aws.waf", "r2").borrowedFrom, Places{"r1"});
        // At the edge there is nobody to borrow from.
        QCOMPARE(cell(aws, "aws.waf", "global").status, CoverageStatus::Missing);
        QCOMPARE(cell(aws, "aws.waf", "global").missingKeys, Places{"aws.waf.requests"});
        // 3 fn + 1 dns + 4 waf cells: F 2, D 1, U 1, B 3, missing 1.
        QCOMPARE(aws.cellCount(), std::size_t{8});
        QCOMPARE(aws.count(CoverageStatus::File), std::size_t{2});
        QCOMPARE(aws.count(CoverageStatus::Doc), std::size_t{1});
        QCOMPARE(aws.count(CoverageStatus::Unconfirmed), std::size_t{1});
        QCOMPARE(aws.count(CoverageStatus::Borrowed), std::size_t{3});
        QCOMPARE(aws.count(CoverageStatus::Missing), std::size_t{1});
        QCOMPARE(aws.pricedInPlace(), std::size_t{4});
        QCOMPARE(aws.percent(aws.pricedInPlace()), 50.0);
    }

    void neutralKindsRunInEveryProvidersRegions()
    {
        const auto c = priceCoverage(catalogues(), book(rows()));
        const auto& neutral = group(c, Provider::Neutral);
        QCOMPARE(neutral.places, (Places{"r1", "r2", "r3", "z1"}));
        QCOMPARE(cell(neutral, "neutral.db", "r1").status, CoverageStatus::File);
        QCOMPARE(cell(neutral, "neutral.db", "r3").borrowedFrom, Places{"r1"});
        // An Azure region borrows only from Azure regions: none has the price.
        QCOMPARE(cell(neutral, "neutral.db", "z1").status, CoverageStatus::Missing);
        // Azure's group has its region but no kinds here.
        QCOMPARE(group(c, Provider::Azure).cellCount(), std::size_t{0});
    }

    void strictPricesCountBorrowedCellsAsMissing()
    {
        const auto c = priceCoverage(catalogues(), book(rows()), true);
        const auto& aws = group(c, Provider::Aws);
        QCOMPARE(aws.count(CoverageStatus::Borrowed), std::size_t{0});
        QCOMPARE(aws.count(CoverageStatus::Missing), std::size_t{4});
        QCOMPARE(cell(aws, "aws.fn", "r3").missingKeys,
                 (Places{"aws.fn.requests", "aws.fn.duration"}));
    }

    void aCustomPriceShowsAsCustom()
    {
        auto custom = rows();
        auto waf = row("aws.waf.requests", "global", "request", "0.000001");
        waf.source = std::string(customPriceSource);
        custom.push_back(waf);
        const auto c = priceCoverage(catalogues(), book(custom));
        QCOMPARE(cell(group(c, Provider::Aws), "aws.waf", "global").status, CoverageStatus::Custom);
    }

    void theReportsSayTheSame()
    {
        const auto c = priceCoverage(catalogues(), book(rows()));
        const auto text = coverageText(c, Provider::Aws);
        QVERIFY2(text.find("aws.fn borrowed: r3 from r2") != std::string::npos, text.c_str());
        QVERIFY2(text.find("aws.waf missing in 1 of 4 places: aws.waf.requests") !=
                     std::string::npos,
                 text.c_str());
        QVERIFY(text.find("neutral") == std::string::npos);
        // The matrix row of r2: fn from a page, no dns cell there, waf borrowed.
        QVERIFY2(text.find("  r2      D     B\n") != std::string::npos, text.c_str());

        const auto markdown = coverageMarkdown(c);
        QVERIFY(markdown.find("| aws | 8 | 2 | 1 | 0 | 1 | 0 | 3 | 1 | 50.0 % | 87.5 % |") !=
                std::string::npos);
        QVERIFY(markdown.find("| r3 | B |  | B |") != std::string::npos);
        QVERIFY(markdown.find("* `aws.fn`: r3 from r2") != std::string::npos);
        QVERIFY(markdown.find("test-1") == std::string::npos);

        const auto json = nlohmann::json::parse(coverageJson(c, Provider::Neutral));
        QCOMPARE(json["providers"].size(), std::size_t{1});
        const auto& db = json["providers"][0]["kinds"][0];
        QCOMPARE(db["kind"].get<std::string>(), std::string("neutral.db"));
        QCOMPARE(db["cells"][2]["borrowedFrom"][0].get<std::string>(), std::string("r1"));
        QCOMPARE(db["cells"][3]["status"].get<std::string>(), std::string("missing"));
        QCOMPARE(json["providers"][0]["pricedInPlacePercent"].get<double>(), 25.0);
    }
};

QTEST_GUILESS_MAIN(TestPriceCoverage)
#include "tst_pricecoverage.moc"

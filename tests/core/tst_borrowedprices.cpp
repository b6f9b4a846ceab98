#include "DesignBuilder.h"
#include "MoneyLiteral.h"
#include "PriceRows.h"
#include "TestCatalogues.h"
#include "core/cost/CostEngine.h"
#include "core/cost/PriceLookup.h"

#include <QTest>

using namespace rs;
using test::book;
using test::DesignBuilder;
using test::money;
using test::row;

namespace {

/// Made-up regions on the equator, so distances are worked by hand: one degree of longitude is
/// 6371 km x pi / 180 = 111.19 km. "a-*" are AWS regions in Africa, "e-*" AWS in Europe, "z-*"
/// Azure.
RegionCatalogue equatorRegions()
{
    using test::equatorRegionJson;
    const auto text = "{\"regions\":[" + equatorRegionJson("aws", "a-home", "Africa", 0.0) + "," +
                      equatorRegionJson("aws", "e-near", "Europe", 1.0) + "," +
                      equatorRegionJson("aws", "a-far", "Africa", 5.0) + "," +
                      equatorRegionJson("aws", "a-twin-b", "Africa", -3.0) + "," +
                      equatorRegionJson("aws", "a-twin-a", "Africa", 3.0) + "," +
                      equatorRegionJson("azure", "z-next", "Africa", 0.5) + "]}";
    auto parsed = RegionCatalogue::fromJson(text);
    if (!parsed)
        qFatal("%s", parsed.errors().front().toString().c_str());
    return std::move(parsed).value();
}

std::vector<std::string> codes(const std::vector<const RegionInfo*>& regions)
{
    std::vector<std::string> out;
    for (const auto* r : regions)
        out.push_back(r->code);
    return out;
}

const CostLine* invocations(const CostEstimate& e)
{
    for (const auto& l : e.lines) {
        if (l.elementId == "fn" && l.usage == UsageKind::Invocations)
            return &l;
    }
    return nullptr;
}

} // namespace

/// Where a region has no price, the nearest region of its provider lends one, and says so.
class TestBorrowedPrices : public QObject
{
    Q_OBJECT

private slots:
    void theSameContinentLendsFirstThenTheNearest()
    {
        const auto regions = equatorRegions();
        const auto prices = book({});
        const PriceLookup lookup(prices, regions, false);
        // From a-home (0 deg): Africa first, a-twin-a and a-twin-b both 333.6 km (3 deg) then
        // a-far 556 km (5 deg); e-near is 111 km away but in Europe; z-next is Azure's.
        QCOMPARE(codes(lookup.lenders("a-home")),
                 (std::vector<std::string>{"a-twin-a", "a-twin-b", "a-far", "e-near"}));
        QVERIFY(lookup.lenders("nowhere-1").empty());
        QCOMPARE(qRound(distanceKm(regions.regions()[0], regions.regions()[2])), 556);
    }

    void theNearestRegionWithThePriceLendsIt()
    {
        const auto regions = equatorRegions();
        const auto prices =
            book({row("k", "a-far", "request", "0.3"), row("k", "e-near", "request", "0.1"),
                  row("k", "z-next", "request", "0.05")});
        const PriceLookup lookup(prices, regions, false);
        // Neither twin has k: a-far, the nearest in Africa, lends before the nearer e-near; the
        // Azure region next door never lends to an AWS one.
        const auto found = lookup.find("k", "a-home");
        QCOMPARE(found.borrowedFrom, std::string("a-far"));
        QCOMPARE(found.rows.size(), std::size_t{1});
        QCOMPARE(found.rows.front().price, money("0.3"));
        QCOMPARE(found.rows.front().region, std::string("a-far"));
        // Equal distances go to the lower code, whichever way the catalogue lists them.
        const auto twins =
            book({row("t", "a-twin-b", "request", "2"), row("t", "a-twin-a", "request", "1")});
        QCOMPARE(PriceLookup(twins, regions, false).find("t", "a-home").borrowedFrom,
                 std::string("a-twin-a"));
    }

    void aRegionsOwnAndGlobalPricesAreNeverBorrowed()
    {
        const auto regions = equatorRegions();
        const auto prices =
            book({row("own", "a-home", "request", "1"), row("own", "a-twin-a", "request", "2"),
                  row("edge", "global", "request", "3")});
        const PriceLookup lookup(prices, regions, false);
        const auto own = lookup.find("own", "a-home");
        QCOMPARE(own.rows.front().price, money("1"));
        QVERIFY(own.borrowedFrom.empty());
        const auto edge = lookup.find("edge", "a-home");
        QCOMPARE(edge.rows.front().price, money("3"));
        QVERIFY(edge.borrowedFrom.empty());
        QVERIFY(!lookup.find("missing", "a-home").found());
    }

    void strictRefusesToBorrow()
    {
        const auto regions = equatorRegions();
        const auto prices = book({row("k", "a-far", "request", "0.3")});
        QVERIFY(!PriceLookup(prices, regions, true).find("k", "a-home").found());
        QVERIFY(PriceLookup(prices, regions, false).find("k", "a-home").found());
    }

    void aTransferIsNotPricedAsARegionSendingToItself()
    {
        const auto regions = equatorRegions();
        // a-twin-a's only row is to a-home; a-far sends anywhere.
        const auto prices = book({row("x", "a-twin-a", "GB", "0.05", 0.0, {}, "*"),
                                  row("x", "a-far", "GB", "0.08", 0.0, {}, "*")});
        const PriceLookup lookup(prices, regions, false);
        // a-home -> a-twin-a: a-twin-a is nearest but would be sending to itself.
        QCOMPARE(lookup.find("x", "a-home", "a-twin-a").borrowedFrom, std::string("a-far"));
        QCOMPARE(lookup.find("x", "a-home", "e-near").borrowedFrom, std::string("a-twin-a"));
    }

    void aTransferBorrowsOnlyFromItsOwnContinent()
    {
        const auto regions = equatorRegions();
        // Only e-near (Europe) prices sending: to a-far, and to anywhere.
        const auto prices = book({row("x", "e-near", "GB", "0.02", 0.0, {}, "a-far"),
                                  row("x", "e-near", "GB", "0.09", 0.0, {}, "*")});
        const PriceLookup lookup(prices, regions, false);
        // e-near is the nearest region to a-home, but what Europe pays to send says nothing of
        // what Africa pays: a-home's transfers stay unpriced rather than borrow it.
        QVERIFY(!lookup.find("x", "a-home", "a-far").found());
        QVERIFY(!lookup.find("x", "a-home", "e-near").found());
        // A price that is not a transfer still borrows across continents (same-continent first).
        const auto storage = book({row("s", "e-near", "GB-month", "0.02")});
        QCOMPARE(PriceLookup(storage, regions, false).find("s", "a-home").borrowedFrom,
                 std::string("e-near"));
    }

    void anEstimateLineSaysWhoseRegionsPriceItUsed()
    {
        // The function runs in eu-central-1 (Frankfurt); Lambda requests are priced in eu-west-2
        // (London, about 640 km away), eu-north-1 (Stockholm, about 1,190 km) and us-east-1.
        const auto design = test::lambdaBehindApi("eu-central-1", 10'000'000);
        const auto prices = book({row("aws.lambda.requests", "eu-west-2", "request", "0.0000002"),
                                  row("aws.lambda.requests", "eu-north-1", "request", "0.0000003"),
                                  row("aws.lambda.requests", "us-east-1", "request", "0.0000001")});
        const DesignIndex index(design, test::builtInCatalogues());
        const auto e = estimateCost(index, prices);
        const auto* line = invocations(e);
        QVERIFY(line);
        QVERIFY2(!line->unpriced, line->reason.c_str());
        QCOMPARE(line->region, std::string("eu-central-1"));
        QCOMPARE(line->borrowedFrom, std::string("eu-west-2"));
        // 10 M x $0.0000002 (no free allowance in this book) = $2.
        QCOMPARE(line->amount, money("2"));
        QCOMPARE(line->cited.size(), std::size_t{1});
        QCOMPARE(line->cited.front().region, std::string("eu-west-2"));
        QCOMPARE(e.borrowedCount, std::size_t{1});
        QVERIFY(!e.complete()); // the other services have no price at all

        CostOptions strict;
        strict.strictPrices = true;
        const auto refused = estimateCost(index, prices, strict);
        const auto* unpriced = invocations(refused);
        QVERIFY(unpriced && unpriced->unpriced);
        QVERIFY(unpriced->borrowedFrom.empty());
        QVERIFY(unpriced->reason.find("eu-central-1") != std::string::npos);
        QCOMPARE(refused.borrowedCount, std::size_t{0});
        QCOMPARE(refused.unpricedCount, e.unpricedCount + 1);
    }

    void aBorrowedPriceStartsAtTheLendersFirstBand()
    {
        // Two functions, 6 M requests each: one in eu-west-2, which has tiered rows (0.3 up to
        // 10 M, then 0.1), one in eu-central-1, which borrows them. Each region climbs its own
        // bands: 6 M x 0.3 in both, not the borrower paying 4 M x 0.3 + 2 M x 0.1.
        DesignBuilder b;
        b.region("a", "eu-west-2", 50)
            .region("b", "eu-central-1", 50)
            .service("dns", "aws.route53");
        for (const std::string r : {"a", "b"})
            b.service("api-" + r, "aws.api-gateway", r)
                .service("fn-" + r, "aws.lambda", r)
                .link("dns", "api-" + r, LinkKind::Route)
                .link("api-" + r, "fn-" + r, LinkKind::Request, 1024);
        b.design().workload.requestsPerMonth = 12'000'000.0 * units::requests;
        const auto design = b.build();
        const auto prices = book({row("aws.lambda.requests", "eu-west-2", "request", "0.3", 0, 1e7),
                                  row("aws.lambda.requests", "eu-west-2", "request", "0.1", 1e7)});
        const auto e = estimateCost(DesignIndex(design, test::builtInCatalogues()), prices);
        for (const auto* id : {"fn-a", "fn-b"}) {
            const auto it = std::find_if(e.lines.begin(), e.lines.end(), [&](const CostLine& l) {
                return l.elementId == id && l.usage == UsageKind::Invocations;
            });
            QVERIFY(it != e.lines.end());
            QCOMPARE(it->quantity, 6e6);
            QCOMPARE(it->amount, money("1800000"));
        }
    }
};

QTEST_GUILESS_MAIN(TestBorrowedPrices)
#include "tst_borrowedprices.moc"

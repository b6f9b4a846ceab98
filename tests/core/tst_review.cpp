#include "DesignBuilder.h"
#include "PriceRows.h"
#include "ReferenceDesigns.h"
#include "TestCatalogues.h"
#include "core/review/Review.h"
#include "core/review/ReviewJson.h"
#include "core/review/Sha256.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace rs;

namespace {

/// Worked example A with us-west-2 serving 40 % of traffic: 10 M requests a month split 6 M / 4 M.
Design activeActiveA()
{
    auto b = test::workedExampleA();
    b.design().regions.at(RegionId{"use1"}).trafficPercent = 60;
    b.design().regions.at(RegionId{"usw2"}).role = RegionRole::Active;
    b.design().regions.at(RegionId{"usw2"}).trafficPercent = 40;
    b.design().workload.requestsPerMonth = 10'000'000.0 * units::requests;
    return b.build();
}

ReviewOptions fixedOptions()
{
    ReviewOptions o;
    o.timestamp = "2026-01-31T12:00:00Z";
    o.author = "Reviewer";
    o.appVersion = "9.9.9";
    o.fileName = "design.json";
    o.simulatedYears = 2'000;
    return o;
}

Review reviewOf(const Design& design, std::string_view bytes = "abc",
                const ReviewOptions& options = fixedOptions())
{
    return buildReview(design, test::builtInCatalogues(), bytes, test::lambdaRequestBook(),
                       options);
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

private slots:
    void sha256MatchesThePublishedVectors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("digest");
        // FIPS 180-2 appendix B and the empty string.
        QTest::newRow("empty")
            << QByteArray() << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        QTest::newRow("abc") << QByteArray("abc")
                             << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        QTest::newRow("two blocks")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
        QTest::newRow("a million a")
            << QByteArray(1'000'000, 'a')
            << "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
    }

    void sha256MatchesThePublishedVectors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, digest);
        QCOMPARE(
            QString::fromStdString(Sha256::hex({input.constData(), std::size_t(input.size())})),
            digest);
    }

    void sha256IsTheSameFedInPieces()
    {
        // 55, 56 and 64 bytes are the padding's edge cases: the length must fit, or need a block.
        for (const std::size_t size : {55u, 56u, 63u, 64u, 65u, 200u}) {
            const std::string text(size, 'x');
            Sha256 pieces;
            for (std::size_t i = 0; i < size; i += 7)
                pieces.update(std::string_view(text).substr(i, 7));
            Sha256 whole;
            whole.update(text);
            QCOMPARE(pieces.digest(), whole.digest());
        }
    }

    void theReviewHoldsWorkedExampleA()
    {
        const auto review = reviewOf(test::workedExampleA().build());
        QCOMPARE(review.fileSha256,
                 std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(review.timestamp, std::string("2026-01-31T12:00:00Z"));
        QCOMPARE(review.priceBookVersion, std::string("test-1"));
        // §6.6: losing us-east-1 takes 150 s in the worst case; MREC's 1 s lag is typical,
        // not a bound (issue 21), so the worst RPO is unbounded.
        QCOMPARE(review.worstRegionRto()->value(), 150.0);
        QVERIFY(!review.worstRegionRpo().has_value());
        // Critical tier: 1 h and 15 min (§6.5); the unbounded RPO misses the latter.
        QCOMPARE(review.regionRtoTarget.value(), 3600.0);
        QCOMPARE(review.regionRpoTarget.value(), 900.0);
        QVERIFY(!review.verdicts.regionTargetsMet);
        QCOMPARE(review.regionLossScenarios().size(), std::size_t{2});
        QCOMPARE(review.tiers.size(), std::size_t{5});
        QCOMPARE(review.outages->years, std::uint64_t{2'000});
        std::size_t counted = 0;
        for (const auto n : review.counts)
            counted += n;
        QCOMPARE(counted, review.findings.size());
    }

    void theGateCountsFindingsAtOrAboveTheThreshold()
    {
        // A critical workload in one region is an error (RES-001), and its loss has no way back.
        auto options = fixedOptions();
        options.gates.findingsAtOrAbove = Severity::Error;
        const auto single = reviewOf(test::singleRegionStack(), "abc", options);
        QVERIFY(single.counts[2] > 0);
        QVERIFY(single.verdicts.findingsGateFailed);
        QVERIFY(!single.verdicts.passed());
        QVERIFY(!single.verdicts.regionTargetsMet);
        // Not asked for, so the missed targets do not fail the run.
        QVERIFY(!single.verdicts.targetsGateFailed);
        QVERIFY(!single.worstRegionRto().has_value());

        // Worked example A misses only its RPO (unbounded), which trips the targets gate; an
        // info-level gate trips on any finding.
        options.gates = {};
        options.gates.targets = true;
        const auto a = reviewOf(test::workedExampleA().build(), "abc", options);
        QVERIFY(!a.verdicts.regionTargetsMet);
        QVERIFY(a.verdicts.targetsGateFailed);
        options.gates.findingsAtOrAbove = Severity::Info;
        const auto strict = reviewOf(test::workedExampleA().build(), "abc", options);
        QCOMPARE(strict.verdicts.findingsGateFailed, !strict.findings.empty());
    }

    void thePremiumIsWhatTheOtherRegionsAdd()
    {
        // No free tier (the default): 6 M Lambda requests in us-east-1 (home) x $0.20 per
        // million = $1.20 baseline; 4 M in us-west-2 = $0.80 of redundancy. Other usage has no
        // price in this book.
        const auto review = reviewOf(activeActiveA());
        QCOMPARE(review.cost.total.toString(2), std::string("2.00"));
        QCOMPARE(review.resiliencePremium().toString(2), std::string("0.80"));
        QCOMPARE(review.topLines.size(), std::size_t{2});
        QCOMPARE(review.cost.lines[review.topLines[0]].amount.toString(2), std::string("1.20"));
        QCOMPARE(review.cost.lines[review.topLines[1]].amount.toString(2), std::string("0.80"));
        QVERIFY(!review.unpricedLines.empty());
        for (const auto i : review.unpricedLines)
            QVERIFY(!review.cost.lines[i].reason.empty());
    }

    void theJsonIsTheSameBytesForTheSameInputs()
    {
        const auto design = activeActiveA();
        const auto first = writeReviewJson(reviewOf(design));
        const auto second = writeReviewJson(reviewOf(design));
        QCOMPARE(first, second);
        QCOMPARE(first.back(), '\n');

        auto later = fixedOptions();
        later.timestamp = "2026-02-01T00:00:00Z";
        const auto third = writeReviewJson(reviewOf(design, "abc", later));
        QVERIFY(third != first);
        auto j1 = nlohmann::json::parse(first);
        auto j3 = nlohmann::json::parse(third);
        j3["generatedAt"] = j1["generatedAt"];
        QVERIFY(j1 == j3);
    }

    void theJsonCarriesIdentityScenariosAndCosts()
    {
        auto b = test::workedExampleA();
        b.design().name = "<b>x</b>";
        const auto j = nlohmann::json::parse(writeReviewJson(reviewOf(b.build())));
        QCOMPARE(j["reviewFormatVersion"].get<int>(), 1);
        QCOMPARE(j["design"]["name"].get<std::string>(), std::string("<b>x</b>"));
        QCOMPARE(j["design"]["sha256"].get<std::string>(),
                 std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(j["versions"]["app"].get<std::string>(), std::string("9.9.9"));
        QCOMPARE(j["author"].get<std::string>(), std::string("Reviewer"));
        const auto& scenarios = j["scenarios"];
        const auto use1 = std::find_if(scenarios.begin(), scenarios.end(), [](const auto& s) {
            return s["kind"] == "region-down" && s["element"] == "use1";
        });
        QVERIFY(use1 != scenarios.end());
        QCOMPARE((*use1)["rtoSeconds"]["worst"].get<double>(), 150.0);
        QCOMPARE((*use1)["rtoSeconds"]["expected"].get<double>(), 120.0);
        // Unbounded (null), typically 1 s; writes at risk typically 200 x 25 % x 1 s = 50.
        QVERIFY((*use1)["rpoSeconds"].is_null());
        QCOMPARE((*use1)["rpoTypicalSeconds"].get<double>(), 1.0);
        QVERIFY((*use1)["dataLossUnbounded"].get<bool>());
        QCOMPARE((*use1)["writesAtRisk"].get<double>(), 0.0);
        QCOMPARE((*use1)["writesAtRiskTypical"].get<double>(), 50.0);
        QCOMPARE((*use1)["failoverPathErrors"].size(), std::size_t{0});
        QCOMPARE(j["summary"]["worstRegionRtoSeconds"].get<double>(), 150.0);
        QCOMPARE(j["assumptions"]["hoursPerMonth"].get<double>(), 730.0);
        // The design's assumptions in force: all defaults here, each with its source.
        QCOMPARE(j["assumptions"]["freeTiers"].get<bool>(), false);
        const auto& inForce = j["assumptions"]["inForce"];
        // Outage rate, mean outage, β, free tiers, hours a month and the redeploy after a
        // restore (issue 21): six.
        QCOMPARE(inForce.size(), std::size_t{6});
        QCOMPARE(inForce[5]["key"].get<std::string>(), std::string("redeployMinutes"));
        QCOMPARE(inForce[0]["key"].get<std::string>(), std::string("regionOutagesPerYear"));
        QCOMPARE(inForce[0]["setByDesign"].get<bool>(), false);
        QVERIFY(inForce[0]["source"].get<std::string>().find("S46-S51") != std::string::npos);
        // The SLA composite is named beside the estimate, with why they differ.
        QVERIFY(j["availability"]["slaComposite"]["explanation"].get<std::string>().find(
                    "not a forecast") != std::string::npos);
        QCOMPARE(j["assumptions"]["workload"]["peakRequestsPerSecond"].get<double>(), 200.0);
        for (const auto& line : j["cost"]["lines"]) {
            // Every priced line cites a row; every unpriced one says why.
            if (line["unpriced"].get<bool>())
                QVERIFY(!line["reason"].get<std::string>().empty());
            else
                QVERIFY(!line["rows"].empty());
        }
    }

    void theJsonShowsAnotherCurrencyAndTheCatalogueAdjustments()
    {
        auto options = fixedOptions();
        options.currency = DisplayCurrency::make("EUR", "0.5", "2026-01-30").value();
        ReviewPricing pricing;
        pricing.discountPercent = {{Provider::Aws, 10.0}};
        pricing.sources = {{Provider::Aws, 3, "bundled default", "default-json", "2026-01-01",
                            "2026-01-02T00:00:00Z", "00ff", 390}};
        const auto review = buildReview(activeActiveA(), test::builtInCatalogues(), "abc",
                                        test::lambdaRequestBook(), options, pricing);
        const auto j = nlohmann::json::parse(writeReviewJson(review));
        // $2.00 at 0.5 EUR per USD.
        QCOMPARE(j["cost"]["total"].get<std::string>(), std::string("1.00"));
        QCOMPARE(j["cost"]["totalUsd"].get<std::string>(), std::string("2.00"));
        QCOMPARE(j["assumptions"]["currency"]["code"].get<std::string>(), std::string("EUR"));
        QCOMPARE(j["assumptions"]["currency"]["date"].get<std::string>(),
                 std::string("2026-01-30"));
        QCOMPARE(j["assumptions"]["discounts"][0]["percent"].get<double>(), 10.0);
        QCOMPARE(j["pricingSources"][0]["version"].get<int>(), 3);
        QCOMPARE(j["pricingSources"][0]["rows"].get<int>(), 390);
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"

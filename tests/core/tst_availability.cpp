#include "DesignBuilder.h"
#include "ReferenceDesigns.h"
#include "TestCatalogues.h"
#include "core/resilience/Availability.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace rs;
using test::DesignBuilder;

namespace {

/// Three active regions with example A's stack, the given traffic and headroom each.
DesignBuilder threeRegions(const double (&traffic)[3], const double (&headroom)[3])
{
    DesignBuilder b;
    b.tier(Tier::Critical).service("dns", "aws.route53");
    const std::string ids[] = {"use1", "usw2", "euw1"};
    const std::string codes[] = {"us-east-1", "us-west-2", "eu-west-1"};
    for (int i = 0; i < 3; ++i) {
        const auto& r = ids[i];
        b.region(r, codes[i], traffic[i], RegionRole::Active, headroom[i])
            .service("api-" + r, "aws.api-gateway", r)
            .service("fn-" + r, "aws.lambda", r)
            .service(
                "db-" + r, "aws.dynamodb", r,
                {{"replicationMode", std::string("async")}, {"writeMode", std::string("multi")}})
            .link("dns", "api-" + r, LinkKind::Route)
            .link("dns", "api-" + r, LinkKind::HealthCheck)
            .link("api-" + r, "fn-" + r, LinkKind::Request)
            .link("fn-" + r, "db-" + r, LinkKind::Request);
    }
    b.link("db-use1", "db-usw2", LinkKind::Replication)
        .link("db-use1", "db-euw1", LinkKind::Replication);
    return b;
}

/// Worked example A's reading (§6.6): each region from its services' SLAs, incidents of 1 h.
/// These tests check the §6.3 formulas on that basis; tst_outagemodel checks the outage model.
AvailabilityParameters slaBasis()
{
    AvailabilityParameters p;
    p.basis = AvailabilityBasis::ServiceSlas;
    OutageModel model;
    model.meanOutage = 3600.0 * units::seconds;
    p.outageModel = model;
    return p;
}

AvailabilityEstimate estimate(const Design& design, const AvailabilityParameters& p = slaBasis())
{
    return estimateAvailability(DesignIndex(design, test::builtInCatalogues()), p);
}

// Example A's per-region stack, by hand: 0.9995 × 0.9995 = 0.99900025; × 0.9999 =
// 0.99900025 − 0.000099900025 = 0.998900349975; U = 1.099650025e-3.
constexpr double stackA = 0.998900349975;
constexpr double stackU = 1.099650025e-3;

bool mentions(const std::vector<std::string>& notes, const std::string& text)
{
    return std::any_of(notes.begin(), notes.end(),
                       [&](const std::string& n) { return n.find(text) != std::string::npos; });
}

} // namespace

class TestAvailability : public QObject
{
    Q_OBJECT

private slots:
    void theCatalogueHasTheSlasOfExampleA()
    {
        // §3: API Gateway 99.95 %, Lambda 99.95 %, DynamoDB 99.99 %, Route 53 100 %.
        const auto& kinds = test::builtInCatalogues().services;
        QCOMPARE(kinds.find("aws.api-gateway")->sla->percent, 99.95);
        QCOMPARE(kinds.find("aws.lambda")->sla->percent, 99.95);
        QCOMPARE(kinds.find("aws.dynamodb")->sla->percent, 99.99);
        QCOMPARE(kinds.find("aws.route53")->sla->percent, 100.0);
    }

    void workedExampleAPerRegionAndInParallel()
    {
        const auto a = estimate(test::workedExampleA().build());
        QCOMPARE(a.regions.size(), std::size_t{2});
        for (const auto& r : a.regions) {
            QVERIFY(std::abs(r.availability - 0.99890035) < 1e-9);
            QCOMPARE(r.services.size(), std::size_t{3}); // api, db, fn
        }
        // 1 − U² = 1 − 1.2092302e-6 = 0.99999879077 (≈ 38 s/yr).
        QCOMPARE(a.terms.regions, std::size_t{2});
        QCOMPARE(a.terms.regionsNeeded, std::size_t{1});
        QVERIFY(std::abs(a.terms.unavailabilityParallel - 1.2092302e-6) < 1e-12);
        QVERIFY(std::abs(a.parallel - 0.99999879) < 1e-8);
        // Route 53's SLA is 100 %.
        QCOMPARE(a.globals.size(), std::size_t{1});
        QCOMPARE(a.global, 1.0);
    }

    void workedExampleAFailoverCost()
    {
        const auto a = estimate(test::workedExampleA().build());
        // Only losing us-east-1 interrupts users: f = U · 8760 h / 1 h = 1.099650025e-3 × 8760
        // = 9.6329 incidents/yr; 9.6329 × 120 s = 1155.95 s = 19.266 min/yr.
        QVERIFY(a.regions[0].interruptsUsers);
        QVERIFY(!a.regions[1].interruptsUsers);
        QVERIFY(std::abs(a.terms.incidentsPerYear - 9.6329) < 1e-3);
        QCOMPARE(a.terms.meanFailoverWindow.value(), 120.0);
        QVERIFY(std::abs(a.failoverMinutesPerYear() - 19.266) < 1e-3);
        // A_eff = 0.99999879077 − 1155.95 / 31 536 000 = 0.99999879077 − 3.66550e-5
        // = 0.99996213577 ≈ 0.999962.
        QVERIFY(std::abs(a.effective - 0.999962) < 1e-6);
        QVERIFY(std::abs(a.effective - 0.9999621358) < 1e-9);
        QCOMPARE(a.total, a.effective);
        // (1 − 0.9999621358) × 525 600 min = 19.90 min/yr: failover dominates (§6.6 lesson).
        QVERIFY(std::abs(a.downtimeMinutesPerYear() - 19.90) < 0.01);
    }

    void workedExampleAWithWorstCaseTtl()
    {
        auto p = slaBasis();
        p.worstCaseRto = true;
        const auto a = estimate(test::workedExampleA().build(), p);
        // 9.6329 × 150 s = 1444.94 s = 24.08 min/yr; 0.99999879077 − 4.58187e-5 = 0.99995297.
        QVERIFY(std::abs(a.failoverMinutesPerYear() - 24.08) < 0.01);
        QVERIFY(std::abs(a.effective - 0.999953) < 1e-6);
    }

    void threeIdenticalRegionsNeedingTwo()
    {
        // Each carries 40/30/30 % and can take 50 %: two of three are needed.
        const auto a = estimate(threeRegions({40, 30, 30}, {10, 20, 20}).build());
        QCOMPARE(a.terms.regions, std::size_t{3});
        QCOMPARE(a.terms.regionsNeeded, std::size_t{2});
        QVERIFY(!a.terms.enumerated);
        // 3A² − 2A³ = 1 − U³ − 3AU²; 3 × 0.99890035 × 1.2092302e-6 = 3.6237e-6, U³ = 1.33e-9:
        // 1 − 3.62503e-6 = 0.99999637497.
        const double byFormula = 3 * stackA * stackA - 2 * stackA * stackA * stackA;
        QVERIFY(std::abs(a.parallel - byFormula) < 1e-12);
        QVERIFY(std::abs(a.parallel - 0.99999637497) < 1e-10);
        // Each region's loss needs a failover and the two others cover it: f = 3 × 9.6329.
        QVERIFY(std::abs(a.terms.incidentsPerYear - 28.8988) < 1e-3);
    }

    void nonIdenticalRegionsAreEnumerated()
    {
        // use1 can carry everything, usw2 and euw1 only half each: up when use1 is, or both of
        // the others are. A + (1 − A) · A² = 0.998900349975 + 1.09965e-3 × 0.99780190 =
        // 0.99999758287.
        const auto a = estimate(threeRegions({50, 25, 25}, {50, 25, 25}).build());
        QVERIFY(a.terms.enumerated);
        QCOMPARE(a.terms.regionsNeeded, std::size_t{1});
        const double byFormula = stackA + stackU * stackA * stackA;
        QVERIFY(std::abs(a.parallel - byFormula) < 1e-12);
        QVERIFY(std::abs(a.parallel - 0.99999758287) < 1e-10);
        // use1 is covered by the two others together; each small one by use1.
        for (const auto& r : a.regions)
            QVERIFY(r.coveredByOthers);
    }

    void kOfNFormula()
    {
        // 1-of-2: 1 − U²; 2-of-2: A²; 3-of-3 with A = 0.9: 0.729.
        QVERIFY(std::abs(kOfNAvailability(1, 2, 0.9) - 0.99) < 1e-15);
        QVERIFY(std::abs(kOfNAvailability(2, 2, 0.9) - 0.81) < 1e-15);
        QVERIFY(std::abs(kOfNAvailability(3, 3, 0.9) - 0.729) < 1e-15);
        // 2-of-3 with A = 0.9: 3 × 0.81 − 2 × 0.729 = 0.972.
        QVERIFY(std::abs(kOfNAvailability(2, 3, 0.9) - 0.972) < 1e-15);
    }

    void aGlobalRouterIsInSeries()
    {
        // Global Accelerator: 99.99 % and anycast, so the failover is detection only,
        // 30 s × 3 = 90 s. A_eff = 0.99999879077 − 9.6329 × 90 / 31 536 000
        // = 0.99999879077 − 2.74913e-5 = 0.99997129950; × 0.9999 = 0.99987130239.
        // The standby's Lambda is kept warm: a cold one would add its scale-up step (10 s)
        // now that no DNS TTL hides it (issue 21).
        auto b = test::workedExampleA("aws.global-accelerator");
        b.design().services.at(ServiceId{"fn-usw2"}).properties["preProvisioned"] = true;
        const auto a = estimate(b.build());
        QCOMPARE(a.globals.size(), std::size_t{1});
        QCOMPARE(a.globals[0].serviceId, std::string("dns"));
        QVERIFY(std::abs(a.global - 0.9999) < 1e-15);
        QVERIFY(std::abs(a.effective - 0.99997129950) < 1e-10);
        QVERIFY(std::abs(a.total - 0.99987130239) < 1e-10);
        // The estimate takes it at its SLA as the composite does, and says which and why in
        // one sentence, among the notes every output prints (issue 13).
        const auto basis = QString::fromStdString(a.globalsBasis);
        QVERIFY2(basis.contains("(dns) 99.990 % is counted at the SLA in the estimate") &&
                     basis.contains("in no one region") && basis.endsWith('.') &&
                     basis.count(". ") == 0,
                 qPrintable(basis));
        QCOMPARE(std::count(a.assumptions.begin(), a.assumptions.end(), a.globalsBasis), 1);
    }

    void withoutAGlobalComponentThereIsNoGlobalBasis()
    {
        // Worked example A without its router: each region's API is its own entry.
        auto b = test::workedExampleA("aws.route53");
        b.design().services.erase(ServiceId{"dns"});
        std::erase_if(b.design().links, [](const auto& l) {
            return l.second.from.value == "dns" || l.second.to.value == "dns";
        });
        const auto a = estimate(b.build());
        QVERIFY(a.globals.empty());
        QVERIFY(a.globalsBasis.empty());
    }

    void theBetaFactorAddsCommonCause()
    {
        auto p = slaBasis();
        p.outageModel->commonCauseFraction = 0.1;
        const auto a = estimate(test::workedExampleA().build(), p);
        // U_sys = 0.9 × 1.2092302e-6 + 0.1 × 1.099650025e-3 = 1.0883072e-6 + 1.0996500e-4
        // = 1.1105331e-4; A_eff = 1 − 1.1105331e-4 − 3.66550e-5 = 0.99985229169.
        QVERIFY(std::abs(a.terms.unavailabilityCommonCause - 1.1105331e-4) < 1e-11);
        QVERIFY(std::abs(a.effective - 0.99985229169) < 1e-10);
        QVERIFY(mentions(a.assumptions, "common-cause"));
    }

    void aSingleRegionHasNoFailoverToPayFor()
    {
        // GCP: API Gateway has no SLA in the catalogue (counts as 1, noted); Cloud Run 99.95 %,
        // Spanner 99.99 %: 0.9995 × 0.9999 = 0.99940005. Nothing to fail over to, so the
        // region's incidents are all in U_par already and cost no extra failover.
        const auto design =
            DesignBuilder()
                .region("usc1", "us-central1", 100, RegionRole::Active, 0, Provider::Gcp)
                .service("gw", "gcp.api-gateway", "usc1")
                .service("run", "gcp.cloud-run", "usc1")
                .service("db", "gcp.spanner", "usc1")
                .link("gw", "run", LinkKind::Request)
                .link("run", "db", LinkKind::Request)
                .build();
        const auto a = estimate(design);
        QCOMPARE(a.regions.size(), std::size_t{1});
        QVERIFY(a.regions[0].interruptsUsers);
        QVERIFY(!a.regions[0].rto.has_value());
        QVERIFY(!a.regions[0].coveredByOthers);
        QVERIFY(std::abs(a.total - 0.99940005) < 1e-12);
        QCOMPARE(a.failoverDowntimePerYear.value(), 0.0);
        QVERIFY(mentions(a.assumptions, "gcp.api-gateway has no SLA"));
        // (1 − 0.99940005) × 525 600 = 315.33 min/yr.
        QVERIFY(std::abs(a.downtimeMinutesPerYear() - 315.33) < 0.01);
    }

    void aStandbyTooSmallCoversNothing()
    {
        // usw2 can take only 60 %: users are served while use1 is up, whatever usw2 does, so
        // A_par = A_use1 = 0.99890035 (the failing states are {} and {usw2}: U² + U·A = U).
        // Losing use1 is a whole outage, already in U_par: no failover window is added.
        auto b = test::workedExampleA();
        b.design().regions.at(RegionId{"usw2"}).headroomPercent = 60.0;
        const auto a = estimate(b.build());
        QCOMPARE(a.terms.regionsNeeded, std::size_t{1});
        QVERIFY(a.terms.enumerated);
        QVERIFY(std::abs(a.parallel - 0.99890035) < 1e-9);
        QVERIFY(!a.regions[0].coveredByOthers);
        QCOMPARE(a.terms.incidentsPerYear, 0.0);
        QCOMPARE(a.failoverDowntimePerYear.value(), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestAvailability)
#include "tst_availability.moc"

#include "DesignBuilder.h"
#include "TestCatalogues.h"
#include "core/DesignFile.h"
#include "core/resilience/Availability.h"
#include "core/resilience/OutageSimulation.h"

#include <QTest>

#include <cmath>
#include <filesystem>

using namespace rs;
using test::DesignBuilder;

namespace {

/// Two active regions behind Route 53 (default health checks, TTL 60: expected failover 90 s
/// detection + 30 s mean TTL age = 120 s, §6.6), each taking half the traffic and able to take
/// all of it, so each region's loss interrupts its users and costs one failover.
Design twoActiveRegions(double outagesPerYear, double hours, double beta)
{
    DesignBuilder b;
    b.tier(Tier::Critical).service("dns", "aws.route53");
    for (const auto& [r, code] : {std::pair{"use1", "us-east-1"}, std::pair{"usw2", "us-west-2"}}) {
        const std::string id = r;
        b.region(id, code, 50, RegionRole::Active, 50)
            .service("api-" + id, "aws.api-gateway", id)
            .service("fn-" + id, "aws.lambda", id)
            .service(
                "db-" + id, "aws.dynamodb", id,
                {{"replicationMode", std::string("async")}, {"writeMode", std::string("multi")}})
            .link("dns", "api-" + id, LinkKind::Route)
            .link("dns", "api-" + id, LinkKind::HealthCheck)
            .link("api-" + id, "fn-" + id, LinkKind::Request)
            .link("fn-" + id, "db-" + id, LinkKind::Request);
    }
    b.link("db-use1", "db-usw2", LinkKind::Replication);
    auto& a = b.design().assumptions;
    a.regionOutagesPerYear = outagesPerYear;
    a.meanRegionOutageHours = hours;
    a.commonCauseFraction = beta;
    return b.build();
}

double relative(double a, double b)
{
    return std::abs(a - b) / b;
}

} // namespace

class TestOutageModel : public QObject
{
    Q_OBJECT

private slots:
    void twoIndependentRegionsAreDownAboutFourAndAQuarterMinutes()
    {
        const auto design = twoActiveRegions(1.0, 6.0, 0.0);
        const DesignIndex index(design, test::builtInCatalogues());
        const auto a = estimateAvailability(index);
        QCOMPARE(a.terms.meanFailoverWindow.value(), 120.0);
        // By hand, T = 8760 h: each region is down U = 6 / (8760 + 6) = 6.8446e-4 of the time.
        //   both down: U² = 4.6849e-7 of a year = 0.2462 min
        //   failovers: outages start only while up, 1 × (1 − U) = 0.99932 a region-year, two
        //   regions: 1.99863 × 120 s = 239.84 s = 3.9973 min
        //   total 4.2435 min a year; A = 1 − 4.2435 / 525,600 = 0.99999193.
        QVERIFY(std::abs(a.terms.unavailabilityParallel - 4.6849e-7) < 1e-10);
        QVERIFY(std::abs(a.failoverMinutesPerYear() - 3.9973) < 1e-3);
        QVERIFY2(std::abs(a.downtimeMinutesPerYear() - 4.2435) < 1e-3,
                 qPrintable(QString::number(a.downtimeMinutesPerYear())));
        QVERIFY(std::abs(a.total - 0.9999919) < 1e-7);

        // The Monte Carlo of 100,000 years samples the same model: within 3 %. Its error: about
        // 200,000 failovers (uniform 90-150 s) and ~140 overlaps of the two regions, whose share
        // (0.25 of 4.24 min) is known to ~±9 %, i.e. ~±0.5 % of the whole.
        OutageSimulationParameters p;
        p.years = 100'000;
        const auto mc = simulateOutages(index, p);
        QVERIFY2(relative(mc.meanDowntimeMinutesPerYear(), 4.2435) < 0.03,
                 qPrintable(QString::number(mc.meanDowntimeMinutesPerYear())));
    }

    void aCommonCauseShareOfFivePercentMakesItAboutTwentyTwoMinutes()
    {
        const auto design = twoActiveRegions(1.0, 6.0, 0.05);
        const DesignIndex index(design, test::builtInCatalogues());
        const auto a = estimateAvailability(index);
        // §6.3: U_sys = (1 − β) U_par + β U_region
        //   = 0.95 × 4.6849e-7 + 0.05 × 6.8446e-4 = 4.4507e-7 + 3.4223e-5 = 3.4668e-5
        //   = 18.221 min a year; plus the same 3.9973 min of failovers: 22.219 min.
        QVERIFY(std::abs(a.terms.unavailabilityCommonCause - 3.4668e-5) < 1e-8);
        QVERIFY2(std::abs(a.downtimeMinutesPerYear() - 22.219) < 2e-3,
                 qPrintable(QString::number(a.downtimeMinutesPerYear())));

        // The simulation: a process of rate β · 1 = 0.05 a year downs both regions for 6 h on
        // average (18 min a year), beside the independent outages and failovers. Its error:
        // ~5,000 common-cause outages of lognormal length (coefficient of variation √3) give
        // ~±2.8 % on those 18 min, ~±2.3 % of the whole: 3 % is about 1.3 standard errors, so
        // this checks a fixed seed, not every seed.
        OutageSimulationParameters p;
        p.years = 100'000;
        const auto mc = simulateOutages(index, p);
        QVERIFY2(relative(mc.meanDowntimeMinutesPerYear(), 22.219) < 0.03,
                 qPrintable(QString::number(mc.meanDowntimeMinutesPerYear())));
        QVERIFY(mc.commonCauseEvents > 4'500 && mc.commonCauseEvents < 5'500);
    }

    void perRegionRatesOverrideTheDefault()
    {
        auto design = twoActiveRegions(1.0, 6.0, 0.0);
        design.assumptions.regionOutagesPerYearByRegion[RegionId("usw2")] = 3.0;
        const auto a = estimateAvailability(DesignIndex(design, test::builtInCatalogues()));
        QCOMPARE(a.regions.size(), std::size_t{2});
        QCOMPARE(a.regions[0].outagesPerYear, 1.0);
        QCOMPARE(a.regions[1].outagesPerYear, 3.0);
        // usw2 down 18 / (8760 + 18) = 2.0506e-3 of the time, 3 × (1 − 2.0506e-3) = 2.99385
        // failovers; use1 0.99932: 3.99317 × 120 s = 479.18 s = 7.986 min of failovers.
        QVERIFY(std::abs(a.failoverMinutesPerYear() - 7.986) < 1e-3);
    }

    void theSlaCompositeIsNamedBesideTheEstimate()
    {
        const auto a = estimateAvailability(
            DesignIndex(twoActiveRegions(1.0, 6.0, 0.0), test::builtInCatalogues()));
        // Per region API Gateway 0.9995 × Lambda 0.9995 × DynamoDB 0.9999 = 0.99890035 (§6.6):
        // the SLA composite's regions, not the estimate's.
        QVERIFY(std::abs(a.regions[0].slaAvailability - 0.99890035) < 1e-8);
        QVERIFY(a.slaComposite.total < a.total);
        QVERIFY(std::string(slaCompositeExplanation()).find("not a forecast") != std::string::npos);
    }

    void aDependencySharedByBothRegionsIsCountedOnce()
    {
        // Both regions' functions write to one DynamoDB table in use1. In the SLA composite the
        // table is one component in series (0.9999), not a copy in each region's stack: each
        // stack is API Gateway 0.9995 x Lambda 0.9995 = 0.99900025.
        DesignBuilder b;
        b.tier(Tier::Critical).service("dns", "aws.route53");
        for (const auto& [r, code] :
             {std::pair{"use1", "us-east-1"}, std::pair{"usw2", "us-west-2"}}) {
            const std::string id = r;
            b.region(id, code, 50, RegionRole::Active, 50)
                .service("api-" + id, "aws.api-gateway", id)
                .service("fn-" + id, "aws.lambda", id)
                .link("dns", "api-" + id, LinkKind::Route)
                .link("dns", "api-" + id, LinkKind::HealthCheck)
                .link("api-" + id, "fn-" + id, LinkKind::Request);
        }
        b.service("db", "aws.dynamodb", "use1")
            .link("fn-use1", "db", LinkKind::Request)
            .link("fn-usw2", "db", LinkKind::Request);
        const auto a = estimateAvailability(DesignIndex(b.build(), test::builtInCatalogues()));
        QCOMPARE(a.regions.size(), std::size_t{2});
        for (const auto& r : a.regions)
            QVERIFY(std::abs(r.slaAvailability - 0.99900025) < 1e-12);
        QVERIFY(std::abs(a.slaComposite.global - 0.9999) < 1e-12);
    }

    void everyExampleAgreesWithItsMonteCarlo_data()
    {
        QTest::addColumn<QString>("file");
        for (const auto& entry :
             std::filesystem::directory_iterator(test::sourcePath("resources/examples"))) {
            if (entry.path().extension() == ".json")
                QTest::newRow(entry.path().filename().string().c_str())
                    << QString::fromStdString(entry.path().string());
        }
    }

    void everyExampleAgreesWithItsMonteCarlo()
    {
        // The stated tolerance: 5 % of the estimate's downtime, or 0.1 min a year where the
        // downtime is tiny. 100,000 years give ±1-3 % on the mean (§6.4; more where rare
        // overlaps dominate); the rest is the analytic side's approximations (k of n over the
        // long-run shares, failover windows never overlapping an outage).
        QFETCH(QString, file);
        auto loaded = loadDesignFile(file.toStdString(), test::builtInCatalogues());
        QVERIFY(loaded);
        const DesignIndex index(loaded.value(), test::builtInCatalogues());
        const auto a = estimateAvailability(index);
        OutageSimulationParameters p;
        p.years = 100'000;
        const auto mc = simulateOutages(index, p);
        const double analytic = a.downtimeMinutesPerYear();
        const double simulated = mc.meanDowntimeMinutesPerYear();
        QVERIFY2(std::abs(simulated - analytic) <= std::max(0.05 * analytic, 0.1),
                 qPrintable(QStringLiteral("estimate %1 min, Monte Carlo %2 min")
                                .arg(analytic)
                                .arg(simulated)));
    }
};

QTEST_GUILESS_MAIN(TestOutageModel)
#include "tst_outagemodel.moc"

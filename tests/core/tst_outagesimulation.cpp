#include "DesignBuilder.h"
#include "ReferenceDesigns.h"
#include "TestCatalogues.h"
#include "core/resilience/OutageSimulation.h"

#include <QTest>

#include <cmath>

using namespace rs;
using test::DesignBuilder;

namespace {

constexpr double hour = 3600.0;
constexpr double minutesPerYear = 525600.0; // 8760 h

OutageSimulationResult run(const Design& design, const OutageSimulationParameters& p)
{
    return simulateOutages(DesignIndex(design, test::builtInCatalogues()), p);
}

/// Frequent, long, memoryless outages, so that 200 000 years see ~10^5 double outages.
OutageSimulationParameters exponentialCheck()
{
    OutageSimulationParameters p;
    p.years = 200'000;
    p.seed = 42;
    OutageModel model;
    model.regionOutagesPerYear = 10.0;
    model.meanOutage = 24.0 * hour * units::seconds;
    p.outageModel = model;
    p.repair = RepairDistribution::Exponential;
    p.failoverWindows = false;
    return p;
}

bool within(double value, double expected, double relative)
{
    return std::abs(value - expected) <= relative * std::abs(expected);
}

} // namespace

class TestOutageSimulation : public QObject
{
    Q_OBJECT

private slots:
    void oneRegionMatchesTheRenewalFormula()
    {
        // λ·MTTR = 10/yr × 24 h / 8760 h = 240/8760; U = 240 / (8760 + 240) = 2/75 = 0.026667;
        // U × 525 600 min = 14 016 min/yr.
        const auto r = run(test::singleRegionStack(), exponentialCheck());
        QVERIFY2(within(r.meanDowntimeMinutesPerYear(), 14016.0, 0.03),
                 qPrintable(QString::number(r.meanDowntimeMinutesPerYear())));
        QCOMPARE(r.meanRegionalDowntimePerYear, r.meanDowntimePerYear);
    }

    void twoRegionsInParallelMatchU2()
    {
        // Route 53 (100 %) is never down; windows off: down only when both regions are.
        // U² = (2/75)² = 4/5625 = 7.1111e-4; × 525 600 min = 373.76 min/yr.
        const auto r = run(test::workedExampleA().build(), exponentialCheck());
        QVERIFY2(within(r.meanDowntimeMinutesPerYear(), 373.76, 0.03),
                 qPrintable(QString::number(r.meanDowntimeMinutesPerYear())));
        QCOMPARE(r.meanGlobalDowntimePerYear.value(), 0.0);
        QCOMPARE(r.meanFailoverDowntimePerYear.value(), 0.0);
    }

    void lognormalRepairsKeepTheirMean()
    {
        // Defaults: λ 0.75/yr, lognormal median 3 h, σ = sqrt(2 ln 2), mean 6 h.
        // U = 0.75 × 6 / (8760 + 4.5) = 5.13435e-4 → 269.86 min/yr.
        OutageSimulationParameters p;
        p.years = 200'000;
        const auto r = run(test::singleRegionStack(), p);
        QVERIFY2(within(r.meanDowntimeMinutesPerYear(), 269.86, 0.03),
                 qPrintable(QString::number(r.meanDowntimeMinutesPerYear())));
        // No failover: users wait for the repair. P(repair > 1 h) = P(Z > ln(1/3) / σ)
        // = Φ(1.0986 / 1.1774) = Φ(0.9331) = 0.8246.
        QVERIFY(r.recoveries > 140'000);
        QVERIFY2(std::abs(r.probabilityRtoExceedsTarget - 0.8246) < 0.01,
                 qPrintable(QString::number(r.probabilityRtoExceedsTarget)));
    }

    void theSameSeedGivesTheSameResult()
    {
        OutageSimulationParameters p;
        p.seed = 7;
        const auto design = test::workedExampleA().build();
        const auto a = run(design, p);
        const auto b = run(design, p);
        QCOMPARE(a.meanDowntimePerYear.value(), b.meanDowntimePerYear.value());
        QCOMPARE(a.p95DowntimePerYear.value(), b.p95DowntimePerYear.value());
        QCOMPARE(a.maxDowntimePerYear.value(), b.maxDowntimePerYear.value());
        QCOMPARE(a.regionFailures, b.regionFailures);
        QCOMPARE(a.histogram.counts, b.histogram.counts);
        QCOMPARE(a.histogram.binWidth.value(), b.histogram.binWidth.value());

        p.seed = 8;
        const auto c = run(design, p);
        QVERIFY(c.meanDowntimePerYear.value() != a.meanDowntimePerYear.value());
        QVERIFY(c.regionFailures != a.regionFailures);
        // ~75 000 failover windows either way: within a few per cent of each other.
        QVERIFY(within(c.meanDowntimePerYear.value(), a.meanDowntimePerYear.value(), 0.03));
    }

    void failoverWindowsAddRateTimesRto()
    {
        // use1 fails 1 / (MTTF + MTTR) = 8760 h / (11 680 h + 6 h) = 0.74961 times a year;
        // usw2's failures interrupt no one. E[RTO] = 120 s (uniform 90..150 s): 89.95 s/yr.
        OutageSimulationParameters p;
        p.seed = 3;
        const auto design = test::workedExampleA().build();
        const auto with = run(design, p);
        p.failoverWindows = false;
        const auto without = run(design, p);
        const double added = with.meanDowntimePerYear.value() - without.meanDowntimePerYear.value();
        QVERIFY2(within(added, 89.95, 0.02), qPrintable(QString::number(added)));
        QVERIFY(within(with.meanFailoverDowntimePerYear.value(), 89.95, 0.02));
        // Same random streams for the failures: the windows change nothing else.
        QCOMPARE(with.regionFailures, without.regionFailures);
        // A year with downtime has at least one 90..150 s window; the histogram spans p99.
        QVERIFY(with.p95DowntimePerYear.value() >= 90.0);
        std::uint64_t years = 0;
        for (const auto c : with.histogram.counts)
            years += c;
        QCOMPARE(years, p.years);
        QVERIFY(with.histogram.binWidth * static_cast<double>(with.histogram.counts.size()) >=
                with.p99DowntimePerYear);
    }

    void rtoTargetBelowOrAboveTheScenario()
    {
        auto b = test::workedExampleA();
        OutageSimulationParameters p;
        p.years = 20'000;
        b.design().targets.region.rto = 60.0 * units::seconds; // below the best case, 90 s
        auto r = run(b.build(), p);
        QVERIFY(r.recoveries > 10'000);
        QCOMPARE(r.probabilityRtoExceedsTarget, 1.0);
        b.design().targets.region.rto = 151.0 * units::seconds; // above the worst, 150 s
        r = run(b.build(), p);
        QCOMPARE(r.probabilityRtoExceedsTarget, 0.0);
        // At 120 s, the middle of uniform 90..150 s: half of them.
        b.design().targets.region.rto = 120.0 * units::seconds;
        r = run(b.build(), p);
        QVERIFY2(std::abs(r.probabilityRtoExceedsTarget - 0.5) < 0.02,
                 qPrintable(QString::number(r.probabilityRtoExceedsTarget)));
    }

    void rpoTargetBelowOrAboveTheScenario()
    {
        // MREC: typically 1 s but no bound (issue 21), so every loss of use1 (the only region
        // taking writes) is an unbounded loss event, and none adds to the bounded mean.
        auto b = test::workedExampleA();
        OutageSimulationParameters p;
        p.years = 20'000;
        b.design().targets.region.rpo = 0.0 * units::seconds;
        auto r = run(b.build(), p);
        QVERIFY(r.writeLossEvents > 10'000);
        QCOMPARE(r.probabilityRpoExceedsTarget, 1.0);
        QCOMPARE(r.unboundedLossEvents, r.writeLossEvents);
        QCOMPARE(r.meanWritesLostPerYear, 0.0);
        // No published bound: even 15 min is not assured, so every loss counts as exceeding.
        b.design().targets.region.rpo = 900.0 * units::seconds;
        r = run(b.build(), p);
        QCOMPARE(r.probabilityRpoExceedsTarget, 1.0);
    }

    void commonCauseDownsEveryRegion()
    {
        // β = 1: a process like a region's that takes both down. Its long-run unavailability
        // is a region's, 5.13435e-4 → 269.86 min/yr, on top of U² (0.14 min/yr).
        OutageSimulationParameters p;
        p.outageModel = OutageModel{};
        p.outageModel->commonCauseFraction = 1.0;
        p.failoverWindows = false;
        const auto r = run(test::workedExampleA().build(), p);
        QVERIFY(r.commonCauseEvents > 70'000);
        QVERIFY2(within(r.meanRegionalDowntimePerYear.value() / 60.0, 269.86 + 0.14, 0.03),
                 qPrintable(QString::number(r.meanRegionalDowntimePerYear.value() / 60.0)));
    }

    void aGlobalComponentFailsAtItsSlaRate()
    {
        // Global Accelerator, 99.99 %: U = 1e-4 → 52.56 min/yr.
        auto p = exponentialCheck();
        p.outageModel->regionOutagesPerYear = 0.0;
        p.globalMeanRepair = 6.0 * hour * units::seconds;
        const auto r = run(test::workedExampleA("aws.global-accelerator").build(), p);
        QVERIFY(r.globalFailures > 20'000);
        QVERIFY2(within(r.meanGlobalDowntimePerYear.value() / 60.0, 52.56, 0.03),
                 qPrintable(QString::number(r.meanGlobalDowntimePerYear.value() / 60.0)));
        QCOMPARE(r.meanDowntimePerYear, r.meanGlobalDowntimePerYear);
    }
};

QTEST_GUILESS_MAIN(TestOutageSimulation)
#include "tst_outagesimulation.moc"

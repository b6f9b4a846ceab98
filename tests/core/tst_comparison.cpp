#include "DesignBuilder.h"
#include "PriceRows.h"
#include "ReferenceDesigns.h"
#include "TestCatalogues.h"
#include "core/compare/ComparisonJson.h"
#include "core/compare/ComparisonText.h"
#include "core/compare/DesignComparison.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace rs;

namespace {

Review reviewOf(const Design& design, const PriceBook& book = test::lambdaRequestBook())
{
    ReviewOptions o;
    o.parts.outages = false;
    o.parts.tiers = false;
    o.fileName = design.name;
    return buildReview(design, test::builtInCatalogues(), "", book, o);
}

DesignComparison compare(const Design& before, const Design& after,
                         const ComparisonGates& gates = {})
{
    return compareDesigns(reviewOf(before), reviewOf(after), gates);
}

/// Worked example A without its standby's copy of the table: the us-west-2 function reads and
/// writes the table in us-east-1.
Design standbyWithoutReplica()
{
    auto b = test::workedExampleA();
    auto& d = b.design();
    d.services.erase(ServiceId{"db-usw2"});
    d.links.erase(LinkId{"l-fn-usw2-db-usw2-request"});
    d.links.erase(LinkId{"l-db-use1-db-usw2-replication"});
    b.link("fn-usw2", "db-use1", LinkKind::Request);
    return b.build();
}

/// A global load balancer with health checks in front of Cloud Run in europe-west1 and, when
/// `both`, europe-west4, each region able to take all traffic; nothing stateful, so a region
/// loss loses no data.
Design cloudRun(bool both)
{
    test::DesignBuilder b;
    b.tier(Tier::Critical)
        .region("euw1", "europe-west1", both ? 50 : 100, RegionRole::Active, both ? 100 : 0,
                Provider::Gcp)
        .service("lb", "gcp.cloud-load-balancing");
    if (both)
        b.region("euw4", "europe-west4", 50, RegionRole::Active, 100, Provider::Gcp);
    for (const std::string r : {"euw1", "euw4"}) {
        if (r == "euw4" && !both)
            continue;
        b.service("run-" + r, "gcp.cloud-run", r, {{"minInstances", std::int64_t{1}}})
            .link("lb", "run-" + r, LinkKind::Route)
            .link("lb", "run-" + r, LinkKind::HealthCheck);
    }
    return b.build();
}

/// Worked example A whose us-east-1 function calls the us-west-2 function on every request,
/// synchronously (a request link) or not (an event); the link keeps its id, as an edit does.
Design crossRegionCall(LinkKind kind)
{
    auto b = test::workedExampleA();
    Link l;
    l.id = LinkId{"l-cross"};
    l.from = ServiceId{"fn-use1"};
    l.to = ServiceId{"fn-usw2"};
    l.kind = kind;
    b.design().links.emplace(l.id, l);
    return b.build();
}

/// Worked example A with the us-east-1 function's id changed, its links following it (as the
/// builder names links after their ends, they get new ids too).
Design renamedFunction()
{
    auto b = test::workedExampleA();
    auto& d = b.design();
    auto fn = d.services.extract(ServiceId{"fn-use1"});
    fn.key() = ServiceId{"orders-fn-use1"};
    fn.mapped().id = fn.key();
    d.services.insert(std::move(fn));
    for (const auto& [from, to] : {std::pair{"api-use1", "fn-use1"}, {"fn-use1", "db-use1"}}) {
        auto l = d.links.extract(LinkId{std::string("l-") + from + "-" + to + "-" + "request"});
        d.links.erase(l.key());
        auto link = l.mapped();
        (link.from.value == "fn-use1" ? link.from : link.to) = ServiceId{"orders-fn-use1"};
        link.id = LinkId{"renamed-" + std::string(from) + "-" + to};
        d.links.emplace(link.id, link);
    }
    return b.build();
}

const RegionLossComparison& lossOf(const DesignComparison& c, const std::string& region)
{
    for (const auto& loss : c.regionLosses) {
        if (loss.regionId == region)
            return loss;
    }
    qFatal("no region loss of %s", region.c_str());
}

bool hasRule(const Findings& findings, const std::string& rule)
{
    return std::any_of(findings.begin(), findings.end(),
                       [&](const Finding& f) { return f.ruleId == rule; });
}

const ElementDiff* diffOf(const DesignComparison& c, const std::string& id)
{
    for (const auto& e : c.elements.elements) {
        if (e.beforeId == id || e.afterId == id)
            return &e;
    }
    return nullptr;
}

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT

private slots:
    void aDesignComparedWithItselfShowsNoChange()
    {
        const auto a = test::workedExampleA().build();
        const auto c = compare(a, a, {true, Severity::Info, Money(), 0.0});
        QCOMPARE(c.elements.count(ElementChange::Unchanged), a.elementCount());
        QVERIFY(c.findings.added.empty());
        QVERIFY(c.findings.removed.empty());
        QCOMPARE(c.findings.unchanged.size(), reviewOf(a).findings.size());
        for (const auto& loss : c.regionLosses)
            QCOMPARE(loss.change, VerdictChange::Same);
        QVERIFY(c.cost);
        QCOMPARE(c.cost->total.change(), Money());
        QVERIFY(c.assumptions.empty());
        // Every gate at its tightest, and nothing moved: nothing trips.
        QVERIFY(c.verdicts.passed());
    }

    void aReplicaAddedGivesTheHomeRegionLossARecovery()
    {
        const auto c = compare(standbyWithoutReplica(), test::workedExampleA().build(),
                               {true, std::nullopt, std::nullopt, std::nullopt});
        // Added: the table db-usw2, the standby function's request to it and the replication;
        // removed: the standby function's request across to us-east-1.
        QCOMPARE(c.elements.count(ElementChange::Added), std::size_t(3));
        QCOMPARE(c.elements.count(ElementChange::Removed), std::size_t(1));
        QCOMPARE(diffOf(c, "db-usw2")->change, ElementChange::Added);
        QCOMPARE(diffOf(c, "l-db-use1-db-usw2-replication")->type, ElementType::Link);
        QCOMPARE(diffOf(c, "l-fn-usw2-db-use1-request")->change, ElementChange::Removed);
        // After: worked example A (reference/resilience-model.md §6.6): Route 53 detects in
        // 30 s x 3 = 90 s, plus the 60 s TTL: a worst RTO of 150 s, within the critical tier's
        // 1 h. MREC replicates typically within 1 s with no published bound (S26): writes at
        // risk typically 200 rps x 25 % writes x 1 s = 50, and the 15 min RPO cannot be claimed.
        // Before, the table's only copy was in the lost region: no bound either. So the verdict
        // stays "missed" on both sides, and the comparison says so rather than "improved".
        const auto& home = lossOf(c, "use1");
        QCOMPARE(home.after->rto->worst.value(), 150.0);
        QCOMPARE(home.after->writesAtRiskTypical, 50.0);
        QCOMPARE(verdictText(home.after), std::string("missed (RPO)"));
        QVERIFY(verdictText(home.before).starts_with("missed ("));
        QCOMPARE(home.change, VerdictChange::Same);
        QCOMPARE(c.worstRtoAfter->value(), 150.0);
        // The cross-region call (RES-003) is gone with it.
        QVERIFY(hasRule(c.findings.removed, "RES-003"));
        QVERIFY(c.verdicts.passed());
    }

    void aRegionAddedMakesItsLossMeetTheTargets()
    {
        // One Cloud Run region, then two behind health checks: losing europe-west1 had no
        // recovery and now has one within the critical tier's 1 h, with no data to lose.
        const auto c = compare(cloudRun(false), cloudRun(true),
                               {true, std::nullopt, std::nullopt, std::nullopt});
        QCOMPARE(lossOf(c, "euw1").change, VerdictChange::Improved);
        QCOMPARE(lossOf(c, "euw4").change, VerdictChange::Added);
        QCOMPARE(c.verdicts.regionLossesImproved, std::size_t(1));
        // An improvement trips no gate.
        QVERIFY(c.verdicts.passed());
    }

    void aRegionRemovedRegressesItsLossAndTripsTheGates()
    {
        const auto c = compare(cloudRun(true), cloudRun(false),
                               {true, Severity::Error, std::nullopt, std::nullopt});
        // Removed: the region, its Cloud Run service, the route and the health check to it.
        QCOMPARE(c.elements.count(ElementChange::Removed), std::size_t(4));
        QCOMPARE(diffOf(c, "euw4")->change, ElementChange::Removed);
        // euw1 now serves all traffic: its share and headroom changed.
        QCOMPARE(diffOf(c, "euw1")->changedFields,
                 (std::vector<std::string>{"trafficPercent", "headroomPercent"}));
        // Losing europe-west1 met its targets (the other region took over); with nowhere to
        // go it has no recovery.
        const auto& lost = lossOf(c, "euw1");
        QVERIFY(judgeScenario(*lost.before).targetsMet());
        QVERIFY(!lost.after->rto);
        QCOMPARE(lost.change, VerdictChange::Regressed);
        QCOMPARE(lossOf(c, "euw4").change, VerdictChange::Removed);
        QVERIFY(!lossOf(c, "euw4").after);
        QCOMPARE(c.verdicts.regionLossesRegressed, std::size_t(1));
        QVERIFY(c.verdicts.targetsGateFailed);
        // A critical workload in one region: RES-001, an error, is new.
        QVERIFY(hasRule(c.findings.added, "RES-001"));
        QVERIFY(c.verdicts.findingsGateFailed);
        QVERIFY(!c.verdicts.passed());
        QCOMPARE(gateFailures(c).size(), std::size_t(2));
        // Two regions in parallel (1 - U^2) are more available than one alone (1 - U).
        QVERIFY(*c.availabilityAfter < *c.availabilityBefore);
    }

    void theSameGatesPassWhenNotAskedFor()
    {
        const auto c = compare(cloudRun(true), cloudRun(false));
        QCOMPARE(c.verdicts.regionLossesRegressed, std::size_t(1));
        QVERIFY(c.verdicts.passed());
    }

    void aSyncCallMadeAsyncResolvesTheCrossRegionFinding()
    {
        const auto c = compare(crossRegionCall(LinkKind::Request), crossRegionCall(LinkKind::Event),
                               {false, Severity::Info, std::nullopt, std::nullopt});
        const auto* link = diffOf(c, "l-cross");
        QVERIFY(link);
        QCOMPARE(link->change, ElementChange::Changed);
        QCOMPARE(link->changedFields, std::vector<std::string>{"kind"});
        QCOMPARE(c.elements.count(ElementChange::Changed), std::size_t(1));
        // RES-003 (no synchronous call crosses regions) stood on the request link, and is gone.
        QVERIFY(hasRule(c.findings.removed, "RES-003"));
        QVERIFY(!hasRule(c.findings.added, "RES-003"));
        QVERIFY(!hasRule(c.findings.unchanged, "RES-003"));
        const auto resolved = std::find_if(c.findings.removed.begin(), c.findings.removed.end(),
                                           [](const Finding& f) { return f.ruleId == "RES-003"; });
        QVERIFY(std::find(resolved->elements.begin(), resolved->elements.end(), "l-cross") !=
                resolved->elements.end());
    }

    void aPriceChangeMovesTheCostByCategoryRegionAndElement()
    {
        // The same design against two books: Lambda requests at $0.20 and $0.25 a million.
        // Worked example A carries the workload's 10 M requests a month, all served in
        // us-east-1 (100 % of traffic), one invocation each; free tiers are off by default
        // (assumption_defaults::freeTiers). So 10 M x $0.0000002 = $2.00 before and
        // 10 M x $0.00000025 = $2.50 after: +$0.50, +25 %.
        const auto a = test::workedExampleA().build();
        const auto book = [](const char* price) {
            return test::book({test::row("aws.lambda.requests", "us-east-1", "request", price),
                               test::row("aws.lambda.requests", "us-west-2", "request", price)});
        };
        const auto before = reviewOf(a, book("0.0000002"));
        const auto after = reviewOf(a, book("0.00000025"));
        const auto cents = [](const char* text) { return *Money::parse(text); };
        const auto gated = [&](std::optional<Money> amount, std::optional<double> percent) {
            return compareDesigns(before, after, {false, std::nullopt, amount, percent});
        };
        const auto c = gated(std::nullopt, std::nullopt);
        QVERIFY(c.cost);
        QCOMPARE(c.cost->total.before, cents("2"));
        QCOMPARE(c.cost->total.after, cents("2.5"));
        QCOMPARE(c.cost->total.change(), cents("0.5"));
        QCOMPARE(*c.cost->total.percent(), 25.0);
        // Everything but Lambda requests is unpriced on both sides: the change is incomplete,
        // and every output says so.
        QVERIFY(!c.cost->total.complete());
        QVERIFY(c.cost->beforeUnpriced > 0);
        QCOMPARE(QString::fromStdString(costChangeText(c.cost->total, {})),
                 QString("+0.50 USD (+25 %), incomplete"));
        // By region: only us-east-1 serves, so all of it is there; us-west-2 runs nothing.
        const auto east = std::find_if(c.cost->byRegion.begin(), c.cost->byRegion.end(),
                                       [](const CostDelta& d) { return d.key == "us-east-1"; });
        QCOMPARE(east->change(), cents("0.5"));
        // By element: the one function whose price moved, nothing else.
        QCOMPARE(c.cost->byElement.size(), std::size_t(1));
        QCOMPARE(c.cost->byElement.front().key, std::string("fn-use1"));
        // Baseline: us-east-1's function is the single-region baseline.
        QCOMPARE(c.cost->byCategory.front().key, std::string("baseline"));
        QCOMPARE(c.cost->byCategory.front().change(), cents("0.5"));
        // The elements and findings did not move.
        QCOMPARE(c.elements.count(ElementChange::Unchanged), a.elementCount());
        QVERIFY(c.findings.added.empty() && c.findings.removed.empty());
        // The gates: +$0.50 is over $0.49, not over $0.50; +25 % is over 24 %, not over 25 %.
        QVERIFY(gated(cents("0.49"), std::nullopt).verdicts.costGateFailed);
        QVERIFY(!gated(cents("0.5"), std::nullopt).verdicts.costGateFailed);
        QVERIFY(gated(std::nullopt, 24.0).verdicts.costGateFailed);
        QVERIFY(!gated(std::nullopt, 25.0).verdicts.costGateFailed);
    }

    void aRenamedElementIsPairedAndKeepsItsFindingsAndCost()
    {
        const auto c = compare(test::workedExampleA().build(), renamedFunction());
        const auto* fn = diffOf(c, "fn-use1");
        QCOMPARE(fn->change, ElementChange::Renamed);
        QCOMPARE(fn->afterId, std::string("orders-fn-use1"));
        QVERIFY(fn->changedFields.empty());
        // Its two links, renamed too, pair up through it: same kind between the same services.
        QCOMPARE(diffOf(c, "l-api-use1-fn-use1-request")->afterId,
                 std::string("renamed-api-use1-fn-use1"));
        QCOMPARE(c.elements.count(ElementChange::Renamed), std::size_t(3));
        QCOMPARE(c.elements.count(ElementChange::Added), std::size_t(0));
        // Nothing else changed, so no finding moved and no cost did.
        QVERIFY(c.findings.added.empty());
        QVERIFY(c.findings.removed.empty());
        QVERIFY(c.cost->byElement.empty());
    }

    void twoServicesOfOneKindInOneRegionAreNotGuessedAtWithoutTheirLinks()
    {
        // Two new Lambda functions in us-east-1 with no links: either could be the old one, so
        // neither is taken for a rename.
        auto before = test::DesignBuilder().region("use1", "us-east-1", 100);
        before.service("a", "aws.lambda", "use1");
        auto after = test::DesignBuilder().region("use1", "us-east-1", 100);
        after.service("b", "aws.lambda", "use1").service("c", "aws.lambda", "use1");
        const auto match = matchElements(before.build(), after.build());
        QCOMPARE(match.count(ElementChange::Renamed), std::size_t(0));
        QCOMPARE(match.count(ElementChange::Removed), std::size_t(1));
        QCOMPARE(match.count(ElementChange::Added), std::size_t(2));
    }

    void designsOfDifferentProvidersStillCompare()
    {
        const auto aws = test::workedExampleA().build();
        auto azure = test::DesignBuilder()
                         .region("weu", "westeurope", 100, RegionRole::Active, 0.0, Provider::Azure)
                         .service("fn", "azure.functions", "weu")
                         .build();
        const auto c = compare(aws, azure);
        // Nothing in common: every element removed, every one added.
        QCOMPARE(c.elements.count(ElementChange::Removed), aws.elementCount());
        QCOMPARE(c.elements.count(ElementChange::Added), azure.elementCount());
        QCOMPARE(c.elements.count(ElementChange::Unchanged), std::size_t(0));
        QCOMPARE(lossOf(c, "use1").change, VerdictChange::Removed);
        QCOMPARE(lossOf(c, "weu").change, VerdictChange::Added);
    }

    void assumptionsThatDifferAreListed()
    {
        const auto a = test::workedExampleA().build();
        auto b = a;
        b.assumptions.hoursPerMonth = 720.0;
        const auto c = compare(a, b);
        QCOMPARE(c.assumptions.size(), std::size_t(1));
        QCOMPARE(c.assumptions.front().key, std::string("hoursPerMonth"));
        QCOMPARE(c.assumptions.front().before, std::string("730 h"));
        QCOMPARE(c.assumptions.front().after, std::string("720 h"));
    }

    void theMarkdownLeadsWithTheSummaryAndEscapesDesignText()
    {
        auto before = cloudRun(true);
        before.name = "Orders | <b>today</b>";
        auto after = cloudRun(false);
        after.name = "Orders *one region*";
        const auto c = compare(before, after, {true, Severity::Error, std::nullopt, std::nullopt});
        const auto md = comparisonMarkdown(c);
        // Saved for a person to read (ctest's output folder).
        QDir().mkpath(RS_TEST_OUTPUT_DIR);
        QFile file(RS_TEST_OUTPUT_DIR "/comparison.md");
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(md.data(), qint64(md.size()));
        // The heading, the gates, then the summary table before any collapsed detail.
        QVERIFY(md.starts_with("### Resilience: Orders \\| &lt;b&gt;today&lt;/b&gt; → Orders "
                               "\\*one region\\*\n"));
        QVERIFY(md.find("**Gate failed:** 1 region loss that met its targets now misses") !=
                std::string::npos);
        const auto table = md.find("| | Before | After | Change |");
        QVERIFY(table != std::string::npos);
        QVERIFY(table < md.find("<details>"));
        QVERIFY(md.find("| Region losses meeting targets | 2 of 2 | 0 of 1 | **1 now missed** |") !=
                std::string::npos);
        QVERIFY(md.find("<b>") == std::string::npos);
        // Every detail block is closed.
        std::size_t opened = 0, closed = 0;
        for (auto at = md.find("<details>"); at != std::string::npos;
             at = md.find("<details>", at + 1))
            ++opened;
        for (auto at = md.find("</details>"); at != std::string::npos;
             at = md.find("</details>", at + 1))
            ++closed;
        QVERIFY(opened >= 3);
        QCOMPARE(opened, closed);
    }

    void theJsonCarriesEverySection()
    {
        const auto c = compare(cloudRun(true), cloudRun(false),
                               {true, std::nullopt, std::nullopt, std::nullopt});
        const auto j = nlohmann::json::parse(writeComparisonJson(c));
        QCOMPARE(j.at("comparisonFormatVersion").get<int>(), comparisonFormatVersion);
        QCOMPARE(j.at("elements").at("removed").get<int>(), 4);
        QCOMPARE(j.at("regionLossesRegressed").get<int>(), 1);
        QCOMPARE(j.at("gates").at("targetsGateFailed").get<bool>(), true);
        QCOMPARE(j.at("passed").get<bool>(), false);
        const auto& loss = j.at("regionLosses").at(0);
        QCOMPARE(loss.at("region").get<std::string>(), std::string("euw1"));
        QVERIFY(loss.at("before").at("targetsMet").get<bool>());
        QVERIFY(loss.at("after").at("rtoSeconds").is_null());
        QVERIFY(j.at("cost").at("total").at("complete").get<bool>() == false);
    }
};

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"

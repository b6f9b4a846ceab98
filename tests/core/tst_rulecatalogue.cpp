#include "DesignBuilder.h"
#include "ReferenceDesigns.h"
#include "TestCatalogues.h"
#include "core/rules/RuleCatalogue.h"

#include <QTest>

#include <set>

using namespace rs;

class TestRuleCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void everyRuleIsComplete()
    {
        const auto rules = builtInRules();
        QVERIFY2(rules.size() >= 40, qPrintable(QString::number(rules.size())));
        std::set<std::string_view> ids;
        for (const auto& rule : rules) {
            QVERIFY2(ids.insert(rule.id).second, rule.id.data());
            QVERIFY2(rule.id.size() == 7 && rule.id.starts_with("RES-"), rule.id.data());
            QVERIFY2(!rule.title.empty(), rule.id.data());
            QVERIFY2(!rule.rationale.empty(), rule.id.data());
            QVERIFY2(!rule.source.empty(), rule.id.data());
            QVERIFY2(!rule.remediation.empty(), rule.id.data());
            QVERIFY2(rule.check != nullptr, rule.id.data());
        }
        QCOMPARE(findRule("RES-001")->id, std::string_view("RES-001"));
        QVERIFY(!findRule("RES-999"));
    }

    void everyRuleHasTheReferenceSeverityAndArea_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("severity");
        QTest::addColumn<int>("area");
        // reference/resilience-model.md §5, one row per proposed rule.
        QTest::newRow("RES-001") << "RES-001" << int(Severity::Error) << int(RuleArea::Topology);
        QTest::newRow("RES-002") << "RES-002" << int(Severity::Error) << int(RuleArea::Topology);
        QTest::newRow("RES-003") << "RES-003" << int(Severity::Warning) << int(RuleArea::Topology);
        QTest::newRow("RES-004") << "RES-004" << int(Severity::Error) << int(RuleArea::Topology);
        QTest::newRow("RES-005") << "RES-005" << int(Severity::Warning) << int(RuleArea::Topology);
        QTest::newRow("RES-006") << "RES-006" << int(Severity::Warning) << int(RuleArea::Topology);
        QTest::newRow("RES-007") << "RES-007" << int(Severity::Error) << int(RuleArea::Topology);
        QTest::newRow("RES-008") << "RES-008" << int(Severity::Info) << int(RuleArea::Topology);
        QTest::newRow("RES-009") << "RES-009" << int(Severity::Warning) << int(RuleArea::Topology);
        QTest::newRow("RES-010") << "RES-010" << int(Severity::Error) << int(RuleArea::Data);
        QTest::newRow("RES-011") << "RES-011" << int(Severity::Warning) << int(RuleArea::Data);
        QTest::newRow("RES-012") << "RES-012" << int(Severity::Warning) << int(RuleArea::Data);
        QTest::newRow("RES-013") << "RES-013" << int(Severity::Error) << int(RuleArea::Data);
        QTest::newRow("RES-014") << "RES-014" << int(Severity::Warning) << int(RuleArea::Data);
        QTest::newRow("RES-015") << "RES-015" << int(Severity::Warning) << int(RuleArea::Data);
        QTest::newRow("RES-016") << "RES-016" << int(Severity::Warning) << int(RuleArea::Data);
        QTest::newRow("RES-017") << "RES-017" << int(Severity::Error) << int(RuleArea::Data);
        QTest::newRow("RES-018") << "RES-018" << int(Severity::Info) << int(RuleArea::Data);
        QTest::newRow("RES-019") << "RES-019" << int(Severity::Info) << int(RuleArea::Data);
        QTest::newRow("RES-020") << "RES-020" << int(Severity::Error) << int(RuleArea::Data);
        QTest::newRow("RES-021") << "RES-021" << int(Severity::Error) << int(RuleArea::Traffic);
        QTest::newRow("RES-022") << "RES-022" << int(Severity::Warning) << int(RuleArea::Traffic);
        QTest::newRow("RES-023") << "RES-023" << int(Severity::Warning) << int(RuleArea::Traffic);
        QTest::newRow("RES-024") << "RES-024" << int(Severity::Warning) << int(RuleArea::Traffic);
        QTest::newRow("RES-025") << "RES-025" << int(Severity::Error) << int(RuleArea::Traffic);
        QTest::newRow("RES-026") << "RES-026" << int(Severity::Warning) << int(RuleArea::Traffic);
        QTest::newRow("RES-027") << "RES-027" << int(Severity::Warning) << int(RuleArea::Traffic);
        QTest::newRow("RES-028") << "RES-028" << int(Severity::Error) << int(RuleArea::Traffic);
        QTest::newRow("RES-029") << "RES-029" << int(Severity::Info) << int(RuleArea::Traffic);
        QTest::newRow("RES-030") << "RES-030" << int(Severity::Info) << int(RuleArea::Traffic);
        QTest::newRow("RES-031") << "RES-031" << int(Severity::Error) << int(RuleArea::Security);
        QTest::newRow("RES-032") << "RES-032" << int(Severity::Warning) << int(RuleArea::Security);
        QTest::newRow("RES-033") << "RES-033" << int(Severity::Error) << int(RuleArea::Security);
        QTest::newRow("RES-034") << "RES-034" << int(Severity::Warning) << int(RuleArea::Security);
        QTest::newRow("RES-035") << "RES-035" << int(Severity::Warning) << int(RuleArea::Security);
        QTest::newRow("RES-036") << "RES-036" << int(Severity::Info) << int(RuleArea::Security);
        QTest::newRow("RES-037") << "RES-037" << int(Severity::Warning)
                                 << int(RuleArea::Operations);
        QTest::newRow("RES-038") << "RES-038" << int(Severity::Warning)
                                 << int(RuleArea::Operations);
        QTest::newRow("RES-039") << "RES-039" << int(Severity::Warning)
                                 << int(RuleArea::Operations);
        QTest::newRow("RES-040") << "RES-040" << int(Severity::Info) << int(RuleArea::Operations);
        QTest::newRow("RES-041") << "RES-041" << int(Severity::Warning)
                                 << int(RuleArea::Operations);
        QTest::newRow("RES-042") << "RES-042" << int(Severity::Warning) << int(RuleArea::Capacity);
        QTest::newRow("RES-043") << "RES-043" << int(Severity::Info) << int(RuleArea::Capacity);
        QTest::newRow("RES-044") << "RES-044" << int(Severity::Error) << int(RuleArea::Residency);
        QTest::newRow("RES-045") << "RES-045" << int(Severity::Warning) << int(RuleArea::Residency);
        QTest::newRow("RES-046") << "RES-046" << int(Severity::Error) << int(RuleArea::Data);
        QTest::newRow("RES-047") << "RES-047" << int(Severity::Warning) << int(RuleArea::Data);
        QTest::newRow("RES-048") << "RES-048" << int(Severity::Warning) << int(RuleArea::Traffic);
        QTest::newRow("RES-049") << "RES-049" << int(Severity::Warning) << int(RuleArea::Traffic);
        QTest::newRow("RES-050") << "RES-050" << int(Severity::Warning)
                                 << int(RuleArea::Operations);
        QTest::newRow("RES-051") << "RES-051" << int(Severity::Info) << int(RuleArea::Residency);
    }

    void everyRuleHasTheReferenceSeverityAndArea()
    {
        QFETCH(QString, id);
        QFETCH(int, severity);
        QFETCH(int, area);
        const auto* rule = findRule(id.toStdString());
        QVERIFY(rule);
        QCOMPARE(int(rule->defaultSeverity), severity);
        QCOMPARE(int(rule->area), area);
    }

    void aDesignCanSwitchARuleOffOrChangeItsSeverity()
    {
        // A critical workload in one region: RES-001 (error) fires.
        auto design = test::DesignBuilder()
                          .tier(Tier::Critical)
                          .region("use1", "us-east-1", 100)
                          .service("api", "aws.api-gateway", "use1")
                          .service("fn", "aws.lambda", "use1")
                          .link("api", "fn", LinkKind::Request)
                          .build();
        const auto count = [&](const Findings& f, Severity s) {
            return std::count_if(f.begin(), f.end(), [&](const Finding& x) {
                return x.ruleId == "RES-001" && x.severity == s;
            });
        };
        const auto findings = checkDesign(DesignIndex(design, test::builtInCatalogues()));
        QCOMPARE(count(findings, Severity::Error), 1);

        design.ruleSettings["RES-001"] = {true, Severity::Info};
        const auto downgraded = checkDesign(DesignIndex(design, test::builtInCatalogues()));
        QCOMPARE(count(downgraded, Severity::Error), 0);
        QCOMPARE(count(downgraded, Severity::Info), 1);

        design.ruleSettings["RES-001"] = {false, std::nullopt};
        const auto off = checkDesign(DesignIndex(design, test::builtInCatalogues()));
        QCOMPARE(count(off, Severity::Error) + count(off, Severity::Info), 0);
    }

    void findingsComeErrorsFirst()
    {
        const auto design = test::singleRegionStack();
        const auto findings = checkDesign(DesignIndex(design, test::builtInCatalogues()));
        QVERIFY(findings.size() >= 2);
        QVERIFY(std::is_sorted(
            findings.begin(), findings.end(),
            [](const Finding& a, const Finding& b) { return a.severity > b.severity; }));
    }
};

QTEST_GUILESS_MAIN(TestRuleCatalogue)
#include "tst_rulecatalogue.moc"

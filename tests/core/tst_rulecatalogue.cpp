#include "DesignBuilder.h"
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
        const auto design = test::DesignBuilder()
                                .tier(Tier::Critical)
                                .region("use1", "us-east-1", 100)
                                .service("api", "aws.api-gateway", "use1")
                                .service("fn", "aws.lambda", "use1")
                                .service("db", "aws.dynamodb", "use1")
                                .link("api", "fn", LinkKind::Request)
                                .link("fn", "db", LinkKind::Request)
                                .build();
        const auto findings = checkDesign(DesignIndex(design, test::builtInCatalogues()));
        QVERIFY(findings.size() >= 2);
        QVERIFY(std::is_sorted(
            findings.begin(), findings.end(),
            [](const Finding& a, const Finding& b) { return a.severity > b.severity; }));
    }
};

QTEST_GUILESS_MAIN(TestRuleCatalogue)
#include "tst_rulecatalogue.moc"

#include "core/Assumptions.h"
#include "core/review/ReferenceSources.h"
#include "core/rules/RuleCatalogue.h"

#include <QTest>

using namespace rs;

namespace {

using Ids = std::vector<std::string>;

/// What a customer cannot follow: our own documents and their section numbers.
bool citesInternalDocument(std::string_view text)
{
    return text.find("\u00a7") != std::string_view::npos ||
           text.find(".md") != std::string_view::npos ||
           text.find("reference/") != std::string_view::npos;
}

} // namespace

class TestReferenceSources : public QObject
{
    Q_OBJECT

private slots:
    void theListHasEveryIdOnceWithATitle()
    {
        // reference/resilience-model.md lists S1 to S60 (S13–S15 as one line, here three).
        const auto list = referenceSources();
        QCOMPARE(list.size(), std::size_t{60});
        for (std::size_t i = 0; i < list.size(); ++i) {
            QCOMPARE(list[i].id, std::string_view("S" + std::to_string(i + 1)));
            QVERIFY2(list[i].title.size() > 10, list[i].id.data());
        }
        QCOMPARE(findReferenceSource("S52")->title,
                 std::string_view("AWS Well-Architected Framework, Reliability pillar (rel01…rel13 "
                                  "pages)"));
        QCOMPARE(findReferenceSource("S21")->link,
                 std::string_view("aws.amazon.com/global-accelerator/sla"));
        QVERIFY(!findReferenceSource("S61"));
        QVERIFY(!findReferenceSource("S0"));
    }

    void aCitationNamesItsIds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("list") << "AWS Well-Architected (S52, S57)" << QStringList{"S52", "S57"};
        QTest::newRow("hyphen range")
            << "router timings (S1-S5, S10)" << QStringList{"S1", "S2", "S3", "S4", "S5", "S10"};
        QTest::newRow("en dash range")
            << "Front Door S13\u2013S15" << QStringList{"S13", "S14", "S15"};
        QTest::newRow("range without a second S")
            << "incidents (S46-48)" << QStringList{"S46", "S47", "S48"};
        QTest::newRow("each once") << "S26; S26 and (S26)" << QStringList{"S26"};
        // Amazon S3, the storage service, is never a citation: a cited id is not followed by a
        // word; nor is the S of a rule id, nor an id past the list.
        QTest::newRow("S3 the service")
            << "Amazon S3 User Guide, S3 Replication Time Control (S39)" << QStringList{"S39"};
        QTest::newRow("S3 at a line end") << "Amazon S3\nUser Guide (S40)" << QStringList{"S40"};
        QTest::newRow("rule id") << "see RES-018 and RES-3" << QStringList{};
        QTest::newRow("unknown id") << "S61, S0, S520" << QStringList{};
        QTest::newRow("inside a word") << "US52, S52x, SS52" << QStringList{};
    }

    void aCitationNamesItsIds()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, ids);
        Ids expected;
        for (const auto& id : ids)
            expected.push_back(id.toStdString());
        QCOMPARE(citedReferenceIds(text.toStdString()), expected);
    }

    void everyRuleCitesListedSourcesAndNoInternalDocument()
    {
        for (const auto& rule : builtInRules()) {
            for (const auto text : {rule.source, rule.rationale, rule.remediation})
                QVERIFY2(!citesInternalDocument(text), rule.id.data());
        }
        // Spot checks, read from the rule table: RES-022 cites the router timings S1 to S5.
        const auto ids = citedReferenceIds(findRule("RES-022")->source);
        QCOMPARE(ids.front(), std::string("S52"));
        QVERIFY(std::find(ids.begin(), ids.end(), "S3") != ids.end());
        QVERIFY(std::find(ids.begin(), ids.end(), "S24") != ids.end());
    }

    void everyAssumptionReadsAsProseAndCitesListedSources()
    {
        for (const auto& a : assumptionsInForce(Assumptions{}))
            QVERIFY2(!citesInternalDocument(a.source), a.key.c_str());
        // The outage rate cites the six incident reports and statistics, S46 to S51.
        const auto rate = assumptionsInForce(Assumptions{}).front();
        QCOMPARE(citedReferenceIds(rate.source), (Ids{"S46", "S47", "S48", "S49", "S50", "S51"}));
    }
};

QTEST_GUILESS_MAIN(TestReferenceSources)
#include "tst_referencesources.moc"

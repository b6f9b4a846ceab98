#include "DockFixtures.h"
#include "core/rules/RuleCatalogue.h"
#include "docks/FindingsDock.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace rs;
using docks::FindingsDock;

namespace {

/// Two errors, one warning and nothing informational, from real rules so they can be explained.
Findings sampleFindings()
{
    const auto rules = builtInRules();
    return {
        {std::string(rules[0].id), Severity::Error, "the only region", {"use1"}},
        {std::string(rules[1].id), Severity::Error, "no replica", {"db", "use1"}},
        {std::string(rules[2].id), Severity::Warning, "long TTL", {"dns"}},
    };
}

QTreeWidget* treeOf(FindingsDock& dock)
{
    return dock.findChild<QTreeWidget*>();
}

} // namespace

class TestFindingsDock : public QObject
{
    Q_OBJECT

private slots:
    void groupsBySeverityWithCounts()
    {
        FindingsDock dock;
        dock.setFindings(sampleFindings(), {});
        auto* tree = treeOf(dock);
        QCOMPARE(tree->topLevelItemCount(), 2); // no empty "Information" group
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Errors (2)"));
        QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("Warnings (1)"));
        QCOMPARE(tree->topLevelItem(0)->childCount(), 2);
        const auto* second = tree->topLevelItem(0)->child(1);
        QCOMPARE(second->text(0), QString::fromStdString(sampleFindings()[1].ruleId));
        QCOMPARE(second->text(1), QStringLiteral("no replica"));
        QCOMPARE(tree->topLevelItem(1)->child(0)->text(1), QStringLiteral("long TTL"));
    }

    void choosingAFindingAsksForItsElements()
    {
        FindingsDock dock;
        dock.resize(500, 400);
        dock.setFindings(sampleFindings(), {{"db", "Orders table (db)"}});
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QSignalSpy activated(&dock, &FindingsDock::elementsActivated);
        auto* tree = treeOf(dock);
        const auto* item = tree->topLevelItem(0)->child(1);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                          tree->visualItemRect(item).center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.front().front().toStringList(),
                 (QStringList{QStringLiteral("db"), QStringLiteral("use1")}));
        QVERIFY(item->toolTip(1).contains(QStringLiteral("Orders table (db)")));

        // A group header concerns no element.
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                          tree->visualItemRect(tree->topLevelItem(1)).center());
        QCOMPARE(activated.count(), 1);
    }

    void explainsTheRuleOnDemand()
    {
        FindingsDock dock;
        dock.setFindings(sampleFindings(), {});
        QVERIFY(!dock.isExplanationVisible());
        dock.setExplanationVisible(true);
        QVERIFY(dock.isExplanationVisible());
        auto* tree = treeOf(dock);
        tree->setCurrentItem(tree->topLevelItem(1)->child(0));
        const auto* rule = findRule(sampleFindings()[2].ruleId);
        QVERIFY(rule);
        const auto text = dock.explanationText();
        QVERIFY2(text.contains(QString::fromStdString(std::string(rule->rationale))),
                 qPrintable(text));
        QVERIFY(text.contains(QString::fromStdString(std::string(rule->remediation))));
        QVERIFY(text.contains(QString::fromStdString(std::string(rule->source))));
        QVERIFY(text.contains(QStringLiteral("long TTL")));
    }

    void textFromTheDesignIsNeverMarkup()
    {
        FindingsDock dock;
        Findings findings{{"RES-001", Severity::Error, "<b>Orders</b> & <i>co</i>", {"x"}}};
        dock.setFindings(findings, {{"x", "<img src=x>"}});
        dock.setExplanationVisible(true);
        auto* tree = treeOf(dock);
        tree->setCurrentItem(tree->topLevelItem(0)->child(0));
        QVERIFY(dock.explanationText().contains(QStringLiteral("<b>Orders</b> & <i>co</i>")));
        QVERIFY(dock.explanationText().contains(QStringLiteral("<img src=x>")));
    }

    void unchangedFindingsKeepTheTreeAsTheUserLeftIt()
    {
        FindingsDock dock;
        dock.setFindings(sampleFindings(), {});
        auto* tree = treeOf(dock);
        auto* errors = tree->topLevelItem(0);
        errors->setExpanded(false);
        tree->setCurrentItem(tree->topLevelItem(1)->child(0));
        dock.setFindings(sampleFindings(), {});
        QCOMPARE(tree->topLevelItem(0), errors); // not rebuilt

        // A new list is rebuilt, keeping the collapsed group and the chosen finding.
        auto more = sampleFindings();
        more.push_back({"RES-999", Severity::Info, "a note", {}});
        dock.setFindings(more, {});
        QCOMPARE(tree->topLevelItemCount(), 3);
        QVERIFY(!tree->topLevelItem(0)->isExpanded());
        QVERIFY(tree->topLevelItem(1)->isExpanded());
        QVERIFY(tree->currentItem());
        QCOMPARE(tree->currentItem()->text(1), QStringLiteral("long TTL"));
    }

    void screenshotOfEachExample_data() { test::addExampleRows(); }

    void screenshotOfEachExample()
    {
        QFETCH(QString, file);
        const auto results = test::directResults(test::exampleDesign(file), nullptr);
        FindingsDock dock;
        dock.resize(620, 420);
        dock.setResults(results);
        dock.setExplanationVisible(true);
        auto* tree = treeOf(dock);
        QCOMPARE(test::findingRows(*tree), int(results.findings.size()));
        if (tree->topLevelItemCount() > 0 && tree->topLevelItem(0)->childCount() > 0)
            tree->setCurrentItem(tree->topLevelItem(0)->child(0));
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QVERIFY(test::saveScreenshot(dock, "findings-" + QFileInfo(file).completeBaseName()));
    }
};

QTEST_MAIN(TestFindingsDock)
#include "tst_findingsdock.moc"

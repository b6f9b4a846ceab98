#include "PriceRows.h"
#include "TestCatalogues.h"
#include "compare/CompareWindow.h"
#include "compare/ComparisonDiagram.h"
#include "core/DesignFile.h"
#include "core/DesignFormat.h"

#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace rs;

namespace {

nlohmann::json example02()
{
    return nlohmann::json::parse(
        readTextFile(test::sourcePath("resources/examples/02-aws-active-passive.json")).value());
}

/// Example 02 changed the four ways the view marks: the us-east-1 function renamed (its links
/// follow it), the us-west-2 table made strongly consistent, the us-west-2 bucket removed with
/// its three links, and a queue added behind the us-east-1 API. (A link added to the renamed
/// function would make it a different element: a rename keeps the links.)
nlohmann::json changedExample()
{
    auto d = example02();
    for (auto& s : d["services"]) {
        if (s["id"] == "fn-use1")
            s["id"] = "orders-fn-use1";
        if (s["id"] == "orders-db-usw2")
            s["properties"]["replicationMode"] = "sync-quorum";
    }
    for (auto& l : d["links"]) {
        for (const char* end : {"from", "to"}) {
            if (l[end] == "fn-use1")
                l[end] = "orders-fn-use1";
        }
    }
    auto& services = d["services"];
    services.erase(std::remove_if(services.begin(), services.end(),
                                  [](const auto& s) { return s["id"] == "docs-usw2"; }),
                   services.end());
    auto& links = d["links"];
    links.erase(std::remove_if(links.begin(), links.end(),
                               [](const auto& l) {
                                   return l["from"] == "docs-usw2" || l["to"] == "docs-usw2";
                               }),
                links.end());
    services.push_back({{"id", "queue-use1"},
                        {"kind", "aws.sqs"},
                        {"name", "Order events"},
                        {"region", "use1"},
                        {"properties", nlohmann::json::object()},
                        {"layout", {{"x", 396}, {"y", 407}}}});
    links.push_back({{"id", "l-api-queue-use1"},
                     {"from", "api-use1"},
                     {"to", "queue-use1"},
                     {"kind", "event"},
                     {"payloadBytes", 1024},
                     {"callsPerRequest", 1},
                     {"encrypted", true},
                     {"privateNetwork", false}});
    return d;
}

Design read(const nlohmann::json& j)
{
    auto design = readDesign(j.dump(), test::builtInCatalogues());
    if (!design)
        qFatal("%s", design.errors().front().toString().c_str());
    return std::move(design).value();
}

Review reviewOf(const Design& design, const PriceBook& book)
{
    return buildReview(design, test::builtInCatalogues(), "", &book, comparisonOptions(design, {}));
}

} // namespace

class TestCompareWindow : public QObject
{
    Q_OBJECT

private slots:
    void theViewMarksEachChangeOnItsSideAndShowsTheTables()
    {
        const auto before = read(example02());
        const auto after = read(changedExample());
        const auto book = test::book(test::bundledRows());
        auto comparison = compareDesigns(reviewOf(before, book), reviewOf(after, book));
        ui::CompareWindow window({before, "02-aws-active-passive.json", "/designs/02.json"},
                                 {after, "proposed.json", {}}, std::move(comparison),
                                 test::builtInCatalogues());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Before: what is gone or different there; after: what is new or different.
        const auto& was = window.diagram(false)->marks();
        QCOMPARE(was.at("fn-use1"), ElementChange::Renamed);
        QCOMPARE(was.at("docs-usw2"), ElementChange::Removed);
        QCOMPARE(was.at("orders-db-usw2"), ElementChange::Changed);
        QCOMPARE(was.at("l-docs-repl"), ElementChange::Removed);
        QVERIFY(!was.contains("queue-use1"));
        // The bucket, its three links, the function, the table: 6 marks.
        QCOMPARE(was.size(), std::size_t(6));
        const auto& now = window.diagram(true)->marks();
        QCOMPARE(now.at("orders-fn-use1"), ElementChange::Renamed);
        QCOMPARE(now.at("queue-use1"), ElementChange::Added);
        QCOMPARE(now.at("l-api-queue-use1"), ElementChange::Added);
        QCOMPARE(now.at("orders-db-usw2"), ElementChange::Changed);
        QVERIFY(!now.contains("docs-usw2"));
        QCOMPARE(now.size(), std::size_t(4));

        // The tables: summary, region losses, findings, cost, elements.
        QCOMPARE(window.tables()->count(), 5);
        auto* elements = qobject_cast<QTableWidget*>(window.tables()->widget(4));
        QVERIFY(elements);
        // 1 renamed + 1 changed + 1 removed service, 3 removed links, 1 added service and link.
        QCOMPARE(elements->rowCount(), 8);
        auto* losses = qobject_cast<QTableWidget*>(window.tables()->widget(1));
        QCOMPARE(losses->rowCount(), 2); // use1 and usw2 on both sides

        window.tables()->setCurrentIndex(4);
        QDir().mkpath(RS_TEST_OUTPUT_DIR);
        QVERIFY(window.grab().save(RS_TEST_OUTPUT_DIR "/compare-window.png"));
    }

    void openAsksForTheSideItIsUnder()
    {
        const auto design = read(example02());
        const auto book = test::book(test::bundledRows());
        const auto review = reviewOf(design, book);
        ui::CompareWindow window({design, "saved", "/designs/02.json"}, {design, "open", {}},
                                 compareDesigns(review, review), test::builtInCatalogues());
        QSignalSpy opened(&window, &ui::CompareWindow::openRequested);
        window.findChild<QPushButton*>("openBefore")->click();
        window.findChild<QPushButton*>("openAfter")->click();
        QCOMPARE(opened.count(), 2);
        QCOMPARE(opened[0][0].toString(), QString("/designs/02.json"));
        QVERIFY(opened[1][0].toString().isEmpty()); // the design already open
        // Nothing changed: nothing marked on either side.
        QVERIFY(window.diagram(false)->marks().empty());
        QVERIFY(window.diagram(true)->marks().empty());
    }
};

QTEST_MAIN(TestCompareWindow)
#include "tst_comparewindow.moc"

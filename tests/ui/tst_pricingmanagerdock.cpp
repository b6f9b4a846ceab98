#include "DockFixtures.h"
#include "PriceDiffView.h"
#include "docks/PricingManagerDock.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace rs;
using docks::PricingManagerDock;
using pricing::VersionInfo;
using pricing::VersionStatus;

namespace {

VersionInfo version(int id, Provider provider, VersionStatus status)
{
    VersionInfo v;
    v.id = id;
    v.provider = provider;
    v.status = status;
    v.source = "test " + std::to_string(id);
    v.effectiveDate = "2026-0" + std::to_string(id) + "-01";
    v.rowCount = 10 * id;
    return v;
}

/// aws 1 (old), aws 3 (active), aws 4 (imported later, not activated); azure 2 (active, alone).
std::vector<VersionInfo> sampleVersions()
{
    return {version(1, Provider::Aws, VersionStatus::Inactive),
            version(2, Provider::Azure, VersionStatus::Active),
            version(3, Provider::Aws, VersionStatus::Active),
            version(4, Provider::Aws, VersionStatus::Inactive)};
}

QAction* action(PricingManagerDock& dock, const QString& text)
{
    for (auto* a : dock.findChild<QToolBar*>()->actions()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

} // namespace

class TestPricingManagerDock : public QObject
{
    Q_OBJECT

private slots:
    void rollingBackGoesToTheVersionBeforeTheActiveOne()
    {
        const auto versions = sampleVersions();
        QCOMPARE(PricingManagerDock::rollbackTarget(versions, Provider::Aws), std::optional{1});
        QCOMPARE(PricingManagerDock::rollbackTarget(versions, Provider::Azure), std::nullopt);
        QCOMPARE(PricingManagerDock::rollbackTarget(versions, Provider::Gcp), std::nullopt);
    }

    void listsNewestFirstWithTheActiveMarked()
    {
        PricingManagerDock dock;
        dock.setVersions(sampleVersions());
        auto* table = dock.findChild<QTableWidget*>();
        QCOMPARE(table->rowCount(), 4);
        QCOMPARE(table->item(0, PricingManagerDock::IdColumn)->text(), QStringLiteral("4"));
        QCOMPARE(table->item(1, PricingManagerDock::StatusColumn)->text(),
                 QStringLiteral("active"));
        QVERIFY(table->item(1, PricingManagerDock::IdColumn)->font().bold());
        QVERIFY(!table->item(0, PricingManagerDock::IdColumn)->font().bold());
    }

    void activatesAndRollsBackTheChosenProvider()
    {
        PricingManagerDock dock;
        dock.setVersions(sampleVersions());
        QSignalSpy requested(&dock, &PricingManagerDock::activateRequested);
        auto* activate = action(dock, QStringLiteral("Activate"));
        auto* rollback = action(dock, QStringLiteral("Roll back"));
        QVERIFY(activate && rollback);
        QVERIFY(!activate->isEnabled()); // nothing chosen

        dock.selectVersion(4);
        QVERIFY(activate->isEnabled());
        activate->trigger();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.back().front().toInt(), 4);
        rollback->trigger(); // aws: from active 3 back to 1
        QCOMPARE(requested.back().front().toInt(), 1);

        dock.setVersions(sampleVersions());
        QCOMPARE(dock.selectedVersionIds(), QList<int>{4}); // the choice survives a refresh
        dock.findChild<QTableWidget*>()->clearSelection();
        dock.selectVersion(3);
        QVERIFY(!activate->isEnabled()); // already active
        dock.findChild<QTableWidget*>()->clearSelection();
        dock.selectVersion(2);
        QVERIFY(!rollback->isEnabled()); // azure has nothing older
    }

    void comparesTwoVersionsOfOneProvider()
    {
        PricingManagerDock dock;
        dock.setVersions(sampleVersions());
        QSignalSpy requested(&dock, &PricingManagerDock::compareRequested);
        auto* compare = action(dock, QStringLiteral("Compare"));
        QVERIFY(compare);
        dock.selectVersion(3);
        QVERIFY(!compare->isEnabled()); // one version
        dock.selectVersion(2);
        QVERIFY(!compare->isEnabled()); // aws and azure
        dock.findChild<QTableWidget*>()->clearSelection();
        dock.selectVersion(3);
        dock.selectVersion(1);
        QVERIFY(compare->isEnabled());
        compare->trigger();
        QCOMPARE(requested.count(), 1);
        // The older first, whatever the order they were chosen in.
        QCOMPARE(requested.front().at(0).toInt(), 1);
        QCOMPARE(requested.front().at(1).toInt(), 3);
    }

    void aComparisonListsEachChangedBandAndTheDesignsCost()
    {
        const auto row = [](const char* key, const char* price) {
            PriceRow r;
            r.key = key;
            r.region = "eu-west-2";
            r.unit = "request";
            r.price = *Money::parse(price);
            return r;
        };
        using Kind = pricing::PriceChange::Kind;
        docks::PriceComparison c;
        c.diff.from = 1;
        c.diff.to = 4;
        c.diff.unchanged = 7;
        c.diff.changes = {{Kind::Changed, row("aws.lambda.requests", "0.0000002"),
                           row("aws.lambda.requests", "0.00000025")},
                          {Kind::Added, {}, row("aws.lambda.duration", "0.0000166667")},
                          {Kind::Removed, row("aws.sqs.requests", "0.0000004"), {}}};
        c.designName = "Orders";
        c.designFrom = Money::dollars(10);
        c.designTo = *Money::parse("12.5");
        PricingManagerDock dock;
        dock.setComparison(c);
        auto* view = dock.findChild<docks::PriceDiffView*>();
        QVERIFY(view && view->isVisibleTo(&dock));
        auto* table = view->findChild<QTableWidget*>();
        QCOMPARE(table->rowCount(), 3);
        const auto text = [&](int r, int column) { return table->item(r, column)->text(); };
        QCOMPARE(text(0, docks::PriceDiffView::ChangeColumn), QStringLiteral("changed"));
        QCOMPARE(text(0, docks::PriceDiffView::BeforeColumn), QStringLiteral("0.0000002 USD"));
        QCOMPARE(text(0, docks::PriceDiffView::AfterColumn), QStringLiteral("0.00000025 USD"));
        // 0.0000002 to 0.00000025 is a quarter more.
        QCOMPARE(text(0, docks::PriceDiffView::PercentColumn),
                 QStringLiteral("+") + QLocale().toString(25.0, 'f', 1) + QStringLiteral(" %"));
        QCOMPARE(text(1, docks::PriceDiffView::KeyColumn), QStringLiteral("aws.lambda.duration"));
        QVERIFY(text(1, docks::PriceDiffView::BeforeColumn).isEmpty());
        QVERIFY(text(2, docks::PriceDiffView::AfterColumn).isEmpty());
        const auto summary = view->findChild<QLabel*>()->text();
        QVERIFY2(summary.contains(QStringLiteral("1 changed, 1 added, 1 removed, 7 the same")),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("(+2.50 USD)")), qPrintable(summary));
    }

    void anImportShowsItsProgressAndCanBeCancelled()
    {
        PricingManagerDock dock;
        dock.setVersions(sampleVersions());
        QSignalSpy importing(&dock, &PricingManagerDock::importRequested);
        QSignalSpy cancelling(&dock, &PricingManagerDock::cancelImportRequested);
        dock.importFiles({QStringLiteral("/tmp/offer.json")});
        QCOMPARE(importing.count(), 1);
        dock.setImportRunning(true);
        auto* bar = dock.findChild<QProgressBar*>();
        QVERIFY(bar->isVisibleTo(&dock));
        QVERIFY(!action(dock, QStringLiteral("Import…"))->isEnabled());
        dock.importFiles({QStringLiteral("/tmp/other.json")}); // one import at a time
        QCOMPARE(importing.count(), 1);
        dock.setImportProgress(QStringLiteral("reading offer.json"), 250, 1000);
        QCOMPARE(bar->value(), 250); // per mille
        dock.findChild<QPushButton*>()->click();
        QCOMPARE(cancelling.count(), 1);
        dock.setImportRunning(false);
        QVERIFY(!bar->isVisibleTo(&dock));
        QVERIFY(action(dock, QStringLiteral("Import…"))->isEnabled());
    }

    void screenshotWithTheBundledCatalogue()
    {
        QTemporaryDir dir;
        auto catalogue =
            pricing::PriceCatalogue::openOrCreate(dir.filePath("prices.sqlite").toStdString());
        QVERIFY(catalogue);
        const auto versions = catalogue.value().versions();
        QVERIFY(versions);
        PricingManagerDock dock;
        dock.resize(720, 420);
        dock.setCataloguePath(dir.filePath("prices.sqlite"));
        dock.setVersions(versions.value());
        dock.selectVersion(versions.value().front().id);
        dock.setMessage(QStringLiteral("Version 1 is now active."), false);
        // One version per provider in the bundled table, each active.
        QCOMPARE(dock.findChild<QTableWidget*>()->rowCount(), int(versions.value().size()));
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QVERIFY(test::saveScreenshot(dock, QStringLiteral("pricing-manager")));
    }

    void yourPricesListsAndEditsTheLayer()
    {
        PricingManagerDock dock;
        dock.resize(720, 640);
        dock.setPriceChoices(
            {QStringLiteral("aws.lambda.requests"), QStringLiteral("aws.sns.requests")},
            {QStringLiteral("us-east-1"), QStringLiteral("us-west-2")});
        dock.setPriceLayer({{Provider::Aws, 12.5}},
                           {{"aws.lambda.requests", "us-west-2", *Money::parse("0.00000015"),
                             "EDP 2026", "2026-12-01T09:30:00Z"},
                            {"aws.sns.requests", "global", *Money::parse("0.0000005"), "", ""}});
        dock.showPriceLayer();
        auto* table = dock.findChild<QTableWidget*>(QStringLiteral("overrides"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("0.00000015"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("global"));
        // The day it was set, or that nobody knows (set before catalogues recorded it).
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("2026-12-01"));
        QCOMPARE(table->item(1, 3)->text(), QStringLiteral("not recorded"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("EDP 2026"));

        const auto field = [&](const char* name) {
            return dock.findChild<QLineEdit*>(QString::fromLatin1(name));
        };
        auto* set = dock.findChild<QPushButton*>(QStringLiteral("setPrice"));
        auto* remove = dock.findChild<QPushButton*>(QStringLiteral("removePrice"));
        auto* problem = dock.findChild<QLabel*>(QStringLiteral("priceProblem"));
        QVERIFY(field("priceKey") && set && remove && problem);
        QSignalSpy setting(&dock, &PricingManagerDock::overrideRequested);
        QSignalSpy removing(&dock, &PricingManagerDock::removeOverrideRequested);
        QSignalSpy discounting(&dock, &PricingManagerDock::discountRequested);
        QVERIFY(!set->isEnabled());    // nothing typed
        QVERIFY(!remove->isEnabled()); // nothing chosen

        // Each bad entry says what is wrong and cannot be set.
        field("priceKey")->setText(QStringLiteral("aws.lambda.requests-arm"));
        field("priceRegion")->setText(QStringLiteral("mars-1"));
        field("priceValue")->setText(QStringLiteral("0.0000001"));
        QVERIFY(!set->isEnabled());
        QVERIFY2(problem->text().contains(QStringLiteral("mars-1")), qPrintable(problem->text()));
        field("priceRegion")->setText(QStringLiteral("us-west-2"));
        field("priceValue")->setText(QStringLiteral("-0.1"));
        QVERIFY(!set->isEnabled());
        QVERIFY(problem->text().contains(QStringLiteral("negative")));
        field("priceValue")->setText(QStringLiteral("cheap"));
        QVERIFY(!set->isEnabled());
        QVERIFY(problem->text().contains(QStringLiteral("plain decimal")));
        field("priceValue")->setText(QStringLiteral("0.0000001"));
        field("priceNote")->setText(QStringLiteral("Graviton deal"));
        QVERIFY(set->isEnabled());
        QVERIFY(problem->text().isEmpty());
        set->click();
        QCOMPARE(setting.count(), 1);
        QCOMPARE(
            setting.front(),
            (QVariantList{QStringLiteral("aws.lambda.requests-arm"), QStringLiteral("us-west-2"),
                          QStringLiteral("0.0000001"), QStringLiteral("Graviton deal")}));

        // Choosing a row puts it in the fields, to change or remove.
        table->selectRow(1);
        QCOMPARE(field("priceKey")->text(), QStringLiteral("aws.sns.requests"));
        QCOMPARE(field("priceRegion")->text(), QStringLiteral("global"));
        QVERIFY(remove->isEnabled());
        remove->click();
        QCOMPARE(removing.count(), 1);
        QCOMPARE(removing.front(),
                 (QVariantList{QStringLiteral("aws.sns.requests"), QStringLiteral("global")}));

        // A discount is applied once it differs from the stored one.
        auto* aws = dock.findChild<QDoubleSpinBox*>(QStringLiteral("discount-aws"));
        auto* apply = dock.findChild<QPushButton*>(QStringLiteral("applyDiscount-aws"));
        QVERIFY(aws && apply);
        QCOMPARE(aws->value(), 12.5);
        QVERIFY(!apply->isEnabled());
        aws->setValue(15.0);
        QVERIFY(apply->isEnabled());
        apply->click();
        QCOMPARE(discounting.count(), 1);
        QCOMPARE(discounting.front().at(0).value<Provider>(), Provider::Aws);
        QCOMPARE(discounting.front().at(1).toDouble(), 15.0);

        table->clearSelection();
        field("priceKey")->setText(QStringLiteral("aws.lambda.requests"));
        field("priceRegion")->setText(QStringLiteral("us-east-1"));
        field("priceValue")->setText(QStringLiteral("-1"));
        dock.setMessage(QStringLiteral("aws.lambda.requests in us-west-2 is now 0.00000015 USD per "
                                       "unit; costs are being recomputed."),
                        false);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QVERIFY(test::saveScreenshot(dock, QStringLiteral("pricing-your-prices")));
    }
};

QTEST_MAIN(TestPricingManagerDock)
#include "tst_pricingmanagerdock.moc"

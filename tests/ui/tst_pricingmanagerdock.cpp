#include "DockFixtures.h"
#include "docks/PricingManagerDock.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace rs;
using pricing::VersionInfo;
using pricing::VersionStatus;
using ui::PricingManagerDock;

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

    void keepsRoomForImportAndDiff()
    {
        PricingManagerDock dock;
        const auto before = dock.findChild<QToolBar*>()->actions().size();
        dock.addToolAction(new QAction(QStringLiteral("Import…"), &dock));
        QCOMPARE(dock.findChild<QToolBar*>()->actions().size(), before + 1);
        dock.addDetailsTab(new QLabel(QStringLiteral("diff")), QStringLiteral("Diff"));
        dock.setVersions(sampleVersions());
        dock.selectVersion(1);
        dock.selectVersion(3);
        QCOMPARE(dock.selectedVersionIds(), (QList<int>{3, 1})); // what a diff takes
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
};

QTEST_MAIN(TestPricingManagerDock)
#include "tst_pricingmanagerdock.moc"

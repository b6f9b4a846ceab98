#include "DockFixtures.h"
#include "PriceDiffView.h"
#include "SyntheticOfferFile.h"
#include "TestCatalogues.h"
#include "TierComparisonView.h"
#include "core/DesignIndex.h"
#include "core/rules/RuleCatalogue.h"
#include "docks/CostsDock.h"
#include "docks/EnginePanels.h"
#include "docks/FindingsDock.h"
#include "docks/PricingManagerDock.h"
#include "docks/ScenariosDock.h"
#include "document/DesignDocument.h"
#include "engine/LiveEngine.h"
#include "pricing/import/ImportControl.h"

#include <QAction>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoCommand>

using namespace rs;
using docks::EnginePanels;

namespace {

using test::settle;

QString examplePath(const QString& file)
{
    return QString::fromStdString(test::sourcePath("resources/examples/" + file.toStdString()));
}

/// An edit as the canvas will push them; what it changes does not matter here, only that it
/// goes through the undo stack.
class NoteCommand : public QUndoCommand
{
public:
    NoteCommand()
        : QUndoCommand(QStringLiteral("Note"))
    {}
    void redo() override {}
    void undo() override {}
};

/// A main window with the panels installed over a fresh document and a catalogue in a temporary
/// folder (or at `cataloguePath`).
struct Installed
{
    explicit Installed(const std::string& cataloguePath = {})
        : document(test::builtInCatalogues())
        , panels(EnginePanels::install(
              window, document,
              cataloguePath.empty() ? dir.filePath("prices.sqlite").toStdString() : cataloguePath))
    {}

    /// Opens an example and waits for the engine to have answered it.
    bool open(const QString& file)
    {
        return document.open(examplePath(file)).ok() && settle(panels->engine());
    }

    QTemporaryDir dir;
    document::DesignDocument document;
    QMainWindow window;
    EnginePanels* panels;
};

} // namespace

class TestEnginePanels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void feedsTheDocksFromTheDocument()
    {
        Installed w;
        auto* panels = w.panels;
        auto& document = w.document;
        QCOMPARE(w.window.findChildren<QDockWidget*>().size(), 4);
        QVERIFY(panels->pricingDock()->isHidden());

        QVERIFY(w.open(QStringLiteral("02-aws-active-passive.json")));
        const auto& results = panels->engine().results();
        QCOMPARE(results.findings,
                 checkDesign(DesignIndex(document.design(), test::builtInCatalogues())));
        QCOMPARE(test::findingRows(*panels->findingsDock()->findChild<QTreeWidget*>()),
                 int(results.findings.size()));
        // The bundled table was made the catalogue's active prices on first use.
        QVERIFY(results.priced);
        QVERIFY(results.cost.total > Money());

        // Every edit goes through the undo stack; each one is a new generation.
        const auto before = panels->engine().generation();
        document.undoStack()->push(new NoteCommand);
        QCOMPARE(panels->engine().generation(), before + 1);
        document.undoStack()->undo();
        QCOMPARE(panels->engine().generation(), before + 2);
        QVERIFY(settle(panels->engine()));
        QCOMPARE(panels->engine().results().generation, before + 2);
    }

    void theTiersAreComparedOffTheGuiThread()
    {
        Installed w;
        auto* tiers = w.panels->tierComparison();
        QSignalSpy compared(tiers, &docks::TierComparisonView::compared);
        QVERIFY(w.open(QStringLiteral("02-aws-active-passive.json")));
        QTRY_VERIFY_WITH_TIMEOUT(
            !tiers->outcomes().empty() && tiers->outcomes()[3].cost.total > Money(), 30000);
        // The same answer as the core's comparison, and the example's own tier marked.
        const auto direct = compareTiers(w.document.design(), test::builtInCatalogues(),
                                         *w.panels->engine().priceBook());
        QCOMPARE(tiers->outcomes().size(), direct.size());
        for (std::size_t i = 0; i < direct.size(); ++i)
            QCOMPARE(tiers->outcomes()[i].cost.total, direct[i].cost.total);
        QVERIFY(tiers->outcomes()[3].current); // warm standby
        QCOMPARE(tiers->findChild<QTableWidget*>()->rowCount(), 5);
        tiers->resize(640, 560);
        QVERIFY(test::saveScreenshot(*tiers, QStringLiteral("tiers-02-aws-active-passive")));
    }

    void yourPricesChangeTheCatalogueAndTheEstimate()
    {
        Installed w;
        QVERIFY(w.open(QStringLiteral("02-aws-active-passive.json")));
        auto* dock = w.panels->pricingDock();
        auto* table = dock->findChild<QTableWidget*>(QStringLiteral("overrides"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 0);
        const auto messageSays = [&](const QString& text) {
            const auto labels = dock->findChildren<QLabel*>();
            return std::any_of(labels.begin(), labels.end(),
                               [&](QLabel* l) { return l->text().contains(text); });
        };

        emit dock->overrideRequested(QStringLiteral("aws.lambda.requests-arm"),
                                     QStringLiteral("us-west-2"), QStringLiteral("0.0000001"),
                                     QStringLiteral("Graviton deal"));
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(messageSays(QStringLiteral("is now 0.0000001 USD per unit")));
        // The engine prices from the catalogue's new book.
        const auto rows =
            w.panels->engine().priceBook()->rows("aws.lambda.requests-arm", "us-west-2");
        QCOMPARE(rows.size(), std::size_t{1});
        QCOMPARE(rows.front().price, *Money::parse("0.0000001"));

        // The catalogue's own checks reach the panel.
        emit dock->overrideRequested(QStringLiteral("aws.nothing.at-all"),
                                     QStringLiteral("us-west-2"), QStringLiteral("1"), {});
        QVERIFY(messageSays(QStringLiteral("no price table has a row of \"aws.nothing.at-all\"")));
        QCOMPARE(table->rowCount(), 1);

        emit dock->removeOverrideRequested(QStringLiteral("aws.lambda.requests-arm"),
                                           QStringLiteral("us-west-2"));
        QCOMPARE(table->rowCount(), 0);
        emit dock->discountRequested(Provider::Aws, 10.0);
        QCOMPARE(dock->findChild<QDoubleSpinBox*>(QStringLiteral("discount-aws"))->value(), 10.0);
        auto reopened =
            pricing::PriceCatalogue::open(w.dir.filePath("prices.sqlite").toStdString());
        QVERIFY(reopened);
        QCOMPARE(reopened.value().discount(Provider::Aws).value(), std::optional(10.0));
        QVERIFY(reopened.value().overrides().value().empty());
    }

    void importingAPriceFileAddsAVersionAndComparesIt()
    {
        Installed w;
        QVERIFY(w.open(QStringLiteral("02-aws-active-passive.json")));
        // The provider's Lambda file for London, with the x86 request price raised from
        // 0.0000002 to 0.0000003 USD: the bundled table has the file's own prices.
        QFile sample(QStringLiteral(RS_SOURCE_DIR
                                    "/tests/pricing/data/samples/"
                                    "aws-csv-AWSLambda-eu-west-2-slice-20260831.csv"));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        auto text = QString::fromUtf8(sample.readAll());
        const auto line =
            QStringLiteral("\"AWS Lambda - Total Requests - EU (London)\",\"2026-08-01\","
                           "\"0\",\"Inf\",\"Request\",\"0.0000002000\"");
        QCOMPARE(text.count(line), 1);
        text.replace(line, QString(line).replace(QStringLiteral("0.0000002000"),
                                                 QStringLiteral("0.0000003000")));
        QFile raised(w.dir.filePath(QStringLiteral("lambda-raised.csv")));
        QVERIFY(raised.open(QIODevice::WriteOnly));
        raised.write(text.toUtf8());
        raised.close();

        auto* dock = w.panels->pricingDock();
        const auto versionCount = [&] { return dock->findChild<QTableWidget*>()->rowCount(); };
        const int before = versionCount();
        dock->importFiles({raised.fileName()});
        QTRY_COMPARE_WITH_TIMEOUT(versionCount(), before + 1, 30000);
        QVERIFY(!dock->findChild<QProgressBar*>()->isVisibleTo(dock));
        // The new version is chosen and compared with the AWS prices the design uses now.
        QCOMPARE(dock->selectedVersionIds().size(), 1);
        auto* diff = dock->findChild<docks::PriceDiffView*>();
        const auto summary = [&] { return diff->findChild<QLabel*>()->text(); };
        QTRY_VERIFY_WITH_TIMEOUT(
            summary().contains(QStringLiteral("→ %1,").arg(dock->selectedVersionIds()[0])), 30000);
        QVERIFY2(summary().contains(QStringLiteral("1 changed, 0 added, 0 removed")),
                 qPrintable(summary()));
        auto* table = diff->findChild<QTableWidget*>();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, docks::PriceDiffView::BeforeColumn)->text(),
                 QStringLiteral("0.0000002 USD"));
        QCOMPARE(table->item(0, docks::PriceDiffView::AfterColumn)->text(),
                 QStringLiteral("0.0000003 USD"));
        // The design runs in us-east-1 and us-west-2: London's price leaves its cost alone.
        QVERIFY2(summary().contains(QStringLiteral("(0.00 USD)")), qPrintable(summary()));

        w.window.resize(1400, 900);
        w.window.show();
        dock->show();
        dock->raise();
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        QVERIFY(test::saveScreenshot(*dock, QStringLiteral("pricing-manager-comparison")));
    }

    void aCancelledImportLeavesTheCatalogueAsItWas()
    {
        Installed w;
        const auto big = w.dir.filePath("big-offer.json").toStdString();
        bench::writeSyntheticOffer(big, 48u << 20);
        auto* dock = w.panels->pricingDock();
        const int before = dock->findChild<QTableWidget*>()->rowCount();
        dock->importFiles({QString::fromStdString(big)});
        auto* bar = dock->findChild<QProgressBar*>();
        QVERIFY(bar->isVisibleTo(dock));
        dock->findChild<QPushButton*>(QString(), Qt::FindChildrenRecursively)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!bar->isVisibleTo(dock), 30000);
        QCOMPARE(dock->findChild<QTableWidget*>()->rowCount(), before);
        const auto labels = dock->findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel* l) {
            return l->text().contains(QString::fromUtf8(pricing::cancelledMessage));
        }));
    }

    void theDisplayCurrencyIsKeptForTheNextWindow()
    {
        {
            Installed w;
            auto* costs = w.panels->costsDock();
            costs->findChild<QDoubleSpinBox*>(QStringLiteral("currencyRate"))->setValue(0.9213);
            auto* code = costs->findChild<QLineEdit*>();
            code->setText(QStringLiteral("eur"));
            emit code->editingFinished();
        }
        Installed next;
        const auto& currency = next.panels->costsDock()->displayCurrency();
        QCOMPARE(currency.code(), std::string("EUR"));
        QCOMPARE(currency.perDollar(), *Money::parse("0.9213")); // exact, not 0.92129999...
        // Back to dollars for the tests after this one.
        next.panels->costsDock()
            ->findChild<QDoubleSpinBox*>(QStringLiteral("currencyRate"))
            ->setValue(1.0);
        auto* code = next.panels->costsDock()->findChild<QLineEdit*>();
        code->setText(QStringLiteral("USD"));
        emit code->editingFinished();
        QVERIFY(Installed().panels->costsDock()->displayCurrency().isUsd());
    }

    void onlyTheNewestTierRequestIsAnswered()
    {
        const auto book = test::bundledPriceBook();
        const auto first = test::exampleDesign(QStringLiteral("02-aws-active-passive.json"));
        const auto second = test::exampleDesign(QStringLiteral("03-aws-active-active.json"));
        docks::TierComparisonView view(test::builtInCatalogues());
        QSignalSpy compared(&view, &docks::TierComparisonView::compared);
        view.compare(first, book);
        view.compare(second, book); // waits for the first to finish, which is then dropped
        QTRY_COMPARE_WITH_TIMEOUT(compared.count(), 1, 30000);
        QTest::qWait(200);
        QCOMPARE(compared.count(), 1);
        const auto direct = compareTiers(second, test::builtInCatalogues(), *book);
        QCOMPARE(view.outcomes().size(), direct.size());
        for (std::size_t i = 0; i < direct.size(); ++i)
            QCOMPARE(view.outcomes()[i].cost.total, direct[i].cost.total);

        // Closing the view while it compares waits for the comparison, and nothing arrives late.
        auto* closing = new docks::TierComparisonView(test::builtInCatalogues());
        closing->compare(first, book);
        delete closing;
    }

    void aRegionSwitchedDownReachesTheEngineAndTheCanvas()
    {
        Installed w;
        auto* panels = w.panels;
        QVERIFY(w.open(QStringLiteral("02-aws-active-passive.json")));
        QSignalSpy canvas(panels, &EnginePanels::downElementsChanged);
        auto* toggles = panels->scenariosDock()->findChild<QListWidget*>();
        QVERIFY(toggles->count() > 0);
        const auto id = toggles->item(0)->data(Qt::UserRole).toString();
        toggles->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(canvas.count(), 1);
        QCOMPARE(panels->engine().downElements(), QStringList{id});
        QCOMPARE(panels->engine().results().whatIf.size(), std::size_t{1});
        QCOMPARE(panels->engine().results().whatIf.front().disruption.elementId, id.toStdString());
    }

    void rollingBackThePricesRepricesTheDesign()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath("prices.sqlite").toStdString();
        auto catalogue = pricing::PriceCatalogue::openOrCreate(path);
        QVERIFY(catalogue);
        int bundledAws = 0;
        const auto versions = catalogue.value().versions();
        QVERIFY(versions);
        for (const auto& v : versions.value()) {
            if (v.provider == Provider::Aws)
                bundledAws = v.id;
        }
        QVERIFY(bundledAws > 0);
        const auto bundledBook = catalogue.value().loadActivePriceBook();
        QVERIFY(bundledBook);
        // A second AWS version with every price doubled, imported active.
        std::vector<PriceRow> doubled;
        for (auto row : test::bundledPriceRows()) {
            if (row.provider != Provider::Aws)
                continue;
            row.price = row.price + row.price;
            doubled.push_back(std::move(row));
        }
        pricing::VersionInfo info;
        info.provider = Provider::Aws;
        info.source = "test: bundled prices doubled";
        info.format = "default-json";
        info.effectiveDate = "2027-01-01";
        info.status = pricing::VersionStatus::Active;
        const auto doubledId = catalogue.value().importVersion(doubled, info);
        QVERIFY(doubledId);

        // The window starts on another, fresh catalogue; Pricing > Catalogue switches to this one.
        Installed w(dir.filePath("fresh.sqlite").toStdString());
        auto* panels = w.panels;
        QVERIFY(w.open(QStringLiteral("02-aws-active-passive.json")));
        panels->setCatalogue(path);
        QVERIFY(settle(panels->engine()));
        const DesignIndex index(w.document.design(), test::builtInCatalogues());
        const auto atBundled = estimateCost(index, bundledBook.value()).total;
        const auto atDoubled = panels->engine().results().cost.total;
        // An all-AWS design: every line doubles, give or take its rounding to the pico-dollar.
        const auto drift = (atDoubled - (atBundled + atBundled)).pico();
        const auto lines = Int128(panels->engine().results().cost.lines.size());
        QVERIFY(atBundled > Money());
        QVERIFY(drift >= -lines && drift <= lines);

        auto* pricingDock = panels->pricingDock();
        pricingDock->selectVersion(doubledId.value());
        QAction* rollback = nullptr;
        for (auto* a : pricingDock->findChild<QToolBar*>()->actions()) {
            if (a->text() == QStringLiteral("Roll back"))
                rollback = a;
        }
        QVERIFY(rollback && rollback->isEnabled());
        rollback->trigger();
        QVERIFY(settle(panels->engine()));
        const auto& after = panels->engine().results().cost;
        QVERIFY2(QString::fromStdString(after.bookVersion)
                     .contains(QStringLiteral("aws:%1").arg(bundledAws)),
                 after.bookVersion.c_str());
        QCOMPARE(after.total, atBundled);
    }

    void anUnreachableTeamCatalogueKeepsThePricesThereWere()
    {
        Installed w;
        auto* panels = w.panels;
        QVERIFY(w.open(QStringLiteral("02-aws-active-passive.json")));
        const auto before = panels->engine().results().cost;
        QVERIFY(before.total > Money());
        const auto messageSays = [&](const QString& text) {
            const auto labels = panels->pricingDock()->findChildren<QLabel*>();
            return std::any_of(labels.begin(), labels.end(),
                               [&](QLabel* l) { return l->text().contains(text); });
        };

        // Port 1 of the loopback: nothing listens there, the refusal is immediate.
        panels->setCatalogue("postgresql://ana:secret@127.0.0.1:1/prices");
        QVERIFY(settle(panels->engine()));
        QVERIFY(messageSays(
            QStringLiteral("The team catalogue postgresql://ana@127.0.0.1:1/prices cannot be "
                           "reached; prices still come from")));
        QVERIFY(!messageSays(QStringLiteral("secret")));
        QCOMPARE(panels->engine().results().cost.total, before.total);
        QCOMPARE(panels->engine().results().cost.bookVersion, before.bookVersion);
    }

    void screenshotOfEachExample_data() { test::addExampleRows(); }

    void screenshotOfEachExample()
    {
        QFETCH(QString, file);
        Installed w;
        w.window.setCentralWidget(new QWidget(&w.window)); // the canvas goes here
        w.window.resize(1400, 900);
        QVERIFY(w.open(file));
        w.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        QVERIFY(test::saveScreenshot(w.window, "panels-" + QFileInfo(file).completeBaseName()));
    }
};

QTEST_MAIN(TestEnginePanels)
#include "tst_enginepanels.moc"

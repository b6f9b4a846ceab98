#include "docks/EnginePanels.h"

#include "DisplayFormat.h"
#include "PriceJobRunner.h"
#include "TierComparisonView.h"
#include "docks/CostsDock.h"
#include "docks/FindingsDock.h"
#include "docks/PricingManagerDock.h"
#include "docks/ScenariosDock.h"
#include "document/DesignDocument.h"
#include "engine/LiveEngine.h"

#include <QMainWindow>
#include <QSettings>

namespace rs::docks {

namespace {

const auto currencyCodeKey = QStringLiteral("costs/currencyCode");
const auto currencyRateKey = QStringLiteral("costs/currencyPerUsd");

} // namespace

EnginePanels* EnginePanels::install(QMainWindow& window, document::DesignDocument& document,
                                    const std::filesystem::path& cataloguePath)
{
    return new EnginePanels(window, document, cataloguePath);
}

EnginePanels::EnginePanels(QMainWindow& window, document::DesignDocument& document,
                           const std::filesystem::path& cataloguePath)
    : QObject(&window)
    , m_document(document)
    , m_engine(std::make_unique<engine::LiveEngine>(document.catalogues()))
    , m_cataloguePath(cataloguePath)
    , m_findings(new FindingsDock(&window))
    , m_scenarios(new ScenariosDock(&window))
    , m_costs(new CostsDock(&window))
    , m_pricing(new PricingManagerDock(&window))
    , m_tiers(new TierComparisonView(document.catalogues()))
{
    m_costs->setTierComparisonWidget(m_tiers, tr("Tiers"));
    connect(m_tiers, &TierComparisonView::compared, this,
            [this] { m_costs->setTierOutcomes(m_tiers->outcomes()); });
    // One column of tabs beside the canvas, the findings first: under the canvas they took a
    // sixth of its height, and the canvas is to keep most of the window (issue 15). The window
    // gives the column its width (ui/src/WindowSizing.cpp).
    window.addDockWidget(Qt::RightDockWidgetArea, m_findings);
    window.addDockWidget(Qt::RightDockWidgetArea, m_scenarios);
    window.addDockWidget(Qt::RightDockWidgetArea, m_costs);
    window.addDockWidget(Qt::RightDockWidgetArea, m_pricing);
    window.tabifyDockWidget(m_findings, m_scenarios);
    window.tabifyDockWidget(m_scenarios, m_costs);
    window.tabifyDockWidget(m_costs, m_pricing);
    m_findings->raise();
    m_pricing->hide();

    QSettings settings;
    // The rate is kept as the decimal text it was entered as; anything unreadable is USD.
    const auto saved = DisplayCurrency::make(
        settings.value(currencyCodeKey, QStringLiteral("USD")).toString().toStdString(),
        settings.value(currencyRateKey, QStringLiteral("1")).toString().toStdString());
    const auto currency = saved ? saved.value() : DisplayCurrency();
    m_costs->setDisplayCurrency(currency);
    m_tiers->setDisplayCurrency(currency);
    connect(m_costs, &CostsDock::displayCurrencyChanged, this, [this](const DisplayCurrency& c) {
        m_tiers->setDisplayCurrency(c);
        QSettings stored;
        stored.setValue(currencyCodeKey, QString::fromStdString(c.code()));
        stored.setValue(currencyRateKey, QString::fromStdString(c.perDollar().toString(12)));
    });

    auto& engine = *m_engine;
    const auto feed = [this, &document](const engine::EngineResults& results) {
        m_findings->setResults(results);
        m_scenarios->setResults(results);
        m_costs->setResults(results);
        // The tiers change with the design and the prices, not with what-ifs or the traffic
        // scale.
        const auto key = std::pair{results.designRevision, m_book.get()};
        if (key != m_tiersCompared) {
            m_tiersCompared = key;
            m_tiers->compare(document.design(), m_book);
        }
        emit resultsReady(results);
    };
    connect(&engine, &engine::LiveEngine::resultsReady, this, feed);
    // Every edit goes through the undo stack (push, undo, redo, merge); opening a file resets.
    connect(&document, &document::DesignDocument::designReset, &engine,
            &engine::LiveEngine::designChanged);
    connect(document.undoStack(), &QUndoStack::indexChanged, &engine,
            &engine::LiveEngine::designChanged);
    connect(m_scenarios, &ScenariosDock::downElementsChanged, this, [this](const QStringList& ids) {
        m_engine->setDownElements(ids);
        emit downElementsChanged(ids);
    });
    connect(m_costs, &CostsDock::workloadScaleChanged, &engine,
            &engine::LiveEngine::setWorkloadScale);
    connect(m_findings, &FindingsDock::elementsActivated, this, &EnginePanels::elementsActivated);
    connect(m_scenarios, &ScenariosDock::elementsActivated, this, &EnginePanels::elementsActivated);
    connect(m_costs, &CostsDock::elementsActivated, this, &EnginePanels::elementsActivated);
    connect(m_scenarios, &ScenariosDock::editAssumptionsRequested, this,
            &EnginePanels::editAssumptionsRequested);
    connect(m_costs, &CostsDock::editAssumptionsRequested, this,
            &EnginePanels::editAssumptionsRequested);
    connect(m_pricing, &PricingManagerDock::activateRequested, this,
            &EnginePanels::activateVersion);
    connect(m_pricing, &PricingManagerDock::discountRequested, this, &EnginePanels::setDiscount);
    connect(m_pricing, &PricingManagerDock::overrideRequested, this, &EnginePanels::setOverride);
    connect(m_pricing, &PricingManagerDock::removeOverrideRequested, this,
            &EnginePanels::removeOverride);
    QStringList keys;
    for (const auto& kind : document.catalogues().services.kinds()) {
        for (const auto& key : kind.priceKeys)
            keys << QString::fromStdString(key);
    }
    keys.removeDuplicates();
    keys.sort();
    QStringList regions;
    for (const auto& region : document.catalogues().regions.regions())
        regions << QString::fromStdString(region.code);
    m_pricing->setPriceChoices(keys, regions);

    m_jobs = new PriceJobRunner(this);
    connect(
        m_pricing, &PricingManagerDock::importRequested, this, [this](const QStringList& files) {
            if (!m_catalogue)
                return;
            if (m_jobs->importFiles(m_cataloguePath, files))
                m_pricing->setImportRunning(true);
            else
                m_pricing->setMessage(tr("A comparison is running; import when it is done."), true);
        });
    connect(m_pricing, &PricingManagerDock::cancelImportRequested, m_jobs, &PriceJobRunner::cancel);
    connect(m_jobs, &PriceJobRunner::progressed, m_pricing, &PricingManagerDock::setImportProgress);
    connect(m_jobs, &PriceJobRunner::imported, this, &EnginePanels::imported);
    connect(m_jobs, &PriceJobRunner::importFailed, this, [this](const QString& message) {
        m_pricing->setImportRunning(false);
        m_pricing->setMessage(tr("Nothing was imported: %1").arg(message), true);
    });
    connect(m_pricing, &PricingManagerDock::compareRequested, this, &EnginePanels::compareVersions);
    connect(m_jobs, &PriceJobRunner::compared, m_pricing, &PricingManagerDock::setComparison);
    connect(m_jobs, &PriceJobRunner::comparisonFailed, m_pricing,
            &PricingManagerDock::setComparisonMessage);

    setCatalogue(cataloguePath);
    engine.setDesignSource([&document]() -> const Design& { return document.design(); });
}

void EnginePanels::setCatalogue(const std::filesystem::path& cataloguePath)
{
    auto opened = pricing::PriceCatalogue::openOrCreate(cataloguePath);
    const auto shown = [](const std::filesystem::path& p) {
        return QString::fromStdString(pricing::shownLocation(p.native()));
    };
    if (!opened && pricing::PriceCatalogue::isServerUrl(cataloguePath.native())) {
        // A team catalogue out of reach: the estimate goes on with the prices it had, or with
        // the user's own file when it had none yet.
        const auto problem = errorText(opened.errors());
        if (!m_catalogue) {
            setCatalogue(pricing::defaultCataloguePath());
            m_pricing->setMessage(tr("The team catalogue %1 cannot be reached, so prices come "
                                     "from your own catalogue: %2")
                                      .arg(shown(cataloguePath), problem),
                                  true);
        } else
            m_pricing->setMessage(tr("The team catalogue %1 cannot be reached; prices still come "
                                     "from %2: %3")
                                      .arg(shown(cataloguePath), shown(m_cataloguePath), problem),
                                  true);
        return;
    }
    m_cataloguePath = cataloguePath;
    m_catalogue.reset();
    m_pricing->setCataloguePath(shown(cataloguePath));
    if (opened)
        m_catalogue.emplace(std::move(opened).value());
    else
        m_pricing->setMessage(
            tr("The price catalogue cannot be opened: %1").arg(errorText(opened.errors())), true);
    reloadPrices();
}

EnginePanels::~EnginePanels() = default;

QList<QDockWidget*> EnginePanels::docks() const
{
    return {m_findings, m_scenarios, m_costs, m_pricing};
}

void EnginePanels::toggleDown(const QString& id)
{
    auto ids = m_scenarios->downElements();
    if (ids.removeAll(id) == 0)
        ids << id;
    m_scenarios->setDownElements(ids);
    m_engine->setDownElements(ids);
    emit downElementsChanged(ids);
}

void EnginePanels::reloadPrices()
{
    if (!m_catalogue) {
        m_book.reset();
        m_engine->setPriceBook(nullptr);
        return;
    }
    if (auto versions = m_catalogue->versions())
        m_pricing->setVersions(versions.value());
    else
        m_pricing->setMessage(errorText(versions.errors()), true);
    showPriceLayer();
    auto book = m_catalogue->loadActivePriceBook();
    if (!book) {
        // A team catalogue whose server went away: the estimate keeps the book it had.
        m_pricing->setMessage(
            (m_book ? tr("The active prices cannot be loaded; the estimate keeps those of %1: %2")
                          .arg(QString::fromStdString(m_book->version()))
                    : tr("The active prices cannot be loaded: %1"))
                .arg(errorText(book.errors())),
            true);
        if (!m_book)
            m_engine->setPriceBook(nullptr);
        return;
    }
    m_book = std::make_shared<const PriceBook>(std::move(book).value());
    m_engine->setPriceBook(m_book);
}

void EnginePanels::imported(int versionId, const QString& summary)
{
    m_pricing->setImportRunning(false);
    m_pricing->setMessage(summary, false);
    reloadPrices();
    m_pricing->selectVersion(versionId);
    // Compare the new version with the one that prices the design now, if its provider has one.
    const auto versions = m_catalogue->versions();
    if (!versions)
        return;
    const auto& all = versions.value();
    const auto added =
        std::find_if(all.begin(), all.end(), [&](const auto& v) { return v.id == versionId; });
    const auto active = std::find_if(all.begin(), all.end(), [&](const auto& v) {
        return added != all.end() && v.provider == added->provider &&
               v.status == pricing::VersionStatus::Active;
    });
    if (active != all.end())
        compareVersions(active->id, versionId);
}

void EnginePanels::compareVersions(int from, int to)
{
    if (!m_catalogue)
        return;
    const auto design = std::make_shared<const Design>(m_document.design());
    if (m_jobs->compare(m_cataloguePath, from, to, design, m_document.catalogues()))
        m_pricing->setComparisonMessage(tr("Comparing version %1 with %2…").arg(from).arg(to));
    else
        m_pricing->setComparisonMessage(tr("An import is running; compare when it is done."));
}

void EnginePanels::activateVersion(int versionId)
{
    if (!m_catalogue)
        return;
    if (const auto done = m_catalogue->activate(versionId); !done) {
        m_pricing->setMessage(
            tr("Version %1 cannot be activated: %2").arg(versionId).arg(errorText(done.errors())),
            true);
        return;
    }
    m_pricing->setMessage(
        tr("Version %1 is now active; costs are being recomputed.").arg(versionId), false);
    reloadPrices();
}

void EnginePanels::showPriceLayer()
{
    std::map<Provider, double> discounts;
    for (const auto provider : {Provider::Aws, Provider::Azure, Provider::Gcp}) {
        if (const auto percent = m_catalogue->discount(provider); percent && percent.value())
            discounts[provider] = *percent.value();
    }
    const auto overrides = m_catalogue->overrides();
    if (!overrides)
        m_pricing->setMessage(errorText(overrides.errors()), true);
    m_pricing->setPriceLayer(discounts,
                             overrides ? overrides.value() : std::vector<pricing::PriceOverride>());
}

void EnginePanels::setDiscount(Provider provider, double percent)
{
    if (!m_catalogue)
        return;
    if (const auto done = m_catalogue->setDiscount(provider, percent); !done) {
        m_pricing->setMessage(tr("The discount was not set: %1").arg(errorText(done.errors())),
                              true);
        return;
    }
    m_pricing->setMessage(tr("%1: %2 % off list prices; costs are being recomputed.")
                              .arg(QString::fromStdString(std::string(enumName(provider))))
                              .arg(percent),
                          false);
    reloadPrices();
}

void EnginePanels::setOverride(const QString& key, const QString& region, const QString& price,
                               const QString& note)
{
    const auto parsed = Money::parse(price.toStdString());
    if (!m_catalogue || !parsed)
        return;
    if (const auto done = m_catalogue->setOverride(key.toStdString(), region.toStdString(), *parsed,
                                                   note.toStdString());
        !done) {
        m_pricing->setMessage(tr("The price was not set: %1").arg(errorText(done.errors())), true);
        return;
    }
    m_pricing->setMessage(
        tr("%1 in %2 is now %3 USD per unit; costs are being recomputed.").arg(key, region, price),
        false);
    reloadPrices();
}

void EnginePanels::removeOverride(const QString& key, const QString& region)
{
    if (!m_catalogue)
        return;
    if (const auto done = m_catalogue->removeOverride(key.toStdString(), region.toStdString());
        !done) {
        m_pricing->setMessage(tr("The price was not removed: %1").arg(errorText(done.errors())),
                              true);
        return;
    }
    m_pricing->setMessage(
        tr("%1 in %2: your price is removed; costs are being recomputed.").arg(key, region), false);
    reloadPrices();
}

} // namespace rs::docks

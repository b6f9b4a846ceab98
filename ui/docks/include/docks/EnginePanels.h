#pragma once

#include "pricing/PriceCatalogue.h"

#include <QObject>
#include <QStringList>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <utility>

class QDockWidget;
class QMainWindow;

namespace rs::document {
class DesignDocument;
}

namespace rs::engine {
class LiveEngine;
struct EngineResults;
} // namespace rs::engine

namespace rs::docks {

class CostsDock;
class FindingsDock;
class PriceJobRunner;
class PricingManagerDock;
class ScenariosDock;
class TierComparisonView;

/// Puts the live engine and its docks into a main window: every edit of the document (each
/// change of its undo stack, each reset) feeds the engine, the engine feeds the findings,
/// scenarios and costs docks, and the pricing dock imports, compares and switches the
/// catalogue's versions (imports and comparisons on a worker thread). The
/// window connects its canvas and status bar to the signals below; the pricing dock starts
/// hidden, for the Pricing menu to show (pricingDock()->toggleViewAction()).
class EnginePanels : public QObject
{
    Q_OBJECT

public:
    /// Adds the docks to `window` and returns the panels, owned by the window. `document` must
    /// outlive the window. The price catalogue at `cataloguePath` is created from the bundled
    /// table on first use; when it cannot be opened, costs say so and the rest works.
    static EnginePanels*
    install(QMainWindow& window, document::DesignDocument& document,
            const std::filesystem::path& cataloguePath = pricing::defaultCataloguePath());
    ~EnginePanels() override;

    engine::LiveEngine& engine() { return *m_engine; }
    FindingsDock* findingsDock() const { return m_findings; }
    ScenariosDock* scenariosDock() const { return m_scenarios; }
    CostsDock* costsDock() const { return m_costs; }
    PricingManagerDock* pricingDock() const { return m_pricing; }
    TierComparisonView* tierComparison() const { return m_tiers; }
    QList<QDockWidget*> docks() const;

    /// Switches the what-if loss of a region or global service on or off, as ticking it in the
    /// scenarios dock does (the canvas's "Simulate Loss").
    void toggleDown(const QString& id);

    /// Reads the versions and the active price book from the catalogue again.
    void reloadPrices();
    /// Prices from another catalogue file (created from the bundled table if need be).
    void setCatalogue(const std::filesystem::path& cataloguePath);

signals:
    /// Select and zoom to these elements (a finding, a scenario or a cost line was chosen).
    void elementsActivated(const QStringList& ids);
    /// The what-if set changed: grey these regions and global services on the canvas.
    void downElementsChanged(const QStringList& ids);
    /// Fresh results, e.g. for the status bar's findings, cost and price version.
    void resultsReady(const rs::engine::EngineResults& results);
    /// A dock's "Assumptions…" button: open Design ▸ Assumptions….
    void editAssumptionsRequested();

private:
    EnginePanels(QMainWindow& window, document::DesignDocument& document,
                 const std::filesystem::path& cataloguePath);
    void activateVersion(int versionId);
    /// Compares two versions off the GUI thread, pricing the open design under each.
    void compareVersions(int from, int to);
    void imported(int versionId, const QString& summary);
    /// The pricing dock's "Your prices": change the catalogue's layer, then price again.
    void setDiscount(Provider provider, double percent);
    void setOverride(const QString& key, const QString& region, const QString& price,
                     const QString& note);
    void removeOverride(const QString& key, const QString& region);
    void showPriceLayer();

    document::DesignDocument& m_document;
    std::unique_ptr<engine::LiveEngine> m_engine;
    std::optional<pricing::PriceCatalogue> m_catalogue;
    std::filesystem::path m_cataloguePath;
    FindingsDock* m_findings = nullptr;
    ScenariosDock* m_scenarios = nullptr;
    CostsDock* m_costs = nullptr;
    PricingManagerDock* m_pricing = nullptr;
    TierComparisonView* m_tiers = nullptr;
    PriceJobRunner* m_jobs = nullptr;
    std::shared_ptr<const PriceBook> m_book;
    std::pair<std::uint64_t, const PriceBook*> m_tiersCompared{0, nullptr};
};

} // namespace rs::docks

#include "EngineWiring.h"

#include "PricingPreferences.h"
#include "docks/EnginePanels.h"
#include "docks/MoneyFormat.h"
#include "docks/ScenariosDock.h"
#include "document/DesignDocument.h"
#include "engine/EngineResults.h"
#include "engine/LiveEngine.h"
#include "ui/MainWindow.h"
#include "ui/StatusPanel.h"
#include "ui/canvas/DesignScene.h"
#include "ui/canvas/DesignView.h"

#include <QAction>
#include <QMenu>

#include <map>
#include <set>

namespace rs::ui {

namespace {

document::ElementRefs refsOf(const Design& design, const QStringList& ids)
{
    document::ElementRefs refs;
    for (const auto& text : ids) {
        const auto id = text.toStdString();
        if (design.region(RegionId{id}))
            refs.push_back(document::ElementRef::region(RegionId{id}));
        else if (design.service(ServiceId{id}))
            refs.push_back(document::ElementRef::service(ServiceId{id}));
        else if (design.link(LinkId{id}))
            refs.push_back(document::ElementRef::link(LinkId{id}));
    }
    return refs;
}

void showBadges(DesignScene& scene, const Findings& findings)
{
    std::map<std::string, Severity> worst;
    for (const auto& f : findings) {
        for (const auto& id : f.elements) {
            auto [it, added] = worst.emplace(id, f.severity);
            if (!added && f.severity > it->second)
                it->second = f.severity;
        }
    }
    scene.clearBadges();
    for (const auto& [id, severity] : worst)
        scene.setBadge(id, severity);
}

void showStatus(StatusPanel& status, const engine::EngineResults& results)
{
    const auto& counts = results.counts;
    status.setFindingCounts(int(counts[2]), int(counts[1]), int(counts[0]));
    if (!results.priced) {
        status.clearEngineFigures();
        status.setFindingCounts(int(counts[2]), int(counts[1]), int(counts[0]));
        return;
    }
    // An incomplete total is a lower bound and says so ("at least").
    status.setMonthlyCost(docks::formatTotal(results.cost.total, results.verdicts.costComplete));
    status.setPriceVersion(QString::fromStdString(results.cost.bookVersion));
}

/// Shows the whole outage: what is switched down and every service in a region that is down
/// faded, links among them cut, links into them (the routes and flows that now fail) red, and
/// the links of flows that survive lit.
void showWhatIf(DesignScene& scene, const Design& design, const engine::EngineResults& results)
{
    scene.clearDown();
    scene.clearLinkFlows();
    std::set<std::string> down(results.down.begin(), results.down.end());
    for (const auto& [id, service] : design.services) {
        if (service.region && down.count(service.region->value))
            down.insert(id.value);
    }
    for (const auto& id : down)
        scene.setDown(id, true);
    std::set<std::string> lit;
    std::set<std::string> broken;
    for (const auto& scenario : results.whatIf) {
        for (const auto& flow : scenario.flows) {
            if (flow.survives)
                lit.insert(flow.path.begin(), flow.path.end());
            else if (flow.affected)
                broken.insert(flow.brokenBy.begin(), flow.brokenBy.end());
        }
    }
    for (const auto& [id, link] : design.links) {
        const bool fromDown = down.count(link.from.value) > 0;
        const bool toDown = down.count(link.to.value) > 0;
        if (fromDown && toDown)
            scene.setLinkFlow(id, LinkFlow::Cut);
        else if (fromDown || toDown || broken.count(link.to.value) || broken.count(link.from.value))
            scene.setLinkFlow(id, LinkFlow::Broken);
        else if (lit.count(link.from.value) && lit.count(link.to.value))
            scene.setLinkFlow(id, LinkFlow::Lit);
    }
}

} // namespace

void wireEngine(MainWindow& window, docks::EnginePanels& panels)
{
    window.view()->setLossSimulation(
        {[&panels](const std::string& id) {
             return panels.scenariosDock()->downElements().contains(QString::fromStdString(id));
         },
         [&panels](const std::string& id) { panels.toggleDown(QString::fromStdString(id)); }});
    auto* scene = window.scene();
    QObject::connect(&panels, &docks::EnginePanels::elementsActivated, &window,
                     [&window, scene](const QStringList& ids) {
                         const auto refs = refsOf(window.document().design(), ids);
                         scene->selectElements(refs);
                         window.view()->zoomToElements(refs);
                     });
    // The docks list the assumptions under their figures; their button opens the same dialog
    // as Design ▸ Assumptions….
    if (auto* assumptions = window.findChild<QAction*>(QStringLiteral("actionAssumptions")))
        QObject::connect(&panels, &docks::EnginePanels::editAssumptionsRequested, assumptions,
                         &QAction::trigger);
    QObject::connect(&window, &MainWindow::catalogueFileChanged, &panels,
                     [&panels](const QString& path) { panels.setCatalogue(path.toStdString()); });
    QObject::connect(&panels, &docks::EnginePanels::resultsReady, &window,
                     [&window, scene](const engine::EngineResults& results) {
                         showBadges(*scene, results.findings);
                         showStatus(*window.statusPanel(), results);
                         showWhatIf(*scene, window.document().design(), results);
                     });
    // Borrowed prices are marked wherever they show, but a figure to be signed off may have to
    // rest on none: then a region without its own price leaves its lines unpriced.
    auto* strict =
        window.pricingMenu()->addAction(MainWindow::tr("Only Each Region's &Own Prices"));
    strict->setObjectName(QStringLiteral("strictPrices"));
    strict->setCheckable(true);
    strict->setStatusTip(MainWindow::tr("Never let another region's price stand in for a region "
                                        "without one; such lines stay unpriced"));
    strict->setChecked(strictPricesPreferred());
    panels.engine().setStrictPrices(strict->isChecked());
    QObject::connect(strict, &QAction::toggled, &panels, [&panels](bool on) {
        setStrictPricesPreferred(on);
        panels.engine().setStrictPrices(on);
    });
}

} // namespace rs::ui

#pragma once

#include "core/carbon/CarbonEstimate.h"
#include "core/cost/DisplayCurrency.h"
#include "core/tiers/ResilienceTiers.h"

#include <QWidget>

#include <map>
#include <string>
#include <vector>

class QCustomPlot;
class QLabel;

namespace rs {
struct TierOutcome;
}

namespace rs::engine {
struct EngineResults;
}

namespace rs::docks {

/// The Costs dock's emissions tab (issue 18): what the design's usage emits a month, region by
/// region stacked by cost category, and each resilience tier's emissions against its cost. Keeps
/// only the figures it draws, so it redraws in another currency without the results.
class EmissionsView : public QWidget
{
    Q_OBJECT

public:
    explicit EmissionsView(QWidget* parent = nullptr);

    void setResults(const engine::EngineResults& results);
    /// The tier comparison's rows, with the emissions it estimated beside each cost.
    void setTiers(const std::vector<TierOutcome>& tiers);
    void setDisplayCurrency(const DisplayCurrency& currency);

private:
    struct TierPoint
    {
        ResilienceTier tier = ResilienceTier::SingleRegion;
        bool current = false;
        Money cost;
        bool costComplete = true;
        double kg = 0.0;
        bool kgComplete = true;
    };

    void redraw();
    void drawRegions();
    void drawTiers();

    bool m_estimated = false;
    bool m_nothingToEstimate = false;
    CarbonEstimate m_carbon;
    std::vector<std::string> m_regions; ///< region codes with usage, in code order
    std::vector<TierPoint> m_tiers;
    DisplayCurrency m_currency;
    QLabel* m_total = nullptr;
    QCustomPlot* m_byRegion = nullptr;
    QCustomPlot* m_tierPlot = nullptr;
};

} // namespace rs::docks

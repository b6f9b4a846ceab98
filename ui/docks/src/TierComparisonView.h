#pragma once

#include "core/Catalogues.h"
#include "core/Design.h"
#include "core/cost/DisplayCurrency.h"
#include "core/cost/PriceBook.h"
#include "core/tiers/TierComparison.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <thread>
#include <vector>

class QCustomPlot;
class QLabel;
class QTableWidget;

namespace rs::docks {

/// The design as each resilience tier would build it, side by side: monthly cost against the
/// RTO of losing the home region, as a chart and a table. The five derivations run on the view's
/// own thread from a copy of the design, one request at a time: while one runs, only the newest
/// request waits, and an answer overtaken by a newer request is dropped. Destroying the view
/// waits for the comparison under way.
class TierComparisonView : public QWidget
{
    Q_OBJECT

public:
    explicit TierComparisonView(const Catalogues& catalogues, QWidget* parent = nullptr);
    ~TierComparisonView() override;

    /// Compares the tiers of `design` priced with `book` (nothing: shows why it cannot).
    void compare(const Design& design, std::shared_ptr<const PriceBook> book);
    void setDisplayCurrency(const DisplayCurrency& currency);
    const std::vector<TierOutcome>& outcomes() const { return m_outcomes; }

signals:
    void compared();

private:
    void startNext();
    void show(std::uint64_t request, std::vector<TierOutcome> outcomes);
    void refill();

    const Catalogues& m_catalogues;
    DisplayCurrency m_currency;
    std::vector<TierOutcome> m_outcomes;
    std::uint64_t m_request = 0;
    struct Request
    {
        std::uint64_t id;
        Design design;
        std::shared_ptr<const PriceBook> book;
    };
    std::optional<Request> m_waiting;
    bool m_running = false;
    std::thread m_worker;
    QLabel* m_message = nullptr;
    QCustomPlot* m_plot = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace rs::docks

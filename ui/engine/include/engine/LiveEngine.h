#pragma once

#include "engine/EngineResults.h"
#include "engine/EngineSnapshot.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>

namespace rs::engine {

class JobThread;

/// Runs the rules, the scenarios, availability and the cost estimate on a snapshot of the design
/// in a worker thread after each edit, and hands the results to the GUI thread; the cost curve
/// and the Monte Carlo follow from a second worker. Nothing heavy ever runs on the GUI thread:
/// an edit only bumps a counter and the snapshot is copied when a run starts.
///
/// Scheduling: the first edit after a quiet spell runs at once (within one event-loop turn, so
/// edits made together count once); edits arriving while a run is under way, or within
/// `minimumInterval` of its start, are coalesced into one run on the newest state. Results
/// overtaken by a later edit are dropped, never shown.
class LiveEngine : public QObject
{
    Q_OBJECT

public:
    /// `catalogues` must outlive the engine; workers read them concurrently, never change them.
    explicit LiveEngine(const Catalogues& catalogues, QObject* parent = nullptr);
    /// Waits for the runs under way to finish (their results are dropped).
    ~LiveEngine() override;

    /// Where the design is read when a run starts (on the GUI thread). Schedules a run.
    void setDesignSource(std::function<const Design&()> source);
    /// A fixed design, copied now. Schedules a run.
    void setDesign(Design design);
    /// The prices costs are computed against; none: no costs. Schedules a run.
    void setPriceBook(std::shared_ptr<const PriceBook> prices);
    std::shared_ptr<const PriceBook> priceBook() const { return m_prices; }
    const EngineSettings& settings() const { return m_settings; }

    /// What-if: the regions and global services switched down. Answered at once from the
    /// scenarios already computed, and kept for later runs.
    void setDownElements(const QStringList& ids);
    QStringList downElements() const { return m_down; }
    /// The traffic multiple (0.1 to 10, clamped) the cost curve marks. Schedules a run.
    void setWorkloadScale(double scale);
    /// Refuse borrowed prices (CostOptions::strictPrices). Schedules a run when it changes.
    void setStrictPrices(bool strict);
    double workloadScale() const { return m_scale; }

    /// The latest results accepted (generation 0 before the first).
    const EngineResults& results() const { return m_results; }
    /// The newest edit's generation; results with a lower one are stale.
    std::uint64_t generation() const { return m_generation; }
    bool isBusy() const { return m_analysing || m_projecting || (m_dirty && m_source); }
    /// Runs whose results were dropped because a later edit overtook them.
    std::uint64_t droppedCount() const { return m_dropped; }

public slots:
    /// The design changed: a run on a fresh snapshot will follow.
    void designChanged();

signals:
    /// New results on the GUI thread: once for the fast part of a generation, again when its
    /// projections arrive, and when the what-if selection changes.
    void resultsReady(const rs::engine::EngineResults& results);
    /// A run of the fast part started on the snapshot of `generation`.
    void analysisStarted(quint64 generation);
    void busyChanged(bool busy);

private:
    void invalidate(bool designToo);
    void schedule();
    void startAnalysis();
    void analysisDone(std::shared_ptr<std::optional<EngineResults>> results);
    void startProjections(const EngineSnapshot& snapshot);
    void projectionsDone(std::uint64_t generation, std::uint64_t designRevision,
                         std::shared_ptr<std::vector<CostCurvePoint>> curve,
                         std::shared_ptr<OutageSimulationResult> outages);
    void updateBusy();

    const Catalogues& m_catalogues;
    std::function<const Design&()> m_source;
    std::shared_ptr<const Design> m_fixedDesign;
    std::shared_ptr<const PriceBook> m_prices;
    EngineSettings m_settings;
    QStringList m_down;
    double m_scale = 1.0;

    std::uint64_t m_generation = 0;
    std::uint64_t m_designRevision = 0;
    /// The newest generation, read by the workers to give up on stale runs.
    std::shared_ptr<std::atomic<std::uint64_t>> m_latest;
    bool m_dirty = false;
    bool m_analysing = false;
    bool m_projecting = false;
    bool m_busy = false;
    std::uint64_t m_projectionTarget = 0; ///< the generation of the newest projection posted
    /// Minimum time between the starts of two runs while edits keep coming.
    static constexpr int minimumRunInterval = 50;
    QElapsedTimer m_sinceStart;
    QTimer m_timer;
    std::uint64_t m_dropped = 0;
    EngineResults m_results;
    /// The last Monte Carlo and the design revision it belongs to, reused while only prices or
    /// the traffic multiple change.
    std::shared_ptr<OutageSimulationResult> m_outages;
    std::uint64_t m_outagesRevision = 0;

    std::unique_ptr<JobThread> m_analysisThread;
    std::unique_ptr<JobThread> m_projectionThread;
};

} // namespace rs::engine

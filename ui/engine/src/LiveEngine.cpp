#include "engine/LiveEngine.h"

#include "JobThread.h"
#include "engine/EngineRun.h"

#include <algorithm>
#include <limits>

namespace rs::engine {

LiveEngine::LiveEngine(const Catalogues& catalogues, QObject* parent)
    : QObject(parent)
    , m_catalogues(catalogues)
    , m_latest(std::make_shared<std::atomic<std::uint64_t>>(0))
    , m_analysisThread(std::make_unique<JobThread>())
    , m_projectionThread(std::make_unique<JobThread>())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LiveEngine::startAnalysis);
}

LiveEngine::~LiveEngine()
{
    // Before any member goes: a job still running reads the snapshot it holds, and may post its
    // results to this object, which QObject's destructor then discards.
    m_latest->store(std::numeric_limits<std::uint64_t>::max());
    m_analysisThread.reset();
    m_projectionThread.reset();
}

void LiveEngine::setDesignSource(std::function<const Design&()> source)
{
    m_fixedDesign.reset();
    m_source = std::move(source);
    invalidate(true);
}

void LiveEngine::setDesign(Design design)
{
    m_fixedDesign = std::make_shared<const Design>(std::move(design));
    m_source = [fixed = m_fixedDesign]() -> const Design& { return *fixed; };
    invalidate(true);
}

void LiveEngine::setPriceBook(std::shared_ptr<const PriceBook> prices)
{
    m_prices = std::move(prices);
    invalidate(false);
}

void LiveEngine::setDownElements(const QStringList& ids)
{
    m_down = ids;
    if (m_results.generation == 0)
        return;
    std::vector<std::string> down;
    for (const auto& id : ids)
        down.push_back(id.toStdString());
    selectWhatIf(m_results, down);
    emit resultsReady(m_results);
}

void LiveEngine::setWorkloadScale(double scale)
{
    scale = std::clamp(scale, minimumWorkloadScale, maximumWorkloadScale);
    if (scale == m_scale)
        return;
    m_scale = scale;
    invalidate(false);
}

void LiveEngine::setStrictPrices(bool strict)
{
    if (strict == m_settings.cost.strictPrices)
        return;
    m_settings.cost.strictPrices = strict;
    invalidate(false);
}

void LiveEngine::designChanged()
{
    invalidate(true);
}

void LiveEngine::invalidate(bool designToo)
{
    ++m_generation;
    if (designToo)
        ++m_designRevision;
    m_latest->store(m_generation);
    m_dirty = true;
    schedule();
    updateBusy();
}

void LiveEngine::schedule()
{
    if (!m_dirty || m_analysing || m_timer.isActive() || !m_source)
        return;
    const qint64 since =
        m_sinceStart.isValid() ? m_sinceStart.elapsed() : std::numeric_limits<qint64>::max();
    m_timer.start(since >= minimumRunInterval ? 0 : int(minimumRunInterval - since));
}

void LiveEngine::startAnalysis()
{
    if (!m_dirty || m_analysing || !m_source)
        return;
    EngineSnapshot snapshot;
    snapshot.design = m_fixedDesign ? m_fixedDesign : std::make_shared<const Design>(m_source());
    snapshot.catalogues = &m_catalogues;
    snapshot.prices = m_prices;
    snapshot.workloadScale = m_scale;
    snapshot.generation = m_generation;
    snapshot.designRevision = m_designRevision;
    m_dirty = false;
    m_analysing = true;
    m_sinceStart.start();
    emit analysisStarted(snapshot.generation);

    m_analysisThread->post([this, snapshot, settings = m_settings, latest = m_latest] {
        auto results = std::make_shared<std::optional<EngineResults>>(
            analyse(snapshot, settings, [&] { return latest->load() != snapshot.generation; }));
        if (results->has_value())
            (*results)->workloadScale = snapshot.workloadScale;
        QMetaObject::invokeMethod(
            this,
            [this, results, snapshot] {
                const bool fresh = results->has_value() && snapshot.generation == m_generation;
                analysisDone(fresh ? results : nullptr);
                if (fresh)
                    startProjections(snapshot);
            },
            Qt::QueuedConnection);
    });
}

void LiveEngine::analysisDone(std::shared_ptr<std::optional<EngineResults>> results)
{
    m_analysing = false;
    if (!results) {
        ++m_dropped;
    } else {
        auto next = std::move(**results);
        // Keep showing the previous projections until this generation's arrive.
        next.costCurve = std::move(m_results.costCurve);
        next.outages = std::move(m_results.outages);
        next.projectionsGeneration = m_results.projectionsGeneration;
        m_results = std::move(next);
        std::vector<std::string> down;
        for (const auto& id : m_down)
            down.push_back(id.toStdString());
        selectWhatIf(m_results, down);
        emit resultsReady(m_results);
    }
    schedule();
    updateBusy();
}

void LiveEngine::startProjections(const EngineSnapshot& snapshot)
{
    m_projecting = true;
    m_projectionTarget = snapshot.generation;
    const auto reuse = m_outagesRevision == snapshot.designRevision ? m_outages : nullptr;
    m_projectionThread->post([this, snapshot, settings = m_settings, latest = m_latest, reuse] {
        std::shared_ptr<std::vector<CostCurvePoint>> curve;
        auto outages = reuse;
        const auto fresh = [&] { return latest->load() == snapshot.generation; };
        if (fresh())
            curve = std::make_shared<std::vector<CostCurvePoint>>(costCurve(snapshot, settings));
        if (!outages && fresh())
            outages =
                std::make_shared<OutageSimulationResult>(simulateOutagesOf(snapshot, settings));
        if (!fresh())
            curve = nullptr; // overtaken: say so, and let the newer run's projections count
        QMetaObject::invokeMethod(
            this,
            [this, snapshot, curve, outages] {
                projectionsDone(snapshot.generation, snapshot.designRevision, curve, outages);
            },
            Qt::QueuedConnection);
    });
}

void LiveEngine::projectionsDone(std::uint64_t generation, std::uint64_t designRevision,
                                 std::shared_ptr<std::vector<CostCurvePoint>> curve,
                                 std::shared_ptr<OutageSimulationResult> outages)
{
    // A projection posted behind this one may have replaced another; only the newest clears
    // the flag.
    if (generation == m_projectionTarget)
        m_projecting = false;
    if (curve && outages && generation == m_generation && generation == m_results.generation) {
        m_outages = outages;
        m_outagesRevision = designRevision;
        m_results.costCurve = std::move(*curve);
        m_results.outages = *outages;
        m_results.projectionsGeneration = generation;
        emit resultsReady(m_results);
    } else {
        ++m_dropped;
    }
    updateBusy();
}

void LiveEngine::updateBusy()
{
    const bool busy = isBusy();
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace rs::engine

#include "PriceJobRunner.h"

#include "DisplayFormat.h"
#include "core/DesignIndex.h"
#include "core/analysis/Analysis.h"
#include "pricing/PriceCatalogue.h"
#include "pricing/import/CatalogueImport.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace rs::docks {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("PriceJobRunner", text);
}

QString importSummary(const pricing::ImportOutcome& outcome)
{
    const auto& r = outcome.report;
    auto summary = tr("Imported version %1 from %2 price records: %3 rows from the files, %4 "
                      "carried over from the version before; skipped records: %5. It is not "
                      "active yet: compare it, then activate it.")
                       .arg(outcome.versionId)
                       .arg(r.recordsRead)
                       .arg(r.rowsImported)
                       .arg(r.rowsCarriedOver)
                       .arg(r.skippedCount());
    for (const auto& skips : r.skipped) {
        summary +=
            QStringLiteral("\n· %1 × %2 (first: %3)")
                .arg(skips.count)
                .arg(QString::fromStdString(skips.reason), QString::fromStdString(skips.example));
    }
    return summary;
}

Result<PriceComparison> comparison(const std::filesystem::path& path, int fromVersion,
                                   int toVersion, const Design* design,
                                   const Catalogues& catalogues)
{
    auto catalogue = pricing::PriceCatalogue::open(path);
    if (!catalogue)
        return catalogue.errors();
    auto diff = pricing::diffVersions(catalogue.value(), fromVersion, toVersion);
    if (!diff)
        return diff.errors();
    PriceComparison out;
    out.diff = std::move(diff).value();
    if (!design || design->elementCount() == 0)
        return out;
    auto before = catalogue.value().loadPriceBookWith(fromVersion);
    auto after = catalogue.value().loadPriceBookWith(toVersion);
    if (!before || !after)
        return before ? after.errors() : before.errors();
    const DesignIndex index(*design, catalogues);
    out.designName = design->name;
    AnalysisOptions options;
    options.parts = AnalysisParts::none();
    options.parts.cost = true;
    const auto from = analyseDesign(index, &before.value(), options)->cost;
    const auto to = analyseDesign(index, &after.value(), options)->cost;
    out.designFrom = from.total;
    out.designTo = to.total;
    out.designUnpricedFrom = from.unpricedCount;
    out.designUnpricedTo = to.unpricedCount;
    return out;
}

} // namespace

PriceJobRunner::PriceJobRunner(QObject* parent)
    : QObject(parent)
{}

PriceJobRunner::~PriceJobRunner()
{
    cancel();
    if (m_thread.joinable())
        m_thread.join();
}

template <typename Job> bool PriceJobRunner::start(Job job)
{
    if (m_busy)
        return false;
    if (m_thread.joinable())
        m_thread.join(); // finished already: only its last signal was left to deliver
    m_stop = std::make_shared<std::atomic<bool>>(false);
    m_busy = true;
    emit busyChanged(true);
    m_thread = std::thread([job = std::move(job), stop = m_stop] { job(*stop); });
    return true;
}

void PriceJobRunner::finish()
{
    m_busy = false;
    emit busyChanged(false);
}

bool PriceJobRunner::importFiles(const std::filesystem::path& catalogue, const QStringList& files)
{
    std::vector<std::filesystem::path> paths;
    for (const auto& f : files)
        paths.emplace_back(f.toStdString());
    return start([this, catalogue, paths](const std::atomic<bool>& stop) {
        const pricing::ImportControl control{
            [this](const pricing::ImportProgress& p) {
                QMetaObject::invokeMethod(
                    this,
                    [this, stage = QString::fromStdString(p.stage), done = qint64(p.bytesDone),
                     total = qint64(p.bytesTotal)] { emit progressed(stage, done, total); },
                    Qt::QueuedConnection);
            },
            &stop};
        auto opened = pricing::PriceCatalogue::open(catalogue);
        auto outcome = opened ? pricing::importPriceFiles(opened.value(), paths, {}, control)
                              : Result<pricing::ImportOutcome>(opened.errors());
        QMetaObject::invokeMethod(
            this,
            [this, outcome = std::move(outcome)] {
                finish();
                if (outcome)
                    emit imported(outcome.value().versionId, importSummary(outcome.value()));
                else
                    emit importFailed(errorText(outcome.errors()));
            },
            Qt::QueuedConnection);
    });
}

bool PriceJobRunner::compare(const std::filesystem::path& catalogue, int from, int to,
                             std::shared_ptr<const Design> design, const Catalogues& catalogues)
{
    return start([this, catalogue, from, to, design, &catalogues](const std::atomic<bool>&) {
        auto result = comparison(catalogue, from, to, design.get(), catalogues);
        QMetaObject::invokeMethod(
            this,
            [this, result = std::move(result)] {
                finish();
                if (result)
                    emit compared(result.value());
                else
                    emit comparisonFailed(errorText(result.errors()));
            },
            Qt::QueuedConnection);
    });
}

void PriceJobRunner::cancel()
{
    if (m_stop)
        m_stop->store(true);
}

} // namespace rs::docks

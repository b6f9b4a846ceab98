#pragma once

#include "core/Catalogues.h"
#include "core/Design.h"
#include "docks/PriceComparison.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <filesystem>
#include <memory>
#include <thread>

namespace rs::docks {

/// Runs the pricing manager's long jobs off the GUI thread, one at a time: importing price
/// files into the catalogue (with progress, cancellable) and comparing two versions. Each job
/// opens the catalogue file on its own connection; the signals arrive on the GUI thread. The
/// destructor cancels a running job and waits for it.
class PriceJobRunner : public QObject
{
    Q_OBJECT

public:
    explicit PriceJobRunner(QObject* parent = nullptr);
    ~PriceJobRunner() override;

    bool isBusy() const { return m_busy; }

    /// Imports `files` (one provider's) as a new, inactive version. False when busy.
    bool importFiles(const std::filesystem::path& catalogue, const QStringList& files);
    /// Compares versions `from` and `to`, and prices `design` under each. False when busy.
    bool compare(const std::filesystem::path& catalogue, int from, int to,
                 std::shared_ptr<const Design> design, const Catalogues& catalogues);
    /// Asks a running import to stop; it then fails with pricing::cancelledMessage.
    void cancel();

signals:
    void progressed(const QString& stage, qint64 bytesDone, qint64 bytesTotal);
    /// An import stored version `versionId`; `summary` says what it read.
    void imported(int versionId, const QString& summary);
    /// The import failed or was cancelled: nothing was stored. Each error located, a line each.
    void importFailed(const QString& message);
    void compared(const rs::docks::PriceComparison& comparison);
    void comparisonFailed(const QString& message);
    void busyChanged(bool busy);

private:
    template <typename Job> bool start(Job job);
    void finish();

    std::thread m_thread;
    std::shared_ptr<std::atomic<bool>> m_stop;
    bool m_busy = false;
};

} // namespace rs::docks

#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>

namespace rs::pricing {

/// How far a download or an import has got: for a progress bar (bytes of the current file) and
/// a status line (records, stage).
struct ImportProgress
{
    std::string stage;            ///< "reading aws-offer.json", "downloading AWSLambda eu-west-1"
    std::uint64_t bytesDone = 0;  ///< of the current file or download
    std::uint64_t bytesTotal = 0; ///< 0 when not known (a download without Content-Length)
    std::uint64_t records = 0;    ///< price records read so far in the current file
};

/// What a caller passes to follow and stop a long import or download, typically from a worker
/// thread behind a progress bar:
///
///     std::atomic<bool> stop{false};               // the Cancel button sets it
///     ImportControl control{[&](const ImportProgress& p) { emit progressed(p); }, &stop};
///     auto outcome = importPriceFiles(catalogue, files, options, control); // on the worker
///     // or updatePrices(catalogue, updateOptions, control) to download first
///
/// While the call runs, use that catalogue from no other thread.
/// `onProgress` runs on the thread doing the work, about once per MiB read (and at the end of
/// each file, and once more, a "storing" stage without bytes, before the version is written),
/// so it must be cheap and thread-safe towards the GUI (queue a signal). Setting
/// `*cancel` from any thread stops the work at the next MiB (a download within 50 ms); the call
/// then fails with an error whose message is `cancelledMessage`, and the catalogue is left as
/// it was.
struct ImportControl
{
    std::function<void(const ImportProgress&)> onProgress;
    const std::atomic<bool>* cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void report(const ImportProgress& progress) const
    {
        if (onProgress)
            onProgress(progress);
    }
};

/// The message of the error a cancelled import or download fails with.
inline constexpr const char* cancelledMessage = "cancelled: nothing was imported";

} // namespace rs::pricing

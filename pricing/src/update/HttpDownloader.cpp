#include "HttpDownloader.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <limits>
#include <memory>
#include <regex>

namespace rs::pricing {

namespace {

/// Qt Network needs an application object; the command line has none.
std::unique_ptr<QCoreApplication> applicationIfNone()
{
    if (QCoreApplication::instance())
        return nullptr;
    static int argc = 1;
    static char name[] = "resilience";
    static char* argv[] = {name, nullptr};
    return std::make_unique<QCoreApplication>(argc, argv);
}

/// Runs one GET, handing each chunk to `sink` (false from it aborts with `sinkError`).
Result<std::uint64_t> get(const std::string& url, const ImportControl& control,
                          const std::string& stage, const DownloadLimits& limits,
                          const std::function<std::optional<std::string>(const QByteArray&)>& sink)
{
    const auto app = applicationIfNone();
    const Location where{HttpDownloader::masked(url), 0, 0, {}};
    const QUrl qurl(QString::fromStdString(url));
    if (!qurl.isValid() || (qurl.scheme() != "http" && qurl.scheme() != "https"))
        return Error{ErrorCode::Io, "not an http(s) URL", where};

    QNetworkAccessManager network;
    QNetworkRequest request(qurl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(60'000);
    request.setHeader(QNetworkRequest::UserAgentHeader, "resilience-studio price update");
    std::unique_ptr<QNetworkReply> reply(network.get(request));

    QEventLoop loop;
    std::uint64_t received = 0;
    std::optional<std::string> failure;
    bool cancelled = false;
    const auto drain = [&] {
        if (!reply->isOpen())
            return; // aborted
        const auto chunk = reply->readAll();
        if (chunk.isEmpty() || failure)
            return;
        received += static_cast<std::uint64_t>(chunk.size());
        if (received > limits.maxBytes) {
            failure = "the download is larger than " + std::to_string(limits.maxBytes) +
                      " bytes, the limit; stopped and removed";
            reply->abort();
            return;
        }
        if (auto problem = sink(chunk)) {
            failure = std::move(problem);
            reply->abort();
        }
    };
    QObject::connect(reply.get(), &QNetworkReply::readyRead, &loop, drain);
    QObject::connect(reply.get(), &QNetworkReply::downloadProgress, &loop,
                     [&](qint64 done, qint64 total) {
                         control.report({stage, static_cast<std::uint64_t>(done),
                                         total > 0 ? static_cast<std::uint64_t>(total) : 0, 0});
                     });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer poll; // cancellation comes from another thread as a flag
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (control.cancelled() && !cancelled) {
            cancelled = true;
            reply->abort();
        }
    });
    poll.start(50);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        if (!failure)
            failure = "the update did not finish within its " +
                      std::to_string(limits.allowed.count()) +
                      " s (the server sends too slowly); stopped";
        reply->abort();
    });
    if (limits.deadline != std::chrono::steady_clock::time_point::max()) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            limits.deadline - std::chrono::steady_clock::now());
        deadline.start(std::chrono::milliseconds(
            std::clamp<std::int64_t>(left.count(), 0, std::numeric_limits<int>::max())));
    }
    if (!reply->isFinished())
        loop.exec();
    drain();

    // Asked to stop while the last bytes arrived, before the poll saw it: stop all the same.
    if (cancelled || control.cancelled())
        return Error{ErrorCode::Io, cancelledMessage, where};
    if (failure)
        return Error{ErrorCode::Io, *failure, where};
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && status == 0)
        return Error{ErrorCode::Io,
                     "download failed: " +
                         HttpDownloader::masked(reply->errorString().toStdString()),
                     where};
    if (status != 200)
        return Error{ErrorCode::Io,
                     "the server answered HTTP " + std::to_string(status) + " " +
                         reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute)
                             .toString()
                             .toStdString(),
                     where};
    return received;
}

/// errno as people read it, and what to do about a full disk.
std::string writeProblem(int error)
{
    std::string text = std::strerror(error);
    if (error == ENOSPC || error == EDQUOT || error == EFBIG)
        text += " (the download folder is full or the file over the system's size limit: "
                "free space or choose another folder)";
    return text;
}

} // namespace

std::string HttpDownloader::masked(const std::string& url)
{
    static const std::regex key("([?&]key=)[^&\\s]*");
    return std::regex_replace(url, key, "$1***");
}

Result<std::uint64_t> HttpDownloader::toFile(const std::string& url,
                                             const std::filesystem::path& file,
                                             const ImportControl& control, const std::string& stage,
                                             const DownloadLimits& limits)
{
    // stdio rather than QFile: QFile reports a short write on a full disk as "Unknown error";
    // fwrite and fclose leave the cause in errno.
    const Location where{file.string(), 0, 0, {}};
    std::FILE* out = std::fopen(file.c_str(), "wb");
    if (!out)
        return Error{ErrorCode::Io, "cannot write the download: " + writeProblem(errno), where};
    auto done = get(url, control, stage, limits,
                    [&](const QByteArray& chunk) -> std::optional<std::string> {
                        const auto size = static_cast<std::size_t>(chunk.size());
                        if (std::fwrite(chunk.constData(), 1, size, out) != size)
                            return "cannot write " + file.string() + ": " + writeProblem(errno);
                        return std::nullopt;
                    });
    // The last buffered bytes reach the disk here: a full disk may show only now.
    const int closeErrno = std::fclose(out) == 0 ? 0 : errno;
    if (done && closeErrno != 0)
        done = Error{ErrorCode::Io,
                     "cannot write " + file.string() + ": " + writeProblem(closeErrno), where};
    std::error_code ec;
    if (!done && std::filesystem::is_regular_file(file, ec))
        std::filesystem::remove(file, ec); // never a device given as the file
    return done;
}

Result<std::string> HttpDownloader::toText(const std::string& url, const ImportControl& control,
                                           const std::string& stage, const DownloadLimits& limits)
{
    DownloadLimits small = limits;
    small.maxBytes = std::min(limits.maxBytes, std::uint64_t{64} << 20);
    std::string text;
    auto done =
        get(url, control, stage, small, [&](const QByteArray& chunk) -> std::optional<std::string> {
            text.append(chunk.constData(), static_cast<std::size_t>(chunk.size()));
            return std::nullopt;
        });
    if (!done)
        return done.errors();
    return text;
}

} // namespace rs::pricing

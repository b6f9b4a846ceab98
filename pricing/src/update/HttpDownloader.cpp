#include "HttpDownloader.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

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
                          const std::string& stage,
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

} // namespace

std::string HttpDownloader::masked(const std::string& url)
{
    static const std::regex key("([?&]key=)[^&\\s]*");
    return std::regex_replace(url, key, "$1***");
}

Result<std::uint64_t> HttpDownloader::toFile(const std::string& url,
                                             const std::filesystem::path& file,
                                             const ImportControl& control, const std::string& stage)
{
    QFile out(QString::fromStdString(file.string()));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{ErrorCode::Io,
                     "cannot write the download: " + out.errorString().toStdString(),
                     {file.string(), 0, 0, {}}};
    auto done =
        get(url, control, stage, [&](const QByteArray& chunk) -> std::optional<std::string> {
            if (out.write(chunk) != chunk.size())
                return "cannot write " + file.string() + ": " + out.errorString().toStdString();
            return std::nullopt;
        });
    out.close();
    if (!done)
        out.remove();
    return done;
}

Result<std::string> HttpDownloader::toText(const std::string& url, const ImportControl& control,
                                           const std::string& stage, std::uint64_t limit)
{
    std::string text;
    auto done =
        get(url, control, stage, [&](const QByteArray& chunk) -> std::optional<std::string> {
            if (text.size() + static_cast<std::size_t>(chunk.size()) > limit)
                return "the document is larger than " + std::to_string(limit >> 20) + " MiB";
            text.append(chunk.constData(), static_cast<std::size_t>(chunk.size()));
            return std::nullopt;
        });
    if (!done)
        return done.errors();
    return text;
}

} // namespace rs::pricing

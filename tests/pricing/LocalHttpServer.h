#pragma once

#include <QByteArray>
#include <QStringList>
#include <QTcpServer>

#include <functional>
#include <optional>

namespace rs::test {

/// A minimal HTTP/1.1 server on 127.0.0.1 for the online-update tests: each GET's target
/// (path and query) goes to `route`, which returns the body, or nothing for a 404. It runs on
/// the test's thread, served by the event loop the downloader runs while it waits.
class LocalHttpServer
{
public:
    using Route = std::function<std::optional<QByteArray>(const QString& target)>;

    explicit LocalHttpServer(Route route);
    QString baseUrl() const;
    const QStringList& requests() const { return m_requests; }

private:
    void serve(class QTcpSocket* socket);

    Route m_route;
    QTcpServer m_server;
    QStringList m_requests;
};

} // namespace rs::test

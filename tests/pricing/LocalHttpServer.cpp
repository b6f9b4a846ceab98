#include "LocalHttpServer.h"

#include <QTcpSocket>

namespace rs::test {

LocalHttpServer::LocalHttpServer(Route route)
    : m_route(std::move(route))
{
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot listen on 127.0.0.1");
    QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
        while (auto* socket = m_server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::readyRead, socket,
                             [this, socket] { serve(socket); });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

QString LocalHttpServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
}

void LocalHttpServer::serve(QTcpSocket* socket)
{
    auto buffered = socket->property("request").toByteArray() + socket->readAll();
    socket->setProperty("request", buffered);
    if (!buffered.contains("\r\n\r\n"))
        return;
    const auto line = buffered.left(buffered.indexOf("\r\n")).split(' ');
    const auto target = line.size() >= 2 ? QString::fromUtf8(line[1]) : QString();
    m_requests << target;
    const auto body = m_route(target);
    QByteArray response = body ? "HTTP/1.1 200 OK\r\n" : "HTTP/1.1 404 Not Found\r\n";
    const QByteArray content = body ? *body : QByteArray("not here");
    response += "Content-Length: " + QByteArray::number(content.size()) +
                "\r\nContent-Type: application/octet-stream\r\nConnection: close\r\n\r\n";
    socket->write(response);
    socket->write(content);
    socket->disconnectFromHost();
}

} // namespace rs::test

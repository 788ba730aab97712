// SPDX-License-Identifier: LicenseRef-Sportello
// A QHttpServerResponder kept for answering later, safe if the client goes away first.
#include "http/deferredresponse.h"

namespace sportello::http {

namespace {
QByteArray reasonPhrase(QHttpServerResponder::StatusCode status)
{
    using S = QHttpServerResponder::StatusCode;
    switch (status) {
    case S::Ok:
        return QByteArrayLiteral("OK");
    case S::BadRequest:
        return QByteArrayLiteral("Bad Request");
    case S::Unauthorized:
        return QByteArrayLiteral("Unauthorized");
    case S::Forbidden:
        return QByteArrayLiteral("Forbidden");
    case S::NotFound:
        return QByteArrayLiteral("Not Found");
    case S::PayloadTooLarge:
        return QByteArrayLiteral("Payload Too Large");
    case S::BadGateway:
        return QByteArrayLiteral("Bad Gateway");
    case S::ServiceUnavailable:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Status");
    }
}
} // namespace

DeferredResponse::DeferredResponse(QHttpServerResponder &&responder)
    : m_socket(responder.socket())
    , m_responder(std::move(responder))
{
    m_timer.start();
}

bool DeferredResponse::write(const QByteArray &body, const QByteArray &contentType,
                             QHttpServerResponder::StatusCode status,
                             QHttpServerResponder::HeaderList extraHeaders)
{
    if (!isAlive())
        return false;
    // One buffer, one write: Qt 6.4's responder writes the status line, each header and the
    // body separately, which costs a system call and a TCP segment each on the hot path.
    QByteArray response;
    response.reserve(128 + body.size());
    response.append("HTTP/1.1 ");
    response.append(QByteArray::number(int(status)));
    response.append(' ');
    response.append(reasonPhrase(status));
    response.append("\r\nContent-Type: ");
    response.append(contentType);
    response.append("\r\nContent-Length: ");
    response.append(QByteArray::number(body.size()));
    response.append("\r\n");
    for (const auto &header : extraHeaders) {
        response.append(header.first);
        response.append(": ");
        response.append(header.second);
        response.append("\r\n");
    }
    response.append("\r\n");
    response.append(body);
    m_socket->write(response);
    return true;
}

bool DeferredResponse::write(QHttpServerResponse &&response)
{
    if (!isAlive())
        return false;
    response.write(std::move(m_responder));
    return true;
}

} // namespace sportello::http

// SPDX-License-Identifier: LicenseRef-Sportello
// A QHttpServerResponder kept for answering later, safe if the client goes away first.
#include "http/deferredresponse.h"

namespace sportello::http {

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
    m_responder.writeStatusLine(status);
    m_responder.writeHeader(QByteArrayLiteral("Content-Type"), contentType);
    m_responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    for (const auto &header : extraHeaders)
        m_responder.writeHeader(header.first, header.second);
    m_responder.writeBody(body);
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

// SPDX-License-Identifier: LicenseRef-Sportello
// Loopback stand-in for the server's POST /webhook: records deliveries, checks their signature.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

class QHttpServer;

namespace sportello::test {

// Listens on 127.0.0.1 and accepts POST /webhook like Meta expects from a server: verifies
// X-Hub-Signature-256 against the app secret (401 when wrong, still recorded), otherwise
// answers the configured status. stop() then listen(port()) simulates the server going down
// and coming back on the same port.
class WebhookReceiver : public QObject
{
    Q_OBJECT

public:
    struct Delivery
    {
        QByteArray body;            // raw bytes, as signed
        QByteArray signatureHeader; // X-Hub-Signature-256 as received
        bool signatureValid = false;
        QJsonObject json;     // the parsed body ({} if not JSON)
        qint64 arrivalMs = 0; // steady clock (QDeadlineTimer::current())
        int answeredStatus = 0;
    };

    explicit WebhookReceiver(QByteArray appSecret, QObject *parent = nullptr);
    ~WebhookReceiver() override;

    // Returns the bound port (0 = any free one), 0 on failure.
    quint16 listen(quint16 port = 0);
    void stop();
    bool isListening() const { return m_server != nullptr; }
    // The last bound port; kept after stop() so that listen(port()) restarts in place.
    quint16 port() const { return m_port; }
    QUrl url() const; // http://127.0.0.1:<port>/webhook

    // Status answered to correctly signed deliveries (default 200).
    void setResponseStatus(int status) { m_responseStatus = status; }

    QList<Delivery> deliveries() const { return m_deliveries; }
    int count() const { return static_cast<int>(m_deliveries.size()); }
    void clear() { m_deliveries.clear(); }

    // Every entry[].changes[].value.statuses[] / messages[] item of correctly signed
    // deliveries, in arrival order.
    QList<QJsonObject> statuses() const;
    QList<QJsonObject> messages() const;
    QList<QJsonObject> statusesFor(const QString &wamid) const;
    // Every entry[].changes[].value object of correctly signed deliveries.
    QList<QJsonObject> values() const;

    // Constant-time check of "sha256=<hex HMAC-SHA256(secret, body)>".
    static bool verifySignature(const QByteArray &appSecret, const QByteArray &body,
                                const QByteArray &header);

Q_SIGNALS:
    void delivered(const sportello::test::WebhookReceiver::Delivery &delivery);

private:
    QByteArray m_appSecret;
    QHttpServer *m_server = nullptr;
    quint16 m_port = 0;
    int m_responseStatus = 200;
    QList<Delivery> m_deliveries;
};

} // namespace sportello::test

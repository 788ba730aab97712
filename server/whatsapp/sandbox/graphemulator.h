// SPDX-License-Identifier: LicenseRef-Sportello
// In-memory WhatsApp Cloud API (Graph) emulator: the sandbox channel's "Meta" and its customers.
#pragma once

#include <deque>
#include <functional>
#include <optional>

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include "whatsapp/sandbox/faultplan.h"
#include "whatsapp/sandbox/graphemulatoroptions.h"

class QNetworkAccessManager;

namespace sportello::whatsapp::sandbox {

// What the HTTP front (GraphEmulatorServer) must answer to a send request.
struct EmulatorReply
{
    int httpStatus = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=UTF-8");
    int delayMs = 0;          // answer only after this long
    bool neverAnswer = false; // keep the connection open and silent (client-side timeout)
};

// One POST /{phone_number_id}/messages as the emulator saw it.
struct RecordedRequest
{
    enum class Kind
    {
        Message,  // a send
        MarkRead, // "status":"read"
        Invalid,  // rejected before its kind was known (auth, unknown number, bad JSON)
    };
    qint64 sequence = 0;  // 1, 2, ... in arrival order
    qint64 arrivalMs = 0; // steady clock (QDeadlineTimer::current()), for pacing checks
    QString phoneNumberId;
    Kind kind = Kind::Invalid;
    QString to;         // recipient (sends)
    QString type;       // message type (sends)
    QString messageId;  // marked read (mark-as-read)
    int httpStatus = 0; // answered status; 0 = never answered (timeout fault)
    int errorCode = 0;  // Graph error code of the answer, 0 on success
    bool faulted = false;
    QString fault; // FaultPlan mode name when faulted
    QString wamid; // when the send was accepted
};

// A business message the emulator accepted, with where it is in its status timeline.
struct AcceptedMessage
{
    QString wamid;
    QString phoneNumberId;
    QString to;
    QString type;
    QJsonObject request; // the JSON body of the send request
    QString bizOpaqueCallbackData;
    qint64 acceptedMs = 0;                       // steady clock
    qint64 acceptedAtUnix = 0;                   // seconds
    QString status = QStringLiteral("accepted"); // accepted|sent|delivered|read|failed
    QString pricingCategory;                     // service|utility|marketing|authentication
    QString pricingType;                         // free_customer_service|regular
    bool billable = false;
    int failureCode = 0; // with status "failed"
};

// A message a sandbox customer writes to the business.
struct CustomerMessage
{
    QString phoneNumberId; // empty: the first known number
    QString waId;          // the customer's phone number, digits
    QString userId;        // BSUID, optional (contacts[].user_id, messages[].from_user_id)
    QString profileName;   // empty: "Sandbox customer"
    std::optional<qint64> timestamp; // Unix seconds; unset: now
    QString contextWamid;            // the business message being replied to, optional
    // A WhatsApp messages[] item without from/id/timestamp, e.g.
    // {"type":"text","text":{"body":"ciao"}}; "type" is required.
    QJsonObject content;

    static CustomerMessage text(const QString &waId, const QString &body);
};

struct CustomerSendResult
{
    QString wamid;
    QString waId;
    QString phoneNumberId;
    int webhookStatus = 0; // HTTP status of the webhook POST; 0 = no HTTP answer
    QString error;         // network error text when it failed

    bool accepted() const { return webhookStatus >= 200 && webhookStatus < 300; }
};

// A message a sandbox customer sent, as recorded by the emulator.
struct CustomerMessageRecord
{
    QString wamid;
    QString phoneNumberId;
    QString waId;
    QString userId;
    QString profileName;
    qint64 timestamp = 0;
    QJsonObject message;    // the messages[] item as posted
    int webhookStatus = -1; // -1 while the webhook POST is in flight, 0 = no HTTP answer
    bool readByBusiness = false;
};

// Behaves like Meta's side of the WhatsApp Cloud API, for sandbox mode and tests:
//  - Graph side: handleSend() validates, answers and accepts send / mark-as-read requests like
//    the Graph API, then posts signed status webhooks (sent, delivered, read) to the server;
//  - failure injection (setFault) for every error the server must survive;
//  - customer side: customerSends() / customerReads() act as the person on the other phone.
// It holds no HTTP server: GraphEmulatorServer puts handleSend() on a port.
//
// Thread affinity: everything, timers and network included, runs in the thread the object lives
// in; call it from that thread only. State is in memory and is lost with the object.
class GraphEmulator : public QObject
{
    Q_OBJECT

public:
    using CustomerSendCallback = std::function<void(const CustomerSendResult &)>;

    explicit GraphEmulator(GraphEmulatorOptions options, QObject *parent = nullptr);
    ~GraphEmulator() override;

    const GraphEmulatorOptions &options() const { return m_options; }
    // The server's port may be known only after the emulator exists.
    void setWebhookUrl(const QUrl &url);
    bool hasPhoneNumber(const QString &phoneNumberId) const;
    QString defaultPhoneNumberId() const;

    // Graph side: POST /{version}/{phoneNumberId}/messages with its Authorization header value
    // and raw body.
    EmulatorReply handleSend(const QString &phoneNumberId, const QByteArray &authorization,
                             const QByteArray &body);

    void setFault(const FaultPlan &plan);
    void clearFaults();
    // The plan in force with its remaining count; mode None when there is none.
    FaultPlan currentFault() const;

    // Customer side. Posts the message webhook once (Meta's retries are not emulated here, so
    // the caller learns at once whether the server took it) and reports through `done` and
    // customerMessagePosted(). `done` runs only while the emulator exists; guard what it
    // captures. Returns the new wamid, or an empty string when the message is unusable.
    QString customerSends(const CustomerMessage &message, CustomerSendCallback done = {});
    // The customer opens the chat: every message delivered to them and not yet read turns read
    // (status webhooks follow). An empty phoneNumberId means every number. Returns how many.
    int customerReads(const QString &waId, const QString &phoneNumberId = {});

    // Records.
    QList<RecordedRequest> requests() const { return m_requests; }
    QList<AcceptedMessage> acceptedMessages() const { return m_messages; }
    QList<AcceptedMessage> messagesTo(const QString &waId) const;
    std::optional<AcceptedMessage> message(const QString &wamid) const;
    QList<CustomerMessageRecord> customerMessages() const { return m_customerMessages; }
    QList<CustomerMessageRecord> messagesFrom(const QString &waId) const;
    // Forgets requests, messages both ways, service windows and throughput history (faults
    // stay); status timers of forgotten messages fire into nothing.
    void clearRecords();
    // Webhook posts in flight or waiting for a retry.
    int pendingWebhookCount() const { return m_pendingWebhooks; }

    // "wamid." + base64 of a Meta-like binary id embedding the recipient (or sender) number and
    // a unique part. `inbound` picks the layout Meta uses for messages customers send.
    static QString generateWamid(const QString &number, bool inbound = false);
    // Value of the X-Hub-Signature-256 header: "sha256=" + hex HMAC-SHA256(appSecret, body).
    static QByteArray signatureHeader(const QByteArray &appSecret, const QByteArray &body);

Q_SIGNALS:
    void requestReceived(const sportello::whatsapp::sandbox::RecordedRequest &request);
    void messageAccepted(const sportello::whatsapp::sandbox::AcceptedMessage &message);
    void messageStatusChanged(const QString &wamid, const QString &status);
    // The business marked a customer message read (and maybe showed "typing...").
    void customerMessageRead(const QString &wamid, bool typingIndicator);
    void customerMessagePosted(const sportello::whatsapp::sandbox::CustomerSendResult &result);
    // A status webhook POST was answered 2xx; event is the status (sent, delivered, ...).
    void webhookDelivered(const QString &wamid, const QString &event, int httpStatus, int attempts);
    void webhookAbandoned(const QString &wamid, const QString &event, int attempts);

private:
    struct Webhook
    {
        QByteArray body;
        QString wamid;
        QString event;
        int attempts = 0;
    };

    EmulatorReply process(RecordedRequest &record, const QByteArray &authorization,
                          const QByteArray &body);
    EmulatorReply processMarkRead(RecordedRequest &record,
                                  const GraphEmulatorOptions::PhoneNumber &phone,
                                  const QJsonObject &json);
    // `normal` answers the request as if nothing were wrong, given a failure code for the
    // status timeline (0 = none).
    std::optional<EmulatorReply> applyFault(RecordedRequest &record, bool isSend,
                                            const std::function<EmulatorReply(int)> &normal);
    bool throughputExceeded(const QString &phoneNumberId, qint64 nowMs);
    QString accept(const GraphEmulatorOptions::PhoneNumber &phone, const QJsonObject &json,
                   int failureCode);
    void advanceStatus(const QString &wamid, const QString &status);
    void scheduleStatus(const QString &wamid, const QString &status, int delayMs,
                        std::function<void()> next = {});
    QJsonObject statusJson(const AcceptedMessage &message) const;
    bool serviceWindowOpen(const QString &phoneNumberId, const QString &waId) const;
    void markCustomerMessagesRead(const QString &phoneNumberId, const QString &wamid,
                                  bool typingIndicator);
    QByteArray envelope(const QJsonObject &value) const;
    const GraphEmulatorOptions::PhoneNumber *phoneNumber(const QString &id) const;
    void postWebhook(Webhook webhook);
    void setCustomerWebhookStatus(const QString &wamid, int status);

    GraphEmulatorOptions m_options;
    QNetworkAccessManager *m_network = nullptr;
    FaultPlan m_fault;

    QList<RecordedRequest> m_requests;
    QList<AcceptedMessage> m_messages;
    QHash<QString, qsizetype> m_messageIndex; // wamid -> m_messages position
    QList<CustomerMessageRecord> m_customerMessages;
    // "phoneNumberId/waId" -> Unix time of the customer's latest message
    QHash<QString, qint64> m_lastCustomerMessage;
    QHash<QString, std::deque<qint64>> m_recentSends; // phoneNumberId -> steady ms, last second
    qint64 m_requestSequence = 0;
    int m_pendingWebhooks = 0;
};

} // namespace sportello::whatsapp::sandbox

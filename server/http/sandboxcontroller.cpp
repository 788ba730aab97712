// SPDX-License-Identifier: LicenseRef-Sportello
// The main server's /sandbox/... HTTP API: play the customer, inject faults, inspect traffic.
#include "http/sandboxcontroller.h"

#include <memory>
#include <optional>
#include <utility>

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

#include "http/deferredresponse.h"
#include "whatsapp/sandbox/graphemulator.h"

using namespace Qt::StringLiterals;

namespace sportello::http {

using whatsapp::sandbox::AcceptedMessage;
using whatsapp::sandbox::CustomerMessage;
using whatsapp::sandbox::CustomerMessageRecord;
using whatsapp::sandbox::CustomerSendResult;
using whatsapp::sandbox::FaultPlan;
using whatsapp::sandbox::RecordedRequest;
using StatusCode = QHttpServerResponder::StatusCode;

namespace {

QHttpServerResponse fieldError(const QString &field, const QString &message,
                               StatusCode status = StatusCode::BadRequest)
{
    return QHttpServerResponse(
        QJsonObject{{u"error"_s, QJsonObject{{u"field"_s, field}, {u"message"_s, message}}}},
        status);
}

QHttpServerResponse unavailable()
{
    return QHttpServerResponse(
        QJsonObject{{u"error"_s, QJsonObject{{u"message"_s, u"sandbox is not running"_s}}}},
        StatusCode::ServiceUnavailable);
}

bool isWaId(const QString &waId)
{
    if (waId.isEmpty() || waId.size() > 20)
        return false;
    for (const QChar c : waId) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QHttpServerResponse badWaId()
{
    return fieldError(u"wa_id"_s, u"wa_id must be the customer's phone number, digits only"_s);
}

// Body as a JSON object; an empty body counts as {} so bodiless POSTs stay easy to write.
std::optional<QJsonObject> jsonBody(const QHttpServerRequest &request)
{
    const QByteArray body = request.body();
    if (body.trimmed().isEmpty())
        return QJsonObject{};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QString kindName(RecordedRequest::Kind kind)
{
    switch (kind) {
    case RecordedRequest::Kind::Message:
        return u"message"_s;
    case RecordedRequest::Kind::MarkRead:
        return u"mark_read"_s;
    case RecordedRequest::Kind::Invalid:
        break;
    }
    return u"invalid"_s;
}

QJsonObject receivedJson(const AcceptedMessage &message)
{
    QJsonObject json{
        {u"wamid"_s, message.wamid},
        {u"phone_number_id"_s, message.phoneNumberId},
        {u"type"_s, message.type},
        {u"status"_s, message.status},
        {u"accepted_at"_s, message.acceptedAtUnix},
        {u"pricing"_s, QJsonObject{{u"category"_s, message.pricingCategory},
                                   {u"type"_s, message.pricingType},
                                   {u"billable"_s, message.billable}}},
        {u"request"_s, message.request},
    };
    if (!message.bizOpaqueCallbackData.isEmpty())
        json.insert(u"biz_opaque_callback_data"_s, message.bizOpaqueCallbackData);
    if (message.failureCode != 0)
        json.insert(u"failure_code"_s, message.failureCode);
    return json;
}

QJsonObject sentJson(const CustomerMessageRecord &record)
{
    QJsonObject json{
        {u"wamid"_s, record.wamid},
        {u"phone_number_id"_s, record.phoneNumberId},
        {u"timestamp"_s, record.timestamp},
        {u"type"_s, record.message.value("type"_L1).toString()},
        {u"name"_s, record.profileName},
        {u"message"_s, record.message},
        {u"webhook_status"_s, record.webhookStatus},
        {u"read_by_business"_s, record.readByBusiness},
    };
    if (!record.userId.isEmpty())
        json.insert(u"user_id"_s, record.userId);
    return json;
}

} // namespace

SandboxController::SandboxController(whatsapp::sandbox::GraphEmulator *emulator, QObject *parent)
    : QObject(parent)
    , m_emulator(emulator)
{
}

SandboxController::~SandboxController() = default;

void SandboxController::addRoutes(QHttpServer &server)
{
    using Method = QHttpServerRequest::Method;
    const QPointer<SandboxController> self(this);
    const auto ready = [](const QPointer<SandboxController> &controller) {
        return controller && controller->m_emulator;
    };

    server.route(u"/sandbox/customers/<arg>/messages"_s, Method::Post,
                 [self, ready](const QString &waId, const QHttpServerRequest &request,
                               QHttpServerResponder &&responder) {
                     if (!ready(self)) {
                         unavailable().write(std::move(responder));
                         return;
                     }
                     self->postCustomerMessage(waId, request, std::move(responder));
                 });
    server.route(u"/sandbox/customers/<arg>/messages"_s, Method::Get,
                 [self, ready](const QString &waId) {
                     return ready(self) ? self->customerMessages(waId) : unavailable();
                 });
    server.route(u"/sandbox/customers/<arg>/read"_s, Method::Post,
                 [self, ready](const QString &waId) {
                     return ready(self) ? self->customerReads(waId) : unavailable();
                 });
    server.route(u"/sandbox/faults"_s, Method::Get,
                 [self, ready]() { return ready(self) ? self->fault() : unavailable(); });
    server.route(u"/sandbox/faults"_s, Method::Post,
                 [self, ready](const QHttpServerRequest &request) {
                     return ready(self) ? self->setFault(request) : unavailable();
                 });
    server.route(u"/sandbox/faults"_s, Method::Delete,
                 [self, ready]() { return ready(self) ? self->clearFaults() : unavailable(); });
    server.route(u"/sandbox/requests"_s, Method::Get,
                 [self, ready]() { return ready(self) ? self->requests() : unavailable(); });
}

void SandboxController::postCustomerMessage(const QString &waId, const QHttpServerRequest &request,
                                            QHttpServerResponder &&responder)
{
    const auto reject = [&responder](const QString &field, const QString &message) {
        fieldError(field, message).write(std::move(responder));
    };
    if (!isWaId(waId)) {
        badWaId().write(std::move(responder));
        return;
    }
    const auto body = jsonBody(request);
    if (!body) {
        reject(u"body"_s, u"the request body must be a JSON object"_s);
        return;
    }
    const QJsonObject &json = *body;

    CustomerMessage message;
    message.waId = waId;

    const QJsonValue text = json.value("text"_L1);
    const QJsonValue content = json.value("message"_L1);
    if (!text.isUndefined() && !content.isUndefined()) {
        reject(u"message"_s, u"give either text or message, not both"_s);
        return;
    }
    if (!text.isUndefined()) {
        if (!text.isString() || text.toString().isEmpty()) {
            reject(u"text"_s, u"text must be a non-empty string"_s);
            return;
        }
        message.content = QJsonObject{{u"type"_s, u"text"_s},
                                      {u"text"_s, QJsonObject{{u"body"_s, text.toString()}}}};
    } else if (!content.isUndefined()) {
        if (!content.isObject()) {
            reject(u"message"_s, u"message must be a WhatsApp messages[] object"_s);
            return;
        }
        QJsonObject object = content.toObject();
        const QString type = object.value("type"_L1).toString();
        if (type.isEmpty()) {
            reject(u"message.type"_s, u"message.type is required (text, image, location...)"_s);
            return;
        }
        if (!object.value(type).isObject() && !object.value(type).isArray()) {
            reject(u"message."_s + type, u"message.%1 is required for type %1"_s.arg(type));
            return;
        }
        // The emulator owns the identity fields of the message.
        object.remove("from"_L1);
        object.remove("id"_L1);
        object.remove("timestamp"_L1);
        message.content = object;
    } else {
        reject(u"text"_s, u"text (or message) is required"_s);
        return;
    }

    const auto optionalString = [&json](QLatin1StringView key, QString *target) {
        const QJsonValue value = json.value(key);
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isString())
            return false;
        *target = value.toString();
        return true;
    };
    if (!optionalString("name"_L1, &message.profileName)) {
        reject(u"name"_s, u"name must be a string"_s);
        return;
    }
    if (!optionalString("user_id"_L1, &message.userId)) {
        reject(u"user_id"_s, u"user_id must be a string (a BSUID such as US.1234)"_s);
        return;
    }
    if (!optionalString("context_wamid"_L1, &message.contextWamid)) {
        reject(u"context_wamid"_s, u"context_wamid must be a string"_s);
        return;
    }
    if (!optionalString("phone_number_id"_L1, &message.phoneNumberId)) {
        reject(u"phone_number_id"_s, u"phone_number_id must be a string"_s);
        return;
    }
    if (!message.phoneNumberId.isEmpty() && !m_emulator->hasPhoneNumber(message.phoneNumberId)) {
        reject(u"phone_number_id"_s,
               u"unknown phone_number_id %1 (sandbox numbers: see the server configuration)"_s.arg(
                   message.phoneNumberId));
        return;
    }

    const QJsonValue timestamp = json.value("timestamp"_L1);
    if (!timestamp.isUndefined() && !timestamp.isNull()) {
        bool ok = false;
        qint64 seconds = 0;
        if (timestamp.isDouble()) {
            const double value = timestamp.toDouble();
            seconds = static_cast<qint64>(value);
            ok = static_cast<double>(seconds) == value;
        } else if (timestamp.isString()) {
            seconds = timestamp.toString().toLongLong(&ok);
        }
        if (!ok || seconds <= 0) {
            reject(u"timestamp"_s, u"timestamp must be Unix seconds"_s);
            return;
        }
        message.timestamp = seconds;
    }

    // Answered only when the webhook POST is done; the socket may be gone by then.
    auto parked = std::make_shared<DeferredResponse>(std::move(responder));
    const QString wamid = m_emulator->customerSends(message, [parked](
                                                                 const CustomerSendResult &result) {
        if (!parked->isAlive())
            return;
        QJsonObject answer{{u"wamid"_s, result.wamid}, {u"webhook_status"_s, result.webhookStatus}};
        if (!result.accepted()) {
            const QString why = result.webhookStatus != 0
                                    ? u"the webhook answered HTTP %1"_s.arg(result.webhookStatus)
                                    : u"the webhook was unreachable: "_s + result.error;
            answer.insert(u"error"_s, QJsonObject{{u"message"_s, why}});
        }
        parked->write(QHttpServerResponse(answer, result.accepted() ? StatusCode::Ok
                                                                    : StatusCode::BadGateway));
    });
    if (wamid.isEmpty()) {
        parked->write(fieldError(u"message"_s, u"the sandbox could not build this message"_s,
                                 StatusCode::InternalServerError));
    }
}

QHttpServerResponse SandboxController::customerMessages(const QString &waId) const
{
    if (!isWaId(waId))
        return badWaId();
    QJsonArray received;
    const auto accepted = m_emulator->messagesTo(waId);
    for (const auto &message : accepted)
        received.append(receivedJson(message));
    QJsonArray sent;
    const auto records = m_emulator->messagesFrom(waId);
    for (const auto &record : records)
        sent.append(sentJson(record));
    return QHttpServerResponse(
        QJsonObject{{u"wa_id"_s, waId}, {u"received"_s, received}, {u"sent"_s, sent}});
}

QHttpServerResponse SandboxController::customerReads(const QString &waId)
{
    if (!isWaId(waId))
        return badWaId();
    const int read = m_emulator->customerReads(waId);
    return QHttpServerResponse(QJsonObject{{u"wa_id"_s, waId}, {u"read"_s, read}});
}

QHttpServerResponse SandboxController::fault() const
{
    return QHttpServerResponse(QJsonObject{{u"fault"_s, m_emulator->currentFault().toJson()}});
}

QHttpServerResponse SandboxController::setFault(const QHttpServerRequest &request)
{
    const auto body = jsonBody(request);
    if (!body)
        return fieldError(u"body"_s, u"the request body must be a JSON object"_s);
    QString field;
    QString message;
    const auto plan = FaultPlan::fromJson(*body, &field, &message);
    if (!plan)
        return fieldError(field, message);
    m_emulator->setFault(*plan);
    return QHttpServerResponse(QJsonObject{{u"fault"_s, m_emulator->currentFault().toJson()}});
}

QHttpServerResponse SandboxController::clearFaults()
{
    m_emulator->clearFaults();
    return QHttpServerResponse(QJsonObject{{u"fault"_s, m_emulator->currentFault().toJson()}});
}

QHttpServerResponse SandboxController::requests() const
{
    const auto recorded = m_emulator->requests();
    QJsonArray list;
    const qint64 first = recorded.isEmpty() ? 0 : recorded.constFirst().arrivalMs;
    for (const auto &request : recorded) {
        QJsonObject json{
            {u"sequence"_s, request.sequence},
            {u"arrival_ms"_s, request.arrivalMs},
            {u"since_first_ms"_s, request.arrivalMs - first},
            {u"phone_number_id"_s, request.phoneNumberId},
            {u"kind"_s, kindName(request.kind)},
            {u"http_status"_s, request.httpStatus},
            {u"faulted"_s, request.faulted},
        };
        if (!request.to.isEmpty())
            json.insert(u"to"_s, request.to);
        if (!request.type.isEmpty())
            json.insert(u"type"_s, request.type);
        if (!request.messageId.isEmpty())
            json.insert(u"message_id"_s, request.messageId);
        if (request.errorCode != 0)
            json.insert(u"error_code"_s, request.errorCode);
        if (request.faulted)
            json.insert(u"fault"_s, request.fault);
        if (!request.wamid.isEmpty())
            json.insert(u"wamid"_s, request.wamid);
        list.append(json);
    }
    return QHttpServerResponse(
        QJsonObject{{u"count"_s, static_cast<qint64>(recorded.size())}, {u"requests"_s, list}});
}

} // namespace sportello::http

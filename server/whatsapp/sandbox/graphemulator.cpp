// SPDX-License-Identifier: LicenseRef-Sportello
// In-memory WhatsApp Cloud API (Graph) emulator: the sandbox channel's "Meta" and its customers.
#include "whatsapp/sandbox/graphemulator.h"

#include <algorithm>
#include <atomic>
#include <utility>

#include <QDateTime>
#include <QDeadlineTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

#include "whatsapp/sandbox/sandboxlog.h"

using namespace Qt::StringLiterals;

namespace sportello::whatsapp::sandbox {

namespace {

const QString kSent = u"sent"_s;
const QString kDelivered = u"delivered"_s;
const QString kRead = u"read"_s;
const QString kFailed = u"failed"_s;
const QString kErrorCodesHref =
    u"https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"_s;

constexpr qint64 kServiceWindowSeconds = 24 * 60 * 60;

qint64 steadyNowMs()
{
    return QDeadlineTimer::current().deadline();
}

qint64 unixNow()
{
    return QDateTime::currentSecsSinceEpoch();
}

int statusRank(const QString &status)
{
    if (status == kSent)
        return 1;
    if (status == kDelivered)
        return 2;
    if (status == kRead)
        return 3;
    if (status == kFailed)
        return 4;
    return 0;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Graph answers carry a trace id; clients log it, so it should look like one.
QString fbtraceId()
{
    quint32 words[4];
    QRandomGenerator::global()->fillRange(words);
    const QByteArray bytes(reinterpret_cast<const char *>(words), sizeof(words));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

struct KnownError
{
    int code;
    int httpStatus;
    QLatin1StringView title;
    QLatin1StringView details;
};

// Titles and details as Meta words them (support/error-codes).
constexpr KnownError kKnownErrors[] = {
    {130429, 429, "Rate limit hit"_L1, "Cloud API message throughput has been reached."_L1},
    {131047, 400, "Re-engagement message"_L1,
     "Message failed to send because more than 24 hours have passed since the customer last "
     "replied to this number."_L1},
    {131026, 400, "Message undeliverable"_L1,
     "Unable to deliver message. Reasons can include: the recipient phone number is not a "
     "WhatsApp phone number; the recipient has not accepted the new Terms of Service and "
     "Privacy Policy; the recipient is using an old WhatsApp version."_L1},
    {131050, 400,
     "Unable to deliver the message. This recipient has chosen to stop receiving marketing "
     "messages on WhatsApp from your business."_L1,
     "The recipient has stopped marketing messages from this business."_L1},
    {131056, 400, "(Business Account, Consumer Account) pair rate limit hit"_L1,
     "Message failed to send because there were too many messages sent from this phone number "
     "to the same phone number in a short period of time."_L1},
    {131057, 400, "Account in maintenance mode"_L1,
     "Business account is in maintenance mode, for example during a throughput upgrade."_L1},
    {132000, 400, "Number of parameters does not match the expected number of params"_L1, ""_L1},
    {1, 500, "An unknown error has occurred."_L1, ""_L1},
};

const KnownError *knownError(int code)
{
    for (const auto &error : kKnownErrors) {
        if (error.code == code)
            return &error;
    }
    return nullptr;
}

struct GraphError
{
    int httpStatus = 400;
    int code = 100;
    int subcode = 0;
    QString type = u"OAuthException"_s;
    QString message;
    QString details;
    bool transient = false;
};

EmulatorReply errorReply(const GraphError &error)
{
    QJsonObject body{
        {u"message"_s, error.message},
        {u"type"_s, error.type},
        {u"code"_s, error.code},
        {u"fbtrace_id"_s, fbtraceId()},
    };
    if (error.subcode != 0)
        body.insert(u"error_subcode"_s, error.subcode);
    if (!error.details.isEmpty()) {
        body.insert(u"error_data"_s, QJsonObject{{u"messaging_product"_s, u"whatsapp"_s},
                                                 {u"details"_s, error.details}});
    }
    if (error.transient)
        body.insert(u"is_transient"_s, true);
    EmulatorReply reply;
    reply.httpStatus = error.httpStatus;
    reply.body = compact(QJsonObject{{u"error"_s, body}});
    return reply;
}

EmulatorReply parameterError(const QString &message, const QString &details = {})
{
    GraphError error;
    error.message = u"(#100) "_s + message;
    error.details = details;
    return errorReply(error);
}

// A WhatsApp error by code, as a synchronous Graph answer.
EmulatorReply whatsappError(int code, int httpStatus = 0, int subcode = 0,
                            const QString &title = {})
{
    const KnownError *known = knownError(code);
    GraphError error;
    error.code = code;
    error.subcode = subcode;
    error.httpStatus = httpStatus > 0 ? httpStatus : (known ? known->httpStatus : 400);
    if (code == 1) {
        // Graph's generic transient failure: no "(#code)" prefix and flagged as transient.
        error.message = title.isEmpty() ? QString(known->title) : title;
        error.transient = true;
        return errorReply(error);
    }
    const QString text = !title.isEmpty() ? title
                         : known          ? QString(known->title)
                                          : u"Sandbox injected error"_s;
    error.message = u"(#%1) %2"_s.arg(code).arg(text);
    error.details = known && !known->details.isEmpty() ? QString(known->details) : text;
    return errorReply(error);
}

// The errors[] item of a failed status webhook.
QJsonObject statusError(int code)
{
    const KnownError *known = knownError(code);
    const QString title = known ? QString(known->title) : u"Message failed to send"_s;
    const QString details = known && !known->details.isEmpty() ? QString(known->details) : title;
    return QJsonObject{
        {u"code"_s, code},
        {u"title"_s, title},
        {u"message"_s, title},
        {u"error_data"_s, QJsonObject{{u"details"_s, details}}},
        {u"href"_s, kErrorCodesHref},
    };
}

QByteArray sendSuccessBody(const QString &to, const QString &wamid)
{
    return compact(QJsonObject{
        {u"messaging_product"_s, u"whatsapp"_s},
        {u"contacts"_s, QJsonArray{QJsonObject{{u"input"_s, to}, {u"wa_id"_s, to}}}},
        {u"messages"_s,
         QJsonArray{QJsonObject{{u"id"_s, wamid}, {u"message_status"_s, u"accepted"_s}}}},
    });
}

EmulatorReply markReadSuccess()
{
    EmulatorReply reply;
    reply.body = compact(QJsonObject{{u"success"_s, true}});
    return reply;
}

const QStringList &messageTypes()
{
    static const QStringList types{u"audio"_s,       u"contacts"_s, u"document"_s, u"image"_s,
                                   u"interactive"_s, u"location"_s, u"reaction"_s, u"sticker"_s,
                                   u"template"_s,    u"text"_s,     u"video"_s};
    return types;
}

bool isMediaType(const QString &type)
{
    return type == "image"_L1 || type == "audio"_L1 || type == "video"_L1 ||
           type == "document"_L1 || type == "sticker"_L1;
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

int bodyParameterCount(const QJsonObject &templateObject)
{
    int count = 0;
    const QJsonArray components = templateObject.value("components"_L1).toArray();
    for (const QJsonValue &component : components) {
        const QJsonObject object = component.toObject();
        if (object.value("type"_L1).toString().compare("body"_L1, Qt::CaseInsensitive) == 0)
            count += static_cast<int>(object.value("parameters"_L1).toArray().size());
    }
    return count;
}

QString windowKey(const QString &phoneNumberId, const QString &waId)
{
    return phoneNumberId + u'/' + waId;
}

} // namespace

CustomerMessage CustomerMessage::text(const QString &waId, const QString &body)
{
    CustomerMessage message;
    message.waId = waId;
    message.content =
        QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, QJsonObject{{u"body"_s, body}}}};
    return message;
}

GraphEmulator::GraphEmulator(GraphEmulatorOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
{
    if (m_options.phoneNumbers.isEmpty())
        m_options.phoneNumbers.append({u"106540352242922"_s, u"15550783881"_s});
    m_options.webhookMaxAttempts = std::max(1, m_options.webhookMaxAttempts);
    m_options.webhookRetryInitialMs = std::max(1, m_options.webhookRetryInitialMs);
    m_options.webhookRetryMaxMs =
        std::max(m_options.webhookRetryInitialMs, m_options.webhookRetryMaxMs);
    setWebhookUrl(m_options.webhookUrl);
}

GraphEmulator::~GraphEmulator() = default;

void GraphEmulator::setWebhookUrl(const QUrl &url)
{
    m_options.webhookUrl = url;
    // An http_proxy in the environment must not swallow posts to our own server.
    if (isLoopback(url))
        m_network->setProxy(QNetworkProxy::NoProxy);
}

bool GraphEmulator::hasPhoneNumber(const QString &phoneNumberId) const
{
    return phoneNumber(phoneNumberId) != nullptr;
}

QString GraphEmulator::defaultPhoneNumberId() const
{
    return m_options.phoneNumbers.constFirst().id;
}

const GraphEmulatorOptions::PhoneNumber *GraphEmulator::phoneNumber(const QString &id) const
{
    for (const auto &phone : m_options.phoneNumbers) {
        if (phone.id == id)
            return &phone;
    }
    return nullptr;
}

EmulatorReply GraphEmulator::handleSend(const QString &phoneNumberId,
                                        const QByteArray &authorization, const QByteArray &body)
{
    RecordedRequest record;
    record.sequence = ++m_requestSequence;
    record.arrivalMs = steadyNowMs();
    record.phoneNumberId = phoneNumberId;

    EmulatorReply reply = process(record, authorization, body);

    record.httpStatus = reply.neverAnswer ? 0 : reply.httpStatus;
    if (!reply.neverAnswer && reply.httpStatus >= 400) {
        const QJsonObject error =
            QJsonDocument::fromJson(reply.body).object().value("error"_L1).toObject();
        record.errorCode = error.value("code"_L1).toInt();
    }
    qCDebug(lcSandbox).nospace().noquote()
        << "graph request #" << record.sequence << " to " << record.phoneNumberId << ": HTTP "
        << record.httpStatus << (record.faulted ? u" (fault "_s + record.fault + u')' : QString());
    m_requests.append(record);
    Q_EMIT requestReceived(record);
    return reply;
}

EmulatorReply GraphEmulator::process(RecordedRequest &record, const QByteArray &authorization,
                                     const QByteArray &body)
{
    const QByteArray bearer = QByteArrayLiteral("bearer ");
    const QByteArray header = authorization.trimmed();
    const bool hasBearer = header.size() > bearer.size() &&
                           header.left(bearer.size()).compare(bearer, Qt::CaseInsensitive) == 0;
    const QByteArray token = hasBearer ? header.mid(bearer.size()).trimmed() : QByteArray();
    if (token.isEmpty() || (!m_options.accessToken.isEmpty() && token != m_options.accessToken)) {
        GraphError error;
        error.httpStatus = 401;
        error.code = 190;
        error.message = token.isEmpty()
                            ? u"An active access token must be used to query information "
                              "about the current user."_s
                            : u"Invalid OAuth access token - Cannot parse access token"_s;
        return errorReply(error);
    }

    const GraphEmulatorOptions::PhoneNumber *phone = phoneNumber(record.phoneNumberId);
    if (!phone) {
        GraphError error;
        error.code = 100;
        error.subcode = 33;
        error.type = u"GraphMethodException"_s;
        error.message =
            u"Unsupported post request. Object with ID '%1' does not exist, cannot be loaded due "
            "to missing permissions, or does not support this operation. Please read the Graph "
            "API documentation at https://developers.facebook.com/docs/graph-api"_s.arg(
                record.phoneNumberId);
        return errorReply(error);
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return parameterError(u"Invalid parameter"_s,
                              parseError.error != QJsonParseError::NoError
                                  ? u"Request body is not valid JSON: "_s + parseError.errorString()
                                  : u"Request body must be a JSON object"_s);
    }
    const QJsonObject json = document.object();

    const QJsonValue product = json.value("messaging_product"_L1);
    if (product.isUndefined())
        return parameterError(u"The parameter messaging_product is required."_s);
    if (product.toString() != "whatsapp"_L1) {
        return parameterError(
            u"Param messaging_product must be one of {WHATSAPP} - got \"%1\"."_s.arg(
                product.isString() ? product.toString() : u"(not a string)"_s));
    }

    if (json.contains("status"_L1)) {
        record.kind = RecordedRequest::Kind::MarkRead;
        return processMarkRead(record, *phone, json);
    }
    record.kind = RecordedRequest::Kind::Message;

    const QJsonValue toValue = json.value("to"_L1);
    if (!toValue.isString() || toValue.toString().trimmed().isEmpty())
        return parameterError(u"The parameter to is required."_s);
    record.to = toValue.toString().trimmed();

    // Meta defaults a missing type to text.
    const QJsonValue typeValue = json.value("type"_L1);
    const QString type = typeValue.isUndefined() ? u"text"_s : typeValue.toString();
    if (!messageTypes().contains(type)) {
        return parameterError(u"Param type must be one of {%1} - got \"%2\"."_s.arg(
            messageTypes().join(u", "_s).toUpper(),
            typeValue.isString() ? typeValue.toString() : u"(not a string)"_s));
    }
    record.type = type;

    const QJsonValue payload = json.value(type);
    if (type == "contacts"_L1 ? !payload.isArray() : !payload.isObject())
        return parameterError(u"The parameter %1 is required."_s.arg(type));
    const QJsonObject object = payload.toObject();
    if (type == "text"_L1) {
        const QJsonValue text = object.value("body"_L1);
        if (!text.isString() || text.toString().isEmpty())
            return parameterError(u"The parameter text['body'] is required."_s);
    } else if (type == "template"_L1) {
        const QString name = object.value("name"_L1).toString();
        if (name.isEmpty())
            return parameterError(u"The parameter template['name'] is required."_s);
        if (object.value("language"_L1).toObject().value("code"_L1).toString().isEmpty())
            return parameterError(u"The parameter template['language'] is required."_s);
        const auto spec = m_options.templates.constFind(name);
        if (spec != m_options.templates.cend() && spec->bodyParameters >= 0) {
            const int given = bodyParameterCount(object);
            if (given != spec->bodyParameters) {
                GraphError error;
                error.code = 132000;
                error.message =
                    u"(#132000) Number of parameters does not match the expected number of "
                    "params"_s;
                error.details =
                    u"body: number of localizable_params (%1) does not match the expected number "
                    "of params (%2)"_s.arg(given)
                        .arg(spec->bodyParameters);
                return errorReply(error);
            }
        }
    } else if (isMediaType(type)) {
        if (!object.contains("id"_L1) && !object.contains("link"_L1))
            return parameterError(u"The parameter %1['link'] or %1['id'] is required."_s.arg(type));
    } else if (type == "interactive"_L1) {
        if (object.value("type"_L1).toString().isEmpty())
            return parameterError(u"The parameter interactive['type'] is required."_s);
    }

    const QJsonValue opaque = json.value("biz_opaque_callback_data"_L1);
    if (!opaque.isUndefined() && (!opaque.isString() || opaque.toString().size() > 512))
        return parameterError(u"Param biz_opaque_callback_data must be a string of at most 512 "
                              "characters."_s);

    const auto normal = [this, &record, phone, &json](int failureCode) {
        if (throughputExceeded(phone->id, record.arrivalMs))
            return whatsappError(130429);
        record.wamid = accept(*phone, json, failureCode);
        EmulatorReply reply;
        reply.body = sendSuccessBody(record.to, record.wamid);
        return reply;
    };
    if (auto faulted = applyFault(record, true, normal))
        return *faulted;
    return normal(0);
}

EmulatorReply GraphEmulator::processMarkRead(RecordedRequest &record,
                                             const GraphEmulatorOptions::PhoneNumber &phone,
                                             const QJsonObject &json)
{
    const QJsonValue status = json.value("status"_L1);
    if (status.toString() != "read"_L1) {
        return parameterError(u"Param status must be one of {READ} - got \"%1\"."_s.arg(
            status.isString() ? status.toString() : u"(not a string)"_s));
    }
    const QJsonValue messageId = json.value("message_id"_L1);
    if (!messageId.isString() || messageId.toString().isEmpty())
        return parameterError(u"The parameter message_id is required."_s);
    record.messageId = messageId.toString();

    const QJsonValue typing = json.value("typing_indicator"_L1);
    if (!typing.isUndefined() && typing.toObject().value("type"_L1).toString() != "text"_L1) {
        return parameterError(u"Param typing_indicator['type'] must be one of {TEXT}."_s);
    }

    const QString phoneId = phone.id;
    const bool typingIndicator = !typing.isUndefined();
    const auto normal = [this, phoneId, &record, typingIndicator](int) {
        markCustomerMessagesRead(phoneId, record.messageId, typingIndicator);
        return markReadSuccess();
    };
    if (auto faulted = applyFault(record, false, normal))
        return *faulted;
    return normal(0);
}

std::optional<EmulatorReply>
GraphEmulator::applyFault(RecordedRequest &record, bool isSend,
                          const std::function<EmulatorReply(int)> &normal)
{
    if (!m_fault.isActive() || (!isSend && !m_fault.includeMarkRead))
        return std::nullopt;

    const FaultPlan plan = m_fault;
    if (m_fault.count > 0 && --m_fault.count == 0) {
        qCInfo(lcSandbox) << "fault" << FaultPlan::modeName(plan.mode) << "used up";
        m_fault = FaultPlan{};
    }
    record.faulted = true;
    record.fault = FaultPlan::modeName(plan.mode);

    EmulatorReply reply;
    switch (plan.mode) {
    case FaultPlan::Mode::None:
        return std::nullopt;
    case FaultPlan::Mode::Slow:
        reply = normal(0);
        reply.delayMs = plan.delayMs;
        return reply;
    case FaultPlan::Mode::Timeout:
        if (plan.deliversAnyway())
            normal(0);
        reply.neverAnswer = true;
        return reply;
    case FaultPlan::Mode::BadJson:
        if (plan.deliversAnyway())
            reply = normal(0);
        else if (isSend)
            reply.body = sendSuccessBody(record.to, generateWamid(record.to));
        else
            reply = markReadSuccess();
        reply.body.truncate(reply.body.size() / 2);
        break;
    case FaultPlan::Mode::ServerError:
        if (plan.deliversAnyway())
            normal(0);
        reply = whatsappError(1);
        break;
    default:
        if (plan.failsAsynchronously()) {
            reply = normal(isSend ? plan.errorCode() : 0);
        } else {
            if (plan.deliversAnyway())
                normal(0);
            reply = plan.mode == FaultPlan::Mode::Generic
                        ? whatsappError(plan.code, plan.httpStatus, plan.subcode, plan.message)
                        : whatsappError(plan.errorCode());
        }
        break;
    }
    reply.delayMs += plan.delayMs;
    return reply;
}

bool GraphEmulator::throughputExceeded(const QString &phoneNumberId, qint64 nowMs)
{
    if (m_options.enforceThroughput <= 0)
        return false;
    std::deque<qint64> &window = m_recentSends[phoneNumberId];
    while (!window.empty() && nowMs - window.front() >= 1000)
        window.pop_front();
    if (window.size() >= static_cast<std::size_t>(m_options.enforceThroughput))
        return true;
    window.push_back(nowMs);
    return false;
}

bool GraphEmulator::serviceWindowOpen(const QString &phoneNumberId, const QString &waId) const
{
    const qint64 last = m_lastCustomerMessage.value(windowKey(phoneNumberId, waId), -1);
    return last >= 0 && unixNow() - last < kServiceWindowSeconds;
}

QString GraphEmulator::accept(const GraphEmulatorOptions::PhoneNumber &phone,
                              const QJsonObject &json, int failureCode)
{
    AcceptedMessage message;
    message.to = json.value("to"_L1).toString().trimmed();
    message.type = json.value("type"_L1).toString(u"text"_s);
    message.wamid = generateWamid(message.to);
    message.phoneNumberId = phone.id;
    message.request = json;
    message.bizOpaqueCallbackData = json.value("biz_opaque_callback_data"_L1).toString();
    message.acceptedMs = steadyNowMs();
    message.acceptedAtUnix = unixNow();

    const bool windowOpen = serviceWindowOpen(phone.id, message.to);
    const bool isTemplate = message.type == "template"_L1;
    if (isTemplate) {
        const QString name = json.value("template"_L1).toObject().value("name"_L1).toString();
        message.pricingCategory = m_options.templates.value(name).category.toLower();
    } else {
        message.pricingCategory = u"service"_s;
    }
    // Since July 2025 service replies, and utility templates inside the window, are free.
    const bool free = message.pricingCategory == "service"_L1 ||
                      (message.pricingCategory == "utility"_L1 && windowOpen);
    message.pricingType = free ? u"free_customer_service"_s : u"regular"_s;
    message.billable = !free;

    if (failureCode == 0 && m_options.enforceServiceWindow && !isTemplate && !windowOpen)
        failureCode = 131047;
    message.failureCode = failureCode;

    const QString wamid = message.wamid;
    m_messageIndex.insert(wamid, m_messages.size());
    m_messages.append(message);
    qCDebug(lcSandbox) << "accepted" << message.type << "to" << message.to << "as" << wamid;
    Q_EMIT messageAccepted(message);

    const int sent = std::max(0, m_options.sentDelayMs);
    if (failureCode != 0) {
        scheduleStatus(wamid, kFailed, sent);
        return wamid;
    }
    const int delivered = std::max(sent, m_options.deliveredDelayMs);
    const int read = m_options.readDelayMs < 0 ? -1 : std::max(delivered, m_options.readDelayMs);
    scheduleStatus(wamid, kSent, sent, [this, wamid, sent, delivered, read]() {
        scheduleStatus(wamid, kDelivered, delivered - sent, [this, wamid, delivered, read]() {
            if (read >= 0)
                scheduleStatus(wamid, kRead, read - delivered);
        });
    });
    return wamid;
}

void GraphEmulator::scheduleStatus(const QString &wamid, const QString &status, int delayMs,
                                   std::function<void()> next)
{
    QTimer::singleShot(delayMs, this, [this, wamid, status, next = std::move(next)]() {
        advanceStatus(wamid, status);
        if (next)
            next();
    });
}

void GraphEmulator::advanceStatus(const QString &wamid, const QString &status)
{
    const auto index = m_messageIndex.constFind(wamid);
    if (index == m_messageIndex.cend())
        return; // forgotten by clearRecords()
    AcceptedMessage &message = m_messages[*index];
    if (message.status == kFailed || statusRank(status) <= statusRank(message.status))
        return; // the customer already read it, or it failed
    message.status = status;

    const GraphEmulatorOptions::PhoneNumber *phone = phoneNumber(message.phoneNumberId);
    if (!phone)
        return;
    const QJsonObject value{
        {u"messaging_product"_s, u"whatsapp"_s},
        {u"metadata"_s, QJsonObject{{u"display_phone_number"_s, phone->displayNumber},
                                    {u"phone_number_id"_s, phone->id}}},
        {u"statuses"_s, QJsonArray{statusJson(message)}},
    };
    Webhook webhook;
    webhook.body = envelope(value);
    webhook.wamid = wamid;
    webhook.event = status;
    Q_EMIT messageStatusChanged(wamid, status);
    postWebhook(std::move(webhook));
}

QJsonObject GraphEmulator::statusJson(const AcceptedMessage &message) const
{
    QJsonObject status{
        {u"id"_s, message.wamid},
        {u"status"_s, message.status},
        {u"timestamp"_s, QString::number(unixNow())},
        {u"recipient_id"_s, message.to},
    };
    if (!message.bizOpaqueCallbackData.isEmpty())
        status.insert(u"biz_opaque_callback_data"_s, message.bizOpaqueCallbackData);
    if (message.status == kFailed) {
        status.insert(u"errors"_s, QJsonArray{statusError(message.failureCode)});
    } else {
        status.insert(u"pricing"_s, QJsonObject{
                                        {u"billable"_s, message.billable},
                                        {u"pricing_model"_s, u"PMP"_s},
                                        {u"category"_s, message.pricingCategory},
                                        {u"type"_s, message.pricingType},
                                    });
    }
    return status;
}

QByteArray GraphEmulator::envelope(const QJsonObject &value) const
{
    const QJsonObject change{{u"field"_s, u"messages"_s}, {u"value"_s, value}};
    const QJsonObject entry{{u"id"_s, m_options.businessAccountId},
                            {u"changes"_s, QJsonArray{change}}};
    return compact(QJsonObject{{u"object"_s, u"whatsapp_business_account"_s},
                               {u"entry"_s, QJsonArray{entry}}});
}

void GraphEmulator::postWebhook(Webhook webhook)
{
    if (webhook.attempts == 0)
        ++m_pendingWebhooks;
    ++webhook.attempts;

    if (!m_options.webhookUrl.isValid() || m_options.webhookUrl.isEmpty()) {
        qCWarning(lcSandbox) << "no webhook URL configured: dropping" << webhook.event << "of"
                             << webhook.wamid;
        --m_pendingWebhooks;
        Q_EMIT webhookAbandoned(webhook.wamid, webhook.event, webhook.attempts);
        return;
    }

    QNetworkRequest request(m_options.webhookUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("facebookexternalua"));
    request.setRawHeader(QByteArrayLiteral("X-Hub-Signature-256"),
                         signatureHeader(m_options.appSecret, webhook.body));
    request.setTransferTimeout(m_options.webhookTimeoutMs);
    QNetworkReply *reply = m_network->post(request, webhook.body);
    // On loopback the emulator posts to the server it is part of: with server.tls_* set that
    // is the server's own (often self-signed) certificate, nothing to distrust.
    if (isLoopback(m_options.webhookUrl))
        reply->ignoreSslErrors();
    connect(reply, &QNetworkReply::finished, this, [this, reply, webhook]() {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
            --m_pendingWebhooks;
            Q_EMIT webhookDelivered(webhook.wamid, webhook.event, status, webhook.attempts);
            return;
        }
        const QString why = status != 0 ? u"HTTP %1"_s.arg(status) : reply->errorString();
        if (webhook.attempts >= m_options.webhookMaxAttempts) {
            --m_pendingWebhooks;
            qCWarning(lcSandbox).nospace()
                << "webhook " << webhook.event << " of " << webhook.wamid << " abandoned after "
                << webhook.attempts << " attempts: " << why;
            Q_EMIT webhookAbandoned(webhook.wamid, webhook.event, webhook.attempts);
            return;
        }
        const int shift = std::min(webhook.attempts - 1, 20);
        const qint64 backoff = std::min<qint64>(qint64(m_options.webhookRetryInitialMs) << shift,
                                                m_options.webhookRetryMaxMs);
        qCWarning(lcSandbox).nospace()
            << "webhook " << webhook.event << " of " << webhook.wamid << " failed (" << why
            << "), attempt " << webhook.attempts << "; retrying in " << backoff << " ms";
        QTimer::singleShot(static_cast<int>(backoff), this,
                           [this, webhook]() { postWebhook(webhook); });
    });
}

QString GraphEmulator::customerSends(const CustomerMessage &input, CustomerSendCallback done)
{
    const QString phoneId =
        input.phoneNumberId.isEmpty() ? defaultPhoneNumberId() : input.phoneNumberId;
    const GraphEmulatorOptions::PhoneNumber *phone = phoneNumber(phoneId);
    if (!phone) {
        qCWarning(lcSandbox) << "customer message to unknown phone_number_id" << phoneId;
        return {};
    }
    if (input.waId.isEmpty() || input.content.value("type"_L1).toString().isEmpty()) {
        qCWarning(lcSandbox) << "customer message without wa_id or type ignored";
        return {};
    }

    const QString wamid = generateWamid(input.waId, true);
    const qint64 timestamp = input.timestamp.value_or(unixNow());
    const QString profileName =
        input.profileName.isEmpty() ? u"Sandbox customer"_s : input.profileName;

    QJsonObject message = input.content;
    message.insert(u"from"_s, input.waId);
    message.insert(u"id"_s, wamid);
    message.insert(u"timestamp"_s, QString::number(timestamp));
    if (!input.userId.isEmpty())
        message.insert(u"from_user_id"_s, input.userId);
    if (!input.contextWamid.isEmpty()) {
        message.insert(u"context"_s, QJsonObject{{u"from"_s, phone->displayNumber},
                                                 {u"id"_s, input.contextWamid}});
    }

    QJsonObject contact{{u"profile"_s, QJsonObject{{u"name"_s, profileName}}},
                        {u"wa_id"_s, input.waId}};
    if (!input.userId.isEmpty())
        contact.insert(u"user_id"_s, input.userId);

    const QJsonObject value{
        {u"messaging_product"_s, u"whatsapp"_s},
        {u"metadata"_s, QJsonObject{{u"display_phone_number"_s, phone->displayNumber},
                                    {u"phone_number_id"_s, phone->id}}},
        {u"contacts"_s, QJsonArray{contact}},
        {u"messages"_s, QJsonArray{message}},
    };
    const QByteArray body = envelope(value);

    CustomerMessageRecord record;
    record.wamid = wamid;
    record.phoneNumberId = phone->id;
    record.waId = input.waId;
    record.userId = input.userId;
    record.profileName = profileName;
    record.timestamp = timestamp;
    record.message = message;
    m_customerMessages.append(record);

    // The window follows the customer's own clock, even when our server misses the webhook.
    const QString key = windowKey(phone->id, input.waId);
    m_lastCustomerMessage.insert(key, std::max(m_lastCustomerMessage.value(key, -1), timestamp));

    CustomerSendResult result;
    result.wamid = wamid;
    result.waId = input.waId;
    result.phoneNumberId = phone->id;

    const auto finish = [this, done](CustomerSendResult result) {
        setCustomerWebhookStatus(result.wamid, result.webhookStatus);
        Q_EMIT customerMessagePosted(result);
        if (done)
            done(result);
    };

    if (!m_options.webhookUrl.isValid() || m_options.webhookUrl.isEmpty()) {
        result.error = u"no webhook URL configured"_s;
        qCWarning(lcSandbox) << "customer message" << wamid << "not posted:" << result.error;
        QTimer::singleShot(0, this, [finish, result]() { finish(result); });
        return wamid;
    }

    QNetworkRequest request(m_options.webhookUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("facebookexternalua"));
    request.setRawHeader(QByteArrayLiteral("X-Hub-Signature-256"),
                         signatureHeader(m_options.appSecret, body));
    request.setTransferTimeout(m_options.webhookTimeoutMs);
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [reply, result, finish]() mutable {
        reply->deleteLater();
        result.webhookStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError && result.webhookStatus == 0)
            result.error = reply->errorString();
        if (!result.accepted()) {
            qCWarning(lcSandbox).nospace()
                << "customer message " << result.wamid << " not accepted by the webhook: "
                << (result.webhookStatus != 0 ? u"HTTP %1"_s.arg(result.webhookStatus)
                                              : result.error);
        }
        finish(result);
    });
    return wamid;
}

void GraphEmulator::setCustomerWebhookStatus(const QString &wamid, int status)
{
    for (auto it = m_customerMessages.rbegin(); it != m_customerMessages.rend(); ++it) {
        if (it->wamid == wamid) {
            it->webhookStatus = status;
            return;
        }
    }
}

void GraphEmulator::markCustomerMessagesRead(const QString &phoneNumberId, const QString &wamid,
                                             bool typingIndicator)
{
    const auto target =
        std::find_if(m_customerMessages.cbegin(), m_customerMessages.cend(),
                     [&](const CustomerMessageRecord &r) {
                         return r.wamid == wamid && r.phoneNumberId == phoneNumberId;
                     });
    if (target == m_customerMessages.cend())
        return; // unknown to us (e.g. records cleared): Meta would still answer success
    const QString waId = target->waId;
    const qint64 timestamp = target->timestamp;

    // Reading a message reads the ones before it in the same chat.
    QStringList newlyRead;
    for (auto &record : m_customerMessages) {
        if (record.phoneNumberId == phoneNumberId && record.waId == waId &&
            record.timestamp <= timestamp && !record.readByBusiness) {
            record.readByBusiness = true;
            newlyRead.append(record.wamid);
        }
    }
    for (const QString &read : std::as_const(newlyRead))
        Q_EMIT customerMessageRead(read, typingIndicator && read == wamid);
    if (typingIndicator && !newlyRead.contains(wamid))
        Q_EMIT customerMessageRead(wamid, true);
}

int GraphEmulator::customerReads(const QString &waId, const QString &phoneNumberId)
{
    QStringList toRead;
    for (const auto &message : std::as_const(m_messages)) {
        if (message.to == waId && message.status == kDelivered &&
            (phoneNumberId.isEmpty() || message.phoneNumberId == phoneNumberId)) {
            toRead.append(message.wamid);
        }
    }
    for (const QString &wamid : std::as_const(toRead))
        advanceStatus(wamid, kRead);
    return static_cast<int>(toRead.size());
}

void GraphEmulator::setFault(const FaultPlan &plan)
{
    m_fault = plan;
    if (m_fault.mode == FaultPlan::Mode::None || m_fault.count == 0)
        m_fault = FaultPlan{};
    qCInfo(lcSandbox).nospace() << "fault set: " << FaultPlan::modeName(m_fault.mode) << " (count "
                                << m_fault.count << ", delay " << m_fault.delayMs << " ms)";
}

void GraphEmulator::clearFaults()
{
    if (m_fault.mode != FaultPlan::Mode::None)
        qCInfo(lcSandbox) << "faults cleared";
    m_fault = FaultPlan{};
}

FaultPlan GraphEmulator::currentFault() const
{
    return m_fault;
}

QList<AcceptedMessage> GraphEmulator::messagesTo(const QString &waId) const
{
    QList<AcceptedMessage> result;
    for (const auto &message : m_messages) {
        if (message.to == waId)
            result.append(message);
    }
    return result;
}

std::optional<AcceptedMessage> GraphEmulator::message(const QString &wamid) const
{
    const auto index = m_messageIndex.constFind(wamid);
    if (index == m_messageIndex.cend())
        return std::nullopt;
    return m_messages.at(*index);
}

QList<CustomerMessageRecord> GraphEmulator::messagesFrom(const QString &waId) const
{
    QList<CustomerMessageRecord> result;
    for (const auto &record : m_customerMessages) {
        if (record.waId == waId)
            result.append(record);
    }
    return result;
}

void GraphEmulator::clearRecords()
{
    m_requests.clear();
    m_messages.clear();
    m_messageIndex.clear();
    m_customerMessages.clear();
    m_lastCustomerMessage.clear();
    m_recentSends.clear();
}

QString GraphEmulator::generateWamid(const QString &number, bool inbound)
{
    // Meta's ids are a small binary record: the number, then an uppercase hex message id (18
    // characters for messages we send, 20 for messages customers send), base64-encoded.
    static std::atomic<quint32> counter{0};
    const QByteArray digits = number.toLatin1().left(100);
    const int idBytes = inbound ? 10 : 9;

    QByteArray unique(idBytes, Qt::Uninitialized);
    const quint32 serial = ++counter;
    for (int i = 0; i < idBytes - 4; ++i)
        unique[i] = static_cast<char>(QRandomGenerator::global()->generate() & 0xff);
    for (int i = 0; i < 4; ++i)
        unique[idBytes - 4 + i] = static_cast<char>((serial >> (24 - 8 * i)) & 0xff);
    const QByteArray hexId = unique.toHex().toUpper();

    QByteArray raw;
    raw.append('\x1c');
    raw.append('\x18');
    raw.append(static_cast<char>(digits.size()));
    raw.append(digits);
    raw.append('\x15');
    raw.append('\x02');
    raw.append('\x00');
    raw.append(inbound ? '\x12' : '\x11');
    raw.append('\x18');
    raw.append(static_cast<char>(hexId.size()));
    raw.append(hexId);
    raw.append('\x00');
    return u"wamid."_s + QString::fromLatin1(raw.toBase64());
}

QByteArray GraphEmulator::signatureHeader(const QByteArray &appSecret, const QByteArray &body)
{
    return QByteArrayLiteral("sha256=") +
           QMessageAuthenticationCode::hash(body, appSecret, QCryptographicHash::Sha256).toHex();
}

} // namespace sportello::whatsapp::sandbox

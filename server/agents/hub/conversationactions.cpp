// SPDX-License-Identifier: LicenseRef-Sportello
// The console's actions on conversations and drafts (PROTOCOL.md, "Acting").
#include "agents/hub/conversationactions.h"

#include <optional>
#include <type_traits>

#include "agents/hub/conversationviews.h"
#include "config/serverconfig.h"
#include "outbox/outbox.h"
#include "protocol/requestcodec.h"
#include "storage/contactrepository.h"
#include "storage/conversationrepository.h"
#include "storage/conversationviewrepository.h"
#include "storage/draftrepository.h"
#include "storage/labelrepository.h"
#include "storage/userrepository.h"

namespace sportello::agents {

namespace {

using protocol::Envelope;
using protocol::RequestCodec;

struct Target
{
    storage::Conversation conversation;
    storage::Contact contact;
};

const QString kConversationField = QStringLiteral("data.conversation_id");

std::optional<Target> load(WorkContext &context, qint64 conversationId, WorkResult *failure)
{
    auto conversation = storage::ConversationRepository(context.connection).byId(conversationId);
    std::optional<storage::Contact> contact;
    if (conversation)
        contact = storage::ContactRepository(context.connection).byId(conversation->contactId);
    if (!conversation || !contact) {
        *failure = WorkResult::failure(
            QStringLiteral("not_found"), kConversationField,
            QStringLiteral("conversation %1 does not exist").arg(conversationId));
        return std::nullopt;
    }
    return Target{*conversation, *contact};
}

// The reply every action gives (the state after it) plus conversation.updated for everyone.
WorkResult answer(WorkContext &context, qint64 conversationId, WorkResult result)
{
    ConversationViews views(context.connection, context.config);
    const auto summary = views.summary(conversationId, context.now);
    if (summary) {
        const QJsonObject json = ConversationViews::summaryJson(*summary);
        if (result.ok())
            result.reply = QJsonObject{{QStringLiteral("conversation"), json}};
        result.events.append({QStringLiteral("conversation.updated"), json});
    }
    result.countsChanged = true;
    return result;
}

// Ownership changes leave a system entry in the thread (and in the audit trail).
void changeOwner(WorkContext &context, const storage::Conversation &conversation,
                 ConversationOwner owner, const QString &assignedAgent, const QString &why,
                 WorkResult &result)
{
    storage::ConversationRepository conversations(context.connection);
    conversations.setOwner(conversation.id, owner, assignedAgent, context.now);
    const qint64 eventId =
        conversations.addEvent({0, conversation.id, QStringLiteral("owner_changed"),
                                toString(conversation.owner) + QStringLiteral(" -> ") +
                                    toString(owner) + QStringLiteral(": ") + why,
                                context.user.author(), context.now});
    if (auto entry = storage::ConversationViewRepository(context.connection).eventEntry(eventId))
        result.events.append(ConversationViews::messageNew(conversation.id, *entry));
}

WorkResult closedConflict(qint64 conversationId)
{
    return WorkResult::failure(
        QStringLiteral("conflict"), kConversationField,
        QStringLiteral("conversation %1 is closed: reopen it first").arg(conversationId));
}

// Through the one outbox gate, as the agent. Returns the new row's id, or 0 with `result`
// holding the error when the gate did not let the message go.
qint64 send(WorkContext &context, const Envelope &request, const Target &target,
            whatsapp::MessageContent content, const QString &replyToWamid, WorkResult &result)
{
    outbox::OutboundRequest outbound;
    outbound.customer = {target.contact.phoneNumberId, target.contact.contactKey};
    outbound.conversationId = target.conversation.id;
    outbound.message.to =
        target.contact.waId.isEmpty() ? target.contact.contactKey : target.contact.waId;
    outbound.message.replyToWamid = replyToWamid;
    outbound.message.content = std::move(content);
    outbound.purpose = QStringLiteral("reply");
    outbound.author = context.user.author();
    outbound.idempotencyKey = ConversationActions::outboxKey(context, request);
    const auto enqueued = context.outbox.enqueue(context.connection, outbound, context.now);
    if (enqueued.created) {
        // Refused rows are stored too: everyone sees what did not go out, and why.
        if (auto entry = storage::ConversationViewRepository(context.connection)
                             .outboundEntry(enqueued.outboxId))
            result.events.append(ConversationViews::messageNew(target.conversation.id, *entry));
        storage::ConversationRepository(context.connection)
            .touch(target.conversation.id, context.now);
    }
    if (enqueued.status != DeliveryStatus::Queued) {
        result.error = {QStringLiteral("refused"), {}, enqueued.reason};
        return 0;
    }
    result.wakeOutbox = enqueued.created;
    return enqueued.outboxId;
}

std::optional<storage::Draft> pendingDraft(WorkContext &context, qint64 draftId,
                                           WorkResult *failure)
{
    auto draft = storage::DraftRepository(context.connection).byId(draftId);
    const QString field = QStringLiteral("data.draft_id");
    if (!draft) {
        *failure = WorkResult::failure(QStringLiteral("not_found"), field,
                                       QStringLiteral("draft %1 does not exist").arg(draftId));
        return std::nullopt;
    }
    if (draft->state != u"pending") {
        *failure = WorkResult::failure(
            QStringLiteral("conflict"), field,
            QStringLiteral("draft %1 was already %2%3")
                .arg(draftId)
                .arg(draft->state, draft->resolvedBy.isEmpty()
                                       ? QString()
                                       : QStringLiteral(" by ") + draft->resolvedBy));
        return std::nullopt;
    }
    return draft;
}

HubEvent draftResolved(const storage::Draft &draft, const QString &state, const QString &by)
{
    return {QStringLiteral("draft.resolved"),
            QJsonObject{{QStringLiteral("draft_id"), draft.id},
                        {QStringLiteral("conversation_id"), draft.conversationId},
                        {QStringLiteral("state"), state},
                        {QStringLiteral("by"), by}}};
}

// approve and edit_send: the same send, with the text the agent settled on.
WorkResult sendDraft(WorkContext &context, const Envelope &request,
                     const protocol::DraftActionRequest &data, bool edited)
{
    WorkResult result;
    auto draft = pendingDraft(context, data.draftId, &result);
    if (!draft)
        return result;
    auto target = load(context, draft->conversationId, &result);
    if (!target)
        return result;
    if (target->conversation.owner == ConversationOwner::Closed)
        return closedConflict(target->conversation.id);
    const QString text = edited ? data.text : draft->text;
    const qint64 outboxId =
        send(context, request, *target, whatsapp::TextContent{text, false}, QString(), result);
    if (outboxId == 0) {
        // Nothing stored: the draft stays pending so the agent can edit or reject it.
        result.keepEffects = false;
        result.events.clear();
        return result;
    }
    const QString state = edited ? QStringLiteral("edited") : QStringLiteral("approved");
    storage::DraftRepository(context.connection)
        .resolve(draft->id, state, text, context.user.author(), outboxId, context.now);
    result.events.prepend(draftResolved(*draft, state, context.user.username));
    return answer(context, target->conversation.id, std::move(result));
}

whatsapp::TemplateParameter textParameter(const QString &value)
{
    whatsapp::TemplateParameter parameter;
    parameter.kind = whatsapp::TemplateParameter::Kind::Text;
    parameter.value = value;
    return parameter;
}

// The shared frame of every handler: parse the request's data (a bad one is the reply as is),
// then the action proper.
template<typename Request, typename Action>
WorkResult withData(const Envelope &request, Action action)
{
    WorkResult result;
    const auto data = RequestCodec::parse<Request>(request, &result.error);
    if (!data)
        return result;
    return action(*data, result);
}

enum class IfClosed { Refuse, Allow };

// Loads the conversation (refusing a closed one when asked), runs `action` on it and answers
// with the state after it. `action` returns nothing, or optionally the failure to reply with
// instead (which drops `result`).
template<typename Action>
WorkResult onConversation(WorkContext &context, qint64 conversationId, IfClosed ifClosed,
                          WorkResult result, Action action)
{
    auto target = load(context, conversationId, &result);
    if (!target)
        return result;
    if (ifClosed == IfClosed::Refuse && target->conversation.owner == ConversationOwner::Closed)
        return closedConflict(target->conversation.id);
    if constexpr (std::is_void_v<std::invoke_result_t<Action, const Target &, WorkResult &>>) {
        action(*target, result);
    } else {
        if (std::optional<WorkResult> failure = action(*target, result))
            return std::move(*failure);
    }
    return answer(context, target->conversation.id, std::move(result));
}

// The same, for requests that name the conversation.
template<typename Request, typename Action>
WorkResult onConversation(WorkContext &context, const Envelope &request, IfClosed ifClosed,
                          Action action)
{
    return withData<Request>(request, [&](const Request &data, WorkResult &result) {
        return onConversation(context, data.conversationId, ifClosed, std::move(result),
                              [&](const Target &target, WorkResult &result) {
                                  return action(data, target, result);
                              });
    });
}

} // namespace

QString ConversationActions::outboxKey(const WorkContext &context, const Envelope &request)
{
    return QStringLiteral("hub:%1:%2").arg(context.user.id).arg(request.id);
}

WorkResult ConversationActions::sendMessage(WorkContext &context, const Envelope &request)
{
    return onConversation<protocol::SendMessageRequest>(
        context, request, IfClosed::Refuse,
        [&](const protocol::SendMessageRequest &data, const Target &target,
            WorkResult &result) -> std::optional<WorkResult> {
            QString replyToWamid;
            if (!data.replyTo.isEmpty()) {
                replyToWamid = storage::ConversationViewRepository(context.connection)
                                   .wamidOf(target.conversation.id, data.replyTo);
                if (replyToWamid.isEmpty()) {
                    return WorkResult::failure(
                        QStringLiteral("not_found"), QStringLiteral("data.reply_to"),
                        QStringLiteral("%1 is not a message of conversation %2 "
                                       "that reached WhatsApp")
                            .arg(data.replyTo)
                            .arg(target.conversation.id));
                }
            }
            send(context, request, target, whatsapp::TextContent{data.text, false}, replyToWamid,
                 result);
            // A refused message is kept (with its reason) like the bot's: so is the answer.
            result.keepEffects = !result.ok();
            return std::nullopt;
        });
}

WorkResult ConversationActions::sendTemplate(WorkContext &context, const Envelope &request)
{
    return onConversation<protocol::SendTemplateRequest>(
        context, request, IfClosed::Refuse,
        [&](const protocol::SendTemplateRequest &data, const Target &target,
            WorkResult &result) -> std::optional<WorkResult> {
            const auto *business = context.config.business(target.conversation.phoneNumberId);
            const auto definition =
                business ? business->findTemplate(data.name, data.language) : std::nullopt;
            if (!definition) {
                return WorkResult::failure(
                    QStringLiteral("not_found"), QStringLiteral("data.name"),
                    QStringLiteral(
                        "template \"%1\" in language \"%2\" is not configured for this business")
                        .arg(data.name, data.language));
            }
            auto mismatch = [&](const QString &field, qsizetype expected, qsizetype got) {
                return WorkResult::failure(
                    QStringLiteral("bad_request"), QStringLiteral("data.") + field,
                    QStringLiteral("template \"%1\" takes %2 %3 parameter(s), got %4")
                        .arg(data.name)
                        .arg(expected)
                        .arg(field)
                        .arg(got));
            };
            if (data.header.size() != definition->headerParameters)
                return mismatch(QStringLiteral("header"), definition->headerParameters,
                                data.header.size());
            if (data.body.size() != definition->bodyParameters)
                return mismatch(QStringLiteral("body"), definition->bodyParameters,
                                data.body.size());
            if (data.buttons.size() > definition->buttonParameters.size()) {
                return mismatch(QStringLiteral("buttons"), definition->buttonParameters.size(),
                                data.buttons.size());
            }

            whatsapp::TemplateContent content;
            content.name = definition->name;
            content.languageCode = definition->language;
            for (const QString &value : data.header)
                content.headerParameters.append(textParameter(value));
            for (const QString &value : data.body)
                content.bodyParameters.append(textParameter(value));
            // One value per button, in button order; a button that takes a parameter (a dynamic
            // URL suffix) needs its value, the others take none.
            for (qsizetype i = 0; i < definition->buttonParameters.size(); ++i) {
                const QString value = i < data.buttons.size() ? data.buttons.at(i) : QString();
                if (definition->buttonParameters.at(i) == 0)
                    continue;
                if (value.isEmpty()) {
                    return WorkResult::failure(
                        QStringLiteral("bad_request"), QStringLiteral("data.buttons[%1]").arg(i),
                        QStringLiteral("button %1 of template \"%2\" needs a value")
                            .arg(i)
                            .arg(data.name));
                }
                whatsapp::TemplateButton button;
                button.subType = QStringLiteral("url");
                button.index = int(i);
                button.parameters.append(textParameter(value));
                content.buttons.append(button);
            }
            send(context, request, target, content, QString(), result);
            result.keepEffects = !result.ok();
            return std::nullopt;
        });
}

WorkResult ConversationActions::approveDraft(WorkContext &context, const Envelope &request)
{
    return withData<protocol::DraftActionRequest>(
        request, [&](const protocol::DraftActionRequest &data, WorkResult &) {
            return sendDraft(context, request, data, false);
        });
}

WorkResult ConversationActions::editAndSendDraft(WorkContext &context, const Envelope &request)
{
    return withData<protocol::DraftActionRequest>(
        request, [&](const protocol::DraftActionRequest &data, WorkResult &) {
            return sendDraft(context, request, data, true);
        });
}

WorkResult ConversationActions::rejectDraft(WorkContext &context, const Envelope &request)
{
    return withData<protocol::DraftActionRequest>(
        request, [&](const protocol::DraftActionRequest &data, WorkResult &parsed) {
            auto draft = pendingDraft(context, data.draftId, &parsed);
            if (!draft)
                return std::move(parsed);
            return onConversation(
                context, draft->conversationId, IfClosed::Allow, std::move(parsed),
                [&](const Target &target, WorkResult &result) {
                    storage::DraftRepository(context.connection)
                        .resolve(draft->id, QStringLiteral("rejected"), QString(),
                                 context.user.author(), std::nullopt, context.now);
                    result.events.append(draftResolved(*draft, QStringLiteral("rejected"),
                                                       context.user.username));
                    // The bot's proposal was not good enough: a person answers instead.
                    if (target.conversation.owner == ConversationOwner::Bot) {
                        const QString why =
                            data.reason.isEmpty()
                                ? QStringLiteral("draft rejected by %1").arg(context.user.username)
                                : QStringLiteral("draft rejected by %1: %2")
                                      .arg(context.user.username, data.reason);
                        changeOwner(context, target.conversation, ConversationOwner::PendingHuman,
                                    QString(), why, result);
                        storage::ConversationRepository(context.connection)
                            .setEscalationReason(target.conversation.id, why);
                    }
                });
        });
}

WorkResult ConversationActions::takeOver(WorkContext &context, const Envelope &request)
{
    return onConversation<protocol::ConversationRequest>(
        context, request, IfClosed::Refuse,
        [&](const protocol::ConversationRequest &, const Target &target, WorkResult &result) {
            const auto &conversation = target.conversation;
            if (conversation.owner != ConversationOwner::Human ||
                conversation.assignedAgent != context.user.username) {
                changeOwner(context, conversation, ConversationOwner::Human, context.user.username,
                            QStringLiteral("taken over by %1").arg(context.user.username), result);
            }
        });
}

WorkResult ConversationActions::handBack(WorkContext &context, const Envelope &request)
{
    return onConversation<protocol::ConversationRequest>(
        context, request, IfClosed::Refuse,
        [&](const protocol::ConversationRequest &, const Target &target, WorkResult &result) {
            const auto &conversation = target.conversation;
            if (conversation.owner == ConversationOwner::Bot)
                return;
            storage::ConversationRepository conversations(context.connection);
            conversations.setOwner(conversation.id, ConversationOwner::Bot, QString(), context.now);
            conversations.setEscalationReason(conversation.id, QString());
            // The system note is how the bot (and the next agent) learns that a human stretch
            // ended here; it doubles as the ownership record.
            const qint64 eventId = conversations.addEvent(
                {0, conversation.id, QStringLiteral("system"),
                 QStringLiteral("handed back to the assistant by %1").arg(context.user.username),
                 context.user.author(), context.now});
            if (auto entry =
                    storage::ConversationViewRepository(context.connection).eventEntry(eventId))
                result.events.append(ConversationViews::messageNew(conversation.id, *entry));
        });
}

WorkResult ConversationActions::assign(WorkContext &context, const Envelope &request)
{
    return onConversation<protocol::AssignRequest>(
        context, request, IfClosed::Refuse,
        [&](const protocol::AssignRequest &data, const Target &target,
            WorkResult &result) -> std::optional<WorkResult> {
            const auto &conversation = target.conversation;
            if (data.agent.isEmpty()) {
                // Nobody's any more: it waits in the escalated queue for whoever takes it.
                if (!conversation.assignedAgent.isEmpty()) {
                    changeOwner(context, conversation, ConversationOwner::PendingHuman, QString(),
                                QStringLiteral("unassigned by %1").arg(context.user.username),
                                result);
                }
                return std::nullopt;
            }
            const auto agent = storage::UserRepository(context.connection).findByName(data.agent);
            if (!agent || agent->disabled) {
                return WorkResult::failure(
                    QStringLiteral("not_found"), QStringLiteral("data.agent"),
                    QStringLiteral("there is no active user \"%1\"").arg(data.agent));
            }
            if (conversation.owner != ConversationOwner::Human ||
                conversation.assignedAgent != data.agent) {
                changeOwner(
                    context, conversation, ConversationOwner::Human, data.agent,
                    QStringLiteral("assigned to %1 by %2").arg(data.agent, context.user.username),
                    result);
            }
            return std::nullopt;
        });
}

WorkResult ConversationActions::addNote(WorkContext &context, const Envelope &request)
{
    return onConversation<protocol::NoteRequest>(
        context, request, IfClosed::Allow,
        [&](const protocol::NoteRequest &data, const Target &target, WorkResult &result) {
            storage::ConversationRepository conversations(context.connection);
            const qint64 eventId =
                conversations.addEvent({0, target.conversation.id, QStringLiteral("note"),
                                        data.text, context.user.author(), context.now});
            conversations.touch(target.conversation.id, context.now);
            if (auto entry =
                    storage::ConversationViewRepository(context.connection).eventEntry(eventId))
                result.events.append(ConversationViews::messageNew(target.conversation.id, *entry));
        });
}

WorkResult ConversationActions::label(WorkContext &context, const Envelope &request)
{
    return onConversation<protocol::LabelRequest>(
        context, request, IfClosed::Allow,
        [&](const protocol::LabelRequest &data, const Target &target, WorkResult &) {
            storage::LabelRepository labels(context.connection);
            for (const QString &label : data.add)
                labels.add(target.conversation.id, label, context.now);
            for (const QString &label : data.remove)
                labels.remove(target.conversation.id, label);
        });
}

WorkResult ConversationActions::close(WorkContext &context, const Envelope &request)
{
    return onConversation<protocol::ConversationRequest>(
        context, request, IfClosed::Allow,
        [&](const protocol::ConversationRequest &, const Target &target, WorkResult &result) {
            const auto &conversation = target.conversation;
            if (conversation.owner == ConversationOwner::Closed)
                return;
            // The assignment is kept: who handled it last stays on record.
            changeOwner(context, conversation, ConversationOwner::Closed,
                        conversation.assignedAgent,
                        QStringLiteral("closed by %1").arg(context.user.username), result);
            storage::ConversationRepository(context.connection)
                .setClosedAt(conversation.id, context.now);
        });
}

WorkResult ConversationActions::reopen(WorkContext &context, const Envelope &request)
{
    return onConversation<protocol::ConversationRequest>(
        context, request, IfClosed::Allow,
        [&](const protocol::ConversationRequest &, const Target &target,
            WorkResult &result) -> std::optional<WorkResult> {
            const auto &conversation = target.conversation;
            if (conversation.owner != ConversationOwner::Closed) {
                return WorkResult::failure(
                    QStringLiteral("conflict"), kConversationField,
                    QStringLiteral("conversation %1 is not closed").arg(conversation.id));
            }
            changeOwner(context, conversation, ConversationOwner::Human, context.user.username,
                        QStringLiteral("reopened by %1").arg(context.user.username), result);
            storage::ConversationRepository(context.connection)
                .setClosedAt(conversation.id, std::nullopt);
            return std::nullopt;
        });
}

} // namespace sportello::agents

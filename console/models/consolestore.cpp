// SPDX-License-Identifier: LicenseRef-Sportello
// The console's picture of the hub: conversation list, open thread, drafts, presence, counts.
#include "models/consolestore.h"

#include "domain/conversationowner.h"
#include "models/conversationlistmodel.h"
#include "models/draftlistmodel.h"
#include "models/intentcatalogmodel.h"
#include "models/knowledgedocumentmodel.h"
#include "models/modelslog.h"
#include "models/presencemodel.h"
#include "models/queuefiltermodel.h"
#include "models/threadmodel.h"
#include "net/hubpayloadreader.h"

namespace sportello::console::models {

using net::HubPayloadReader;
using protocol::ConversationSummary;
using protocol::ProtocolError;

namespace {
bool sameCounts(const protocol::QueueCounts &a, const protocol::QueueCounts &b)
{
    return a.needsReview == b.needsReview && a.escalated == b.escalated && a.mine == b.mine &&
           a.open == b.open && a.closed == b.closed;
}

bool isEscalated(const ConversationSummary &summary)
{
    return QueueFilterModel::belongsTo(summary, InboxQueue::Escalated, {});
}

void warnMalformed(const protocol::Envelope &event, const ProtocolError &error)
{
    qCWarning(lcModels, "ignoring event %s #%lld: %s", qUtf8Printable(event.type), event.seq,
              qUtf8Printable(error.message.isEmpty() ? error.code : error.message));
}
} // namespace

ConsoleStore::ConsoleStore(QObject *parent)
    : QObject(parent)
    , m_conversations(new ConversationListModel(this))
    , m_thread(new ThreadModel(this))
    , m_drafts(new DraftListModel(this))
    , m_presence(new PresenceModel(this))
    , m_intents(new IntentCatalogModel(this))
    , m_knowledge(new KnowledgeDocumentModel(this))
{
}

ConsoleStore::~ConsoleStore() = default;

std::optional<ConversationSummary> ConsoleStore::conversation(qint64 id) const
{
    return m_conversations->find(id);
}

void ConsoleStore::setCurrentUser(const QString &user, AgentRole role)
{
    if (user == m_currentUser && role == m_currentRole)
        return;
    m_currentUser = user;
    m_currentRole = role;
    Q_EMIT currentUserChanged(m_currentUser, m_currentRole);
}

void ConsoleStore::applySnapshot(const QList<ConversationSummary> &conversations,
                                 const protocol::QueueCounts &counts)
{
    m_conversations->setConversations(conversations);
    setCounts(counts);
    if (m_openConversationId != 0) {
        if (const auto open = m_conversations->find(m_openConversationId))
            Q_EMIT openConversationUpdated(*open);
    }
}

void ConsoleStore::applyEvent(const protocol::Envelope &event)
{
    ProtocolError error;
    const QString &type = event.type;
    if (type == u"conversation.updated") {
        const auto summary = HubPayloadReader::conversationUpdated(event.data, &error);
        if (!summary)
            return warnMalformed(event, error);
        const auto previous = storeConversation(*summary);
        if (isEscalated(*summary) && !(previous && isEscalated(*previous)))
            Q_EMIT escalationArrived(*m_conversations->find(summary->id));
    } else if (type == u"message.new") {
        const auto message = HubPayloadReader::messageNew(event.data, &error);
        if (!message)
            return warnMalformed(event, error);
        if (message->conversationId == m_openConversationId)
            m_thread->add(message->entry);
        if (message->entry.kind == protocol::ThreadEntryKind::Inbound && !m_currentUser.isEmpty()) {
            const auto summary = m_conversations->find(message->conversationId);
            if (summary && summary->owner != ConversationOwner::Closed &&
                summary->assignedAgent == m_currentUser)
                Q_EMIT messageInOwnedConversation(*summary, message->entry);
        }
    } else if (type == u"message.status") {
        const auto status = HubPayloadReader::messageStatus(event.data, &error);
        if (!status)
            return warnMalformed(event, error);
        if (status->conversationId == m_openConversationId)
            m_thread->updateStatus(status->entryId, status->status, status->errorCode,
                                   status->errorTitle);
    } else if (type == u"turn.understood") {
        const auto understood = HubPayloadReader::turnUnderstood(event.data, &error);
        if (!understood)
            return warnMalformed(event, error);
        if (understood->conversationId == m_openConversationId)
            m_thread->setUnderstanding(understood->entryId, understood->understanding);
    } else if (type == u"draft.pending") {
        const auto draft = HubPayloadReader::draftPending(event.data, &error);
        if (!draft)
            return warnMalformed(event, error);
        if (draft->conversationId == m_openConversationId)
            m_drafts->upsert(*draft);
    } else if (type == u"draft.resolved") {
        const auto resolved = HubPayloadReader::draftResolved(event.data, &error);
        if (!resolved)
            return warnMalformed(event, error);
        m_drafts->remove(resolved->draftId);
    } else if (type == u"presence") {
        const auto users = HubPayloadReader::presence(event.data, &error);
        if (!users)
            return warnMalformed(event, error);
        m_presence->setPresence(*users);
    } else if (type == u"counts") {
        const auto counts = HubPayloadReader::counts(event.data, &error);
        if (!counts)
            return warnMalformed(event, error);
        setCounts(*counts);
    } else if (type == u"settings.changed") {
        const auto changed = HubPayloadReader::settingsChanged(event.data, &error);
        if (!changed)
            return warnMalformed(event, error);
        if (changed->business)
            setBusinessSettings(*changed->business);
        if (changed->canned)
            setCannedResponses(*changed->canned);
    } else if (type == u"intents.changed") {
        const auto catalog = HubPayloadReader::intentCatalog(event.data, &error);
        if (!catalog)
            return warnMalformed(event, error);
        if (m_intents->isLoaded() && m_intents->catalog().phoneNumberId == catalog->phoneNumberId)
            m_intents->setCatalog(*catalog);
    } else if (type == u"knowledge.changed") {
        const auto changed = HubPayloadReader::knowledgeDocuments(event.data, &error);
        if (!changed)
            return warnMalformed(event, error);
        if (m_knowledge->isLoaded() && m_knowledge->phoneNumberId() == changed->phoneNumberId)
            m_knowledge->setDocuments(changed->phoneNumberId, changed->documents);
    } else {
        qCDebug(lcModels, "event %s not handled by this console", qUtf8Printable(type));
    }
}

void ConsoleStore::applyOpenedConversation(const ConversationSummary &summary,
                                           const QList<protocol::ThreadEntry> &entries,
                                           const QList<protocol::DraftInfo> &drafts)
{
    storeConversation(summary);
    m_thread->setEntries(summary.id, entries);
    m_drafts->setDrafts(drafts);
    if (m_openConversationId != summary.id) {
        m_openConversationId = summary.id;
        Q_EMIT openConversationChanged(m_openConversationId);
    }
    Q_EMIT openConversationUpdated(*m_conversations->find(summary.id));
}

void ConsoleStore::prependHistory(qint64 id, const QList<protocol::ThreadEntry> &entries)
{
    if (id == 0 || id != m_openConversationId)
        return;
    m_thread->prepend(entries);
}

void ConsoleStore::applyConversation(const ConversationSummary &summary)
{
    storeConversation(summary);
}

void ConsoleStore::setBusinessSettings(const protocol::BusinessSettings &settings)
{
    m_business = settings;
    Q_EMIT businessSettingsChanged(settings);
}

void ConsoleStore::setCannedResponses(const QList<protocol::CannedResponse> &canned)
{
    m_canned = canned;
    Q_EMIT cannedResponsesChanged(m_canned);
}

void ConsoleStore::setIntentCatalog(const protocol::IntentCatalog &catalog)
{
    m_intents->setCatalog(catalog);
}

void ConsoleStore::setKnowledgeDocuments(const QString &phoneNumberId,
                                         const QList<protocol::KnowledgeDocumentInfo> &documents)
{
    m_knowledge->setDocuments(phoneNumberId, documents);
}

void ConsoleStore::closeOpenConversation()
{
    if (m_openConversationId == 0)
        return;
    m_openConversationId = 0;
    m_thread->clear();
    m_drafts->clear();
    Q_EMIT openConversationChanged(0);
}

void ConsoleStore::clear()
{
    closeOpenConversation();
    m_conversations->clear();
    m_presence->clear();
    setCounts({});
    m_business.reset();
    m_canned.clear();
    m_intents->clear();
    m_knowledge->clear();
    setCurrentUser({}, AgentRole::Agent);
}

std::optional<ConversationSummary>
ConsoleStore::storeConversation(const ConversationSummary &summary)
{
    auto previous = m_conversations->find(summary.id);
    m_conversations->upsert(summary);
    if (summary.id == m_openConversationId)
        Q_EMIT openConversationUpdated(*m_conversations->find(summary.id));
    return previous;
}

void ConsoleStore::setCounts(const protocol::QueueCounts &counts)
{
    if (sameCounts(counts, m_counts))
        return;
    m_counts = counts;
    Q_EMIT countsChanged(m_counts);
}

} // namespace sportello::console::models

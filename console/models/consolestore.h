// SPDX-License-Identifier: LicenseRef-Sportello
// The console's picture of the hub: conversation list, open thread, drafts, presence, counts.
#pragma once

#include <optional>

#include <QList>
#include <QObject>
#include <QString>

#include "domain/agentrole.h"
#include "models/protocolmetatypes.h"
#include "protocol/businesssettings.h"
#include "protocol/cannedresponse.h"
#include "protocol/conversationsummary.h"
#include "protocol/draftinfo.h"
#include "protocol/envelope.h"
#include "protocol/intentcatalog.h"
#include "protocol/knowledgedocumentinfo.h"
#include "protocol/queuecounts.h"
#include "protocol/threadentry.h"

namespace sportello::console::models {

class ConversationListModel;
class DraftListModel;
class IntentCatalogModel;
class KnowledgeDocumentModel;
class PresenceModel;
class ThreadModel;

// Owns the models the views show and applies to them what the hub sends: snapshots, events
// and the replies of actions (the app wires HubClient and ConsoleActions to the apply*
// methods; tests and screenshots call them directly). It never talks to the network itself.
// Main thread only.
class ConsoleStore final : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleStore(QObject *parent = nullptr);
    ~ConsoleStore() override;

    ConversationListModel *conversations() const { return m_conversations; }
    // The open conversation's thread and pending drafts (empty when none is open).
    ThreadModel *thread() const { return m_thread; }
    DraftListModel *drafts() const { return m_drafts; }
    PresenceModel *presence() const { return m_presence; }
    // The business's intents (managers' Intents page); empty until intents.get is answered.
    IntentCatalogModel *intents() const { return m_intents; }
    // The business's knowledge-base documents (managers' Knowledge page); empty until
    // knowledge.list is answered, then kept current by knowledge.changed.
    KnowledgeDocumentModel *knowledge() const { return m_knowledge; }

    protocol::QueueCounts counts() const { return m_counts; }
    qint64 openConversationId() const { return m_openConversationId; }
    std::optional<protocol::ConversationSummary> conversation(qint64 id) const;

    QString currentUser() const { return m_currentUser; }
    AgentRole currentRole() const { return m_currentRole; }
    void setCurrentUser(const QString &user, AgentRole role);

    // The latest business settings and canned responses the hub sent (settings.get,
    // canned.list or a settings.changed event); empty until then.
    std::optional<protocol::BusinessSettings> businessSettings() const { return m_business; }
    QList<protocol::CannedResponse> cannedResponses() const { return m_canned; }

    // A full picture (login, or a reconnect after too long): the list is rebuilt.
    void applySnapshot(const QList<protocol::ConversationSummary> &conversations,
                       const protocol::QueueCounts &counts);
    // One pushed event; unknown types are ignored (a newer server may send more).
    void applyEvent(const protocol::Envelope &event);
    // The reply of conversation.open: it becomes the open conversation.
    void applyOpenedConversation(const protocol::ConversationSummary &summary,
                                 const QList<protocol::ThreadEntry> &entries,
                                 const QList<protocol::DraftInfo> &drafts);
    // Older entries of a conversation (conversation.history); ignored unless it is open.
    void prependHistory(qint64 id, const QList<protocol::ThreadEntry> &entries);
    // A conversation's state as an action replied it (same effect as conversation.updated,
    // without notifications).
    void applyConversation(const protocol::ConversationSummary &summary);
    void setBusinessSettings(const protocol::BusinessSettings &settings);
    void setCannedResponses(const QList<protocol::CannedResponse> &canned);
    // The catalog an intents.* request was answered with. intents.changed events update it
    // only for the business it shows (consoles ask for one: the first, as for the settings).
    void setIntentCatalog(const protocol::IntentCatalog &catalog);
    // The documents knowledge.list answered with; knowledge.changed events update them only
    // for the business shown (consoles ask for one: the first).
    void setKnowledgeDocuments(const QString &phoneNumberId,
                               const QList<protocol::KnowledgeDocumentInfo> &documents);
    // No conversation open any more (the thread and drafts empty).
    void closeOpenConversation();
    // Forget everything (logout, or another user logs in).
    void clear();

Q_SIGNALS:
    void countsChanged(const protocol::QueueCounts &counts);
    void openConversationChanged(qint64 id);
    // The open conversation's summary changed (owner, labels, window...).
    void openConversationUpdated(const protocol::ConversationSummary &summary);
    void currentUserChanged(const QString &user, AgentRole role);
    void businessSettingsChanged(const protocol::BusinessSettings &settings);
    void cannedResponsesChanged(const QList<protocol::CannedResponse> &canned);
    // For desktop notifications: a conversation entered the Escalated queue (live events only,
    // never for a snapshot), and a customer wrote in a conversation assigned to this user.
    void escalationArrived(const protocol::ConversationSummary &summary);
    void messageInOwnedConversation(const protocol::ConversationSummary &summary,
                                    const protocol::ThreadEntry &entry);

private:
    // Upserts; returns the previous state, if the conversation was known.
    std::optional<protocol::ConversationSummary>
    storeConversation(const protocol::ConversationSummary &summary);
    void setCounts(const protocol::QueueCounts &counts);

    ConversationListModel *m_conversations = nullptr;
    ThreadModel *m_thread = nullptr;
    DraftListModel *m_drafts = nullptr;
    PresenceModel *m_presence = nullptr;
    IntentCatalogModel *m_intents = nullptr;
    KnowledgeDocumentModel *m_knowledge = nullptr;
    protocol::QueueCounts m_counts;
    qint64 m_openConversationId = 0;
    QString m_currentUser;
    AgentRole m_currentRole = AgentRole::Agent;
    std::optional<protocol::BusinessSettings> m_business;
    QList<protocol::CannedResponse> m_canned;
};

} // namespace sportello::console::models

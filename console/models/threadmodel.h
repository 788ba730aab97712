// SPDX-License-Identifier: LicenseRef-Sportello
// The open conversation's thread: messages, notes and system entries, oldest first.
#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QString>

#include "domain/deliverystatus.h"
#include "models/protocolmetatypes.h"
#include "protocol/threadentry.h"

namespace sportello::console::models {

// Ordered by `at`, oldest first (entries with the same time keep their arrival order). Entry
// ids are unique: an entry that arrives twice (an event that crosses a history reply) updates
// the row it already has.
class ThreadModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        EntryRole = Qt::UserRole + 1, // QVariant::fromValue(protocol::ThreadEntry)
        KindRole,                     // int of protocol::ThreadEntryKind
        TextRole,                     // text, else the caption
        AtRole,                       // QDateTime
        StatusRole,                   // DeliveryStatus spelling (outbound), else empty
        ErrorRole,                    // "code: title" for failed messages, else empty
        AuthorRole,                   // customer, bot, agent:NAME, system
        TypeRole,                     // message type spelling
    };
    Q_ENUM(Role)

    explicit ThreadModel(QObject *parent = nullptr);
    ~ThreadModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A newly opened conversation: one reset.
    void setEntries(qint64 conversationId, const QList<protocol::ThreadEntry> &entries);
    void clear();
    qint64 conversationId() const { return m_conversationId; }

    // A new entry (usually the newest): inserted in time order, or updated if already there.
    void add(const protocol::ThreadEntry &entry);
    // Older entries from a history page; the ones already present are skipped.
    void prepend(const QList<protocol::ThreadEntry> &entries);
    // A delivery status update; false when the entry is not in the thread.
    bool updateStatus(const QString &entryId, DeliveryStatus status, int errorCode,
                      const QString &errorTitle);

    // What the server understood of the turn this customer message ends; false when the
    // entry is not in the thread.
    bool setUnderstanding(const QString &entryId, const protocol::TurnUnderstanding &understanding);

    int rowOf(const QString &entryId) const;
    const protocol::ThreadEntry &at(int row) const { return m_entries.at(row); }
    // The oldest entry's time (ms); 0 when empty.
    qint64 oldestAt() const;
    // Where the next history page ends (ms): the oldest entry that is not a note, since an open
    // conversation comes with all its notes but only its newest messages. 0 when there is none.
    qint64 historyCursor() const;

    static QString errorText(const protocol::ThreadEntry &entry);

private:
    void reindex(int first);

    qint64 m_conversationId = 0;
    QList<protocol::ThreadEntry> m_entries;
    QHash<QString, int> m_rowOf;
};

} // namespace sportello::console::models

// SPDX-License-Identifier: LicenseRef-Sportello
// SQL for conversation_labels: the tags agents put on conversations.
#pragma once

#include <QHash>
#include <QList>
#include <QStringList>

namespace sportello::storage {

class SqlConnection;

class LabelRepository
{
public:
    explicit LabelRepository(SqlConnection &connection);

    // Sorted by label.
    QStringList labels(qint64 conversationId);
    // Every labelled conversation's labels (for snapshots of many conversations at once).
    QHash<qint64, QStringList> all();
    // False when the label was already there / was not there.
    bool add(qint64 conversationId, const QString &label, qint64 now);
    bool remove(qint64 conversationId, const QString &label);

private:
    SqlConnection &m_connection;
};

} // namespace sportello::storage

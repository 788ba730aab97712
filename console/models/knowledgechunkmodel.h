// SPDX-License-Identifier: LicenseRef-Sportello
// The chunks of one knowledge-base document as a table (managers' Knowledge page).
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "protocol/knowledgechunkinfo.h"

namespace sportello::console::models {

// What knowledge.chunks answered for one document, in order. Replaced whole; cleared when
// the document goes away.
class KnowledgeChunkModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        OrdinalColumn = 0,
        SectionColumn, // heading path joined with " › "
        QuestionColumn,
        TextColumn,
        LanguageColumn,
        ValidityColumn, // "from – until", empty when open-ended
        ColumnCount,
    };

    explicit KnowledgeChunkModel(QObject *parent = nullptr);
    ~KnowledgeChunkModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setChunks(qint64 documentId, const QList<protocol::KnowledgeChunkInfo> &chunks);
    void clear();
    qint64 documentId() const { return m_documentId; }
    const QList<protocol::KnowledgeChunkInfo> &chunks() const { return m_chunks; }

private:
    qint64 m_documentId = 0;
    QList<protocol::KnowledgeChunkInfo> m_chunks;
};

} // namespace sportello::console::models

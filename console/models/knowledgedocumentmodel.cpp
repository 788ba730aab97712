// SPDX-License-Identifier: LicenseRef-Sportello
// A business's knowledge-base documents as a table (managers' Knowledge page).
#include "models/knowledgedocumentmodel.h"

#include <QDateTime>
#include <QLocale>

namespace sportello::console::models {

KnowledgeDocumentModel::KnowledgeDocumentModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

KnowledgeDocumentModel::~KnowledgeDocumentModel() = default;

int KnowledgeDocumentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int KnowledgeDocumentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KnowledgeDocumentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const protocol::KnowledgeDocumentInfo &document = m_documents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return document.sourceName;
        case TypeColumn:
            return document.type;
        case LanguageColumn:
            return document.language;
        case ChunksColumn:
            return document.chunkCount;
        case UpdatedColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(document.updatedAt),
                                      QLocale::ShortFormat);
        case ByColumn:
            return document.createdBy;
        }
        return {};
    case Qt::ToolTipRole:
        return document.title.isEmpty() ? document.sourceName : document.title;
    case Qt::TextAlignmentRole:
        if (index.column() == ChunksColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case DocumentIdRole:
        return document.id;
    case UpdatedAtRole:
        return document.updatedAt;
    }
    return {};
}

QVariant KnowledgeDocumentModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Document");
    case TypeColumn:
        return tr("Kind");
    case LanguageColumn:
        return tr("Language");
    case ChunksColumn:
        return tr("Chunks");
    case UpdatedColumn:
        return tr("Updated");
    case ByColumn:
        return tr("Uploaded by");
    }
    return {};
}

void KnowledgeDocumentModel::setDocuments(const QString &phoneNumberId,
                                          const QList<protocol::KnowledgeDocumentInfo> &documents)
{
    beginResetModel();
    m_phoneNumberId = phoneNumberId;
    m_documents = documents;
    m_loaded = true;
    endResetModel();
    Q_EMIT documentsChanged();
}

void KnowledgeDocumentModel::clear()
{
    beginResetModel();
    m_phoneNumberId.clear();
    m_documents.clear();
    m_loaded = false;
    endResetModel();
    Q_EMIT documentsChanged();
}

int KnowledgeDocumentModel::rowOf(qint64 documentId) const
{
    for (qsizetype i = 0; i < m_documents.size(); ++i) {
        if (m_documents.at(i).id == documentId)
            return int(i);
    }
    return -1;
}

const protocol::KnowledgeDocumentInfo *KnowledgeDocumentModel::document(qint64 documentId) const
{
    const int row = rowOf(documentId);
    return row < 0 ? nullptr : &m_documents.at(row);
}

} // namespace sportello::console::models

// SPDX-License-Identifier: LicenseRef-Sportello
// A business's knowledge-base documents as a table (managers' Knowledge page).
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include "protocol/knowledgedocumentinfo.h"

namespace sportello::console::models {

// One row per document, in the hub's order (by source name). Every change arrives as the whole
// list (knowledge.list and the knowledge.changed event): one reset each, since a business has
// tens of documents, not thousands. Display roles hold raw values (type and language codes,
// ms times shown as local date and time).
class KnowledgeDocumentModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn = 0,
        TypeColumn,
        LanguageColumn,
        ChunksColumn,
        UpdatedColumn,
        ByColumn,
        ColumnCount,
    };
    enum Role
    {
        DocumentIdRole = Qt::UserRole + 1, // qint64
        UpdatedAtRole,                     // ms
    };
    Q_ENUM(Role)

    explicit KnowledgeDocumentModel(QObject *parent = nullptr);
    ~KnowledgeDocumentModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setDocuments(const QString &phoneNumberId,
                      const QList<protocol::KnowledgeDocumentInfo> &documents);
    void clear();
    bool isLoaded() const { return m_loaded; }
    QString phoneNumberId() const { return m_phoneNumberId; }
    const QList<protocol::KnowledgeDocumentInfo> &documents() const { return m_documents; }
    // The document's row, or -1.
    int rowOf(qint64 documentId) const;
    const protocol::KnowledgeDocumentInfo *document(qint64 documentId) const;

Q_SIGNALS:
    // After every setDocuments() and clear().
    void documentsChanged();

private:
    QString m_phoneNumberId;
    QList<protocol::KnowledgeDocumentInfo> m_documents;
    bool m_loaded = false;
};

} // namespace sportello::console::models

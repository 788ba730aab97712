// SPDX-License-Identifier: LicenseRef-Sportello
// The chunks of one knowledge-base document as a table (managers' Knowledge page).
#include "models/knowledgechunkmodel.h"

namespace sportello::console::models {

namespace {
// One line in the table; the whole text is the tooltip.
QString oneLine(const QString &text)
{
    QString line = text.simplified();
    constexpr int kLongest = 200;
    if (line.size() > kLongest)
        line = line.left(kLongest - 1) + QChar(0x2026);
    return line;
}
} // namespace

KnowledgeChunkModel::KnowledgeChunkModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

KnowledgeChunkModel::~KnowledgeChunkModel() = default;

int KnowledgeChunkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_chunks.size());
}

int KnowledgeChunkModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KnowledgeChunkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const protocol::KnowledgeChunkInfo &chunk = m_chunks.at(index.row());
    if (role == Qt::ToolTipRole)
        return chunk.question.isEmpty() ? chunk.text : chunk.question + u"\n\n" + chunk.text;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case OrdinalColumn:
        return chunk.ordinal + 1;
    case SectionColumn:
        return chunk.section.join(QStringLiteral(" \u203a "));
    case QuestionColumn:
        return chunk.question;
    case TextColumn:
        return oneLine(chunk.text);
    case LanguageColumn:
        return chunk.language;
    case ValidityColumn:
        if (chunk.validFrom.isEmpty() && chunk.validUntil.isEmpty())
            return QString();
        return QStringLiteral("%1 \u2013 %2").arg(chunk.validFrom, chunk.validUntil);
    }
    return {};
}

QVariant KnowledgeChunkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OrdinalColumn:
        return tr("#");
    case SectionColumn:
        return tr("Section");
    case QuestionColumn:
        return tr("Question");
    case TextColumn:
        return tr("Text");
    case LanguageColumn:
        return tr("Language");
    case ValidityColumn:
        return tr("Valid");
    }
    return {};
}

void KnowledgeChunkModel::setChunks(qint64 documentId,
                                    const QList<protocol::KnowledgeChunkInfo> &chunks)
{
    beginResetModel();
    m_documentId = documentId;
    m_chunks = chunks;
    endResetModel();
}

void KnowledgeChunkModel::clear()
{
    beginResetModel();
    m_documentId = 0;
    m_chunks.clear();
    endResetModel();
}

} // namespace sportello::console::models

// SPDX-License-Identifier: LicenseRef-Sportello
// A business's intents (top level) and the examples it added to each (their children).
#include "models/intentcatalogmodel.h"

namespace sportello::console::models {

namespace {
// internalId of a root index; an example's is its intent's row + 1, so parent() needs no
// lookup (rows only ever change in a reset).
constexpr quintptr kIntentLevel = 0;
} // namespace

IntentCatalogModel::IntentCatalogModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

IntentCatalogModel::~IntentCatalogModel() = default;

QModelIndex IntentCatalogModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row >= m_catalog.intents.size())
            return {};
        return createIndex(row, column, kIntentLevel);
    }
    if (parent.internalId() != kIntentLevel || parent.column() != 0 ||
        parent.row() >= m_catalog.intents.size())
        return {};
    if (row >= m_catalog.intents.at(parent.row()).custom.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex IntentCatalogModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kIntentLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kIntentLevel);
}

int IntentCatalogModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_catalog.intents.size());
    // Only the first column has children, as QTreeView expects.
    if (parent.internalId() != kIntentLevel || parent.column() != 0 ||
        parent.row() >= m_catalog.intents.size())
        return 0;
    return int(m_catalog.intents.at(parent.row()).custom.size());
}

int IntentCatalogModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant IntentCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kIntentLevel) {
        const protocol::IntentInfo &intent = m_catalog.intents.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            case NameColumn:
                return intent.name;
            case DefaultColumn:
                return intent.defaultExamples;
            case CustomColumn:
                return int(intent.custom.size());
            }
            return {};
        case Qt::TextAlignmentRole:
            if (index.column() != NameColumn)
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        case IntentNameRole:
            return intent.name;
        case ExampleIdRole:
            return qint64(0);
        case IsExampleRole:
            return false;
        default:
            return {};
        }
    }
    const protocol::IntentInfo &intent = m_catalog.intents.at(int(index.internalId() - 1));
    const protocol::IntentExampleInfo &example = intent.custom.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LanguageColumn:
            return example.language;
        case TextColumn:
            return example.text;
        case AddedByColumn:
            return example.createdBy;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == TextColumn ? QVariant(example.text) : QVariant();
    case IntentNameRole:
        return intent.name;
    case ExampleIdRole:
        return example.id;
    case IsExampleRole:
        return true;
    case CreatedAtRole:
        return example.createdAt;
    default:
        return {};
    }
}

QVariant IntentCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Intent");
    case DefaultColumn:
        //: Column: how many example messages ship with the product for this intent.
        return tr("Built-in examples");
    case CustomColumn:
        //: Column: how many example messages the business added to this intent.
        return tr("Your examples");
    }
    return {};
}

QHash<int, QByteArray> IntentCatalogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(IntentNameRole, QByteArrayLiteral("intentName"));
    names.insert(ExampleIdRole, QByteArrayLiteral("exampleId"));
    names.insert(IsExampleRole, QByteArrayLiteral("isExample"));
    names.insert(CreatedAtRole, QByteArrayLiteral("createdAt"));
    return names;
}

void IntentCatalogModel::setCatalog(const protocol::IntentCatalog &catalog)
{
    beginResetModel();
    m_catalog = catalog;
    m_loaded = true;
    endResetModel();
    Q_EMIT catalogChanged();
}

void IntentCatalogModel::clear()
{
    beginResetModel();
    m_catalog = {};
    m_loaded = false;
    endResetModel();
    Q_EMIT catalogChanged();
}

QModelIndex IntentCatalogModel::indexOfIntent(const QString &name) const
{
    for (int row = 0; row < m_catalog.intents.size(); ++row) {
        if (m_catalog.intents.at(row).name == name)
            return index(row, NameColumn);
    }
    return {};
}

} // namespace sportello::console::models

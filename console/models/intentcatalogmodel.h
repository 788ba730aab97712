// SPDX-License-Identifier: LicenseRef-Sportello
// A business's intents (top level) and the examples it added to each (their children).
#pragma once

#include <QAbstractItemModel>

#include "protocol/intentcatalog.h"

namespace sportello::console::models {

// Two levels, so one model feeds both lists of the Intents page: the intents at the root
// (columns: name, default examples, the business's examples) and, below each intent, the
// examples the business added (columns: language, text, added by). Display roles hold the raw
// values (intent names, language codes); the views put them in words.
// Every change arrives as a whole catalog (intents.get, intents.add/remove replies and the
// intents.changed event): one reset each, since catalogs are small and change rarely.
class IntentCatalogModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn = 0,    // intent: name;  example: language
        DefaultColumn = 1, // intent: default examples;  example: text
        CustomColumn = 2,  // intent: examples the business added;  example: added by
        ColumnCount = 3,
    };
    enum ExampleColumn
    {
        LanguageColumn = 0,
        TextColumn = 1,
        AddedByColumn = 2,
    };
    enum Role
    {
        IntentNameRole = Qt::UserRole + 1, // both levels: the intent's name
        ExampleIdRole,                     // examples: the id intents.remove takes; 0 for intents
        IsExampleRole,                     // bool
        CreatedAtRole,                     // examples: ms
    };
    Q_ENUM(Role)

    explicit IntentCatalogModel(QObject *parent = nullptr);
    ~IntentCatalogModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setCatalog(const protocol::IntentCatalog &catalog);
    void clear();
    bool isLoaded() const { return m_loaded; }
    const protocol::IntentCatalog &catalog() const { return m_catalog; }

    // The intent's row at the root, or an invalid index.
    QModelIndex indexOfIntent(const QString &name) const;

Q_SIGNALS:
    // After every setCatalog() and clear() (the model state, languages... may have changed).
    void catalogChanged();

private:
    protocol::IntentCatalog m_catalog;
    bool m_loaded = false;
};

} // namespace sportello::console::models

// SPDX-License-Identifier: LicenseRef-Sportello
// Puts the intent catalog's raw values in words: intent names, languages, who added what.
#include "views/intentcatalogdelegate.h"

#include <QDateTime>
#include <QLocale>

#include "models/intentcatalogmodel.h"
#include "views/understandingtext.h"

namespace sportello::console::views {

using models::IntentCatalogModel;

IntentCatalogDelegate::IntentCatalogDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void IntentCatalogDelegate::initStyleOption(QStyleOptionViewItem *option,
                                            const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QString value = index.data(Qt::DisplayRole).toString();
    if (!index.data(IntentCatalogModel::IsExampleRole).toBool()) {
        if (index.column() == IntentCatalogModel::NameColumn)
            option->text = UnderstandingText::intentName(value);
        return;
    }
    switch (index.column()) {
    case IntentCatalogModel::LanguageColumn:
        option->text = UnderstandingText::language(value);
        break;
    case IntentCatalogModel::AddedByColumn: {
        const qint64 at = index.data(IntentCatalogModel::CreatedAtRole).toLongLong();
        const QString when = at > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(at).date(),
                                                         QLocale::ShortFormat)
                                    : QString();
        //: Who added an intent example and when: "marco, 12/03/25".
        option->text = value.isEmpty()  ? when
                       : when.isEmpty() ? value
                                        : tr("%1, %2").arg(value, when);
        break;
    }
    default:
        break;
    }
}

} // namespace sportello::console::views

// SPDX-License-Identifier: LicenseRef-Sportello
// Puts the intent catalog's raw values in words: intent names, languages, who added what.
#pragma once

#include <QStyledItemDelegate>

namespace sportello::console::views {

// IntentCatalogModel keeps identifiers ("booking_request", "it"); a manager reads "Booking
// request" and "Italian". Only the text changes; painting stays the style's.
class IntentCatalogDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit IntentCatalogDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace sportello::console::views

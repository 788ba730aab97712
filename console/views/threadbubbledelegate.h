// SPDX-License-Identifier: LicenseRef-Sportello
// Paints a thread entry as a chat bubble, a private note or a system line, with day separators.
#pragma once

#include <QHash>
#include <QSize>
#include <QString>
#include <QStyledItemDelegate>

#include "models/threadmodel.h"
#include "protocol/threadentry.h"

class QAbstractItemView;

namespace sportello::console::views {

// Reads protocol::ThreadEntry from `entryRole` (ThreadModel::EntryRole by default, so any model
// exposing entries that way can be shown, e.g. the sandbox customer's phone).
// Inbound bubbles sit left, outbound right with their delivery ticks (✓ sent, ✓✓ delivered, blue
// ✓✓ read, ⚠ failed with WhatsApp's error in words), notes and system entries centred in their
// own styles. A day heading precedes the first entry of each day.
// Size hints are cached per entry and width, so long threads lay out and scroll smoothly;
// the cache key includes what changes an entry's size (text, status, separator), so updates
// never show stale heights.
class ThreadBubbleDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ThreadBubbleDelegate(QAbstractItemView *view,
                                  int entryRole = models::ThreadModel::EntryRole);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // Mirror the customer's phone: inbound on the right, outbound on the left (sandbox window).
    void setMirrored(bool mirrored);
    // Drop every cached size (font or style change).
    void clearCache();
    int cachedSizeCount() const { return static_cast<int>(m_sizes.size()); }

    protocol::ThreadEntry entryAt(const QModelIndex &index) const;
    // The day heading above this row, or empty when the previous row is on the same day.
    QString separatorText(const QModelIndex &index) const;

    // The visible words under a bubble: the time, and the ticks when `ticks` (outbound entries).
    static QString footerText(const protocol::ThreadEntry &entry, bool ticks);
    // The line shown inside a failed bubble ("Not delivered: ..."), empty otherwise.
    static QString failureText(const protocol::ThreadEntry &entry);
    // The small heading inside a bubble: "Assistant", the agent's name, "Private note · NAME".
    static QString headerText(const protocol::ThreadEntry &entry);
    // The whole tooltip: full date and time, status in words, error.
    static QString toolTipText(const protocol::ThreadEntry &entry);

private:
    struct Layout
    {
        int separatorHeight = 0;
        QRect bubble; // relative to the row's top-left
        QRect header;
        QRect body;
        QRect failure;
        QRect footer;
        QRect understanding; // below an inbound bubble: what the server understood
        QSize total;
    };

    Layout layoutFor(const protocol::ThreadEntry &entry, bool separator, int width) const;
    int rowWidth() const;
    bool isOnRight(const protocol::ThreadEntry &entry) const;
    // Outbound entries carry delivery ticks; on the mirrored phone both sides do.
    bool showsTicks(const protocol::ThreadEntry &entry) const;

    QAbstractItemView *m_view = nullptr;
    int m_entryRole = 0;
    bool m_mirrored = false;

    struct CachedSize
    {
        int width = 0;
        size_t stamp = 0;
        QSize size;
    };
    mutable QHash<QString, CachedSize> m_sizes;
};

} // namespace sportello::console::views

// SPDX-License-Identifier: LicenseRef-Sportello
// Colours and small styling rules the views share, derived from the current palette.
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QLabel;
class QWidget;

namespace sportello::console::views {

// Every colour is computed from the palette the widget is painted with, so light, dark and
// high-contrast themes all stay readable. The few semantic colours (error red, warning amber,
// read-receipt blue) are tuned per light/dark rather than fixed.
class ViewStyle
{
public:
    static bool isDark(const QPalette &palette);
    // Linear blend: t = 0 gives a, t = 1 gives b.
    static QColor mix(const QColor &a, const QColor &b, qreal t);

    static QColor errorColor(const QPalette &palette);
    static QColor warningColor(const QPalette &palette);
    static QColor successColor(const QPalette &palette);
    // WhatsApp's blue ticks: the palette's link colour, which themes keep readable.
    static QColor readTickColor(const QPalette &palette);
    // Secondary text (times, authors, hints).
    static QColor mutedText(const QPalette &palette);

    static QColor threadBackground(const QPalette &palette);
    static QColor inboundBubble(const QPalette &palette);
    static QColor outboundBubble(const QPalette &palette);
    static QColor noteBubble(const QPalette &palette);
    static QColor noteBorder(const QPalette &palette);
    static QColor systemPill(const QPalette &palette);
    // A stable colour per customer for avatars (same key, same colour).
    static QColor avatarColor(const QString &key, const QPalette &palette);

    // Paints the label's text in the error colour (palette-based, survives theme changes).
    static void makeErrorLabel(QLabel *label);
    static void makeMutedLabel(QLabel *label);
    // A bold, slightly larger title font for section headers.
    static void makeTitle(QWidget *widget, qreal scale = 1.15);
};

} // namespace sportello::console::views

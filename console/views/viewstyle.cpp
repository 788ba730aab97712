// SPDX-License-Identifier: LicenseRef-Sportello
// Colours and small styling rules the views share, derived from the current palette.
#include "views/viewstyle.h"

#include <QFont>
#include <QLabel>
#include <QWidget>

namespace sportello::console::views {

bool ViewStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.45;
}

QColor ViewStyle::mix(const QColor &a, const QColor &b, qreal t)
{
    const qreal u = 1.0 - t;
    return QColor::fromRgbF(static_cast<float>(a.redF() * u + b.redF() * t),
                            static_cast<float>(a.greenF() * u + b.greenF() * t),
                            static_cast<float>(a.blueF() * u + b.blueF() * t),
                            static_cast<float>(a.alphaF() * u + b.alphaF() * t));
}

QColor ViewStyle::errorColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
}

QColor ViewStyle::warningColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xcc, 0x80) : QColor(0xa1, 0x5c, 0x00);
}

QColor ViewStyle::successColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x2e, 0x7d, 0x32);
}

QColor ViewStyle::readTickColor(const QPalette &palette)
{
    const QColor link = palette.color(QPalette::Link);
    // Some themes make links the text colour; then fall back to a blue that reads on the bubble.
    if (link.hsvSaturationF() < 0.2)
        return isDark(palette) ? QColor(0x64, 0xb5, 0xf6) : QColor(0x1e, 0x88, 0xe5);
    return link;
}

QColor ViewStyle::mutedText(const QPalette &palette)
{
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.45);
}

QColor ViewStyle::threadBackground(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Window), 0.7);
}

QColor ViewStyle::inboundBubble(const QPalette &palette)
{
    return palette.color(QPalette::Base);
}

QColor ViewStyle::outboundBubble(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight),
               isDark(palette) ? 0.35 : 0.16);
}

QColor ViewStyle::noteBubble(const QPalette &palette)
{
    // A warm tint: private notes must never be mistaken for something the customer saw.
    const QColor amber = isDark(palette) ? QColor(0x8d, 0x6e, 0x00) : QColor(0xff, 0xd5, 0x4f);
    return mix(palette.color(QPalette::Base), amber, isDark(palette) ? 0.35 : 0.3);
}

QColor ViewStyle::noteBorder(const QPalette &palette)
{
    return mix(noteBubble(palette), palette.color(QPalette::Text), 0.3);
}

QColor ViewStyle::systemPill(const QPalette &palette)
{
    return mix(threadBackground(palette), palette.color(QPalette::Text), 0.08);
}

QColor ViewStyle::avatarColor(const QString &key, const QPalette &palette)
{
    const int hue = static_cast<int>(qHash(key) % 360);
    return QColor::fromHsl(hue, 110, isDark(palette) ? 90 : 150);
}

void ViewStyle::makeErrorLabel(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, errorColor(palette));
    label->setPalette(palette);
}

void ViewStyle::makeMutedLabel(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, mix(palette.color(QPalette::WindowText),
                                               palette.color(QPalette::Window), 0.4));
    label->setPalette(palette);
}

void ViewStyle::makeTitle(QWidget *widget, qreal scale)
{
    QFont font = widget->font();
    font.setBold(true);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * scale);
    widget->setFont(font);
}

} // namespace sportello::console::views

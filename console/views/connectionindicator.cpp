// SPDX-License-Identifier: LicenseRef-Sportello
// Status-bar widget: a coloured dot and the connection state in words.
#include "views/connectionindicator.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace sportello::console {

namespace {
QString dotColour(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Disconnected:
        return QStringLiteral("#8a8a8a");
    case ConnectionState::Connecting:
    case ConnectionState::Reconnecting:
        return QStringLiteral("#d39a00");
    case ConnectionState::Connected:
        return QStringLiteral("#2e9d4a");
    case ConnectionState::Error:
        return QStringLiteral("#c62828");
    }
    return QStringLiteral("#8a8a8a");
}
} // namespace

ConnectionIndicator::ConnectionIndicator(QWidget *parent)
    : QWidget(parent)
    , m_dot(new QLabel(this))
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionIndicator"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);
    layout->addWidget(m_dot);
    layout->addWidget(m_label);
    m_dot->setTextFormat(Qt::RichText);
    m_label->setTextFormat(Qt::PlainText);
    refresh();
}

void ConnectionIndicator::setState(ConnectionState state)
{
    m_state = state;
    refresh();
}

void ConnectionIndicator::setDetail(const QString &detail)
{
    m_detail = detail;
    refresh();
}

QString ConnectionIndicator::text() const
{
    return m_label->text();
}

void ConnectionIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void ConnectionIndicator::refresh()
{
    m_dot->setText(
        QStringLiteral("<span style=\"color:%1\">&#9679;</span>").arg(dotColour(m_state)));
    const QString text = connectionStateText(m_state);
    m_label->setText(text);
    setToolTip(m_detail.isEmpty() ? text : text + u'\n' + m_detail);
    setAccessibleName(text);
}

} // namespace sportello::console

// SPDX-License-Identifier: LicenseRef-Sportello
// Desktop notifications for escalations and for messages in the agent's own conversations.
#include "views/traynotifier.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>
#include <QSystemTrayIcon>

#include "views/displaytext.h"

namespace sportello::console::views {

namespace {
constexpr int kMaxBodyLength = 160;
} // namespace

TrayNotifier::TrayNotifier(QObject *parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("trayNotifier"));
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(this);
    QIcon icon = QApplication::windowIcon();
    if (icon.isNull())
        icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
    m_tray->setIcon(icon);
    m_tray->setToolTip(tr("Sportello Console"));
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_lastNotified != 0)
            Q_EMIT conversationActivated(m_lastNotified);
    });
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT activated();
            });
    m_tray->show();
}

TrayNotifier::~TrayNotifier() = default;

bool TrayNotifier::isTrayAvailable() const
{
    return m_tray != nullptr;
}

void TrayNotifier::setUserSettings(const protocol::UserSettings &settings)
{
    m_settings = settings;
}

void TrayNotifier::setOpenConversation(qint64 id, bool windowActive)
{
    m_openConversation = id;
    m_windowActive = windowActive;
}

void TrayNotifier::setUnreadCount(int unread)
{
    if (!m_tray)
        return;
    m_tray->setToolTip(unread > 0 ? tr("Sportello Console: %n unread", nullptr, unread)
                                  : tr("Sportello Console"));
}

void TrayNotifier::notifyEscalation(const protocol::ConversationSummary &summary)
{
    if (!m_settings.notifyEscalations)
        return;
    const QString customer = DisplayText::customerTitle(summary);
    //: Notification title; %1 is the customer.
    const QString title = tr("%1 needs an agent").arg(customer);
    QString body =
        summary.escalationReason.isEmpty()
            ? summary.lastMessageText
            : tr("Reason: %1").arg(summary.escalationReason) + u'\n' + summary.lastMessageText;
    show(summary.id, title, body.trimmed());
}

void TrayNotifier::notifyMessage(const protocol::ConversationSummary &summary,
                                 const protocol::ThreadEntry &entry)
{
    if (!m_settings.notifyMine || entry.kind != protocol::ThreadEntryKind::Inbound)
        return;
    if (summary.id == m_openConversation && m_windowActive)
        return; // already in front of the agent
    show(summary.id, DisplayText::customerTitle(summary), DisplayText::entryText(entry));
}

void TrayNotifier::show(qint64 conversationId, const QString &title, const QString &body)
{
    QString shortBody = body;
    if (shortBody.size() > kMaxBodyLength)
        shortBody = shortBody.left(kMaxBodyLength - 1) + QChar(0x2026);
    m_lastNotified = conversationId;
    Q_EMIT notified(conversationId, title, shortBody);
    if (m_tray)
        m_tray->showMessage(title, shortBody, QSystemTrayIcon::Information, 8000);
}

} // namespace sportello::console::views

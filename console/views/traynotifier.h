// SPDX-License-Identifier: LicenseRef-Sportello
// Desktop notifications for escalations and for messages in the agent's own conversations.
#pragma once

#include <QObject>
#include <QString>

#include "protocol/conversationsummary.h"
#include "protocol/threadentry.h"
#include "protocol/usersettings.h"

class QSystemTrayIcon;

namespace sportello::console::views {

// Uses QSystemTrayIcon where the desktop has a tray; where it has none (a bare X server, the
// offscreen platform) it shows nothing and says nothing. The user's notification settings
// decide what is announced, and a message in the conversation already on screen in the focused
// window is not announced again. notified() is emitted for every notification that passed
// these rules, shown or not, so the rules are testable everywhere.
class TrayNotifier final : public QObject
{
    Q_OBJECT

public:
    explicit TrayNotifier(QObject *parent = nullptr);
    ~TrayNotifier() override;

    bool isTrayAvailable() const;
    void setUserSettings(const protocol::UserSettings &settings);
    // The conversation on screen, and whether the console window has the focus.
    void setOpenConversation(qint64 id, bool windowActive);
    // The tray icon's tooltip counts unread messages.
    void setUnreadCount(int unread);

public Q_SLOTS:
    void notifyEscalation(const protocol::ConversationSummary &summary);
    void notifyMessage(const protocol::ConversationSummary &summary,
                       const protocol::ThreadEntry &entry);

Q_SIGNALS:
    void notified(qint64 conversationId, const QString &title, const QString &body);
    // The user clicked a notification: open that conversation.
    void conversationActivated(qint64 conversationId);
    // The user clicked the tray icon itself: bring the window up.
    void activated();

private:
    void show(qint64 conversationId, const QString &title, const QString &body);

    protocol::UserSettings m_settings;
    qint64 m_openConversation = 0;
    bool m_windowActive = false;
    qint64 m_lastNotified = 0;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace sportello::console::views

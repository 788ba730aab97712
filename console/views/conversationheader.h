// SPDX-License-Identifier: LicenseRef-Sportello
// The strip above the thread: customer, who has the conversation, 24h window, who else is here.
#pragma once

#include <optional>

#include <QStringList>
#include <QWidget>

#include "protocol/conversationsummary.h"

class QLabel;

namespace sportello::console::views {

class ConversationHeader final : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationHeader(QWidget *parent = nullptr);

    void setConversation(const std::optional<protocol::ConversationSummary> &summary);
    // Other agents looking at / typing in this conversation (the current user left out).
    void setPresence(const QStringList &viewers, const QStringList &typers);
    // Re-evaluates the countdown against the clock (the main window calls it every 30 s).
    void refreshClock();

    QString titleText() const;
    QString ownerText() const;
    QString windowText() const;
    QString presenceText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    std::optional<protocol::ConversationSummary> m_summary;
    QStringList m_viewers;
    QStringList m_typers;
    QLabel *m_title = nullptr;
    QLabel *m_owner = nullptr;
    QLabel *m_window = nullptr;
    QLabel *m_presence = nullptr;
};

} // namespace sportello::console::views

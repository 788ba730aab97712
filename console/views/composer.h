// SPDX-License-Identifier: LicenseRef-Sportello
// Where an agent writes a reply: text, canned responses, the 24-hour window rule.
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include "protocol/cannedresponse.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QToolButton;

namespace sportello::console::views {

// Multi-line editor; Ctrl+Enter (or the Send button) asks to send. WhatsApp allows free text
// only within 24 hours of the customer's last message, so outside it the editor is locked with
// the reason and the button becomes "Send template…". Emits intents only: the main window
// sends, and calls clear() or setError() with the outcome.
class Composer final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxLength = 4096; // WhatsApp's limit for a text message

    explicit Composer(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    void clear();

    void setCannedResponses(const QList<protocol::CannedResponse> &canned);
    QList<protocol::CannedResponse> cannedResponses() const { return m_canned; }
    // Inserts a canned response's text at the cursor.
    void insertCanned(const protocol::CannedResponse &canned);

    // Within the customer-service window free text can be sent; outside only templates.
    void setWindowOpen(bool open);
    bool isWindowOpen() const { return m_windowOpen; }
    // A reason that blocks any sending (opted-out customer, closed conversation); empty clears.
    void setBlockedReason(const QString &reason);
    QString blockedReason() const { return m_blockedReason; }

    // Shown above the editor until the next edit; empty hides it.
    void setError(const QString &message);
    QString error() const;
    // The line explaining why the editor is locked (or empty).
    QString lockReason() const;

    bool canSend() const;

Q_SIGNALS:
    void sendRequested(const QString &text);
    void templateRequested();
    // True while the agent is writing, false a few seconds after they stop (presence).
    void typingChanged(bool typing);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void submit();
    void onEdited();
    void rebuildCannedMenu();

    QList<protocol::CannedResponse> m_canned;
    bool m_windowOpen = true;
    bool m_typing = false;
    QString m_blockedReason;
    QPlainTextEdit *m_editor = nullptr;
    QLabel *m_lockReason = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_counter = nullptr;
    QToolButton *m_cannedButton = nullptr;
    QPushButton *m_sendButton = nullptr;
    QTimer *m_typingTimer = nullptr;
};

} // namespace sportello::console::views

// SPDX-License-Identifier: LicenseRef-Sportello
// Plays a WhatsApp customer against a sandbox server: write, see replies and their ticks, read.
#pragma once

#include <QJsonArray>
#include <QString>
#include <QWidget>

#include "protocol/threadentry.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTimer;

namespace sportello::console::net {
class SandboxClient;
} // namespace sportello::console::net

namespace sportello::console::views {

class ThreadView;

// The customer's phone, as far as the sandbox emulates it: the customer's own messages on the
// right (blue ticks once the business read them), what the business sent on the left with its
// delivery state; "Mark as read" makes the customer read them, which the agents see as blue
// ticks. Refreshes every couple of seconds while shown, so replies appear by themselves.
class SandboxCustomerWindow final : public QWidget
{
    Q_OBJECT

public:
    explicit SandboxCustomerWindow(net::SandboxClient *client, QWidget *parent = nullptr);
    ~SandboxCustomerWindow() override;

    // The customer being played: digits only, as WhatsApp's wa_id.
    QString customerNumber() const;
    void setCustomerNumber(const QString &number);
    QString customerName() const;
    void setCustomerName(const QString &name);

    // Sends what is typed; false (with the reason shown) when the number or text is not usable.
    bool sendTyped();
    void markRead();
    void refresh();

    int messageCount() const;
    protocol::ThreadEntry messageAt(int row) const;
    QString error() const;
    ThreadView *threadView() const { return m_thread; }

    // The route's JSON items (see net::SandboxClient::messagesLoaded) as thread entries: the
    // customer's messages inbound, the business's outbound.
    static QList<protocol::ThreadEntry> entriesFromJson(const QJsonArray &messages);
    // "+39 340 …" typed by a person to wa_id digits; empty when it cannot be a number.
    static QString normaliseNumber(const QString &typed);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setEntries(const QList<protocol::ThreadEntry> &entries);
    void setError(const QString &message);
    void numberChanged();

    net::SandboxClient *m_client = nullptr;
    QStandardItemModel *m_model = nullptr;
    QString m_shownNumber;
    QLabel *m_intro = nullptr;
    QLabel *m_numberLabel = nullptr;
    QLabel *m_nameLabel = nullptr;
    QComboBox *m_number = nullptr;
    QLineEdit *m_name = nullptr;
    ThreadView *m_thread = nullptr;
    QLineEdit *m_text = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_read = nullptr;
    QLabel *m_error = nullptr;
    QTimer *m_poll = nullptr;
};

} // namespace sportello::console::views

// SPDX-License-Identifier: LicenseRef-Sportello
// Status-bar widget: a coloured dot and the connection state in words.
#pragma once

#include <QString>
#include <QWidget>

#include "net/connectionstate.h"

class QLabel;

namespace sportello::console {

class ConnectionIndicator final : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionIndicator(QWidget *parent = nullptr);

    ConnectionState state() const { return m_state; }
    void setState(ConnectionState state);
    // Extra words for the tooltip (the server address, the last error); empty for none.
    void setDetail(const QString &detail);
    // The text shown next to the dot, as the user reads it.
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    ConnectionState m_state = ConnectionState::Disconnected;
    QString m_detail;
    QLabel *m_dot = nullptr;
    QLabel *m_label = nullptr;
};

} // namespace sportello::console

// SPDX-License-Identifier: LicenseRef-Sportello
// Central page shown while the console has no server: what is missing and how to start one.
#pragma once

#include <QString>
#include <QWidget>

class QLabel;

namespace sportello::console {

class NotConnectedPage final : public QWidget
{
    Q_OBJECT

public:
    explicit NotConnectedPage(QWidget *parent = nullptr);

    // The server given on the command line, shown as remembered but not contacted; an empty
    // address hides the line.
    void setRequestedServer(const QString &address, const QString &user);

    // The command that starts a local server (the README's), as printed on the page.
    static QString startServerCommand();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_serverAddress;
    QString m_serverUser;
    QLabel *m_title = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_startHint = nullptr;
    QLabel *m_command = nullptr;
    QLabel *m_sandboxNote = nullptr;
    QLabel *m_requestedServer = nullptr;
};

} // namespace sportello::console

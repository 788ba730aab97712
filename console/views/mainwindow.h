// SPDX-License-Identifier: LicenseRef-Sportello
// The console's main window: menus, the central page and the connection status bar.
#pragma once

#include <QMainWindow>
#include <QString>

#include "net/connectionstate.h"

class QAction;
class QLabel;
class QMenu;

namespace sportello::console {

class ConnectionIndicator;
class NotConnectedPage;

// Renders state and forwards intents; it keeps no state of its own beyond what it shows. The
// agent hub client will drive setConnectionState() and replace the central page with the
// conversation views.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    ConnectionState connectionState() const;
    void setConnectionState(ConnectionState state);

    // The server and user given on the command line: shown as remembered, not contacted.
    void setRequestedServer(const QString &address, const QString &user);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void showAbout();

    QString m_serverAddress;
    QString m_serverUser;
    NotConnectedPage *m_notConnectedPage = nullptr;
    ConnectionIndicator *m_connectionIndicator = nullptr;
    QLabel *m_statusText = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace sportello::console

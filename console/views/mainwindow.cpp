// SPDX-License-Identifier: LicenseRef-Sportello
// The console's main window: menus, the central page and the connection status bar.
#include "views/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

#include "views/connectionindicator.h"
#include "views/notconnectedpage.h"

namespace sportello::console {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_notConnectedPage(new NotConnectedPage(this))
    , m_connectionIndicator(new ConnectionIndicator(this))
    , m_statusText(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(m_notConnectedPage);

    m_statusText->setObjectName(QStringLiteral("statusText"));
    m_statusText->setTextFormat(Qt::PlainText);
    // Permanent: menu status tips must not hide the connection state.
    statusBar()->addPermanentWidget(m_connectionIndicator);
    statusBar()->addWidget(m_statusText, 1);

    createActions();
    createMenus();
    retranslateUi();
    resize(900, 600);
}

ConnectionState MainWindow::connectionState() const
{
    return m_connectionIndicator->state();
}

void MainWindow::setConnectionState(ConnectionState state)
{
    m_connectionIndicator->setState(state);
}

void MainWindow::setRequestedServer(const QString &address, const QString &user)
{
    m_serverAddress = address;
    m_serverUser = user;
    m_notConnectedPage->setRequestedServer(address, user);
    retranslateUi();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::createActions()
{
    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcuts(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, this, [this] { QMessageBox::aboutQt(this); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_quitAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Sportello Console"));
    m_fileMenu->setTitle(tr("&File"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quitAction->setText(tr("&Quit"));
    m_quitAction->setStatusTip(tr("Close the console"));
    m_aboutAction->setText(tr("&About Sportello Console"));
    m_aboutAction->setStatusTip(tr("Version and purpose of the console"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_aboutQtAction->setStatusTip(tr("Version and licence of the Qt libraries"));

    if (m_serverAddress.isEmpty()) {
        m_statusText->setText(tr("No server configured"));
        m_connectionIndicator->setDetail(QString());
    } else {
        m_statusText->setText(
            //: %1 is the server's address.
            tr("%1 remembered; connecting arrives with the agent hub").arg(m_serverAddress));
        if (m_serverUser.isEmpty()) {
            m_connectionIndicator->setDetail(m_serverAddress);
        } else {
            //: Tooltip of the connection state: %1 is the server's address, %2 the user name.
            m_connectionIndicator->setDetail(tr("%1 as %2").arg(m_serverAddress, m_serverUser));
        }
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Sportello Console"),
        //: %1 is the version number.
        tr("<h3>Sportello Console %1</h3>"
           "<p>The desktop console of Sportello, the WhatsApp customer assistant for small "
           "businesses. Agents use it to follow conversations and answer customers when the "
           "assistant hands a conversation over to a person.</p>"
           "<p>This version does not connect to a server yet.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

} // namespace sportello::console

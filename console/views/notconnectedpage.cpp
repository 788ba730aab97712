// SPDX-License-Identifier: LicenseRef-Sportello
// Central page shown while the console has no server: what is missing and how to start one.
#include "views/notconnectedpage.h"

#include <QEvent>
#include <QFont>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace sportello::console {

namespace {
QLabel *wrappedLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    return label;
}

// A word joiner (U+2060) after '/' and '-' keeps an address or a command on one line: the line
// breaker would otherwise split "https://" from the host name, or "sportello-" from "server".
QString unbroken(QString text)
{
    text.replace(u'/', QStringLiteral("/\u2060"));
    text.replace(u'-', QStringLiteral("-\u2060"));
    return text;
}
} // namespace

NotConnectedPage::NotConnectedPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("notConnectedPage"));

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("notConnectedCard"));
    card->setFrameShape(QFrame::StyledPanel);
    // Wide enough for comfortable lines of text, in characters rather than pixels; the
    // word-wrapped labels then take the height they need at that width.
    const int characterWidth = card->fontMetrics().averageCharWidth();
    card->setMinimumWidth(52 * characterWidth);
    card->setMaximumWidth(72 * characterWidth);

    m_title = wrappedLabel(card);
    m_title->setObjectName(QStringLiteral("notConnectedTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_explanation = wrappedLabel(card);
    m_startHint = wrappedLabel(card);

    m_command = new QLabel(startServerCommand(), card);
    m_command->setObjectName(QStringLiteral("startServerCommand"));
    m_command->setTextFormat(Qt::PlainText);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_command->setAlignment(Qt::AlignCenter);
    m_command->setStyleSheet(
        QStringLiteral("QLabel { background: palette(base); border: 1px solid "
                       "palette(mid); border-radius: 4px; padding: 6px 12px; }"));

    m_sandboxNote = wrappedLabel(card);
    m_sandboxNote->setForegroundRole(QPalette::PlaceholderText);

    m_requestedServer = wrappedLabel(card);
    m_requestedServer->setObjectName(QStringLiteral("requestedServer"));
    m_requestedServer->setVisible(false);

    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(32, 28, 32, 28);
    cardLayout->setSpacing(12);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_explanation);
    cardLayout->addSpacing(8);
    cardLayout->addWidget(m_startHint);
    cardLayout->addWidget(m_command);
    cardLayout->addWidget(m_sandboxNote);
    cardLayout->addWidget(m_requestedServer);

    // Centred without alignment flags, which would give the card its (narrow) size hint and
    // cut the wrapped labels short.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card, 3);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);

    retranslateUi();
}

QString NotConnectedPage::startServerCommand()
{
    return QStringLiteral("bash scripts/run.sh");
}

void NotConnectedPage::setRequestedServer(const QString &address, const QString &user)
{
    m_serverAddress = address;
    m_serverUser = user;
    retranslateUi();
}

void NotConnectedPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void NotConnectedPage::retranslateUi()
{
    m_title->setText(tr("Not connected to a server"));
    m_explanation->setText(
        tr("This console is where agents read and answer the WhatsApp conversations handled by a "
           "Sportello server. It is not connected to a server yet: connecting arrives with the "
           "agent hub, so for now there are no conversations to show."));
    m_startHint->setText(tr("To start a server on this computer, run in the Sportello source "
                            "folder:"));
    m_sandboxNote->setText(
        //: %1 is the server's address, %2 the command that starts an installed server.
        tr("It builds the server and starts it in sandbox mode, with a sample business and a "
           "simulated WhatsApp, on %1. Where Sportello is installed, “%2” starts the same "
           "sandbox server.")
            .arg(unbroken(QStringLiteral("http://127.0.0.1:8080")),
                 unbroken(QStringLiteral("sportello-server serve"))));
    if (m_serverAddress.isEmpty()) {
        m_requestedServer->setVisible(false);
        m_requestedServer->clear();
        return;
    }
    if (m_serverUser.isEmpty()) {
        m_requestedServer->setText(
            //: %1 is the server's address.
            tr("Server given on the command line: %1. It is remembered but not contacted yet.")
                .arg(unbroken(m_serverAddress)));
    } else {
        m_requestedServer->setText(
            //: %1 is the server's address, %2 the agent's user name.
            tr("Server given on the command line: %1, user %2. They are remembered but the "
               "server is not contacted yet.")
                .arg(unbroken(m_serverAddress), m_serverUser));
    }
    m_requestedServer->setVisible(true);
}

} // namespace sportello::console

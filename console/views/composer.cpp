// SPDX-License-Identifier: LicenseRef-Sportello
// Where an agent writes a reply: text, canned responses, the 24-hour window rule.
#include "views/composer.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "views/viewstyle.h"

namespace sportello::console::views {

namespace {
constexpr int kTypingIdleMs = 4000;
} // namespace

Composer::Composer(QWidget *parent)
    : QWidget(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_lockReason(new QLabel(this))
    , m_error(new QLabel(this))
    , m_counter(new QLabel(this))
    , m_cannedButton(new QToolButton(this))
    , m_sendButton(new QPushButton(this))
    , m_typingTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("composer"));
    m_editor->setObjectName(QStringLiteral("composerEditor"));
    m_lockReason->setObjectName(QStringLiteral("composerLockReason"));
    m_error->setObjectName(QStringLiteral("composerError"));
    m_counter->setObjectName(QStringLiteral("composerCounter"));
    m_cannedButton->setObjectName(QStringLiteral("cannedButton"));
    m_sendButton->setObjectName(QStringLiteral("sendButton"));

    m_editor->setTabChangesFocus(true);
    m_editor->installEventFilter(this);
    // About four lines: enough for most replies without stealing the thread's height.
    m_editor->setFixedHeight(m_editor->fontMetrics().lineSpacing() * 4 + 12);

    for (QLabel *label : {m_lockReason, m_error}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setVisible(false);
    }
    ViewStyle::makeErrorLabel(m_error);
    ViewStyle::makeMutedLabel(m_counter);
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_cannedButton->setPopupMode(QToolButton::InstantPopup);
    m_cannedButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_cannedButton->setMenu(new QMenu(m_cannedButton));

    m_sendButton->setDefault(false);
    m_sendButton->setAutoDefault(false);
    connect(m_sendButton, &QPushButton::clicked, this, &Composer::submit);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &Composer::onEdited);

    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(kTypingIdleMs);
    connect(m_typingTimer, &QTimer::timeout, this, [this] {
        m_typing = false;
        Q_EMIT typingChanged(false);
    });

    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    bottom->addWidget(m_cannedButton);
    bottom->addStretch(1);
    bottom->addWidget(m_counter);
    bottom->addWidget(m_sendButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->setSpacing(4);
    layout->addWidget(m_lockReason);
    layout->addWidget(m_error);
    layout->addWidget(m_editor);
    layout->addLayout(bottom);

    retranslateUi();
    rebuildCannedMenu();
}

QString Composer::text() const
{
    return m_editor->toPlainText();
}

void Composer::setText(const QString &text)
{
    m_editor->setPlainText(text);
    m_editor->moveCursor(QTextCursor::End);
}

void Composer::clear()
{
    m_editor->clear();
    setError(QString());
}

void Composer::setCannedResponses(const QList<protocol::CannedResponse> &canned)
{
    m_canned = canned;
    rebuildCannedMenu();
}

void Composer::insertCanned(const protocol::CannedResponse &canned)
{
    m_editor->insertPlainText(canned.text);
    m_editor->setFocus();
}

void Composer::setWindowOpen(bool open)
{
    if (m_windowOpen == open)
        return;
    m_windowOpen = open;
    refresh();
}

void Composer::setBlockedReason(const QString &reason)
{
    m_blockedReason = reason;
    refresh();
}

void Composer::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString Composer::error() const
{
    return !m_error->isHidden() ? m_error->text() : QString();
}

QString Composer::lockReason() const
{
    return !m_lockReason->isHidden() ? m_lockReason->text() : QString();
}

bool Composer::canSend() const
{
    if (!m_blockedReason.isEmpty() || !m_windowOpen)
        return false;
    const QString content = text();
    return !content.trimmed().isEmpty() && content.size() <= kMaxLength;
}

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && (key->modifiers() & Qt::ControlModifier)) {
            submit();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void Composer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void Composer::retranslateUi()
{
    m_cannedButton->setText(tr("Canned replies"));
    m_cannedButton->setToolTip(tr("Insert a saved reply at the cursor"));
    rebuildCannedMenu();
    refresh();
}

void Composer::refresh()
{
    const qsizetype length = text().size();
    //: Characters typed out of WhatsApp's maximum, e.g. "120 / 4096".
    m_counter->setText(tr("%1 / %2").arg(length).arg(kMaxLength));
    QPalette counterPalette = m_counter->palette();
    counterPalette.setColor(QPalette::WindowText,
                            length > kMaxLength
                                ? ViewStyle::errorColor(palette())
                                : ViewStyle::mix(palette().color(QPalette::WindowText),
                                                 palette().color(QPalette::Window), 0.4));
    m_counter->setPalette(counterPalette);
    m_counter->setToolTip(
        length > kMaxLength
            ? tr("WhatsApp accepts at most %1 characters in one message.").arg(kMaxLength)
            : QString());

    QString lock;
    if (!m_blockedReason.isEmpty()) {
        lock = m_blockedReason;
    } else if (!m_windowOpen) {
        lock = tr("The 24-hour window is closed: the customer last wrote more than a day ago, so "
                  "WhatsApp only accepts an approved template until they write again.");
    }
    m_lockReason->setText(lock);
    m_lockReason->setVisible(!lock.isEmpty());
    m_editor->setReadOnly(!lock.isEmpty());
    m_editor->setEnabled(lock.isEmpty());
    m_cannedButton->setEnabled(lock.isEmpty() && !m_canned.isEmpty());
    m_editor->setPlaceholderText(lock.isEmpty() ? tr("Write a reply… (Ctrl+Enter sends)")
                                                : QString());

    if (m_blockedReason.isEmpty() && !m_windowOpen) {
        m_sendButton->setText(tr("Send template…"));
        m_sendButton->setToolTip(tr("Choose an approved template to reopen the conversation"));
        m_sendButton->setEnabled(true);
    } else {
        m_sendButton->setText(tr("Send"));
        m_sendButton->setToolTip(tr("Send to the customer on WhatsApp (Ctrl+Enter)"));
        m_sendButton->setEnabled(canSend());
    }
}

void Composer::submit()
{
    if (m_blockedReason.isEmpty() && !m_windowOpen) {
        Q_EMIT templateRequested();
        return;
    }
    if (!canSend())
        return;
    m_typingTimer->stop();
    if (m_typing) {
        m_typing = false;
        Q_EMIT typingChanged(false);
    }
    Q_EMIT sendRequested(text().trimmed());
}

void Composer::onEdited()
{
    if (!m_error->isHidden())
        m_error->setVisible(false);
    refresh();
    if (text().isEmpty()) {
        m_typingTimer->stop();
        if (m_typing) {
            m_typing = false;
            Q_EMIT typingChanged(false);
        }
        return;
    }
    // Only real typing counts; a programmatic setText() in a hidden composer does not.
    if (!m_editor->hasFocus())
        return;
    m_typingTimer->start();
    if (!m_typing) {
        m_typing = true;
        Q_EMIT typingChanged(true);
    }
}

void Composer::rebuildCannedMenu()
{
    QMenu *menu = m_cannedButton->menu();
    menu->clear();
    for (const protocol::CannedResponse &canned : std::as_const(m_canned)) {
        QString label = canned.title.isEmpty() ? canned.text.left(40) : canned.title;
        label.replace(u'&', QStringLiteral("&&"));
        if (!canned.language.isEmpty())
            label += QStringLiteral("  [%1]").arg(canned.language);
        QAction *action = menu->addAction(label);
        action->setToolTip(canned.text);
        const protocol::CannedResponse copy = canned;
        connect(action, &QAction::triggered, this, [this, copy] { insertCanned(copy); });
    }
    m_cannedButton->setEnabled(!m_canned.isEmpty() && m_editor->isEnabled());
}

} // namespace sportello::console::views

// SPDX-License-Identifier: LicenseRef-Sportello
// A proposed reply waiting for review: its text, why it is proposed, Approve / Edit / Reject.
#include "views/draftreviewpanel.h"

#include <cmath>

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include "views/viewstyle.h"

namespace sportello::console::views {

namespace {
QKeySequence approveKeys()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
}
QKeySequence editKeys()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
}
QKeySequence rejectKeys()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
}
QString keysText(const QKeySequence &keys)
{
    return keys.toString(QKeySequence::NativeText);
}
} // namespace

DraftReviewPanel::DraftReviewPanel(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_intentLabel(new QLabel(this))
    , m_intent(new QLabel(this))
    , m_confidenceLabel(new QLabel(this))
    , m_confidence(new QProgressBar(this))
    , m_sourcesLabel(new QLabel(this))
    , m_sources(new QLabel(this))
    , m_error(new QLabel(this))
    , m_approveButton(new QPushButton(this))
    , m_editButton(new QPushButton(this))
    , m_rejectButton(new QPushButton(this))
    , m_cancelEditButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("draftReviewPanel"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_text->setObjectName(QStringLiteral("draftText"));
    m_intent->setObjectName(QStringLiteral("draftIntent"));
    m_confidence->setObjectName(QStringLiteral("draftConfidence"));
    m_sources->setObjectName(QStringLiteral("draftSources"));
    m_error->setObjectName(QStringLiteral("draftError"));
    m_approveButton->setObjectName(QStringLiteral("approveDraftButton"));
    m_editButton->setObjectName(QStringLiteral("editDraftButton"));
    m_rejectButton->setObjectName(QStringLiteral("rejectDraftButton"));
    m_cancelEditButton->setObjectName(QStringLiteral("cancelEditDraftButton"));

    ViewStyle::makeTitle(m_title, 1.0);
    ViewStyle::makeMutedLabel(m_pending);
    m_text->setReadOnly(true);
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 4 + 12);
    for (QLabel *label : {m_intentLabel, m_confidenceLabel, m_sourcesLabel})
        ViewStyle::makeMutedLabel(label);
    m_intent->setTextFormat(Qt::PlainText);
    m_confidence->setRange(0, 100);
    m_confidence->setMaximumWidth(fontMetrics().averageCharWidth() * 24);
    m_confidence->setMaximumHeight(fontMetrics().height());
    m_sources->setWordWrap(true);
    m_sources->setTextFormat(Qt::RichText);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setVisible(false);
    ViewStyle::makeErrorLabel(m_error);
    m_cancelEditButton->setVisible(false);
    m_approveButton->setDefault(false);
    for (QPushButton *button : {m_approveButton, m_editButton, m_rejectButton, m_cancelEditButton})
        button->setAutoDefault(false);

    connect(m_approveButton, &QPushButton::clicked, this, &DraftReviewPanel::approve);
    connect(m_editButton, &QPushButton::clicked, this, &DraftReviewPanel::editOrSend);
    connect(m_rejectButton, &QPushButton::clicked, this, &DraftReviewPanel::reject);
    connect(m_cancelEditButton, &QPushButton::clicked, this, &DraftReviewPanel::cancelEditing);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (m_editing)
            refresh();
    });

    // Window-wide: triage without first clicking into the panel. QShortcut only fires while
    // the panel is visible and enabled, so the keys are free when no draft is pending.
    m_approveShortcut = new QShortcut(approveKeys(), this);
    m_editShortcut = new QShortcut(editKeys(), this);
    m_rejectShortcut = new QShortcut(rejectKeys(), this);
    for (QShortcut *shortcut : {m_approveShortcut, m_editShortcut, m_rejectShortcut})
        shortcut->setContext(Qt::WindowShortcut);
    connect(m_approveShortcut, &QShortcut::activated, this, &DraftReviewPanel::approve);
    connect(m_editShortcut, &QShortcut::activated, this, &DraftReviewPanel::editOrSend);
    connect(m_rejectShortcut, &QShortcut::activated, this, &DraftReviewPanel::reject);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_pending);

    auto *why = new QGridLayout;
    why->setHorizontalSpacing(8);
    why->addWidget(m_intentLabel, 0, 0);
    why->addWidget(m_intent, 0, 1);
    why->addWidget(m_confidenceLabel, 0, 2);
    why->addWidget(m_confidence, 0, 3);
    why->addWidget(m_sourcesLabel, 1, 0, Qt::AlignTop);
    why->addWidget(m_sources, 1, 1, 1, 3);
    why->setColumnStretch(1, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approveButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_cancelEditButton);
    buttons->addWidget(m_rejectButton);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(m_text);
    layout->addLayout(why);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    retranslateUi();
}

void DraftReviewPanel::setDraft(const protocol::DraftInfo &draft)
{
    const bool same = m_draft && m_draft->id == draft.id;
    m_draft = draft;
    if (!same) {
        m_editing = false;
        m_busy = false;
        m_error->setVisible(false);
        m_text->setPlainText(draft.text);
    }
    refresh();
}

void DraftReviewPanel::clearDraft()
{
    m_draft.reset();
    m_editing = false;
    m_busy = false;
    m_text->clear();
    m_error->setVisible(false);
    refresh();
}

void DraftReviewPanel::setPendingCount(int count)
{
    m_pendingCount = count;
    refresh();
}

void DraftReviewPanel::startEditing()
{
    if (!m_draft || m_busy)
        return;
    m_editing = true;
    refresh();
    m_text->setFocus();
    m_text->moveCursor(QTextCursor::End);
}

void DraftReviewPanel::cancelEditing()
{
    m_editing = false;
    if (m_draft)
        m_text->setPlainText(m_draft->text);
    refresh();
}

QString DraftReviewPanel::editedText() const
{
    return m_text->toPlainText();
}

void DraftReviewPanel::setBusy(bool busy)
{
    m_busy = busy;
    refresh();
}

void DraftReviewPanel::setError(const QString &message)
{
    m_busy = false;
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    refresh();
}

QString DraftReviewPanel::intentText() const
{
    return m_intent->text();
}

int DraftReviewPanel::confidencePercent() const
{
    return m_confidence->value();
}

QString DraftReviewPanel::sourcesText() const
{
    return m_sources->text();
}

void DraftReviewPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void DraftReviewPanel::retranslateUi()
{
    m_title->setText(tr("Proposed reply"));
    m_intentLabel->setText(tr("Intent:"));
    m_confidenceLabel->setText(tr("Confidence:"));
    m_sourcesLabel->setText(tr("Sources:"));
    m_confidence->setFormat(tr("%p%"));
    m_approveButton->setText(tr("&Approve"));
    //: %1 is the keyboard shortcut.
    m_approveButton->setToolTip(
        tr("Send the proposed reply as it is (%1)").arg(keysText(approveKeys())));
    m_rejectButton->setText(tr("&Reject"));
    m_rejectButton->setToolTip(
        tr("Discard the proposal; nothing is sent and the conversation stays with the agents "
           "(%1)")
            .arg(keysText(rejectKeys())));
    m_cancelEditButton->setText(tr("Cancel edit"));
    setToolTip(tr("Keyboard: %1 approve, %2 edit / send the edit, %3 reject")
                   .arg(keysText(approveKeys()), keysText(editKeys()), keysText(rejectKeys())));
    refresh();
}

void DraftReviewPanel::refresh()
{
    const bool has = m_draft.has_value();
    const bool actionable = has && !m_busy && m_draft->state == u"pending";
    m_text->setReadOnly(!m_editing);
    // While editing, the text is the agent's: do not let a draft update overwrite it.
    m_editButton->setText(m_editing ? tr("&Send edited") : tr("&Edit"));
    m_editButton->setToolTip(
        m_editing ? tr("Send your edited version (%1)").arg(keysText(editKeys()))
                  : tr("Change the text before sending (%1)").arg(keysText(editKeys())));
    m_cancelEditButton->setVisible(m_editing);
    m_approveButton->setEnabled(actionable && !m_editing);
    m_editButton->setEnabled(actionable && (!m_editing || !editedText().trimmed().isEmpty()));
    m_rejectButton->setEnabled(actionable);
    m_cancelEditButton->setEnabled(!m_busy);
    m_approveShortcut->setEnabled(m_approveButton->isEnabled());
    m_editShortcut->setEnabled(actionable);
    m_rejectShortcut->setEnabled(actionable);

    m_pending->setText(m_pendingCount > 1
                           //: How many proposed replies wait in this conversation.
                           ? tr("%n pending", nullptr, m_pendingCount)
                           : QString());
    if (!has) {
        m_intent->clear();
        m_confidence->setValue(0);
        m_sources->clear();
        return;
    }
    m_intent->setText(m_draft->intent.isEmpty() ? tr("not classified") : m_draft->intent);
    const int percent = static_cast<int>(std::lround(qBound(0.0, m_draft->confidence, 1.0) * 100));
    m_confidence->setValue(percent);
    m_confidence->setToolTip(
        tr("How sure the assistant is that this reply is right: %1%").arg(percent));
    if (m_draft->sources.isEmpty()) {
        m_sources->setText(tr("none cited"));
    } else {
        QStringList items;
        for (const protocol::DraftSource &source : m_draft->sources) {
            QString item = u"<b>" + source.title.toHtmlEscaped() + u"</b>";
            if (!source.snippet.isEmpty())
                item += QStringLiteral(" — ") + source.snippet.left(160).toHtmlEscaped();
            items << item;
        }
        m_sources->setText(items.join(QStringLiteral("<br>")));
    }
}

void DraftReviewPanel::approve()
{
    if (!m_approveButton->isEnabled() || !m_draft)
        return;
    m_busy = true;
    refresh();
    Q_EMIT approveRequested(m_draft->id);
}

void DraftReviewPanel::editOrSend()
{
    if (!m_draft || m_busy || m_draft->state != u"pending")
        return;
    if (!m_editing) {
        startEditing();
        return;
    }
    const QString text = editedText().trimmed();
    if (text.isEmpty())
        return;
    m_busy = true;
    refresh();
    Q_EMIT editAndSendRequested(m_draft->id, text);
}

void DraftReviewPanel::reject()
{
    if (!m_rejectButton->isEnabled() || !m_draft)
        return;
    m_busy = true;
    refresh();
    Q_EMIT rejectRequested(m_draft->id, QString());
}

} // namespace sportello::console::views

// SPDX-License-Identifier: LicenseRef-Sportello
// The right-hand panel: who the customer is, labels, opt-out state and private notes.
#include "views/customerpanel.h"

#include <QCompleter>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

#include "views/displaytext.h"
#include "views/labelchips.h"
#include "views/viewstyle.h"

namespace sportello::console::views {

namespace {
QLabel *plainLabel(QWidget *parent, bool wrap = true)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(wrap);
    return label;
}

QString languageName(const QString &code)
{
    if (code.isEmpty())
        return QString();
    const QLocale locale(code);
    if (locale.language() == QLocale::C)
        return code;
    const QString name = QLocale::languageToString(locale.language());
    return QStringLiteral("%1 (%2)").arg(name, code);
}
} // namespace

CustomerPanel::CustomerPanel(QWidget *parent)
    : QWidget(parent)
    , m_content(new QWidget(this))
    , m_placeholder(plainLabel(this))
    , m_knownLabels(new QStringListModel(this))
{
    setObjectName(QStringLiteral("customerPanel"));
    m_name = plainLabel(m_content);
    m_number = plainLabel(m_content, false);
    m_details = plainLabel(m_content);
    m_optOut = plainLabel(m_content);
    m_labelsTitle = plainLabel(m_content, false);
    m_labels = new LabelChips(m_content);
    m_labelField = new QLineEdit(m_content);
    m_labelError = plainLabel(m_content);
    m_notesTitle = plainLabel(m_content, false);
    m_notesList = new QListWidget(m_content);
    m_noteField = new QPlainTextEdit(m_content);
    m_addNoteButton = new QPushButton(m_content);

    m_name->setObjectName(QStringLiteral("customerName"));
    m_number->setObjectName(QStringLiteral("customerNumber"));
    m_details->setObjectName(QStringLiteral("customerDetails"));
    m_optOut->setObjectName(QStringLiteral("customerOptOut"));
    m_labelField->setObjectName(QStringLiteral("labelField"));
    m_labelError->setObjectName(QStringLiteral("labelError"));
    m_notesList->setObjectName(QStringLiteral("notesList"));
    m_noteField->setObjectName(QStringLiteral("noteField"));
    m_addNoteButton->setObjectName(QStringLiteral("addNoteButton"));

    ViewStyle::makeTitle(m_name, 1.3);
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    ViewStyle::makeMutedLabel(m_details);
    ViewStyle::makeTitle(m_labelsTitle, 1.0);
    ViewStyle::makeTitle(m_notesTitle, 1.0);
    ViewStyle::makeErrorLabel(m_labelError);
    m_labelError->setVisible(false);
    m_placeholder->setAlignment(Qt::AlignCenter);
    ViewStyle::makeMutedLabel(m_placeholder);

    m_labelField->setMaxLength(kMaxLabelLength);
    m_labelField->setClearButtonEnabled(true);
    m_completer = new QCompleter(m_knownLabels, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_labelField->setCompleter(m_completer);
    connect(m_labelField, &QLineEdit::returnPressed, this, &CustomerPanel::addTypedLabel);
    connect(m_labelField, &QLineEdit::textEdited, this,
            [this] { m_labelError->setVisible(false); });
    connect(m_labels, &LabelChips::removeRequested, this,
            [this](const QString &label) { Q_EMIT labelsChangeRequested({}, {label}); });

    m_notesList->setWordWrap(true);
    m_notesList->setSelectionMode(QAbstractItemView::NoSelection);
    m_notesList->setFocusPolicy(Qt::NoFocus);
    m_notesList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_notesList->setTextElideMode(Qt::ElideNone);
    m_noteField->setTabChangesFocus(true);
    m_noteField->setFixedHeight(m_noteField->fontMetrics().lineSpacing() * 3 + 10);
    m_noteField->installEventFilter(this);
    m_addNoteButton->setAutoDefault(false);
    connect(m_addNoteButton, &QPushButton::clicked, this, &CustomerPanel::addTypedNote);
    connect(m_noteField, &QPlainTextEdit::textChanged, this, [this] {
        const qsizetype length = m_noteField->toPlainText().trimmed().size();
        m_addNoteButton->setEnabled(length > 0 && length <= kMaxNoteLength);
    });
    m_addNoteButton->setEnabled(false);

    auto *noteButtons = new QHBoxLayout;
    noteButtons->addStretch(1);
    noteButtons->addWidget(m_addNoteButton);

    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->setSpacing(6);
    content->addWidget(m_name);
    content->addWidget(m_number);
    content->addWidget(m_details);
    content->addWidget(m_optOut);
    content->addSpacing(8);
    content->addWidget(m_labelsTitle);
    content->addWidget(m_labels);
    content->addWidget(m_labelField);
    content->addWidget(m_labelError);
    content->addSpacing(8);
    content->addWidget(m_notesTitle);
    content->addWidget(m_notesList, 1);
    content->addWidget(m_noteField);
    content->addLayout(noteButtons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_content, 1);

    retranslateUi();
}

void CustomerPanel::setConversation(const std::optional<protocol::ConversationSummary> &summary)
{
    const bool other = !summary || !m_summary || summary->id != m_summary->id;
    m_summary = summary;
    if (other) {
        m_labelField->clear();
        m_noteField->clear();
        m_labelError->setVisible(false);
        m_notes.clear();
        refreshNotes();
    }
    refresh();
}

void CustomerPanel::setNotes(const QList<protocol::ThreadEntry> &notes)
{
    m_notes = notes;
    refreshNotes();
}

int CustomerPanel::noteCount() const
{
    return static_cast<int>(m_notes.size());
}

void CustomerPanel::setKnownLabels(const QStringList &labels)
{
    m_knownLabels->setStringList(labels);
}

bool CustomerPanel::addTypedLabel()
{
    const QString label = m_labelField->text().simplified();
    QString problem;
    if (!m_summary)
        problem = tr("Open a conversation first.");
    else if (label.isEmpty())
        problem = tr("Type a label first.");
    else if (label.size() > kMaxLabelLength)
        problem = tr("A label has at most %1 characters.").arg(kMaxLabelLength);
    else if (m_summary->labels.contains(label, Qt::CaseInsensitive))
        problem = tr("The conversation already has the label “%1”.").arg(label);
    m_labelError->setText(problem);
    m_labelError->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return false;
    m_labelField->clear();
    Q_EMIT labelsChangeRequested({label}, {});
    return true;
}

QString CustomerPanel::labelError() const
{
    return !m_labelError->isHidden() ? m_labelError->text() : QString();
}

bool CustomerPanel::addTypedNote()
{
    const QString text = m_noteField->toPlainText().trimmed();
    if (!m_summary || text.isEmpty() || text.size() > kMaxNoteLength)
        return false;
    m_noteField->clear();
    Q_EMIT addNoteRequested(text);
    return true;
}

void CustomerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool CustomerPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_noteField && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            addTypedNote();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CustomerPanel::retranslateUi()
{
    m_placeholder->setText(tr("No conversation selected"));
    m_labelsTitle->setText(tr("Labels"));
    m_labelField->setPlaceholderText(tr("Add a label and press Enter"));
    m_notesTitle->setText(tr("Private notes"));
    m_noteField->setPlaceholderText(tr("Note for the team, never sent to the customer"));
    m_addNoteButton->setText(tr("Add &note"));
    m_addNoteButton->setToolTip(tr("Save the note for the team (Ctrl+Enter)"));
    refresh();
    refreshNotes();
}

void CustomerPanel::refresh()
{
    m_placeholder->setVisible(!m_summary);
    m_content->setVisible(m_summary.has_value());
    if (!m_summary)
        return;
    const protocol::ConversationSummary &summary = *m_summary;
    m_name->setText(DisplayText::customerTitle(summary));
    m_number->setText(DisplayText::customerNumber(summary));
    m_number->setVisible(!summary.customerName.trimmed().isEmpty());

    QStringList details;
    if (!summary.language.isEmpty())
        details << tr("Language: %1").arg(languageName(summary.language));
    if (!summary.businessName.isEmpty())
        details << tr("Business: %1").arg(summary.businessName);
    switch (summary.owner) {
    case ConversationOwner::Bot:
        details << tr("Handled by the assistant");
        break;
    case ConversationOwner::PendingHuman:
        details << (summary.escalationReason.isEmpty()
                        ? tr("Waiting for an agent")
                        : tr("Waiting for an agent: %1").arg(summary.escalationReason));
        break;
    case ConversationOwner::Human:
        details << (summary.assignedAgent.isEmpty()
                        ? tr("Handled by an agent")
                        : tr("Handled by %1").arg(summary.assignedAgent));
        break;
    case ConversationOwner::Closed:
        details << tr("Closed");
        break;
    }
    if (summary.createdAt > 0) {
        details << tr("Customer since %1")
                       .arg(QLocale().toString(
                           QDateTime::fromMSecsSinceEpoch(summary.createdAt).date(),
                           QLocale::ShortFormat));
    }
    m_details->setText(details.join(u'\n'));

    QPalette optOutPalette = m_optOut->palette();
    if (summary.optedOut) {
        m_optOut->setText(tr("Opted out: nothing is sent to this customer until they write "
                             "START."));
        optOutPalette.setColor(QPalette::WindowText, ViewStyle::warningColor(palette()));
    } else {
        m_optOut->setText(tr("Receives messages"));
        optOutPalette.setColor(QPalette::WindowText, ViewStyle::successColor(palette()));
    }
    m_optOut->setPalette(optOutPalette);

    m_labels->setLabels(summary.labels);
    m_labels->setVisible(!summary.labels.isEmpty());
}

void CustomerPanel::refreshNotes()
{
    m_notesList->clear();
    const QDateTime now = QDateTime::currentDateTime();
    for (const protocol::ThreadEntry &note : std::as_const(m_notes)) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(note.at);
        QString when = DisplayText::listTime(at, now);
        if (at.date() != now.date())
            when += u' ' + DisplayText::clockTime(at.time());
        //: Under a private note: %1 who wrote it, %2 when.
        const QString byline = tr("%1 · %2").arg(DisplayText::author(note.author), when);
        auto *item = new QListWidgetItem(note.text + u'\n' + byline, m_notesList);
        item->setToolTip(byline);
    }
    if (m_notes.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No notes yet."), m_notesList);
        item->setFlags(Qt::NoItemFlags);
    }
    m_notesList->scrollToBottom();
}

} // namespace sportello::console::views

// SPDX-License-Identifier: LicenseRef-Sportello
// The right-hand panel: who the customer is, labels, opt-out state and private notes.
#pragma once

#include <optional>

#include <QList>
#include <QStringList>
#include <QWidget>

#include "protocol/conversationsummary.h"
#include "protocol/threadentry.h"

class QCompleter;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStringListModel;

namespace sportello::console::views {

class LabelChips;

// Renders a ConversationSummary and the conversation's notes; label and note changes go out as
// intents (the server answers with the updated summary and a new note entry).
class CustomerPanel final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxLabelLength = 40; // PROTOCOL.md: labels are 1–40 characters
    static constexpr int kMaxNoteLength = 4096;

    explicit CustomerPanel(QWidget *parent = nullptr);

    void setConversation(const std::optional<protocol::ConversationSummary> &summary);
    std::optional<protocol::ConversationSummary> conversation() const { return m_summary; }
    // Private notes (ThreadEntryKind::Note), oldest first.
    void setNotes(const QList<protocol::ThreadEntry> &notes);
    int noteCount() const;
    // Labels used elsewhere, offered while typing a new one.
    void setKnownLabels(const QStringList &labels);

    // Adds the label typed in the field (what Enter does); false with a reason when refused.
    bool addTypedLabel();
    QString labelError() const;
    // Asks to add the note typed in the field; false when it is empty or too long.
    bool addTypedNote();

Q_SIGNALS:
    void labelsChangeRequested(const QStringList &add, const QStringList &remove);
    void addNoteRequested(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void refreshNotes();

    std::optional<protocol::ConversationSummary> m_summary;
    QList<protocol::ThreadEntry> m_notes;
    QWidget *m_content = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_number = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_optOut = nullptr;
    QLabel *m_labelsTitle = nullptr;
    LabelChips *m_labels = nullptr;
    QLineEdit *m_labelField = nullptr;
    QLabel *m_labelError = nullptr;
    QStringListModel *m_knownLabels = nullptr;
    QCompleter *m_completer = nullptr;
    QLabel *m_notesTitle = nullptr;
    QListWidget *m_notesList = nullptr;
    QPlainTextEdit *m_noteField = nullptr;
    QPushButton *m_addNoteButton = nullptr;
};

} // namespace sportello::console::views

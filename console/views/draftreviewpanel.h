// SPDX-License-Identifier: LicenseRef-Sportello
// A proposed reply waiting for review: its text, why it is proposed, Approve / Edit / Reject.
#pragma once

#include <optional>

#include <QFrame>
#include <QString>

#include "protocol/draftinfo.h"

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QShortcut;

namespace sportello::console::views {

// Built for fast triage: Ctrl+Shift+A approves, Ctrl+Shift+E edits (and, while editing, sends
// the edit), Ctrl+Shift+R rejects, from anywhere in the window while the panel is shown. Emits
// intents; the main window performs them and calls setBusy() while a request is in flight.
class DraftReviewPanel final : public QFrame
{
    Q_OBJECT

public:
    explicit DraftReviewPanel(QWidget *parent = nullptr);

    void setDraft(const protocol::DraftInfo &draft);
    // Hides the panel's content: no draft pending.
    void clearDraft();
    std::optional<protocol::DraftInfo> draft() const { return m_draft; }
    // "2 pending": more drafts wait behind this one.
    void setPendingCount(int count);

    bool isEditing() const { return m_editing; }
    // Starts editing (the text becomes editable; Edit turns into "Send edited").
    void startEditing();
    void cancelEditing();
    QString editedText() const;

    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    void setError(const QString &message);

    // Texts the views show, for tests and accessibility.
    QString intentText() const;
    int confidencePercent() const;
    QString sourcesText() const;

Q_SIGNALS:
    void approveRequested(qint64 draftId);
    void editAndSendRequested(qint64 draftId, const QString &text);
    void rejectRequested(qint64 draftId, const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void approve();
    void editOrSend();
    void reject();

    std::optional<protocol::DraftInfo> m_draft;
    int m_pendingCount = 0;
    bool m_editing = false;
    bool m_busy = false;
    QLabel *m_title = nullptr;
    QLabel *m_pending = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_intentLabel = nullptr;
    QLabel *m_intent = nullptr;
    QLabel *m_confidenceLabel = nullptr;
    QProgressBar *m_confidence = nullptr;
    QLabel *m_sourcesLabel = nullptr;
    QLabel *m_sources = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_approveButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_rejectButton = nullptr;
    QPushButton *m_cancelEditButton = nullptr;
    QShortcut *m_approveShortcut = nullptr;
    QShortcut *m_editShortcut = nullptr;
    QShortcut *m_rejectShortcut = nullptr;
};

} // namespace sportello::console::views

// SPDX-License-Identifier: LicenseRef-Sportello
// The managers' Knowledge page: the business's documents, their chunks, uploads, trial queries.
#pragma once

#include <functional>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include "protocol/knowledgechunkinfo.h"
#include "protocol/knowledgesearchresult.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;

namespace sportello::console::models {
class KnowledgeChunkModel;
class KnowledgeDocumentModel;
} // namespace sportello::console::models

namespace sportello::console::views {

// Renders a KnowledgeDocumentModel (the documents) and the selected document's chunks, and
// forwards what the manager asks for as signals; the answers come back through the *Finished()
// methods and setChunks(). Nothing here waits: the list is replaced whenever the hub sends it
// (knowledge.list and knowledge.changed) and the page keeps the selection across replacements.
// One upload at a time: while the server imports, the page shows that it is busy.
class KnowledgePage final : public QWidget
{
    Q_OBJECT

public:
    // Asked before a removal; the default asks with a message box.
    using Confirm = std::function<bool(const QString &question)>;

    explicit KnowledgePage(QWidget *parent = nullptr);
    ~KnowledgePage() override;

    // Not owned; may be set once.
    void setModel(models::KnowledgeDocumentModel *model);
    models::KnowledgeDocumentModel *model() const { return m_model; }
    models::KnowledgeChunkModel *chunkModel() const { return m_chunks; }
    void setConfirmation(Confirm confirm) { m_confirm = std::move(confirm); }

    qint64 selectedDocumentId() const;
    void selectDocument(qint64 documentId);

    // "Upload…" after the file dialog: reads the file and emits uploadRequested(), or says
    // why not (unsupported kind, too large, unreadable) and returns false.
    bool uploadFile(const QString &path);
    bool isUploading() const { return m_uploading; }
    // The server's answer; `error` empty when it imported the file.
    void uploadFinished(const QString &sourceName, const QStringList &warnings, bool unchanged,
                        const QString &error = {});
    // The selected document's chunks (ignored when another one is selected by now).
    void setChunks(qint64 documentId, const QList<protocol::KnowledgeChunkInfo> &chunks,
                   const QString &error = {});
    // "Remove": asks, then emits removeRequested().
    bool removeSelected();
    void removeFinished(const QString &error = {});
    // "Search": emits searchRequested() with the query and the chosen mode ("" = the server's).
    bool searchFromForm();
    void searchFinished(const QList<protocol::KnowledgeSearchResult> &results, const QString &mode,
                        const QString &note, const QString &error = {});
    // Result rows shown.
    int resultCount() const;

    // The status line (results of uploads and removals, refusals); empty hides it.
    QString status() const;
    // Warnings of the last upload, one per line.
    QString warnings() const;

Q_SIGNALS:
    void uploadRequested(const QString &fileName, const QByteArray &content);
    void removeRequested(qint64 documentId);
    void chunksRequested(qint64 documentId);
    void searchRequested(const QString &query, const QString &mode);

private:
    void chooseFile();
    void documentsChanged();
    void selectionChanged();
    void refreshButtons();
    void setStatus(const QString &text, bool error);

    models::KnowledgeDocumentModel *m_model = nullptr;
    models::KnowledgeChunkModel *m_chunks = nullptr;
    Confirm m_confirm;
    qint64 m_selected = 0;       // kept across list replacements
    qint64 m_shownUpdatedAt = 0; // of the document whose chunks are shown (replaced: reload)
    QString m_uploadingName;     // selected once the upload is in the list
    bool m_uploading = false;
    bool m_removing = false;
    bool m_searching = false;

    QLabel *m_status = nullptr;
    QLabel *m_warnings = nullptr;
    QTableView *m_documents = nullptr;
    QPushButton *m_upload = nullptr;
    QPushButton *m_remove = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_chunksTitle = nullptr;
    QTableView *m_chunkView = nullptr;
    QLineEdit *m_query = nullptr;
    QComboBox *m_mode = nullptr;
    QPushButton *m_search = nullptr;
    QLabel *m_searchNote = nullptr;
    QTableWidget *m_results = nullptr;
};

} // namespace sportello::console::views

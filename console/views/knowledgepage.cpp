// SPDX-License-Identifier: LicenseRef-Sportello
// The managers' Knowledge page: the business's documents, their chunks, uploads, trial queries.
#include "views/knowledgepage.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include "models/knowledgechunkmodel.h"
#include "models/knowledgedocumentmodel.h"
#include "protocol/requestcodec.h"
#include "views/viewstyle.h"

namespace sportello::console::views {

using models::KnowledgeChunkModel;
using models::KnowledgeDocumentModel;
using protocol::RequestCodec;

namespace {

enum ResultColumn
{
    RankColumn = 0,
    ScoreColumn,
    SourceColumn,
    WhereColumn, // the FAQ's question, else the section path
    TextColumn,
    ResultColumnCount,
};

QTableView *table(const char *name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    return view;
}

QLabel *plainLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setVisible(false);
    return label;
}

} // namespace

KnowledgePage::KnowledgePage(QWidget *parent)
    : QWidget(parent)
    , m_chunks(new KnowledgeChunkModel(this))
{
    setObjectName(QStringLiteral("knowledgePage"));
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Remove document"), question,
                                     QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };

    auto *intro = new QLabel(tr("The documents the assistant answers from: price lists, opening "
                                "hours, FAQ files. Uploading a file with the same name replaces "
                                "it."),
                             this);
    intro->setWordWrap(true);
    ViewStyle::makeMutedLabel(intro);

    // Documents, with their buttons.
    auto *documentsBox = new QWidget(this);
    m_documents = table("knowledgeDocuments", documentsBox);
    m_documents->horizontalHeader()->setStretchLastSection(true);
    m_upload = new QPushButton(tr("&Upload…"), documentsBox);
    m_upload->setObjectName(QStringLiteral("uploadKnowledgeButton"));
    m_upload->setToolTip(tr("Markdown, CSV or JSON FAQ, plain text or PDF, up to %1 MiB")
                             .arg(RequestCodec::kMaxKnowledgeUploadBytes / (1024 * 1024)));
    m_remove = new QPushButton(tr("&Remove"), documentsBox);
    m_remove->setObjectName(QStringLiteral("removeKnowledgeButton"));
    m_busy = new QProgressBar(documentsBox);
    m_busy->setObjectName(QStringLiteral("knowledgeBusy"));
    m_busy->setRange(0, 0); // the server does not report progress: busy, not a percentage
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busy->setVisible(false);
    for (QPushButton *button : {m_upload, m_remove})
        button->setAutoDefault(false);
    auto *documentButtons = new QHBoxLayout;
    documentButtons->addWidget(m_upload);
    documentButtons->addWidget(m_remove);
    documentButtons->addWidget(m_busy);
    documentButtons->addStretch(1);
    auto *documentsLayout = new QVBoxLayout(documentsBox);
    documentsLayout->setContentsMargins(0, 0, 0, 0);
    documentsLayout->addWidget(m_documents, 1);
    documentsLayout->addLayout(documentButtons);

    // The selected document's chunks.
    auto *chunksBox = new QWidget(this);
    m_chunksTitle = new QLabel(tr("Select a document to see its chunks."), chunksBox);
    m_chunksTitle->setObjectName(QStringLiteral("knowledgeChunksTitle"));
    m_chunksTitle->setWordWrap(true);
    m_chunksTitle->setTextFormat(Qt::PlainText);
    m_chunkView = table("knowledgeChunks", chunksBox);
    m_chunkView->setModel(m_chunks);
    m_chunkView->horizontalHeader()->setStretchLastSection(false);
    m_chunkView->horizontalHeader()->setSectionResizeMode(KnowledgeChunkModel::TextColumn,
                                                          QHeaderView::Stretch);
    auto *chunksLayout = new QVBoxLayout(chunksBox);
    chunksLayout->setContentsMargins(0, 0, 0, 0);
    chunksLayout->addWidget(m_chunksTitle);
    chunksLayout->addWidget(m_chunkView, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(documentsBox);
    splitter->addWidget(chunksBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    m_status = plainLabel("knowledgeStatus", this);
    m_warnings = plainLabel("knowledgeWarnings", this);
    ViewStyle::makeMutedLabel(m_warnings);

    // Try a query.
    auto *searchBox = new QGroupBox(tr("Try a query"), this);
    m_query = new QLineEdit(searchBox);
    m_query->setObjectName(QStringLiteral("knowledgeQuery"));
    m_query->setPlaceholderText(tr("A question as a customer would ask it"));
    m_query->setMaxLength(RequestCodec::kMaxKnowledgeQueryLength);
    m_mode = new QComboBox(searchBox);
    m_mode->setObjectName(QStringLiteral("knowledgeMode"));
    m_mode->addItem(tr("Server's setting"), QString());
    m_mode->addItem(tr("Keywords (BM25)"), QStringLiteral("bm25"));
    m_mode->addItem(tr("Meaning (dense)"), QStringLiteral("dense"));
    m_mode->addItem(tr("Both (hybrid)"), QStringLiteral("hybrid"));
    m_search = new QPushButton(tr("&Search"), searchBox);
    m_search->setObjectName(QStringLiteral("knowledgeSearchButton"));
    m_search->setAutoDefault(false);
    m_searchNote = plainLabel("knowledgeSearchNote", searchBox);
    ViewStyle::makeMutedLabel(m_searchNote);
    m_results = new QTableWidget(0, ResultColumnCount, searchBox);
    m_results->setObjectName(QStringLiteral("knowledgeResults"));
    m_results->setHorizontalHeaderLabels(
        {tr("#"), tr("Score"), tr("Source"), tr("Question or section"), tr("Text")});
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setWordWrap(false);
    m_results->setShowGrid(false);
    m_results->verticalHeader()->setVisible(false);
    m_results->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    auto *queryRow = new QHBoxLayout;
    queryRow->addWidget(m_query, 1);
    queryRow->addWidget(m_mode);
    queryRow->addWidget(m_search);
    auto *searchLayout = new QVBoxLayout(searchBox);
    searchLayout->addLayout(queryRow);
    searchLayout->addWidget(m_searchNote);
    searchLayout->addWidget(m_results, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 3);
    layout->addWidget(m_status);
    layout->addWidget(m_warnings);
    layout->addWidget(searchBox, 2);

    connect(m_upload, &QPushButton::clicked, this, &KnowledgePage::chooseFile);
    connect(m_remove, &QPushButton::clicked, this, &KnowledgePage::removeSelected);
    connect(m_search, &QPushButton::clicked, this, &KnowledgePage::searchFromForm);
    connect(m_query, &QLineEdit::returnPressed, this, &KnowledgePage::searchFromForm);
    connect(m_query, &QLineEdit::textChanged, this, &KnowledgePage::refreshButtons);
    refreshButtons();
}

KnowledgePage::~KnowledgePage() = default;

void KnowledgePage::setModel(KnowledgeDocumentModel *model)
{
    if (m_model || !model)
        return;
    m_model = model;
    m_documents->setModel(model);
    m_documents->horizontalHeader()->setSectionResizeMode(KnowledgeDocumentModel::NameColumn,
                                                          QHeaderView::Stretch);
    connect(model, &KnowledgeDocumentModel::documentsChanged, this,
            &KnowledgePage::documentsChanged);
    connect(m_documents->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &KnowledgePage::selectionChanged);
    documentsChanged();
}

qint64 KnowledgePage::selectedDocumentId() const
{
    return m_selected;
}

void KnowledgePage::selectDocument(qint64 documentId)
{
    if (!m_model)
        return;
    const int row = m_model->rowOf(documentId);
    if (row < 0)
        m_documents->clearSelection();
    else
        m_documents->selectRow(row);
}

void KnowledgePage::chooseFile()
{
    QStringList patterns;
    for (const QString &extension : RequestCodec::knowledgeExtensions())
        patterns.append(u'*' + extension);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Upload a document"), QString(),
        tr("Documents (%1)").arg(patterns.join(u' ')) + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        uploadFile(path);
}

bool KnowledgePage::uploadFile(const QString &path)
{
    if (m_uploading)
        return false;
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!RequestCodec::isKnowledgeFileName(name)) {
        setStatus(tr("“%1” cannot be uploaded: use Markdown, CSV, JSON, JSONL, text or PDF "
                     "files (%2).")
                      .arg(name, RequestCodec::knowledgeExtensions().join(QStringLiteral(", "))),
                  true);
        return false;
    }
    if (info.size() > RequestCodec::kMaxKnowledgeUploadBytes) {
        setStatus(tr("“%1” is larger than %2 MiB: split it into smaller documents.")
                      .arg(name)
                      .arg(RequestCodec::kMaxKnowledgeUploadBytes / (1024 * 1024)),
                  true);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setStatus(tr("“%1” cannot be read: %2").arg(name, file.errorString()), true);
        return false;
    }
    const QByteArray content = file.readAll();
    if (content.isEmpty()) {
        setStatus(tr("“%1” is empty.").arg(name), true);
        return false;
    }
    m_uploading = true;
    m_uploadingName = name;
    m_warnings->setVisible(false);
    setStatus(tr("Importing “%1”…").arg(name), false);
    refreshButtons();
    Q_EMIT uploadRequested(name, content);
    return true;
}

void KnowledgePage::uploadFinished(const QString &sourceName, const QStringList &warnings,
                                   bool unchanged, const QString &error)
{
    m_uploading = false;
    refreshButtons();
    if (!error.isEmpty()) {
        setStatus(tr("“%1” was not imported: %2").arg(m_uploadingName, error), true);
        m_uploadingName.clear();
        return;
    }
    if (unchanged)
        setStatus(tr("“%1” is already up to date: nothing changed.").arg(sourceName), false);
    else
        setStatus(tr("“%1” imported.").arg(sourceName), false);
    m_warnings->setText(warnings.isEmpty() ? QString()
                                           : tr("Warnings:") + u'\n' + warnings.join(u'\n'));
    m_warnings->setVisible(!warnings.isEmpty());
    // knowledge.changed came first: the document is in the list already.
    if (m_model) {
        for (const auto &document : m_model->documents()) {
            if (document.sourceName == sourceName) {
                m_shownUpdatedAt = 0; // its chunks may be new even if it was selected
                selectDocument(document.id);
                if (m_selected == document.id)
                    Q_EMIT chunksRequested(document.id);
                break;
            }
        }
    }
    m_uploadingName.clear();
}

void KnowledgePage::setChunks(qint64 documentId, const QList<protocol::KnowledgeChunkInfo> &chunks,
                              const QString &error)
{
    if (documentId != m_selected)
        return;
    if (!error.isEmpty()) {
        m_chunks->clear();
        m_chunksTitle->setText(tr("The chunks could not be read: %1").arg(error));
        return;
    }
    m_chunks->setChunks(documentId, chunks);
    const auto *document = m_model ? m_model->document(documentId) : nullptr;
    m_shownUpdatedAt = document ? document->updatedAt : 0;
    m_chunksTitle->setText(tr("%n chunk(s) of “%1”", nullptr, int(chunks.size()))
                               .arg(document ? document->sourceName : QString()));
}

bool KnowledgePage::removeSelected()
{
    if (m_removing || m_selected == 0 || !m_model)
        return false;
    const auto *document = m_model->document(m_selected);
    if (!document)
        return false;
    if (!m_confirm(tr("Remove “%1” and its %n chunk(s)? The assistant stops using it at once.",
                      nullptr, document->chunkCount)
                       .arg(document->sourceName)))
        return false;
    m_removing = true;
    setStatus(tr("Removing “%1”…").arg(document->sourceName), false);
    refreshButtons();
    Q_EMIT removeRequested(document->id);
    return true;
}

void KnowledgePage::removeFinished(const QString &error)
{
    m_removing = false;
    refreshButtons();
    if (error.isEmpty())
        setStatus(tr("The document was removed."), false);
    else
        setStatus(tr("The document was not removed: %1").arg(error), true);
}

bool KnowledgePage::searchFromForm()
{
    const QString query = m_query->text().trimmed();
    if (query.isEmpty() || m_searching)
        return false;
    m_searching = true;
    refreshButtons();
    m_searchNote->setText(tr("Searching…"));
    m_searchNote->setVisible(true);
    Q_EMIT searchRequested(query, m_mode->currentData().toString());
    return true;
}

void KnowledgePage::searchFinished(const QList<protocol::KnowledgeSearchResult> &results,
                                   const QString &mode, const QString &note, const QString &error)
{
    m_searching = false;
    refreshButtons();
    m_results->setRowCount(0);
    if (!error.isEmpty()) {
        m_searchNote->setText(tr("The search failed: %1").arg(error));
        return;
    }
    QString said =
        results.isEmpty()
            ? tr("Nothing found (mode %1).").arg(mode)
            : tr("%n result(s), best first (mode %1).", nullptr, int(results.size())).arg(mode);
    if (!note.isEmpty())
        said += u' ' + note;
    m_searchNote->setText(said);
    m_results->setRowCount(int(results.size()));
    const QLocale locale;
    for (int row = 0; row < results.size(); ++row) {
        const auto &result = results.at(row);
        const QString where = result.question.isEmpty()
                                  ? result.section.join(QStringLiteral(" \u203a "))
                                  : result.question;
        const QStringList cells{QString::number(row + 1), locale.toString(result.score, 'f', 3),
                                result.sourceName, where, result.text.simplified()};
        for (int column = 0; column < ResultColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == TextColumn)
                item->setToolTip(result.text);
            if (column == RankColumn || column == ScoreColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_results->setItem(row, column, item);
        }
    }
    m_results->resizeColumnsToContents();
    m_results->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
}

int KnowledgePage::resultCount() const
{
    return m_results->rowCount();
}

QString KnowledgePage::status() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

QString KnowledgePage::warnings() const
{
    return m_warnings->isHidden() ? QString() : m_warnings->text();
}

void KnowledgePage::documentsChanged()
{
    if (!m_model)
        return;
    // A reset forgot the selection: put it back on the same document if it is still there.
    const qint64 keep = m_selected;
    const auto *document = m_model->document(keep);
    if (document) {
        const QSignalBlocker blocker(m_documents->selectionModel());
        m_documents->selectRow(m_model->rowOf(keep));
    } else {
        m_selected = 0;
        m_chunks->clear();
        m_chunksTitle->setText(m_model->isLoaded() && m_model->rowCount() == 0
                                   ? tr("No documents yet: upload one.")
                                   : tr("Select a document to see its chunks."));
    }
    // Replaced by a new upload (here or on another console): its chunks changed too.
    if (document && document->updatedAt != m_shownUpdatedAt && m_chunks->documentId() == keep)
        Q_EMIT chunksRequested(keep);
    refreshButtons();
}

void KnowledgePage::selectionChanged()
{
    qint64 id = 0;
    if (m_model && m_documents->selectionModel()) {
        const QModelIndexList rows = m_documents->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            id = rows.first().data(KnowledgeDocumentModel::DocumentIdRole).toLongLong();
    }
    if (id == m_selected) {
        refreshButtons();
        return;
    }
    m_selected = id;
    m_chunks->clear();
    m_shownUpdatedAt = 0;
    if (id != 0) {
        m_chunksTitle->setText(tr("Loading the chunks…"));
        Q_EMIT chunksRequested(id);
    } else {
        m_chunksTitle->setText(tr("Select a document to see its chunks."));
    }
    refreshButtons();
}

void KnowledgePage::refreshButtons()
{
    const bool loaded = m_model && m_model->isLoaded();
    m_upload->setEnabled(loaded && !m_uploading);
    m_busy->setVisible(m_uploading);
    m_remove->setEnabled(loaded && m_selected != 0 && !m_removing);
    m_search->setEnabled(loaded && !m_searching && !m_query->text().trimmed().isEmpty());
}

void KnowledgePage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    if (error)
        ViewStyle::makeErrorLabel(m_status);
    else
        m_status->setPalette(palette());
}

} // namespace sportello::console::views

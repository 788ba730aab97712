// SPDX-License-Identifier: LicenseRef-Sportello
// The managers' Intents page: the model's state, the intents, their examples, adding more.
#include "views/intentspage.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "models/intentcatalogmodel.h"
#include "protocol/requestcodec.h"
#include "views/intentcatalogdelegate.h"
#include "views/understandingtext.h"
#include "views/viewstyle.h"

namespace sportello::console::views {

using models::IntentCatalogModel;
using protocol::RequestCodec;

namespace {

QLabel *errorLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setVisible(false);
    ViewStyle::makeErrorLabel(label);
    return label;
}

void showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

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
    view->setItemDelegate(new IntentCatalogDelegate(view));
    return view;
}

} // namespace

IntentsPage::IntentsPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("intentsPage"));

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("intentModelState"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);

    m_intents = table("intentList", this);
    m_intents->horizontalHeader()->setStretchLastSection(false);

    auto *examplesBox = new QWidget(this);
    m_examplesTitle = new QLabel(examplesBox);
    m_examplesTitle->setWordWrap(true);
    m_examplesTitle->setTextFormat(Qt::PlainText);
    m_examples = table("intentExamples", examplesBox);
    // The model's headers name the intents' columns; the examples speak for themselves.
    m_examples->horizontalHeader()->setVisible(false);
    m_examples->horizontalHeader()->setStretchLastSection(false);
    m_removeExample = new QPushButton(tr("&Remove example"), examplesBox);
    m_removeExample->setObjectName(QStringLiteral("removeIntentExampleButton"));
    m_removeIntent = new QPushButton(tr("Remove &all your examples"), examplesBox);
    m_removeIntent->setObjectName(QStringLiteral("removeIntentButton"));
    m_removeIntent->setToolTip(
        tr("Removes every example you added to this intent. The built-in examples stay."));
    for (QPushButton *button : {m_removeExample, m_removeIntent})
        button->setAutoDefault(false);
    auto *examplesButtons = new QHBoxLayout;
    examplesButtons->addWidget(m_removeExample);
    examplesButtons->addWidget(m_removeIntent);
    examplesButtons->addStretch(1);
    auto *examplesLayout = new QVBoxLayout(examplesBox);
    examplesLayout->setContentsMargins(0, 0, 0, 0);
    examplesLayout->addWidget(m_examplesTitle);
    examplesLayout->addWidget(m_examples, 1);
    examplesLayout->addLayout(examplesButtons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_intents);
    splitter->addWidget(examplesBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *addBox = new QGroupBox(tr("Add examples"), this);
    m_name = new QComboBox(addBox);
    m_name->setObjectName(QStringLiteral("addIntentName"));
    m_name->setEditable(true);
    m_name->setInsertPolicy(QComboBox::NoInsert);
    m_name->lineEdit()->setPlaceholderText(tr("an intent, or a new name like whitening_offer"));
    m_name->lineEdit()->setMaxLength(RequestCodec::kMaxIntentNameLength);
    m_nameError = errorLabel("addIntentNameError", addBox);
    m_language = new QComboBox(addBox);
    m_language->setObjectName(QStringLiteral("addIntentLanguage"));
    m_texts = new QPlainTextEdit(addBox);
    m_texts->setObjectName(QStringLiteral("addIntentTexts"));
    m_texts->setPlaceholderText(tr("One example per line, as customers write it:\n"
                                   "Quanto costa lo sbiancamento?\n"
                                   "Fate offerte per lo sbiancamento dei denti?"));
    m_texts->setTabChangesFocus(true);
    m_textsError = errorLabel("addIntentTextsError", addBox);
    m_add = new QPushButton(tr("A&dd"), addBox);
    m_add->setObjectName(QStringLiteral("addIntentExamplesButton"));
    m_add->setAutoDefault(false);
    m_add->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_status = new QLabel(addBox);
    m_status->setObjectName(QStringLiteral("intentsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setVisible(false);

    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_nameError, 1);
    auto *textsColumn = new QVBoxLayout;
    textsColumn->addWidget(m_texts, 1);
    textsColumn->addWidget(m_textsError);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addWidget(m_status, 1);
    auto *form = new QFormLayout(addBox);
    // Rows holding a layout get no buddy from QFormLayout: the shortcuts need one.
    const auto buddyLabel = [addBox](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, addBox);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(buddyLabel(tr("&Intent:"), m_name), nameRow);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(buddyLabel(tr("&Examples:"), m_texts), textsColumn);
    form->addRow(QString(), addRow);

    auto *hint = new QLabel(tr("The assistant learns each intent from the built-in examples in "
                               "your languages and the ones you add here. After a change it "
                               "trains again in the background; the current model answers "
                               "until the new one is ready."),
                            this);
    hint->setWordWrap(true);
    ViewStyle::makeMutedLabel(hint);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(splitter, 3);
    layout->addWidget(addBox, 2);
    layout->addWidget(hint);

    connect(m_name, &QComboBox::editTextChanged, this, [this] {
        m_nameRefusal.clear();
        refreshForm();
    });
    connect(m_texts, &QPlainTextEdit::textChanged, this, [this] {
        m_textsRefusal.clear();
        refreshForm();
    });
    connect(m_add, &QPushButton::clicked, this, &IntentsPage::addFromForm);
    connect(m_removeExample, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedExampleId(); id != 0 && !m_removing) {
            m_removing = true;
            setStatus(tr("Removing the example…"), false);
            refreshForm();
            Q_EMIT removeExampleRequested(id);
        }
    });
    connect(m_removeIntent, &QPushButton::clicked, this, [this] {
        if (!m_selected.isEmpty() && !m_removing) {
            m_removing = true;
            setStatus(tr("Removing your examples of “%1”…")
                          .arg(UnderstandingText::intentName(m_selected)),
                      false);
            refreshForm();
            Q_EMIT removeIntentRequested(m_selected);
        }
    });
    catalogChanged();
}

void IntentsPage::setModel(IntentCatalogModel *model)
{
    if (m_model == model)
        return;
    m_model = model;
    m_intents->setModel(model);
    m_examples->setModel(model);
    if (model) {
        connect(model, &IntentCatalogModel::catalogChanged, this, &IntentsPage::catalogChanged);
        connect(m_intents->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex &current) {
                    if (current.isValid())
                        m_selected = current.data(IntentCatalogModel::IntentNameRole).toString();
                    selectionChanged(true);
                });
        connect(m_examples->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &IntentsPage::refreshForm);
        m_intents->horizontalHeader()->setSectionResizeMode(IntentCatalogModel::NameColumn,
                                                            QHeaderView::Stretch);
        m_examples->horizontalHeader()->setSectionResizeMode(IntentCatalogModel::TextColumn,
                                                             QHeaderView::Stretch);
    }
    catalogChanged();
}

void IntentsPage::catalogChanged()
{
    m_state->setText(modelStateText());
    const QString typedName = m_name->currentText();
    const QString language = m_language->currentData().toString();
    {
        const QSignalBlocker nameBlocker(m_name);
        m_name->clear();
        const QSignalBlocker languageBlocker(m_language);
        m_language->clear();
        if (m_model) {
            for (const auto &intent : m_model->catalog().intents)
                m_name->addItem(intent.name);
            for (const QString &code : m_model->catalog().languages)
                m_language->addItem(UnderstandingText::language(code), code);
        }
        m_name->setCurrentIndex(-1);
        m_name->setEditText(typedName);
        const int languageIndex = m_language->findData(language);
        if (languageIndex >= 0)
            m_language->setCurrentIndex(languageIndex);
    }
    // A reset forgets the selection: the intent shown stays the one the manager chose.
    if (m_model && !m_selected.isEmpty()) {
        const QModelIndex index = m_model->indexOfIntent(m_selected);
        if (index.isValid()) {
            const QSignalBlocker blocker(m_intents->selectionModel());
            m_intents->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        } else {
            m_selected.clear();
        }
    }
    if (m_model)
        m_intents->resizeColumnToContents(IntentCatalogModel::DefaultColumn);
    selectionChanged(false);
}

void IntentsPage::selectionChanged(bool chosen)
{
    const QModelIndex intent =
        m_model && !m_selected.isEmpty() ? m_model->indexOfIntent(m_selected) : QModelIndex();
    if (!intent.isValid()) {
        // A root index that has no children: the examples list stays empty.
        m_examples->setRootIndex(m_model ? m_model->index(0, 1) : QModelIndex());
        m_examplesTitle->setText(tr("Choose an intent to see the examples you added to it."));
    } else {
        m_examples->setRootIndex(intent);
        const int own = m_model->rowCount(intent);
        const QString name = UnderstandingText::intentName(m_selected);
        m_examplesTitle->setText(
            own == 0 ? tr("You have added no examples to “%1” yet.").arg(name)
                     : tr("%n example(s) you added to “%1”:", nullptr, own).arg(name));
        m_examples->resizeColumnToContents(IntentCatalogModel::LanguageColumn);
        m_examples->resizeColumnToContents(IntentCatalogModel::AddedByColumn);
        if (chosen && m_name->currentText().trimmed() != m_selected)
            m_name->setEditText(m_selected);
    }
    refreshForm();
}

QString IntentsPage::modelStateText() const
{
    if (!m_model || !m_model->isLoaded())
        return tr("Loading the intents…");
    const protocol::IntentModelInfo &model = m_model->catalog().model;
    if (model.state == u"training")
        return tr("Training the model on the latest examples… The previous model answers "
                  "customers meanwhile.");
    if (model.state == u"failed")
        return tr("The last training failed: %1. The previous model, if any, keeps answering.")
            .arg(model.error.isEmpty() ? tr("no reason given") : model.error);
    if (model.state == u"ready") {
        const QString when =
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(model.readyAt), QLocale::ShortFormat);
        QString examples = tr("%n example(s)", nullptr, model.examples);
        if (model.customExamples > 0) {
            //: %1: "3,450 examples", %2: how many of them the business added.
            examples = tr("%1 (%2 of them yours)").arg(examples).arg(model.customExamples);
        }
        //: %1: "3,450 examples", %2: "21 intents", %3: seconds (loading a model trained
        //: earlier with the same examples takes well under one), %4: date and time.
        return tr("Ready: %1 across %2 (ready in %3 s, %4).")
            .arg(examples, tr("%n intent(s)", nullptr, model.intents),
                 QLocale().toString(model.trainSeconds, 'f', 1), when);
    }
    return tr("No model yet: the server trains one when it starts.");
}

QString IntentsPage::selectedIntent() const
{
    return m_selected;
}

void IntentsPage::selectIntent(const QString &name)
{
    if (!m_model)
        return;
    const QModelIndex index = m_model->indexOfIntent(name);
    if (!index.isValid())
        return;
    m_intents->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
}

QStringList IntentsPage::typedTexts() const
{
    QStringList texts;
    QSet<QString> seen;
    for (const QString &line : m_texts->toPlainText().split(u'\n')) {
        const QString text = line.trimmed();
        if (text.isEmpty() || seen.contains(text))
            continue;
        seen.insert(text);
        texts.append(text);
    }
    return texts;
}

QString IntentsPage::intentNameError() const
{
    const QString name = m_name->currentText().trimmed();
    if (name.isEmpty())
        return tr("Choose an intent or type the name of a new one.");
    if (!RequestCodec::isValidIntentName(name))
        return tr("Use lowercase letters, digits and “_”, starting with a letter, at most %1 "
                  "characters: e.g. whitening_offer.")
            .arg(RequestCodec::kMaxIntentNameLength);
    return QString();
}

QString IntentsPage::textsError() const
{
    const QStringList texts = typedTexts();
    if (texts.isEmpty())
        return tr("Write at least one example, one per line.");
    if (texts.size() > RequestCodec::kMaxIntentExamples)
        return tr("At most %1 examples at a time; there are %2.")
            .arg(RequestCodec::kMaxIntentExamples)
            .arg(texts.size());
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (RequestCodec::characterCount(texts.at(i)) > RequestCodec::kMaxIntentExampleLength)
            return tr("Example %1 is longer than %2 characters.")
                .arg(i + 1)
                .arg(RequestCodec::kMaxIntentExampleLength);
    }
    return QString();
}

bool IntentsPage::addFromForm()
{
    if (m_adding)
        return false;
    const QString nameProblem = intentNameError();
    const QString textsProblem = textsError();
    showError(m_nameError, nameProblem);
    showError(m_textsError, textsProblem);
    QString problem;
    if (nameProblem.isEmpty() && textsProblem.isEmpty() && m_language->currentIndex() < 0)
        problem = tr("The business's languages are not known yet: wait for the intents to load.");
    setStatus(problem, true);
    if (!nameProblem.isEmpty() || !textsProblem.isEmpty() || !problem.isEmpty())
        return false;
    const QString name = m_name->currentText().trimmed();
    const QStringList texts = typedTexts();
    m_adding = true;
    setStatus(tr("Adding %n example(s)…", nullptr, int(texts.size())), false);
    refreshForm();
    Q_EMIT addExamplesRequested(name, m_language->currentData().toString(), texts);
    return true;
}

void IntentsPage::addFinished(int added, int requested, const QString &errorField,
                              const QString &errorMessage)
{
    m_adding = false;
    if (!errorMessage.isEmpty()) {
        if (errorField == u"data.intent")
            m_nameRefusal = errorMessage;
        else if (errorField.startsWith(u"data.texts"))
            m_textsRefusal = errorMessage;
        setStatus(tr("Nothing was added: %1").arg(errorMessage), true);
        refreshForm();
        return;
    }
    const QString name = m_name->currentText().trimmed();
    m_texts->clear();
    const int skipped = requested - added;
    QString text =
        tr("%n example(s) added to “%1”.", nullptr, added).arg(UnderstandingText::intentName(name));
    if (skipped > 0)
        text += u' ' + tr("%n skipped: already an example.", nullptr, skipped);
    if (added > 0)
        text += u' ' + tr("The model is training again.");
    setStatus(text, false);
    selectIntent(name);
    refreshForm();
}

void IntentsPage::removeFinished(int removed, const QString &errorMessage)
{
    m_removing = false;
    if (!errorMessage.isEmpty())
        setStatus(tr("Nothing was removed: %1").arg(errorMessage), true);
    else
        setStatus(tr("%n example(s) removed. The model is training again.", nullptr, removed),
                  false);
    refreshForm();
}

QString IntentsPage::status() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void IntentsPage::refreshForm()
{
    // Live, but only for what was typed: an empty form is not an error yet.
    const bool nameTyped = !m_name->currentText().trimmed().isEmpty();
    const bool textsTyped = !m_texts->toPlainText().trimmed().isEmpty();
    const QString nameProblem = intentNameError();
    const QString textsProblem = textsError();
    showError(m_nameError, nameTyped && !nameProblem.isEmpty() ? nameProblem : m_nameRefusal);
    showError(m_textsError, textsTyped && !textsProblem.isEmpty() ? textsProblem : m_textsRefusal);
    const bool loaded = m_model && m_model->isLoaded();
    m_add->setEnabled(loaded && !m_adding && nameProblem.isEmpty() && textsProblem.isEmpty() &&
                      m_language->currentIndex() >= 0);
    m_removeExample->setEnabled(loaded && !m_removing && selectedExampleId() != 0);
    const QModelIndex intent =
        m_model && !m_selected.isEmpty() ? m_model->indexOfIntent(m_selected) : QModelIndex();
    m_removeIntent->setEnabled(loaded && !m_removing && intent.isValid() &&
                               m_model->rowCount(intent) > 0);
}

void IntentsPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    if (error)
        ViewStyle::makeErrorLabel(m_status);
    else
        m_status->setPalette(palette());
}

qint64 IntentsPage::selectedExampleId() const
{
    if (!m_model || !m_examples->selectionModel())
        return 0;
    const QModelIndexList rows = m_examples->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().parent() != m_examples->rootIndex())
        return 0;
    return rows.first().data(IntentCatalogModel::ExampleIdRole).toLongLong();
}

} // namespace sportello::console::views

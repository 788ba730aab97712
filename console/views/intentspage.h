// SPDX-License-Identifier: LicenseRef-Sportello
// The managers' Intents page: the model's state, the intents, their examples, adding more.
#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace sportello::console::models {
class IntentCatalogModel;
} // namespace sportello::console::models

namespace sportello::console::views {

// Renders an IntentCatalogModel (the intents at the root, the selected intent's own examples
// beside them) and forwards what the manager asks for as signals; the answers come back
// through addFinished() / removeFinished(). Nothing here waits: the catalog is replaced
// whenever the hub sends one (replies and intents.changed), and the page keeps the selection
// and what is being typed across those replacements.
class IntentsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit IntentsPage(QWidget *parent = nullptr);

    // Not owned; may be set once.
    void setModel(models::IntentCatalogModel *model);
    models::IntentCatalogModel *model() const { return m_model; }

    // The model's state in words, as shown at the top.
    QString modelStateText() const;
    QString selectedIntent() const;
    void selectIntent(const QString &name);

    // Empty when the field is fine, else what to fix (also shown next to the field).
    QString intentNameError() const;
    QString textsError() const;
    // The examples typed, one per line, trimmed, without empty lines or repeats.
    QStringList typedTexts() const;

    // The "Add" button: checks the form, shows what is wrong next to the field, or emits
    // addExamplesRequested() and waits for addFinished().
    bool addFromForm();
    // The server's answer. `errorField` is the protocol's field ("data.intent"...) when known.
    void addFinished(int added, int requested, const QString &errorField = {},
                     const QString &errorMessage = {});
    void removeFinished(int removed, const QString &errorMessage = {});
    // The status line under the form (results, refusals); empty hides it.
    QString status() const;

Q_SIGNALS:
    void addExamplesRequested(const QString &intent, const QString &language,
                              const QStringList &texts);
    void removeExampleRequested(qint64 id);
    void removeIntentRequested(const QString &intent);

private:
    void catalogChanged();
    // `chosen`: the manager picked the intent (the form's intent follows); otherwise the
    // catalog was replaced and what is typed stays.
    void selectionChanged(bool chosen);
    void refreshForm();
    void setStatus(const QString &text, bool error);
    qint64 selectedExampleId() const;

    models::IntentCatalogModel *m_model = nullptr;
    QString m_selected; // the intent shown on the right, kept across catalog replacements
    bool m_adding = false;
    bool m_removing = false;
    // The server's refusal of a field, shown next to it until the field is edited.
    QString m_nameRefusal;
    QString m_textsRefusal;

    QLabel *m_state = nullptr;
    QTableView *m_intents = nullptr;
    QLabel *m_examplesTitle = nullptr;
    QTableView *m_examples = nullptr;
    QPushButton *m_removeExample = nullptr;
    QPushButton *m_removeIntent = nullptr;
    QComboBox *m_name = nullptr;
    QLabel *m_nameError = nullptr;
    QComboBox *m_language = nullptr;
    QPlainTextEdit *m_texts = nullptr;
    QLabel *m_textsError = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace sportello::console::views

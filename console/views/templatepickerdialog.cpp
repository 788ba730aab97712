// SPDX-License-Identifier: LicenseRef-Sportello
// Picks an approved template and fills its parameters, for replies outside the 24h window.
#include "views/templatepickerdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "views/viewstyle.h"

namespace sportello::console::views {

TemplatePickerDialog::TemplatePickerDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_parametersTitle(new QLabel(this))
    , m_parametersBox(new QWidget(this))
    , m_form(new QFormLayout(m_parametersBox))
    , m_previewTitle(new QLabel(this))
    , m_preview(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("templatePickerDialog"));
    m_list->setObjectName(QStringLiteral("templateList"));
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_error->setObjectName(QStringLiteral("templateError"));

    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    ViewStyle::makeTitle(m_parametersTitle, 1.0);
    ViewStyle::makeTitle(m_previewTitle, 1.0);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setMargin(8);
    m_preview->setAutoFillBackground(true);
    m_preview->setBackgroundRole(QPalette::Base);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    ViewStyle::makeErrorLabel(m_error);

    m_sendButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_sendButton->setObjectName(QStringLiteral("sendTemplateButton"));
    m_sendButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TemplatePickerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TemplatePickerDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        rebuildFields();
        refresh();
    });

    auto *right = new QVBoxLayout;
    right->addWidget(m_parametersTitle);
    right->addWidget(m_parametersBox);
    right->addWidget(m_previewTitle);
    right->addWidget(m_preview);
    right->addStretch(1);

    auto *columns = new QHBoxLayout;
    columns->addWidget(m_list, 2);
    columns->addLayout(right, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().lineSpacing() * 24);
    retranslateUi();
}

void TemplatePickerDialog::setTemplates(const QList<protocol::TemplateInfo> &templates)
{
    m_templates = templates;
    m_loaded = true;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const protocol::TemplateInfo &info : templates) {
        auto *item = new QListWidgetItem(m_list);
        //: A template in the list: %1 its name, %2 its language code, %3 its category.
        item->setText(tr("%1\n%2 · %3").arg(info.name, info.language, info.category.toLower()));
    }
    if (!templates.isEmpty())
        m_list->setCurrentRow(0);
    rebuildFields();
    refresh();
}

bool TemplatePickerDialog::selectTemplate(const QString &name, const QString &language)
{
    for (qsizetype i = 0; i < m_templates.size(); ++i) {
        const auto &info = m_templates.at(i);
        if (info.name == name && (language.isEmpty() || info.language == language)) {
            m_list->setCurrentRow(static_cast<int>(i));
            return true;
        }
    }
    return false;
}

std::optional<protocol::TemplateInfo> TemplatePickerDialog::selectedTemplate() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_templates.size())
        return std::nullopt;
    return m_templates.at(row);
}

QStringList TemplatePickerDialog::headerParameters() const
{
    return values(Field::Part::Header);
}

QStringList TemplatePickerDialog::bodyParameters() const
{
    return values(Field::Part::Body);
}

QStringList TemplatePickerDialog::buttonParameters() const
{
    return values(Field::Part::Button);
}

bool TemplatePickerDialog::setParameter(int index, const QString &value)
{
    if (index < 0 || index >= m_fields.size())
        return false;
    m_fields.at(index).edit->setText(value);
    return true;
}

QString TemplatePickerDialog::previewText() const
{
    return m_preview->text();
}

QString TemplatePickerDialog::validationError() const
{
    if (!m_loaded)
        return tr("The templates are still loading.");
    if (m_templates.isEmpty())
        return tr("This business has no approved templates. Add them in the server's business "
                  "configuration.");
    if (!selectedTemplate())
        return tr("Choose a template.");
    for (const Field &field : m_fields) {
        if (field.edit->text().trimmed().isEmpty())
            return tr("Fill in every parameter: WhatsApp refuses a template with an empty one.");
    }
    return QString();
}

void TemplatePickerDialog::accept()
{
    if (!validationError().isEmpty()) {
        refresh();
        return;
    }
    QDialog::accept();
}

void TemplatePickerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void TemplatePickerDialog::retranslateUi()
{
    setWindowTitle(tr("Send a template"));
    m_intro->setText(tr("The customer has not written in the last 24 hours, so WhatsApp only "
                        "delivers an approved template. Their reply reopens the conversation."));
    m_parametersTitle->setText(tr("Parameters"));
    m_previewTitle->setText(tr("Preview"));
    m_sendButton->setText(tr("&Send template"));
    if (m_loaded) {
        // Field labels depend on the language too.
        rebuildFields();
    }
    refresh();
}

void TemplatePickerDialog::rebuildFields()
{
    QStringList previous;
    for (const Field &field : std::as_const(m_fields))
        previous.append(field.edit->text());
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_fields.clear();

    const auto info = selectedTemplate();
    if (!info)
        return;
    const auto addField = [this](Field::Part part, int button, const QString &label) {
        auto *edit = new QLineEdit(m_parametersBox);
        edit->setObjectName(QStringLiteral("templateParameter%1").arg(m_fields.size()));
        connect(edit, &QLineEdit::textChanged, this, &TemplatePickerDialog::refresh);
        m_form->addRow(label, edit);
        m_fields.append(Field{part, button, edit});
    };
    for (int i = 1; i <= info->headerParams; ++i)
        //: A template parameter field; %1 is its number as in {{1}}.
        addField(Field::Part::Header, 0, tr("Header {{%1}}").arg(i));
    for (int i = 1; i <= info->bodyParams; ++i)
        addField(Field::Part::Body, 0, tr("Body {{%1}}").arg(i));
    for (qsizetype b = 0; b < info->buttonParams.size(); ++b) {
        for (int i = 1; i <= info->buttonParams.at(b); ++i) {
            //: %1 is the button's number, %2 the parameter's as in {{1}}.
            addField(Field::Part::Button, static_cast<int>(b),
                     tr("Button %1 {{%2}}").arg(b + 1).arg(i));
        }
    }
    if (m_fields.isEmpty()) {
        auto *none = new QLabel(tr("This template has no parameters."), m_parametersBox);
        ViewStyle::makeMutedLabel(none);
        m_form->addRow(none);
    }
    // Same template re-selected after a language change: keep what was typed.
    if (previous.size() == m_fields.size()) {
        for (qsizetype i = 0; i < previous.size(); ++i)
            m_fields.at(i).edit->setText(previous.at(i));
    }
}

void TemplatePickerDialog::refresh()
{
    const auto info = selectedTemplate();
    m_parametersTitle->setVisible(info.has_value());
    m_previewTitle->setVisible(info.has_value());
    m_preview->setVisible(info.has_value());
    if (info) {
        QStringList lines;
        //: Preview heading: %1 template name, %2 language code, %3 category.
        lines << tr("%1 (%2, %3)").arg(info->name, info->language, info->category.toLower());
        const auto describe = [this](Field::Part part, const QString &heading) {
            QStringList parts;
            int number = 0;
            int button = -1;
            for (const Field &field : std::as_const(m_fields)) {
                if (field.part != part)
                    continue;
                if (part == Field::Part::Button && field.button != button) {
                    button = field.button;
                    number = 0;
                }
                ++number;
                const QString value = field.edit->text().trimmed();
                parts << QStringLiteral("{{%1}} = %2")
                             .arg(number)
                             .arg(value.isEmpty() ? QStringLiteral("…") : value);
            }
            return parts.isEmpty() ? QString() : heading + u' ' + parts.join(QStringLiteral(", "));
        };
        for (const QString &line : {describe(Field::Part::Header, tr("Header:")),
                                    describe(Field::Part::Body, tr("Body:")),
                                    describe(Field::Part::Button, tr("Buttons:"))}) {
            if (!line.isEmpty())
                lines << line;
        }
        m_preview->setText(lines.join(u'\n'));
    } else {
        m_preview->clear();
    }

    const QString problem = validationError();
    // "Still loading" and "fill in" are states, not errors: say them quietly in the intro area.
    const bool incomplete = info.has_value() && !problem.isEmpty();
    m_error->setText(incomplete ? QString() : problem);
    m_error->setVisible(!incomplete && !problem.isEmpty());
    m_sendButton->setEnabled(problem.isEmpty());
}

QStringList TemplatePickerDialog::values(Field::Part part) const
{
    QStringList result;
    for (const Field &field : m_fields) {
        if (field.part == part)
            result.append(field.edit->text().trimmed());
    }
    return result;
}

} // namespace sportello::console::views

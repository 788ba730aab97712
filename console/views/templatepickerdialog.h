// SPDX-License-Identifier: LicenseRef-Sportello
// Picks an approved template and fills its parameters, for replies outside the 24h window.
#pragma once

#include <optional>

#include <QDialog>
#include <QList>
#include <QString>
#include <QStringList>

#include "protocol/templateinfo.h"

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace sportello::console::views {

// The templates arrive asynchronously (templates.list): until setTemplates() the dialog says it
// is loading. One field per parameter: header, body, then each button's; all are required, as
// WhatsApp refuses a template with a missing parameter. accept() only with everything filled.
class TemplatePickerDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TemplatePickerDialog(QWidget *parent = nullptr);

    void setTemplates(const QList<protocol::TemplateInfo> &templates);
    // Selects by name (and language when given); false when there is no such template.
    bool selectTemplate(const QString &name, const QString &language = {});
    std::optional<protocol::TemplateInfo> selectedTemplate() const;

    // Parameter values in template order; buttonParameters() lists every button's parameters,
    // button by button, as template.send expects them.
    QStringList headerParameters() const;
    QStringList bodyParameters() const;
    QStringList buttonParameters() const;
    // Sets the n-th field (header, body, buttons in order) for tests and quick keyboard use.
    bool setParameter(int index, const QString &value);
    int parameterCount() const { return static_cast<int>(m_fields.size()); }

    QString previewText() const;
    QString validationError() const;

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Field
    {
        enum class Part
        {
            Header,
            Body,
            Button
        } part = Part::Body;
        int button = 0; // for Part::Button
        QLineEdit *edit = nullptr;
    };

    void retranslateUi();
    void rebuildFields();
    void refresh();
    QStringList values(Field::Part part) const;

    QList<protocol::TemplateInfo> m_templates;
    bool m_loaded = false;
    QList<Field> m_fields;
    QLabel *m_intro = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_parametersTitle = nullptr;
    QWidget *m_parametersBox = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_previewTitle = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_sendButton = nullptr;
};

} // namespace sportello::console::views

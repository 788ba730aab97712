// SPDX-License-Identifier: LicenseRef-Sportello
// Plays a WhatsApp customer against a sandbox server: write, see replies and their ticks, read.
#include "views/sandboxcustomerwindow.h"

#include <algorithm>

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

#include "models/threadmodel.h"
#include "net/sandboxclient.h"
#include "views/threadbubbledelegate.h"
#include "views/threadview.h"
#include "views/viewstyle.h"

namespace sportello::console::views {

using protocol::ThreadEntry;
using protocol::ThreadEntryKind;

namespace {
constexpr int kPollMs = 2000;
constexpr int kEntryRole = models::ThreadModel::EntryRole;
const QString kDefaultNumber = QStringLiteral("393401234567");

// The text of a Graph API send request (what the business sent), whatever its type.
QString requestText(const QJsonObject &request, QString *type)
{
    *type = request.value(QLatin1StringView("type")).toString();
    const QJsonObject body = request.value(*type).toObject();
    if (*type == u"text")
        return body.value(QLatin1StringView("body")).toString();
    if (*type == u"template") {
        *type = QStringLiteral("template");
        return SandboxCustomerWindow::tr("Template “%1”")
            .arg(body.value(QLatin1StringView("name")).toString());
    }
    if (*type == u"interactive")
        return body.value(QLatin1StringView("body"))
            .toObject()
            .value(QLatin1StringView("text"))
            .toString();
    return body.value(QLatin1StringView("caption")).toString();
}

// The text of a webhook messages[] item (what the customer sent).
QString customerText(const QJsonObject &message, QString *type)
{
    *type = message.value(QLatin1StringView("type")).toString();
    const QJsonObject body = message.value(*type).toObject();
    if (*type == u"text")
        return body.value(QLatin1StringView("body")).toString();
    return body.value(QLatin1StringView("caption")).toString();
}
} // namespace

SandboxCustomerWindow::SandboxCustomerWindow(net::SandboxClient *client, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_client(client)
    , m_model(new QStandardItemModel(this))
    , m_intro(new QLabel(this))
    , m_numberLabel(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_number(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_thread(new ThreadView(this))
    , m_text(new QLineEdit(this))
    , m_send(new QPushButton(this))
    , m_read(new QPushButton(this))
    , m_error(new QLabel(this))
    , m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("sandboxCustomerWindow"));
    m_number->setObjectName(QStringLiteral("sandboxNumber"));
    m_name->setObjectName(QStringLiteral("sandboxName"));
    m_text->setObjectName(QStringLiteral("sandboxText"));
    m_send->setObjectName(QStringLiteral("sandboxSend"));
    m_read->setObjectName(QStringLiteral("sandboxRead"));
    m_error->setObjectName(QStringLiteral("sandboxError"));

    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    ViewStyle::makeMutedLabel(m_intro);
    m_number->setEditable(true);
    m_number->setInsertPolicy(QComboBox::InsertAtTop);
    m_number->addItems(
        {kDefaultNumber, QStringLiteral("34612345678"), QStringLiteral("447700900123")});
    m_numberLabel->setBuddy(m_number);
    m_nameLabel->setBuddy(m_name);
    m_name->setText(QStringLiteral("Ada Rossi"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    ViewStyle::makeErrorLabel(m_error);

    m_thread->setModel(m_model);
    m_thread->bubbleDelegate()->setMirrored(true);

    m_send->setDefault(true);
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &SandboxCustomerWindow::refresh);
    connect(m_send, &QPushButton::clicked, this, &SandboxCustomerWindow::sendTyped);
    connect(m_text, &QLineEdit::returnPressed, this, &SandboxCustomerWindow::sendTyped);
    connect(m_read, &QPushButton::clicked, this, &SandboxCustomerWindow::markRead);
    connect(m_number, &QComboBox::currentTextChanged, this, &SandboxCustomerWindow::numberChanged);

    if (m_client) {
        connect(m_client, &net::SandboxClient::sent, this,
                [this](const QString &waId, bool ok, const QString &error) {
                    if (waId != customerNumber())
                        return;
                    if (!ok) {
                        setError(tr("The message was not accepted: %1").arg(error));
                        return;
                    }
                    setError(QString());
                    refresh();
                });
        connect(m_client, &net::SandboxClient::messagesLoaded, this,
                [this](const QString &waId, const QJsonArray &messages) {
                    if (waId == customerNumber())
                        setEntries(entriesFromJson(messages));
                });
        connect(m_client, &net::SandboxClient::fetchFailed, this,
                [this](const QString &waId, const QString &error) {
                    if (waId == customerNumber())
                        setError(error);
                });
        connect(m_client, &net::SandboxClient::readDone, this,
                [this](const QString &waId, bool ok) {
                    if (waId != customerNumber())
                        return;
                    if (!ok)
                        setError(tr("The server did not take the read receipt."));
                    refresh();
                });
    }

    auto *who = new QGridLayout;
    who->addWidget(m_numberLabel, 0, 0);
    who->addWidget(m_number, 0, 1);
    who->addWidget(m_nameLabel, 0, 2);
    who->addWidget(m_name, 0, 3);
    who->setColumnStretch(1, 1);
    who->setColumnStretch(3, 1);

    auto *write = new QHBoxLayout;
    write->addWidget(m_text, 1);
    write->addWidget(m_send);
    write->addWidget(m_read);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(who);
    layout->addWidget(m_thread, 1);
    layout->addWidget(m_error);
    layout->addLayout(write);

    resize(460, 640);
    retranslateUi();
    numberChanged();
}

SandboxCustomerWindow::~SandboxCustomerWindow() = default;

QString SandboxCustomerWindow::customerNumber() const
{
    return normaliseNumber(m_number->currentText());
}

void SandboxCustomerWindow::setCustomerNumber(const QString &number)
{
    m_number->setCurrentText(number);
}

QString SandboxCustomerWindow::customerName() const
{
    return m_name->text().trimmed();
}

void SandboxCustomerWindow::setCustomerName(const QString &name)
{
    m_name->setText(name);
}

bool SandboxCustomerWindow::sendTyped()
{
    const QString number = customerNumber();
    const QString text = m_text->text().trimmed();
    if (number.isEmpty()) {
        setError(tr("Enter the customer's number: 6 to 15 digits with the country code, e.g. "
                    "393401234567."));
        return false;
    }
    if (text.isEmpty())
        return false;
    if (!m_client) {
        setError(tr("No sandbox server to write to."));
        return false;
    }
    setError(QString());
    m_text->clear();
    m_client->send(number, customerName(), text);
    return true;
}

void SandboxCustomerWindow::markRead()
{
    const QString number = customerNumber();
    if (m_client && !number.isEmpty())
        m_client->markRead(number);
}

void SandboxCustomerWindow::refresh()
{
    const QString number = customerNumber();
    if (m_client && !number.isEmpty())
        m_client->fetch(number);
}

int SandboxCustomerWindow::messageCount() const
{
    return m_model->rowCount();
}

ThreadEntry SandboxCustomerWindow::messageAt(int row) const
{
    return m_model->index(row, 0).data(kEntryRole).value<ThreadEntry>();
}

QString SandboxCustomerWindow::error() const
{
    return !m_error->isHidden() ? m_error->text() : QString();
}

QList<ThreadEntry> SandboxCustomerWindow::entriesFromJson(const QJsonArray &messages)
{
    QList<ThreadEntry> entries;
    for (const QJsonValue &value : messages) {
        const QJsonObject item = value.toObject();
        ThreadEntry entry;
        entry.id = item.value(QLatin1StringView("wamid")).toString();
        if (item.value(QLatin1StringView("direction")).toString() == u"sent") {
            // The customer's own message: on their phone, blue ticks once the business read it.
            entry.kind = ThreadEntryKind::Inbound;
            entry.text =
                customerText(item.value(QLatin1StringView("message")).toObject(), &entry.type);
            entry.at =
                static_cast<qint64>(item.value(QLatin1StringView("timestamp")).toDouble()) * 1000;
            const int webhook = item.value(QLatin1StringView("webhook_status")).toInt(-1);
            if (item.value(QLatin1StringView("read_by_business")).toBool())
                entry.status = DeliveryStatus::Read;
            else if (webhook == 200)
                entry.status = DeliveryStatus::Delivered;
            else if (webhook < 0)
                entry.status = DeliveryStatus::Sending;
            else
                entry.status = DeliveryStatus::Failed;
        } else {
            entry.kind = ThreadEntryKind::Outbound;
            entry.text =
                requestText(item.value(QLatin1StringView("request")).toObject(), &entry.type);
            entry.at =
                static_cast<qint64>(item.value(QLatin1StringView("accepted_at")).toDouble()) * 1000;
            entry.status =
                deliveryStatusFromString(item.value(QLatin1StringView("status")).toString())
                    .value_or(DeliveryStatus::Accepted);
            entry.errorCode = item.value(QLatin1StringView("failure_code")).toInt();
        }
        if (entry.type.isEmpty())
            entry.type = QStringLiteral("text");
        entries.append(entry);
    }
    // The client already orders them; a stable sort keeps that order within one second.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const ThreadEntry &a, const ThreadEntry &b) { return a.at < b.at; });
    return entries;
}

QString SandboxCustomerWindow::normaliseNumber(const QString &typed)
{
    QString digits = typed;
    static const QRegularExpression separators(QStringLiteral("[\\s+\\-().]"));
    digits.remove(separators);
    static const QRegularExpression valid(QStringLiteral("^[0-9]{6,15}$"));
    return valid.match(digits).hasMatch() ? digits : QString();
}

void SandboxCustomerWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_poll->start();
    refresh();
}

void SandboxCustomerWindow::hideEvent(QHideEvent *event)
{
    m_poll->stop();
    QWidget::hideEvent(event);
}

void SandboxCustomerWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SandboxCustomerWindow::retranslateUi()
{
    setWindowTitle(tr("Sandbox customer"));
    m_intro->setText(tr("Write as a WhatsApp customer of the sandbox business. Your messages "
                        "reach the server like real ones; replies from the agents appear here."));
    m_numberLabel->setText(tr("&Number:"));
    m_nameLabel->setText(tr("N&ame:"));
    m_text->setPlaceholderText(tr("Message as the customer"));
    m_send->setText(tr("&Send"));
    m_read->setText(tr("Mark as &read"));
    m_read->setToolTip(tr("The customer reads the messages: the agents see blue ticks"));
    m_thread->setEmptyText(tr("No messages with this number yet."));
}

void SandboxCustomerWindow::setEntries(const QList<ThreadEntry> &entries)
{
    // Same conversation, more or changed messages: update rows in place so the view keeps
    // its scroll position; a different history altogether resets.
    bool samePrefix = m_model->rowCount() <= entries.size();
    for (int row = 0; samePrefix && row < m_model->rowCount(); ++row)
        samePrefix = messageAt(row).id == entries.at(row).id;
    if (!samePrefix)
        m_model->clear();
    for (int row = 0; row < entries.size(); ++row) {
        const QVariant value = QVariant::fromValue(entries.at(row));
        if (row < m_model->rowCount()) {
            const ThreadEntry old = messageAt(row);
            if (old.status != entries.at(row).status || old.text != entries.at(row).text)
                m_model->setData(m_model->index(row, 0), value, kEntryRole);
        } else {
            auto *item = new QStandardItem;
            item->setEditable(false);
            item->setData(value, kEntryRole);
            m_model->appendRow(item);
        }
    }
}

void SandboxCustomerWindow::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void SandboxCustomerWindow::numberChanged()
{
    const QString number = customerNumber();
    m_send->setEnabled(!number.isEmpty());
    m_read->setEnabled(!number.isEmpty());
    if (number == m_shownNumber)
        return;
    m_shownNumber = number;
    m_model->clear();
    if (!number.isEmpty())
        refresh();
}

} // namespace sportello::console::views

// SPDX-License-Identifier: LicenseRef-Sportello
// The strip above the thread: customer, who has the conversation, 24h window, who else is here.
#include "views/conversationheader.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>

#include "views/displaytext.h"
#include "views/viewstyle.h"

namespace sportello::console::views {

namespace {
constexpr qint64 kWindowWarnMs = 2 * 60 * 60 * 1000;
} // namespace

ConversationHeader::ConversationHeader(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_owner(new QLabel(this))
    , m_window(new QLabel(this))
    , m_presence(new QLabel(this))
{
    setObjectName(QStringLiteral("conversationHeader"));
    m_title->setObjectName(QStringLiteral("headerTitle"));
    m_owner->setObjectName(QStringLiteral("headerOwner"));
    m_window->setObjectName(QStringLiteral("headerWindow"));
    m_presence->setObjectName(QStringLiteral("headerPresence"));
    for (QLabel *label : {m_title, m_owner, m_window, m_presence})
        label->setTextFormat(Qt::PlainText);
    ViewStyle::makeTitle(m_title, 1.25);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ViewStyle::makeMutedLabel(m_owner);
    ViewStyle::makeMutedLabel(m_presence);
    m_window->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_presence->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(14, 8, 14, 8);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_title, 0, 0);
    layout->addWidget(m_window, 0, 1);
    layout->addWidget(m_owner, 1, 0);
    layout->addWidget(m_presence, 1, 1);
    layout->setColumnStretch(0, 1);
    refresh();
}

void ConversationHeader::setConversation(
    const std::optional<protocol::ConversationSummary> &summary)
{
    if (!summary || !m_summary || summary->id != m_summary->id) {
        m_viewers.clear();
        m_typers.clear();
    }
    m_summary = summary;
    refresh();
}

void ConversationHeader::setPresence(const QStringList &viewers, const QStringList &typers)
{
    m_viewers = viewers;
    m_typers = typers;
    refresh();
}

void ConversationHeader::refreshClock()
{
    refresh();
}

QString ConversationHeader::titleText() const
{
    return m_title->text();
}

QString ConversationHeader::ownerText() const
{
    return m_owner->text();
}

QString ConversationHeader::windowText() const
{
    return m_window->text();
}

QString ConversationHeader::presenceText() const
{
    return m_presence->text();
}

void ConversationHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void ConversationHeader::refresh()
{
    if (!m_summary) {
        m_title->clear();
        m_owner->clear();
        m_window->clear();
        m_presence->clear();
        return;
    }
    const protocol::ConversationSummary &summary = *m_summary;
    QString title = DisplayText::customerTitle(summary);
    if (!summary.customerName.trimmed().isEmpty())
        title += QStringLiteral("  ") + DisplayText::customerNumber(summary);
    m_title->setText(title);

    QString owner;
    switch (summary.owner) {
    case ConversationOwner::Bot:
        owner = tr("The assistant is handling this conversation");
        break;
    case ConversationOwner::PendingHuman:
        owner = summary.escalationReason.isEmpty()
                    ? tr("Escalated: waiting for an agent")
                    //: %1 is why the assistant handed the conversation over.
                    : tr("Escalated: %1 — waiting for an agent").arg(summary.escalationReason);
        break;
    case ConversationOwner::Human:
        owner = summary.assignedAgent.isEmpty()
                    ? tr("Handled by an agent; the assistant stays silent")
                    //: %1 is the agent's user name.
                    : tr("Handled by %1; the assistant stays silent").arg(summary.assignedAgent);
        break;
    case ConversationOwner::Closed:
        owner = tr("Closed");
        break;
    }
    m_owner->setText(owner);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 remaining = summary.windowExpiresAt - now;
    m_window->setText(DisplayText::windowCountdown(summary.windowExpiresAt, now));
    m_window->setToolTip(tr("WhatsApp accepts free-form replies for 24 hours after the customer's "
                            "last message; after that only approved templates."));
    QPalette windowPalette = palette();
    QColor colour = palette().color(QPalette::WindowText);
    if (remaining <= 0)
        colour = ViewStyle::errorColor(palette());
    else if (remaining < kWindowWarnMs)
        colour = ViewStyle::warningColor(palette());
    windowPalette.setColor(QPalette::WindowText, colour);
    m_window->setPalette(windowPalette);

    QStringList presence;
    if (!m_typers.isEmpty())
        //: %1 lists user names.
        presence << tr("%1 typing…", nullptr, static_cast<int>(m_typers.size()))
                        .arg(m_typers.join(QStringLiteral(", ")));
    QStringList viewing;
    for (const QString &viewer : std::as_const(m_viewers)) {
        if (!m_typers.contains(viewer))
            viewing << viewer;
    }
    if (!viewing.isEmpty())
        presence << tr("%1 viewing", nullptr, static_cast<int>(viewing.size()))
                        .arg(viewing.join(QStringLiteral(", ")));
    m_presence->setText(presence.join(QStringLiteral(" · ")));
}

} // namespace sportello::console::views

// SPDX-License-Identifier: LicenseRef-Sportello
// Helpers for the console's widget tests: the application, a populated store, widget lookups.
#include "viewtestsupport.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QSet>

#include "clienttestsupport.h"
#include "models/consolestore.h"
#include "models/presencemodel.h"
#include "models/queuefiltermodel.h"

namespace sportello::console::test {

using protocol::ConversationSummary;
using protocol::ThreadEntry;
using protocol::ThreadEntryKind;

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

ConversationSummary conversation(qint64 id, const QString &name, const QString &waId,
                                 const QString &language, qint64 at, const QString &last)
{
    ConversationSummary value;
    value.id = id;
    value.phoneNumberId = QStringLiteral("100000000000001");
    value.businessName = QStringLiteral("Studio Dentistico Sorriso");
    value.customerName = name;
    value.waId = waId;
    value.language = language;
    value.lastMessageText = last;
    value.lastMessageDirection = QStringLiteral("in");
    value.lastMessageAt = at;
    value.windowExpiresAt = at + kDay;
    value.createdAt = at - 30 * kDay;
    value.updatedAt = at;
    return value;
}

ThreadEntry message(const QString &id, ThreadEntryKind kind, qint64 at, const QString &text,
                    const QString &author, DeliveryStatus status = DeliveryStatus::Read)
{
    ThreadEntry value;
    value.id = id;
    value.kind = kind;
    value.type = QStringLiteral("text");
    value.text = text;
    value.at = at;
    value.author = author;
    value.status = status;
    return value;
}

qint64 yesterdayAt(int hour, int minute)
{
    return QDateTime(QDate::currentDate().addDays(-1), QTime(hour, minute)).toMSecsSinceEpoch();
}
} // namespace

void ensureViewsApplication()
{
    ensureGuiApplication();
}

void processEvents()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

void keyClick(QWidget *target, int key, Qt::KeyboardModifiers modifiers)
{
    QString text;
    if (key == Qt::Key_Return || key == Qt::Key_Enter)
        text = QStringLiteral("\r");
    else if (key >= Qt::Key_Space && key <= Qt::Key_AsciiTilde &&
             !(modifiers & Qt::ControlModifier))
        text = QChar(key).toLower();
    QKeyEvent press(QEvent::KeyPress, key, modifiers, text);
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, modifiers, text);
    QApplication::sendEvent(target, &release);
}

void mouseClick(QWidget *target, const QPoint &pos)
{
    const QPointF local(pos);
    const QPointF global = target->mapToGlobal(local);
    QMouseEvent press(QEvent::MouseButtonPress, local, global, Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QApplication::sendEvent(target, &press);
    QMouseEvent release(QEvent::MouseButtonRelease, local, global, Qt::LeftButton, Qt::NoButton,
                        Qt::NoModifier);
    QApplication::sendEvent(target, &release);
}

QList<ThreadEntry> everyKindOfEntry(qint64 now)
{
    const QString customer = QStringLiteral("customer");
    const QString bot = QStringLiteral("bot");
    const QString giulia = QStringLiteral("agent:giulia");
    QList<ThreadEntry> entries;
    entries << message(QStringLiteral("in:1"), ThreadEntryKind::Inbound, yesterdayAt(18, 40),
                       QStringLiteral("Buonasera, avete posto per una pulizia dei denti questa "
                                      "settimana?"),
                       customer);
    entries << message(QStringLiteral("out:1"), ThreadEntryKind::Outbound, yesterdayAt(18, 41),
                       QStringLiteral("Buonasera! Sì: giovedì alle 10:00 oppure venerdì alle "
                                      "16:30. Quale preferisce?"),
                       bot, DeliveryStatus::Read);
    entries << message(QStringLiteral("in:2"), ThreadEntryKind::Inbound, yesterdayAt(18, 45),
                       QStringLiteral("Giovedì alle 10 va benissimo 👍"), customer);
    entries << message(QStringLiteral("out:2"), ThreadEntryKind::Outbound, yesterdayAt(18, 46),
                       QStringLiteral("Perfetto, l'ho segnata per giovedì alle 10:00. A presto!"),
                       bot, DeliveryStatus::Read);

    ThreadEntry photo = message(QStringLiteral("in:3"), ThreadEntryKind::Inbound,
                                now - 58 * kMinute, QString(), customer);
    photo.type = QStringLiteral("image");
    photo.caption = QStringLiteral("La radiografia dell'anno scorso");
    photo.mimeType = QStringLiteral("image/jpeg");
    entries << photo;
    ThreadEntry voice = message(QStringLiteral("in:4"), ThreadEntryKind::Inbound,
                                now - 57 * kMinute, QString(), customer);
    voice.type = QStringLiteral("audio");
    entries << voice;
    entries << message(QStringLiteral("in:5"), ThreadEntryKind::Inbound, now - 55 * kMinute,
                       QStringLiteral("Quanto costa uno sbiancamento? E si può fare nella stessa "
                                      "seduta della pulizia?"),
                       customer);
    entries << message(QStringLiteral("ev:1"), ThreadEntryKind::System, now - 54 * kMinute,
                       QStringLiteral("Escalated to the agents: asks for a price"),
                       QStringLiteral("system"));
    entries << message(QStringLiteral("ev:2"), ThreadEntryKind::Note, now - 50 * kMinute,
                       QStringLiteral("Cliente abituale: applicare lo sconto fedeltà del 10%."),
                       QStringLiteral("agent:marco"));
    entries << message(QStringLiteral("out:3"), ThreadEntryKind::Outbound, now - 48 * kMinute,
                       QStringLiteral("Buongiorno Ada, le preparo subito il preventivo."), giulia,
                       DeliveryStatus::Delivered);
    ThreadEntry failed = message(
        QStringLiteral("out:4"), ThreadEntryKind::Outbound, now - 47 * kMinute,
        QStringLiteral("Le invio intanto il listino aggiornato."), giulia, DeliveryStatus::Failed);
    failed.errorCode = 131026;
    failed.errorTitle = QStringLiteral("Message undeliverable");
    entries << failed;
    ThreadEntry unsupported = message(QStringLiteral("in:6"), ThreadEntryKind::Inbound,
                                      now - 40 * kMinute, QString(), customer);
    unsupported.type = QStringLiteral("unsupported");
    unsupported.errorTitle = QStringLiteral("Message type unknown");
    entries << unsupported;
    entries << message(QStringLiteral("out:5"), ThreadEntryKind::Outbound, now - 39 * kMinute,
                       QStringLiteral("Grazie! Un collega le risponde a breve."), bot,
                       DeliveryStatus::Sent);
    entries << message(QStringLiteral("out:6"), ThreadEntryKind::Outbound, now - 2 * kMinute,
                       QStringLiteral("Un attimo, controllo la disponibilità di giovedì."), giulia,
                       DeliveryStatus::Queued);
    return entries;
}

SampleInbox sampleInbox(qint64 now)
{
    SampleInbox inbox;
    inbox.now = now;

    ConversationSummary ada = conversation(
        1, QStringLiteral("Ada Rossi"), QStringLiteral("393401234567"), QStringLiteral("it"),
        now - 2 * kMinute, QStringLiteral("Un attimo, controllo la disponibilità di giovedì."));
    ada.owner = ConversationOwner::PendingHuman;
    ada.escalationReason = QStringLiteral("asks for a price");
    ada.labels = {QStringLiteral("prima visita"), QStringLiteral("preventivo"),
                  QStringLiteral("sbiancamento")};
    ada.lastMessageDirection = QStringLiteral("out");
    ada.unread = 2;
    ada.pendingDraft = true;
    ada.windowExpiresAt = now + 3 * kHour + 12 * kMinute + 30 * 1000;
    ada.createdAt = now - 400 * kDay;
    inbox.open = ada;

    QList<ConversationSummary> list{ada};
    auto marco = conversation(2, QStringLiteral("Marco Bianchi"), QStringLiteral("393478812345"),
                              QStringLiteral("it"), now - 12 * kMinute,
                              QStringLiteral("Il dente mi fa ancora male dopo l'otturazione"));
    marco.owner = ConversationOwner::PendingHuman;
    marco.escalationReason = QStringLiteral("complaint");
    marco.unread = 1;
    list << marco;
    auto lucia = conversation(3, QStringLiteral("Lucía García"), QStringLiteral("34612345678"),
                              QStringLiteral("es"), now - 40 * kMinute,
                              QStringLiteral("Perfecto, nos vemos el lunes"));
    lucia.owner = ConversationOwner::Human;
    lucia.assignedAgent = QStringLiteral("giulia");
    lucia.lastMessageDirection = QStringLiteral("out");
    list << lucia;
    auto unknown =
        conversation(4, QString(), QStringLiteral("447700900123"), QStringLiteral("en"),
                     now - 70 * kMinute, QStringLiteral("Hello, do you open on Saturdays?"));
    unknown.owner = ConversationOwner::Bot;
    unknown.pendingDraft = true;
    unknown.unread = 1;
    list << unknown;
    auto sophie = conversation(5, QStringLiteral("Sophie Martin"), QStringLiteral("33612345678"),
                               QStringLiteral("fr"), now - 2 * kHour,
                               QStringLiteral("Merci beaucoup, à jeudi !"));
    sophie.owner = ConversationOwner::Human;
    sophie.assignedAgent = QStringLiteral("marco");
    list << sophie;
    auto giuseppe = conversation(
        6, QStringLiteral("Giuseppe Verdi"), QStringLiteral("393331112223"), QStringLiteral("it"),
        now - 3 * kHour, QStringLiteral("Vorrei parlare con una persona, per favore"));
    giuseppe.owner = ConversationOwner::PendingHuman;
    giuseppe.escalationReason = QStringLiteral("asks for a person");
    giuseppe.unread = 3;
    giuseppe.windowExpiresAt = now + 40 * kMinute;
    list << giuseppe;
    auto anna = conversation(7, QStringLiteral("Anna Schmidt"), QStringLiteral("4915112345678"),
                             QStringLiteral("de"), now - 20 * kHour,
                             QStringLiteral("Danke, bis Donnerstag!"));
    anna.owner = ConversationOwner::Bot;
    list << anna;
    auto chiara = conversation(8, QStringLiteral("Chiara Ferri"), QStringLiteral("393385556667"),
                               QStringLiteral("it"), now - 2 * kDay,
                               QStringLiteral("Le faccio sapere per la prossima settimana"));
    chiara.owner = ConversationOwner::Human;
    chiara.assignedAgent = QStringLiteral("giulia");
    chiara.windowExpiresAt = 0;
    list << chiara;
    auto paolo = conversation(9, QStringLiteral("Paolo Conti"), QStringLiteral("393209998887"),
                              QStringLiteral("it"), now - 3 * kDay,
                              QStringLiteral("Grazie mille, tutto chiaro"));
    paolo.owner = ConversationOwner::Closed;
    paolo.windowExpiresAt = 0;
    list << paolo;
    auto tom = conversation(10, QStringLiteral("Tom Baker"), QStringLiteral("447911123456"),
                            QStringLiteral("en"), now - 4 * kDay,
                            QStringLiteral("Is parking available near the clinic?"));
    tom.owner = ConversationOwner::Bot;
    tom.windowExpiresAt = 0;
    list << tom;
    inbox.conversations = list;

    inbox.thread = everyKindOfEntry(now);

    protocol::DraftInfo draft;
    draft.id = 501;
    draft.conversationId = 1;
    draft.text = QStringLiteral(
        "Buongiorno Ada! Lo sbiancamento professionale costa 250 € e si può fare nella stessa "
        "seduta, subito dopo la pulizia. Vuole che lo aggiunga all'appuntamento di giovedì?");
    draft.intent = QStringLiteral("price_question");
    draft.confidence = 0.78;
    draft.sources = {
        {QStringLiteral("Listino prezzi 2025"),
         QStringLiteral("Sbiancamento professionale LED: 250 € a seduta."), 0.91},
        {QStringLiteral("FAQ trattamenti"),
         QStringLiteral("Pulizia e sbiancamento si possono fare nella stessa seduta."), 0.74},
    };
    draft.state = QStringLiteral("pending");
    draft.createdAt = now - 36 * kMinute;
    inbox.draft = draft;
    return inbox;
}

void fillStore(models::ConsoleStore &store, const SampleInbox &inbox)
{
    const QString me = QStringLiteral("giulia");
    store.setCurrentUser(me, AgentRole::Manager);
    protocol::QueueCounts counts;
    for (const ConversationSummary &summary : inbox.conversations) {
        using models::QueueFilterModel;
        counts.needsReview += QueueFilterModel::belongsTo(summary, InboxQueue::NeedsReview, me);
        counts.escalated += QueueFilterModel::belongsTo(summary, InboxQueue::Escalated, me);
        counts.mine += QueueFilterModel::belongsTo(summary, InboxQueue::Mine, me);
        counts.open += QueueFilterModel::belongsTo(summary, InboxQueue::Open, me);
        counts.closed += QueueFilterModel::belongsTo(summary, InboxQueue::Closed, me);
    }
    store.applySnapshot(inbox.conversations, counts);
    store.applyOpenedConversation(inbox.open, inbox.thread, {inbox.draft});
    store.presence()->setPresence({{QStringLiteral("giulia"), true, inbox.open.id, false},
                                   {QStringLiteral("marco"), true, inbox.open.id, false},
                                   {QStringLiteral("sara"), true, 0, false}});
}

int distinctColours(const QImage &image, int step)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += step) {
        for (int x = 0; x < image.width(); x += step)
            colours.insert(image.pixel(x, y));
    }
    return static_cast<int>(colours.size());
}

} // namespace sportello::console::test

// SPDX-License-Identifier: LicenseRef-Sportello
// Console memory and update cost with 10,000 conversations, against a QStandardItemModel peer.
//
// Usage: sportello-console-membench [--conversations 10000] [--updates 2000] [--peer]
// Without --peer: the real console (ConsoleStore, its models and the MainWindow) is filled with
// a snapshot of N conversations and a 200-entry open thread, shown (offscreen unless a platform
// is set), scrolled through, then sent `updates` conversation.updated events.
// With --peer: the same N rows as QStandardItems (one item per conversation, the same strings as
// roles) in a plain sorted QListView, and the same number of updates through setData.
// Run each mode in its own process (run-console-bench.sh does) so RSS figures do not mix.
// Prints a summary and a last line of JSON.

#include <cstdio>
#include <cstdlib>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QStandardItemModel>
#include <QStringList>

#include "models/consolestore.h"
#include "net/consoleactions.h"
#include "net/hubclient.h"
#include "protocol/messagecodec.h"
#include "protocol/payloadcodec.h"
#include "views/mainwindow.h"

using namespace sportello;
using namespace sportello::console;

namespace {

qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const auto lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

void settle()
{
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents();
}

protocol::ConversationSummary conversation(int i, qint64 now)
{
    static const QStringList names{QStringLiteral("Giulia Bianchi"), QStringLiteral("Marco Rossi"),
                                   QStringLiteral("Ana García"), QStringLiteral("Élodie Martin"),
                                   QStringLiteral("Jonas Müller"), QString()};
    static const QStringList texts{
        QStringLiteral("Buongiorno, vorrei prenotare una visita per giovedì mattina"),
        QStringLiteral("Can I move my appointment to next week? Thanks"),
        QStringLiteral("¿Cuánto cuesta una limpieza dental?"),
        QStringLiteral("Bonjour, à quelle heure ouvrez-vous samedi ?"),
        QStringLiteral("Ich habe die Rechnung noch nicht bekommen")};
    protocol::ConversationSummary s;
    s.id = i + 1;
    s.phoneNumberId = QStringLiteral("100000000000001");
    s.businessName = QStringLiteral("Studio Dentistico Sorriso");
    s.customerName = names.at(i % names.size());
    s.waId = QString::number(393400000000LL + i);
    s.language = QStringLiteral("it");
    s.labels = i % 7 == 0 ? QStringList{QStringLiteral("vip"), QStringLiteral("invoice")}
                          : QStringList{};
    s.owner = i % 3 == 0 ? ConversationOwner::PendingHuman
              : i % 3 == 1 ? ConversationOwner::Human
                           : ConversationOwner::Bot;
    s.assignedAgent = i % 3 == 1 ? QStringLiteral("demo") : QString();
    s.escalationReason = i % 3 == 0 ? QStringLiteral("no_automation") : QString();
    s.lastMessageText = texts.at(i % texts.size());
    s.lastMessageDirection = QStringLiteral("in");
    s.lastMessageAt = now - qint64(i) * 60000;
    s.unread = i % 4;
    s.windowExpiresAt = s.lastMessageAt + 24 * 3600 * 1000LL;
    s.createdAt = s.lastMessageAt - 3600000;
    s.updatedAt = s.lastMessageAt;
    return s;
}

int runConsole(int count, int updates)
{
    models::ConsoleStore store;
    net::HubClient client;
    net::ConsoleActions actions(&client, &store);
    store.setCurrentUser(QStringLiteral("demo"), AgentRole::Admin);
    views::MainWindow window(&store, &actions, &client);
    window.resize(1400, 900);
    window.show();
    settle();
    const qint64 before = rssKiB();

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<protocol::ConversationSummary> all;
    all.reserve(count);
    for (int i = 0; i < count; ++i)
        all.append(conversation(i, now));
    protocol::QueueCounts counts;
    counts.open = count;
    QElapsedTimer timer;
    timer.start();
    store.applySnapshot(all, counts);
    QList<protocol::ThreadEntry> entries;
    for (int i = 0; i < 200; ++i) {
        protocol::ThreadEntry e;
        e.id = QStringLiteral("in:%1").arg(i);
        e.kind = i % 2 ? protocol::ThreadEntryKind::Outbound : protocol::ThreadEntryKind::Inbound;
        e.type = QStringLiteral("text");
        e.text = all.at(i % all.size()).lastMessageText;
        e.at = now - (200 - i) * 60000LL;
        e.status = DeliveryStatus::Read;
        e.author = i % 2 ? QStringLiteral("agent:demo") : QStringLiteral("customer");
        entries.append(e);
    }
    store.applyOpenedConversation(all.first(), entries, {});
    settle();
    const double snapshotMs = double(timer.nsecsElapsed()) / 1e6;
    const qint64 filled = rssKiB();

    timer.restart();
    for (int u = 0; u < updates; ++u) {
        protocol::ConversationSummary s = all.at((u * 7919) % count);
        s.updatedAt = now + u + 1;
        s.lastMessageAt = s.updatedAt;
        s.lastMessageText = QStringLiteral("update %1").arg(u);
        store.applyEvent(protocol::MessageCodec::event(QStringLiteral("conversation.updated"), u + 1,
                                                       QStringLiteral("bench"),
                                                       protocol::PayloadCodec::toJson(s)));
        if (u % 50 == 0)
            QCoreApplication::processEvents();
    }
    settle();
    const double updateUs = double(timer.nsecsElapsed()) / 1e3 / updates;
    const qint64 after = rssKiB();
    std::printf("console: rss empty window %lld KiB, with %d conversations %lld KiB (+%lld), "
                "after %d updates %lld KiB; snapshot applied and shown in %.1f ms; %.1f us per "
                "update\n",
                before, count, filled, filled - before, updates, after, snapshotMs, updateUs);
    std::printf("{\"mode\":\"console\",\"conversations\":%d,\"rss_empty_kib\":%lld,"
                "\"rss_filled_kib\":%lld,\"rss_after_updates_kib\":%lld,\"snapshot_ms\":%.1f,"
                "\"update_us\":%.1f}\n",
                count, before, filled, after, snapshotMs, updateUs);
    return 0;
}

int runPeer(int count, int updates)
{
    QStandardItemModel model;
    QListView view;
    view.setModel(&model);
    view.resize(1400, 900);
    view.show();
    settle();
    const qint64 before = rssKiB();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer timer;
    timer.start();
    QList<protocol::ConversationSummary> all;
    for (int i = 0; i < count; ++i) {
        const auto s = conversation(i, now);
        all.append(s);
        auto *item = new QStandardItem(s.customerName.isEmpty() ? s.waId : s.customerName);
        item->setData(s.id, Qt::UserRole + 1);
        item->setData(s.lastMessageText, Qt::UserRole + 2);
        item->setData(s.labels, Qt::UserRole + 3);
        item->setData(s.assignedAgent, Qt::UserRole + 4);
        item->setData(s.updatedAt, Qt::UserRole + 5);
        item->setData(s.unread, Qt::UserRole + 6);
        item->setData(s.waId, Qt::UserRole + 7);
        model.appendRow(item);
    }
    model.setSortRole(Qt::UserRole + 5);
    model.sort(0, Qt::DescendingOrder);
    settle();
    const double snapshotMs = double(timer.nsecsElapsed()) / 1e6;
    const qint64 filled = rssKiB();
    timer.restart();
    for (int u = 0; u < updates; ++u) {
        // Find by id, update, keep sorted: what a list needs to do per event.
        const qint64 id = all.at((u * 7919) % count).id;
        const auto found = model.match(model.index(0, 0), Qt::UserRole + 1, id, 1,
                                       Qt::MatchExactly);
        if (found.isEmpty())
            continue;
        QStandardItem *item = model.itemFromIndex(found.first());
        item->setData(QStringLiteral("update %1").arg(u), Qt::UserRole + 2);
        item->setData(now + u + 1, Qt::UserRole + 5);
        model.sort(0, Qt::DescendingOrder);
        if (u % 50 == 0)
            QCoreApplication::processEvents();
    }
    settle();
    const double updateUs = double(timer.nsecsElapsed()) / 1e3 / updates;
    const qint64 after = rssKiB();
    std::printf("peer (QStandardItemModel + QListView): rss empty %lld KiB, with %d rows %lld KiB "
                "(+%lld), after %d updates %lld KiB; filled in %.1f ms; %.1f us per update\n",
                before, count, filled, filled - before, updates, after, snapshotMs, updateUs);
    std::printf("{\"mode\":\"peer\",\"conversations\":%d,\"rss_empty_kib\":%lld,"
                "\"rss_filled_kib\":%lld,\"rss_after_updates_kib\":%lld,\"snapshot_ms\":%.1f,"
                "\"update_us\":%.1f}\n",
                count, before, filled, after, snapshotMs, updateUs);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int count = 10000;
    int updates = 2000;
    bool peer = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--peer")
            peer = true;
        else if (args.at(i) == u"--conversations" && i + 1 < args.size())
            count = args.at(++i).toInt();
        else if (args.at(i) == u"--updates" && i + 1 < args.size())
            updates = args.at(++i).toInt();
        else {
            std::fprintf(stderr, "usage: sportello-console-membench [--conversations N] "
                                 "[--updates N] [--peer]\n");
            return 2;
        }
    }
    if (count <= 0 || updates <= 0)
        return 2;
    return peer ? runPeer(count, updates) : runConsole(count, updates);
}

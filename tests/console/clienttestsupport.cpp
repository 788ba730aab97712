// SPDX-License-Identifier: LicenseRef-Sportello
// Helpers for the console's model, store and hub client tests: the GUI application, sample data.
#include "clienttestsupport.h"

#include <algorithm>

#include <QApplication>
#include <QFile>

#include <unistd.h>

#include "protocol/messagecodec.h"

namespace sportello::console::test {

void ensureGuiApplication()
{
    if (QCoreApplication::instance())
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "test_console";
    static char *argv[] = {name, nullptr};
    // Never destroyed: tearing a GUI application down during static destruction is unsafe.
    static QApplication *app = new QApplication(argc, argv);
    Q_UNUSED(app);
}

protocol::ConversationSummary summary(qint64 id, qint64 updatedAt, const QString &customerName)
{
    protocol::ConversationSummary value;
    value.id = id;
    value.phoneNumberId = QStringLiteral("100000000000001");
    value.businessName = QStringLiteral("Studio Dentistico Sorriso");
    value.customerName = customerName;
    value.waId = QStringLiteral("39340%1").arg(id, 7, 10, QLatin1Char('0'));
    value.language = QStringLiteral("it");
    value.owner = ConversationOwner::PendingHuman;
    value.lastMessageText = QStringLiteral("Buongiorno, vorrei prenotare una pulizia dei denti");
    value.lastMessageDirection = QStringLiteral("in");
    value.lastMessageAt = updatedAt;
    value.unread = 1;
    value.windowExpiresAt = updatedAt + 24 * 3600 * 1000;
    value.createdAt = std::max<qint64>(0, updatedAt - 60000);
    value.updatedAt = updatedAt;
    return value;
}

protocol::ThreadEntry entry(const QString &id, protocol::ThreadEntryKind kind, qint64 at,
                            const QString &text)
{
    protocol::ThreadEntry value;
    value.id = id;
    value.kind = kind;
    value.type = QStringLiteral("text");
    value.text = text;
    value.at = at;
    value.author = kind == protocol::ThreadEntryKind::Inbound ? QStringLiteral("customer")
                                                              : QStringLiteral("agent:giulia");
    return value;
}

protocol::Envelope event(const QString &type, const QJsonObject &data, qint64 seq)
{
    return protocol::MessageCodec::event(type, seq, QStringLiteral("e1"), data);
}

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() < 2)
        return 0;
    return fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE);
}

} // namespace sportello::console::test

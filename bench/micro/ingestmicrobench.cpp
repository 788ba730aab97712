// SPDX-License-Identifier: LicenseRef-Sportello
// Google Benchmark: the ingestion hot path's building blocks, each beside the peer it replaced.
//
// Each pair runs on the same input in the same process: the webhook body is the reference
// stack's gen.js message (a 600-byte text notification).
//   build/bin/sportello-microbench --benchmark_repetitions=3 --benchmark_report_aggregates_only

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include "ingest/webhooksignature.h"
#include "storage/database.h"
#include "storage/inboundrepository.h"
#include "storage/sqlconnection.h"
#include "storage/transaction.h"
#include "whatsapp/webhookparser.h"

namespace {

QByteArray notification(int i)
{
    return QByteArrayLiteral(
               R"({"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},"contacts":[{"profile":{"name":"Cliente 7"},"wa_id":"393400000007"}],"messages":[{"from":"393400000007","id":"wamid.bench)") +
           QByteArray::number(i).rightJustified(12, '0') +
           QByteArrayLiteral(
               R"(","timestamp":"1763700007","type":"text","text":{"body":"Buongiorno, vorrei prenotare una visita per giovedì"}}]}}]}]})");
}

void ParseSportello(benchmark::State &state)
{
    const QByteArray body = notification(1);
    sportello::whatsapp::WebhookParser parser;
    for (auto _ : state) {
        auto result = parser.parse(body);
        benchmark::DoNotOptimize(result);
    }
}
BENCHMARK(ParseSportello);

void ParsePeerNlohmann(benchmark::State &state)
{
    const QByteArray body = notification(1);
    for (auto _ : state) {
        auto json = nlohmann::json::parse(body.constData(), body.constData() + body.size());
        benchmark::DoNotOptimize(json);
    }
}
BENCHMARK(ParsePeerNlohmann);

void ParsePeerQJsonDocument(benchmark::State &state)
{
    const QByteArray body = notification(1);
    for (auto _ : state) {
        auto json = QJsonDocument::fromJson(body);
        benchmark::DoNotOptimize(json);
    }
}
BENCHMARK(ParsePeerQJsonDocument);

void SignatureSportello(benchmark::State &state)
{
    const QByteArray body = notification(1);
    const sportello::ingest::WebhookSignature signature(QByteArrayLiteral("bench-secret"));
    const QByteArray header = signature.sign(body);
    for (auto _ : state) {
        auto verdict = signature.verify(body, header);
        benchmark::DoNotOptimize(verdict);
    }
}
BENCHMARK(SignatureSportello);

void SignaturePeerQt(benchmark::State &state)
{
    const QByteArray body = notification(1);
    for (auto _ : state) {
        auto mac = QMessageAuthenticationCode::hash(body, QByteArrayLiteral("bench-secret"),
                                                    QCryptographicHash::Sha256);
        benchmark::DoNotOptimize(mac);
    }
}
BENCHMARK(SignaturePeerQt);

// Rows per transaction, as a busy group commit would batch them.
constexpr int kBatch = 100;

void StoreSportello(benchmark::State &state)
{
    QTemporaryDir dir;
    sportello::storage::Database database({dir.filePath(QStringLiteral("bench.db"))});
    database.open();
    auto &connection = database.connection();
    sportello::whatsapp::WebhookParser parser;
    QList<sportello::whatsapp::InboundMessage> messages;
    for (int i = 0; i < 100000; ++i)
        messages.append(std::get<sportello::whatsapp::WebhookPayload>(parser.parse(notification(i)))
                            .messages.first());
    qsizetype next = 0;
    for (auto _ : state) {
        sportello::storage::Transaction tx(connection);
        sportello::storage::InboundRepository repository(connection);
        for (int i = 0; i < kBatch; ++i)
            repository.insert(messages[next++ % messages.size()], 1763700000000);
        tx.commit();
    }
    state.SetItemsProcessed(state.iterations() * kBatch);
}
BENCHMARK(StoreSportello)->Iterations(500);

void StorePeerQtSql(benchmark::State &state)
{
    QTemporaryDir dir;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peer"));
        db.setDatabaseName(dir.filePath(QStringLiteral("peer.db")));
        db.open();
        // Same schema (the migration's inbound table and indexes) and pragmas as Sportello's.
        sportello::storage::Database schema({dir.filePath(QStringLiteral("peer.db"))});
        schema.open();
        QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO inbound_messages (phone_number_id, wamid, sender_key, wa_id, user_id, "
            "profile_name, type, body_text, context_wamid, wa_timestamp, received_at, raw_json) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (wamid) DO NOTHING"));
        sportello::whatsapp::WebhookParser parser;
        QList<sportello::whatsapp::InboundMessage> messages;
        for (int i = 0; i < 100000; ++i)
            messages.append(
                std::get<sportello::whatsapp::WebhookPayload>(parser.parse(notification(i)))
                    .messages.first());
        qsizetype next = 0;
        for (auto _ : state) {
            db.transaction();
            for (int i = 0; i < kBatch; ++i) {
                const auto &m = messages[next++ % messages.size()];
                insert.bindValue(0, m.phoneNumberId);
                insert.bindValue(1, m.wamid);
                insert.bindValue(2, m.senderKey());
                insert.bindValue(3, m.fromWaId);
                insert.bindValue(4, QVariant());
                insert.bindValue(5, m.profileName);
                insert.bindValue(6, m.typeName);
                insert.bindValue(7, m.text);
                insert.bindValue(8, QVariant());
                insert.bindValue(9, m.timestamp);
                insert.bindValue(10, qint64(1763700000000));
                insert.bindValue(11, QString::fromUtf8(m.rawJson));
                insert.exec();
            }
            db.commit();
        }
        state.SetItemsProcessed(state.iterations() * kBatch);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peer"));
}
BENCHMARK(StorePeerQtSql)->Iterations(500);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

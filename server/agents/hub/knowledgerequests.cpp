// SPDX-License-Identifier: LicenseRef-Sportello
// The managers' knowledge base: documents, chunks, uploads, removal and trial searches.
#include "agents/hub/knowledgerequests.h"

#include <QJsonArray>

#include "agents/agentslog.h"
#include "agents/hub/guardedwork.h"
#include "agents/services/businessresolver.h"
#include "agents/services/serviceerror.h"
#include "config/serverconfig.h"
#include "knowledge/knowledgebase.h"
#include "protocol/payloadcodec.h"
#include "protocol/requestcodec.h"

namespace sportello::agents {

namespace {

using protocol::Envelope;
using protocol::PayloadCodec;
using protocol::RequestCodec;

knowledge::KnowledgeBase &knowledgeOf(const WorkContext &context)
{
    if (!context.knowledge) {
        throw ServiceError(
            {QStringLiteral("internal"), {}, QStringLiteral("this server has no knowledge base")});
    }
    return *context.knowledge;
}

// As for settings and intents: absent means the first configured business.
QString businessId(const WorkContext &context, const QString &phoneNumberId)
{
    return BusinessResolver::require(context.config, phoneNumberId);
}

ServiceError unknownDocument(const QString &phoneNumberId, qint64 id)
{
    return ServiceError::notFound(
        QStringLiteral("data.document_id"),
        QStringLiteral("business %1 has no document %2").arg(phoneNumberId).arg(id));
}

protocol::KnowledgeDocumentInfo documentInfo(const storage::KnowledgeDocument &document)
{
    return {document.id,       document.sourceName, document.type,      document.title,
            document.language, document.chunkCount, document.updatedAt, document.createdBy};
}

QString dateText(const std::optional<QDate> &date)
{
    return date && date->isValid() ? date->toString(Qt::ISODate) : QString();
}

protocol::KnowledgeChunkInfo chunkInfo(const storage::KnowledgeChunk &chunk)
{
    return {chunk.id,
            chunk.ordinal,
            chunk.section,
            chunk.question,
            chunk.text,
            chunk.language,
            dateText(chunk.validFrom),
            dateText(chunk.validUntil)};
}

QJsonArray documentsJson(const QList<storage::KnowledgeDocument> &documents)
{
    QJsonArray list;
    for (const auto &document : documents)
        list.append(PayloadCodec::toJson(documentInfo(document)));
    return list;
}

// knowledge.changed: the business's whole list, which is small (documents, not chunks).
HubEvent changedEvent(knowledge::KnowledgeBase &knowledge, const QString &phoneNumberId)
{
    return {QStringLiteral("knowledge.changed"),
            QJsonObject{
                {QStringLiteral("phone_number_id"), phoneNumberId},
                {QStringLiteral("documents"), documentsJson(knowledge.documents(phoneNumberId))}}};
}

std::optional<storage::KnowledgeDocument> findDocument(knowledge::KnowledgeBase &knowledge,
                                                       const QString &phoneNumberId, qint64 id)
{
    for (const auto &document : knowledge.documents(phoneNumberId)) {
        if (document.id == id)
            return document;
    }
    return std::nullopt;
}

} // namespace

WorkResult KnowledgeRequests::list(WorkContext &context, const Envelope &request)
{
    WorkResult result;
    const auto data = RequestCodec::parse<protocol::KnowledgeListRequest>(request, &result.error);
    if (!data)
        return result;
    return guardedWork([&] {
        const QString id = businessId(context, data->phoneNumberId);
        result.reply = QJsonObject{
            {QStringLiteral("phone_number_id"), id},
            {QStringLiteral("documents"), documentsJson(knowledgeOf(context).documents(id))}};
        return result;
    });
}

WorkResult KnowledgeRequests::chunks(WorkContext &context, const Envelope &request)
{
    WorkResult result;
    const auto data =
        RequestCodec::parse<protocol::KnowledgeDocumentRequest>(request, &result.error);
    if (!data)
        return result;
    return guardedWork([&] {
        knowledge::KnowledgeBase &knowledge = knowledgeOf(context);
        const QString id = businessId(context, data->phoneNumberId);
        const auto document = findDocument(knowledge, id, data->documentId);
        if (!document)
            throw unknownDocument(id, data->documentId);
        QJsonArray list;
        for (const auto &chunk : knowledge.chunks(id, document->id))
            list.append(PayloadCodec::toJson(chunkInfo(chunk)));
        result.reply =
            QJsonObject{{QStringLiteral("document"), PayloadCodec::toJson(documentInfo(*document))},
                        {QStringLiteral("chunks"), list}};
        return result;
    });
}

WorkResult KnowledgeRequests::upload(WorkContext &context, const Envelope &request)
{
    WorkResult result;
    const auto data = RequestCodec::parse<protocol::UploadKnowledgeRequest>(request, &result.error);
    if (!data)
        return result;
    return guardedWork([&] {
        knowledge::KnowledgeBase &knowledge = knowledgeOf(context);
        const QString id = businessId(context, data->phoneNumberId);
        knowledge::ImportOptions options;
        options.parse.language = data->language;
        options.createdBy = context.user.username;
        const knowledge::ImportReport report =
            knowledge.importContent(id, data->content, data->fileName, options);
        if (report.files.size() != 1 ||
            report.files.first().outcome == knowledge::ImportedFile::Outcome::Failed) {
            // Nothing was stored; the parser's message names the file and the line.
            const QString why = report.files.isEmpty()
                                    ? QStringLiteral("%1: not imported").arg(data->fileName)
                                    : report.files.first().error;
            throw ServiceError::badRequest(QStringLiteral("data.content"), why);
        }
        const knowledge::ImportedFile &file = report.files.first();
        const auto document = findDocument(knowledge, id, file.documentId);
        if (!document)
            throw ServiceError::notFound(
                QStringLiteral("data.file_name"),
                QStringLiteral("%1 was removed meanwhile").arg(data->fileName));
        const bool unchanged = file.outcome == knowledge::ImportedFile::Outcome::Unchanged;
        qCInfo(lcAgents, "%s uploaded %s to business %s: %s, %d chunks",
               qUtf8Printable(context.user.username), qUtf8Printable(file.sourceName),
               qUtf8Printable(id),
               qUtf8Printable(knowledge::ImportReport::outcomeName(file.outcome)), file.chunks);
        result.reply =
            QJsonObject{{QStringLiteral("document"), PayloadCodec::toJson(documentInfo(*document))},
                        {QStringLiteral("warnings"),
                         QJsonArray::fromStringList(file.warnings + report.warnings)},
                        {QStringLiteral("unchanged"), unchanged}};
        if (!unchanged)
            result.events.append(changedEvent(knowledge, id));
        return result;
    });
}

WorkResult KnowledgeRequests::remove(WorkContext &context, const Envelope &request)
{
    WorkResult result;
    const auto data =
        RequestCodec::parse<protocol::KnowledgeDocumentRequest>(request, &result.error);
    if (!data)
        return result;
    return guardedWork([&] {
        knowledge::KnowledgeBase &knowledge = knowledgeOf(context);
        const QString id = businessId(context, data->phoneNumberId);
        // By id only: remove() would also take a source name spelled like a number.
        if (!findDocument(knowledge, id, data->documentId))
            throw unknownDocument(id, data->documentId);
        const auto removed = knowledge.remove(id, QString::number(data->documentId));
        if (!removed)
            throw unknownDocument(id, data->documentId);
        qCInfo(lcAgents, "%s removed %s (%d chunks) from business %s",
               qUtf8Printable(context.user.username), qUtf8Printable(removed->sourceName),
               removed->chunkCount, qUtf8Printable(id));
        result.reply =
            QJsonObject{{QStringLiteral("document"), PayloadCodec::toJson(documentInfo(*removed))}};
        result.events.append(changedEvent(knowledge, id));
        return result;
    });
}

WorkResult KnowledgeRequests::search(WorkContext &context, const Envelope &request)
{
    WorkResult result;
    const auto data = RequestCodec::parse<protocol::KnowledgeSearchRequest>(request, &result.error);
    if (!data)
        return result;
    return guardedWork([&] {
        const knowledge::KnowledgeBase &knowledge = knowledgeOf(context);
        const QString id = businessId(context, data->phoneNumberId);
        using Mode = config::KnowledgeSection::Mode;
        knowledge::KnowledgeBase::SearchOptions options;
        if (data->mode == u"bm25")
            options.mode = Mode::Bm25;
        else if (data->mode == u"dense")
            options.mode = Mode::Dense;
        else if (data->mode == u"hybrid")
            options.mode = Mode::Hybrid;
        knowledge::RetrievalRequest retrieval;
        retrieval.phoneNumberId = id;
        retrieval.query = data->query;
        retrieval.language = data->language;
        retrieval.topK = data->topK; // 0: the business's
        QString note;
        const auto chunks = knowledge.search(retrieval, options, &note);
        QJsonArray results;
        for (const auto &chunk : chunks) {
            results.append(PayloadCodec::toJson(protocol::KnowledgeSearchResult{
                chunk.chunkId, chunk.documentId, chunk.score, chunk.sourceName, chunk.documentType,
                chunk.section, chunk.question, chunk.text, chunk.language}));
        }
        const Mode mode = options.mode.value_or(context.config.knowledge.mode);
        result.reply = QJsonObject{
            {QStringLiteral("results"), results},
            {QStringLiteral("mode"), QString::fromUtf8(config::KnowledgeSection::modeName(mode))}};
        if (!note.isEmpty())
            result.reply.insert(QStringLiteral("note"), note);
        return result;
    });
}

} // namespace sportello::agents

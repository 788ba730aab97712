// SPDX-License-Identifier: LicenseRef-Sportello
// The knowledge.* protocol: its payload types round trip through PayloadCodec, its requests
// through RequestCodec, and bad fields (file name, base64, size, mode) are named by path.
#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>

#include "protocol/messagecodec.h"
#include "protocol/payloadcodec.h"
#include "protocol/requestcodec.h"

namespace sportello::protocol {
namespace {

using namespace Qt::StringLiterals;

template <typename T>
void expectPayloadRoundTrip(const T &value)
{
    ProtocolError error;
    const QJsonObject json = PayloadCodec::toJson(value);
    const QJsonObject wire = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    const auto back = PayloadCodec::fromJson<T>(wire, u"data"_s, &error);
    ASSERT_TRUE(back.has_value()) << error.field.toStdString() << ": "
                                  << error.message.toStdString();
    EXPECT_EQ(PayloadCodec::toJson(*back), json) << "a field was lost or altered";
}

template <typename T>
std::optional<T> parse(const QString &type, const QJsonObject &data, ProtocolError *error)
{
    const auto decoded =
        MessageCodec::decode(MessageCodec::encode(MessageCodec::request(type, u"r-1"_s, data)));
    if (!std::holds_alternative<Envelope>(decoded))
        return std::nullopt;
    return RequestCodec::parse<T>(std::get<Envelope>(decoded), error);
}

template <typename T>
QString refusedField(const QString &type, const QJsonObject &data)
{
    ProtocolError error;
    EXPECT_FALSE(parse<T>(type, data, &error).has_value())
        << QJsonDocument(data).toJson().toStdString();
    EXPECT_EQ(error.code, u"bad_request"_s);
    return error.field;
}

TEST(KnowledgeProtocol, PayloadsRoundTrip)
{
    expectPayloadRoundTrip(KnowledgeDocumentInfo{12, u"faq.csv"_s, u"faq"_s, u"Domande"_s, u"it"_s,
                                                 30, 1717171717171, u"marco"_s});
    expectPayloadRoundTrip(KnowledgeChunkInfo{5,
                                              2,
                                              {u"Orari"_s, u"Estate"_s},
                                              u"Aprite?"_s,
                                              u"Sì, dalle 9."_s,
                                              u"it"_s,
                                              u"2026-06-01"_s,
                                              u"2026-09-30"_s});
    expectPayloadRoundTrip(KnowledgeSearchResult{
        5, 12, 7.25, u"faq.csv"_s, u"faq"_s, {u"Orari"_s}, u"Aprite?"_s, u"Sì."_s, u"it"_s});
    ProtocolError error;
    EXPECT_FALSE(PayloadCodec::fromJson<KnowledgeChunkInfo>(
                     {{u"id"_s, 1}, {u"text"_s, u"x"_s}, {u"valid_from"_s, u"1 giugno"_s}},
                     u"data.chunks[0]"_s, &error)
                     .has_value());
    EXPECT_EQ(error.field, u"data.chunks[0].valid_from"_s);
}

TEST(KnowledgeProtocol, RequestsRoundTrip)
{
    ProtocolError error;
    const UploadKnowledgeRequest upload{u"100"_s, u"Listino.PDF"_s, QByteArray("%PDF-1.4\0x", 10),
                                        u"it"_s};
    const auto parsed =
        parse<UploadKnowledgeRequest>(u"knowledge.upload"_s, RequestCodec::toJson(upload), &error);
    ASSERT_TRUE(parsed.has_value()) << error.message.toStdString();
    EXPECT_EQ(parsed->phoneNumberId, u"100"_s);
    EXPECT_EQ(parsed->fileName, u"Listino.PDF"_s);
    EXPECT_EQ(parsed->content, upload.content) << "bytes survive base64, NUL included";
    EXPECT_EQ(parsed->language, u"it"_s);

    const auto search = parse<KnowledgeSearchRequest>(
        u"knowledge.search"_s,
        RequestCodec::toJson(KnowledgeSearchRequest{{}, u" orari? "_s, u"hybrid"_s, 3, {}}),
        &error);
    ASSERT_TRUE(search.has_value());
    EXPECT_EQ(search->query, u"orari?"_s);
    EXPECT_EQ(search->mode, u"hybrid"_s);
    EXPECT_EQ(search->topK, 3);
    const auto chunks = parse<KnowledgeDocumentRequest>(
        u"knowledge.chunks"_s, RequestCodec::toJson(KnowledgeDocumentRequest{{}, 42}), &error);
    ASSERT_TRUE(chunks.has_value());
    EXPECT_EQ(chunks->documentId, 42);
    EXPECT_TRUE(parse<KnowledgeListRequest>(u"knowledge.list"_s, {}, &error).has_value());
}

TEST(KnowledgeProtocol, BadFieldsAreNamed)
{
    const auto upload = [](const QString &name, const QString &content) {
        return QJsonObject{{u"file_name"_s, name}, {u"content"_s, content}};
    };
    const QString ok = QString::fromLatin1(QByteArray("# Orari\n").toBase64());
    EXPECT_EQ(
        refusedField<UploadKnowledgeRequest>(u"knowledge.upload"_s, upload(u"foto.png"_s, ok)),
        u"data.file_name"_s);
    EXPECT_EQ(refusedField<UploadKnowledgeRequest>(u"knowledge.upload"_s, upload(u".md"_s, ok)),
              u"data.file_name"_s);
    EXPECT_EQ(refusedField<UploadKnowledgeRequest>(u"knowledge.upload"_s, upload(u"a/b.md"_s, ok)),
              u"data.file_name"_s);
    EXPECT_EQ(refusedField<UploadKnowledgeRequest>(u"knowledge.upload"_s,
                                                   upload(u"orari.md"_s, u"non base64!"_s)),
              u"data.content"_s);
    EXPECT_EQ(
        refusedField<UploadKnowledgeRequest>(u"knowledge.upload"_s, upload(u"orari.md"_s, {})),
        u"data.content"_s);
    const QString big =
        QString::fromLatin1(QByteArray(RequestCodec::kMaxKnowledgeUploadBytes + 1, 'x').toBase64());
    EXPECT_EQ(
        refusedField<UploadKnowledgeRequest>(u"knowledge.upload"_s, upload(u"big.txt"_s, big)),
        u"data.content"_s);
    QJsonObject language = upload(u"orari.md"_s, ok);
    language.insert(u"language"_s, u"italiano"_s);
    EXPECT_EQ(refusedField<UploadKnowledgeRequest>(u"knowledge.upload"_s, language),
              u"data.language"_s);

    EXPECT_EQ(refusedField<KnowledgeSearchRequest>(u"knowledge.search"_s, {}), u"data.query"_s);
    EXPECT_EQ(refusedField<KnowledgeSearchRequest>(
                  u"knowledge.search"_s, {{u"query"_s, u"orari"_s}, {u"mode"_s, u"fuzzy"_s}}),
              u"data.mode"_s);
    EXPECT_EQ(refusedField<KnowledgeSearchRequest>(u"knowledge.search"_s,
                                                   {{u"query"_s, u"orari"_s}, {u"top_k"_s, 0}}),
              u"data.top_k"_s);
    EXPECT_EQ(refusedField<KnowledgeDocumentRequest>(u"knowledge.remove"_s, {}),
              u"data.document_id"_s);
}

} // namespace
} // namespace sportello::protocol

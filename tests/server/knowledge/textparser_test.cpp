// SPDX-License-Identifier: LicenseRef-Sportello
// TextParser: blank-line paragraphs packed up to the cap with overlap.
#include <gtest/gtest.h>

#include <QFile>

#include "knowledge/parsers/textparser.h"

using sportello::knowledge::ParsedDocument;
using sportello::knowledge::ParseOptions;
using sportello::knowledge::TextParser;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(SPORTELLO_TEST_DATA_DIR "/knowledge/") + QString::fromUtf8(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

} // namespace

TEST(TextParser, ASmallPolicyIsOneChunkOfItsParagraphs)
{
    const ParsedDocument doc = TextParser::parse(fixture("politica-cancelacion.txt"),
                                                 QStringLiteral("politica-cancelacion.txt"), {});
    EXPECT_EQ(doc.type, QStringLiteral("text"));
    EXPECT_TRUE(doc.title.isEmpty());
    EXPECT_TRUE(doc.warnings.isEmpty());
    ASSERT_EQ(doc.chunks.size(), 1);
    EXPECT_TRUE(doc.chunks.at(0).section.isEmpty());
    EXPECT_TRUE(doc.chunks.at(0).language.isEmpty());
    EXPECT_EQ(doc.chunks.at(0).text,
              QStringLiteral("Política de cancelación\n\nLas reservas se pueden cancelar sin "
                             "coste hasta 48 horas antes de la cita. Después de ese plazo "
                             "cobramos el 50% del importe.\nSi no se presenta, se cobra el "
                             "importe completo.\n\nPara cancelar, escríbanos por WhatsApp o "
                             "llame al 910 000 000. Le confirmaremos la cancelación por "
                             "escrito.\n\nLos bonos regalo no son reembolsables, pero se pueden "
                             "cambiar de fecha una vez. La Dra. Martín atiende los casos "
                             "especiales."));
}

TEST(TextParser, PacksParagraphsUpToTheCapWithOverlap)
{
    ParseOptions options;
    options.maxChunkChars = 200;
    options.overlapChars = 60;
    options.language = QStringLiteral("es");
    const ParsedDocument doc = TextParser::parse(
        fixture("politica-cancelacion.txt"), QStringLiteral("politica-cancelacion.txt"), options);
    ASSERT_EQ(doc.chunks.size(), 3);
    // The overlap starts at the last line or sentence that fits in 60 characters.
    EXPECT_EQ(doc.chunks.at(0).text,
              QStringLiteral("Política de cancelación\n\nLas reservas se pueden cancelar sin "
                             "coste hasta 48 horas antes de la cita. Después de ese plazo "
                             "cobramos el 50% del importe.\nSi no se presenta, se cobra el "
                             "importe completo."));
    EXPECT_EQ(doc.chunks.at(1).text,
              QStringLiteral("Si no se presenta, se cobra el importe completo.\n\nPara "
                             "cancelar, escríbanos por WhatsApp o llame al 910 000 000. Le "
                             "confirmaremos la cancelación por escrito."));
    EXPECT_EQ(doc.chunks.at(2).text,
              QStringLiteral("Le confirmaremos la cancelación por escrito.\n\nLos bonos regalo "
                             "no son reembolsables, pero se pueden cambiar de fecha una vez. La "
                             "Dra. Martín atiende los casos especiales."));
    for (qsizetype i = 0; i < doc.chunks.size(); ++i) {
        EXPECT_EQ(doc.chunks.at(i).ordinal, i);
        EXPECT_EQ(doc.chunks.at(i).language, QStringLiteral("es"));
    }
}

TEST(TextParser, ALongParagraphIsCutOnSentencesNotAtAbbreviations)
{
    ParseOptions options;
    options.maxChunkChars = 200;
    options.overlapChars = 0;
    const QString sentence1 = QStringLiteral("Los bonos regalo no son reembolsables, pero se "
                                             "pueden cambiar de fecha una vez al año sin coste "
                                             "adicional.");
    const QString sentence2 = QStringLiteral("La Dra. Martín atiende los casos especiales de "
                                             "lunes a viernes por la mañana.");
    const QString sentence3 = QStringLiteral("Para urgencias, llame directamente a la clínica.");
    const ParsedDocument doc = TextParser::parse(
        (sentence1 + u' ' + sentence2 + QStringLiteral("\n") + sentence3).toUtf8(),
        QStringLiteral("p.txt"), options);
    ASSERT_EQ(doc.chunks.size(), 2);
    EXPECT_EQ(doc.chunks.at(0).text, sentence1 + u' ' + sentence2);
    EXPECT_EQ(doc.chunks.at(1).text, sentence3);
}

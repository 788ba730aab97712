// SPDX-License-Identifier: LicenseRef-Sportello
// KnowledgeAnalyzer: folding, elision, stop words and Snowball stems in five languages.
#include <atomic>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "knowledge/text/knowledgeanalyzer.h"

using sportello::knowledge::KnowledgeAnalyzer;

namespace {

QStringList terms(const char *language, const char *text)
{
    return KnowledgeAnalyzer(QString::fromUtf8(language)).terms(QString::fromUtf8(text));
}

QStringList list(std::initializer_list<const char *> words)
{
    QStringList result;
    for (const char *word : words)
        result.append(QString::fromUtf8(word));
    return result;
}

} // namespace

TEST(KnowledgeAnalyzer, ItalianStemsElisionsStopWordsAndAccents)
{
    // Articles, prepositions and question words go; the elided "l'" and "dell'" with them.
    EXPECT_EQ(terms("it", "Come si prenota l'igiene dell'acqua?"),
              list({"prenot", "igien", "acqua"}));
    EXPECT_EQ(terms("it", "Prenotazioni e prenotare"), list({"prenot", "prenot"}));
    // With or without the accent, the same term: customers type both.
    EXPECT_EQ(terms("it", "città"), terms("it", "citta"));
    EXPECT_EQ(terms("it", "CITTÀ"), list({"citt"}));
    EXPECT_EQ(terms("it", "Perché è così?"), QStringList());
    // Apostrophes of every shape.
    EXPECT_EQ(terms("it", "l’igiene"), list({"igien"}));
    EXPECT_EQ(terms("it", "l`igiene"), list({"igien"}));
}

TEST(KnowledgeAnalyzer, EnglishDropsPossessivesAndContractions)
{
    EXPECT_EQ(terms("en", "The running shoes"), list({"run", "shoe"}));
    EXPECT_EQ(terms("en", "John's bookings"), list({"john", "book"}));
    EXPECT_EQ(terms("en", "I don't know"), list({"know"}));
    EXPECT_EQ(terms("en", "How do I book an appointment?"), list({"book", "appoint"}));
}

TEST(KnowledgeAnalyzer, SpanishFrenchAndGerman)
{
    EXPECT_EQ(terms("es", "¿Puedo reservar para mañana?"), list({"pued", "reserv", "manan"}));
    EXPECT_EQ(terms("es", "Las reservaciones"), list({"reserv"}));
    // French elision, and a word that only looks elided.
    EXPECT_EQ(terms("fr", "l'hôpital aujourd'hui"), list({"hopital", "aujourdhui"}));
    EXPECT_EQ(terms("fr", "Les réservations d'hôtel"), list({"reserv", "hotel"}));
    EXPECT_EQ(terms("de", "Die Öffnungszeiten der Häuser"), list({"offnungszeit", "haus"}));
    EXPECT_EQ(terms("de", "Straße"), terms("de", "Strasse"));
}

TEST(KnowledgeAnalyzer, WordsAreTheUnstemmedFormsOfTheTerms)
{
    const KnowledgeAnalyzer analyzer(QStringLiteral("it"));
    const auto analyzed = analyzer.analyze(QStringLiteral("Le Prenotazioni dell'Igiene"));
    EXPECT_EQ(analyzed.words, list({"prenotazioni", "igiene"}));
    EXPECT_EQ(analyzed.terms, list({"prenot", "igien"}));
}

TEST(KnowledgeAnalyzer, UnknownLanguageFoldsAndTokenisesOnly)
{
    const KnowledgeAnalyzer analyzer(QStringLiteral("xx"));
    EXPECT_FALSE(analyzer.stems());
    EXPECT_FALSE(analyzer.hasStopWords());
    // No stop words, no stems; both sides of an apostrophe kept; single letters dropped.
    EXPECT_EQ(analyzer.terms(QStringLiteral("Prenotazioni dell'Igiene, città")),
              list({"prenotazioni", "dell", "igiene", "citta"}));
    const KnowledgeAnalyzer none{QString()};
    EXPECT_FALSE(none.stems());
    EXPECT_EQ(none.terms(QStringLiteral("Running SHOES")), list({"running", "shoes"}));
}

TEST(KnowledgeAnalyzer, DigitsStayAndPunctuationGoes)
{
    EXPECT_EQ(terms("en", "Open 9-18, room 5; covid19 *** \"NEAR\" -x"),
              list({"open", "9", "18", "room", "5", "covid19", "near"}));
    EXPECT_EQ(terms("it", "  \t\n!?…"), QStringList());
    EXPECT_EQ(terms("it", ""), QStringList());
    // Emoji and symbols are not words.
    EXPECT_EQ(terms("it", "👍 orari 😊"), list({"orar"}));
}

TEST(KnowledgeAnalyzer, StopWordListsShipForTheFiveLanguages)
{
    for (const QString &language : KnowledgeAnalyzer::stopWordLanguages()) {
        const KnowledgeAnalyzer analyzer(language);
        EXPECT_TRUE(analyzer.hasStopWords()) << qPrintable(language);
        EXPECT_TRUE(analyzer.stems()) << qPrintable(language);
    }
    EXPECT_TRUE(KnowledgeAnalyzer(QStringLiteral("it")).isStopWord(QStringLiteral("perche")));
    EXPECT_TRUE(KnowledgeAnalyzer(QStringLiteral("de")).isStopWord(QStringLiteral("fur")));
}

TEST(KnowledgeAnalyzer, OneAnalyzerIsSafeFromManyThreads)
{
    const KnowledgeAnalyzer analyzer(QStringLiteral("it"));
    const QString text = QStringLiteral("Prenotazioni delle sedute d'igiene professionale");
    const QStringList expected = analyzer.terms(text);
    std::vector<std::thread> threads;
    std::atomic<int> mismatches{0};
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 2000; ++i) {
                if (analyzer.terms(text) != expected)
                    ++mismatches;
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    EXPECT_EQ(mismatches.load(), 0);
}

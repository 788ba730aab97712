// SPDX-License-Identifier: LicenseRef-Sportello
// One business with about 100,000 knowledge chunks: import time, size on disk, RSS, query latency.
//
// The corpus is synthetic but shaped like a real multi-branch business (a chain of wellness
// centres: hair, beauty, massage, physiotherapy, fitness). It is generated deterministically
// from --seed: for each branch (a city and a district) eight files are written,
//   <branch>-servizi.md     Italian price list, one section per service variant (~120)
//   <branch>-services.md    English price list (~70)
//   <branch>-orari.md       Italian opening hours, holidays, closures (~40)
//   <branch>-politiche.md   Italian policies, two sections per topic (~60)
//   <branch>-policies.md    English policies (~40)
//   <branch>-promozioni.md  Italian promotions, each with its own validity window (~36)
//   <branch>-faq.csv        Italian FAQ, one pair per row (~100)
//   <branch>-faq-en.csv     English FAQ (~60)
// Section and answer texts are 3 to 6 sentences drawn from per-kind template pools whose slots
// (service, duration, price, staff, weekday, times, brands, payment methods...) are filled from
// vocabularies, so chunks differ in words and numbers rather than repeating one text. The
// branch count follows --chunks (about 526 chunks per branch).
//
// The files go through the REAL KnowledgeBase::import() into a fresh data folder (SQLite in
// WAL mode, knowledge.embedder fasttext: the business's fastText model is trained on its
// chunks, then every chunk is embedded into its hnswlib index). Then --queries queries, made
// from the same vocabularies (exact wording, paraphrases with synonyms, typos and no accents,
// FAQ-style questions, and questions the business has no answer to), are searched through
// KnowledgeBase::search() in each mode on ONE core (sched_setaffinity to --cpu), with the
// query's language given as the pipeline gives it (the turn's) and top_k 10. Dense and hybrid
// latency include embedding the query with the local fastText model.
//
// Peers, measured in the same run and on the same core:
// - lexical: a plain SQLite FTS5 table (unicode61 tokenizer, default bm25(), one column with
//   section, question and text) over the same chunks, the query's words OR-ed, top 10 with
//   their text. It is the peer, so it talks to SQLite directly in this file.
// - dense: an exact cosine scan over the same chunk vectors (the same fastText model) against
//   the hnswlib index, query vectors given to both: time and recall@10 of the index.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <numeric>
#include <sched.h>
#include <sqlite3.h>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#include "config/serverconfig.h"
#include "knowledge/embedding/embeddingtext.h"
#include "knowledge/embedding/fasttextembedder.h"
#include "knowledge/index/lexicalindexstore.h"
#include "knowledge/index/lexicalmemoryindex.h"
#include "knowledge/index/vectorindex.h"
#include "knowledge/knowledgebase.h"
#include "knowledge/knowledgepaths.h"
#include "knowledge/retrieval/denseretriever.h"
#include "knowledge/retrieval/hybridretriever.h"
#include "knowledge/retrieval/lexicalretriever.h"
#include "storage/database.h"
#include "storage/databaseoptions.h"
#include "storage/knowledgerepository.h"
#include "storage/storageerror.h"

using namespace sportello;
using namespace sportello::knowledge;
using Clock = std::chrono::steady_clock;
using namespace Qt::StringLiterals;

namespace {

const QString kBusiness = QStringLiteral("100000000000001");
// Searches are made on this date: promotions before and after it exist in the corpus.
const QDate kToday(2026, 6, 15);
constexpr int kChunksPerBranch = 526;
constexpr int kTopK = 10;
constexpr int kWarmUp = 50; // queries run untimed before each measured pass

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// splitmix64: the same stream on every platform (std distributions are not).
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(below(int(list.size())));
    }

private:
    quint64 m_state;
};

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(u'|');
}

// --- Vocabularies ---

struct Service
{
    QString it;
    QString en;
    int category = 0;
    int basePrice = 0; // euros
    QString synonym;   // how a customer might say it in Italian
};

struct Vocabulary
{
    QStringList cities = words(
        "Milano|Torino|Genova|Bologna|Firenze|Roma|Napoli|Bari|Palermo|Catania|Venezia|Verona|"
        "Padova|Trieste|Brescia|Bergamo|Parma|Modena|Reggio Emilia|Rimini|Ancona|Perugia|Pescara|"
        "Cagliari|Sassari|Lecce|Taranto|Salerno|Messina|Trento|Bolzano|Udine|Vicenza|Treviso|"
        "Como|Monza|Varese|Novara|Alessandria|Asti|Cuneo|La Spezia|Livorno|Pisa|Lucca|Arezzo|"
        "Siena|Prato|Pistoia|Ferrara|Ravenna|Forlì|Piacenza|Cremona|Mantova|Pavia|Lodi|Lecco|"
        "Sondrio|Latina");
    QStringList districts =
        words("Centro|Stazione|Porta Nuova|San Lorenzo|Borgo Vecchio|Lungomare|Città Alta|"
              "Fiera|Ospedale|Università|Santa Maria|Porta Sud|Quartiere Nord|Duomo|Parco");
    QStringList categoriesIt = words("Parrucchiere|Estetica|Massaggi|Fisioterapia|Palestra");
    QStringList categoriesEn = words("Hair salon|Beauty|Massage|Physiotherapy|Gym");
    QList<Service> services{
        {QStringLiteral("Taglio donna"), QStringLiteral("Women's haircut"), 0, 35,
         QStringLiteral("tagliare i capelli")},
        {QStringLiteral("Taglio uomo"), QStringLiteral("Men's haircut"), 0, 22,
         QStringLiteral("taglio capelli maschile")},
        {QStringLiteral("Piega"), QStringLiteral("Blow-dry"), 0, 20,
         QStringLiteral("messa in piega")},
        {QStringLiteral("Colore"), QStringLiteral("Hair colour"), 0, 45,
         QStringLiteral("tinta capelli")},
        {QStringLiteral("Balayage"), QStringLiteral("Balayage"), 0, 90,
         QStringLiteral("schiariture")},
        {QStringLiteral("Trattamento alla cheratina"), QStringLiteral("Keratin treatment"), 0, 120,
         QStringLiteral("lisciante cheratina")},
        {QStringLiteral("Taglio bambino"), QStringLiteral("Children's haircut"), 0, 15,
         QStringLiteral("taglio per bimbi")},
        {QStringLiteral("Regolazione barba"), QStringLiteral("Beard trim"), 0, 12,
         QStringLiteral("sistemare la barba")},
        {QStringLiteral("Acconciatura sposa"), QStringLiteral("Bridal hairstyle"), 0, 150,
         QStringLiteral("capelli per il matrimonio")},
        {QStringLiteral("Extension capelli"), QStringLiteral("Hair extensions"), 0, 250,
         QStringLiteral("allungamento capelli")},
        {QStringLiteral("Pulizia viso"), QStringLiteral("Facial cleansing"), 1, 55,
         QStringLiteral("pulizia della pelle del viso")},
        {QStringLiteral("Manicure"), QStringLiteral("Manicure"), 1, 25,
         QStringLiteral("sistemare le unghie delle mani")},
        {QStringLiteral("Pedicure curativo"), QStringLiteral("Medical pedicure"), 1, 40,
         QStringLiteral("cura dei piedi")},
        {QStringLiteral("Smalto semipermanente"), QStringLiteral("Gel polish"), 1, 30,
         QStringLiteral("semipermanente unghie")},
        {QStringLiteral("Ceretta gambe"), QStringLiteral("Leg waxing"), 1, 28,
         QStringLiteral("depilazione gambe")},
        {QStringLiteral("Laminazione ciglia"), QStringLiteral("Lash lift"), 1, 50,
         QStringLiteral("ciglia incurvate")},
        {QStringLiteral("Trucco sposa"), QStringLiteral("Bridal make-up"), 1, 120,
         QStringLiteral("make up matrimonio")},
        {QStringLiteral("Epilazione laser"), QStringLiteral("Laser hair removal"), 1, 80,
         QStringLiteral("depilazione definitiva")},
        {QStringLiteral("Trattamento antiage"), QStringLiteral("Anti-ageing facial"), 1, 75,
         QStringLiteral("trattamento antirughe")},
        {QStringLiteral("Peeling chimico"), QStringLiteral("Chemical peel"), 1, 70,
         QStringLiteral("esfoliazione viso")},
        {QStringLiteral("Massaggio rilassante"), QStringLiteral("Relaxing massage"), 2, 50,
         QStringLiteral("massaggio antistress")},
        {QStringLiteral("Massaggio decontratturante"), QStringLiteral("Deep tissue massage"), 2, 60,
         QStringLiteral("massaggio per le contratture")},
        {QStringLiteral("Massaggio sportivo"), QStringLiteral("Sports massage"), 2, 60,
         QStringLiteral("massaggio per atleti")},
        {QStringLiteral("Linfodrenaggio"), QStringLiteral("Lymphatic drainage"), 2, 65,
         QStringLiteral("drenaggio linfatico")},
        {QStringLiteral("Massaggio con pietre calde"), QStringLiteral("Hot stone massage"), 2, 70,
         QStringLiteral("hot stone")},
        {QStringLiteral("Riflessologia plantare"), QStringLiteral("Foot reflexology"), 2, 45,
         QStringLiteral("massaggio ai piedi")},
        {QStringLiteral("Massaggio di coppia"), QStringLiteral("Couples massage"), 2, 110,
         QStringLiteral("massaggio in due")},
        {QStringLiteral("Shiatsu"), QStringLiteral("Shiatsu"), 2, 55,
         QStringLiteral("massaggio giapponese")},
        {QStringLiteral("Massaggio prenatale"), QStringLiteral("Pregnancy massage"), 2, 55,
         QStringLiteral("massaggio in gravidanza")},
        {QStringLiteral("Massaggio cervicale"), QStringLiteral("Neck massage"), 2, 35,
         QStringLiteral("massaggio al collo")},
        {QStringLiteral("Seduta di fisioterapia"), QStringLiteral("Physiotherapy session"), 3, 50,
         QStringLiteral("fisioterapista")},
        {QStringLiteral("Tecarterapia"), QStringLiteral("Tecar therapy"), 3, 45,
         QStringLiteral("tecar")},
        {QStringLiteral("Laserterapia"), QStringLiteral("Laser therapy"), 3, 40,
         QStringLiteral("laser per il dolore")},
        {QStringLiteral("Onde d'urto"), QStringLiteral("Shockwave therapy"), 3, 60,
         QStringLiteral("terapia a onde d'urto")},
        {QStringLiteral("Rieducazione posturale"), QStringLiteral("Postural re-education"), 3, 55,
         QStringLiteral("correggere la postura")},
        {QStringLiteral("Osteopatia"), QStringLiteral("Osteopathy"), 3, 70,
         QStringLiteral("osteopata")},
        {QStringLiteral("Riabilitazione post-operatoria"),
         QStringLiteral("Post-surgery rehabilitation"), 3, 65,
         QStringLiteral("riabilitazione dopo l'operazione")},
        {QStringLiteral("Kinesiotaping"), QStringLiteral("Kinesio taping"), 3, 25,
         QStringLiteral("cerotti elastici")},
        {QStringLiteral("Valutazione funzionale"), QStringLiteral("Functional assessment"), 3, 60,
         QStringLiteral("prima valutazione")},
        {QStringLiteral("Ultrasuonoterapia"), QStringLiteral("Ultrasound therapy"), 3, 30,
         QStringLiteral("ultrasuoni")},
        {QStringLiteral("Abbonamento mensile"), QStringLiteral("Monthly membership"), 4, 55,
         QStringLiteral("iscrizione in palestra per un mese")},
        {QStringLiteral("Personal trainer"), QStringLiteral("Personal training"), 4, 40,
         QStringLiteral("allenatore personale")},
        {QStringLiteral("Pilates reformer"), QStringLiteral("Reformer Pilates"), 4, 25,
         QStringLiteral("pilates con macchinari")},
        {QStringLiteral("Yoga"), QStringLiteral("Yoga class"), 4, 15,
         QStringLiteral("lezione di yoga")},
        {QStringLiteral("Spinning"), QStringLiteral("Indoor cycling"), 4, 12,
         QStringLiteral("bici in sala")},
        {QStringLiteral("Allenamento funzionale"), QStringLiteral("Functional training"), 4, 15,
         QStringLiteral("functional training")},
        {QStringLiteral("Ginnastica dolce"), QStringLiteral("Gentle exercise class"), 4, 10,
         QStringLiteral("ginnastica per anziani")},
        {QStringLiteral("Zumba"), QStringLiteral("Zumba class"), 4, 10,
         QStringLiteral("ballo fitness")},
        {QStringLiteral("Abbonamento annuale"), QStringLiteral("Yearly membership"), 4, 480,
         QStringLiteral("iscrizione per un anno")},
        {QStringLiteral("Ingresso singolo"), QStringLiteral("Day pass"), 4, 12,
         QStringLiteral("entrata giornaliera")},
    };
    QStringList variantsIt =
        words("30 minuti|45 minuti|60 minuti|90 minuti|pacchetto 5 sedute|pacchetto 10 sedute|"
              "prima volta|over 65|studenti|mattina|sera|weekend|con prodotti bio|express");
    QStringList variantsEn = words("30 minutes|45 minutes|60 minutes|90 minutes|5-session pack|"
                                   "10-session pack|first visit|over 65|students|weekend|express");
    QStringList staff = words(
        "Giulia Rossi|Marco Bianchi|Sara Colombo|Luca Ferrari|Elena Ricci|Davide Marino|"
        "Chiara Greco|Paolo Bruno|Francesca Gallo|Matteo Conti|Valentina De Luca|Andrea Costa|"
        "Martina Giordano|Simone Mancini|Alessia Rizzo|Federico Lombardi|Irene Moretti|"
        "Stefano Barbieri|Laura Fontana|Nicola Santoro|Anna Mariani|Roberto Rinaldi|"
        "Silvia Caruso|Giorgio Ferri|Beatrice Galli|Tommaso Martini|Sofia Leone|Pietro Longo");
    QStringList rolesIt =
        words("estetista|parrucchiera|massaggiatore|fisioterapista|personal trainer|osteopata|"
              "istruttrice|responsabile di sede|colorista|podologa");
    QStringList rolesEn = words("beautician|hairdresser|massage therapist|physiotherapist|"
                                "personal trainer|osteopath|instructor|branch manager");
    QStringList weekdaysIt = words("lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica");
    QStringList weekdaysEn = words("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday");
    QStringList monthsIt = words("gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|"
                                 "settembre|ottobre|novembre|dicembre");
    QStringList holidaysIt =
        words("Capodanno|Epifania|Pasqua|Lunedì dell'Angelo|Festa della Liberazione|"
              "Festa dei Lavoratori|Festa della Repubblica|Ferragosto|Ognissanti|Immacolata|"
              "Natale|Santo Stefano|Santo Patrono");
    QStringList brands = words("Davines|Comfort Zone|L'Oréal Professionnel|Kérastase|Vagheggi|"
                               "Bioline|Guam|Collistar|Wella|Framesi|Alfaparf|Rougj");
    QStringList paymentsIt = words("contanti|bancomat|carta di credito|Satispay|bonifico|"
                                   "buoni welfare|carta regalo|Apple Pay");
    QStringList paymentsEn =
        words("cash|debit card|credit card|Satispay|bank transfer|gift card|Apple Pay");
    QStringList adjectivesIt =
        words("rilassante|efficace|delicato|intenso|personalizzato|rigenerante|profondo|"
              "leggero|professionale|su misura");
    QStringList targetsIt = words("tutti|donne in gravidanza|sportivi|persone over 65|"
                                  "bambini dai 6 anni|pelli sensibili|chi lavora seduto|coppie");
    QStringList targetsEn = words("everyone|pregnant women|athletes|people over 65|"
                                  "children from 6|sensitive skin|desk workers|couples");
    QStringList includesIt =
        words("consulenza iniziale|tisana finale|asciugamani e accappatoio|scheda personalizzata|"
              "prodotti per la casa in omaggio|controllo dopo 15 giorni|doccia e spogliatoio|"
              "crema idratante|armadietto con lucchetto");
    QStringList contraIt = words("febbre|gravidanza nel primo trimestre|pacemaker|"
                                 "ferite aperte|trombosi|scottature recenti|infiammazione acuta");
    QStringList policyTopicsIt = words(
        "Cancellazione|Ritardi|Pagamenti|Carte regalo|Rimborsi|Minorenni|Privacy|Parcheggio|"
        "Accessibilità|Animali|Certificato medico|Sospensione abbonamento|Rinnovi|"
        "Oggetti smarriti|Igiene e sanificazione|Fatturazione|Welfare aziendale|Convenzioni|"
        "Reclami|Foto e social|Lista d'attesa|Scadenza pacchetti|Documenti per la prima visita|"
        "Assicurazioni|Prenotazioni di gruppo|Wi-Fi|Armadietti|Asciugamani|Bambini in sala|"
        "Recensioni");
    QStringList policyAspectsIt = words("regola generale|eccezioni|come fare|cosa serve");
    QStringList policyTopicsEn =
        words("Cancellations|Late arrivals|Payments|Gift cards|Refunds|Minors|Privacy|Parking|"
              "Accessibility|Pets|Medical certificate|Membership freeze|Renewals|Lost property|"
              "Hygiene|Invoices|Corporate welfare|Partner discounts|Complaints|Group bookings");
    QStringList policyAspectsEn = words("general rule|exceptions|how to|what you need");
    // Questions the business has no answer to.
    QStringList offTopicIt =
        words("vendete biglietti per il concerto di stasera|riparate le biciclette elettriche|"
              "fate consegne di pizza a domicilio|posso pagare in bitcoin il noleggio auto|"
              "avete camere per dormire stanotte|quanto costa un volo per Parigi|"
              "organizzate corsi di cucina giapponese|vendete pneumatici invernali|"
              "che tempo farà domani al mare|accettate cani in pensione per le vacanze|"
              "fate traslochi nel fine settimana|riparate lo schermo del telefono");
    QStringList offTopicEn = words(
        "do you sell concert tickets|can you fix my electric bike|do you deliver pizza|"
        "can I rent a car with bitcoin|do you have rooms for tonight|how much is a flight to "
        "Paris|do you run sushi cooking classes|do you sell winter tyres|will it rain tomorrow|"
        "can you repair my phone screen");
};

struct Branch
{
    QString name; // "Milano Navigli"
    QString slug; // "milano-navigli"
    QString phone;
    QString street;
};

QString slugOf(const QString &text)
{
    QString folded = text.normalized(QString::NormalizationForm_D).toLower();
    QString slug;
    for (const QChar c : std::as_const(folded)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            slug += c;
        else if (c.isSpace() || c == u'\'' || c == u'-')
            slug += u'-';
    }
    return slug;
}

QString price(int euros)
{
    return QString::number(euros) + QStringLiteral(" €");
}

QString clock(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QChar(u'0'))
        .arg(minutes % 60, 2, 10, QChar(u'0'));
}

// --- Generator ---

class CorpusGenerator
{
public:
    CorpusGenerator(quint64 seed, int chunks)
        : m_rng(seed)
    {
        const int branches = std::max(1, (chunks + kChunksPerBranch - 1) / kChunksPerBranch);
        QSet<QString> used;
        while (m_branches.size() < branches) {
            const QString name = m_vocab.cities.at(int(m_branches.size()) % m_vocab.cities.size()) +
                                 u' ' + m_rng.pick(m_vocab.districts);
            if (used.contains(name))
                continue;
            used.insert(name);
            Branch branch;
            branch.name = name;
            branch.slug = slugOf(name);
            branch.phone = QStringLiteral("0%1 %2")
                               .arg(m_rng.between(10, 99))
                               .arg(m_rng.between(1000000, 9999999));
            branch.street = QStringLiteral("via %1 %2")
                                .arg(m_rng.pick(m_vocab.staff).section(u' ', 1))
                                .arg(m_rng.between(1, 180));
            m_branches.append(branch);
        }
    }

    const Vocabulary &vocabulary() const { return m_vocab; }
    const QList<Branch> &branches() const { return m_branches; }

    // Writes every file into `dir` (`store` false: only generates, for the queries of a
    // reused corpus); returns their paths.
    QStringList write(const QString &dir, bool store = true)
    {
        QStringList paths;
        for (const Branch &branch : std::as_const(m_branches)) {
            const auto add = [&](const QString &name, const QString &content) {
                const QString path = dir + u'/' + branch.slug + name;
                paths.append(path);
                if (!store)
                    return;
                QFile file(path);
                if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                    qFatal("cannot write %s", qUtf8Printable(path));
                file.write(content.toUtf8());
            };
            add(QStringLiteral("-servizi.md"), servicesIt(branch));
            add(QStringLiteral("-services.md"), servicesEn(branch));
            add(QStringLiteral("-orari.md"), hoursIt(branch));
            add(QStringLiteral("-politiche.md"), policiesIt(branch));
            add(QStringLiteral("-policies.md"), policiesEn(branch));
            add(QStringLiteral("-promozioni.md"), promotionsIt(branch));
            add(QStringLiteral("-faq.csv"), faqIt(branch));
            add(QStringLiteral("-faq-en.csv"), faqEn(branch));
        }
        return paths;
    }

    // Which services each branch's Italian price list has, for the targeted queries.
    const QHash<QString, QList<int>> &servicesByBranch() const { return m_servicesByBranch; }

private:
    static QString frontMatter(const QString &title, const char *language)
    {
        return QStringLiteral("---\ntitle: %1\nlanguage: %2\n---\n\n# %1\n\n")
            .arg(title, QString::fromLatin1(language));
    }

    static QString csvField(const QString &text)
    {
        QString escaped = text;
        escaped.replace(u'"', QStringLiteral("\"\""));
        return u'"' + escaped + u'"';
    }

    QString sentences(const QList<std::function<QString()>> &pool, int low, int high)
    {
        const int count = m_rng.between(low, high);
        QList<int> order(pool.size());
        std::iota(order.begin(), order.end(), 0);
        for (int i = int(order.size()) - 1; i > 0; --i)
            std::swap(order[i], order[m_rng.below(i + 1)]);
        QStringList parts;
        for (int i = 0; i < count && i < order.size(); ++i)
            parts.append(pool.at(order.at(i))());
        return parts.join(u' ');
    }

    int servicePrice(const Service &service)
    {
        return std::max(5, service.basePrice +
                               m_rng.between(-service.basePrice / 5, service.basePrice / 4));
    }

    QString serviceTextIt(const Branch &branch, const Service &service, const QString &variant)
    {
        const Vocabulary &v = m_vocab;
        const QList<std::function<QString()>> pool{
            [&] {
                return QStringLiteral("%1 (%2) nella sede di %3: un trattamento %4, adatto a %5.")
                    .arg(service.it, variant, branch.name, m_rng.pick(v.adjectivesIt),
                         m_rng.pick(v.targetsIt));
            },
            [&] {
                return QStringLiteral("Durata %1 minuti, prezzo %2%3.")
                    .arg(m_rng.pick(QList<int>{20, 30, 40, 45, 50, 60, 75, 90}))
                    .arg(price(servicePrice(service)),
                         m_rng.chance(30) ? QStringLiteral(" IVA inclusa") : QString());
            },
            [&] {
                return QStringLiteral("Lo esegue %1, %2 con %3 anni di esperienza.")
                    .arg(m_rng.pick(v.staff), m_rng.pick(v.rolesIt))
                    .arg(m_rng.between(2, 25));
            },
            [&] {
                return QStringLiteral("Si prenota %1.")
                    .arg(m_rng.pick(QStringList{
                        QStringLiteral("su WhatsApp"), QStringLiteral("al numero ") + branch.phone,
                        QStringLiteral("in reception"), QStringLiteral("dal sito o dall'app")}));
            },
            [&] {
                return QStringLiteral("Comprende %1 e %2.")
                    .arg(m_rng.pick(v.includesIt), m_rng.pick(v.includesIt));
            },
            [&] {
                return QStringLiteral("Sconto del %1% per %2 il %3.")
                    .arg(m_rng.pick(QList<int>{5, 10, 15, 20, 25}))
                    .arg(m_rng.pick(v.targetsIt), m_rng.pick(v.weekdaysIt));
            },
            [&] {
                return QStringLiteral("Sconsigliato in caso di %1: chiedete prima al personale.")
                    .arg(m_rng.pick(v.contraIt));
            },
            [&] {
                return QStringLiteral("Usiamo prodotti %1, in vendita anche in sede.")
                    .arg(m_rng.pick(v.brands));
            },
            [&] {
                return QStringLiteral("Disponibile dal %1 al %2, dalle %3 alle %4.")
                    .arg(m_rng.pick(v.weekdaysIt), m_rng.pick(v.weekdaysIt),
                         clock(m_rng.between(16, 22) * 30), clock(m_rng.between(34, 42) * 30));
            },
            [&] {
                return QStringLiteral("Pagamento con %1 o %2.")
                    .arg(m_rng.pick(v.paymentsIt), m_rng.pick(v.paymentsIt));
            },
        };
        return sentences(pool, 3, 6);
    }

    QString servicesIt(const Branch &branch)
    {
        QString out = frontMatter(QStringLiteral("Listino servizi %1").arg(branch.name), "it");
        QList<int> offered;
        for (int category = 0; category < m_vocab.categoriesIt.size(); ++category) {
            out += QStringLiteral("## %1\n\n").arg(m_vocab.categoriesIt.at(category));
            for (int s = 0; s < m_vocab.services.size(); ++s) {
                const Service &service = m_vocab.services.at(s);
                if (service.category != category)
                    continue;
                offered.append(s);
                for (int variant = 0; variant < 2 + (m_rng.chance(40) ? 1 : 0); ++variant) {
                    const QString name = m_rng.pick(m_vocab.variantsIt);
                    out += QStringLiteral("### %1 – %2\n\n%3\n\n")
                               .arg(service.it, name, serviceTextIt(branch, service, name));
                }
            }
        }
        m_servicesByBranch.insert(branch.slug, offered);
        return out;
    }

    QString servicesEn(const Branch &branch)
    {
        const Vocabulary &v = m_vocab;
        QString out = frontMatter(QStringLiteral("%1 price list").arg(branch.name), "en");
        for (const Service &service : v.services) {
            for (int variant = 0; variant < 1 + (m_rng.chance(40) ? 1 : 0); ++variant) {
                const QString name = m_rng.pick(v.variantsEn);
                const QList<std::function<QString()>> pool{
                    [&] {
                        return QStringLiteral("%1 (%2) at our %3 branch, suitable for %4.")
                            .arg(service.en, name, branch.name, m_rng.pick(v.targetsEn));
                    },
                    [&] {
                        return QStringLiteral("It takes %1 minutes and costs %2.")
                            .arg(m_rng.pick(QList<int>{20, 30, 45, 60, 90}))
                            .arg(price(servicePrice(service)));
                    },
                    [&] {
                        return QStringLiteral("Your %1 will be %2.")
                            .arg(m_rng.pick(v.rolesEn), m_rng.pick(v.staff));
                    },
                    [&] {
                        return QStringLiteral("Book on WhatsApp or call %1.").arg(branch.phone);
                    },
                    [&] {
                        return QStringLiteral("We pay %1 and accept %2.")
                            .arg(m_rng.chance(50) ? QStringLiteral("attention to allergies")
                                                  : QStringLiteral("for your parking ticket"),
                                 m_rng.pick(v.paymentsEn));
                    },
                    [&] {
                        return QStringLiteral("Available %1 to %2 with %3 products.")
                            .arg(m_rng.pick(v.weekdaysEn), m_rng.pick(v.weekdaysEn),
                                 m_rng.pick(v.brands));
                    },
                };
                out += QStringLiteral("## %1 – %2\n\n%3\n\n")
                           .arg(service.en, name, sentences(pool, 3, 5));
            }
        }
        return out;
    }

    QString hoursIt(const Branch &branch)
    {
        const Vocabulary &v = m_vocab;
        QString out = frontMatter(QStringLiteral("Orari e sede di %1").arg(branch.name), "it");
        const auto range = [&] {
            return QStringLiteral("dalle %1 alle %2")
                .arg(clock(m_rng.between(14, 20) * 30), clock(m_rng.between(36, 44) * 30));
        };
        for (int d = 0; d < 7; ++d) {
            out += QStringLiteral("## %1\n\n").arg(v.weekdaysIt.at(d));
            for (int c = 0; c < v.categoriesIt.size(); ++c) {
                if (d == 6 && c != 4)
                    continue;
                out += QStringLiteral("### %1 il %2\n\n%3 %4, %5. Ultimo appuntamento %6 "
                                      "minuti prima della chiusura. %7\n\n")
                           .arg(v.categoriesIt.at(c), v.weekdaysIt.at(d), v.categoriesIt.at(c),
                                range(),
                                m_rng.chance(50) ? QStringLiteral("con pausa pranzo")
                                                 : QStringLiteral("orario continuato"))
                           .arg(m_rng.pick(QList<int>{15, 30, 45, 60}))
                           .arg(m_rng.chance(50)
                                    ? QStringLiteral("Reception: ") + branch.phone
                                    : QStringLiteral("Referente: ") + m_rng.pick(v.staff));
            }
        }
        for (const QString &holiday : v.holidaysIt) {
            out +=
                QStringLiteral("## %1\n\n%2 Sede di %3, %4.\n\n")
                    .arg(holiday,
                         m_rng.chance(60) ? QStringLiteral("Chiuso per %1.").arg(holiday)
                                          : QStringLiteral("Aperti solo la mattina %1 (palestra e "
                                                           "reception).")
                                                .arg(range()),
                         branch.name, branch.street);
        }
        out += QStringLiteral("## Come raggiungerci\n\nSiamo in %1 a %2, a %3 minuti a piedi "
                              "dalla fermata %4. Parcheggio convenzionato %5.\n\n")
                   .arg(branch.street, branch.name)
                   .arg(m_rng.between(2, 15))
                   .arg(m_rng.pick(v.districts), m_rng.chance(50)
                                                     ? QStringLiteral("gratuito la prima ora")
                                                     : QStringLiteral("a 1,50 € l'ora"));
        return out;
    }

    QString policyText(const Branch &branch, const QString &topic, const QString &aspect)
    {
        const Vocabulary &v = m_vocab;
        const QList<std::function<QString()>> pool{
            [&] {
                return QStringLiteral("%1 (%2) presso %3: vale per tutti i reparti.")
                    .arg(topic, aspect, branch.name);
            },
            [&] {
                return QStringLiteral("Avvisate almeno %1 ore prima, su WhatsApp o al %2.")
                    .arg(m_rng.pick(QList<int>{12, 24, 48, 72}))
                    .arg(branch.phone);
            },
            [&] {
                return QStringLiteral("In caso contrario addebitiamo il %1% del prezzo.")
                    .arg(m_rng.pick(QList<int>{30, 50, 100}));
            },
            [&] {
                return QStringLiteral("Per i pacchetti la validità è di %1 mesi dall'acquisto.")
                    .arg(m_rng.pick(QList<int>{3, 6, 12}));
            },
            [&] {
                return QStringLiteral("Accettiamo %1, %2 e %3.")
                    .arg(m_rng.pick(v.paymentsIt), m_rng.pick(v.paymentsIt),
                         m_rng.pick(v.paymentsIt));
            },
            [&] {
                return QStringLiteral("Per dubbi chiedete a %1, %2.")
                    .arg(m_rng.pick(v.staff), m_rng.pick(v.rolesIt));
            },
            [&] {
                return QStringLiteral("I minori di %1 anni devono essere accompagnati.")
                    .arg(m_rng.pick(QList<int>{14, 16, 18}));
            },
            [&] {
                return QStringLiteral("La richiesta si fa in reception il %1 o il %2 mattina.")
                    .arg(m_rng.pick(v.weekdaysIt), m_rng.pick(v.weekdaysIt));
            },
        };
        return sentences(pool, 3, 5);
    }

    QString policiesIt(const Branch &branch)
    {
        QString out = frontMatter(QStringLiteral("Regolamento %1").arg(branch.name), "it");
        for (const QString &topic : m_vocab.policyTopicsIt) {
            for (int a = 0; a < 2; ++a) {
                const QString aspect = m_vocab.policyAspectsIt.at((a * 2 + m_rng.below(2)) %
                                                                  m_vocab.policyAspectsIt.size());
                out += QStringLiteral("## %1: %2\n\n%3\n\n")
                           .arg(topic, aspect, policyText(branch, topic, aspect));
            }
        }
        return out;
    }

    QString policiesEn(const Branch &branch)
    {
        const Vocabulary &v = m_vocab;
        QString out = frontMatter(QStringLiteral("%1 house rules").arg(branch.name), "en");
        for (const QString &topic : v.policyTopicsEn) {
            for (int a = 0; a < 2; ++a) {
                const QString aspect = v.policyAspectsEn.at(a * 2 + m_rng.below(2));
                const QList<std::function<QString()>> pool{
                    [&] {
                        return QStringLiteral("%1 (%2) at %3 applies to every department.")
                            .arg(topic, aspect, branch.name);
                    },
                    [&] {
                        return QStringLiteral("Please tell us %1 hours ahead on WhatsApp or at "
                                              "%2.")
                            .arg(m_rng.pick(QList<int>{12, 24, 48}))
                            .arg(branch.phone);
                    },
                    [&] {
                        return QStringLiteral("Otherwise we charge %1% of the price.")
                            .arg(m_rng.pick(QList<int>{30, 50, 100}));
                    },
                    [&] {
                        return QStringLiteral("We accept %1 and %2.")
                            .arg(m_rng.pick(v.paymentsEn), m_rng.pick(v.paymentsEn));
                    },
                    [&] {
                        return QStringLiteral("Ask %1 at the front desk.").arg(m_rng.pick(v.staff));
                    },
                };
                out +=
                    QStringLiteral("## %1: %2\n\n%3\n\n").arg(topic, aspect, sentences(pool, 3, 5));
            }
        }
        return out;
    }

    QString promotionsIt(const Branch &branch)
    {
        const Vocabulary &v = m_vocab;
        QString out = frontMatter(QStringLiteral("Promozioni %1").arg(branch.name), "it");
        for (int i = 0; i < 36; ++i) {
            const Service &service = m_rng.pick(v.services);
            const int month = m_rng.between(1, 12);
            const QDate from(2026, month, 1);
            const QDate until = from.addDays(m_rng.between(14, 60));
            out += QStringLiteral("## Promo %1: %2\n<!-- valid_from: %3 -->\n<!-- valid_until: "
                                  "%4 -->\n\n%5 a %6 invece di %7 dal %8 al %9 nella sede di %10. "
                                  "%11 Non cumulabile con altre offerte.\n\n")
                       .arg(v.monthsIt.at(month - 1), service.it, from.toString(Qt::ISODate),
                            until.toString(Qt::ISODate), service.it,
                            price(service.basePrice * m_rng.between(60, 85) / 100),
                            price(service.basePrice), from.toString(QStringLiteral("d/M")),
                            until.toString(QStringLiteral("d/M")))
                       .arg(branch.name, m_rng.chance(50)
                                             ? QStringLiteral("Prenotate su WhatsApp.")
                                             : QStringLiteral("Solo per i nuovi clienti."));
        }
        return out;
    }

    QString faqIt(const Branch &branch)
    {
        const Vocabulary &v = m_vocab;
        QString out = QStringLiteral("question,answer,section,language\n");
        for (int i = 0; i < 100; ++i) {
            const Service &service = v.services.at(i % v.services.size());
            const QString day = m_rng.pick(v.weekdaysIt);
            QString q;
            QString a;
            switch (m_rng.below(8)) {
            case 0:
                q = QStringLiteral("Quanto costa %1 a %2?").arg(service.it.toLower(), branch.name);
                a = QStringLiteral("%1 costa %2 nella sede di %3; il pacchetto da 5 costa %4.")
                        .arg(service.it, price(servicePrice(service)), branch.name,
                             price(servicePrice(service) * 4));
                break;
            case 1:
                q = QStringLiteral("Quanto dura %1?").arg(service.it.toLower());
                a = QStringLiteral("Circa %1 minuti, più %2 minuti di preparazione.")
                        .arg(m_rng.pick(QList<int>{20, 30, 45, 60, 90}))
                        .arg(m_rng.pick(QList<int>{5, 10, 15}));
                break;
            case 2:
                q = QStringLiteral("Posso prenotare %1 di %2?").arg(service.it.toLower(), day);
                a = QStringLiteral("Sì, il %1 %2 fa %3 %4.")
                        .arg(day, m_rng.pick(v.staff), service.it.toLower(),
                             m_rng.chance(50) ? QStringLiteral("la mattina")
                                              : QStringLiteral("il pomeriggio"));
                break;
            case 3:
                q = QStringLiteral("Serve il certificato medico per %1?").arg(service.it.toLower());
                a = m_rng.chance(50)
                        ? QStringLiteral("No, basta compilare la scheda in reception.")
                        : QStringLiteral("Sì, un certificato non agonistico valido %1 mesi.")
                              .arg(m_rng.pick(QList<int>{6, 12}));
                break;
            case 4:
                q = QStringLiteral("Fate %1 per %2?")
                        .arg(service.it.toLower(), m_rng.pick(v.targetsIt));
                a = QStringLiteral("Sì, con %1, che ne ha seguiti molti. Segnalatecelo quando "
                                   "prenotate.")
                        .arg(m_rng.pick(v.staff));
                break;
            case 5:
                q = QStringLiteral("Che orari fa la sede di %1 il %2?").arg(branch.name, day);
                a = QStringLiteral("Il %1 siamo aperti dalle %2 alle %3.")
                        .arg(day, clock(m_rng.between(14, 20) * 30),
                             clock(m_rng.between(36, 44) * 30));
                break;
            case 6:
                q = QStringLiteral("Posso pagare con %1?").arg(m_rng.pick(v.paymentsIt));
                a = QStringLiteral("Sì, e anche con %1. Rilasciamo fattura su richiesta.")
                        .arg(m_rng.pick(v.paymentsIt));
                break;
            default:
                q = QStringLiteral("C'è parcheggio vicino alla sede di %1?").arg(branch.name);
                a = QStringLiteral("Sì, in %1, %2.")
                        .arg(branch.street, m_rng.chance(50)
                                                ? QStringLiteral("gratuito per i clienti")
                                                : QStringLiteral("a pagamento"));
                break;
            }
            out += csvField(q) + u',' + csvField(a) + u',' +
                   csvField(v.categoriesIt.at(service.category)) + QStringLiteral(",it\n");
        }
        return out;
    }

    QString faqEn(const Branch &branch)
    {
        const Vocabulary &v = m_vocab;
        QString out = QStringLiteral("question,answer,section,language\n");
        for (int i = 0; i < 60; ++i) {
            const Service &service = v.services.at((i * 7) % v.services.size());
            QString q;
            QString a;
            switch (m_rng.below(4)) {
            case 0:
                q = QStringLiteral("How much is a %1 in %2?")
                        .arg(service.en.toLower(), branch.name);
                a = QStringLiteral("A %1 is %2 at our %3 branch.")
                        .arg(service.en.toLower(), price(servicePrice(service)), branch.name);
                break;
            case 1:
                q = QStringLiteral("How long does a %1 take?").arg(service.en.toLower());
                a = QStringLiteral("About %1 minutes.")
                        .arg(m_rng.pick(QList<int>{20, 30, 45, 60, 90}));
                break;
            case 2:
                q = QStringLiteral("Can I book a %1 on %2?")
                        .arg(service.en.toLower(), m_rng.pick(v.weekdaysEn));
                a = QStringLiteral("Yes, %1 is in that day; book on WhatsApp.")
                        .arg(m_rng.pick(v.staff));
                break;
            default:
                q = QStringLiteral("Do you take %1?").arg(m_rng.pick(v.paymentsEn));
                a = QStringLiteral("Yes, and %1 too.").arg(m_rng.pick(v.paymentsEn));
                break;
            }
            out += csvField(q) + u',' + csvField(a) + u',' +
                   csvField(v.categoriesEn.at(service.category)) + QStringLiteral(",en\n");
        }
        return out;
    }

    Rng m_rng;
    Vocabulary m_vocab;
    QList<Branch> m_branches;
    QHash<QString, QList<int>> m_servicesByBranch;
};

// --- Queries ---

struct Query
{
    QString text;
    QString language;
    QString kind;         // exact, paraphrase, faq, english, none
    QString targetSource; // for targeted queries: the price list the answer is in
    QString targetSection;
};

QString withoutAccents(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    }
    return out;
}

QString typo(Rng &rng, const QString &text)
{
    QStringList parts = text.split(u' ');
    const int i = rng.below(int(parts.size()));
    QString &word = parts[i];
    if (word.size() > 4) {
        const int at = rng.between(1, int(word.size()) - 3);
        std::swap(word[at], word[at + 1]);
    }
    return parts.join(u' ');
}

QList<Query> makeQueries(const CorpusGenerator &corpus, int count, quint64 seed)
{
    Rng rng(seed ^ 0xA5A5A5A5ULL);
    const Vocabulary &v = corpus.vocabulary();
    QList<Query> queries;
    while (queries.size() < count) {
        const Branch &branch = corpus.branches().at(rng.below(int(corpus.branches().size())));
        const QList<int> &offered = corpus.servicesByBranch().value(branch.slug);
        const Service &service = v.services.at(offered.at(rng.below(int(offered.size()))));
        const int roll = rng.below(100);
        Query q;
        q.language = QStringLiteral("it");
        if (roll < 30) {
            q.kind = QStringLiteral("exact");
            q.text = rng.pick(QStringList{QStringLiteral("quanto costa %1 a %2?"),
                                          QStringLiteral("prezzo %1 sede di %2"),
                                          QStringLiteral("%1 a %2: quanto dura e chi lo fa?")})
                         .arg(service.it.toLower(), branch.name);
        } else if (roll < 55) {
            q.kind = QStringLiteral("paraphrase");
            QString text = rng.pick(QStringList{QStringLiteral("vorrei %1 a %2, quanto viene?"),
                                                QStringLiteral("%1 %2 costo"),
                                                QStringLiteral("fate %1 dalle parti di %2?")})
                               .arg(service.synonym, branch.name.toLower());
            if (rng.chance(50))
                text = withoutAccents(text);
            if (rng.chance(40))
                text = typo(rng, text);
            q.text = text;
        } else if (roll < 70) {
            q.kind = QStringLiteral("faq");
            q.text =
                QString(
                    rng.pick(QStringList{QStringLiteral("a che ora aprite il {day} a {branch}?"),
                                         QStringLiteral("posso pagare con {pay} a {branch}?"),
                                         QStringLiteral("c'è un parcheggio per i clienti a "
                                                        "{branch}?"),
                                         QStringLiteral("serve il certificato medico per "
                                                        "{service}?"),
                                         QStringLiteral("come disdico un appuntamento a "
                                                        "{branch}?")}))
                    .replace(u"{day}"_s, rng.pick(v.weekdaysIt))
                    .replace(u"{branch}"_s, branch.name)
                    .replace(u"{pay}"_s, rng.pick(v.paymentsIt))
                    .replace(u"{service}"_s, service.it.toLower());
        } else if (roll < 85) {
            q.kind = QStringLiteral("english");
            q.language = QStringLiteral("en");
            q.text =
                QString(rng.pick(QStringList{QStringLiteral("how much is a {service} in {branch}?"),
                                             QStringLiteral("can I book {service} on {day} at "
                                                            "{branch}"),
                                             QStringLiteral("what is your cancellation policy in "
                                                            "{branch}?"),
                                             QStringLiteral("do you take {pay} in {branch}?")}))
                    .replace(u"{service}"_s, service.en.toLower())
                    .replace(u"{branch}"_s, branch.name)
                    .replace(u"{day}"_s, rng.pick(v.weekdaysEn))
                    .replace(u"{pay}"_s, rng.pick(v.paymentsEn));
        } else {
            q.kind = QStringLiteral("none");
            const bool english = rng.chance(40);
            q.language = english ? QStringLiteral("en") : QStringLiteral("it");
            q.text = english ? rng.pick(v.offTopicEn) + u'?' : rng.pick(v.offTopicIt) + u'?';
        }
        if (q.kind == u"exact" || q.kind == u"paraphrase") {
            q.targetSource = branch.slug + QStringLiteral("-servizi.md");
            q.targetSection = service.it;
        }
        queries.append(q);
    }
    return queries;
}

bool hitsTarget(const Query &query, const QString &sourceName, const QStringList &section)
{
    return sourceName == query.targetSource && !section.isEmpty() &&
           section.last().startsWith(query.targetSection + QStringLiteral(" –"));
}

// --- Measurement helpers ---

struct Latency
{
    std::vector<double> ms;
    double percentile(double p) const
    {
        if (ms.empty())
            return 0.0;
        std::vector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const auto rank = std::size_t(std::ceil(p / 100.0 * double(sorted.size())));
        return sorted.at(std::max<std::size_t>(rank, 1) - 1);
    }
    double mean() const
    {
        return ms.empty() ? 0.0 : std::accumulate(ms.begin(), ms.end(), 0.0) / double(ms.size());
    }
    QJsonObject toJson() const
    {
        return {{QStringLiteral("p50_ms"), percentile(50)},
                {QStringLiteral("p95_ms"), percentile(95)},
                {QStringLiteral("p99_ms"), percentile(99)},
                {QStringLiteral("max_ms"), percentile(100)},
                {QStringLiteral("mean_ms"), mean()}};
    }
};

struct Memory
{
    qint64 hwmKiB = 0;
    qint64 rssKiB = 0;
};

Memory memory()
{
    Memory result;
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return result;
    for (const QByteArray &line : status.readAll().split('\n')) {
        const auto value = [&line] {
            return line.mid(line.indexOf(':') + 1).trimmed().split(' ').value(0).toLongLong();
        };
        if (line.startsWith("VmHWM:"))
            result.hwmKiB = value();
        else if (line.startsWith("VmRSS:"))
            result.rssKiB = value();
    }
    return result;
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size();
}

qint64 folderSize(const QString &path, const QString &suffix = {})
{
    qint64 total = 0;
    QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (suffix.isEmpty() || file.endsWith(suffix))
            total += QFileInfo(file).size();
    }
    return total;
}

double mib(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

// --- Peer: SQLite FTS5 used naively ---

class NaiveFts5Peer
{
public:
    explicit NaiveFts5Peer(const QString &path)
    {
        if (sqlite3_open(QFile::encodeName(path).constData(), &m_db) != SQLITE_OK)
            qFatal("peer: cannot open %s", qUtf8Printable(path));
        exec("PRAGMA journal_mode=WAL");
        exec("PRAGMA synchronous=NORMAL");
        exec("CREATE VIRTUAL TABLE IF NOT EXISTS docs USING fts5(text)");
    }
    ~NaiveFts5Peer()
    {
        sqlite3_finalize(m_query);
        sqlite3_close(m_db);
    }
    NaiveFts5Peer(const NaiveFts5Peer &) = delete;
    NaiveFts5Peer &operator=(const NaiveFts5Peer &) = delete;

    void insertAll(const QList<storage::KnowledgeChunk> &chunks)
    {
        exec("BEGIN");
        sqlite3_stmt *insert = nullptr;
        sqlite3_prepare_v2(m_db, "INSERT INTO docs(rowid, text) VALUES (?1, ?2)", -1, &insert,
                           nullptr);
        for (const auto &chunk : chunks) {
            const QByteArray text =
                (chunk.section.join(u' ') + u'\n' + chunk.question + u'\n' + chunk.text).toUtf8();
            sqlite3_bind_int64(insert, 1, chunk.id);
            sqlite3_bind_text(insert, 2, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            if (sqlite3_step(insert) != SQLITE_DONE)
                qFatal("peer: insert failed: %s", sqlite3_errmsg(m_db));
            sqlite3_reset(insert);
        }
        sqlite3_finalize(insert);
        exec("COMMIT");
        exec("PRAGMA wal_checkpoint(TRUNCATE)");
        sqlite3_prepare_v2(m_db,
                           "SELECT rowid, text, bm25(docs) FROM docs WHERE docs MATCH ?1 "
                           "ORDER BY rank LIMIT ?2",
                           -1, &m_query, nullptr);
    }

    // The query's words, each quoted, OR-ed: what a developer writes first.
    QList<qint64> search(const QString &query, int k)
    {
        static const QRegularExpression word(QStringLiteral("\\w+"),
                                             QRegularExpression::UseUnicodePropertiesOption);
        QStringList phrases;
        auto it = word.globalMatch(query);
        while (it.hasNext())
            phrases.append(u'"' + it.next().captured(0) + u'"');
        QList<qint64> ids;
        if (phrases.isEmpty())
            return ids;
        const QByteArray match = phrases.join(QStringLiteral(" OR ")).toUtf8();
        sqlite3_bind_text(m_query, 1, match.constData(), int(match.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int(m_query, 2, k);
        while (sqlite3_step(m_query) == SQLITE_ROW) {
            ids.append(sqlite3_column_int64(m_query, 0));
            // Read the text as a caller would.
            m_checksum += quint64(sqlite3_column_bytes(m_query, 1));
        }
        sqlite3_reset(m_query);
        return ids;
    }

private:
    void exec(const char *sql)
    {
        char *message = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK)
            qFatal("peer: %s: %s", sql, message ? message : "?");
    }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_query = nullptr;
    quint64 m_checksum = 0;
};

void pinTo(int cpu)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    if (sched_setaffinity(0, sizeof(set), &set) != 0)
        std::fprintf(stderr, "warning: cannot pin to cpu %d; run under taskset -c %d\n", cpu, cpu);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // One line per imported file would bury the progress and the results.
    QLoggingCategory::setFilterRules(u"sportello.*.debug=false\nsportello.*.info=false"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Knowledge base at scale: import, size, RSS and query latency"));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("chunks"), QStringLiteral("about this many chunks"), QStringLiteral("n"),
         QStringLiteral("100000")},
        {QStringLiteral("queries"), QStringLiteral("queries per mode"), QStringLiteral("n"),
         QStringLiteral("2000")},
        {QStringLiteral("seed"), QStringLiteral("corpus and query seed"), QStringLiteral("n"),
         QStringLiteral("1")},
        {QStringLiteral("cpu"), QStringLiteral("core the queries run on"), QStringLiteral("n"),
         QStringLiteral("0")},
        {QStringLiteral("data-dir"),
         QStringLiteral("keep the corpus and data folder here (default: a temporary folder)"),
         QStringLiteral("dir")},
        {QStringLiteral("reuse"),
         QStringLiteral("with --data-dir: skip generation and import, query what is there")},
        {QStringLiteral("json"), QStringLiteral("print one JSON object")},
    });
    parser.process(app);
    const int targetChunks = parser.value(QStringLiteral("chunks")).toInt();
    const int queryCount = parser.value(QStringLiteral("queries")).toInt();
    const quint64 seed = parser.value(QStringLiteral("seed")).toULongLong();
    const int cpu = parser.value(QStringLiteral("cpu")).toInt();
    const bool reuse = parser.isSet(QStringLiteral("reuse"));

    QTemporaryDir temporary;
    const QString root = parser.isSet(QStringLiteral("data-dir"))
                             ? parser.value(QStringLiteral("data-dir"))
                             : temporary.path();
    const QString corpusDir = root + QStringLiteral("/corpus");
    const QString dataDir = root + QStringLiteral("/data");
    if (reuse && !parser.isSet(QStringLiteral("data-dir"))) {
        std::fprintf(stderr, "--reuse needs --data-dir\n");
        return 2;
    }
    QDir().mkpath(corpusDir);
    QDir().mkpath(dataDir);

    QJsonObject out;
    out.insert(QStringLiteral("cores"), QThread::idealThreadCount());
    out.insert(QStringLiteral("load_average_start"), loadAverage());
    out.insert(QStringLiteral("seed"), QString::number(seed));

    // Generation.
    CorpusGenerator generator(seed, targetChunks);
    QStringList paths;
    auto started = Clock::now();
    paths = generator.write(corpusDir, !reuse);
    const double generateSeconds = secondsSince(started);
    out.insert(QStringLiteral("files"), int(paths.size()));
    out.insert(QStringLiteral("corpus_bytes"), folderSize(corpusDir));
    out.insert(QStringLiteral("generate_seconds"), generateSeconds);

    config::ServerConfig config;
    config.server.dataDir = dataDir;
    config.knowledge.mode = config::KnowledgeSection::Mode::Hybrid;
    config.knowledge.embedder = config::KnowledgeSection::Embedder::FastText;
    config::BusinessConfig business;
    business.phoneNumberId = kBusiness;
    business.name = QStringLiteral("Benessere Italia");
    business.languages = {QStringLiteral("it"), QStringLiteral("en")};
    business.defaultLanguage = QStringLiteral("it");
    config.businesses.append(business);

    storage::DatabaseOptions databaseOptions;
    databaseOptions.path = dataDir + QStringLiteral("/sportello.db");
    storage::Database database(databaseOptions);
    const Memory beforeImport = memory();
    Memory afterImport;
    try {
        database.open();
        KnowledgeBase knowledge(database, config);

        // Import.
        if (!reuse) {
            Clock::time_point trainingStarted{};
            Clock::time_point embeddingStarted{};
            int lastPercent = -1;
            ImportProgress::Stage lastStage = ImportProgress::Stage::Parsing;
            const auto progress = [&](const ImportProgress &p) {
                if (p.stage == ImportProgress::Stage::Training &&
                    trainingStarted == Clock::time_point{})
                    trainingStarted = Clock::now();
                if (p.stage == ImportProgress::Stage::Embedding &&
                    embeddingStarted == Clock::time_point{})
                    embeddingStarted = Clock::now();
                const int percent = p.total > 0 ? int(p.done * 100 / p.total) : 0;
                if (p.stage != lastStage || percent / 5 != lastPercent / 5) {
                    static const char *names[] = {"storing", "storing", "training", "embedding",
                                                  "done"};
                    std::fprintf(stderr, "\r%-9s %3d%% (%.0f s)   %s", names[int(p.stage)], percent,
                                 secondsSince(started),
                                 p.stage == ImportProgress::Stage::Done ? "\n" : "");
                    lastStage = p.stage;
                    lastPercent = percent;
                }
            };
            started = Clock::now();
            const ImportReport report = knowledge.import(kBusiness, paths, {}, progress);
            const double importSeconds = secondsSince(started);
            const double storeSeconds =
                std::chrono::duration<double>(trainingStarted - started).count();
            const double trainSeconds =
                std::chrono::duration<double>(embeddingStarted - trainingStarted).count();
            const double embedSeconds = importSeconds - storeSeconds - trainSeconds;
            const int failed = report.count(ImportedFile::Outcome::Failed);
            for (const QString &warning : report.warnings)
                std::fprintf(stderr, "warning: %s\n", qUtf8Printable(warning));
            if (failed > 0) {
                for (const auto &file : report.files) {
                    if (file.outcome == ImportedFile::Outcome::Failed) {
                        std::fprintf(stderr, "failed: %s\n", qUtf8Printable(file.error));
                        break;
                    }
                }
            }
            out.insert(QStringLiteral("files_failed"), failed);
            out.insert(QStringLiteral("import_seconds"), importSeconds);
            out.insert(QStringLiteral("store_seconds"), storeSeconds);
            out.insert(QStringLiteral("train_seconds"), trainSeconds);
            out.insert(QStringLiteral("embed_index_seconds"), embedSeconds);
            // What the server's periodic checkpoint does: the WAL's pages go into the file.
            started = Clock::now();
            database.checkpoint();
            out.insert(QStringLiteral("checkpoint_seconds"), secondsSince(started));
        }
        storage::KnowledgeRepository repository(database.connection());
        const QList<storage::KnowledgeChunk> chunks = repository.businessChunks(kBusiness);
        QHash<qint64, QString> sourceOf;
        for (const auto &document : repository.documents(kBusiness))
            sourceOf.insert(document.id, document.sourceName);
        const qint64 chunkCount = chunks.size();
        out.insert(QStringLiteral("chunks"), chunkCount);
        if (out.contains(QStringLiteral("import_seconds")))
            out.insert(QStringLiteral("chunks_per_second"),
                       double(chunkCount) / out.value(QStringLiteral("import_seconds")).toDouble());
        const QString businessDir = KnowledgePaths::businessDir(dataDir, kBusiness);
        out.insert(QStringLiteral("db_bytes"), fileSize(databaseOptions.path));
        out.insert(QStringLiteral("wal_bytes"), fileSize(databaseOptions.path + u"-wal"_s));
        out.insert(QStringLiteral("vector_index_bytes"), folderSize(businessDir, u".hnsw"_s));
        out.insert(QStringLiteral("fasttext_model_bytes"),
                   fileSize(KnowledgePaths::fastTextModel(dataDir, kBusiness)));
        out.insert(QStringLiteral("knowledge_dir_bytes"), folderSize(businessDir));
        afterImport = memory();
        // Printed now as well: the queries that follow can take minutes.
        std::fprintf(stderr,
                     "imported: %lld chunks; database %.1f MiB, vector index %.1f MiB; RSS %.0f "
                     "MiB (peak %.0f MiB)\n",
                     chunkCount, mib(fileSize(databaseOptions.path)),
                     mib(folderSize(businessDir, u".hnsw"_s)), double(afterImport.rssKiB) / 1024,
                     double(afterImport.hwmKiB) / 1024);

        // Queries, on one core.
        pinTo(cpu);
        out.insert(QStringLiteral("cpu"), cpu);
        const QList<Query> queries = makeQueries(generator, queryCount, seed);
        using Mode = config::KnowledgeSection::Mode;
        struct ModeRun
        {
            const char *name;
            Mode mode;
        };
        const ModeRun modes[] = {
            {"bm25", Mode::Bm25}, {"dense", Mode::Dense}, {"hybrid", Mode::Hybrid}};
        QJsonObject latencies;
        QJsonObject quality;
        int targeted = 0;
        for (const Query &q : queries)
            targeted += q.targetSource.isEmpty() ? 0 : 1;
        for (const ModeRun &run : modes) {
            KnowledgeBase::SearchOptions options;
            options.mode = run.mode;
            const auto request = [](const Query &q) {
                RetrievalRequest r;
                r.phoneNumberId = kBusiness;
                r.query = q.text;
                r.language = q.language;
                r.date = kToday;
                r.topK = kTopK;
                return r;
            };
            // Warm-up: the first search loads the index and the model; caches fill.
            for (int i = 0; i < std::min<int>(kWarmUp, int(queries.size())); ++i)
                knowledge.search(request(queries.at(i)), options);
            Latency latency;
            int hits = 0;
            int empty = 0;
            QString note;
            for (const Query &q : queries) {
                const RetrievalRequest r = request(q);
                const auto t0 = Clock::now();
                const QList<RetrievedChunk> found = knowledge.search(r, options, &note);
                latency.ms.push_back(secondsSince(t0) * 1000.0);
                empty += found.isEmpty() ? 1 : 0;
                if (!q.targetSource.isEmpty() &&
                    std::any_of(found.cbegin(), found.cend(), [&q](const RetrievedChunk &c) {
                        return hitsTarget(q, c.sourceName, c.section);
                    }))
                    ++hits;
            }
            if (!note.isEmpty())
                std::fprintf(stderr, "%s: %s\n", run.name, qUtf8Printable(note));
            latencies.insert(QString::fromLatin1(run.name), latency.toJson());
            quality.insert(QString::fromLatin1(run.name),
                           QJsonObject{{QStringLiteral("targeted_hit@10"),
                                        targeted ? double(hits) / targeted : 0.0},
                                       {QStringLiteral("empty_results"), empty}});
        }
        const Memory afterQueries = memory();
        out.insert(QStringLiteral("queries"), int(queries.size()));
        out.insert(QStringLiteral("targeted_queries"), targeted);
        out.insert(QStringLiteral("rss"),
                   QJsonObject{{QStringLiteral("before_import_kib"), beforeImport.rssKiB},
                               {QStringLiteral("after_import_hwm_kib"), afterImport.hwmKiB},
                               {QStringLiteral("after_import_rss_kib"), afterImport.rssKiB},
                               {QStringLiteral("after_queries_hwm_kib"), afterQueries.hwmKiB},
                               {QStringLiteral("after_queries_rss_kib"), afterQueries.rssKiB}});

        // Where a hybrid query's time goes, measured piece by piece on the same queries.
        QString error;
        auto embedder =
            FastTextEmbedder::load(KnowledgePaths::fastTextModel(dataDir, kBusiness), &error);
        if (!embedder)
            qFatal("cannot load the fastText model: %s", qUtf8Printable(error));
        auto index =
            VectorIndex::load(KnowledgePaths::vectorIndex(dataDir, kBusiness, embedder->modelId()),
                              embedder->dimensions(), embedder->modelId(), &error);
        if (!index)
            qFatal("cannot load the vector index: %s", qUtf8Printable(error));
        Latency embedLatency;
        std::vector<QList<float>> queryVectors;
        queryVectors.reserve(std::size_t(queries.size()));
        for (const Query &q : queries) {
            const auto t0 = Clock::now();
            queryVectors.push_back(embedder->embedOne(EmbeddingText::forQuery(q.text)));
            embedLatency.ms.push_back(secondsSince(t0) * 1000.0);
        }

        // The two halves of a hybrid search as HybridRetriever runs them (50 candidates each).
        Latency lexicalWide;
        Latency denseWide;
        {
            // KnowledgeBase's path: the in-memory lexical index, built here again (after the
            // memory was measured) to time the build.
            LexicalIndexStore lexicalIndexes(database);
            LexicalIndexStore::Sync lexicalSync;
            const auto lexicalIndex = lexicalIndexes.current(kBusiness, &lexicalSync);
            out.insert(QStringLiteral("lexical_index_build_seconds"), lexicalSync.seconds);
            out.insert(QStringLiteral("lexical_index_bytes"), qint64(lexicalIndex->memoryBytes()));
            std::fprintf(stderr, "lexical index: %lld chunks built in %.2f s, %.1f MiB\n",
                         qlonglong(lexicalIndex->size()), lexicalSync.seconds,
                         mib(qint64(lexicalIndex->memoryBytes())));
            LexicalRetriever lexical(database.connection(), lexicalIndexes);
            DenseRetriever dense(database.connection(), *embedder, *index);
            const int candidates = HybridRetriever::Options{}.candidates;
            {
                for (qsizetype i = 0; i < queries.size(); ++i) {
                    RetrievalRequest r;
                    r.phoneNumberId = kBusiness;
                    r.query = queries.at(i).text;
                    r.language = queries.at(i).language;
                    r.date = kToday;
                    r.topK = std::max(kTopK, candidates);
                    auto t0 = Clock::now();
                    lexical.retrieve(r);
                    const double lexicalMs = secondsSince(t0) * 1000.0;
                    t0 = Clock::now();
                    dense.retrieve(r, queryVectors.at(std::size_t(i)));
                    const double denseMs = secondsSince(t0) * 1000.0;
                    if (i >= kWarmUp) { // the first ones warm up
                        lexicalWide.ms.push_back(lexicalMs);
                        denseWide.ms.push_back(denseMs);
                    }
                }
            }
        }
        latencies.insert(QStringLiteral("hybrid_part_bm25_top50"), lexicalWide.toJson());
        latencies.insert(QStringLiteral("hybrid_part_dense_top50_no_embedding"),
                         denseWide.toJson());

        // Peer (dense): exact cosine scan over the same vectors vs the hnswlib index.
        started = Clock::now();
        const int dims = embedder->dimensions();
        std::vector<float> matrix(std::size_t(chunkCount) * std::size_t(dims));
        std::vector<qint64> ids(static_cast<std::size_t>(chunkCount));
        for (qint64 i = 0; i < chunkCount; ++i) {
            const auto &chunk = chunks.at(i);
            const QList<float> vector = embedder->embedOne(
                EmbeddingText::forChunk(chunk.section, chunk.question, chunk.text));
            std::copy(vector.cbegin(), vector.cend(), matrix.begin() + i * dims);
            ids[std::size_t(i)] = chunk.id;
        }
        out.insert(QStringLiteral("peer_embed_all_seconds"), secondsSince(started));
        Latency hnswLatency;
        Latency scanLatency;
        double recallSum = 0.0;
        int recallQueries = 0;
        std::vector<std::pair<float, qint64>> scored(static_cast<std::size_t>(chunkCount));
        for (const auto &vector : queryVectors) {
            if (std::all_of(vector.cbegin(), vector.cend(), [](float x) { return x == 0.0f; }))
                continue;
            auto t0 = Clock::now();
            const QList<VectorIndex::Hit> approx = index->search(vector, kTopK);
            hnswLatency.ms.push_back(secondsSince(t0) * 1000.0);
            t0 = Clock::now();
            for (qint64 i = 0; i < chunkCount; ++i) {
                const float *row = matrix.data() + i * dims;
                float dot = 0.0f;
                for (int d = 0; d < dims; ++d)
                    dot += row[d] * vector[d];
                scored[std::size_t(i)] = {dot, ids[std::size_t(i)]};
            }
            std::partial_sort(scored.begin(), scored.begin() + kTopK, scored.end(),
                              [](const auto &a, const auto &b) { return a.first > b.first; });
            scanLatency.ms.push_back(secondsSince(t0) * 1000.0);
            QSet<qint64> exact;
            for (int i = 0; i < kTopK; ++i)
                exact.insert(scored[std::size_t(i)].second);
            int found = 0;
            for (const auto &hit : approx)
                found += exact.contains(hit.id) ? 1 : 0;
            recallSum += double(found) / kTopK;
            ++recallQueries;
        }

        // Peer (lexical): naive FTS5 over the same chunks.
        const QString peerPath = dataDir + QStringLiteral("/peer-fts5.db");
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(peerPath + suffix);
        started = Clock::now();
        NaiveFts5Peer peer(peerPath);
        peer.insertAll(chunks);
        const double peerIndexSeconds = secondsSince(started);
        for (int i = 0; i < std::min<int>(kWarmUp, int(queries.size())); ++i)
            peer.search(queries.at(i).text, kTopK);
        Latency peerLatency;
        int peerHits = 0;
        QHash<qint64, const storage::KnowledgeChunk *> chunkById;
        for (const auto &chunk : chunks)
            chunkById.insert(chunk.id, &chunk);
        for (const Query &q : queries) {
            const auto t0 = Clock::now();
            const QList<qint64> found = peer.search(q.text, kTopK);
            peerLatency.ms.push_back(secondsSince(t0) * 1000.0);
            if (q.targetSource.isEmpty())
                continue;
            for (const qint64 id : found) {
                const auto *chunk = chunkById.value(id);
                if (chunk && hitsTarget(q, sourceOf.value(chunk->documentId), chunk->section)) {
                    ++peerHits;
                    break;
                }
            }
        }
        latencies.insert(QStringLiteral("peer_naive_fts5"), peerLatency.toJson());
        latencies.insert(QStringLiteral("query_embedding_fasttext"), embedLatency.toJson());
        latencies.insert(QStringLiteral("hnsw_search_k10"), hnswLatency.toJson());
        latencies.insert(QStringLiteral("peer_exact_cosine_scan_k10"), scanLatency.toJson());
        quality.insert(QStringLiteral("peer_naive_fts5"),
                       QJsonObject{{QStringLiteral("targeted_hit@10"),
                                    targeted ? double(peerHits) / targeted : 0.0}});
        quality.insert(QStringLiteral("hnsw_recall@10_vs_exact"),
                       recallQueries ? recallSum / recallQueries : 0.0);
        out.insert(QStringLiteral("latency"), latencies);
        out.insert(QStringLiteral("quality"), quality);
        out.insert(QStringLiteral("peer_fts5_index_seconds"), peerIndexSeconds);
        out.insert(QStringLiteral("peer_fts5_db_bytes"), fileSize(peerPath));
    } catch (const storage::StorageError &e) {
        std::fprintf(stderr, "storage error: %s\n", e.what());
        return 1;
    }
    out.insert(QStringLiteral("load_average_end"), loadAverage());

    if (parser.isSet(QStringLiteral("json"))) {
        std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
        return 0;
    }
    const auto value = [&out](const char *key) { return out.value(QLatin1String(key)); };
    std::printf("cores %d, queries pinned to cpu %d, load average %s -> %s\n",
                value("cores").toInt(), cpu, qUtf8Printable(value("load_average_start").toString()),
                qUtf8Printable(value("load_average_end").toString()));
    std::printf("corpus: %d files, %.1f MiB, %lld chunks (seed %s)\n", value("files").toInt(),
                mib(qint64(value("corpus_bytes").toDouble())), qint64(value("chunks").toDouble()),
                qUtf8Printable(value("seed").toString()));
    if (out.contains(QStringLiteral("import_seconds")))
        std::printf("import: %.1f s (%.0f chunks/s): store %.1f s, fastText training %.1f s, "
                    "embedding + hnsw %.1f s; checkpoint %.2f s\n",
                    value("import_seconds").toDouble(), value("chunks_per_second").toDouble(),
                    value("store_seconds").toDouble(), value("train_seconds").toDouble(),
                    value("embed_index_seconds").toDouble(),
                    value("checkpoint_seconds").toDouble());
    std::printf("disk: database %.1f MiB (+ WAL %.1f MiB), vector index %.1f MiB, fastText model "
                "%.1f MiB; peer FTS5 database %.1f MiB (built in %.1f s)\n",
                mib(qint64(value("db_bytes").toDouble())),
                mib(qint64(value("wal_bytes").toDouble())),
                mib(qint64(value("vector_index_bytes").toDouble())),
                mib(qint64(value("fasttext_model_bytes").toDouble())),
                mib(qint64(value("peer_fts5_db_bytes").toDouble())),
                value("peer_fts5_index_seconds").toDouble());
    const QJsonObject rss = value("rss").toObject();
    std::printf("RSS: after import %.0f MiB (peak %.0f MiB), after queries %.0f MiB (peak %.0f "
                "MiB)\n",
                rss.value(u"after_import_rss_kib"_s).toDouble() / 1024,
                rss.value(u"after_import_hwm_kib"_s).toDouble() / 1024,
                rss.value(u"after_queries_rss_kib"_s).toDouble() / 1024,
                rss.value(u"after_queries_hwm_kib"_s).toDouble() / 1024);
    std::printf("\n%-38s %8s %8s %8s %8s %8s  %s\n", "latency (ms)", "p50", "p95", "p99", "max",
                "mean", "targeted hit@10");
    const QJsonObject lat = value("latency").toObject();
    const QJsonObject qual = value("quality").toObject();
    for (const char *key :
         {"bm25", "dense", "hybrid", "peer_naive_fts5", "query_embedding_fasttext",
          "hybrid_part_bm25_top50", "hybrid_part_dense_top50_no_embedding", "hnsw_search_k10",
          "peer_exact_cosine_scan_k10"}) {
        const QJsonObject l = lat.value(QLatin1String(key)).toObject();
        const QJsonValue hit =
            qual.value(QLatin1String(key)).toObject().value(u"targeted_hit@10"_s);
        std::printf(
            "%-38s %8.3f %8.3f %8.3f %8.3f %8.3f  %s\n", key, l.value(u"p50_ms"_s).toDouble(),
            l.value(u"p95_ms"_s).toDouble(), l.value(u"p99_ms"_s).toDouble(),
            l.value(u"max_ms"_s).toDouble(), l.value(u"mean_ms"_s).toDouble(),
            hit.isUndefined() ? "" : qUtf8Printable(QString::number(hit.toDouble(), 'f', 3)));
    }
    std::printf("hnswlib recall@10 against the exact scan: %.3f\n",
                qual.value(u"hnsw_recall@10_vs_exact"_s).toDouble());
    std::printf("(%d queries per mode, %d with a known target; bm25/dense/hybrid through "
                "KnowledgeBase::search, top_k %d; dense and hybrid include the query's fastText "
                "embedding)\n",
                value("queries").toInt(), value("targeted_queries").toInt(), kTopK);
    return 0;
}

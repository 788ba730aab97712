// SPDX-License-Identifier: LicenseRef-Sportello
// Finds booking, order and case references ("#A1234", "PRN-12345", "pratica n. 2024/123").
#include "nlu/entities/referenceextractor.h"

#include <algorithm>

#include "nlu/entities/foldedtext.h"
#include "nlu/text/textnormalizer.h"

namespace sportello::nlu {

namespace {

QRegularExpression compile(const QString &pattern)
{
    QRegularExpression re(pattern, QRegularExpression::UseUnicodePropertiesOption);
    re.optimize();
    return re;
}

QString cueAlternation(QStringList cues)
{
    std::sort(cues.begin(), cues.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList parts;
    for (const QString &cue : cues) {
        // Folded like the text; any run of spaces or dots between the cue's words matches.
        const QStringList words = TextNormalizer::foldedWords(cue);
        if (words.isEmpty()) {
            continue;
        }
        QStringList escaped;
        for (const QString &word : words) {
            escaped.append(QRegularExpression::escape(word));
        }
        parts.append(escaped.join(QStringLiteral("[\\s.'\u00b0]*")));
    }
    parts.removeDuplicates();
    return parts.join(u'|');
}

const QStringList kLanguages{QStringLiteral("it"), QStringLiteral("en"), QStringLiteral("es"),
                             QStringLiteral("fr"), QStringLiteral("de")};

} // namespace

QStringList ReferenceExtractor::defaultCues(const QString &language)
{
    if (language == u"it") {
        return {QStringLiteral("prenotazione"),
                QStringLiteral("codice prenotazione"),
                QStringLiteral("numero prenotazione"),
                QStringLiteral("codice"),
                QStringLiteral("pratica"),
                QStringLiteral("numero pratica"),
                QStringLiteral("ordine"),
                QStringLiteral("numero d'ordine"),
                QStringLiteral("numero ordine"),
                QStringLiteral("riferimento"),
                QStringLiteral("rif"),
                QStringLiteral("fattura"),
                QStringLiteral("numero fattura"),
                QStringLiteral("ticket"),
                QStringLiteral("protocollo"),
                QStringLiteral("prot"),
                QStringLiteral("codice di conferma"),
                QStringLiteral("conferma"),
                QStringLiteral("biglietto"),
                QStringLiteral("voucher")};
    }
    if (language == u"en") {
        return {QStringLiteral("booking ref"),
                QStringLiteral("booking reference"),
                QStringLiteral("booking number"),
                QStringLiteral("booking"),
                QStringLiteral("reference number"),
                QStringLiteral("reference"),
                QStringLiteral("ref"),
                QStringLiteral("order number"),
                QStringLiteral("order"),
                QStringLiteral("confirmation number"),
                QStringLiteral("confirmation code"),
                QStringLiteral("confirmation"),
                QStringLiteral("invoice number"),
                QStringLiteral("invoice"),
                QStringLiteral("ticket number"),
                QStringLiteral("ticket"),
                QStringLiteral("case number"),
                QStringLiteral("case"),
                QStringLiteral("reservation number"),
                QStringLiteral("reservation"),
                QStringLiteral("pnr"),
                QStringLiteral("voucher")};
    }
    if (language == u"es") {
        return {QStringLiteral("número de reserva"),
                QStringLiteral("reserva"),
                QStringLiteral("localizador"),
                QStringLiteral("referencia"),
                QStringLiteral("ref"),
                QStringLiteral("número de pedido"),
                QStringLiteral("pedido"),
                QStringLiteral("número de factura"),
                QStringLiteral("factura"),
                QStringLiteral("expediente"),
                QStringLiteral("código de reserva"),
                QStringLiteral("código"),
                QStringLiteral("número de confirmación"),
                QStringLiteral("billete"),
                QStringLiteral("ticket")};
    }
    if (language == u"fr") {
        return {QStringLiteral("référence"),
                QStringLiteral("réf"),
                QStringLiteral("numéro de réservation"),
                QStringLiteral("réservation"),
                QStringLiteral("dossier"),
                QStringLiteral("numéro de dossier"),
                QStringLiteral("commande"),
                QStringLiteral("numéro de commande"),
                QStringLiteral("facture"),
                QStringLiteral("numéro de facture"),
                QStringLiteral("code de réservation"),
                QStringLiteral("code"),
                QStringLiteral("billet"),
                QStringLiteral("ticket")};
    }
    if (language == u"de") {
        return {QStringLiteral("Buchungsnummer"),  QStringLiteral("Buchungsnr"),
                QStringLiteral("Buchungscode"),    QStringLiteral("Bestellnummer"),
                QStringLiteral("Bestellnr"),       QStringLiteral("Auftragsnummer"),
                QStringLiteral("Rechnungsnummer"), QStringLiteral("Rechnungsnr"),
                QStringLiteral("Referenz"),        QStringLiteral("Referenznummer"),
                QStringLiteral("Vorgangsnummer"),  QStringLiteral("Aktenzeichen"),
                QStringLiteral("Kundennummer"),    QStringLiteral("Buchung"),
                QStringLiteral("Bestellung"),      QStringLiteral("Ticketnummer"),
                QStringLiteral("Ticket")};
    }
    return {};
}

ReferenceExtractor::ReferenceExtractor()
    : m_hash(compile(QStringLiteral("(?<![\\w&#])#\\s?(?<tok>[\\w](?:[\\w/\\-]*[\\w])?)(?![\\w])")))
    , m_code(compile(QStringLiteral("(?<![\\w\\-/])[A-Z]{2,5}-\\d{3,}(?:-[A-Z0-9]+)*(?![\\w\\-])")))
    , m_dateShape(compile(QStringLiteral("^\\d{1,4}[./-]\\d{1,2}(?:[./-]\\d{1,4})?$")))
{
    for (const QString &language : kLanguages) {
        m_cues.insert(language, defaultCues(language));
    }
    rebuild();
}

void ReferenceExtractor::setCues(const QString &language, const QStringList &cues)
{
    m_cues.insert(language, cues);
    rebuild();
}

void ReferenceExtractor::rebuild()
{
    // "n. ", "n° de ", "no. " may come before the cue ("n° de reserva") and "n.", "nr.",
    // "number", "#", ":" after it ("pratica n. 2024/123", "order #123"), as may a verb
    // ("my booking reference is ABC123", "il codice è 1234").
    const QString pre = QStringLiteral(
        "(?:(?:numero|num|nr|no|n)\\s*[.\u00b0]?\\s*(?:de|di|del|della|of|du|d')?\\s*)?");
    const QString verb = QStringLiteral("(?:(?:is|e|es|est|ist|era|was)\\s+)?");
    const QString post = QStringLiteral(
        "(?<post>(?:numero|number|nummer|num|nr|no|n)(?:\\s*[.\u00b0:#]\\s*|\\s+)|[#:]\\s*)?");
    const QString token = QStringLiteral("(?<tok>[\\w](?:[\\w/\\-]*[\\w])?)(?![\\w])");
    const auto build = [&](const QStringList &cues) {
        const QString alternation = cueAlternation(cues);
        if (alternation.isEmpty()) {
            return QRegularExpression();
        }
        return compile(QStringLiteral("(?<![\\w])%1(?:%2)\\b\\.?\\s*[:\\-]?\\s*%3%4%5")
                           .arg(pre, alternation, verb, post, token));
    };
    m_cued.clear();
    QStringList all;
    for (auto it = m_cues.cbegin(); it != m_cues.cend(); ++it) {
        m_cued.insert(it.key(), build(it.value()));
        all += it.value();
    }
    m_cued.insert(QString(), build(all));
}

QList<Entity> ReferenceExtractor::extract(const FoldedText &text, const QString &language) const
{
    QList<Entity> out;
    const auto accept = [&](qsizetype foldedStart, qsizetype foldedEnd, bool explicitMarker) {
        const QString token = text.folded().mid(foldedStart, foldedEnd - foldedStart);
        if (!std::any_of(token.cbegin(), token.cend(), [](QChar c) { return c.isDigit(); })) {
            return;
        }
        if (!explicitMarker && (token.size() < 3 || m_dateShape.match(token).hasMatch())) {
            return;
        }
        Entity entity;
        entity.type = EntityType::Reference;
        entity.start = text.originalStart(foldedStart);
        entity.length = text.originalEnd(foldedEnd) - entity.start;
        entity.text = text.original().mid(entity.start, entity.length);
        entity.value = entity.text;
        out.append(entity);
    };

    const auto cued = m_cued.constFind(m_cued.contains(language) ? language : QString());
    if (cued != m_cued.cend() && cued->isValid() && !cued->pattern().isEmpty()) {
        auto it = cued->globalMatch(text.folded());
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            accept(m.capturedStart(u"tok"), m.capturedEnd(u"tok"), m.capturedLength(u"post") > 0);
        }
    }
    auto hashes = m_hash.globalMatch(text.folded());
    while (hashes.hasNext()) {
        const QRegularExpressionMatch m = hashes.next();
        if (m.capturedLength(u"tok") >= 3) {
            accept(m.capturedStart(u"tok"), m.capturedEnd(u"tok"), true);
        }
    }
    auto codes = m_code.globalMatch(text.original());
    while (codes.hasNext()) {
        const QRegularExpressionMatch m = codes.next();
        Entity entity;
        entity.type = EntityType::Reference;
        entity.start = m.capturedStart();
        entity.length = m.capturedLength();
        entity.text = m.captured();
        entity.value = entity.text;
        out.append(entity);
    }
    return out;
}

} // namespace sportello::nlu

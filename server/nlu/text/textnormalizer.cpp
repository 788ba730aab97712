// SPDX-License-Identifier: LicenseRef-Sportello
// The one way every NLU component turns customer text into comparable words.
#include "nlu/text/textnormalizer.h"

namespace sportello::nlu {

namespace {

bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == U'\u2019' || c == U'\u2018' || c == U'\u02BC' || c == U'`' ||
           c == U'\u00B4';
}

} // namespace

QString TextNormalizer::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const char32_t c : decomposed.toUcs4()) {
        switch (QChar::category(c)) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            // Keep the emoji variation selectors' and skin tones' neighbours intact but
            // drop accents; variation selectors are marks too and carry no meaning here.
            continue;
        default:
            break;
        }
        if (isApostrophe(c)) {
            out.append(QLatin1Char('\''));
            continue;
        }
        switch (c) {
        case U'\u00DF': // ß
        case U'\u1E9E': // ẞ
            out.append(QStringLiteral("ss"));
            continue;
        case U'\u00E6':
        case U'\u00C6':
            out.append(QStringLiteral("ae"));
            continue;
        case U'\u0153':
        case U'\u0152':
            out.append(QStringLiteral("oe"));
            continue;
        default:
            break;
        }
        const char32_t lower = QChar::toCaseFolded(c);
        if (QChar::requiresSurrogates(lower)) {
            out.append(QChar(QChar::highSurrogate(lower)));
            out.append(QChar(QChar::lowSurrogate(lower)));
        } else {
            out.append(QChar(static_cast<char16_t>(lower)));
        }
    }
    return out;
}

QStringList TextNormalizer::words(const QString &folded)
{
    QStringList result;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const bool wordChar = i < folded.size() && folded.at(i).isLetterOrNumber();
        if (wordChar && start < 0) {
            start = i;
        } else if (!wordChar && start >= 0) {
            result.append(folded.mid(start, i - start));
            start = -1;
        }
    }
    return result;
}

} // namespace sportello::nlu

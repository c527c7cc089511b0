#include "JapaneseText.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace dsr {

namespace {

// Variant → indexed form, keyed by code point (some variants lie outside the BMP).
const QHash<char32_t, char32_t> &variantTable()
{
    static const QHash<char32_t, char32_t> table = [] {
        QHash<char32_t, char32_t> t;
        QFile f(QStringLiteral(":/text/name_variants.tsv"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("name variant table missing from the program resources");
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const QList<QByteArray> cols = line.split('\t');
            const QList<uint> canonical = QString::fromUtf8(cols.first()).toUcs4();
            if (canonical.size() != 1)
                continue;
            for (qsizetype i = 1; i < cols.size(); ++i) {
                const QList<uint> variant = QString::fromUtf8(cols[i]).toUcs4();
                if (variant.size() == 1)
                    t.insert(variant.first(), canonical.first());
            }
        }
        return t;
    }();
    return table;
}

bool isHiragana(char32_t c)
{
    return c >= 0x3041 && c <= 0x3096;
}

} // namespace

QString JapaneseText::foldVariants(const QString &text)
{
    const auto &table = variantTable();
    QList<uint> ucs = text.toUcs4();
    bool changed = false;
    for (uint &c : ucs) {
        const auto it = table.constFind(c);
        if (it != table.constEnd()) {
            c = *it;
            changed = true;
        }
    }
    return changed ? QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs.constData()), ucs.size())
                   : text;
}

QString JapaneseText::searchKey(const QString &text)
{
    const QString nfkc = text.normalized(QString::NormalizationForm_KC).toLower();
    QString out;
    out.reserve(nfkc.size());
    for (QChar c : nfkc) {
        if (c.isSpace())
            continue;
        out.append(isHiragana(c.unicode()) ? QChar(c.unicode() + 0x60) : c);
    }
    return foldVariants(out);
}

QString JapaneseText::toKatakana(const QString &text)
{
    const QString nfkc = text.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(nfkc.size());
    bool pendingSpace = false;
    for (QChar c : nfkc) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(QChar(0x3000));
            pendingSpace = false;
        }
        out.append(isHiragana(c.unicode()) ? QChar(c.unicode() + 0x60) : c);
    }
    return out;
}

bool JapaneseText::isKatakana(const QString &text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 0x30A1 && u <= 0x30FA) || u == 0x30FC || u == 0x30FB || u == 0x3000 || u == u' '
            || u == 0x30FD || u == 0x30FE;
        if (!ok)
            return false;
    }
    return !text.trimmed().isEmpty();
}

QString JapaneseText::normalizePostalCode(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})[-‐−–ー]?(\\d{4})$"));
    const QString nfkc = text.normalized(QString::NormalizationForm_KC).trimmed();
    const auto m = pattern.match(nfkc);
    if (!m.hasMatch())
        return {};
    return m.captured(1) + QLatin1Char('-') + m.captured(2);
}

QString JapaneseText::abridgedAddress(const QString &address)
{
    // Digits of any width (NFKC makes ２ a 2) end the part that names a place; so does a block
    // written in kanji numerals (三丁目, 十二番地). Place names with kanji numerals (八王子, 四谷)
    // stay, as they are not followed by 丁目 or 番.
    static const QRegularExpression block(
        QStringLiteral("(\\d|[一二三四五六七八九十〇]+\\s*(丁目|番地|番(?!町)|号))"));
    const QString folded = address.normalized(QString::NormalizationForm_KC);
    const QRegularExpressionMatch m = block.match(folded);
    QString out = m.hasMatch() ? folded.left(m.capturedStart()) : folded;
    out = out.trimmed();
    // A trailing separator left by the cut (本町 - 1, 本町字 ).
    static const QString separators = QStringLiteral("-\u2010\u2015\u2212 \u3000");
    while (!out.isEmpty() && separators.contains(out.back()))
        out.chop(1);
    return out.trimmed();
}

} // namespace dsr

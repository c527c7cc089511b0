#include "RedactionFinder.h"

#include "MemberNameIndex.h"
#include "PageOcr.h"
#include "PageText.h"
#include "SourceDocument.h"
#include "security/MyNumber.h"
#include "text/JapaneseText.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcDocuments)

namespace dsr {

namespace {

// A range of PageText::text() a detector matched.
struct Span
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString digits;

    bool contains(const Span &o) const { return start <= o.start && o.start + o.length <= start + length; }
};

// The page's text reduced as search keys are, with each unit of the key pointing back at the
// source characters it came from.
struct Folded
{
    QString key;
    QList<qsizetype> from; // per unit of `key`: the first source unit
    QList<qsizetype> to; // and one past the last
};

Folded fold(const QString &text)
{
    Folded f;
    f.key.reserve(text.size());
    qsizetype pieceStart = -1; // the last source character that produced key units
    qsizetype pieceKey = 0; // where its units start in the key
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype n = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        QString k = JapaneseText::searchKey(text.mid(i, n));
        if (k.isEmpty()) { // a space
            pieceStart = -1;
            i += n;
            continue;
        }
        qsizetype from = i;
        if (k.at(0).isMark() && pieceStart >= 0) {
            // A half-width voiced mark (ｶﾞ): folded with the character before, as NFKC joins them.
            from = pieceStart;
            k = JapaneseText::searchKey(text.mid(pieceStart, i + n - pieceStart));
            f.key.truncate(pieceKey);
            f.from.resize(pieceKey);
            f.to.resize(pieceKey);
        } else {
            pieceStart = i;
            pieceKey = f.key.size();
        }
        for (QChar c : std::as_const(k)) {
            f.key.append(c);
            f.from.append(from);
            f.to.append(i + n);
        }
        i += n;
    }
    return f;
}

QList<Span> searchSpans(const PageText &page, const QString &needleKey)
{
    QList<Span> out;
    if (needleKey.isEmpty())
        return out;
    const Folded f = fold(page.text());
    for (qsizetype at = f.key.indexOf(needleKey); at >= 0;
         at = f.key.indexOf(needleKey, at + needleKey.size())) {
        const qsizetype start = f.from.at(at);
        const qsizetype end = f.to.at(at + needleKey.size() - 1);
        out.append(Span { start, end - start, {} });
    }
    return out;
}

QList<Span> myNumberSpans(const PageText &page)
{
    QList<Span> out;
    for (const MyNumber::Match &m : MyNumber::find(page.text()))
        out.append(Span { m.start, m.length, m.digits });
    return out;
}

// Hyphens and dashes a number is written with, ー and － included (what an input method gives).
bool isDash(char16_t u)
{
    switch (u) {
    case u'-':
    case 0x2010: // ‐
    case 0x2011: // ‑
    case 0x2012: // ‒
    case 0x2013: // –
    case 0x2014: // —
    case 0x2015: // ―
    case 0x2212: // −
    case 0x2500: // ─
    case 0x30FC: // ー
    case 0xFE58: // ﹘
    case 0xFE63: // ﹣
    case 0xFF0D: // －
    case 0xFF70: // ｰ
        return true;
    default:
        return false;
    }
}

// The page's text with every character a number may be written with replaced by its plain ASCII
// form, one for one (same length, so positions carry over): full-width digits, dashes, brackets,
// plus, spaces of every width.
QString plainNumbers(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            c = QChar(u'0' + (u - 0xFF10));
        else if (u == 0xFF08)
            c = QLatin1Char('(');
        else if (u == 0xFF09)
            c = QLatin1Char(')');
        else if (u == 0xFF0B)
            c = QLatin1Char('+');
        else if (u == 0x3036) // 〶 circled postal mark
            c = QChar(0x3012);
        else if (c.isSpace() && u != u'\n')
            c = QLatin1Char(' '); // a line feed stays: a number does not run on into the next line
        else if (isDash(u))
            c = QLatin1Char('-');
    }
    return out;
}

QString digitsOf(QStringView text)
{
    QString out;
    for (QChar c : text)
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            out.append(c);
    return out;
}

// The national number ("0" and the rest) when `written` is a Japanese telephone number.
QString nationalNumber(QStringView written)
{
    QString digits;
    if (written.startsWith(u"+81")) {
        digits = digitsOf(written.mid(3));
        if (!digits.startsWith(QLatin1Char('0'))) // +81 (0)3 … keeps its 0
            digits.prepend(QLatin1Char('0'));
    } else {
        digits = digitsOf(written);
    }
    if (!digits.startsWith(QLatin1Char('0')) || digits.size() < 2 || digits.at(1) == QLatin1Char('0'))
        return {};
    static const QStringList elevenDigits { QStringLiteral("070"), QStringLiteral("080"),
                                            QStringLiteral("090"), QStringLiteral("050"),
                                            QStringLiteral("060"), QStringLiteral("020") };
    const bool eleven = elevenDigits.contains(digits.left(3)) || digits.startsWith(QLatin1String("0800"));
    if (digits.size() == 11 && eleven)
        return digits;
    if (digits.size() == 10 && !eleven)
        return digits;
    return {};
}

QList<Span> phoneSpans(const PageText &page)
{
    // Groups of digits with at most one hyphen or space between them, brackets around the area
    // code or the exchange; the digit count and the prefix are checked after (nationalNumber).
    static const QRegularExpression pattern(
        QStringLiteral("(?<![0-9])(?:\\+81[ -]?(?:\\(0\\)[ -]?)?\\(?[1-9][0-9]{0,3}\\)?|\\(?0[0-9]{1,4}\\)?)"
                       "[ -]?\\(?[0-9]{1,4}\\)?[ -]?[0-9]{3,4}(?![0-9])"));
    const QString text = plainNumbers(page.text());
    QList<Span> out;
    qsizetype from = 0;
    while (from < text.size()) {
        const QRegularExpressionMatch m = pattern.match(text, from);
        if (!m.hasMatch())
            break;
        const QString national = nationalNumber(m.capturedView());
        if (national.isEmpty()) {
            // Another reading may start one character later ("1234-03-1234-5678" is not a number,
            // but a number may follow within it).
            from = m.capturedStart() + 1;
            continue;
        }
        out.append(Span { m.capturedStart(), m.capturedLength(), national });
        from = m.capturedEnd();
    }
    return out;
}

QList<Span> postalSpans(const PageText &page)
{
    static const QRegularExpression pattern(
        QStringLiteral("(?<![0-9\\-])(?:\u3012 ?[0-9]{3}-?[0-9]{4}|[0-9]{3}-[0-9]{4})(?![0-9\\-])"));
    const QString text = plainNumbers(page.text());
    QList<Span> out;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype start = m.capturedStart();
        // NNN-NNNN after "(03)" or "03 " is the end of a telephone number, not a postal code.
        if (text.at(start) != QChar(0x3012) && start > 0) {
            const QChar before = text.at(start - 1);
            const QChar twoBefore = start > 1 ? text.at(start - 2) : QChar();
            if (before == QLatin1Char(')')
                || (before == QLatin1Char(' ') && (twoBefore.isDigit() || twoBefore == QLatin1Char(')'))))
                continue;
        }
        out.append(Span { start, m.capturedLength(), digitsOf(m.capturedView()) });
    }
    return out;
}

QList<Span> memberNameSpans(const PageText &page, const MemberNameIndex &index)
{
    QList<Span> out;
    if (index.isEmpty())
        return out;
    const Folded f = fold(page.text());
    for (qsizetype at = 0; at < f.key.size();) {
        bool excepted = false;
        const qsizetype length = index.longestMatchAt(f.key, at, &excepted);
        if (length == 0) {
            ++at;
            continue;
        }
        if (!excepted) {
            const qsizetype start = f.from.at(at);
            out.append(Span { start, f.to.at(at + length - 1) - start, {} });
        }
        at += length;
    }
    return out;
}

// Around each word part of a hit: the glyph boxes of a text layer come from font metrics, and
// antialiasing or a font whose outlines overshoot its metrics may put ink a hair outside them.
// Half a point stays clear of the next character (its side bearing) and the next line.
constexpr double HitMargin = 0.5;

QList<RedactionHit> toHits(const PageText &page, int pageIndex, RedactionSource source,
                           const QList<Span> &spans)
{
    QList<RedactionHit> out;
    for (const Span &s : spans) {
        RedactionHit hit;
        hit.page = pageIndex;
        hit.source = source;
        hit.detector = source;
        hit.text = page.text().mid(s.start, s.length);
        hit.digits = s.digits;
        for (const QRectF &r : page.rects(s.start, s.length))
            hit.rects.append(r.adjusted(-HitMargin, -HitMargin, HitMargin, HitMargin));
        if (!hit.rects.isEmpty())
            out.append(std::move(hit));
    }
    return out;
}

} // namespace

bool RedactionDetectors::any() const
{
    return !searches.isEmpty() || myNumbers || phones || postalCodes
        || (memberNames && !memberNames->isEmpty());
}

QString RedactionFinder::searchKey(const QString &needle)
{
    return fold(needle).key;
}

QList<RedactionHit> RedactionFinder::search(const PageText &text, int page, const QString &needle)
{
    return toHits(text, page, RedactionSource::Search, searchSpans(text, searchKey(needle)));
}

QList<RedactionHit> RedactionFinder::myNumbers(const PageText &text, int page)
{
    return toHits(text, page, RedactionSource::MyNumber, myNumberSpans(text));
}

QList<RedactionHit> RedactionFinder::phones(const PageText &text, int page)
{
    return toHits(text, page, RedactionSource::Phone, phoneSpans(text));
}

QList<RedactionHit> RedactionFinder::postalCodes(const PageText &text, int page)
{
    return toHits(text, page, RedactionSource::PostalCode, postalSpans(text));
}

QList<RedactionHit> RedactionFinder::memberNames(const PageText &text, int page, const MemberNameIndex &index)
{
    return toHits(text, page, RedactionSource::MemberName, memberNameSpans(text, index));
}

QList<RedactionHit> RedactionFinder::find(const PageText &text, int page, const RedactionDetectors &detectors)
{
    if (text.isEmpty())
        return {};
    QList<Span> taken;
    QList<RedactionHit> out;
    const auto add = [&](RedactionSource source, const QList<Span> &spans) {
        QList<Span> fresh;
        for (const Span &s : spans) {
            const bool seen
                = std::any_of(taken.cbegin(), taken.cend(), [&](const Span &t) { return t.contains(s); });
            if (!seen)
                fresh.append(s);
        }
        taken.append(fresh);
        out.append(toHits(text, page, source, fresh));
    };
    for (const QString &needle : detectors.searches)
        add(RedactionSource::Search, searchSpans(text, searchKey(needle)));
    if (detectors.myNumbers)
        add(RedactionSource::MyNumber, myNumberSpans(text));
    if (detectors.phones)
        add(RedactionSource::Phone, phoneSpans(text));
    if (detectors.postalCodes)
        add(RedactionSource::PostalCode, postalSpans(text));
    if (detectors.memberNames)
        add(RedactionSource::MemberName, memberNameSpans(text, *detectors.memberNames));
    return out;
}

QList<RedactionHit> RedactionFinder::find(const SourceDocument &document, const RedactionDetectors &detectors)
{
    auto found = findAll(document, detectors);
    if (!found) {
        qCWarning(lcDocuments) << "finding the suggestions failed; none given";
        return {};
    }
    return found->hits;
}

Result<FoundHits> RedactionFinder::findAll(const SourceDocument &document,
                                           const RedactionDetectors &detectors,
                                           const RedactionProgress &progress)
{
    const RedactionProgress &report = progress ? progress : detectors.progress;
    const int pages = document.pageCount();
    const auto stopped
        = [] { return makeError(ErrorCode::Failure, tr("The search for text to black out was stopped.")); };
    FoundHits found;
    if (!detectors.any())
        return found;
    QString unavailable;
    const bool ocr = detectors.ocr && PageOcr::available(&unavailable);
    for (int page = 0; page < pages; ++page) {
        if (document.hasTextLayer(page)) {
            found.hits.append(find(document.pageText(page), page, detectors));
            if (report && !report(page, pages, 100))
                return stopped();
            continue;
        }
        found.pagesWithoutText.append(page);
        if (!ocr) {
            if (report && !report(page, pages, 100))
                return stopped();
            continue;
        }
        QElapsedTimer timer;
        timer.start();
        auto image = document.render(page, PageOcr::Dpi);
        if (!image)
            return image.error();
        auto text = PageOcr::recognise(*image, PageOcr::Dpi,
                                       [&](int percent) { return !report || report(page, pages, percent); });
        if (!text)
            return text.error();
        qCInfo(lcDocuments) << "page" << page + 1 << "read by OCR in" << timer.elapsed() << "ms";
        for (RedactionHit hit : find(*text, page, detectors)) {
            hit.source = RedactionSource::Ocr;
            found.hits.append(std::move(hit));
        }
        found.ocrPages.append(page);
    }
    if (detectors.ocr && !ocr && !found.pagesWithoutText.isEmpty())
        found.ocrUnavailable = unavailable;
    return found;
}

} // namespace dsr

#include "MyNumber.h"

namespace dsr {

namespace {

struct Group
{
    qsizetype start = 0;
    qsizetype end = 0; // one past the last digit
};

// Calls `found` for each valid number in the run of groups, left to right, without overlaps.
template<typename Found> void scanRun(const QString &text, const QList<Group> &groups, Found &&found)
{
    for (qsizetype s = 0; s < groups.size(); ++s) {
        qsizetype digits = 0;
        for (qsizetype e = s; e < groups.size() && digits < 12; ++e) {
            digits += groups[e].end - groups[e].start;
            if (digits != 12)
                continue;
            QString number;
            number.reserve(12);
            for (qsizetype g = s; g <= e; ++g)
                for (qsizetype i = groups[g].start; i < groups[g].end; ++i)
                    number.append(QChar(u'0' + MyNumber::digitValue(text.at(i))));
            if (MyNumber::checkDigit(number.left(11)) == number.at(11).unicode() - u'0') {
                if (!found(MyNumber::Match { groups[s].start, groups[e].end - groups[s].start, number }))
                    return;
                s = e; // the outer loop's ++s moves past the match
            }
            break; // 12 digits reached: a longer window from `s` cannot be a number
        }
    }
}

// Walks the runs of digit groups in `text`; `found` returns false to stop.
template<typename Found> void scan(const QString &text, Found &&found)
{
    const qsizetype n = text.size();
    QList<Group> groups;
    qsizetype i = 0;
    bool go = true;
    while (i < n && go) {
        if (MyNumber::digitValue(text.at(i)) < 0) {
            ++i;
            continue;
        }
        groups.clear();
        for (;;) {
            Group g { i, i };
            while (g.end < n && MyNumber::digitValue(text.at(g.end)) >= 0)
                ++g.end;
            groups.append(g);
            i = g.end;
            qsizetype k = i;
            while (k < n && k - i <= MyNumber::MaxSeparatorRun && MyNumber::isSeparator(text.at(k)))
                ++k;
            if (k == i || k - i > MyNumber::MaxSeparatorRun || k >= n || MyNumber::digitValue(text.at(k)) < 0)
                break;
            i = k;
        }
        scanRun(text, groups, [&](const MyNumber::Match &m) { return go = found(m); });
    }
}

} // namespace

int MyNumber::digitValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= 0xFF10 && u <= 0xFF19) // full-width ０-９
        return u - 0xFF10;
    return -1;
}

bool MyNumber::isSeparator(QChar c)
{
    switch (c.unicode()) {
    // hyphens and dashes
    case u'-':
    case 0x2010: // ‐ hyphen
    case 0x2011: // ‑ non-breaking hyphen
    case 0x2012: // ‒ figure dash
    case 0x2013: // – en dash
    case 0x2014: // — em dash
    case 0x2015: // ― horizontal bar
    case 0x2043: // ⁃ hyphen bullet
    case 0x2212: // − minus sign
    case 0x2500: // ─ box drawing, what some input methods give for a long dash
    case 0x30FC: // ー prolonged sound mark
    case 0xFE58: // ﹘ small em dash
    case 0xFE63: // ﹣ small hyphen-minus
    case 0xFF0D: // － full-width hyphen-minus
    case 0xFF70: // ｰ half-width prolonged sound mark
    // dots
    case u'.':
    case 0x00B7: // · middle dot
    case 0x2027: // ‧ hyphenation point
    case 0x30FB: // ・ katakana middle dot
    case 0xFF0E: // ． full-width full stop
    case 0xFF65: // ･ half-width katakana middle dot
    // invisible leftovers of a paste
    case 0x00AD: // soft hyphen
    case 0x200B: // zero-width space
    case 0x2060: // word joiner
    case 0xFEFF: // zero-width no-break space
        return true;
    default:
        // Spaces of every width, tab, CR, LF, U+3000 ideographic space.
        return c.isSpace();
    }
}

int MyNumber::checkDigit(const QString &first11)
{
    static const int weights[11] = { 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 };
    int sum = 0;
    for (int i = 0; i < 11 && i < first11.size(); ++i)
        sum += qMax(0, digitValue(first11.at(i))) * weights[i];
    const int r = sum % 11;
    return r <= 1 ? 0 : 11 - r;
}

bool MyNumber::isValid(const QString &number)
{
    if (number.size() != 12)
        return false;
    for (QChar c : number)
        if (digitValue(c) < 0)
            return false;
    return checkDigit(number.left(11)) == digitValue(number.at(11));
}

QList<MyNumber::Match> MyNumber::find(const QString &text)
{
    QList<Match> out;
    scan(text, [&](const Match &m) {
        out.append(m);
        return true;
    });
    return out;
}

bool MyNumber::containsValid(const QString &text)
{
    bool any = false;
    scan(text, [&](const Match &) {
        any = true;
        return false;
    });
    return any;
}

QString MyNumber::mask(const QString &text)
{
    QString out = text;
    for (const Match &m : find(text))
        for (qsizetype i = m.start; i < m.start + m.length; ++i)
            out[i] = QLatin1Char('*');
    return out;
}

} // namespace dsr

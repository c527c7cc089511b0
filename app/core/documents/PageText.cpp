#include "PageText.h"

#include <algorithm>

namespace dsr {

namespace {

// Two words share a line when they overlap by at least half the height of the smaller one: words
// of one line share most of their height whatever their size.
bool sameLine(const QRectF &a, const QRectF &b)
{
    const double overlap = qMin(a.bottom(), b.bottom()) - qMax(a.top(), b.top());
    const double smaller = qMin(a.height(), b.height());
    return smaller > 0 && overlap >= smaller / 2;
}

// Reading order for horizontal writing: lines from the top, words from the left. Poppler lists
// words by the blocks its layout analysis finds, and a wide gap (an ideographic space between a
// label and a name) makes it start a new block within a line.
QList<PageWord> inReadingOrder(QList<PageWord> words)
{
    std::stable_sort(words.begin(), words.end(),
                     [](const PageWord &a, const PageWord &b) { return a.rect.top() < b.rect.top(); });
    QList<QList<PageWord>> lines;
    QList<QRectF> bands;
    for (PageWord &w : words) {
        qsizetype line = -1;
        for (qsizetype l = 0; l < lines.size() && line < 0; ++l)
            if (sameLine(bands.at(l), w.rect))
                line = l;
        if (line < 0) {
            lines.append(QList<PageWord>());
            bands.append(w.rect);
            line = lines.size() - 1;
        }
        // The band keeps the first word's height, so a line does not creep down the page.
        bands[line].setLeft(qMin(bands.at(line).left(), w.rect.left()));
        bands[line].setRight(qMax(bands.at(line).right(), w.rect.right()));
        lines[line].append(std::move(w));
    }
    QList<PageWord> out;
    out.reserve(words.size());
    for (QList<PageWord> &line : lines) {
        std::stable_sort(line.begin(), line.end(),
                         [](const PageWord &a, const PageWord &b) { return a.rect.left() < b.rect.left(); });
        out.append(std::move(line));
    }
    return out;
}

} // namespace

PageText::PageText(QList<PageWord> words, double spaceGap)
    : m_words(inReadingOrder(std::move(words)))
{
    for (int w = 0; w < m_words.size(); ++w) {
        const PageWord &word = m_words.at(w);
        if (w > 0) {
            const PageWord &previous = m_words.at(w - 1);
            QChar join;
            if (!sameLine(previous.rect, word.rect))
                join = QLatin1Char('\n');
            else if (previous.spaceAfter
                     || word.rect.left() - previous.rect.right()
                         > spaceGap * qMin(previous.rect.height(), word.rect.height()))
                join = QLatin1Char(' ');
            if (!join.isNull()) {
                m_text.append(join);
                m_word.append(-1);
                m_index.append(0);
            }
        }
        for (qsizetype i = 0; i < word.text.size(); ++i) {
            m_text.append(word.text.at(i));
            m_word.append(w);
            m_index.append(i);
        }
    }
}

QRectF PageText::glyph(int word, qsizetype index) const
{
    const PageWord &w = m_words.at(word);
    if (w.placeUnknown)
        return w.rect;
    if (w.glyphs.size() == w.text.size())
        return w.glyphs.at(index);
    // No usable character boxes: an even share of the word's width.
    const double share = w.rect.width() / qMax<qsizetype>(1, w.text.size());
    return QRectF(w.rect.left() + share * index, w.rect.top(), share, w.rect.height());
}

QList<QRectF> PageText::rects(qsizetype start, qsizetype length) const
{
    QList<QRectF> out;
    int current = -1;
    QRectF united;
    const qsizetype end = qMin(m_text.size(), start + length);
    for (qsizetype i = qMax<qsizetype>(0, start); i < end; ++i) {
        const int w = m_word.at(i);
        if (w < 0)
            continue;
        const QRectF g = glyph(w, m_index.at(i));
        if (w != current) {
            if (current >= 0 && !united.isEmpty())
                out.append(united);
            current = w;
            united = g;
        } else {
            united = united.united(g);
        }
    }
    if (current >= 0 && !united.isEmpty())
        out.append(united);
    return out;
}

QString PageText::textIn(const QRectF &rect) const
{
    QString out;
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        const int w = m_word.at(i);
        if (w >= 0 && rect.contains(glyph(w, m_index.at(i)).center()))
            out.append(m_text.at(i));
    }
    return out;
}

} // namespace dsr

#pragma once
// The text of one page as the detectors read it: the page's words in reading order, each with its
// rectangle and the rectangles of its characters, joined into one string so that a name or a
// number split over several words is still found — and every range of that string maps back to
// rectangles, one per word part. Poppler's text layer fills it, and OCR (PageOcr) for scanned pages
// the same way.

#include <QList>
#include <QRectF>
#include <QString>

namespace dsr {

struct PageWord
{
    QString text;
    QRectF rect; // points from the page's top-left corner
    // One rectangle per UTF-16 unit of `text` (a surrogate pair has its character's twice). When
    // empty or of another length the word's rectangle is shared out evenly.
    QList<QRectF> glyphs;
    // A space follows the word on its line (Poppler's hasSpaceAfter; OCR knows it too).
    bool spaceAfter = false;
    // Where its characters stand is not known (the value of a form field, the text of an
    // annotation, drawn by the reader inside its rectangle): any part of it takes the whole
    // rectangle, never a share of it.
    bool placeUnknown = false;
};

class PageText
{
public:
    // A gap this wide (a share of the line's height) between two words of a line is a space,
    // whether or not the text layer wrote one (Qt leaves out the ideographic spaces it draws).
    static constexpr double TextLayerSpaceGap = 0.25;
    // The same for OCR'd words, whose boxes hug the ink: between two kanji of one word the gap
    // may be half the line's height (田 then 太), an ideographic space makes it a whole one.
    static constexpr double OcrSpaceGap = 0.8;

    PageText() = default;
    explicit PageText(QList<PageWord> words, double spaceGap = TextLayerSpaceGap);

    // In reading order: lines from the top, words from the left (whatever order they came in).
    const QList<PageWord> &words() const { return m_words; }
    bool isEmpty() const { return m_words.isEmpty(); }
    // The words joined: a line feed where the next word starts another line, a space after a word
    // with spaceAfter or before a gap of `spaceGap` of the line's height, nothing between words
    // that touch (Japanese writes no spaces).
    const QString &text() const { return m_text; }

    // The rectangles covering text()[start, start + length): for each word the range touches, the
    // union of the touched characters' rectangles. The joining spaces and line feeds cover nothing.
    QList<QRectF> rects(qsizetype start, qsizetype length) const;
    // The characters whose centres lie inside `rect`, in reading order: what a hand-drawn box hides.
    QString textIn(const QRectF &rect) const;

private:
    QRectF glyph(int word, qsizetype index) const;

    QList<PageWord> m_words;
    QString m_text;
    // Per UTF-16 unit of m_text: the word it belongs to (-1 for a joining character) and its index
    // in that word.
    QList<int> m_word;
    QList<qsizetype> m_index;
};

} // namespace dsr

// Redaction (issue 12, first increment): documents opened for redaction, the detectors, burn-in and
// the proof. The documents are made here (tests/support/RedactionFixtures.h): a Qt-written PDF in
// the letters' font with made-up names, My Numbers in several writings, telephone numbers and
// postal codes on A4 portrait and landscape pages; a hand-written PDF with an annotation, a form
// field, Info, XMP, a script, an attachment and a rotated page; PNG, JPEG and multi-page TIFF
// scans. After redaction Poppler finds no text, the bytes hold none of the withheld strings,
// every box is black and everything outside the boxes looks as before. Set DSR_REDACTION_OUT=DIR
// to keep the sample and its redacted copy for a look.

#include "RedactionFixtures.h"
#include "TestSupport.h"
#include "documents/ImagePdfWriter.h"
#include "documents/MemberNameIndex.h"
#include "documents/PageText.h"
#include "documents/RedactionFinder.h"
#include "documents/RedactionProof.h"
#include "documents/Redactor.h"
#include "documents/SourceDocument.h"
#include "security/FileModes.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>

#include <cstring>
#include <vector>

#include <QTemporaryDir>
#include <QtTest>
#include <poppler-form.h>
#include <poppler-qt6.h>

using namespace dsr;
using namespace dsr::test;
using namespace dsr::test::redaction;

namespace {

// Poppler as any reader of the copy would use it, independent of the code under test.
std::unique_ptr<Poppler::Document> popplerOf(const QByteArray &pdf)
{
    return Poppler::Document::loadFromData(pdf);
}

void keep(const QString &name, const QByteArray &bytes)
{
    const QString dir = qEnvironmentVariable("DSR_REDACTION_OUT");
    QFile f(QDir(dir).filePath(name));
    if (!dir.isEmpty() && f.open(QIODevice::WriteOnly))
        f.write(bytes);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray utf16be(const QString &text)
{
    QByteArray out;
    for (QChar c : text) {
        out.append(char(c.unicode() >> 8));
        out.append(char(c.unicode() & 0xff));
    }
    return out;
}

// A word of a hand-made page: glyphs shared out evenly (PageText does that when none are given).
PageWord word(const QString &text, double x, double y, double width, bool spaceAfter = false)
{
    return PageWord { text, QRectF(x, y, width, 12), {}, spaceAfter };
}

QString hitTexts(const QList<RedactionHit> &hits)
{
    QStringList out;
    for (const RedactionHit &h : hits)
        out << h.text;
    return out.join(QLatin1Char('|'));
}

// Each pixel the mean of the 5 × 5 pixels around it (from a summed-area table): the ink of a
// stroke stays where it was while its edges may move by a pixel.
QImage blurred(const QImage &grey)
{
    constexpr int r = 2;
    const int w = grey.width();
    const int h = grey.height();
    const size_t stride = size_t(w) + 1;
    std::vector<qint64> sums(stride * (size_t(h) + 1), 0);
    qint64 *table = sums.data();
    for (int y = 0; y < h; ++y) {
        const uchar *row = grey.constScanLine(y);
        const qint64 *above = table + size_t(y) * stride;
        qint64 *here = table + size_t(y + 1) * stride;
        qint64 run = 0;
        for (int x = 0; x < w; ++x) {
            run += row[x];
            here[x + 1] = above[x + 1] + run;
        }
    }
    QImage out(grey.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < h; ++y) {
        const int y0 = qMax(0, y - r);
        const int y1 = qMin(h, y + r + 1);
        const qint64 *top = table + size_t(y0) * stride;
        const qint64 *bottom = table + size_t(y1) * stride;
        uchar *row = out.scanLine(y);
        for (int x = 0; x < w; ++x) {
            const int x0 = qMax(0, x - r);
            const int x1 = qMin(w, x + r + 1);
            row[x] = uchar((bottom[x1] - bottom[x0] - top[x1] + top[x0]) / ((x1 - x0) * (y1 - y0)));
        }
    }
    return out;
}

// How a rendering of the copy differs from the source's outside the boxes (each grown by
// `margin` pixels, more than the blur reaches), both rendered at the resolution the copy was made at.
// Thresholding to black and white moves the edges of strokes, and the copy's pixel grid may be a fraction of
// a pixel off the page's (Poppler may place the copy's image a pixel over), so both are compared blurred (5 ×
// 5): a pixel is off when the ink around it differs by more than `tolerance` — more than a stroke a pixel
// thicker, or a corner a pixel off in both directions (9 of 25 pixels, 92 grey levels), while a glyph of body
// text gone is 150 and more. A missing glyph, an added mark or a page out of place is off in most pixels it
// covers (a test takes a glyph away to show it).
struct Difference
{
    double offShare = 1; // of the pixels compared
    qint64 off = 0;
    double mean = 255; // mean absolute difference, blurred, for the message
};

Difference differenceOutside(const QImage &source, const QImage &copy, const QList<RedactionBox> &boxes,
                             int page, double dpi, int margin, int tolerance = 100)
{
    Difference d;
    if (source.size() != copy.size() || source.isNull())
        return d;
    const QImage a = blurred(source);
    const QImage b = blurred(copy);
    QImage mask(source.size(), QImage::Format_Grayscale8);
    mask.fill(0);
    const double s = dpi / 72.0;
    for (const RedactionBox &box : boxes) {
        if (box.page != page)
            continue;
        const QRect r
            = QRect(QPoint(qFloor(box.rect.left() * s) - margin, qFloor(box.rect.top() * s) - margin),
                    QPoint(qCeil(box.rect.right() * s) + margin, qCeil(box.rect.bottom() * s) + margin))
            & mask.rect();
        for (int y = r.top(); y <= r.bottom(); ++y)
            std::memset(mask.scanLine(y) + r.left(), 1, size_t(r.width()));
    }
    qint64 compared = 0;
    qint64 sum = 0;
    for (int y = 0; y < a.height(); ++y) {
        const uchar *ra = a.constScanLine(y);
        const uchar *rb = b.constScanLine(y);
        const uchar *rm = mask.constScanLine(y);
        for (int x = 0; x < a.width(); ++x) {
            if (rm[x])
                continue;
            const int diff = qAbs(int(ra[x]) - int(rb[x]));
            d.off += diff > tolerance;
            sum += diff;
            ++compared;
        }
    }
    d.offShare = compared ? double(d.off) / compared : 1;
    d.mean = compared ? double(sum) / compared : 255;
    return d;
}

// The darkest share of a region of a rendering: 0 when every pixel is white.
double inkIn(const QImage &grey, const QRect &region)
{
    qint64 ink = 0;
    qint64 all = 0;
    const QRect r = region & grey.rect();
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            ++all;
            ink += grey.constScanLine(y)[x] < 128;
        }
    return all ? double(ink) / all : 0;
}

QRect pixels(const QRectF &points, double dpi)
{
    const double s = dpi / 72.0;
    return QRect(QPoint(qFloor(points.left() * s), qFloor(points.top() * s)),
                 QPoint(qCeil(points.right() * s) - 1, qCeil(points.bottom() * s) - 1));
}

QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestRedaction : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Secrets m_secrets;
    QString m_samplePath;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Redacts the sample document with every detector and both names searched.
    Result<RedactedCopy> redactSample(const QString &out, RedactionPlan *planOut = nullptr)
    {
        auto source = SourceDocument::open(m_samplePath);
        if (!source)
            return source.error();
        RedactionOrder order;
        order.detectors.searches = { m_secrets.name1, m_secrets.name2 };
        order.detectors.myNumbers = true;
        order.detectors.phones = true;
        order.detectors.postalCodes = true;
        order.ground = QStringLiteral("art33-2-1");
        order.reason = QStringLiteral("第三者の権利利益を害するおそれ");
        auto plan = Redactor::plan(*source, order);
        if (!plan)
            return plan.error();
        if (planOut)
            *planOut = *plan;
        return Redactor::writeFile(*source, *plan, out);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_samplePath = path(QStringLiteral("sample.pdf"));
        QVERIFY(writeAll(m_samplePath, makePdf(samplePages(m_secrets))));
        keep(QStringLiteral("sample.pdf"), readAll(m_samplePath));
    }

    // --- the document -------------------------------------------------------------------------

    void opensAPdfWithItsPagesAndWords()
    {
        auto doc = SourceDocument::open(m_samplePath);
        QVERIFY2(doc, qPrintable(doc.error().message));
        QCOMPARE(doc->format(), SourceDocument::Format::Pdf);
        QCOMPARE(doc->pageCount(), 3);
        QVERIFY(qAbs(doc->pageSize(0).width() - 595.28) < 0.5
                && qAbs(doc->pageSize(0).height() - 841.89) < 0.5);
        QVERIFY(qAbs(doc->pageSize(1).width() - 841.89) < 0.5
                && qAbs(doc->pageSize(1).height() - 595.28) < 0.5);
        QVERIFY(doc->hasTextLayer(0));
        const PageText text = doc->pageText(0);
        QVERIFY2(text.text().contains(m_secrets.name1), qPrintable(text.text()));
        // Words sit where they were drawn: the name's line has its baseline at y = 140 pt.
        const QList<RedactionHit> hits = RedactionFinder::search(text, 0, m_secrets.name1);
        QCOMPARE(hits.size(), 1);
        const QRectF r = hits.first().rects.first();
        QVERIFY2(
            r.top() > 120 && r.bottom() < 150 && r.left() > 72,
            qPrintable(QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height())));
        // A name written with an ideographic space inside is one hit of two parts, in reading
        // order although Poppler lists the words by its own blocks.
        const QList<RedactionHit> spaced = RedactionFinder::search(doc->pageText(2), 2, m_secrets.name2);
        QCOMPARE(spaced.size(), 1);
        QCOMPARE(spaced.first().rects.size(), 2);
        QVERIFY(spaced.first().rects.at(0).right() < spaced.first().rects.at(1).left());
        // Rendering gives grey pixels of the page's size.
        auto image = doc->render(0, 100);
        QVERIFY(image);
        QCOMPARE(image->format(), QImage::Format_Grayscale8);
        QCOMPARE(image->size(), QSize(827, 1170));
    }

    // --- the detectors on hand-made pages -----------------------------------------------------

    void searchFindsAcrossWordsAndWidths()
    {
        // A name split into two words without a space, as Japanese PDFs often are.
        const PageText split({ word(QStringLiteral("申請者"), 10, 10, 36),
                               word(QStringLiteral("山田"), 50, 10, 24),
                               word(QStringLiteral("太郎様"), 74, 10, 36) });
        QList<RedactionHit> hits = RedactionFinder::search(split, 0, QStringLiteral("山田太郎"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().rects.size(), 2); // one box per word part
        // The glyphs' boxes with half a point around them.
        QCOMPARE(hits.first().rects.at(0), QRectF(49.5, 9.5, 25, 13));
        QCOMPARE(hits.first().rects.at(1), QRectF(73.5, 9.5, 25, 13)); // 太郎 of 太郎様, not 様

        // A space between the words, half-width kana, hiragana against katakana, case and width.
        const PageText mixed(
            { word(QStringLiteral("山田"), 10, 10, 24, true), word(QStringLiteral("太郎"), 40, 10, 24),
              word(QStringLiteral("ﾔﾏﾀﾞ"), 10, 30, 40), word(QStringLiteral("ＡＢＣ商事"), 10, 50, 60) });
        QCOMPARE(RedactionFinder::search(mixed, 0, QStringLiteral("山田太郎")).size(), 1);
        hits = RedactionFinder::search(mixed, 0, QStringLiteral("やまだ"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().text, QStringLiteral("ﾔﾏﾀﾞ"));
        QCOMPARE(hits.first().rects.first(), QRectF(9.5, 29.5, 41, 13)); // the voiced mark belongs to ﾀ
        QCOMPARE(RedactionFinder::search(mixed, 0, QStringLiteral("abc")).size(), 1);
        QCOMPARE(RedactionFinder::search(mixed, 0, QStringLiteral("ＹＡＭＡＤＡ")).size(), 0);
        // Every hit, not just the first; variant kanji alike.
        const PageText twice({ word(QStringLiteral("髙橋と高橋と高橋"), 10, 10, 96) });
        QCOMPARE(RedactionFinder::search(twice, 0, QStringLiteral("高橋")).size(), 3);
        QVERIFY(RedactionFinder::searchKey(QStringLiteral(" 　")).isEmpty());
    }

    void myNumbersNeedAValidCheckDigit()
    {
        const QString n = m_secrets.number1;
        const PageText page(
            { word(QStringLiteral("番号"), 10, 10, 24, true), word(n.left(4), 40, 10, 24, true),
              word(n.mid(4, 4), 70, 10, 24, true), word(n.mid(8), 100, 10, 24),
              word(fullWidth(Secrets::grouped(m_secrets.number2, QStringLiteral("-"))), 10, 30, 100),
              word(m_secrets.invalidNumber, 10, 50, 72),
              // broken over two lines
              word(m_secrets.number3.left(6), 200, 60, 36), word(m_secrets.number3.mid(6), 10, 80, 36) });
        const QList<RedactionHit> hits = RedactionFinder::myNumbers(page, 0);
        QCOMPARE(hits.size(), 3);
        QCOMPARE(hits.at(0).digits, m_secrets.number1);
        QCOMPARE(hits.at(0).rects.size(), 3);
        QCOMPARE(hits.at(1).digits, m_secrets.number2);
        QCOMPARE(hits.at(2).digits, m_secrets.number3);
        QCOMPARE(hits.at(2).rects.size(), 2);
        for (const RedactionHit &h : hits)
            QCOMPARE(h.source, RedactionSource::MyNumber);
    }

    void phonesAndPostalCodes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("phones");
        QTest::addColumn<QString>("postalCodes");
        QTest::newRow("fixed") << QStringLiteral("電話03-1234-5678まで") << QStringLiteral("03-1234-5678")
                               << QString();
        QTest::newRow("mobile") << QStringLiteral("携帯 090-1234-5678") << QStringLiteral("090-1234-5678")
                                << QString();
        QTest::newRow("no hyphens") << QStringLiteral("TEL0956221234") << QStringLiteral("0956221234")
                                    << QString();
        QTest::newRow("brackets") << QStringLiteral("(0956)22-1234、0956(22)1234")
                                  << QStringLiteral("(0956)22-1234|0956(22)1234") << QString();
        QTest::newRow("full width") << fullWidth(QStringLiteral("(03)1234-5678"))
                                    << fullWidth(QStringLiteral("(03)1234-5678")) << QString();
        QTest::newRow("long vowel as dash") << QStringLiteral("０３ー１２３４ー５６７８")
                                            << QStringLiteral("０３ー１２３４ー５６７８") << QString();
        QTest::newRow("international")
            << QStringLiteral("+81-90-1234-5678") << QStringLiteral("+81-90-1234-5678") << QString();
        QTest::newRow("toll free") << QStringLiteral("0120-123-456") << QStringLiteral("0120-123-456")
                                   << QString();
        QTest::newRow("mobile too short") << QStringLiteral("090-1234-567") << QString() << QString();
        QTest::newRow("too long") << QStringLiteral("03-1234-56789") << QString() << QString();
        QTest::newRow("not from 0") << QStringLiteral("3-1234-5678") << QString() << QString();
        QTest::newRow("my number is no phone") << m_secrets.number1 << QString() << QString();
        QTest::newRow("amount") << QStringLiteral("金額 1,234,567円") << QString() << QString();
        QTest::newRow("postal with mark")
            << QStringLiteral("〒857-0001 見本市") << QString() << QStringLiteral("〒857-0001");
        QTest::newRow("postal without hyphen")
            << QStringLiteral("〒8570001") << QString() << QStringLiteral("〒8570001");
        QTest::newRow("postal alone")
            << QStringLiteral("郵便番号 857-0001") << QString() << QStringLiteral("857-0001");
        QTest::newRow("postal full width")
            << QStringLiteral("〒８５７－０００１") << QString() << QStringLiteral("〒８５７－０００１");
        QTest::newRow("phone tail is no postal code")
            << QStringLiteral("(045)123-4567") << QStringLiteral("(045)123-4567") << QString();
        QTest::newRow("phone tail after a space")
            << QStringLiteral("045 123-4567") << QStringLiteral("045 123-4567") << QString();
        QTest::newRow("seven digits without mark") << QStringLiteral("8570001") << QString() << QString();
    }
    void phonesAndPostalCodes()
    {
        QFETCH(QString, text);
        QFETCH(QString, phones);
        QFETCH(QString, postalCodes);
        const PageText page({ word(text, 10, 10, 12.0 * text.size()) });
        QCOMPARE(hitTexts(RedactionFinder::phones(page, 0)), phones);
        RedactionDetectors both;
        both.phones = true;
        both.postalCodes = true;
        QStringList postal;
        for (const RedactionHit &h : RedactionFinder::find(page, 0, both))
            if (h.source == RedactionSource::PostalCode)
                postal << h.text;
        QCOMPARE(postal.join(QLatin1Char('|')), postalCodes);
    }

    void findDoesNotRepeatWhatASearchTook()
    {
        const PageText page({ word(QStringLiteral("連絡先03-1234-5678"), 10, 10, 200) });
        RedactionDetectors d;
        d.searches = { QStringLiteral("03-1234-5678") };
        d.phones = true;
        const QList<RedactionHit> hits = RedactionFinder::find(page, 0, d);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().source, RedactionSource::Search);
    }

    // --- other members' names ----------------------------------------------------------------

    void memberNamesAreFoundAsFullNamesOnly()
    {
        // 田中 alone is no full name; 田太郎 would sit inside the requester's name.
        const auto index = std::make_shared<const MemberNameIndex>(
            QStringList { QStringLiteral("佐藤 花子"), QStringLiteral("髙橋　一郎"),
                          QStringLiteral("ヤマモト ジロウ"), QStringLiteral("田中"), QStringLiteral("田太郎"),
                          QStringLiteral("山田　太郎") },
            QStringList { QStringLiteral("山田太郎"), QStringLiteral("ヤマダ タロウ") });
        QCOMPARE(index->size(), 4);
        QVERIFY(index->contains(QStringLiteral("高橋一郎")));
        QVERIFY(!index->contains(QStringLiteral("田中")));
        QVERIFY(!index->contains(QStringLiteral("山田 太郎"))); // the requester, although listed

        const PageText page({
            word(QStringLiteral("担当"), 10, 10, 24, true),
            word(QStringLiteral("佐藤"), 40, 10, 24),
            word(QStringLiteral("花子"), 70, 10, 24), // split without a space, a gap between
            word(QStringLiteral("審査　高橋一郎"), 10, 30, 84), // 高 for 髙, an ideographic space before
            word(QStringLiteral("ﾔﾏﾓﾄ ｼﾞﾛｳ"), 10, 50, 54), // half width with a space
            word(QStringLiteral("佐藤さんと田中さんが来た"), 10, 70, 144), // surnames alone
            word(QStringLiteral("申請者山田太郎の記録"), 10, 90, 120), // the requester
            word(QStringLiteral("ヤマダ タロウ"), 10, 110, 84),
        });
        const QList<RedactionHit> hits = RedactionFinder::memberNames(page, 0, *index);
        QCOMPARE(hitTexts(hits), QStringLiteral("佐藤 花子|高橋一郎|ﾔﾏﾓﾄ ｼﾞﾛｳ"));
        QCOMPARE(hits.first().rects.size(), 2); // one box per word part
        QCOMPARE(hits.first().rects.at(0), QRectF(39.5, 9.5, 25, 13));
        QCOMPARE(hits.at(1).rects.first(), QRectF(45.5, 29.5, 49, 13)); // 高橋一郎, not 審査
        for (const RedactionHit &h : hits) {
            QCOMPARE(h.source, RedactionSource::MemberName);
            QCOMPARE(h.detector, RedactionSource::MemberName);
        }

        // Through find(): a name searched for is one hit, of the search.
        RedactionDetectors d;
        d.memberNames = index;
        QVERIFY(d.any());
        QCOMPARE(RedactionFinder::find(page, 0, d).size(), 3);
        d.searches = { QStringLiteral("高橋一郎") };
        const QList<RedactionHit> both = RedactionFinder::find(page, 0, d);
        QCOMPARE(both.size(), 3);
        QCOMPARE(both.first().source, RedactionSource::Search);
        // An empty index is no detector.
        RedactionDetectors none;
        none.memberNames = std::make_shared<const MemberNameIndex>(QStringList { QStringLiteral("田中") });
        QVERIFY(!none.any());
        QCOMPARE(RedactionSources::id(RedactionSource::MemberName), QStringLiteral("member-name"));
        QCOMPARE(RedactionSources::fromId(QStringLiteral("member-name")), RedactionSource::MemberName);
    }

    void aHundredThousandNamesScanAPageQuickly()
    {
        // 100,000 distinct full names of two kanji each side; the page's own text is written with
        // other characters, so only the three names put on it can be hits.
        const QString family = QStringLiteral("佐藤鈴木高橋田中伊渡辺山本岡村小林加吉松井清森池");
        const QString given = QStringLiteral("一郎二三花子美和太健次良真由香恵翔大介修平明");
        QStringList names;
        names.reserve(100'000);
        for (int i = 0; names.size() < 100'000; ++i) {
            const int f = i % (family.size() * family.size());
            const int g = i / (family.size() * family.size());
            names.append(family.mid(f / family.size(), 1) + family.mid(f % family.size(), 1) + QChar(0x3000)
                         + given.mid(g / given.size() % given.size(), 1) + given.mid(g % given.size(), 1));
        }
        QElapsedTimer timer;
        timer.start();
        const MemberNameIndex index(names);
        const qint64 buildMs = timer.elapsed();
        QCOMPARE(index.size(), 100'000);

        QList<PageWord> words;
        const QString filler
            = QStringLiteral("この記録は令和七年四月に作成されたものであり開示の対象となる文書である。");
        const QStringList planted { names.at(17), names.at(54'321), names.at(99'999) };
        for (int line = 0; line < 40; ++line) {
            QString text = filler;
            if (line % 13 == 5)
                text.insert(10, planted.at(line / 13));
            words.append(word(text, 40, 40 + line * 18, 500));
        }
        const PageText page(words);
        timer.restart();
        const QList<RedactionHit> hits = RedactionFinder::memberNames(page, 0, index);
        const qint64 scanMs = timer.elapsed();
        qInfo("member names: 100,000 names indexed in %lld ms; a page of %lld characters scanned in %lld ms",
              buildMs, qint64(page.text().size()), scanMs);
        QStringList found;
        for (const RedactionHit &h : hits)
            found.append(h.text);
        QCOMPARE(found, planted);
    }

    // --- burn-in and proof on the sample -----------------------------------------------------

    void redactedCopyHoldsNothingWithheld()
    {
        const QString out = path(QStringLiteral("redacted.pdf"));
        RedactionPlan plan;
        auto copy = redactSample(out, &plan);
        QVERIFY2(copy, qPrintable(copy.error().message));
        QCOMPARE(copy->pages, 3);
        QCOMPARE(copy->dpi, 300);
        const QByteArray bytes = readAll(out);
        keep(QStringLiteral("sample-redacted.pdf"), bytes);
        QCOMPARE(copy->size, bytes.size());
        QCOMPARE(copy->sha256,
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
#ifdef Q_OS_UNIX
        QCOMPARE(FileModes::mode(out), 0600);
#endif

        // The log: every kind of hit, each box with the ground and reason.
        QHash<RedactionSource, int> bySource;
        for (const RedactionBox &b : copy->log) {
            ++bySource[b.source];
            QCOMPARE(b.ground, QStringLiteral("art33-2-1"));
            QVERIFY(!b.reason.isEmpty());
        }
        QVERIFY2(bySource.value(RedactionSource::Search) >= 5,
                 "both names: 2 on page 1–2, spaced name on page 2");
        QVERIFY(bySource.value(RedactionSource::MyNumber) >= 3);
        QVERIFY(bySource.value(RedactionSource::Phone) >= 4);
        QCOMPARE(bySource.value(RedactionSource::PostalCode), 2);

        // No extractor finds anything: Poppler has no text on any page …
        const auto doc = popplerOf(bytes);
        QVERIFY(doc);
        QCOMPARE(doc->numPages(), 3);
        for (int i = 0; i < 3; ++i) {
            const std::unique_ptr<Poppler::Page> p = doc->page(i);
            QVERIFY(p->text(QRectF()).isEmpty());
            QVERIFY(p->textList().empty());
        }
        // … and the bytes hold none of the withheld strings, as UTF-8, UTF-16BE or bare digits.
        for (const QString &form : m_secrets.withheldForms()) {
            QVERIFY2(!bytes.contains(form.toUtf8()), qPrintable(form));
            QVERIFY2(!bytes.contains(utf16be(form)), qPrintable(form));
        }
        // The font is gone too.
        QVERIFY(!bytes.contains("BIZUD"));
        QVERIFY(!bytes.contains("/Font"));
        // The invalid My Number was not taken for one (nor for a phone): it is not in the log.
        for (const RedactionBox &b : copy->log)
            QVERIFY(!b.text.contains(m_secrets.invalidNumber));
    }

    void pagesKeepTheirSizeOrderAndLook()
    {
        const QString out = path(QStringLiteral("look.pdf"));
        RedactionPlan plan;
        auto copy = redactSample(out, &plan);
        QVERIFY2(copy, qPrintable(copy.error().message));
        auto source = SourceDocument::open(m_samplePath);
        auto redacted = SourceDocument::open(out);
        QVERIFY(source && redacted);
        QCOMPARE(redacted->pageCount(), source->pageCount());
        const double dpi = copy->dpi;
        for (int page = 0; page < source->pageCount(); ++page) {
            QVERIFY(qAbs(redacted->pageSize(page).width() - source->pageSize(page).width()) < 0.01);
            QVERIFY(qAbs(redacted->pageSize(page).height() - source->pageSize(page).height()) < 0.01);
            const QImage before = *source->render(page, dpi);
            const QImage after = *redacted->render(page, dpi);
            // Outside the boxes the page looks as before (the markers keep the order apart: a
            // page out of place differs by a 60-point black square).
            const Difference d = differenceOutside(before, after, plan.boxes, page, dpi, 4);
            QVERIFY2(
                d.off == 0,
                qPrintable(
                    QStringLiteral("page %1: %2 pixels off, mean %3").arg(page + 1).arg(d.off).arg(d.mean)));
            // Inside them it is black where the source had text.
            for (const RedactionBox &b : plan.boxes) {
                if (b.page != page)
                    continue;
                QVERIFY(inkIn(before, pixels(b.rect, dpi)) > 0.02);
                QCOMPARE(inkIn(after, pixels(b.rect, dpi).adjusted(1, 1, -1, -1)), 1.0);
            }
        }
        // The comparison sees what matters: a page out of order …
        const QImage first = *source->render(0, dpi);
        QVERIFY(differenceOutside(first, *redacted->render(2, dpi), {}, 0, dpi, 0).off > 10000);
        // … and a single glyph gone (the first of the line that is disclosed).
        const QList<RedactionHit> glyph
            = RedactionFinder::search(source->pageText(0), 0, QStringLiteral("この"));
        QCOMPARE(glyph.size(), 1);
        QImage missing = first;
        const QRect g = pixels(glyph.first().rects.first(), dpi);
        for (int y = g.top(); y <= g.bottom(); ++y)
            std::memset(missing.scanLine(y) + g.left(), 255, size_t(g.width() / 2));
        const qint64 glyphOff = differenceOutside(first, missing, {}, 0, dpi, 0).off;
        QVERIFY2(glyphOff > 100, qPrintable(QString::number(glyphOff)));
    }

    void boxesCoverTheirTextWholly_data()
    {
        QTest::addColumn<double>("pointSize");
        QTest::newRow("10.5 pt") << 10.5;
        QTest::newRow("16 pt") << 16.0;
        QTest::newRow("24 pt") << 24.0;
    }
    void boxesCoverTheirTextWholly()
    {
        // Each withheld text alone on its line: after redaction nothing dark may remain on that
        // line outside the boxes — no stroke of a glyph sticks out of its box.
        QFETCH(double, pointSize);
        const QStringList alone { m_secrets.name1,
                                  Secrets::grouped(m_secrets.number1, QStringLiteral(" ")),
                                  fullWidth(Secrets::grouped(m_secrets.number2, QStringLiteral("-"))),
                                  m_secrets.fullWidthPhone,
                                  m_secrets.phones.at(2),
                                  m_secrets.postal1,
                                  QStringLiteral("ﾔﾏﾀﾞﾀﾛｳ（半角）") };
        redaction::Page page;
        double y = 80;
        for (const QString &text : alone) {
            page.lines.append({ { 72, y }, text, pointSize });
            y += pointSize * 3;
        }
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("alone.pdf"));
        QVERIFY(writeAll(in, makePdf({ page })));
        auto source = SourceDocument::open(in);
        QVERIFY(source);
        RedactionOrder order;
        order.detectors = { { m_secrets.name1, QStringLiteral("ﾔﾏﾀﾞﾀﾛｳ（半角）") }, true, true, true };
        auto plan = Redactor::plan(*source, order);
        QVERIFY(plan);
        const QString out = dir.filePath(QStringLiteral("alone-redacted.pdf"));
        auto copy = Redactor::writeFile(*source, *plan, out);
        QVERIFY2(copy, qPrintable(copy.error().message));
        auto redacted = SourceDocument::open(out);
        const QImage after = *redacted->render(0, copy->dpi);
        const QImage before = *source->render(0, copy->dpi);
        QImage masked = after;
        const double s = copy->dpi / 72.0;
        for (const RedactionBox &b : plan->boxes) {
            const QRect r
                = QRectF(b.rect.topLeft() * s, b.rect.bottomRight() * s).toAlignedRect() & masked.rect();
            for (int yy = r.top(); yy <= r.bottom(); ++yy)
                std::memset(masked.scanLine(yy) + r.left(), 255, size_t(r.width()));
        }
        for (qsizetype i = 0; i < alone.size(); ++i) {
            const double baseline = page.lines.at(i).baseline.y();
            // The line from well above its ascent to well below its descent, the page's width.
            const QRectF band(0, baseline - pointSize * 1.4, 595, pointSize * 2.0);
            QVERIFY2(inkIn(before, pixels(band, copy->dpi)) > 0.001, qPrintable(alone.at(i)));
            QVERIFY2(inkIn(masked, pixels(band, copy->dpi)) == 0.0, qPrintable(alone.at(i)));
        }
    }

    void aTextPageIsSmallAndBiLevel()
    {
        const QString out = path(QStringLiteral("small.pdf"));
        auto copy = redactSample(out);
        QVERIFY2(copy, qPrintable(copy.error().message));
        for (PageEncoding e : copy->encodings)
            QCOMPARE(e, PageEncoding::BiLevel);
        // The goal of the issue: an A4 text page at 300 dpi in at most 300 KB.
        QVERIFY2(copy->size / copy->pages <= 300 * 1024, qPrintable(QString::number(copy->size)));
    }

    void greyWhereThePageHasGreyAreas()
    {
        QImage text(2480, 3508, QImage::Format_Grayscale8);
        text.fill(255);
        {
            QPainter p(&text);
            p.setRenderHint(QPainter::Antialiasing);
            QFont f(*LetterRenderer::fontFamily());
            f.setPixelSize(40);
            p.setFont(f);
            for (int y = 200; y < 3300; y += 60)
                p.drawText(QPointF(200, y),
                           QStringLiteral("開示される本文の行です。Lorem ipsum dolor sit amet 0123456789"));
        }
        QCOMPARE(ImagePdfWriter::chooseEncoding(text), PageEncoding::BiLevel);
        // A photo: 3 × 3 cm of grey shades.
        QImage photo = text;
        for (int y = 0; y < 354; ++y)
            for (int x = 0; x < 354; ++x)
                photo.scanLine(1000 + y)[1000 + x] = uchar(100 + (x + y) % 100);
        QCOMPARE(ImagePdfWriter::chooseEncoding(photo), PageEncoding::Grey);
    }

    void rawPdfExtrasAreGone()
    {
        const RawSecrets s;
        const QByteArray raw = rawPdfWithExtras(s);
        // The source really has what must go.
        const auto before = popplerOf(raw);
        QVERIFY(before);
        QCOMPARE(before->numPages(), 2);
        QVERIFY(!before->infoKeys().isEmpty());
        QVERIFY(before->metadata().contains(QString::fromLatin1(s.xmpCreator)));
        QVERIFY(before->hasEmbeddedFiles());
        QVERIFY(!before->scripts().isEmpty());
        QVERIFY(!before->page(0)->annotations().empty());
        QVERIFY(!before->page(0)->formFields().empty());

        const QString in = path(QStringLiteral("raw.pdf"));
        QVERIFY(writeAll(in, raw));
        auto source = SourceDocument::open(in);
        QVERIFY2(source, qPrintable(source.error().message));
        // The turned page is landscape, and its words are where it shows them.
        QVERIFY(source->pageSize(1).width() > source->pageSize(1).height());
        // The field's value is drawn on the page though it is no text of the page: it is found, and
        // its box is the whole field (PDF 72,600–300,620 from the bottom).
        RedactionOrder order;
        order.detectors.searches = { QString::fromLatin1(s.pageText), QString::fromLatin1(s.rotatedText),
                                     QStringLiteral("valuesecret") };
        auto plan = Redactor::plan(*source, order);
        QVERIFY(plan);
        // The value is found twice: as the text Poppler draws for it, and as the field's value.
        QCOMPARE(plan->boxes.size(), 4);
        const auto fieldBox
            = std::find_if(plan->boxes.cbegin(), plan->boxes.cend(), [&](const RedactionBox &b) {
                  return b.text == QStringLiteral("ValueSecret") && b.rect.width() > 200; // the whole field
              });
        QVERIFY(fieldBox != plan->boxes.cend());
        const QRectF field = fieldBox->rect;
        QVERIFY2(qAbs(field.left() - 71.5) < 0.6 && qAbs(field.top() - (841.89 - 620 - 0.5)) < 0.6
                     && qAbs(field.width() - 229) < 1.2 && qAbs(field.height() - 21) < 1.2,
                 qPrintable(QStringLiteral("%1,%2 %3×%4")
                                .arg(field.x())
                                .arg(field.y())
                                .arg(field.width())
                                .arg(field.height())));
        QVERIFY(source->hasTextLayer(0));
        const QString out = path(QStringLiteral("raw-redacted.pdf"));
        auto copy = Redactor::writeFile(*source, *plan, out);
        QVERIFY2(copy, qPrintable(copy.error().message));

        const QByteArray bytes = readAll(out);
        for (const QByteArray &secret : s.all())
            QVERIFY2(!bytes.contains(secret), secret.constData());
        const auto after = popplerOf(bytes);
        QVERIFY(after);
        QVERIFY(after->infoKeys().isEmpty());
        QVERIFY(after->metadata().isEmpty());
        QVERIFY(!after->hasEmbeddedFiles());
        QVERIFY(after->scripts().isEmpty());
        for (int i = 0; i < after->numPages(); ++i) {
            QVERIFY(after->page(i)->annotations().empty());
            QVERIFY(after->page(i)->formFields().empty());
            QVERIFY(after->page(i)->text(QRectF()).isEmpty());
        }
        QCOMPARE(after->page(1)->pageSizeF(), before->page(1)->pageSizeF());

        // The boxes cover their words wholly, on the turned page too: along each box's line,
        // nothing dark is left outside it.
        auto redacted = SourceDocument::open(out);
        constexpr double dpi = 150;
        for (const RedactionBox &b : plan->boxes) {
            const QImage after = *redacted->render(b.page, dpi);
            const QImage before = *source->render(b.page, dpi);
            // Something is drawn there (the field's value by Poppler, in a small font).
            QVERIFY(inkIn(before, pixels(b.rect, dpi)) > 0.002);
            const QRectF band = b.page == 0 ? QRectF(0, b.rect.top() - 4, 595, b.rect.height() + 8)
                                            : QRectF(b.rect.left() - 4, 0, b.rect.width() + 8, 595);
            // Every box of the page taken away, the band is white.
            QImage masked = after.copy();
            for (const RedactionBox &other : plan->boxes) {
                if (other.page != b.page)
                    continue;
                const QRect box = pixels(other.rect, dpi).adjusted(-2, -2, 2, 2);
                for (int y = box.top(); y <= box.bottom(); ++y)
                    for (int x = box.left(); x <= box.right(); ++x)
                        if (masked.rect().contains(x, y))
                            masked.scanLine(y)[x] = 255;
            }
            QCOMPARE(inkIn(masked, pixels(band, dpi)), 0.0);
        }
    }

    // --- refusals ----------------------------------------------------------------------------

    void encryptedPdfsAreRefused_data()
    {
        QTest::addColumn<QString>("userPassword");
        QTest::addColumn<QString>("says");
        QTest::newRow("password") << QStringLiteral("open-sesame") << QStringLiteral("password");
        QTest::newRow("restrictions only") << QString() << QStringLiteral("encrypted");
    }
    void encryptedPdfsAreRefused()
    {
        QFETCH(QString, userPassword);
        QFETCH(QString, says);
        const QString out = path(QStringLiteral("enc-%1.pdf")
                                     .arg(QString::fromLatin1(QTest::currentDataTag()))
                                     .replace(QLatin1Char(' '), QLatin1Char('-')));
        const QByteArray encrypted = encryptWithQpdf(m_samplePath, out, userPassword);
        QVERIFY2(!encrypted.isEmpty(), "qpdf is needed (tools/install-deps.sh)");
        QVERIFY(encrypted.contains("/Encrypt"));
        auto doc = SourceDocument::open(out);
        QVERIFY(!doc);
        QCOMPARE(doc.error().code, ErrorCode::Validation);
        QVERIFY2(doc.error().message.contains(says), qPrintable(doc.error().message));
    }

    void brokenAndUnsupportedFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("text file") << QByteArray("just some text, no document\n")
                                   << QStringLiteral("not a PDF, PNG");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not a PDF, PNG");
        QTest::newRow("header only") << QByteArray("%PDF-1.7\n") << QStringLiteral("PDF");
        QTest::newRow("garbage after header")
            << QByteArray("%PDF-1.4\n\x01\x02 this is not a pdf body at all \xff\xfe\n")
            << QStringLiteral("PDF");
        QTest::newRow("no pages") << rawPdf(
            { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>" }, "/Root 1 0 R")
                                  << QStringLiteral("no pages");
        QTest::newRow("png cut short")
            << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QStringLiteral("PNG");
        QTest::newRow("tiff cut short") << QByteArray("II*\0\x08\0\0\0", 8) << QStringLiteral("TIFF");
    }
    void brokenAndUnsupportedFilesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        const QString file = path(QStringLiteral("broken.bin"));
        QVERIFY(writeAll(file, bytes));
        auto doc = SourceDocument::open(file);
        QVERIFY2(!doc, QTest::currentDataTag());
        QCOMPARE(doc.error().code, ErrorCode::Validation);
        QVERIFY2(doc.error().message.contains(says), qPrintable(doc.error().message));
        QVERIFY(doc.error().message.contains(file));
    }

    void missingFoldersAndLargeFilesAreRefused()
    {
        auto missing = SourceDocument::open(path(QStringLiteral("nothing-here.pdf")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        auto folder = SourceDocument::open(m_dir.path());
        QVERIFY(!folder);
        QCOMPARE(folder.error().code, ErrorCode::Validation);
        auto large = SourceDocument::fromBytes(QByteArray(SourceDocument::MaxBytes + 1, ' '),
                                               QStringLiteral("large.pdf"));
        QVERIFY(!large);
        QVERIFY(large.error().message.contains(QStringLiteral("larger than")));
    }

    void aHugePageIsRefusedBeforeAnythingIsWritten()
    {
        // A page of 5 × 5 m claims 59,000 pixels a side at 300 dpi.
        const QByteArray huge
            = rawPdf({ "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                       "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14175 14175] >>" },
                     "/Root 1 0 R");
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("huge.pdf"));
        QVERIFY(writeAll(in, huge));
        auto source = SourceDocument::open(in);
        QVERIFY2(source, qPrintable(source.error().message));
        QVERIFY(!source->render(0, 300));
        auto copy = Redactor::writeFile(*source, {}, dir.filePath(QStringLiteral("out.pdf")));
        QVERIFY(!copy);
        QVERIFY2(copy.error().message.contains(QStringLiteral("lower resolution")),
                 qPrintable(copy.error().message));
        QCOMPARE(entriesOf(dir.path()), QStringList { QStringLiteral("huge.pdf") });
    }

    void boxesAndResolutionAreChecked()
    {
        auto source = SourceDocument::open(m_samplePath);
        QVERIFY(source);
        const auto problem = [&](int page, QRectF rect) {
            return Redactor::boxProblem(*source,
                                        RedactionBox { page, rect, RedactionSource::Box, {}, {}, {} });
        };
        QVERIFY(problem(0, QRectF(72, 72, 100, 20)).isEmpty());
        QVERIFY(problem(2, QRectF(-10, -10, 100, 20)).isEmpty()); // clipped to the page
        QVERIFY(problem(3, QRectF(72, 72, 100, 20)).contains(QStringLiteral("no page 4")));
        QVERIFY(problem(0, QRectF(700, 72, 100, 20)).contains(QStringLiteral("outside")));
        QVERIFY(problem(0, QRectF(72, 72, 0.5, 20)).contains(QStringLiteral("smaller")));
        RedactionOrder order;
        order.boxes = { RedactionBox { 5, QRectF(72, 72, 100, 20), RedactionSource::Box, {}, {}, {} } };
        QVERIFY(!Redactor::plan(*source, order));
        // A plan made elsewhere (the window's) is checked the same before anything is written.
        RedactionPlan made;
        made.boxes = order.boxes;
        QTemporaryDir dir;
        auto written = Redactor::writeFile(*source, made, dir.filePath(QStringLiteral("out.pdf")));
        QVERIFY(!written);
        QVERIFY2(written.error().message.contains(QStringLiteral("no page 6")),
                 qPrintable(written.error().message));
        QVERIFY(entriesOf(dir.path()).isEmpty());

        for (int dpi : { 150, 199, 601 }) {
            RedactionOptions options;
            options.dpi = dpi;
            auto copy = Redactor::toBytes(*source, {}, options);
            QVERIFY(!copy);
            QVERIFY(copy.error().message.contains(QStringLiteral("200")));
        }
    }

    void aHandBoxIsBurntAndItsTextWithheld()
    {
        auto source = SourceDocument::open(m_samplePath);
        QVERIFY(source);
        // The line "審査担当　佐藤花子" by hand, without a search.
        const QList<RedactionHit> where = RedactionFinder::search(source->pageText(0), 0, m_secrets.name2);
        QCOMPARE(where.size(), 1);
        RedactionOrder order;
        order.boxes = { RedactionBox { 0,
                                       where.first().rects.first().adjusted(-1, -1, 1, 1),
                                       RedactionSource::Box,
                                       QStringLiteral("art33-2-2"),
                                       QStringLiteral("評価"),
                                       {} } };
        auto plan = Redactor::plan(*source, order);
        QVERIFY(plan);
        QVERIFY2(plan->withheld.contains(m_secrets.name2), qPrintable(plan->withheld.join(QLatin1Char('|'))));
        RedactionOptions options;
        options.dpi = 200;
        auto copy = Redactor::toBytes(*source, *plan, options);
        QVERIFY2(copy, qPrintable(copy.error().message));
        QCOMPARE(copy->log.size(), 1);
        QCOMPARE(copy->log.first().source, RedactionSource::Box);
        QCOMPARE(copy->log.first().ground, QStringLiteral("art33-2-2"));
        QVERIFY(copy->path.isEmpty());
        QVERIFY(!copy->pdf.contains(m_secrets.name2.toUtf8()));
        // 200 dpi: 595 points are 1653 pixels.
        QCOMPARE(source->pixelSize(0, 200), QSize(1653, 2339));
        QVERIFY(copy->pdf.contains("/Width 1653 /Height 2339 "));
    }

    // --- scans ---------------------------------------------------------------------------------

    void imageInputsAreRedacted_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("pages");
        QTest::addColumn<QSizeF>("firstPageSize");
        // 1654 × 2339 pixels at 200 dpi: A4.
        const QImage a4at200 = scanImage(QSize(1654, 2339), 200);
        QTest::newRow("png at 200 dpi")
            << encodeImage(a4at200, "png") << 1 << QSizeF(1654 * 72.0 / 200, 2339 * 72.0 / 200);
        // Qt writes its default resolution when none is set: read back, it counts as none (300).
        const QImage noDpi = scanImage(QSize(1240, 1754), 0);
        QTest::newRow("jpeg without resolution")
            << encodeImage(noDpi, "jpeg") << 1 << QSizeF(1240 * 72.0 / 300, 1754 * 72.0 / 300);
        QTest::newRow("tiff of three pages")
            << multiPageTiff({ scanImage(QSize(850, 1100), 100, 1), scanImage(QSize(1100, 850), 100, 2),
                               scanImage(QSize(850, 1100), 100, 3) },
                             100)
            << 3 << QSizeF(612, 792);
    }
    void imageInputsAreRedacted()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, pages);
        QFETCH(QSizeF, firstPageSize);
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("scan"));
        QVERIFY(writeAll(in, bytes));
        auto source = SourceDocument::open(in);
        QVERIFY2(source, qPrintable(source.error().message));
        QCOMPARE(source->pageCount(), pages);
        QVERIFY2(qAbs(source->pageSize(0).width() - firstPageSize.width()) < 0.01
                     && qAbs(source->pageSize(0).height() - firstPageSize.height()) < 0.01,
                 qPrintable(QStringLiteral("%1 × %2")
                                .arg(source->pageSize(0).width())
                                .arg(source->pageSize(0).height())));
        QVERIFY(!source->hasTextLayer(0)); // a scan: no words until OCR
        RedactionOrder order;
        for (int p = 0; p < pages; ++p)
            order.boxes << RedactionBox {
                p, QRectF(50, 50, 120, 40), RedactionSource::Box, QStringLiteral("g"), {}, {}
            };
        auto plan = Redactor::plan(*source, order);
        QVERIFY(plan);
        const QString out = dir.filePath(QStringLiteral("scan-redacted.pdf"));
        auto copy = Redactor::writeFile(*source, *plan, out);
        QVERIFY2(copy, qPrintable(copy.error().message));
        auto redacted = SourceDocument::open(out);
        QVERIFY(redacted);
        QCOMPARE(redacted->pageCount(), pages);
        for (int p = 0; p < pages; ++p) {
            QVERIFY(qAbs(redacted->pageSize(p).width() - source->pageSize(p).width()) < 0.01);
            QVERIFY(qAbs(redacted->pageSize(p).height() - source->pageSize(p).height()) < 0.01);
            const Difference d = differenceOutside(
                *source->render(p, copy->dpi), *redacted->render(p, copy->dpi), plan->boxes, p, copy->dpi, 4);
            QVERIFY2(
                d.off == 0,
                qPrintable(
                    QStringLiteral("page %1: %2 pixels off, mean %3").arg(p + 1).arg(d.off).arg(d.mean)));
        }
    }

    // --- the proof, run on files made to fail it ---------------------------------------------

    void proofRefusesACopyWithText()
    {
        // The source itself as if it were the copy: it has text.
        auto source = SourceDocument::open(m_samplePath);
        ProofExpectation e;
        for (int p = 0; p < source->pageCount(); ++p)
            e.pageSizes << source->pageSize(p);
        const Status s = RedactionProof::verify(m_samplePath, e);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QStringLiteral("has text")), qPrintable(s.error().message));
    }

    void proofRefusesABoxThatIsNotBlack()
    {
        // A copy written from the page as it is, without burning the box in.
        auto source = SourceDocument::open(m_samplePath);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ImagePdfWriter writer(&buffer);
        ProofExpectation e;
        for (int p = 0; p < source->pageCount(); ++p) {
            QVERIFY(writer.addPage(*source->render(p, 200), source->pageSize(p), PageEncoding::Grey));
            e.pageSizes << source->pageSize(p);
        }
        QVERIFY(writer.finish());
        const QString file = path(QStringLiteral("unburnt.pdf"));
        QVERIFY(writeAll(file, buffer.data()));
        QVERIFY2(RedactionProof::verify(file, e), "the same file without boxes passes");
        e.boxes = RedactionFinder::search(source->pageText(0), 0, m_secrets.name1).first().boxes({}, {});
        const Status s = RedactionProof::verify(file, e);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QStringLiteral("not solid black")),
                 qPrintable(s.error().message));
    }

    void proofRefusesWrongPagesAndWithheldBytes()
    {
        const QString out = path(QStringLiteral("proved.pdf"));
        RedactionPlan plan;
        auto copy = redactSample(out, &plan);
        QVERIFY(copy);
        auto source = SourceDocument::open(m_samplePath);
        ProofExpectation e;
        for (int p = 0; p < source->pageCount(); ++p)
            e.pageSizes << source->pageSize(p);
        e.boxes = plan.boxes;
        e.withheld = plan.withheld;
        QVERIFY(RedactionProof::verify(out, e));

        ProofExpectation fewer = e;
        fewer.pageSizes.removeLast();
        Status s = RedactionProof::verify(out, fewer);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QStringLiteral("3 pages instead of 2")),
                 qPrintable(s.error().message));

        ProofExpectation turned = e;
        turned.pageSizes[1].transpose();
        s = RedactionProof::verify(out, turned);
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(QStringLiteral("page 2 is")));

        // A name slipped into the file (a comment after the end, which readers ignore), in
        // UTF-16BE as PDF strings hold it; and a My Number's bare digits.
        for (const QByteArray &slipped : { utf16be(m_secrets.name1), m_secrets.number2.toLatin1() }) {
            const QString tampered = path(QStringLiteral("tampered.pdf"));
            QVERIFY(writeAll(tampered, readAll(out) + "% " + slipped + "\n"));
            s = RedactionProof::verify(tampered, e);
            QVERIFY(!s);
            QVERIFY2(s.error().message.contains(QStringLiteral("occurs in the file's bytes")),
                     qPrintable(s.error().message));
        }
        // Digits inside a longer number are another number (offsets of the xref table).
        const QString longer = path(QStringLiteral("longer.pdf"));
        QVERIFY(writeAll(longer, readAll(out) + "% 9" + m_secrets.number2.toLatin1() + "9\n"));
        QVERIFY(RedactionProof::verify(longer, e));
    }

    void aFailedProofLeavesNothingBehind()
    {
        // A text that is also a piece of the writer's own syntax ("PDF-1.4", its header) is found
        // in the copy's bytes by the real check: the copy is refused and removed.
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("versions.pdf"));
        redaction::Page page;
        page.lines = { { { 72, 100 }, QStringLiteral("Saved as PDF-1.4 by the scanner.") } };
        QVERIFY(writeAll(in, makePdf({ page })));
        auto source = SourceDocument::open(in);
        QVERIFY(source);
        RedactionOrder order;
        order.detectors.searches = { QStringLiteral("PDF-1.4") };
        auto plan = Redactor::plan(*source, order);
        QVERIFY(plan);
        QCOMPARE(plan->boxes.size(), 1);
        const QString out = dir.filePath(QStringLiteral("versions-redacted.pdf"));
        auto copy = Redactor::writeFile(*source, *plan, out);
        QVERIFY(!copy);
        QCOMPARE(copy.error().code, ErrorCode::Validation);
        QVERIFY2(copy.error().message.contains(QStringLiteral("proof"))
                     && copy.error().message.contains(QStringLiteral("bytes")),
                 qPrintable(copy.error().message));
        QCOMPARE(entriesOf(dir.path()), QStringList { QStringLiteral("versions.pdf") });
    }

    void stoppingLeavesNothingBehindAndAnExistingFileIsKept()
    {
        QTemporaryDir dir;
        auto source = SourceDocument::open(m_samplePath);
        RedactionOptions options;
        options.dpi = 200;
        options.progress = [](int done, int) { return done < 2; };
        auto copy = Redactor::writeFile(*source, {}, dir.filePath(QStringLiteral("stopped.pdf")), options);
        QVERIFY(!copy);
        QVERIFY(entriesOf(dir.path()).isEmpty());

        const QString existing = dir.filePath(QStringLiteral("existing.pdf"));
        QVERIFY(writeAll(existing, "keep me"));
        copy = Redactor::writeFile(*source, {}, existing, {});
        QVERIFY(!copy);
        QCOMPARE(copy.error().code, ErrorCode::Conflict);
        QCOMPARE(readAll(existing), QByteArray("keep me"));
        QCOMPARE(entriesOf(dir.path()), QStringList { QStringLiteral("existing.pdf") });
    }
};

QTEST_MAIN(TestRedaction)
#include "TestRedaction.moc"

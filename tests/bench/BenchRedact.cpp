// Benchmark: redaction export (issue 12: "per page ≤ 2× Poppler's render of the same page at the
// same dpi (pdftoppm -r 300 beside it), and the output of an A4 text page ≤ 300 KB").
//
//   QT_QPA_PLATFORM=offscreen bench_redact [--pdf FILE | --generated] [--dpi 300] [--pages N] [--grey]
//
// The document: --pdf, else Debian's Japanese New Maintainers' Guide
// (/usr/share/doc/maint-guide-ja/maint-guide.ja.pdf, package maint-guide-ja: 69 A4 pages of
// Japanese text set by xdvipdfmx), else a generated letter-like document of 20 A4 pages in BIZ
// UDMincho (--generated asks for it). --pages takes the first N pages only (qpdf makes the
// shorter file). --grey writes every page grey (RedactionOptions::alwaysGrey), to see what a page
// of photos or a faint scan costs.
//
// For every page, one after another on one core:
//   pdftoppm   `pdftoppm -r DPI -f P -l P FILE` (no output name: standard output) into /dev/null:
//              Poppler's own program loading the file and rendering that page (colour PPM, its
//              default);
//   redaction  the real export, Redactor::writeFile over the whole document with the boxes of
//              a search, My Numbers and telephone numbers: render, burn, encode, write, fsync,
//              and the proof (reopen, no text, boxes black, bytes) — per page = total ÷ pages;
//   phases     the same pages once more, timed step by step: Poppler's render to grey, the boxes
//              filled, the bi-level/grey choice, Flate and the write (into memory), and the
//              proof alone.
// Then the size of each page in the copy, grey and bi-level pages apart.
//
// --ocr N measures OCR instead: the first N pages rendered at 300 dpi as a scanner would give
// them, each read by PageOcr::recognise (Tesseract jpn+eng, a new engine per page as the finder
// runs it), one after another; the time and the words of each page.

#include "documents/ImagePdfWriter.h"
#include "documents/PageOcr.h"
#include "documents/RedactionProof.h"
#include "documents/Redactor.h"
#include "documents/SourceDocument.h"
#include "letters/LetterRenderer.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstring>

using namespace dsr;

namespace {

[[noreturn]] void fail(const QString &what, const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(message));
    std::exit(1);
}

const QString kMaintGuide = QStringLiteral("/usr/share/doc/maint-guide-ja/maint-guide.ja.pdf");

// A letter-like document: 20 A4 pages of Japanese body text at 10.5 pt with a heading, a name and
// numbers on every page, for a machine without the guide.
QByteArray generatedDocument(int pages)
{
    const auto family = LetterRenderer::fontFamily();
    if (!family)
        fail(QStringLiteral("font"), family.error().message);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(), QPageLayout::Point));
    QPainter painter(&writer);
    QFont body(*family);
    body.setPointSizeF(10.5);
    QFont heading(*family);
    heading.setPointSizeF(16);
    const QString text = QStringLiteral(
        "保有個人データの開示請求に対し、審査の結果を次のとおり通知します。記録の一部には第三者の"
        "情報が含まれるため、該当部分を不開示としました。");
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            writer.newPage();
        painter.setFont(heading);
        painter.drawText(QPointF(72, 90), QStringLiteral("開示決定通知書（第%1頁）").arg(p + 1));
        painter.setFont(body);
        double y = 130;
        for (int line = 0; y < 780; ++line, y += 17) {
            QString s = text.mid((line * 7) % 20) + text.left((line * 7) % 20);
            if (line % 9 == 3)
                s = QStringLiteral("申請者 山田太郎 様　電話 03-1234-5678　個人番号 1234 5678 9018");
            painter.drawText(QPointF(72, y), s.left(44));
        }
    }
    painter.end();
    return bytes;
}

double pdftoppmSeconds(const QString &pdf, int page, int dpi)
{
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("pdftoppm"),
            { QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"), QString::number(page),
              QStringLiteral("-l"), QString::number(page), pdf });
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        fail(QStringLiteral("pdftoppm"), QString::fromLocal8Bit(p.readAllStandardError()));
    return t.nsecsElapsed() / 1e9;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("pdf"),
                       QStringLiteral("The document (default: the Japanese maintainers' guide)."),
                       QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("dpi"), QStringLiteral("Resolution (default 300)."),
                       QStringLiteral("N"), QStringLiteral("300") });
    parser.addOption(
        { QStringLiteral("pages"), QStringLiteral("Only the first N pages."), QStringLiteral("N") });
    parser.addOption({ QStringLiteral("generated"), QStringLiteral("The generated letter-like document.") });
    parser.addOption({ QStringLiteral("grey"), QStringLiteral("Every page grey, none bi-level.") });
    parser.addOption({ QStringLiteral("ocr"), QStringLiteral("Measure OCR of the first N pages instead."),
                       QStringLiteral("N") });
    parser.process(app);
    const int dpi = parser.value(QStringLiteral("dpi")).toInt();

    QTemporaryDir dir;
    QString pdf = parser.value(QStringLiteral("pdf"));
    QString which;
    const bool grey = parser.isSet(QStringLiteral("grey"));
    if (pdf.isEmpty() && QFile::exists(kMaintGuide) && !parser.isSet(QStringLiteral("generated"))) {
        pdf = kMaintGuide;
        which = QStringLiteral("Debian New Maintainers' Guide, Japanese (maint-guide-ja)");
    } else if (pdf.isEmpty()) {
        pdf = dir.filePath(QStringLiteral("generated.pdf"));
        QFile f(pdf);
        if (!f.open(QIODevice::WriteOnly) || f.write(generatedDocument(20)) < 0)
            fail(pdf, f.errorString());
        which = QStringLiteral("generated letter-like document (BIZ UDMincho 10.5 pt)");
    } else {
        which = pdf;
    }
    if (parser.isSet(QStringLiteral("pages"))) {
        const QString cut = dir.filePath(QStringLiteral("first-pages.pdf"));
        QProcess q;
        q.start(QStringLiteral("qpdf"),
                { QStringLiteral("--empty"), QStringLiteral("--pages"), pdf,
                  QStringLiteral("1-%1").arg(parser.value(QStringLiteral("pages"))), QStringLiteral("--"),
                  cut });
        if (!q.waitForFinished(60000) || q.exitCode() != 0)
            fail(QStringLiteral("qpdf"), QString::fromLocal8Bit(q.readAllStandardError()));
        pdf = cut;
    }

    auto source = SourceDocument::open(pdf);
    if (!source)
        fail(pdf, source.error().message);
    const int pages = source->pageCount();
    std::printf("document: %s, %d pages, %.1f × %.1f pt; %d dpi\n", qPrintable(which), pages,
                source->pageSize(0).width(), source->pageSize(0).height(), dpi);

    if (parser.isSet(QStringLiteral("ocr"))) {
        const int n = qMin(pages, parser.value(QStringLiteral("ocr")).toInt());
        QList<double> times;
        for (int p = 0; p < n; ++p) {
            const QImage scan = *source->render(p, PageOcr::Dpi);
            QElapsedTimer ocr;
            ocr.start();
            auto text = PageOcr::recognise(scan, PageOcr::Dpi);
            if (!text)
                fail(QStringLiteral("OCR"), text.error().message);
            times << ocr.nsecsElapsed() / 1e6;
            std::printf("page %d: %.0f ms, %lld words, %lld characters\n", p + 1, times.last(),
                        qlonglong(text->words().size()), qlonglong(text->text().size()));
        }
        std::printf("OCR at %.0f dpi, per page: median %.0f ms, largest %.0f ms\n", PageOcr::Dpi,
                    median(times), times.isEmpty() ? 0 : *std::max_element(times.cbegin(), times.cend()));
        return 0;
    }

    RedactionOrder order;
    order.detectors.searches = { QStringLiteral("パッケージ"), QStringLiteral("山田太郎") };
    order.detectors.myNumbers = true;
    order.detectors.phones = true;
    QElapsedTimer t;
    t.start();
    auto plan = Redactor::plan(*source, order);
    if (!plan)
        fail(QStringLiteral("plan"), plan.error().message);
    const double planSeconds = t.nsecsElapsed() / 1e9;

    // pdftoppm, page by page.
    double ppm = 0;
    for (int p = 1; p <= pages; ++p)
        ppm += pdftoppmSeconds(pdf, p, dpi);

    // The export as dsrctl redact runs it.
    RedactionOptions options;
    options.dpi = dpi;
    options.alwaysGrey = grey;
    const QString out = dir.filePath(QStringLiteral("redacted.pdf"));
    t.restart();
    auto copy = Redactor::writeFile(*source, *plan, out, options);
    const double exportSeconds = t.nsecsElapsed() / 1e9;
    if (!copy)
        fail(QStringLiteral("export"), copy.error().message);

    // The phases, page by page.
    double render = 0, burn = 0, choose = 0, encode = 0;
    QList<double> biLevelKb, greyKb;
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    ImagePdfWriter writer(&sink);
    for (int p = 0; p < pages; ++p) {
        t.restart();
        QImage image = *source->render(p, dpi);
        render += t.nsecsElapsed() / 1e9;
        // The fill as Redactor::burnPage does it (burnPage itself would render again).
        t.restart();
        const double scale = dpi / 72.0;
        for (const RedactionBox &b : plan->boxes)
            if (b.page == p) {
                const QRect r = QRectF(b.rect.topLeft() * scale, b.rect.bottomRight() * scale).toAlignedRect()
                    & image.rect();
                for (int y = r.top(); y <= r.bottom(); ++y)
                    std::memset(image.scanLine(y) + r.left(), 0, size_t(r.width()));
            }
        burn += t.nsecsElapsed() / 1e9;
        t.restart();
        const PageEncoding e = grey ? PageEncoding::Grey : ImagePdfWriter::chooseEncoding(image);
        choose += t.nsecsElapsed() / 1e9;
        const qint64 before = sink.size();
        t.restart();
        writer.addPage(image, source->pageSize(p), e);
        encode += t.nsecsElapsed() / 1e9;
        (e == PageEncoding::BiLevel ? biLevelKb : greyKb) << (sink.size() - before) / 1024.0;
    }
    writer.finish();
    ProofExpectation expected;
    for (int p = 0; p < pages; ++p)
        expected.pageSizes << source->pageSize(p);
    expected.boxes = plan->boxes;
    expected.withheld = plan->withheld;
    const QByteArray written = [&] {
        QFile f(out);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    t.restart();
    const Status proof = RedactionProof::verifyBytes(written, expected);
    const double proofSeconds = t.nsecsElapsed() / 1e9;
    if (!proof)
        fail(QStringLiteral("proof"), proof.error().message);

    const auto ms = [pages](double seconds) { return seconds * 1000.0 / pages; };
    std::printf("boxes: %lld (plan %.0f ms for the document)\n", qlonglong(plan->boxes.size()),
                planSeconds * 1000);
    std::printf("pdftoppm -r %d, per page:        %7.1f ms\n", dpi, ms(ppm));
    std::printf("export with proof, per page:     %7.1f ms  (%.2f× pdftoppm)\n", ms(exportSeconds),
                exportSeconds / ppm);
    std::printf("  render to grey                 %7.1f ms\n", ms(render));
    std::printf("  boxes filled                   %7.2f ms\n", ms(burn));
    std::printf("  bi-level or grey               %7.1f ms\n", ms(choose));
    std::printf("  Flate + write                  %7.1f ms\n", ms(encode));
    std::printf("  proof                          %7.1f ms\n", ms(proofSeconds));
    std::printf(
        "copy: %.1f KB in all, %.1f KB per page; %lld bi-level pages (median %.1f KB, largest %.1f KB), "
        "%lld grey pages (median %.1f KB, largest %.1f KB)\n",
        copy->size / 1024.0, copy->size / 1024.0 / pages, qlonglong(biLevelKb.size()), median(biLevelKb),
        biLevelKb.isEmpty() ? 0 : *std::max_element(biLevelKb.cbegin(), biLevelKb.cend()),
        qlonglong(greyKb.size()), median(greyKb),
        greyKb.isEmpty() ? 0 : *std::max_element(greyKb.cbegin(), greyKb.cend()));
    return 0;
}

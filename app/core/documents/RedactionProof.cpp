#include "RedactionProof.h"

#include "PopplerSupport.h"
#include "security/FileInput.h"

#include <QImage>
#include <QSet>
#include <QtMath>
#include <poppler-form.h>
#include <poppler-qt6.h>

#include <algorithm>
#include <vector>

namespace dsr {

namespace {

Error failed(const QString &why)
{
    return makeError(ErrorCode::Validation,
                     RedactionProof::tr("The proof of the redacted copy failed: %1").arg(why));
}

QByteArray utf16be(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() * 2);
    for (QChar c : text) {
        out.append(char(c.unicode() >> 8));
        out.append(char(c.unicode() & 0xff));
    }
    return out;
}

QString withoutSpaces(const QString &text)
{
    QString out;
    for (QChar c : text)
        if (!c.isSpace())
            out.append(c);
    return out;
}

QString digitsOnly(const QString &text)
{
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_KC))
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            out.append(c);
    return out;
}

// The pixels wholly inside `rect` (points) at `scale` pixels per point, less `margin` on each side.
QRect insidePixels(const QRectF &rect, double scale, int margin)
{
    const int left = qCeil(rect.left() * scale - 1e-6) + margin;
    const int top = qCeil(rect.top() * scale - 1e-6) + margin;
    const int right = qFloor(rect.right() * scale + 1e-6) - 1 - margin; // inclusive
    const int bottom = qFloor(rect.bottom() * scale + 1e-6) - 1 - margin;
    return QRect(QPoint(left, top), QPoint(right, bottom));
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Whether the occurrence of `probe` at `at` is withheld text rather than a piece of the file's
// own syntax: a run of digits inside a longer number (an offset of the cross-reference table, a
// /Length) is another number, and a word right after '/' is a PDF name (/Catalog, /Length).
bool counts(const QByteArray &pdf, qsizetype at, const QByteArray &probe)
{
    if (std::all_of(probe.cbegin(), probe.cend(), isDigit)) {
        const qsizetype end = at + probe.size();
        return !(at > 0 && isDigit(pdf.at(at - 1))) && !(end < pdf.size() && isDigit(pdf.at(end)));
    }
    const char first = probe.at(0);
    const bool word = (first >= 'A' && first <= 'Z') || (first >= 'a' && first <= 'z');
    return !(word && at > 0 && pdf.at(at - 1) == '/');
}

bool occurs(const QByteArray &pdf, const QByteArray &probe)
{
    for (qsizetype at = pdf.indexOf(probe); at >= 0; at = pdf.indexOf(probe, at + 1))
        if (counts(pdf, at, probe))
            return true;
    return false;
}

} // namespace

QList<QByteArray> RedactionProof::probes(const QStringList &withheld)
{
    QList<QByteArray> out;
    QSet<QByteArray> seen;
    const auto add = [&](const QByteArray &probe) {
        if (probe.size() >= MinimumProbeBytes && !seen.contains(probe)) {
            seen.insert(probe);
            out.append(probe);
        }
    };
    for (const QString &text : withheld) {
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty())
            continue;
        QStringList forms { trimmed, trimmed.normalized(QString::NormalizationForm_KC),
                            withoutSpaces(trimmed),
                            withoutSpaces(trimmed.normalized(QString::NormalizationForm_KC)) };
        const QString digits = digitsOnly(trimmed);
        if (digits.size() >= MinimumProbeBytes)
            forms << digits;
        for (const QString &form : std::as_const(forms)) {
            add(form.toUtf8());
            add(utf16be(form));
        }
    }
    return out;
}

Status RedactionProof::verify(const QString &path, const ProofExpectation &expected)
{
    // Larger than any source: a grey page at 600 dpi compresses to a few megabytes.
    auto bytes = FileInput::read(path, 4LL * 1024 * 1024 * 1024);
    if (!bytes)
        return failed(bytes.error().message);
    return verifyBytes(*bytes, expected);
}

Status RedactionProof::verifyBytes(const QByteArray &pdf, const ProofExpectation &expected)
{
    // 1. It opens, with the pages expected.
    const std::unique_ptr<Poppler::Document> doc = popplersupport::load(pdf);
    if (!doc)
        return failed(tr("it does not open as a PDF."));
    if (doc->isLocked() || doc->isEncrypted())
        return failed(tr("it is encrypted."));
    if (doc->numPages() != expected.pageSizes.size())
        return failed(
            tr("it has %1 pages instead of %2.").arg(doc->numPages()).arg(expected.pageSizes.size()));

    // 2. Nothing but pictures: no text, annotations, fields (page by page), then the document's
    // own extras.
    std::vector<std::unique_ptr<Poppler::Page>> pages;
    for (int i = 0; i < doc->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (!page)
            return failed(tr("page %1 cannot be read.").arg(i + 1));
        const QSizeF size = page->pageSizeF();
        const QSizeF want = expected.pageSizes.at(i);
        if (qAbs(size.width() - want.width()) > SizeTolerance
            || qAbs(size.height() - want.height()) > SizeTolerance)
            return failed(tr("page %1 is %2 × %3 points instead of %4 × %5.")
                              .arg(i + 1)
                              .arg(size.width(), 0, 'f', 2)
                              .arg(size.height(), 0, 'f', 2)
                              .arg(want.width(), 0, 'f', 2)
                              .arg(want.height(), 0, 'f', 2));
        if (!page->text(QRectF()).isEmpty() || !page->textList().empty())
            return failed(tr("page %1 has text.").arg(i + 1));
        if (!page->annotations().empty())
            return failed(tr("page %1 has annotations.").arg(i + 1));
        if (!page->formFields().empty())
            return failed(tr("page %1 has form fields.").arg(i + 1));
        pages.push_back(std::move(page));
    }
    if (!doc->infoKeys().isEmpty())
        return failed(tr("it has document information (title, author …)."));
    if (!doc->metadata().isEmpty())
        return failed(tr("it has XMP metadata."));
    if (doc->hasEmbeddedFiles())
        return failed(tr("it has embedded files."));
    if (!doc->scripts().isEmpty())
        return failed(tr("it has scripts."));

    // 4. None of the withheld strings in the bytes (before the renders: it is quicker).
    for (const QString &text : expected.withheld) {
        for (const QByteArray &probe : probes({ text })) {
            if (occurs(pdf, probe))
                return failed(tr("withheld text %1 of %2 occurs in the file's bytes.")
                                  .arg(expected.withheld.indexOf(text) + 1)
                                  .arg(expected.withheld.size()));
        }
    }

    // 3. Every box black, page by page, each page rendered once.
    for (int i = 0; i < int(pages.size()); ++i) {
        QList<int> onPage;
        double thinnest = 1e9;
        for (int b = 0; b < expected.boxes.size(); ++b) {
            const RedactionBox &box = expected.boxes.at(b);
            if (box.page != i)
                continue;
            onPage.append(b);
            thinnest = qMin(thinnest, qMin(box.rect.width(), box.rect.height()));
        }
        if (onPage.isEmpty())
            continue;
        // Four pixels across the thinnest box leave one inside the margin.
        const double dpi = qBound(ProofDpi, 4 * 72.0 / qMax(0.1, thinnest), 600.0);
        const QImage image = pages.at(i)->renderToImage(dpi, dpi).convertToFormat(QImage::Format_Grayscale8);
        if (image.isNull())
            return failed(tr("page %1 cannot be rendered.").arg(i + 1));
        const double scale = dpi / 72.0;
        for (int b : std::as_const(onPage)) {
            QRect inside = insidePixels(expected.boxes.at(b).rect, scale, 1) & image.rect();
            if (inside.isEmpty())
                inside = QRect((expected.boxes.at(b).rect.center() * scale).toPoint(), QSize(1, 1))
                    & image.rect();
            if (inside.isEmpty())
                return failed(tr("box %1 lies outside page %2.").arg(b + 1).arg(i + 1));
            for (int y = inside.top(); y <= inside.bottom(); ++y) {
                const uchar *row = image.constScanLine(y);
                for (int x = inside.left(); x <= inside.right(); ++x)
                    if (row[x] > BlackLimit)
                        return failed(tr("box %1 on page %2 is not solid black.").arg(b + 1).arg(i + 1));
            }
        }
    }
    return {};
}

} // namespace dsr

#include "SourceDocument.h"

#include "DocumentCheck.h"
#include "PopplerSupport.h"
#include "security/FileInput.h"

#include <QBuffer>
#include <QFileInfo>
#include <QHash>
#include <QImageReader>
#include <QMutex>
#include <QMutexLocker>
#include <QPainter>
#include <QtMath>
#include <poppler-form.h>
#include <poppler-qt6.h>

#include <algorithm>
#include <cstring>

namespace dsr {

namespace {

// A band of a PDF page rendered at once: Poppler draws into 32-bit pixels, so a band of 16
// million pixels is 64 MB; an A4 page at 300 dpi (8.7 million) is one band.
constexpr qint64 BandPixels = 16'000'000;

// What Qt's image readers may allocate for one decoded scan page: an A3 page scanned in colour at
// 600 dpi is 280 MB (Qt's default of 256 MB would refuse it with a message that says nothing).
constexpr int ScanAllocationMegabytes = 512;

std::optional<SourceDocument::Format> sniff(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return SourceDocument::Format::Png;
    if (bytes.startsWith("\xff\xd8\xff"))
        return SourceDocument::Format::Jpeg;
    if (bytes.startsWith(QByteArrayView("II*\0", 4)) || bytes.startsWith(QByteArrayView("MM\0*", 4)))
        return SourceDocument::Format::Tiff;
    // PDF readers accept a header within the first kilobyte (some writers put junk before it).
    if (bytes.left(1024).contains("%PDF-"))
        return SourceDocument::Format::Pdf;
    return std::nullopt;
}

const char *readerFormat(SourceDocument::Format format)
{
    switch (format) {
    case SourceDocument::Format::Png:
        return "png";
    case SourceDocument::Format::Jpeg:
        return "jpeg";
    case SourceDocument::Format::Tiff:
        return "tiff";
    case SourceDocument::Format::Pdf:
        break;
    }
    return "";
}

// What a QImage says when its file did not give a resolution: Qt fills in the screen's (or a
// default), so a value equal to a fresh image's means "not in the file".
int defaultDotsPerMeter()
{
    static const int dpm = QImage(1, 1, QImage::Format_Grayscale8).dotsPerMeterX();
    return dpm;
}

double scanDpi(int dotsPerMeter)
{
    // Compared in whole dpi: a file that stores 96 dpi reads back as 3780 dots per metre, while
    // Qt's own default of 96 dpi is 3779.
    const double dpi = dotsPerMeter * 0.0254;
    if (dotsPerMeter <= 0 || qRound(dpi) == qRound(defaultDotsPerMeter() * 0.0254))
        return SourceDocument::AssumedScanDpi;
    // Nonsense values (a 1 dpi tag, a mistyped 30000) are treated as missing.
    return dpi < 50 || dpi > 4800 ? SourceDocument::AssumedScanDpi : dpi;
}

// The glyph rectangles of a Poppler word, one per UTF-16 unit of its text. Poppler keeps one per
// character (code point); when the counts do not agree the word gets none (an even split).
QList<QRectF> glyphRects(const Poppler::TextBox &box, const QString &text)
{
    QList<QRectF> out;
    out.reserve(text.size());
    int character = 0;
    for (qsizetype i = 0; i < text.size(); ++character) {
        const QRectF r = box.charBoundingBox(character);
        if (r.isNull())
            return {};
        const int units = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        for (int u = 0; u < units; ++u)
            out.append(r);
        i += units;
    }
    // One rectangle too many means Poppler had more characters than the text shows.
    if (!box.charBoundingBox(character).isNull())
        return {};
    return out;
}

// Rows of Poppler's 32-bit rendering into grey rows, with qGray's weights (what
// QImage::convertToFormat uses) in a loop the compiler vectorises: twice as fast as Qt's
// general conversion, a quarter of the time a page at 300 dpi takes.
void greyRows(const QImage &band, QImage &out, int firstRow, int width, int rows)
{
    for (int r = 0; r < rows; ++r) {
        const auto *src = reinterpret_cast<const quint32 *>(band.constScanLine(r));
        uchar *dst = out.scanLine(firstRow + r);
        for (int x = 0; x < width; ++x) {
            const quint32 c = src[x];
            dst[x] = uchar((((c >> 16) & 0xffu) * 11u + ((c >> 8) & 0xffu) * 16u + (c & 0xffu) * 5u) >> 5);
        }
    }
}

// What the reader draws on the page besides its content stream, and so into the redacted copy's
// pixels, although it is not in the text layer: the values of visible text and choice fields
// and the text of visible free-text annotations. Each is one word over its whole rectangle
// (where its characters stand is up to the reader).
QList<PageWord> drawnValues(const Poppler::Page &page, const QSizeF &size)
{
    QList<PageWord> out;
    const auto add = [&](const QString &text, const QRectF &normalized) {
        if (text.trimmed().isEmpty())
            return;
        PageWord word;
        word.text = text.simplified();
        word.rect = QRectF(normalized.left() * size.width(), normalized.top() * size.height(),
                           normalized.width() * size.width(), normalized.height() * size.height())
                        .normalized();
        word.placeUnknown = true;
        out.append(std::move(word));
    };
    for (const std::unique_ptr<Poppler::FormField> &field : page.formFields()) {
        if (!field->isVisible())
            continue;
        if (field->type() == Poppler::FormField::FormText) {
            add(static_cast<const Poppler::FormFieldText &>(*field).text(), field->rect());
        } else if (field->type() == Poppler::FormField::FormChoice) {
            const auto &choice = static_cast<const Poppler::FormFieldChoice &>(*field);
            QStringList chosen;
            for (int i : choice.currentChoices())
                chosen << choice.choices().value(i);
            add(chosen.join(QLatin1Char(' ')), field->rect());
        }
    }
    for (const std::unique_ptr<Poppler::Annotation> &annotation : page.annotations()) {
        if (annotation->subType() != Poppler::Annotation::AText
            || (annotation->flags() & Poppler::Annotation::Hidden))
            continue;
        const auto &text = static_cast<const Poppler::TextAnnotation &>(*annotation);
        if (text.textType() == Poppler::TextAnnotation::InPlace) // free text, written on the page
            add(text.contents(), text.boundary());
    }
    return out;
}

// An image decoded for a page: transparency laid on white, then grey.
QImage toGrey(QImage image)
{
    if (image.hasAlphaChannel()) {
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
        painter.end();
        image = flat;
    }
    return image.convertToFormat(QImage::Format_Grayscale8);
}

} // namespace

struct SourceDocument::Private
{
    mutable QMutex mutex;
    Format format = Format::Pdf;
    QString name;
    QByteArray bytes; // the file: Poppler reads from it, images are decoded from it again per page
    std::unique_ptr<Poppler::Document> pdf;
    QList<QSizeF> sizes; // points
    QList<QSize> scanPixels; // images: each page's own pixel size
    mutable QHash<int, QList<PageWord>> words; // filled on first use

    QImage decodeImage(int page, QString *error) const;
};

QImage SourceDocument::Private::decodeImage(int page, QString *error) const
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, readerFormat(format));
    // Turned upright as viewers show a photographed page (EXIF orientation).
    reader.setAutoTransform(true);
    reader.setAllocationLimit(ScanAllocationMegabytes);
    if (page > 0 && !reader.jumpToImage(page)) {
        *error = reader.errorString();
        return {};
    }
    QImage image = reader.read();
    if (image.isNull())
        *error = reader.errorString();
    return image;
}

SourceDocument::SourceDocument(std::unique_ptr<Private> d)
    : d(std::move(d))
{
}
SourceDocument::SourceDocument(SourceDocument &&) noexcept = default;
SourceDocument &SourceDocument::operator=(SourceDocument &&) noexcept = default;
SourceDocument::~SourceDocument() = default;

QString SourceDocument::formatName(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("PDF");
    case Format::Png:
        return QStringLiteral("PNG");
    case Format::Jpeg:
        return QStringLiteral("JPEG");
    case Format::Tiff:
        return QStringLiteral("TIFF");
    }
    return {};
}

Result<SourceDocument> SourceDocument::open(const QString &path)
{
    auto bytes = FileInput::read(path, MaxBytes);
    if (!bytes) {
        // FileInput speaks of imports; say what the limit is for here.
        if (bytes.error().code == ErrorCode::Validation && QFileInfo(path).isFile())
            return makeError(ErrorCode::Validation,
                             tr("%1 is larger than %2, the largest document that can be redacted.")
                                 .arg(path, FileInput::sizeText(MaxBytes)));
        return bytes.error();
    }
    return fromBytes(*bytes, path);
}

Result<SourceDocument> SourceDocument::fromBytes(const QByteArray &bytes, const QString &name)
{
    if (bytes.size() > MaxBytes)
        return makeError(ErrorCode::Validation,
                         tr("%1 is larger than %2, the largest document that can be redacted.")
                             .arg(name, FileInput::sizeText(MaxBytes)));
    const auto format = sniff(bytes);
    if (!format)
        return makeError(
            ErrorCode::Validation,
            tr("%1 is not a PDF, PNG, JPEG or TIFF file; only those can be redacted.").arg(name));

    // Nothing here parses a file that has not first been opened in the checker's child under its
    // limits (a hostile file costs a refusal, not a hang or a crash of this program).
    if (auto checked = DocumentCheck::inspect(bytes, name); !checked)
        return checked.error();

    auto d = std::make_unique<Private>();
    d->format = *format;
    d->name = name;
    d->bytes = bytes;

    if (*format == Format::Pdf) {
        d->pdf = popplersupport::load(d->bytes);
        if (!d->pdf)
            return makeError(ErrorCode::Validation,
                             tr("%1 cannot be read as a PDF; the file is damaged or not a PDF.").arg(name));
        if (d->pdf->isLocked())
            return makeError(ErrorCode::Validation,
                             tr("%1 is protected by a password. Open it with its password, save a copy "
                                "without protection and redact that copy.")
                                 .arg(name));
        if (d->pdf->isEncrypted())
            return makeError(ErrorCode::Validation,
                             tr("%1 is encrypted (it restricts copying, printing or changes). Save a copy "
                                "without encryption and redact that copy.")
                                 .arg(name));
        const int pages = d->pdf->numPages();
        if (pages < 1)
            return makeError(ErrorCode::Validation, tr("%1 has no pages.").arg(name));
        d->sizes.reserve(pages);
        for (int i = 0; i < pages; ++i) {
            const std::unique_ptr<Poppler::Page> page = d->pdf->page(i);
            const QSizeF size = page ? page->pageSizeF() : QSizeF();
            if (!page || !(size.width() > 0) || !(size.height() > 0))
                return makeError(
                    ErrorCode::Validation,
                    tr("Page %1 of %2 cannot be read; the file is damaged.").arg(i + 1).arg(name));
            d->sizes.append(size);
        }
        return SourceDocument(std::move(d));
    }

    // A scan: every page is decoded once here, so that a broken page is refused now rather than
    // halfway through a redaction, and for its resolution (only known after decoding).
    QBuffer buffer;
    buffer.setData(d->bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, readerFormat(*format));
    reader.setAutoTransform(true);
    reader.setAllocationLimit(ScanAllocationMegabytes);
    const int pages = *format == Format::Tiff ? qMax(1, reader.imageCount()) : 1;
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !reader.jumpToImage(i))
            return makeError(
                ErrorCode::Validation,
                tr("Page %1 of %2 cannot be read: %3").arg(i + 1).arg(name, reader.errorString()));
        const QImage image = reader.read();
        if (image.isNull())
            return makeError(
                ErrorCode::Validation,
                pages > 1 ? tr("Page %1 of %2 cannot be read: %3").arg(i + 1).arg(name, reader.errorString())
                          : tr("%1 cannot be read as a %2 image: %3")
                                .arg(name, formatName(*format), reader.errorString()));
        const double dpiX = scanDpi(image.dotsPerMeterX());
        const double dpiY = scanDpi(image.dotsPerMeterY());
        d->scanPixels.append(image.size());
        d->sizes.append(QSizeF(image.width() * 72.0 / dpiX, image.height() * 72.0 / dpiY));
    }
    return SourceDocument(std::move(d));
}

SourceDocument::Format SourceDocument::format() const
{
    return d->format;
}

int SourceDocument::pageCount() const
{
    return int(d->sizes.size());
}

QSizeF SourceDocument::pageSize(int page) const
{
    return page >= 0 && page < d->sizes.size() ? d->sizes.at(page) : QSizeF();
}

QSize SourceDocument::pixelSize(int page, double dpi) const
{
    const QSizeF points = pageSize(page);
    // A hair below a whole pixel is that pixel (595.2756 pt at 300 dpi is 2480.3, not 2481).
    const auto pixels = [dpi](double pt) { return qMax(1, qCeil(pt * dpi / 72.0 - 1e-6)); };
    return points.isEmpty() ? QSize() : QSize(pixels(points.width()), pixels(points.height()));
}

QList<PageWord> SourceDocument::words(int page) const
{
    if (d->format != Format::Pdf || page < 0 || page >= pageCount())
        return {};
    QMutexLocker lock(&d->mutex);
    const auto cached = d->words.constFind(page);
    if (cached != d->words.constEnd())
        return *cached;
    QList<PageWord> out;
    if (const std::unique_ptr<Poppler::Page> p = d->pdf->page(page)) {
        for (const std::unique_ptr<Poppler::TextBox> &box : p->textList()) {
            PageWord word;
            word.text = box->text();
            if (word.text.isEmpty())
                continue;
            word.rect = box->boundingBox();
            word.glyphs = glyphRects(*box, word.text);
            word.spaceAfter = box->hasSpaceAfter();
            out.append(std::move(word));
        }
        out.append(drawnValues(*p, pageSize(page)));
    }
    d->words.insert(page, out);
    return out;
}

bool SourceDocument::hasTextLayer(int page) const
{
    const QList<PageWord> all = words(page);
    return std::any_of(all.cbegin(), all.cend(), [](const PageWord &w) { return !w.placeUnknown; });
}

Status SourceDocument::checkRenderable(int page, double dpi) const
{
    if (page < 0 || page >= pageCount())
        return makeError(ErrorCode::Validation, tr("%1 has no page %2.").arg(d->name).arg(page + 1));
    const QSize px = pixelSize(page, dpi);
    if (qint64(px.width()) * px.height() > MaxPagePixels || px.width() > MaxPageSide
        || px.height() > MaxPageSide) {
        const QSizeF mm = pageSize(page) * (25.4 / 72.0);
        return makeError(ErrorCode::Validation,
                         tr("Page %1 is %2 × %3 mm: at %4 dpi that is %5 × %6 pixels, more than a page may "
                            "have (%7 million, at most %8 on a side). Choose a lower resolution.")
                             .arg(page + 1)
                             .arg(qRound(mm.width()))
                             .arg(qRound(mm.height()))
                             .arg(dpi)
                             .arg(px.width())
                             .arg(px.height())
                             .arg(MaxPagePixels / 1'000'000)
                             .arg(MaxPageSide));
    }
    return {};
}

Result<QImage> SourceDocument::render(int page, double dpi) const
{
    if (Status s = checkRenderable(page, dpi); !s)
        return s.error();
    const QSize px = pixelSize(page, dpi);
    const QString failed
        = tr("Page %1 of %2 could not be rendered; the file may be damaged.").arg(page + 1).arg(d->name);
    const QString noMemory
        = tr("There is not enough memory to render page %1 at %2 dpi.").arg(page + 1).arg(dpi);

    QMutexLocker lock(&d->mutex);
    if (d->format != Format::Pdf) {
        QString error;
        QImage image = d->decodeImage(page, &error);
        if (image.isNull())
            return makeError(ErrorCode::Validation, failed);
        image = toGrey(std::move(image));
        if (image.size() != px)
            image = image.scaled(px, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        if (image.isNull())
            return makeError(ErrorCode::Failure, noMemory);
        return image;
    }

    const std::unique_ptr<Poppler::Page> p = d->pdf->page(page);
    if (!p)
        return makeError(ErrorCode::Validation, failed);
    QImage out(px, QImage::Format_Grayscale8);
    if (out.isNull())
        return makeError(ErrorCode::Failure, noMemory);
    out.fill(255);
    const int bandRows = int(qMax<qint64>(1, BandPixels / px.width()));
    for (int y = 0; y < px.height(); y += bandRows) {
        const int rows = qMin(bandRows, px.height() - y);
        QImage band = p->renderToImage(dpi, dpi, 0, y, px.width(), rows);
        if (band.isNull())
            return makeError(ErrorCode::Validation, failed);
        // Poppler's slice may come out a pixel short at the page's edge; the rest stays white.
        const int width = qMin(px.width(), band.width());
        const int height = qMin(rows, band.height());
        // Opaque 32-bit pixels (Poppler draws on white paper); anything else the slow way.
        if (band.format() == QImage::Format_RGB32 || band.format() == QImage::Format_ARGB32) {
            greyRows(band, out, y, width, height);
        } else {
            band = band.convertToFormat(QImage::Format_Grayscale8);
            for (int r = 0; r < height; ++r)
                std::memcpy(out.scanLine(y + r), band.constScanLine(r), size_t(width));
        }
    }
    return out;
}

} // namespace dsr

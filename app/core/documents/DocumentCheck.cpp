#include "DocumentCheck.h"

#include "Logging.h"
#include "PopplerSupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QProcess>
#include <QSet>
#include <QtMath>
#include <poppler-form.h>
#include <poppler-qt6.h>

#include <csignal>
#include <cstdio>
#include <limits>
#include <new>
#include <optional>
#include <sys/resource.h>
#include <variant>
#include <zlib.h>

namespace dsr {

namespace {

// Why a file was refused, as the child reports it (stable ids: the parent turns them into the
// translated message, so the child needs no translations).
enum class Refusal {
    NotADocument,
    TooLarge,
    PdfUnreadable,
    PdfLocked,
    NoPages,
    TooManyPages,
    PageUnreadable,
    PageTooLarge,
    ImageUnreadable,
    InflatesTooFar,
};

struct Refused
{
    Refused(Refusal reason, int page = 0, int pages = 0, QString detail = {})
        : reason(reason)
        , page(page)
        , pages(pages)
        , detail(std::move(detail))
    {
    }
    Refusal reason = Refusal::NotADocument;
    int page = 0; // 1-based, for the page reasons
    int pages = 0; // TooManyPages: what the file claims
    QString detail; // ImageUnreadable: Qt's reader's own words
    QString format; // ImageUnreadable: "PNG", "JPEG", "TIFF"
};

const char *refusalId(Refusal r)
{
    switch (r) {
    case Refusal::NotADocument:
        return "not_a_document";
    case Refusal::TooLarge:
        return "too_large";
    case Refusal::PdfUnreadable:
        return "pdf_unreadable";
    case Refusal::PdfLocked:
        return "pdf_locked";
    case Refusal::NoPages:
        return "no_pages";
    case Refusal::TooManyPages:
        return "too_many_pages";
    case Refusal::PageUnreadable:
        return "page_unreadable";
    case Refusal::PageTooLarge:
        return "page_too_large";
    case Refusal::ImageUnreadable:
        return "image_unreadable";
    case Refusal::InflatesTooFar:
        return "inflates_too_far";
    }
    return "not_a_document";
}

std::optional<Refusal> refusalFromId(const QString &id)
{
    for (Refusal r : { Refusal::NotADocument, Refusal::TooLarge, Refusal::PdfUnreadable, Refusal::PdfLocked,
                       Refusal::NoPages, Refusal::TooManyPages, Refusal::PageUnreadable,
                       Refusal::PageTooLarge, Refusal::ImageUnreadable, Refusal::InflatesTooFar })
        if (id == QLatin1String(refusalId(r)))
            return r;
    return std::nullopt;
}

const char *formatId(DocumentFacts::Format f)
{
    switch (f) {
    case DocumentFacts::Format::Pdf:
        return "pdf";
    case DocumentFacts::Format::Png:
        return "png";
    case DocumentFacts::Format::Jpeg:
        return "jpeg";
    case DocumentFacts::Format::Tiff:
        return "tiff";
    }
    return "pdf";
}

std::optional<DocumentFacts::Format> formatFromId(const QString &id)
{
    for (auto f : { DocumentFacts::Format::Pdf, DocumentFacts::Format::Png, DocumentFacts::Format::Jpeg,
                    DocumentFacts::Format::Tiff })
        if (id == QLatin1String(formatId(f)))
            return f;
    return std::nullopt;
}

std::optional<DocumentFacts::Format> sniff(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return DocumentFacts::Format::Png;
    if (bytes.startsWith("\xff\xd8\xff"))
        return DocumentFacts::Format::Jpeg;
    if (bytes.startsWith(QByteArrayView("II*\0", 4)) || bytes.startsWith(QByteArrayView("MM\0*", 4)))
        return DocumentFacts::Format::Tiff;
    // PDF readers accept a header within the first kilobyte (some writers put junk before it).
    if (bytes.left(1024).contains("%PDF-"))
        return DocumentFacts::Format::Pdf;
    return std::nullopt;
}

// The most pixels one decoded scan page may have, and its longest side: SourceDocument's limits,
// so that whatever passes here can be redacted.
constexpr qint64 MaxImagePixels = 100'000'000;
constexpr int MaxImageSide = 30'000;
constexpr int ImageAllocationMegabytes = 512;
// A PDF page is drawn this many pixels along its longer side: enough to run every operator of
// its content and decode every image it shows, at next to no cost in pixels.
constexpr double CheckRenderSide = 48.0;

// What one Flate stream of a PDF may inflate to, and all of them together: an A3 page scanned
// in colour at 600 dpi without loss is 210 MB, forty A4 pages at 300 dpi 1 GB. A stream built to
// inflate to gigabytes (a kilobyte of zeros compresses a thousandfold) is refused before Poppler
// spends seconds on it.
constexpr qint64 MaxInflatedStream = 256LL * 1024 * 1024;
constexpr qint64 MaxInflatedTotal = 2048LL * 1024 * 1024;

// How many bytes the zlib data from `from` inflates to, counted in a small buffer and given up
// once past `cap` (then cap + 1). Damaged data counts what inflated before the damage: Poppler
// judges the damage itself.
qint64 inflatedSize(const QByteArray &bytes, qsizetype from, qint64 cap)
{
    z_stream z {};
    if (inflateInit(&z) != Z_OK)
        return 0;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData() + from));
    z.avail_in = uInt(qMin<qsizetype>(bytes.size() - from, std::numeric_limits<uInt>::max()));
    unsigned char out[64 * 1024];
    qint64 total = 0;
    int status = Z_OK;
    while (status == Z_OK && total <= cap) {
        z.next_out = out;
        z.avail_out = sizeof out;
        status = inflate(&z, Z_NO_FLUSH);
        total += qint64(sizeof out - z.avail_out);
        if (status == Z_BUF_ERROR && z.avail_out == sizeof out)
            break; // no progress: the data ended
    }
    inflateEnd(&z);
    return qMin(total, cap + 1);
}

// Whether the file's Flate streams stay within the limits above. The streams are found by their
// keyword after a dictionary that names FlateDecode as its (first) filter; streams inside object
// streams are inside one of those, and encrypted ones do not inflate (Poppler decrypts those, the
// time limit bounds them).
bool inflatesWithinLimits(const QByteArray &bytes)
{
    qint64 total = 0;
    qsizetype at = 0;
    while ((at = bytes.indexOf("stream", at)) >= 0) {
        const qsizetype keyword = at;
        at += 6;
        if (keyword >= 3 && bytes.at(keyword - 1) == 'd' && bytes.mid(keyword - 3, 3) == "end")
            continue; // "endstream"
        // The stream's dictionary: back to its "obj" keyword, at most 4 KB.
        // (Searched in that window only: a file of many "stream" words and no "obj" costs no scan
        // back to its start for each.)
        const qsizetype searchFrom = qMax<qsizetype>(0, keyword - 4096);
        const qsizetype inWindow = QByteArrayView(bytes)
                                       .sliced(searchFrom, keyword - searchFrom)
                                       .lastIndexOf(QByteArrayView("obj"));
        if (inWindow < 0)
            continue;
        const qsizetype object = searchFrom + inWindow;
        const QByteArray dictionary = bytes.mid(object, keyword - object);
        const qsizetype filter = dictionary.indexOf("/Filter");
        if (filter < 0)
            continue;
        const QByteArray named = dictionary.mid(filter + 7, 32).simplified();
        if (!named.startsWith("/FlateDecode") && !named.startsWith("/Fl")
            && !named.startsWith("[/FlateDecode") && !named.startsWith("[ /FlateDecode")
            && !named.startsWith("[/Fl"))
            continue;
        qsizetype data = at;
        if (data < bytes.size() && bytes.at(data) == '\r')
            ++data;
        if (data < bytes.size() && bytes.at(data) == '\n')
            ++data;
        const qint64 size = inflatedSize(bytes, data, MaxInflatedStream);
        if (size > MaxInflatedStream)
            return false;
        total += size;
        if (total > MaxInflatedTotal)
            return false;
    }
    return true;
}

std::variant<DocumentFacts, Refused> examinePdf(const QByteArray &bytes)
{
    if (!inflatesWithinLimits(bytes))
        return Refused { Refusal::InflatesTooFar };
    std::unique_ptr<Poppler::Document> pdf = popplersupport::load(bytes);
    if (!pdf)
        return Refused { Refusal::PdfUnreadable };
    if (pdf->isLocked())
        return Refused { Refusal::PdfLocked };
    const int pages = pdf->numPages();
    if (pages < 1)
        return Refused { Refusal::NoPages };
    if (pages > DocumentCheck::MaxPages)
        return Refused { Refusal::TooManyPages, 0, pages };
    for (int i = 0; i < pages; ++i) {
        const std::unique_ptr<Poppler::Page> page = pdf->page(i);
        if (!page)
            return Refused { Refusal::PageUnreadable, i + 1 };
        const QSizeF size = page->pageSizeF();
        if (!(size.width() > 0) || !(size.height() > 0) || !qIsFinite(size.width())
            || !qIsFinite(size.height()))
            return Refused { Refusal::PageUnreadable, i + 1 };
        // What redaction and the viewers ask of a page later, asked here first: its drawing, its
        // text layer, its form fields and annotations.
        const double dpi = qBound(0.01, CheckRenderSide * 72.0 / qMax(size.width(), size.height()), 72.0);
        if (page->renderToImage(dpi, dpi).isNull())
            return Refused { Refusal::PageUnreadable, i + 1 };
        (void)page->textList();
        (void)page->formFields();
        (void)page->annotations();
    }
    DocumentFacts facts;
    facts.format = DocumentFacts::Format::Pdf;
    facts.pages = pages;
    return facts;
}

std::variant<DocumentFacts, Refused> examineImage(const QByteArray &bytes, DocumentFacts::Format format)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const char *readerFormat = format == DocumentFacts::Format::Png ? "png"
        : format == DocumentFacts::Format::Jpeg                     ? "jpeg"
                                                                    : "tiff";
    QImageReader reader(&buffer, readerFormat);
    reader.setAutoTransform(true);
    reader.setAllocationLimit(ImageAllocationMegabytes);
    const auto unreadable = [&](int page, int pages) {
        Refused r(Refusal::ImageUnreadable, page, pages, reader.errorString());
        DocumentFacts named;
        named.format = format;
        r.format = named.formatName();
        return r;
    };
    const int claimed = format == DocumentFacts::Format::Tiff ? reader.imageCount() : 1;
    if (claimed > DocumentCheck::MaxPages)
        return Refused { Refusal::TooManyPages, 0, claimed };
    const int pages = qMax(1, claimed);
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !reader.jumpToImage(i))
            return unreadable(i + 1, pages);
        const QSize size = reader.size();
        if (size.isValid()
            && (size.width() > MaxImageSide || size.height() > MaxImageSide
                || qint64(size.width()) * size.height() > MaxImagePixels))
            return Refused { Refusal::PageTooLarge, i + 1, pages };
        const QImage image = reader.read();
        if (image.isNull())
            return unreadable(i + 1, pages);
        if (image.width() > MaxImageSide || image.height() > MaxImageSide
            || qint64(image.width()) * image.height() > MaxImagePixels)
            return Refused { Refusal::PageTooLarge, i + 1, pages };
    }
    DocumentFacts facts;
    facts.format = format;
    facts.pages = pages;
    return facts;
}

std::variant<DocumentFacts, Refused> examine(const QByteArray &bytes)
{
    if (bytes.size() > DocumentCheck::MaxBytes)
        return Refused { Refusal::TooLarge };
    const auto format = sniff(bytes);
    if (!format)
        return Refused { Refusal::NotADocument };
    return *format == DocumentFacts::Format::Pdf ? examinePdf(bytes) : examineImage(bytes, *format);
}

QString refusalMessage(const Refused &r, const QString &name)
{
    switch (r.reason) {
    case Refusal::NotADocument:
        return DocumentCheck::tr(
                   "%1 is not a PDF, PNG, JPEG or TIFF file (judged by its content, not its name).")
            .arg(name);
    case Refusal::TooLarge:
        return DocumentCheck::tr("%1 is larger than 100 MB; scan it at a lower resolution or in parts.")
            .arg(name);
    case Refusal::PdfUnreadable:
        return DocumentCheck::tr("%1 cannot be read as a PDF; the file is damaged or not a PDF.").arg(name);
    case Refusal::PdfLocked:
        return DocumentCheck::tr("%1 is protected by a password. Open it with its password, save a copy "
                                 "without protection and add that copy.")
            .arg(name);
    case Refusal::NoPages:
        return DocumentCheck::tr("%1 has no pages.").arg(name);
    case Refusal::TooManyPages:
        return DocumentCheck::tr("%1 claims %2 pages; at most %3 are accepted. Split it into parts.")
            .arg(name)
            .arg(r.pages)
            .arg(DocumentCheck::MaxPages);
    case Refusal::PageUnreadable:
        return DocumentCheck::tr("Page %1 of %2 cannot be read; the file is damaged.").arg(r.page).arg(name);
    case Refusal::PageTooLarge:
        return DocumentCheck::tr(
                   "Page %1 of %2 is too large an image (more than 100 million pixels or 30,000 "
                   "pixels a side). Scan it at a lower resolution.")
            .arg(r.page)
            .arg(name);
    case Refusal::InflatesTooFar:
        return DocumentCheck::tr("%1 was refused: its compressed contents expand to more than 256 MB in one "
                                 "part or 2 GB in all, which a genuine scan or PDF does not. Save or scan it "
                                 "again and add the new file.")
            .arg(name);
    case Refusal::ImageUnreadable:
        return r.pages > 1
            ? DocumentCheck::tr("Page %1 of %2 cannot be read: %3").arg(r.page).arg(name, r.detail)
            : DocumentCheck::tr("%1 cannot be read as a %2 image: %3").arg(name, r.format, r.detail);
    }
    return {};
}

// The hashes of files that passed in this process, so that opening the same document again (the
// redaction window opens it several times) costs no second child.
struct PassedFiles
{
    QMutex mutex;
    QHash<QByteArray, DocumentFacts> facts;
};

PassedFiles &passedFiles()
{
    static PassedFiles passed;
    return passed;
}

// Said when the child did not answer: killed for time or memory, crashed, or not the program.
Error childFailed(const QString &name)
{
    return makeError(ErrorCode::Validation,
                     DocumentCheck::tr("%1 was refused: the document reader could not open it within its "
                                       "limits (the file is damaged, or made to attack the reader). Save or "
                                       "scan it again and add the new file.")
                         .arg(name));
}

} // namespace

QString DocumentFacts::mimeType() const
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("application/pdf");
    case Format::Png:
        return QStringLiteral("image/png");
    case Format::Jpeg:
        return QStringLiteral("image/jpeg");
    case Format::Tiff:
        return QStringLiteral("image/tiff");
    }
    return {};
}

QString DocumentFacts::formatName() const
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

Result<DocumentFacts> DocumentCheck::inspectHere(const QByteArray &bytes)
{
    auto outcome = examine(bytes);
    if (auto *refused = std::get_if<Refused>(&outcome))
        return makeError(ErrorCode::Validation, refusalMessage(*refused, tr("The file")));
    return std::get<DocumentFacts>(outcome);
}

QString DocumentCheck::childProgram()
{
    const QString dir = QCoreApplication::applicationDirPath();
    const QString beside = dir + QStringLiteral("/dsrdesk-inspect");
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QDir::cleanPath(dir + QStringLiteral("/../libexec/dsrdesk/dsrdesk-inspect"));
}

void DocumentCheck::startChild(QProcess &process, int timeLimitMs)
{
    const int limitMs = timeLimitMs > 0 ? timeLimitMs : TimeLimitMs;
    process.setProgram(childProgram());
    process.setArguments({});
    // The child's own words on stderr (a library's complaint about the file) are not wanted.
    process.setStandardErrorFile(QProcess::nullDevice());
    process.setChildProcessModifier([limitMs] {
        // Between fork and exec: only async-signal-safe calls.
        struct rlimit none = { 0, 0 };
        setrlimit(RLIMIT_CORE, &none); // a crash must not leave the document in a core file
        const rlim_t cpuSeconds = rlim_t(limitMs / 1000 + 5);
        struct rlimit cpu = { cpuSeconds, cpuSeconds + 1 };
        setrlimit(RLIMIT_CPU, &cpu); // a backstop: the parent kills it at the wall-time limit
#ifndef DSR_SANITIZED
        // AddressSanitizer reserves terabytes of address space for its shadow, so a sanitizer
        // build cannot have this limit (its tests of the limit are skipped).
        struct rlimit memory = { rlim_t(MemoryLimitBytes), rlim_t(MemoryLimitBytes) };
        setrlimit(RLIMIT_AS, &memory);
#endif
    });
    process.start(QIODevice::ReadWrite);
}

Result<DocumentFacts> DocumentCheck::inspect(const QByteArray &bytes, const QString &name, int timeLimitMs)
{
    if (bytes.size() > MaxBytes)
        return makeError(ErrorCode::Validation, refusalMessage(Refused { Refusal::TooLarge }, name));
    // Not a document by its first bytes: no child needed to say so.
    if (!sniff(bytes))
        return makeError(ErrorCode::Validation, refusalMessage(Refused { Refusal::NotADocument }, name));
    const QByteArray hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    {
        PassedFiles &passed = passedFiles();
        QMutexLocker lock(&passed.mutex);
        if (auto it = passed.facts.constFind(hash); it != passed.facts.constEnd())
            return it.value();
    }

    const int limitMs = timeLimitMs > 0 ? timeLimitMs : TimeLimitMs;
    QProcess child;
    startChild(child, limitMs);
    if (!child.waitForStarted(10'000)) {
        qCWarning(lcSecurity) << "document check: the checker did not start:" << child.errorString();
        return makeError(ErrorCode::Failure,
                         tr("The document checker (%1) cannot be started: %2. Install DSR Desk again.")
                             .arg(QFileInfo(child.program()).fileName(), child.errorString()));
    }
    child.write(bytes);
    child.closeWriteChannel();
    if (!child.waitForFinished(limitMs)) {
        child.kill();
        child.waitForFinished(5'000);
        qCWarning(lcSecurity) << "document check: over the time limit of" << limitMs << "ms, refused";
        return makeError(ErrorCode::Validation,
                         tr("%1 was refused: opening it took longer than %2 seconds, which a genuine scan or "
                            "PDF does not. Save or scan it again and add the new file.")
                             .arg(name)
                             .arg(limitMs / 1000.0, 0, 'g', 3));
    }
    const QByteArray answer = child.readAllStandardOutput().left(64 * 1024);
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        qCWarning(lcSecurity) << "document check: the checker stopped without an answer, exit"
                              << child.exitCode()
                              << (child.exitStatus() == QProcess::NormalExit ? "" : "(crashed)");
        return childFailed(name);
    }
    const QJsonObject o = QJsonDocument::fromJson(answer.trimmed()).object();
    if (o.contains(QLatin1String("refused"))) {
        const auto reason = refusalFromId(o.value(QLatin1String("refused")).toString());
        if (!reason)
            return childFailed(name);
        Refused r { *reason, o.value(QLatin1String("page")).toInt(), o.value(QLatin1String("pages")).toInt(),
                    o.value(QLatin1String("detail")).toString().left(200) };
        r.format = o.value(QLatin1String("format")).toString().left(8);
        return makeError(ErrorCode::Validation, refusalMessage(r, name));
    }
    const auto format = formatFromId(o.value(QLatin1String("format")).toString());
    const int pages = o.value(QLatin1String("pages")).toInt();
    if (!format || pages < 1 || pages > MaxPages)
        return childFailed(name);
    DocumentFacts facts;
    facts.format = *format;
    facts.pages = pages;
    PassedFiles &passed = passedFiles();
    QMutexLocker lock(&passed.mutex);
    if (passed.facts.size() > 4096)
        passed.facts.clear();
    passed.facts.insert(hash, facts);
    return facts;
}

int DocumentCheck::childMain()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 2;
    QByteArray bytes;
    while (bytes.size() <= MaxBytes) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty())
            break;
        bytes.append(chunk);
    }
    QJsonObject answer;
    try {
        auto outcome = examine(bytes);
        bytes.clear();
        if (auto *refused = std::get_if<Refused>(&outcome)) {
            answer.insert(QLatin1String("refused"), QLatin1String(refusalId(refused->reason)));
            if (refused->page > 0)
                answer.insert(QLatin1String("page"), refused->page);
            if (refused->pages > 0)
                answer.insert(QLatin1String("pages"), refused->pages);
            if (!refused->detail.isEmpty())
                answer.insert(QLatin1String("detail"), refused->detail);
            if (!refused->format.isEmpty())
                answer.insert(QLatin1String("format"), refused->format);
        } else {
            const DocumentFacts &facts = std::get<DocumentFacts>(outcome);
            answer.insert(QLatin1String("format"), QLatin1String(formatId(facts.format)));
            answer.insert(QLatin1String("pages"), facts.pages);
        }
    } catch (const std::bad_alloc &) {
        return 3; // over the memory limit: no answer, the parent refuses the file
    }
    const QByteArray line = QJsonDocument(answer).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
    return 0;
}

} // namespace dsr

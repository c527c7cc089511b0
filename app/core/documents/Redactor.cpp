#include "Redactor.h"

#include "RedactionProof.h"
#include "SourceDocument.h"
#include "security/FileInput.h"
#include "security/FileModes.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryFile>
#include <QtMath>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

#include <algorithm>
#include <cstring>

Q_LOGGING_CATEGORY(lcDocuments, "dsr.core.documents")

namespace dsr {

namespace {

// Boxes this close (points) count as the same box.
constexpr double SameBox = 0.01;

bool sameBox(const RedactionBox &a, const RedactionBox &b)
{
    return a.page == b.page && qAbs(a.rect.left() - b.rect.left()) < SameBox
        && qAbs(a.rect.top() - b.rect.top()) < SameBox && qAbs(a.rect.right() - b.rect.right()) < SameBox
        && qAbs(a.rect.bottom() - b.rect.bottom()) < SameBox;
}

QRectF pageRect(const SourceDocument &document, int page)
{
    return QRectF(QPointF(0, 0), document.pageSize(page));
}

// Writes every page of `plan` into `device`; the encodings chosen, page by page.
Result<QList<PageEncoding>> burnInto(QIODevice *device, const SourceDocument &document,
                                     const RedactionPlan &plan, const RedactionOptions &options)
{
    ImagePdfWriter writer(device);
    QList<PageEncoding> encodings;
    const int pages = document.pageCount();
    for (int page = 0; page < pages; ++page) {
        auto image = Redactor::burnPage(document, page, plan.boxes, options.dpi);
        if (!image)
            return image.error();
        const PageEncoding encoding
            = options.alwaysGrey ? PageEncoding::Grey : ImagePdfWriter::chooseEncoding(*image);
        if (!writer.addPage(*image, document.pageSize(page), encoding))
            return makeError(ErrorCode::Failure, writer.errorString());
        encodings.append(encoding);
        if (options.progress && !options.progress(page + 1, pages))
            return makeError(ErrorCode::Failure,
                             Redactor::tr("The redaction was stopped; no copy was written."));
    }
    if (!writer.finish())
        return makeError(ErrorCode::Failure, writer.errorString());
    return encodings;
}

ProofExpectation expectation(const SourceDocument &document, const RedactionPlan &plan)
{
    ProofExpectation e;
    for (int page = 0; page < document.pageCount(); ++page)
        e.pageSizes.append(document.pageSize(page));
    e.boxes = plan.boxes;
    e.withheld = plan.withheld;
    return e;
}

Status checkDpi(int dpi)
{
    const QString problem = Redactor::dpiProblem(dpi);
    return problem.isEmpty() ? Status() : makeError(ErrorCode::Validation, problem);
}

// Before the first byte is written: every page can be held as pixels at the resolution, and every
// box of the plan (the window may make its own) lies on a page of this document.
Status checkBeforeWriting(const SourceDocument &document, const RedactionPlan &plan, int dpi)
{
    if (Status s = checkDpi(dpi); !s)
        return s;
    for (int page = 0; page < document.pageCount(); ++page)
        if (Status s = document.checkRenderable(page, dpi); !s)
            return s;
    for (const RedactionBox &box : plan.boxes)
        if (const QString problem = Redactor::boxProblem(document, box); !problem.isEmpty())
            return makeError(ErrorCode::Validation, problem);
    return {};
}

void logWritten(const RedactedCopy &copy, qint64 ms)
{
    const qsizetype biLevel
        = std::count(copy.encodings.cbegin(), copy.encodings.cend(), PageEncoding::BiLevel);
    qCInfo(lcDocuments) << "redacted copy proved:" << copy.pages << "pages," << copy.log.size() << "boxes,"
                        << copy.dpi << "dpi," << biLevel << "bi-level pages," << copy.size << "bytes," << ms
                        << "ms";
}

} // namespace

QString Redactor::dpiProblem(int dpi)
{
    if (dpi < MinimumDpi || dpi > MaximumDpi)
        return tr("The resolution must be from %1 to %2 dpi, not %3.")
            .arg(MinimumDpi)
            .arg(MaximumDpi)
            .arg(dpi);
    return {};
}

QString Redactor::boxProblem(const SourceDocument &document, const RedactionBox &box)
{
    if (box.page < 0 || box.page >= document.pageCount())
        return tr("There is no page %1: the document has %n page(s).", nullptr, document.pageCount())
            .arg(box.page + 1);
    const QRectF page = pageRect(document, box.page);
    if (!(box.rect.width() > 0) || !(box.rect.height() > 0))
        return tr("A box on page %1 has no width or height.").arg(box.page + 1);
    const QRectF clipped = box.rect & page;
    if (clipped.isEmpty())
        return tr("A box lies outside page %1, which is %2 × %3 points.")
            .arg(box.page + 1)
            .arg(page.width(), 0, 'f', 1)
            .arg(page.height(), 0, 'f', 1);
    if (clipped.width() < MinimumBoxPoints || clipped.height() < MinimumBoxPoints)
        return tr("A box on page %1 is smaller than %2 point on its page; make it larger.")
            .arg(box.page + 1)
            .arg(MinimumBoxPoints);
    return {};
}

Result<RedactionPlan> Redactor::plan(const SourceDocument &document, const RedactionOrder &order)
{
    RedactionPlan plan;
    const auto add = [&plan](RedactionBox box) {
        for (const RedactionBox &kept : std::as_const(plan.boxes))
            if (sameBox(kept, box))
                return;
        plan.boxes.append(std::move(box));
    };
    QHash<int, PageText> texts;
    const auto textOf = [&](int page) -> const PageText & {
        auto it = texts.find(page);
        if (it == texts.end())
            it = texts.insert(page, document.pageText(page));
        return *it;
    };

    for (RedactionBox box : order.boxes) {
        if (const QString problem = boxProblem(document, box); !problem.isEmpty())
            return makeError(ErrorCode::Validation, problem);
        box.rect &= pageRect(document, box.page);
        if (box.ground.isEmpty())
            box.ground = order.ground;
        if (box.reason.isEmpty())
            box.reason = order.reason;
        // What lies under a hand box is withheld too: the proof looks for it.
        const QString under = box.text.isEmpty() ? textOf(box.page).textIn(box.rect) : box.text;
        if (!under.trimmed().isEmpty())
            plan.withheld.append(under);
        add(std::move(box));
    }

    plan.withheld.append(order.detectors.searches);
    auto found = RedactionFinder::findAll(document, order.detectors);
    if (!found)
        return found.error();
    plan.pagesWithoutText = found->pagesWithoutText;
    plan.ocrPages = found->ocrPages;
    plan.ocrUnavailable = found->ocrUnavailable;
    for (const RedactionHit &hit : std::as_const(found->hits)) {
        plan.withheld.append(hit.text);
        if (!hit.digits.isEmpty())
            plan.withheld.append(hit.digits);
        for (RedactionBox box : hit.boxes(order.ground, order.reason)) {
            box.rect &= pageRect(document, box.page);
            if (!box.rect.isEmpty())
                add(std::move(box));
        }
    }
    plan.withheld.removeDuplicates();
    return plan;
}

Result<QImage> Redactor::burnPage(const SourceDocument &document, int page, const QList<RedactionBox> &boxes,
                                  int dpi)
{
    auto rendered = document.render(page, dpi);
    if (!rendered)
        return rendered.error();
    QImage image = std::move(rendered).value();
    const double scale = dpi / 72.0;
    for (const RedactionBox &box : boxes) {
        if (box.page != page)
            continue;
        // Outwards to whole pixels: a pixel the box touches at all is black.
        const int left = qMax(0, qFloor(box.rect.left() * scale));
        const int top = qMax(0, qFloor(box.rect.top() * scale));
        const int right = qMin(image.width(), qCeil(box.rect.right() * scale));
        const int bottom = qMin(image.height(), qCeil(box.rect.bottom() * scale));
        for (int y = top; y < bottom; ++y)
            if (right > left)
                std::memset(image.scanLine(y) + left, 0, size_t(right - left));
    }
    return image;
}

Result<RedactedCopy> Redactor::writeFile(const SourceDocument &document, const RedactionPlan &plan,
                                         const QString &outPath, const RedactionOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    if (Status s = checkBeforeWriting(document, plan, options.dpi); !s)
        return s.error();
    const QFileInfo target(outPath);
    if (target.exists() || target.isSymLink())
        return makeError(ErrorCode::Conflict,
                         tr("%1 already exists; the redacted copy is never written over a file. Choose "
                            "another name or remove that file.")
                             .arg(outPath));
    const QDir folder = target.absoluteDir();
    if (!folder.exists())
        return makeError(ErrorCode::Failure, tr("The folder %1 does not exist.").arg(folder.path()));

    // In the target folder, so that the rename at the end stays on one file system.
    QTemporaryFile temporary(folder.filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
    if (!temporary.open())
        return makeError(ErrorCode::Failure,
                         tr("Cannot write in %1: %2").arg(folder.path(), temporary.errorString()));
    FileModes::restrict(temporary);
    auto encodings = burnInto(&temporary, document, plan, options);
    if (!encodings)
        return encodings.error(); // the temporary file goes with `temporary`
    if (!temporary.flush())
        return makeError(ErrorCode::Failure, tr("Cannot write %1: %2").arg(outPath, temporary.errorString()));
#ifdef Q_OS_UNIX
    // On the disk before it is named: a copy that was proved must not vanish in a power cut.
    if (::fsync(temporary.handle()) != 0)
        return makeError(ErrorCode::Failure, tr("Cannot write %1 to the disk.").arg(outPath));
#endif

    // The proof reads the file back as it is on the disk.
    auto bytes = FileInput::read(temporary.fileName(), std::numeric_limits<qint64>::max());
    if (!bytes)
        return bytes.error();
    if (Status proof = RedactionProof::verifyBytes(*bytes, expectation(document, plan)); !proof) {
        qCWarning(lcDocuments) << "redacted copy refused by its proof; deleted";
        return makeError(ErrorCode::Validation, tr("%1 Nothing was written.").arg(proof.error().message));
    }

    temporary.setAutoRemove(false);
    temporary.close();
    // QFile::rename never replaces an existing file: one that appeared meanwhile stays as it is.
    if (!QFile::rename(temporary.fileName(), outPath)) {
        QFile::remove(temporary.fileName());
        return makeError(ErrorCode::Conflict,
                         tr("%1 could not be given its name (a file of that name appeared meanwhile, or "
                            "the folder refused it); nothing was written.")
                             .arg(outPath));
    }

    RedactedCopy copy;
    copy.path = outPath;
    copy.sha256 = QString::fromLatin1(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex());
    copy.size = bytes->size();
    copy.pages = document.pageCount();
    copy.dpi = options.dpi;
    copy.encodings = *encodings;
    copy.log = plan.boxes;
    logWritten(copy, timer.elapsed());
    return copy;
}

Result<RedactedCopy> Redactor::toBytes(const SourceDocument &document, const RedactionPlan &plan,
                                       const RedactionOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    if (Status s = checkBeforeWriting(document, plan, options.dpi); !s)
        return s.error();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto encodings = burnInto(&buffer, document, plan, options);
    if (!encodings)
        return encodings.error();
    buffer.close();
    if (Status proof = RedactionProof::verifyBytes(buffer.data(), expectation(document, plan)); !proof) {
        qCWarning(lcDocuments) << "redacted copy refused by its proof; discarded";
        return proof.error();
    }
    RedactedCopy copy;
    copy.pdf = buffer.data();
    copy.sha256 = QString::fromLatin1(QCryptographicHash::hash(copy.pdf, QCryptographicHash::Sha256).toHex());
    copy.size = copy.pdf.size();
    copy.pages = document.pageCount();
    copy.dpi = options.dpi;
    copy.encodings = *encodings;
    copy.log = plan.boxes;
    logWritten(copy, timer.elapsed());
    return copy;
}

} // namespace dsr

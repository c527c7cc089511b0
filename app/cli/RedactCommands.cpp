#include "RedactCommands.h"

#include "CliContext.h"
#include "CliInput.h"
#include "Console.h"
#include "documents/RedactionFinder.h"
#include "documents/Redactor.h"
#include "documents/SourceDocument.h"
#include "security/FreeText.h"

#include <cstdio>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace dsr::cli {

namespace {

// Opens, plans and writes the copy with standard error quiet (above); the one error line is
// printed after, by the caller.
Result<RedactedCopy> redactQuietly(const QString &in, const QString &out, const RedactionOrder &order,
                                   int dpi, RedactionPlan *planned)
{
    RedactCommands::QuietStandardError quiet;
    auto source = SourceDocument::open(in);
    if (!source)
        return source.error();
    for (const RedactionBox &box : order.boxes)
        if (const QString problem = Redactor::boxProblem(*source, box); !problem.isEmpty())
            return makeError(ErrorCode::Usage, RedactCommands::tr("--box: %1").arg(problem));
    auto plan = Redactor::plan(*source, order);
    if (!plan)
        return plan.error();
    *planned = *plan;
    RedactionOptions options;
    options.dpi = dpi;
    return Redactor::writeFile(*source, *plan, out, options);
}

// Two decimals: finer than a printer's dot, and what a reader can compare.
double rounded(double points)
{
    return qRound(points * 100.0) / 100.0;
}

QString pointsText(double points)
{
    return QString::number(rounded(points), 'f', 2);
}

QString pageList(const QList<int> &pages)
{
    QStringList numbers;
    for (int page : pages)
        numbers.append(QString::number(page + 1));
    return numbers.join(QStringLiteral(", "));
}

bool sameFile(const QString &a, const QString &b)
{
    const QFileInfo in(a);
    const QFileInfo out(b);
    if (in.exists() && out.exists())
        return in.canonicalFilePath() == out.canonicalFilePath();
    return in.absoluteFilePath() == out.absoluteFilePath();
}

} // namespace

RedactCommands::QuietStandardError::QuietStandardError()
{
#ifdef Q_OS_UNIX
    std::fflush(stderr);
    m_saved = ::dup(STDERR_FILENO);
    const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (m_saved >= 0 && null >= 0)
        ::dup2(null, STDERR_FILENO);
    if (null >= 0)
        ::close(null);
#endif
}

RedactCommands::QuietStandardError::~QuietStandardError()
{
#ifdef Q_OS_UNIX
    std::fflush(stderr);
    if (m_saved >= 0) {
        ::dup2(m_saved, STDERR_FILENO);
        ::close(m_saved);
    }
#endif
}

Result<int> RedactCommands::dpiOption(const Invocation &inv)
{
    int dpi = Redactor::DefaultDpi;
    if (inv.has(QStringLiteral("dpi"))) {
        bool ok = false;
        dpi = inv.value(QStringLiteral("dpi")).normalized(QString::NormalizationForm_KC).trimmed().toInt(&ok);
        if (!ok)
            return makeError(
                ErrorCode::Usage,
                tr("--dpi needs a whole number, not “%1”.").arg(inv.value(QStringLiteral("dpi"))));
        if (const QString problem = Redactor::dpiProblem(dpi); !problem.isEmpty())
            return makeError(ErrorCode::Usage, problem);
    }
    return dpi;
}

Result<RedactionOrder> RedactCommands::orderFromOptions(const Invocation &inv)
{
    RedactionOrder order;
    for (const QString &text : inv.valueList(QStringLiteral("box"))) {
        auto box = parseBox(text);
        if (!box)
            return box.error();
        order.boxes.append(*box);
    }
    for (const QString &text : inv.valueList(QStringLiteral("search"))) {
        if (RedactionFinder::searchKey(text).isEmpty())
            return makeError(ErrorCode::Usage, tr("--search needs a text to look for, not “%1”.").arg(text));
        order.detectors.searches.append(text);
    }
    order.detectors.myNumbers = inv.has(QStringLiteral("my-number"));
    order.detectors.phones = inv.has(QStringLiteral("phone"));
    order.detectors.postalCodes = inv.has(QStringLiteral("postal-code"));
    order.detectors.ocr = !inv.has(QStringLiteral("no-ocr"));

    // The ground and reason go into the log and, later, the letter: checked like any free text.
    FreeTextCheck check;
    order.ground
        = check(QStringLiteral("ground"), tr("Ground"), inv.value(QStringLiteral("ground")).trimmed());
    order.reason
        = check(QStringLiteral("reason"), tr("Reason"), inv.value(QStringLiteral("reason")).trimmed());
    if (Status s = check.status(); !s)
        return s.error();
    return order;
}

QJsonObject RedactCommands::boxJson(const RedactionBox &box)
{
    QJsonObject o { { QStringLiteral("page"), box.page + 1 },
                    { QStringLiteral("rect"),
                      QJsonObject { { QStringLiteral("x"), rounded(box.rect.x()) },
                                    { QStringLiteral("y"), rounded(box.rect.y()) },
                                    { QStringLiteral("width"), rounded(box.rect.width()) },
                                    { QStringLiteral("height"), rounded(box.rect.height()) } } },
                    { QStringLiteral("source"), RedactionSources::id(box.source) },
                    { QStringLiteral("ground"), box.ground },
                    { QStringLiteral("reason"), box.reason } };
    // What read the OCR'd text of an "ocr" box.
    if (box.source == RedactionSource::Ocr)
        o.insert(QStringLiteral("detector"), RedactionSources::id(box.detector));
    // A hit's text helps the clerk check the log; a My Number is never printed.
    if (!box.text.isEmpty() && RedactionSources::mayShowText(box.source, box.detector))
        o.insert(QStringLiteral("text"), box.text);
    return o;
}

// Which pages had no text and what was done about them: on standard error, so that --json's
// standard output stays the log alone.
void RedactCommands::noticeOcr(const RedactionPlan &plan, bool ocrWanted)
{
    if (plan.pagesWithoutText.isEmpty())
        return;
    if (!plan.ocrPages.isEmpty()) {
        Console::notice(tr("Page(s) %1 had no text layer and were read by OCR for the searches "
                           "and detectors; check their boxes against the page.",
                           nullptr, plan.ocrPages.size())
                            .arg(pageList(plan.ocrPages)));
        return;
    }
    const QString why = ocrWanted ? plan.ocrUnavailable : tr("--no-ocr was given.");
    Console::notice(
        tr("Page(s) %1 had no text layer and were not searched: %2", nullptr, plan.pagesWithoutText.size())
            .arg(pageList(plan.pagesWithoutText), why));
}

QJsonArray RedactCommands::logJson(const QList<RedactionBox> &log)
{
    QJsonArray out;
    for (const RedactionBox &box : log)
        out.append(boxJson(box));
    return out;
}

void RedactCommands::printLog(const QList<RedactionBox> &log)
{
    if (log.isEmpty())
        return;
    QList<QStringList> rows { { tr("Page"), tr("X"), tr("Y"), tr("Width"), tr("Height"), tr("Source"),
                                tr("Ground"), tr("Reason") } };
    for (const RedactionBox &box : log)
        rows.append({ QString::number(box.page + 1), pointsText(box.rect.x()), pointsText(box.rect.y()),
                      pointsText(box.rect.width()), pointsText(box.rect.height()),
                      RedactionSources::id(box.source), box.ground, box.reason });
    Console::out(Console::columns(rows));
}

Result<RedactionBox> RedactCommands::parseBox(const QString &text)
{
    static const QString number = QStringLiteral("(-?(?:\\d+(?:\\.\\d*)?|\\.\\d+))");
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d+)\\s*:\\s*%1\\s*,\\s*%1\\s*,\\s*%1\\s*,\\s*%1\\s*$").arg(number));
    const QString plain = text.normalized(QString::NormalizationForm_KC);
    const QRegularExpressionMatch m = pattern.match(plain);
    const QString shape = tr("--box takes PAGE:X,Y,W,H — the page from 1, then the box's left edge, top "
                             "edge, width and height in points from the page's top-left corner, e.g. "
                             "1:72,100,150,14 — not “%1”.")
                              .arg(text);
    if (!m.hasMatch())
        return makeError(ErrorCode::Usage, shape);
    bool ok = false;
    const int page = m.captured(1).toInt(&ok);
    if (!ok || page < 1)
        return makeError(ErrorCode::Usage, tr("--box counts pages from 1, not “%1”.").arg(text));
    const double x = m.captured(2).toDouble();
    const double y = m.captured(3).toDouble();
    const double w = m.captured(4).toDouble();
    const double h = m.captured(5).toDouble();
    if (!(w > 0) || !(h > 0))
        return makeError(ErrorCode::Usage,
                         tr("--box needs a width and a height above 0, not “%1”.").arg(text));
    RedactionBox box;
    box.page = page - 1;
    box.rect = QRectF(x, y, w, h);
    box.source = RedactionSource::Box;
    return box;
}

Status RedactCommands::redact(CliContext &ctx)
{
    const Invocation &inv = ctx.invocation();
    const QString in = inv.value(QStringLiteral("in"));
    const QString out = inv.value(QStringLiteral("out"));
    if (in.isEmpty() || out.isEmpty())
        return makeError(ErrorCode::Usage, tr("--in and --out need file names, not empty arguments."));

    auto dpi = dpiOption(inv);
    if (!dpi)
        return dpi.error();
    auto order = orderFromOptions(inv);
    if (!order)
        return order.error();

    if (sameFile(in, out))
        return makeError(ErrorCode::Usage,
                         tr("--out names the input file; the redacted copy is always a new file."));
    if (QFileInfo(out).exists() || QFileInfo(out).isSymLink())
        return makeError(ErrorCode::Conflict,
                         tr("%1 already exists; the redacted copy is never written over a file. Choose "
                            "another name or remove that file.")
                             .arg(out));

    RedactionPlan plan;
    auto copy = redactQuietly(in, out, order.value(), dpi.value(), &plan);
    if (!copy)
        return copy.error();
    noticeOcr(plan, order->detectors.ocr);

    if (inv.has(QStringLiteral("json"))) {
        Console::json(QJsonObject { { QStringLiteral("in"), in },
                                    { QStringLiteral("out"), out },
                                    { QStringLiteral("pages"), copy->pages },
                                    { QStringLiteral("dpi"), copy->dpi },
                                    { QStringLiteral("size"), copy->size },
                                    { QStringLiteral("sha256"), copy->sha256 },
                                    { QStringLiteral("redactions"), logJson(copy->log) } });
        return {};
    }
    printLog(copy->log);
    Console::out(tr("Wrote %1: %n page(s) rebuilt from pixels at %2 dpi, %3 box(es) blacked out; the proof "
                    "passed. SHA-256: %4",
                    nullptr, copy->pages)
                     .arg(out)
                     .arg(copy->dpi)
                     .arg(copy->log.size())
                     .arg(copy->sha256));
    return {};
}

QList<OptionSpec> RedactCommands::redactionOptions(const char *groundHelp)
{
    const OptionSpec repeatBox { QStringLiteral("box"),
                                 QStringLiteral("PAGE:X,Y,W,H"),
                                 QT_TRANSLATE_NOOP("CommandCatalog",
                                                   "Black out this box: the page from 1, then left, top, "
                                                   "width and height in points (1/72 inch) from the page's "
                                                   "top-left corner (repeatable)."),
                                 false,
                                 {},
                                 true };
    const OptionSpec repeatSearch { QStringLiteral("search"),
                                    QStringLiteral("TEXT"),
                                    QT_TRANSLATE_NOOP(
                                        "CommandCatalog",
                                        "Black out every occurrence of this text: full and half "
                                        "width, case, hiragana and katakana and spaces do not "
                                        "matter (repeatable)."),
                                    false,
                                    {},
                                    true };
    return {
        repeatBox,
        repeatSearch,
        { QStringLiteral("my-number"), QString(),
          QT_TRANSLATE_NOOP("CommandCatalog",
                            "Black out every My Number with a valid check digit, however it is written.") },
        { QStringLiteral("phone"), QString(),
          QT_TRANSLATE_NOOP("CommandCatalog", "Black out every Japanese telephone number.") },
        { QStringLiteral("postal-code"), QString(),
          QT_TRANSLATE_NOOP("CommandCatalog", "Black out every postal code (〒123-4567, 123-4567).") },
        { QStringLiteral("no-ocr"), QString(),
          QT_TRANSLATE_NOOP("CommandCatalog",
                            "Do not read pages without a text layer (scans) by OCR; they get no "
                            "suggestions then.") },
        { QStringLiteral("ground"), QStringLiteral("TEXT"), groundHelp },
        { QStringLiteral("reason"), QStringLiteral("TEXT"),
          QT_TRANSLATE_NOOP("CommandCatalog", "The reason recorded for every box.") },
        { QStringLiteral("dpi"), QStringLiteral("N"),
          QT_TRANSLATE_NOOP("CommandCatalog",
                            "The resolution the pages are rebuilt at, 200 to 600 (default 300).") },
    };
}

QList<CommandSpec> RedactCommands::commands()
{
    QList<OptionSpec> options {
        { QStringLiteral("in"), QStringLiteral("FILE"),
          QT_TRANSLATE_NOOP("CommandCatalog", "The document: a PDF, PNG, JPEG or (multi-page) TIFF."), true },
        { QStringLiteral("out"), QStringLiteral("FILE.pdf"),
          QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "The redacted copy to write; the file must not exist yet (it is never overwritten)."),
          true },
    };
    options
        += redactionOptions(QT_TRANSLATE_NOOP("CommandCatalog", "The legal ground recorded for every box."));
    options.append(
        { QStringLiteral("json"), QString(),
          QT_TRANSLATE_NOOP("CommandCatalog",
                            "Print the log as JSON: in, out, pages, dpi, size, sha256 and redactions, "
                            "each with page, rect {x, y, width, height}, source (box, search, "
                            "my-number, phone, postal-code, member-name, or ocr with the detector that "
                            "read the OCR'd text), ground, reason and, except for My Numbers and "
                            "hand-drawn boxes, the text blacked out.") });
    return {
        { .path = QStringLiteral("redact"),
          .options = options,
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Write a redacted copy of a document: the boxes and hits blacked out, "
                                       "every page rebuilt from pixels, the copy proved."),
          .details = QT_TRANSLATE_NOOP(
              "CommandCatalog",
              "Each page is rendered at --dpi, the boxes are filled black in the image and the copy holds "
              "nothing but those images: no text, fonts, annotations, form fields, attachments, scripts or "
              "metadata of the original (what its annotations and fields show on the page stays, as pixels; "
              "the searches and detectors read field values too). Before the copy gets its name it is opened "
              "again and proved: no "
              "page has text, every box is black, and none of the texts blacked out occurs in its bytes; "
              "if any check fails, nothing is written (exit 1). The log lists every box; it is printed, "
              "not stored. Without any --box, --search or detector the copy is still rebuilt from pixels. "
              "Pages without a text layer (scans) are read by OCR (Tesseract, Japanese and English) for "
              "the searches and detectors unless --no-ocr is given; standard error says which pages were. "
              "Encrypted or damaged files are refused (exit 1), a missing input is exit 4, an --out "
              "that exists is exit 5, a bad --box or --dpi is exit 2. Needs no database and no --user."),
          .opensDatabase = false,
          .run = &RedactCommands::redact },
    };
}

} // namespace dsr::cli

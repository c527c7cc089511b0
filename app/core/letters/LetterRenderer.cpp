#include "LetterRenderer.h"

#include "AppInfo.h"
#include "GlyphOutlines.h"
#include "LetterTemplates.h"
#include "MustacheTemplate.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMutex>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QScreen>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

#include <cmath>
#include <functional>

Q_LOGGING_CATEGORY(lcLetters, "dsr.core.letters")

namespace dsr {

namespace {

constexpr int kResolution = 1200; // device units per inch of the PDF writer
constexpr double kPageWidthMm = 210;
constexpr double kPageHeightMm = 297;
const QString kFontFamily = QStringLiteral("BIZ UDMincho");
const QString kSealUrl = QStringLiteral("seal");

double mmToDevice(double mm)
{
    return mm / 25.4 * kResolution;
}

// QTextDocument scales the lengths of HTML and frame formats from the screen's logical DPI to
// the paint device (as qt_defaultDpiY() does): 96 on the offscreen platform and usual desktops.
double sourceDpi()
{
    if (QCoreApplication::testAttribute(Qt::AA_Use96Dpi))
        return 96;
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        return std::round(screen->logicalDotsPerInchY());
    return 100;
}

double mmToSource(double mm)
{
    return mm / 25.4 * sourceDpi();
}

// Only the seal, added as a resource, may appear: a template cannot pull files from disk.
class LetterDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

// QTextDocument's HTML parser collapses U+3000 (the ideographic space) like any white space, which
// would change names and the letter's own spacing: it travels through the parser as a
// noncharacter and is put back afterwards.
constexpr char16_t kIdeographicSpace = u'\u3000';
constexpr char16_t kSpaceStandIn = u'\uFDEF'; // not U+FDD0/U+FDD1: Qt's frame markers

// Puts the ideographic spaces back and, for a full-width letter, writes every digit full width.
void finishText(QTextDocument &doc, bool fullWidth)
{
    static const QRegularExpression pattern(QStringLiteral("[\\x{FDEF}]+|[0-9]+"));
    // Case-sensitive: find() then uses the pattern as compiled, instead of a case-insensitive copy
    // compiled again on every call.
    constexpr auto exact = QTextDocument::FindCaseSensitively;
    QTextCursor found = doc.find(pattern, 0, exact);
    while (!found.isNull()) {
        QString text = found.selectedText();
        if (text.at(0) == QChar(kSpaceStandIn))
            text.fill(QChar(kIdeographicSpace));
        else if (fullWidth)
            text = JapaneseEra::toFullWidthDigits(text);
        else {
            found = doc.find(pattern, found.position(), exact);
            continue;
        }
        found.insertText(text, found.charFormat());
        found = doc.find(pattern, found.position(), exact);
    }
}

struct DocumentSetup
{
    QPaintDevice *device;
    QFont font;
    QString preamble;
    const QImage *seal;
    bool fullWidth;
};

// The content, with no layout yet: a document whose page size is null is not laid out when it
// changes, so the HTML, the margins and the ideographic spaces put back cost nothing until the
// caller gives the real width or page size — which lays the document out once. (Laid out after
// each change, a letter took four to six layouts of each of its parts.)
void prepare(LetterDocument &doc, const DocumentSetup &setup, const QString &html)
{
    doc.setPageSize(QSizeF(0, 0));
    doc.documentLayout()->setPaintDevice(setup.device);
    doc.setDefaultFont(setup.font);
    doc.setUseDesignMetrics(true);
    doc.setUndoRedoEnabled(false);
    if (setup.seal && !setup.seal->isNull())
        doc.addResource(QTextDocument::ImageResource, QUrl(kSealUrl), *setup.seal);
    QString text = setup.preamble + html;
    text.replace(QChar(kIdeographicSpace), QChar(kSpaceStandIn));
    doc.setHtml(text);
    doc.setDocumentMargin(0);
    finishText(doc, setup.fullWidth);
}

// Where the body's content ends: the bottom of its last block with text (of the table around it,
// when it sits in one); the empty blocks Qt keeps after a table or a section take no room on paper.
double contentBottom(QTextDocument &doc)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    for (QTextBlock b = doc.lastBlock(); b.isValid(); b = b.previous()) {
        if (b.text().trimmed().isEmpty())
            continue;
        QRectF r = layout->blockBoundingRect(b);
        for (QTextFrame *f = QTextCursor(b).currentFrame(); f && f != doc.rootFrame(); f = f->parentFrame())
            r = r.united(layout->frameBoundingRect(f));
        return r.bottom();
    }
    return 0;
}

void draw(QPainter &painter, QTextDocument &doc, const QPointF &at, const QRectF &clip = {})
{
    painter.save();
    painter.translate(at);
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.palette.setColor(QPalette::Text, Qt::black); // never the desktop's theme colours
    if (clip.isValid()) {
        ctx.clip = clip;
        painter.setClipRect(clip);
    }
    doc.documentLayout()->draw(&painter, ctx);
    painter.restore();
}

// PDF/A-1 forbids transparency: the seal is flattened onto white.
QImage opaqueSeal(const QImage &seal)
{
    if (seal.isNull())
        return {};
    QImage out(seal.size(), QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter p(&out);
    p.drawImage(0, 0, seal);
    p.end();
    return out;
}

// Replaces `pattern`'s first match in bytes[from, to) by `replacement` of the same length.
bool patchSameLength(QByteArray &bytes, qsizetype from, qsizetype to, const QRegularExpression &pattern,
                     const std::function<QByteArray(const QByteArray &)> &replacement)
{
    const QString window = QString::fromLatin1(bytes.mid(from, to - from));
    const QRegularExpressionMatch m = pattern.match(window);
    if (!m.hasMatch())
        return false;
    const QByteArray found = m.captured(0).toLatin1();
    const QByteArray with = replacement(found);
    if (with.size() != found.size())
        return false;
    bytes.replace(from + m.capturedStart(0), found.size(), with);
    return true;
}

// Qt writes the current time as the creation date and a random file identifier; a letter's bytes
// must depend on its content and issue time only. Every replacement keeps the length, so the
// cross-reference table stays right.
void makeDeterministic(QByteArray &pdf, const QDateTime &timestamp)
{
    const QDateTime utc = timestamp.toUTC();
    const qsizetype head = std::min<qsizetype>(pdf.size(), 8192);
    static const QRegularExpression infoDate(QStringLiteral("/CreationDate \\(D:\\d{14}[^)]*\\)"));
    const bool info = patchSameLength(pdf, 0, head, infoDate, [&](const QByteArray &found) {
        const QByteArray zone = found.endsWith("Z)") ? QByteArray("Z)") : QByteArray("+00'00')");
        return QByteArray("/CreationDate (D:") + utc.toString(QStringLiteral("yyyyMMddhhmmss")).toLatin1()
            + zone;
    });
    static const QRegularExpression xmpDates(
        QStringLiteral("xmp:CreateDate=\"[^\"]+\" xmp:ModifyDate=\"[^\"]+\""));
    const bool xmp = patchSameLength(pdf, 0, head, xmpDates, [&](const QByteArray &found) {
        const bool z = found.endsWith("Z\"");
        const QByteArray t = utc.toString(QStringLiteral("yyyy-MM-ddThh:mm:ss")).toLatin1()
            + (z ? QByteArray("Z") : QByteArray("+00:00"));
        return QByteArray("xmp:CreateDate=\"") + t + "\" xmp:ModifyDate=\"" + t + '"';
    });
    // The identifier: the file's own SHA-256 (taken with the identifier zeroed), cut to length.
    static const QRegularExpression fileId(
        QStringLiteral("/ID \\[ ?<([0-9a-fA-F]+)> ?<([0-9a-fA-F]+)> ?\\]"));
    const qsizetype tail = std::max<qsizetype>(0, pdf.size() - 4096);
    const QRegularExpressionMatch m = fileId.match(QString::fromLatin1(pdf.mid(tail)));
    const bool id = m.hasMatch();
    if (id) {
        const qsizetype at = tail + m.capturedStart(0);
        const QByteArray original = m.captured(0).toLatin1();
        const auto fill = [&](const QByteArray &hex) {
            QByteArray out = original;
            for (int group = 1; group <= 2; ++group)
                for (qsizetype i = 0; i < m.capturedLength(group); ++i)
                    out[m.capturedStart(group) - m.capturedStart(0) + i] = hex.at(i % hex.size());
            return out;
        };
        pdf.replace(at, original.size(), fill(QByteArray("0")));
        pdf.replace(at, original.size(),
                    fill(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    }
    if (!info || !xmp || !id)
        qCWarning(lcLetters) << "pdf metadata not made deterministic: info" << info << "xmp" << xmp << "id"
                             << id;
}

QString pageMark(int page, int pages, JapaneseEra::Digits digits)
{
    const QString mark = QStringLiteral("%1/%2").arg(page).arg(pages);
    return digits == JapaneseEra::Digits::FullWidth ? JapaneseEra::toFullWidthDigits(mark) : mark;
}

} // namespace

LetterLayout LetterLayout::fromSettings(const OrganisationSettings &settings)
{
    LetterLayout l;
    l.addressLeftMm = settings.intValue(Setting::AddressLeftMm);
    l.addressTopMm = settings.intValue(Setting::AddressTopMm);
    l.addressWidthMm = settings.intValue(Setting::AddressWidthMm);
    l.addressHeightMm = settings.intValue(Setting::AddressHeightMm);
    return l;
}

Result<QString> LetterRenderer::fontFamily()
{
    static QMutex mutex;
    static QString loaded;
    const QMutexLocker lock(&mutex);
    if (!loaded.isEmpty())
        return loaded;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return makeError(
            ErrorCode::Failure,
            tr("Letters can only be rendered by a program with a graphical application object."));
    if (!QFontDatabase::families().contains(kFontFamily)) {
        const QStringList candidates {
            QCoreApplication::applicationDirPath() + QStringLiteral("/fonts/BIZUDMincho-Regular.ttf"),
            QStringLiteral("/usr/share/fonts/truetype/bizud-mincho/BIZUDMincho-Regular.ttf"),
            QStringLiteral("/usr/share/fonts/truetype/morisawa/BIZUDMincho-Regular.ttf"),
            QStringLiteral("/usr/share/fonts/truetype/fonts-morisawa-bizud-mincho/BIZUDMincho-Regular.ttf"),
            QStringLiteral("/usr/local/share/fonts/BIZUDMincho-Regular.ttf"),
        };
        for (const QString &path : candidates) {
            if (!QFileInfo::exists(path))
                continue;
            const int id = QFontDatabase::addApplicationFont(path);
            if (id >= 0 && QFontDatabase::applicationFontFamilies(id).contains(kFontFamily))
                break;
        }
    }
    QFont probe(kFontFamily);
    probe.setPointSizeF(kFontPointSize);
    if (!QFontDatabase::families().contains(kFontFamily) || QFontInfo(probe).family() != kFontFamily)
        return makeError(
            ErrorCode::Failure,
            tr("The letter font %1 is not installed (Debian package fonts-morisawa-bizud-mincho).")
                .arg(kFontFamily));
    loaded = kFontFamily;
    qCDebug(lcLetters) << "letter font loaded; glyphs embedded without hinting:"
                       << GlyphOutlines::unhintedEmbedding();
    return loaded;
}

Result<RenderedLetter> LetterRenderer::render(const QString &templateText, const LetterData &data,
                                              const RenderOptions &options)
{
    auto family = fontFamily();
    if (!family)
        return family.error();
    auto parsed = MustacheTemplate::parse(templateText);
    if (!parsed)
        return makeError(ErrorCode::Validation,
                         tr("The template for %1 was refused: %2")
                             .arg(LetterKinds::title(data.kind), parsed.error().message));
    if (Status s = LetterTemplates::validate(data.kind, parsed.value()); !s)
        return s.error();
    auto html = parsed->render(data.values);
    if (!html)
        return html.error();
    auto regions = LetterTemplates::split(html.value());
    if (!regions)
        return regions.error();
    const bool wantsSeal = data.values.value(QStringLiteral("seal_image")).toBool();
    if (wantsSeal && options.seal.isNull())
        return makeError(ErrorCode::Validation,
                         tr("The letters print the official seal (setting %1), but no seal image is stored.")
                             .arg(Settings::info(Setting::LetterSeal).name));
    const QImage seal = wantsSeal ? opaqueSeal(options.seal) : QImage();
    const LetterLayout &l = options.layout;
    const bool fullWidth = data.digits == JapaneseEra::Digits::FullWidth;

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                     QPageLayout::Millimeter));
    writer.setTitle(data.documentTitle);
    writer.setCreator(QStringLiteral("DSR Desk %1").arg(QStringLiteral(DSR_VERSION)));

    QFont font(family.value());
    font.setPointSizeF(kFontPointSize);
    // A PDF is device independent: outlines without hinting (FreeType's bytecode interpreter
    // was a large share of the rendering time) and the font's design metrics for layout.
    font.setHintingPreference(QFont::PreferNoHinting);
    const DocumentSetup setup { &writer, font, regions->preamble, wantsSeal ? &seal : nullptr, fullWidth };
    const double pageW = mmToDevice(kPageWidthMm);
    const double pageH = mmToDevice(kPageHeightMm);

    LetterDocument heading, address, body, contact;
    prepare(heading, setup, regions->heading);
    heading.setTextWidth(mmToDevice(l.headingWidthMm));
    prepare(address, setup, regions->address);
    address.setTextWidth(mmToDevice(l.addressWidthMm));
    prepare(contact, setup, regions->contact);
    contact.setTextWidth(mmToDevice(l.contactWidthMm));
    if (address.size().height() > mmToDevice(l.addressHeightMm) + 1)
        return makeError(ErrorCode::Validation,
                         tr("The address block is %1 mm tall and does not fit the envelope window (%2 mm); "
                            "shorten the address or change the setting %3.")
                             .arg(std::ceil(address.size().height() / kResolution * 25.4))
                             .arg(l.addressHeightMm)
                             .arg(Settings::info(Setting::AddressHeightMm).name));

    // The body: paginated on the whole sheet, the page margins as the root frame's margins. On page 1
    // it starts below the heading and the address, pushed down by a spacer block.
    prepare(body, setup, regions->body);
    QTextFrameFormat frame = body.rootFrame()->frameFormat();
    frame.setTopMargin(mmToSource(l.marginTopMm));
    frame.setBottomMargin(mmToSource(l.marginBottomMm));
    frame.setLeftMargin(mmToSource(l.marginLeftMm));
    frame.setRightMargin(mmToSource(l.marginRightMm));
    body.rootFrame()->setFrameFormat(frame);
    const double headingBottomMm = l.addressTopMm + heading.size().height() / kResolution * 25.4;
    const double bodyStartMm = std::max(l.addressTopMm + l.addressHeightMm, headingBottomMm) + l.gapMm;
    {
        QTextCursor c(&body);
        c.movePosition(QTextCursor::Start);
        c.insertBlock();
        c.movePosition(QTextCursor::PreviousBlock);
        // A fixed line height: the top margin of a block at the top of a page is dropped.
        QTextBlockFormat spacer;
        spacer.setLineHeight(mmToSource(std::max(0.1, bodyStartMm - l.marginTopMm)),
                             QTextBlockFormat::FixedHeight);
        spacer.setTopMargin(0);
        spacer.setBottomMargin(0);
        c.setBlockFormat(spacer);
        QTextCharFormat tiny;
        tiny.setFontPointSize(1);
        c.setBlockCharFormat(tiny);
    }
    body.setPageSize(QSizeF(pageW, pageH));
    const int bodyPages = std::max(1, body.pageCount());

    // The contact box: at the bottom of the page where the body ends, or of a page of its own.
    const double end = contentBottom(body);
    int contactPage = std::clamp(int(std::floor(end / pageH)), 0, bodyPages - 1);
    const double contactTop = pageH - mmToDevice(l.marginBottomMm) - contact.size().height();
    if (end - contactPage * pageH + mmToDevice(l.gapMm) > contactTop)
        ++contactPage;
    const int pages = std::max(bodyPages, contactPage + 1);

    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(ErrorCode::Failure, tr("The PDF could not be started."));
    QFont markFont(family.value());
    markFont.setPointSizeF(9);
    markFont.setHintingPreference(QFont::PreferNoHinting);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !writer.newPage())
            return makeError(ErrorCode::Failure, tr("The PDF could not take another page."));
        if (options.draft) {
            // Drawn first and opaque (PDF/A-1 has no transparency): the text lies on top of it.
            QFont big(family.value());
            big.setPointSizeF(260);
            big.setHintingPreference(QFont::PreferNoHinting);
            painter.save();
            painter.setFont(big);
            painter.setPen(QColor(0xe4, 0xe4, 0xe4));
            painter.drawText(QRectF(0, 0, pageW, pageH), Qt::AlignCenter, QStringLiteral("案"));
            painter.restore();
        }
        if (page == 0) {
            draw(painter, heading,
                 QPointF(pageW - mmToDevice(l.marginRightMm) - mmToDevice(l.headingWidthMm),
                         mmToDevice(l.addressTopMm)));
            draw(painter, address, QPointF(mmToDevice(l.addressLeftMm), mmToDevice(l.addressTopMm)));
        }
        if (page < bodyPages)
            draw(painter, body, QPointF(0, -page * pageH), QRectF(0, page * pageH, pageW, pageH));
        if (page == contactPage)
            draw(painter, contact,
                 QPointF(pageW - mmToDevice(l.marginRightMm) - mmToDevice(l.contactWidthMm), contactTop));
        if (pages > 1) {
            painter.save();
            painter.setFont(markFont);
            painter.setPen(Qt::black);
            const double baseline = pageH - mmToDevice(l.pageMarkFromBottomMm);
            painter.drawText(QRectF(0, baseline - mmToDevice(6), pageW, mmToDevice(6)),
                             Qt::AlignHCenter | Qt::AlignBottom, pageMark(page + 1, pages, data.digits));
            painter.restore();
        }
    }
    if (!painter.end())
        return makeError(ErrorCode::Failure, tr("The PDF could not be finished."));
    buffer.close();
    if (bytes.isEmpty())
        return makeError(ErrorCode::Failure, tr("The PDF came out empty."));

    makeDeterministic(bytes,
                      options.timestamp.isValid() ? options.timestamp : QDateTime::currentDateTimeUtc());
    RenderedLetter out;
    out.pdf = bytes;
    out.pages = pages;
    out.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    qCDebug(lcLetters).noquote() << "letter rendered:" << LetterKinds::id(data.kind) << "pages" << pages
                                 << (options.draft ? "draft" : "final");
    return out;
}

} // namespace dsr

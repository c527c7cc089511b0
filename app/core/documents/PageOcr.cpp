#include "PageOcr.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include <memory>

#ifdef Q_OS_UNIX
#include <dlfcn.h>
#endif

Q_DECLARE_LOGGING_CATEGORY(lcDocuments)

namespace dsr {

namespace {

// Where Tesseract's language data may be: TESSDATA_PREFIX (the folder or its tessdata/), then
// Debian's folders for Tesseract 5 and 4.
QString tessdataFolder()
{
    QStringList candidates;
    const QString prefix = qEnvironmentVariable("TESSDATA_PREFIX");
    if (!prefix.isEmpty())
        candidates << prefix << QDir(prefix).filePath(QStringLiteral("tessdata"));
    candidates << QStringLiteral("/usr/share/tesseract-ocr/5/tessdata")
               << QStringLiteral("/usr/share/tesseract-ocr/4.00/tessdata")
               << QStringLiteral("/usr/share/tessdata");
    for (const QString &folder : std::as_const(candidates))
        if (QFileInfo(QDir(folder).filePath(QStringLiteral("jpn.traineddata"))).isFile())
            return folder;
    return {};
}

// Japanese is read with English where its data is there too (Latin words, addresses in romaji).
QByteArray languages(const QString &folder)
{
    return QFileInfo(QDir(folder).filePath(QStringLiteral("eng.traineddata"))).isFile() ? "jpn+eng" : "jpn";
}

// Characters of Japanese writing (kanji, kana, full-width forms, CJK punctuation): no space is
// written between them and a neighbour.
bool isJapanese(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= 0x3000 && u <= 0x30FF) || (u >= 0xFF00 && u <= 0xFFEF) || (u >= 0x3400 && u <= 0x9FFF)
        || (u >= 0xF900 && u <= 0xFAFF) || c.isSurrogate())
        return true;
    return false;
}

struct Monitor
{
    tesseract::ETEXT_DESC desc;
    const std::function<bool(int)> *progress = nullptr;
    int lastPercent = -1;
    bool stopped = false;
};

bool onProgress(tesseract::ETEXT_DESC *desc, int, int, int, int)
{
    auto *m = static_cast<Monitor *>(desc->cancel_this);
    if (m->progress && *m->progress && desc->progress != m->lastPercent) {
        m->lastPercent = desc->progress;
        if (!(*m->progress)(qBound(0, int(desc->progress), 100)))
            m->stopped = true;
    }
    return true;
}

bool onCancel(void *monitor, int)
{
    return static_cast<Monitor *>(monitor)->stopped;
}

// Debian builds Tesseract with OpenMP: each page's recognition asks for up to 10 threads, and on a
// busy desk (or beside another OCR worker) those threads wait on each other — an A4 page of text
// took 12–24 s instead of 3 with two cores busy. OCR runs serially in its worker instead: nested
// parallel regions are switched off for the calling thread before Tesseract starts (looked up at
// run time: a Tesseract without OpenMP has no such function, and needs nothing).
void serialOpenMp()
{
#ifdef Q_OS_UNIX
    using SetLevels = void (*)(int);
    static const auto setLevels
        = reinterpret_cast<SetLevels>(::dlsym(RTLD_DEFAULT, "omp_set_max_active_levels"));
    if (setLevels)
        setLevels(0);
#endif
}

QRectF toPoints(int left, int top, int right, int bottom, double scale)
{
    return QRectF(left * scale, top * scale, (right - left) * scale, (bottom - top) * scale);
}

QString utf8(std::unique_ptr<char[]> text)
{
    return text ? QString::fromUtf8(text.get()) : QString();
}

// The recognised words with a box per UTF-16 unit (a symbol outside the BMP has two, alike).
// Walked symbol by symbol: Tesseract's Japanese words are runs of characters, and each character
// keeps its own box.
QList<PageWord> wordsOf(tesseract::ResultIterator &it, double scale)
{
    using tesseract::RIL_SYMBOL;
    using tesseract::RIL_TEXTLINE;
    using tesseract::RIL_WORD;
    QList<PageWord> words;
    PageWord word;
    const auto flush = [&] {
        if (!word.text.isEmpty())
            words.append(std::move(word));
        word = PageWord();
    };
    it.Begin();
    do {
        if (it.Empty(RIL_SYMBOL))
            continue;
        int l = 0, t = 0, r = 0, b = 0;
        if (it.IsAtBeginningOf(RIL_WORD)) {
            flush();
            if (it.BoundingBox(RIL_WORD, &l, &t, &r, &b))
                word.rect = toPoints(l, t, r, b, scale);
            // Settled below against the next word.
            word.spaceAfter = !it.IsAtFinalElement(RIL_TEXTLINE, RIL_WORD);
        }
        const QString text = utf8(std::unique_ptr<char[]>(it.GetUTF8Text(RIL_SYMBOL))).trimmed();
        if (text.isEmpty() || !it.BoundingBox(RIL_SYMBOL, &l, &t, &r, &b))
            continue;
        const QRectF box = toPoints(l, t, r, b, scale);
        word.text += text;
        for (qsizetype i = 0; i < text.size(); ++i)
            word.glyphs.append(box);
        word.rect = word.rect.isEmpty() ? box : word.rect.united(box);
    } while (it.Next(RIL_SYMBOL));
    flush();
    // A space before the next word of the line only between Latin letters or digits; where the gap
    // between two words is wide, PageText writes one anyway.
    for (qsizetype w = 0; w < words.size(); ++w) {
        PageWord &current = words[w];
        if (current.spaceAfter)
            current.spaceAfter = !isJapanese(current.text.back())
                && !(w + 1 < words.size() && isJapanese(words.at(w + 1).text.front()));
    }
    return words;
}

} // namespace

bool PageOcr::available(QString *why)
{
    if (!tessdataFolder().isEmpty())
        return true;
    if (why)
        *why = tr("OCR needs Tesseract's Japanese data: install the package tesseract-ocr-jpn.");
    return false;
}

Result<PageText> PageOcr::recognise(const QImage &greyPage, double dpi,
                                    const std::function<bool(int)> &progress)
{
    const QString folder = tessdataFolder();
    if (folder.isEmpty()) {
        QString why;
        available(&why);
        return makeError(ErrorCode::Failure, why);
    }
    if (greyPage.isNull() || !(dpi > 0))
        return makeError(ErrorCode::Validation, tr("There is no page image to read."));
    const QImage grey = greyPage.format() == QImage::Format_Grayscale8
        ? greyPage
        : greyPage.convertToFormat(QImage::Format_Grayscale8);

    serialOpenMp();
    tesseract::TessBaseAPI api;
    // Tesseract's own notes (resolution estimates, "empty page") would reach standard error.
    api.SetVariable("debug_file", "/dev/null");
    if (api.Init(folder.toLocal8Bit().constData(), languages(folder).constData(), tesseract::OEM_LSTM_ONLY)
        != 0)
        return makeError(ErrorCode::Failure,
                         tr("Tesseract could not load its Japanese data from %1.").arg(folder));
    api.SetVariable("debug_file", "/dev/null");
    api.SetPageSegMode(tesseract::PSM_AUTO);
    api.SetVariable("preserve_interword_spaces", "1");
    api.SetImage(grey.constBits(), grey.width(), grey.height(), 1, int(grey.bytesPerLine()));
    api.SetSourceResolution(qRound(dpi));

    Monitor monitor;
    monitor.progress = &progress;
    monitor.desc.cancel = &onCancel;
    monitor.desc.cancel_this = &monitor;
    monitor.desc.progress_callback2 = &onProgress;
    const int failed = api.Recognize(&monitor.desc);
    if (monitor.stopped)
        return makeError(ErrorCode::Failure, tr("The text recognition was stopped."));
    if (failed != 0)
        return makeError(ErrorCode::Failure, tr("Tesseract could not read the page."));
    if (progress && monitor.lastPercent < 100 && !progress(100))
        return makeError(ErrorCode::Failure, tr("The text recognition was stopped."));

    std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
    if (!it)
        return PageText();
    const QList<PageWord> words = wordsOf(*it, 72.0 / dpi);
    qCInfo(lcDocuments) << "OCR read" << words.size() << "words";
    return PageText(words, PageText::OcrSpaceGap);
}

} // namespace dsr

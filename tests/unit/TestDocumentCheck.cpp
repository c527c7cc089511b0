// The document checker (issue 15): every file a clerk brings in is opened for real in a child
// process under a memory and a time limit before anything of the program parses it. Genuine PDFs
// and scans pass with their format and page count; files built to hurt a reader are refused with
// a message and cost no more than the limits; the limits are really set on the child.

#include "HostileDocuments.h"
#include "TestSupport.h"
#include "documents/DocumentCheck.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QThread>
#include <QtTest>

#include <csignal>
#include <future>

using namespace dsr;
using namespace dsr::test;

namespace {

QByteArray imageFile(const char *format, int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format))
        qFatal("cannot write a %s image", format);
    return bytes;
}

QByteArray pdfOfPages(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    QPainter painter(&writer);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawRect(100, 100, 2000, 1000);
    }
    painter.end();
    return bytes;
}

QByteArray tiffOfPages(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    // Qt writes one image per TIFF; two pages are made by the writer's own multi-page support
    // when it has one, else this test uses one page.
    QImageWriter writer(&buffer, "tiff");
    QImage page(200, 300, QImage::Format_Grayscale8);
    page.fill(255);
    for (int i = 0; i < pages; ++i)
        if (!writer.write(page))
            qFatal("cannot write a TIFF");
    return bytes;
}

// One field of /proc/PID/limits ("Max address space"): the soft limit, or -1 for unlimited.
qint64 limitOf(qint64 pid, const QByteArray &name)
{
    QFile f(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -2;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(name)) {
            const QByteArray soft = line.mid(26).simplified().split(' ').value(0);
            return soft == "unlimited" ? -1 : soft.toLongLong();
        }
    return -2;
}

// A child process of this one running `name`, or 0.
qint64 childNamed(const QByteArray &name)
{
    const QByteArray self = QByteArray::number(QCoreApplication::applicationPid());
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "PID (COMM) STATE PPID …": the name may hold spaces, so split after its last ')'.
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('('), close = line.lastIndexOf(')');
        if (open < 0 || close < open)
            continue;
        const QList<QByteArray> rest = line.mid(close + 2).split(' ');
        if (line.mid(open + 1, close - open - 1) == name.left(15) && rest.value(1) == self)
            return pid;
    }
    return 0;
}

} // namespace

class TestDocumentCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void genuineDocumentsPass_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<int>("pages");
        QTest::newRow("PDF of one page") << hostile::onePagePdf() << QStringLiteral("application/pdf") << 1;
        QTest::newRow("PDF of three pages") << pdfOfPages(3) << QStringLiteral("application/pdf") << 3;
        QTest::newRow("PNG scan") << imageFile("png", 1240, 1754) << QStringLiteral("image/png") << 1;
        QTest::newRow("JPEG scan") << imageFile("jpeg", 1240, 1754) << QStringLiteral("image/jpeg") << 1;
        QTest::newRow("TIFF scan") << tiffOfPages(1) << QStringLiteral("image/tiff") << 1;
        QTest::newRow("PNG with a text chunk")
            << hostile::pngWithText("synthetic") << QStringLiteral("image/png") << 1;
        // Arrays nested a million deep are no harm to Poppler: opened, within the limits.
        QTest::newRow("PDF with arrays nested 100,000 deep")
            << hostile::nestedArraysPdf(100'000) << QStringLiteral("application/pdf") << 1;
    }

    void genuineDocumentsPass()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mime);
        QFETCH(int, pages);
        auto facts = DocumentCheck::inspect(bytes, QStringLiteral("scan"));
        QVERIFY2(facts.ok(), qPrintable(facts.ok() ? QString() : facts.error().message));
        QCOMPARE(facts->mimeType(), mime);
        QCOMPARE(facts->pages, pages);
        // The child said what this process finds itself.
        auto here = DocumentCheck::inspectHere(bytes);
        QVERIFY(here.ok());
        QCOMPARE(here->pages, pages);
    }

    void hostileDocumentsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("not a document")
            << QByteArray("name,kana\n") << QStringLiteral("is not a PDF, PNG, JPEG or TIFF");
        QTest::newRow("PNG header then noise")
            << QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(4096, 'x') << QStringLiteral("cannot be read");
        QTest::newRow("PDF cut short")
            << hostile::onePagePdf().chopped(300) << QStringLiteral("cannot be read as a PDF");
        QTest::newRow("PDF inflating to 1 GiB")
            << hostile::inflatingPdf(1LL << 30) << QStringLiteral("expand to more than 256 MB");
        QTest::newRow("PDF claiming 2^31 - 1 pages")
            << hostile::pdfClaimingPages(2147483647) << QStringLiteral("page");
        QTest::newRow("PNG claiming 40000 x 40000")
            << hostile::pngClaimingSize(40000, 40000) << QStringLiteral("too large an image");
        QTest::newRow("JPEG cut short")
            << imageFile("jpeg", 800, 800).left(200) << QStringLiteral("cannot be read");
    }

    void hostileDocumentsAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        QElapsedTimer timer;
        timer.start();
        auto facts = DocumentCheck::inspect(bytes, QStringLiteral("upload.bin"));
        QVERIFY2(!facts.ok(), "a hostile document passed");
        QCOMPARE(facts.error().code, ErrorCode::Validation);
        QVERIFY2(facts.error().message.contains(says), qPrintable(facts.error().message));
        QVERIFY2(facts.error().message.contains(QStringLiteral("upload.bin")),
                 qPrintable(facts.error().message));
        QVERIFY2(timer.elapsed() < DocumentCheck::TimeLimitMs, "refused only by the time limit");
    }

    // A file that takes long to draw is killed at the limit and refused, and the caller waits no
    // longer than that.
    void aSlowDocumentIsStoppedAtTheTimeLimit()
    {
        const QByteArray busy = hostile::busyPdf(3'000'000);
        QElapsedTimer timer;
        timer.start();
        auto facts = DocumentCheck::inspect(busy, QStringLiteral("busy.pdf"), 1500);
        const qint64 took = timer.elapsed();
        QVERIFY2(!facts.ok(), "drawing three million lines took less than 1.5 s here; make the file larger");
        QCOMPARE(facts.error().code, ErrorCode::Validation);
        QVERIFY2(facts.error().message.contains(QStringLiteral("longer than 1.5 seconds")),
                 qPrintable(facts.error().message));
        QVERIFY2(took < 1500 + 4000, qPrintable(QStringLiteral("took %1 ms").arg(took)));
    }

    // The child runs with no core file (a crash must not leave the document on disk), a CPU-time
    // backstop and, outside sanitizer builds, the address-space limit.
    void theChildRunsUnderItsLimits()
    {
        QProcess child;
        DocumentCheck::startChild(child, 10'000);
        QVERIFY2(child.waitForStarted(10'000), qPrintable(child.errorString()));
        const qint64 pid = child.processId();
        QCOMPARE(limitOf(pid, "Max core file size"), 0);
        QCOMPARE(limitOf(pid, "Max cpu time"), 15);
#ifdef DSR_SANITIZED
        qInfo("sanitizer build: the address-space limit is left out");
#else
        QCOMPARE(limitOf(pid, "Max address space"), DocumentCheck::MemoryLimitBytes);
#endif
        child.write(hostile::onePagePdf());
        child.closeWriteChannel();
        QVERIFY(child.waitForFinished(10'000));
        QCOMPARE(child.exitCode(), 0);
        QCOMPARE(child.readAllStandardOutput().trimmed(), QByteArray(R"({"format":"pdf","pages":1})"));
    }

    // A child that dies without answering — a reader crashing on the file, or killed by the kernel
    // over its memory limit — costs a refusal, not the caller. Shown by killing the child with the
    // signal a crash would raise while it draws a slow file.
    void aChildThatDiesAnswersNothingAndTheFileIsRefused()
    {
        const QByteArray busy = hostile::busyPdf(3'000'000);
        std::future<Result<DocumentFacts>> check = std::async(std::launch::async, [busy] {
            return DocumentCheck::inspect(busy, QStringLiteral("crash.pdf"), 60'000);
        });
        qint64 child = 0;
        QElapsedTimer timer;
        timer.start();
        while (child == 0 && timer.elapsed() < 20'000) {
            child = childNamed("dsrdesk-inspect");
            QThread::msleep(20);
        }
        QVERIFY2(child > 0, "the checker's child was not seen");
        QThread::msleep(300); // let it read the file and start drawing
        QCOMPARE(::kill(pid_t(child), SIGSEGV), 0);
        const Result<DocumentFacts> facts = check.get();
        QVERIFY(!facts.ok());
        QCOMPARE(facts.error().code, ErrorCode::Validation);
        QVERIFY2(facts.error().message.contains(QStringLiteral("crash.pdf"))
                     && facts.error().message.contains(QStringLiteral("within its limits")),
                 qPrintable(facts.error().message));
    }

    // A second check of the same bytes needs no child: the redaction window opens a document
    // several times.
    void aPassedFileIsNotCheckedTwice()
    {
        const QByteArray bytes = pdfOfPages(2);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(DocumentCheck::inspect(bytes, QStringLiteral("a.pdf")).ok());
        const qint64 first = timer.restart();
        QVERIFY(DocumentCheck::inspect(bytes, QStringLiteral("a.pdf")).ok());
        const qint64 second = timer.elapsed();
        QVERIFY2(second * 5 < first + 5,
                 qPrintable(QStringLiteral("%1 ms then %2 ms").arg(first).arg(second)));
    }

    void theChildRefusesArguments()
    {
        QProcess child;
        child.start(DocumentCheck::childProgram(), { QStringLiteral("--help") });
        QVERIFY(child.waitForFinished(10'000));
        QCOMPARE(child.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestDocumentCheck)
#include "TestDocumentCheck.moc"

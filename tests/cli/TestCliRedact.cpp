// "dsrctl redact" through the built dsrctl (issue 12): its options, exit codes (0 written, 1 proof
// failed or input refused, 2 usage, 4 input missing, 5 output exists), the --json log, a My
// Number never printed, nothing left behind when it fails, and no database touched.

#include "RedactionFixtures.h"
#include "TestSupport.h"

#include "security/FileModes.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace dsr;
using namespace dsr::test;
using namespace dsr::test::redaction;

namespace {

CliResult ctl(const QStringList &args)
{
    return runDsrctl(QStringList { QStringLiteral("--lang"), QStringLiteral("en") } + args, {}, 120000);
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestCliRedact : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Secrets m_secrets;
    QString m_in;

    // A fresh folder holding only a copy of the sample, for tests that count the files left.
    QString folderWithSample(QTemporaryDir &dir) const
    {
        const QString in = dir.filePath(QStringLiteral("in.pdf"));
        QFile::copy(m_in, in);
        return in;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_in = m_dir.filePath(QStringLiteral("sample.pdf"));
        QVERIFY(writeAll(m_in, makePdf(samplePages(m_secrets))));
    }

    void helpDescribesTheCommand()
    {
        const CliResult overview = ctl({ QStringLiteral("help") });
        EXPECT_EXIT(overview, 0);
        QVERIFY(overview.out.contains(QStringLiteral("dsrctl redact --in FILE --out FILE.pdf")));
        const CliResult help = ctl({ QStringLiteral("help"), QStringLiteral("redact") });
        EXPECT_EXIT(help, 0);
        for (const char *option : { "--box PAGE:X,Y,W,H", "--search TEXT", "--my-number", "--phone",
                                    "--postal-code", "--ground TEXT", "--reason TEXT", "--dpi N", "--json" })
            QVERIFY2(help.out.contains(QLatin1String(option)), option);
        QVERIFY(help.out.contains(QStringLiteral("Needs no database")));
    }

    void writesTheCopyAndPrintsTheLogAsJson()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("copy.pdf"));
        const CliResult r = ctl({ QStringLiteral("redact"),
                                  QStringLiteral("--in"),
                                  m_in,
                                  QStringLiteral("--out"),
                                  out,
                                  QStringLiteral("--box"),
                                  QStringLiteral("3:72,600,120,40"),
                                  QStringLiteral("--search"),
                                  m_secrets.name1,
                                  QStringLiteral("--search"),
                                  m_secrets.name2,
                                  QStringLiteral("--my-number"),
                                  QStringLiteral("--phone"),
                                  QStringLiteral("--postal-code"),
                                  QStringLiteral("--ground"),
                                  QStringLiteral("art33-2-1"),
                                  QStringLiteral("--reason"),
                                  QStringLiteral("第三者の氏名"),
                                  QStringLiteral("--dpi"),
                                  QStringLiteral("200"),
                                  QStringLiteral("--json") });
        EXPECT_EXIT(r, 0);
        const QJsonObject log = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(log.value(QStringLiteral("out")).toString(), out);
        QCOMPARE(log.value(QStringLiteral("pages")).toInt(), 3);
        QCOMPARE(log.value(QStringLiteral("dpi")).toInt(), 200);
        const QByteArray bytes = readAll(out);
        QCOMPARE(log.value(QStringLiteral("size")).toInteger(), bytes.size());
        QCOMPARE(log.value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(FileModes::mode(out), 0600);

        const QJsonArray entries = log.value(QStringLiteral("redactions")).toArray();
        QHash<QString, int> sources;
        for (const QJsonValue &v : entries) {
            const QJsonObject e = v.toObject();
            const QString source = e.value(QStringLiteral("source")).toString();
            ++sources[source];
            QVERIFY(e.value(QStringLiteral("page")).toInt() >= 1
                    && e.value(QStringLiteral("page")).toInt() <= 3);
            const QJsonObject rect = e.value(QStringLiteral("rect")).toObject();
            for (const char *key : { "x", "y", "width", "height" })
                QVERIFY2(rect.contains(QLatin1String(key)), key);
            QVERIFY(rect.value(QStringLiteral("width")).toDouble() > 0);
            QCOMPARE(e.value(QStringLiteral("ground")).toString(), QStringLiteral("art33-2-1"));
            QCOMPARE(e.value(QStringLiteral("reason")).toString(), QStringLiteral("第三者の氏名"));
            // A My Number is never printed; a search hit shows what it blacked out.
            if (source == QLatin1String("my-number") || source == QLatin1String("box"))
                QVERIFY(!e.contains(QStringLiteral("text")));
            if (source == QLatin1String("search")) {
                // As the page writes it: "佐藤 花子" where a space stands between the two.
                const QString text = e.value(QStringLiteral("text")).toString().remove(QLatin1Char(' '));
                QVERIFY2(text == m_secrets.name1 || text == m_secrets.name2, qPrintable(text));
            }
        }
        // The hand box comes first, as given: page 3, in points.
        const QJsonObject box = entries.first().toObject();
        QCOMPARE(box.value(QStringLiteral("source")).toString(), QStringLiteral("box"));
        QCOMPARE(box.value(QStringLiteral("page")).toInt(), 3);
        QCOMPARE(box.value(QStringLiteral("rect")).toObject().value(QStringLiteral("y")).toDouble(), 600.0);
        QVERIFY(sources.value(QStringLiteral("search")) >= 4);
        QVERIFY(sources.value(QStringLiteral("my-number")) >= 3);
        QVERIFY(sources.value(QStringLiteral("phone")) >= 4);
        QCOMPARE(sources.value(QStringLiteral("postal-code")), 2);
        for (const QString &number : { m_secrets.number1, m_secrets.number2, m_secrets.number3 }) {
            QVERIFY(!r.out.contains(number));
            QVERIFY(!r.out.contains(fullWidth(number)));
            QVERIFY(!r.out.contains(Secrets::grouped(number, QStringLiteral(" "))));
            QVERIFY(!r.out.contains(Secrets::grouped(number, QStringLiteral("-"))));
            QVERIFY(!r.out.contains(number.mid(4))); // its last eight digits
        }
        // The copy holds none of it.
        for (const QString &form : m_secrets.withheldForms())
            QVERIFY2(!bytes.contains(form.toUtf8()), qPrintable(form));
    }

    void printsATableWithoutJson()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("copy.pdf"));
        const CliResult r
            = ctl({ QStringLiteral("redact"), QStringLiteral("--in"), m_in, QStringLiteral("--out"), out,
                    QStringLiteral("--my-number"), QStringLiteral("--ground"), QStringLiteral("art33-2-1") });
        EXPECT_EXIT(r, 0);
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QVERIFY(lines.first().startsWith(QStringLiteral("Page")));
        QVERIFY2(lines.last().contains(QStringLiteral("the proof passed")), qPrintable(r.out));
        QVERIFY(lines.last().contains(
            QString::fromLatin1(QCryptographicHash::hash(readAll(out), QCryptographicHash::Sha256).toHex())));
        QVERIFY(r.out.contains(QStringLiteral("my-number")));
        for (const QString &number : { m_secrets.number1, m_secrets.number2, m_secrets.number3 })
            QVERIFY(!r.out.contains(number.mid(4)) && !r.out.contains(fullWidth(number.mid(4, 4))));
    }

    void usageMistakesAreExit2AndWriteNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("box without height")
            << QStringList { QStringLiteral("--box"), QStringLiteral("1:10,10,50") }
            << QStringLiteral("PAGE:X,Y,W,H");
        QTest::newRow("box page 0") << QStringList { QStringLiteral("--box"),
                                                     QStringLiteral("0:10,10,50,20") }
                                    << QStringLiteral("from 1");
        QTest::newRow("box on a page not there")
            << QStringList { QStringLiteral("--box"), QStringLiteral("4:10,10,50,20") }
            << QStringLiteral("no page 4");
        QTest::newRow("box off the page")
            << QStringList { QStringLiteral("--box"), QStringLiteral("1:900,10,50,20") }
            << QStringLiteral("outside page 1");
        QTest::newRow("box without width")
            << QStringList { QStringLiteral("--box"), QStringLiteral("1:10,10,0,20") }
            << QStringLiteral("above 0");
        QTest::newRow("box with words")
            << QStringList { QStringLiteral("--box"), QStringLiteral("one:10,10,50,20") }
            << QStringLiteral("PAGE:X,Y,W,H");
        QTest::newRow("dpi too low") << QStringList { QStringLiteral("--dpi"), QStringLiteral("150") }
                                     << QStringLiteral("200");
        QTest::newRow("dpi too high")
            << QStringList { QStringLiteral("--dpi"), QStringLiteral("700") } << QStringLiteral("600");
        QTest::newRow("dpi not a number") << QStringList { QStringLiteral("--dpi"), QStringLiteral("high") }
                                          << QStringLiteral("whole number");
        QTest::newRow("empty search")
            << QStringList { QStringLiteral("--search"), QStringLiteral("　") } << QStringLiteral("--search");
        QTest::newRow("unknown option")
            << QStringList { QStringLiteral("--names") } << QStringLiteral("--names");
    }
    void usageMistakesAreExit2AndWriteNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString in = folderWithSample(dir);
        const CliResult r
            = ctl(QStringList { QStringLiteral("redact"), QStringLiteral("--in"), in, QStringLiteral("--out"),
                                dir.filePath(QStringLiteral("out.pdf")) }
                  + args);
        EXPECT_EXIT(r, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(says), qPrintable(describe(r)));
        QCOMPARE(entriesOf(dir.path()), QStringList { QStringLiteral("in.pdf") });
    }

    void inAndOutAreChecked()
    {
        QTemporaryDir dir;
        const QString in = folderWithSample(dir);
        // Both are required.
        CliResult r = ctl({ QStringLiteral("redact"), QStringLiteral("--in"), in });
        EXPECT_EXIT(r, 2);
        QVERIFY(r.err.contains(QStringLiteral("--out")));
        // The input itself is never the output.
        const QByteArray original = readAll(in);
        r = ctl({ QStringLiteral("redact"), QStringLiteral("--in"), in, QStringLiteral("--out"), in });
        EXPECT_EXIT(r, 2);
        QVERIFY2(r.err.contains(QStringLiteral("input file")), qPrintable(describe(r)));
        QCOMPARE(readAll(in), original);
        // An existing file is never written over (exit 5).
        const QString existing = dir.filePath(QStringLiteral("existing.pdf"));
        QVERIFY(writeAll(existing, "an earlier copy"));
        r = ctl({ QStringLiteral("redact"), QStringLiteral("--in"), in, QStringLiteral("--out"), existing });
        EXPECT_EXIT(r, 5);
        QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(describe(r)));
        QCOMPARE(readAll(existing), QByteArray("an earlier copy"));
        // A missing input is exit 4; a folder that does not exist for the output is exit 1.
        r = ctl({ QStringLiteral("redact"), QStringLiteral("--in"),
                  dir.filePath(QStringLiteral("missing.pdf")), QStringLiteral("--out"),
                  dir.filePath(QStringLiteral("out.pdf")) });
        EXPECT_EXIT(r, 4);
        r = ctl({ QStringLiteral("redact"), QStringLiteral("--in"), in, QStringLiteral("--out"),
                  dir.filePath(QStringLiteral("no-folder/out.pdf")) });
        EXPECT_EXIT(r, 1);
        QCOMPARE(entriesOf(dir.path()),
                 (QStringList { QStringLiteral("existing.pdf"), QStringLiteral("in.pdf") }));
    }

    void refusedInputsAreExit1()
    {
        QTemporaryDir dir;
        const QString broken = dir.filePath(QStringLiteral("broken.pdf"));
        QVERIFY(writeAll(broken, "%PDF-1.7\nthis is not a PDF body\n"));
        CliResult r = ctl({ QStringLiteral("redact"), QStringLiteral("--in"), broken, QStringLiteral("--out"),
                            dir.filePath(QStringLiteral("out.pdf")) });
        EXPECT_EXIT(r, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot be read as a PDF")), qPrintable(describe(r)));

        const QString encrypted = dir.filePath(QStringLiteral("locked.pdf"));
        QVERIFY2(!encryptWithQpdf(m_in, encrypted, QStringLiteral("open-sesame")).isEmpty(),
                 "qpdf is needed");
        r = ctl({ QStringLiteral("redact"), QStringLiteral("--in"), encrypted, QStringLiteral("--out"),
                  dir.filePath(QStringLiteral("out.pdf")) });
        EXPECT_EXIT(r, 1);
        QVERIFY2(r.err.contains(QStringLiteral("password")), qPrintable(describe(r)));

        // Damaged scans: the image libraries' own complaints stay off standard error (one line).
        for (const QByteArray &bytes :
             { QByteArray("II*\0\x08\0\0\0", 8), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) }) {
            const QString scan = dir.filePath(QStringLiteral("damaged-scan"));
            QVERIFY(writeAll(scan, bytes));
            r = ctl({ QStringLiteral("redact"), QStringLiteral("--in"), scan, QStringLiteral("--out"),
                      dir.filePath(QStringLiteral("out.pdf")) });
            EXPECT_EXIT(r, 1);
            QVERIFY2(r.err.contains(QStringLiteral("cannot be read")), qPrintable(describe(r)));
            QFile::remove(scan);
        }

        // A ground holding a My Number is refused like any free text.
        r = ctl({ QStringLiteral("redact"), QStringLiteral("--in"), m_in, QStringLiteral("--out"),
                  dir.filePath(QStringLiteral("out.pdf")), QStringLiteral("--reason"), m_secrets.number1 });
        EXPECT_EXIT(r, 1);
        QVERIFY(!r.err.contains(m_secrets.number1));
        QCOMPARE(entriesOf(dir.path()),
                 (QStringList { QStringLiteral("broken.pdf"), QStringLiteral("locked.pdf") }));
    }

    void aFailedProofIsExit1AndLeavesNothing()
    {
        // The search text is also the header every PDF the writer makes starts with: the proof
        // finds it in the copy's bytes and the copy is removed.
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("versions.pdf"));
        redaction::Page page;
        page.lines = { { { 72, 100 }, QStringLiteral("Saved as PDF-1.4 by the scanner.") } };
        QVERIFY(writeAll(in, makePdf({ page })));
        const CliResult r
            = ctl({ QStringLiteral("redact"), QStringLiteral("--in"), in, QStringLiteral("--out"),
                    dir.filePath(QStringLiteral("out.pdf")), QStringLiteral("--search"),
                    QStringLiteral("PDF-1.4"), QStringLiteral("--json") });
        EXPECT_EXIT(r, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QStringLiteral("proof"))
                     && r.err.contains(QStringLiteral("Nothing was written")),
                 qPrintable(describe(r)));
        QCOMPARE(entriesOf(dir.path()), QStringList { QStringLiteral("versions.pdf") });
    }

    void scansAreRedactedToo()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("scan.tif"));
        // With a tag of the scanner's own, which libtiff warns about: nothing of that on standard
        // error after success (EXPECT_EXIT checks it is empty).
        const QList<QImage> pages { scanImage(QSize(850, 1100), 100), scanImage(QSize(850, 1100), 100, 1) };
        QVERIFY(writeAll(in, multiPageTiff(pages, 100, true)));
        const QString out = dir.filePath(QStringLiteral("scan.pdf"));
        const CliResult r
            = ctl({ QStringLiteral("redact"), QStringLiteral("--in"), in, QStringLiteral("--out"), out,
                    QStringLiteral("--box"), QStringLiteral("2:72,72,200,50"), QStringLiteral("--json") });
        EXPECT_EXIT(r, 0);
        const QJsonObject log = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(log.value(QStringLiteral("pages")).toInt(), 2);
        QCOMPARE(log.value(QStringLiteral("redactions")).toArray().size(), 1);
        QVERIFY(QFile::exists(out));
    }

    void scannedPagesAreReadByOcr()
    {
        QTemporaryDir dir;
        const OcrSecrets secrets;
        const QString in = dir.filePath(QStringLiteral("scan.png"));
        QVERIFY(writeAll(in, scannedPng(makePdf({ ocrPage(secrets) }))));
        const QString out = dir.filePath(QStringLiteral("scan.pdf"));
        CliResult r
            = ctl({ QStringLiteral("redact"), QStringLiteral("--in"), in, QStringLiteral("--out"), out,
                    QStringLiteral("--my-number"), QStringLiteral("--phone"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        // Standard output is the log alone; standard error says the page was read by OCR.
        QVERIFY2(r.err.contains(QStringLiteral("Page 1 had no text layer and was read by OCR")),
                 qPrintable(describe(r)));
        QVERIFY(isOneLine(r.err));
        QVERIFY(!r.out.contains(QStringLiteral("OCR")));
        const QJsonArray entries
            = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("redactions")).toArray();
        QStringList detectors;
        for (const QJsonValue &v : entries) {
            const QJsonObject e = v.toObject();
            QCOMPARE(e.value(QStringLiteral("source")).toString(), QStringLiteral("ocr"));
            const QString detector = e.value(QStringLiteral("detector")).toString();
            detectors.append(detector);
            // An OCR'd My Number is never printed either; the telephone number is.
            QCOMPARE(e.contains(QStringLiteral("text")), detector != QStringLiteral("my-number"));
        }
        QVERIFY2(detectors.contains(QStringLiteral("my-number"))
                     && detectors.contains(QStringLiteral("phone")),
                 qPrintable(r.out));
        QVERIFY(!r.out.contains(secrets.myNumber.left(4) + QLatin1Char(' ') + secrets.myNumber.mid(4, 4)));
        QVERIFY(r.out.contains(secrets.phone));
        QVERIFY(QFile::exists(out));

        // --no-ocr: nothing found on the scan, and standard error says why.
        const QString plain = dir.filePath(QStringLiteral("plain.pdf"));
        r = ctl({ QStringLiteral("redact"), QStringLiteral("--in"), in, QStringLiteral("--out"), plain,
                  QStringLiteral("--my-number"), QStringLiteral("--no-ocr"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("was not searched"))
                     && r.err.contains(QStringLiteral("--no-ocr")),
                 qPrintable(describe(r)));
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8())
                    .object()
                    .value(QStringLiteral("redactions"))
                    .toArray()
                    .isEmpty());
    }

    void noDatabaseIsTouched()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("absent.sqlite"));
        EXPECT_EXIT(ctl({ QStringLiteral("--db"), db, QStringLiteral("redact"), QStringLiteral("--in"), m_in,
                          QStringLiteral("--out"), dir.filePath(QStringLiteral("out.pdf")) }),
                    0);
        QVERIFY(!QFile::exists(db));
    }
};

QTEST_MAIN(TestCliRedact)
#include "TestCliRedact.moc"

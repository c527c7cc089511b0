// The bad-input catalogue (issue 15): every kind of hostile or broken input found so far, through
// the built dsrctl, with the exit code and the message a user gets — and the database exactly as it
// was after each refusal (its data unchanged, the audit chain intact). A new case found is a new
// row here.

#include "HostileDocuments.h"
#include "TestSupport.h"
#include "services/AuditService.h"
#include "services/SettingsService.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace dsr;
using namespace dsr::test;

namespace {

// What a refusal must leave as it was: every table that the commands below could write, as text.
QByteArray fingerprint(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *table : { "members", "requests", "request_history", "letter_templates", "seal_images",
                               "cao_holidays", "settings", "letters", "attachments", "disclosure_documents" })
        hash.addData(tableText(db, QString::fromLatin1(table)).toUtf8());
    return hash.result().toHex();
}

} // namespace

class TestCliBadInput : public QObject
{
    Q_OBJECT

    TempDatabase m_t;
    QTemporaryDir m_dir;
    QHash<QString, QString> m_places; // {name} in a case's arguments → a file or value made here

    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QStringList expanded(QStringList args) const
    {
        for (QString &a : args)
            for (auto it = m_places.cbegin(); it != m_places.cend(); ++it)
                a.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
        return args;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Actor admin = m_t.initialize();
        const Actor clerk = m_t.addUser(admin, QStringLiteral("clerk1"), { Role::Clerk });
        const qint64 member = m_t.addMember(clerk, QStringLiteral("55001"), QStringLiteral("検査 一郎"),
                                            QStringLiteral("ケンサ イチロウ"));
        const Request r
            = registered(m_t.db(), clerk, disclosureDraft(member, QDate::currentDate().addDays(-1)));
        m_places.insert(QStringLiteral("request"), QString::number(r.id));
        m_places.insert(QStringLiteral("zero"), QStringLiteral("/dev/zero"));
        m_places.insert(QStringLiteral("dir"), m_dir.path());
        // 300 MB that take no room: a size limit must refuse it before reading.
        {
            const QString big = m_dir.filePath(QStringLiteral("big.csv"));
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.resize(300ll * 1024 * 1024));
            m_places.insert(QStringLiteral("big"), big);
        }
        const QByteArray header("member_number,name,kana,birth_date,postal_code,address\n");
        m_places.insert(
            QStringLiteral("csv-escape"),
            file(QStringLiteral("escape.csv"),
                 header + "55101,\"山田\x1b[31m太郎\",ヤマダ タロウ,1980-01-02,850-0001,長崎市1-1\n"));
        m_places.insert(QStringLiteral("csv-nul"),
                        file(QStringLiteral("nul.csv"),
                             header + QByteArray("55102,山田") + '\0'
                                 + QByteArray("太郎,ヤマダ タロウ,1980-01-02,850-0001,長崎市1-1\n")));
        m_places.insert(
            QStringLiteral("csv-bidi"),
            file(QStringLiteral("bidi.csv"),
                 header + "55103,山田\xe2\x80\xae太郎,ヤマダ タロウ,1980-01-02,850-0001,長崎市1-1\n"));
        m_places.insert(QStringLiteral("csv-linebreak-name"),
                        file(QStringLiteral("linebreak.csv"),
                             header + "55104,\"山田\n太郎\",ヤマダ タロウ,1980-01-02,850-0001,長崎市1-1\n"));
        m_places.insert(QStringLiteral("csv-number"),
                        file(QStringLiteral("number.csv"),
                             header + "-1,山田 太郎,ヤマダ タロウ,1980-01-02,850-0001,長崎市1-1\n"));
        m_places.insert(
            QStringLiteral("csv-my-number"),
            file(QStringLiteral("mynumber.csv"),
                 header + "55105,山田 太郎,ヤマダ タロウ,1980-01-02,850-0001,長崎市1-1 123456789018\n"));
        m_places.insert(
            QStringLiteral("png-noise"),
            file(QStringLiteral("noise.png"), QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(4096, 'x')));
        // Documents built to hurt a reader (tests/support/HostileDocuments.h).
        m_places.insert(QStringLiteral("pdf-bomb"),
                        file(QStringLiteral("bomb.pdf"), hostile::inflatingPdf(300LL * 1024 * 1024)));
        m_places.insert(QStringLiteral("pdf-cut"),
                        file(QStringLiteral("cut.pdf"), hostile::onePagePdf().chopped(300)));
        m_places.insert(QStringLiteral("pdf-pages"),
                        file(QStringLiteral("pages.pdf"), hostile::pdfClaimingPages(2147483647)));
        m_places.insert(QStringLiteral("png-huge"),
                        file(QStringLiteral("huge.png"), hostile::pngClaimingSize(40000, 40000)));
        {
            // The shipped template with one placeholder that is no field of the letter.
            QFile shipped(QStringLiteral(DSR_TEST_DATA_DIR "/../../resources/templates/disclosure.html"));
            QVERIFY(shipped.open(QIODevice::ReadOnly));
            QByteArray html = shipped.readAll();
            const qsizetype at = html.lastIndexOf("</p>");
            QVERIFY(at > 0);
            html.insert(at, "{{no_such_field}}");
            m_places.insert(QStringLiteral("template-bogus"), file(QStringLiteral("bogus.html"), html));
        }
        m_places.insert(
            QStringLiteral("cao-garbage"),
            file(QStringLiteral("cao.csv"), "国民の祝日・休日月日,国民の祝日・休日名称\n2026/13/45,元日\n"));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        const QString admin = QStringLiteral("admin");
        const QString clerk = QStringLiteral("clerk1");
        auto row = [](const char *name, const QString &login, const QStringList &args, int code,
                      const char *says) {
            QTest::newRow(name) << login << args << code << QString::fromUtf8(says);
        };
        // The arguments as written below (UTF-8).
        const auto L = [](std::initializer_list<const char *> words) {
            QStringList out;
            for (const char *w : words)
                out << QString::fromUtf8(w);
            return out;
        };
        const auto memberAdd
            = [](const QString &number, const QString &name,
                 const QString &postal = QStringLiteral("850-0001"), const QString &phone = QString()) {
                  QStringList a { QStringLiteral("member"),    QStringLiteral("add"),
                                  QStringLiteral("--number"),  number,
                                  QStringLiteral("--name"),    name,
                                  QStringLiteral("--kana"),    QStringLiteral("ヤマダ タロウ"),
                                  QStringLiteral("--birth"),   QStringLiteral("1980-01-02"),
                                  QStringLiteral("--postal"),  postal,
                                  QStringLiteral("--address"), QStringLiteral("長崎市1-1") };
                  if (!phone.isEmpty())
                      a << QStringLiteral("--phone") << phone;
                  return a;
              };
        // Files that are not files, or too large: refused before they are read.
        row("template import /dev/zero", admin, L({ "template", "import", "disclosure", "{zero}" }), 1,
            "/dev/zero");
        row("template import folder", admin, L({ "template", "import", "disclosure", "{dir}" }), 1, "");
        row("template import 300 MB", admin, L({ "template", "import", "disclosure", "{big}" }), 1, "");
        row("template import unknown field", admin,
            L({ "template", "import", "disclosure", "{template-bogus}" }), 1, "no_such_field");
        row("template seal /dev/zero", admin, L({ "template", "seal", "{zero}" }), 1, "/dev/zero");
        row("template seal PNG header then noise", admin, L({ "template", "seal", "{png-noise}" }), 1,
            "not a whole PNG");
        row("calendar import-cao /dev/zero", admin, L({ "calendar", "import-cao", "{zero}" }), 1,
            "/dev/zero");
        row("calendar import-cao 300 MB", admin, L({ "calendar", "import-cao", "{big}" }), 1, "");
        row("calendar import-cao bad date", admin, L({ "calendar", "import-cao", "{cao-garbage}" }), 1, "");
        row("member import /dev/zero", clerk, L({ "member", "import", "{zero}" }), 1, "/dev/zero");
        // Documents: opened for real by the checker's child before anything is stored.
        row("attach a PNG header then noise", clerk, L({ "request", "attach", "{request}", "{png-noise}" }),
            1, "noise.png cannot be read");
        row("attach a PDF that inflates to 300 MB", clerk,
            L({ "request", "attach", "{request}", "{pdf-bomb}" }), 1, "expand to more than 256 MB");
        row("attach a PDF cut short", clerk, L({ "request", "attach", "{request}", "{pdf-cut}" }), 1,
            "cut.pdf cannot be read as a PDF");
        row("attach a PDF claiming 2^31 pages", clerk, L({ "request", "attach", "{request}", "{pdf-pages}" }),
            1, "pages.pdf");
        row("attach a PNG claiming 40000 x 40000 pixels", clerk,
            L({ "request", "attach", "{request}", "{png-huge}" }), 1, "too large an image");
        row("disclosure document that inflates to 300 MB", clerk,
            L({ "request", "disclose-add", "{request}", "{pdf-bomb}" }), 1, "expand to more than 256 MB");
        row("disclosure document claiming 40000 x 40000 pixels", clerk,
            L({ "request", "disclose-add", "{request}", "{png-huge}" }), 1, "too large an image");
        // Settings checked by their own rule when set.
        row("receipt format without a number", admin,
            L({ "settings", "set", "requests.receipt_format", "FIXED" }), 1, "{seq}");
        row("receipt format with an unknown placeholder", admin,
            L({ "settings", "set", "requests.receipt_format", "{bogus}-{seq}" }), 1, "{bogus}");
        row("receipt format with a bad width", admin,
            L({ "settings", "set", "requests.receipt_format", "{fiscal_year}-{seq:99}" }), 1, "");
        row("receipt format with two widths side by side", admin,
            L({ "settings", "set", "requests.receipt_format", "{era}{era_year}{seq}" }), 1, "");
        // Text: control characters, bidi overrides, line breaks in one-line fields, bad numbers.
        row("member number -1", clerk, memberAdd(QStringLiteral("-1"), QStringLiteral("山田 太郎")), 1,
            "--number");
        row("name with an escape sequence", clerk,
            memberAdd(QStringLiteral("55201"), QStringLiteral("山田\x1b[31m太郎")), 1, "U+001B");
        row("name with a bell", clerk, memberAdd(QStringLiteral("55202"), QStringLiteral("山田\a太郎")), 1,
            "U+0007");
        row("name with a line break", clerk, memberAdd(QStringLiteral("55203"), QStringLiteral("山田\n太郎")),
            1, "one line");
        row("name with a right-to-left override", clerk,
            memberAdd(QStringLiteral("55204"),
                      QStringLiteral("山田") + QChar(0x202E) + QStringLiteral("太郎")),
            1, "U+202E");
        row("name with a replacement character", clerk,
            memberAdd(QStringLiteral("55205"),
                      QStringLiteral("山田") + QChar(0xFFFD) + QStringLiteral("太郎")),
            1, "UTF-8");
        row("postal code of five digits", clerk,
            memberAdd(QStringLiteral("55206"), QStringLiteral("山田 太郎"), QStringLiteral("12345")), 1,
            "--postal");
        row("phone with letters", clerk,
            memberAdd(QStringLiteral("55207"), QStringLiteral("山田 太郎"), QStringLiteral("850-0001"),
                      QStringLiteral("call me")),
            1, "--phone");
        row("request summary with a tab", clerk,
            L({ "request", "edit", "{request}", "--summary", "開示\t請求" }), 1, "one line");
        row("request notes with an escape", clerk,
            L({ "request", "edit", "{request}", "--notes", "x\x1b]0;owned\x07" }), 1, "U+001B");
        // CSV: one bad row refuses the whole file.
        row("CSV name with an escape sequence", clerk, L({ "member", "import", "{csv-escape}" }), 1,
            "line 2");
        row("CSV name with NUL", clerk, L({ "member", "import", "{csv-nul}" }), 1, "line 2");
        row("CSV name with a bidi override", clerk, L({ "member", "import", "{csv-bidi}" }), 1, "line 2");
        row("CSV name with a quoted line break", clerk, L({ "member", "import", "{csv-linebreak-name}" }), 1,
            "line 2");
        row("CSV member number -1", clerk, L({ "member", "import", "{csv-number}" }), 1, "line 2");
        row("CSV address with a My Number", clerk, L({ "member", "import", "{csv-my-number}" }), 1, "line 2");
        // Conflicts and absences.
        row("edit over a version that is not the stored one", clerk,
            L({ "request", "edit", "{request}", "--notes", "late", "--expect-version", "999" }), 5, "");
        row("request that does not exist", clerk, L({ "request", "show", "999999" }), 4, "");
        row("member that does not exist", clerk, L({ "member", "show", "99999999" }), 4, "");
    }

    void refused()
    {
        QFETCH(QString, login);
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const QByteArray before = fingerprint(m_t.db());
        QElapsedTimer timer;
        timer.start();
        const CliResult r = runDsrctl(
            QStringList { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), m_t.path(),
                          QStringLiteral("--user"), login, QStringLiteral("--password-stdin") }
                + expanded(args),
            kPassword + QLatin1Char('\n'), 30000);
        QVERIFY2(r.exitCode == exitCode, qPrintable(describe(r)));
        QVERIFY2(timer.elapsed() < 20000, "refused without reading the input to its end");
        // The first line says what is wrong; a file's bad lines follow, one each ("line N: …").
        QVERIFY2(r.err.startsWith(QStringLiteral("dsrctl: ")), qPrintable(describe(r)));
        QVERIFY2(r.err.contains(says), qPrintable(describe(r)));
        // What was printed never carries a raw control character.
        for (const QChar c : r.err + r.out)
            QVERIFY2(c == QLatin1Char('\n') || c == QLatin1Char('\t') || c.unicode() >= 0x20,
                     qPrintable(describe(r)));
        QCOMPARE(fingerprint(m_t.db()), before);
        auto chain = AuditService::verifyChain(m_t.db());
        QVERIFY(chain.ok());
        QVERIFY2(chain->intact, qPrintable(chain->problem));
    }
};

QTEST_GUILESS_MAIN(TestCliBadInput)
#include "TestCliBadInput.moc"

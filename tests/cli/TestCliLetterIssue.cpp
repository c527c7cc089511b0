// Letters through the built dsrctl (issue 5, "Command line"): issue prints the document number,
// export writes exactly the stored bytes, mailing the decision letter notifies the request,
// templates are refused naming the bad field; and two desks numbering letters at the same time
// get distinct numbers with no gaps. Fixtures are made in-process (every login costs Argon2id).

#include "TestSupport.h"
#include "services/LetterService.h"
#include "services/MemberService.h"
#include "services/RequestService.h"
#include "services/SettingsService.h"
#include "services/WorkflowService.h"
#include "storage/Database.h"
#include "text/JapaneseEra.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace dsr;
using namespace dsr::test;

namespace {

CliResult as(const QString &db, const QString &login, const QStringList &args)
{
    return runDsrctl(QStringList { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db,
                                   QStringLiteral("--user"), login, QStringLiteral("--password-stdin") }
                         + args,
                     kPassword + QLatin1Char('\n'));
}

QJsonObject object(const CliResult &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

class TestCliLetterIssue : public QObject
{
    Q_OBJECT

    TempDatabase m_t;
    Actor m_admin, m_clerk, m_chief, m_manager;
    qint64 m_requestId = 0;

    // A disclosure request with its decision approved.
    qint64 decidedRequest(const QString &memberNumber)
    {
        return test::decidedRequest(m_t.db(), m_clerk, m_chief, m_manager, memberNumber);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_admin = m_t.initialize();
        m_clerk = m_t.addUser(m_admin, QStringLiteral("clerk1"), { Role::Clerk });
        m_chief = m_t.addUser(m_admin, QStringLiteral("chief1"), { Role::Chief });
        m_manager = m_t.addUser(m_admin, QStringLiteral("manager1"), { Role::Manager });
        QVERIFY(setLetterSettings(m_t.db(), m_admin));
        m_requestId = decidedRequest(QStringLiteral("9001"));
    }

    void issueExportMail()
    {
        const QString db = m_t.path();
        const QString request = QString::number(m_requestId);
        QTemporaryDir dir;
        const QString draft = dir.filePath(QStringLiteral("draft.pdf"));
        EXPECT_EXIT(
            as(db, QStringLiteral("clerk1"),
               { QStringLiteral("letter"), QStringLiteral("preview"), QStringLiteral("--request"), request,
                 QStringLiteral("--kind"), QStringLiteral("disclosure"), QStringLiteral("--out"), draft }),
            0);
        QVERIFY(QFileInfo(draft).size() > 1000);
        // An unknown kind is a usage error naming the kinds; a chief may not issue.
        const CliResult badKind
            = as(db, QStringLiteral("clerk1"),
                 { QStringLiteral("letter"), QStringLiteral("issue"), QStringLiteral("--request"), request,
                   QStringLiteral("--kind"), QStringLiteral("disclose") });
        EXPECT_EXIT(badKind, 2);
        QVERIFY2(badKind.err.contains(QStringLiteral("partial-disclosure")), qPrintable(badKind.err));
        EXPECT_EXIT(as(db, QStringLiteral("chief1"),
                       { QStringLiteral("letter"), QStringLiteral("issue"), QStringLiteral("--request"),
                         request, QStringLiteral("--kind"), QStringLiteral("disclosure") }),
                    3);

        const CliResult issued
            = as(db, QStringLiteral("clerk1"),
                 { QStringLiteral("letter"), QStringLiteral("issue"), QStringLiteral("--request"), request,
                   QStringLiteral("--kind"), QStringLiteral("disclosure"), QStringLiteral("--postage"),
                   QStringLiteral("140"), QStringLiteral("--json") });
        EXPECT_EXIT(issued, 0);
        const QJsonObject letter = object(issued);
        QCOMPARE(letter.value(QStringLiteral("document_no")).toString(), QStringLiteral("長共総第1号"));
        QCOMPARE(letter.value(QStringLiteral("state")).toString(), QStringLiteral("issued"));

        const QString out = dir.filePath(QStringLiteral("letter.pdf"));
        EXPECT_EXIT(as(db, QStringLiteral("clerk1"),
                       { QStringLiteral("letter"), QStringLiteral("export"), QStringLiteral("長共総第1号"),
                         QStringLiteral("--out"), out }),
                    0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(
            QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()),
            letter.value(QStringLiteral("sha256")).toString());

        EXPECT_EXIT(as(db, QStringLiteral("clerk1"),
                       { QStringLiteral("letter"), QStringLiteral("mailed"), QStringLiteral("長共総第1号"),
                         QStringLiteral("--method"), QStringLiteral("simple-registered") }),
                    1); // the tracking number is missing
        EXPECT_EXIT(as(db, QStringLiteral("clerk1"),
                       { QStringLiteral("letter"), QStringLiteral("mailed"), QStringLiteral("長共総第1号"),
                         QStringLiteral("--method"), QStringLiteral("simple-registered"),
                         QStringLiteral("--tracking"), QStringLiteral("123-45-67890-1") }),
                    0);
        const CliResult shown
            = as(db, QStringLiteral("clerk1"),
                 { QStringLiteral("request"), QStringLiteral("show"), request, QStringLiteral("--json") });
        EXPECT_EXIT(shown, 0);
        QCOMPARE(object(shown).value(QStringLiteral("status")).toString(), QStringLiteral("notified"));

        const CliResult listed
            = as(db, QStringLiteral("clerk1"),
                 { QStringLiteral("letter"), QStringLiteral("list"), QStringLiteral("--json") });
        EXPECT_EXIT(listed, 0);
        const QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("mailed"));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("tracking_no")).toString(),
                 QStringLiteral("123-45-67890-1"));
    }

    // Several requests in one command: one line per letter, ID and number.
    void issueForSeveralRequests()
    {
        const QString a = QString::number(decidedRequest(QStringLiteral("9101")));
        const QString b = QString::number(decidedRequest(QStringLiteral("9102")));
        const CliResult r = as(m_t.path(), QStringLiteral("clerk1"),
                               { QStringLiteral("letter"), QStringLiteral("issue"), QStringLiteral("--kind"),
                                 QStringLiteral("disclosure"), QStringLiteral("--request"), a,
                                 QStringLiteral("--request"), b });
        EXPECT_EXIT(r, 0);
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].startsWith(a + QLatin1Char('\t') + QStringLiteral("長共総第")), qPrintable(r.out));
        QVERIFY2(lines[1].startsWith(b + QLatin1Char('\t') + QStringLiteral("長共総第")), qPrintable(r.out));
        // Again: both were issued already; refused, nothing new numbered.
        const CliResult again = as(m_t.path(), QStringLiteral("clerk1"),
                                   { QStringLiteral("letter"), QStringLiteral("issue"),
                                     QStringLiteral("--kind"), QStringLiteral("disclosure"),
                                     QStringLiteral("--request"), a, QStringLiteral("--request"), b });
        EXPECT_EXIT(again, 1);
    }

    void templateRefusalsNameTheField()
    {
        const QString db = m_t.path();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("disclosure.html"));
        EXPECT_EXIT(
            as(db, QStringLiteral("admin"),
               { QStringLiteral("template"), QStringLiteral("export"), QStringLiteral("disclosure"), path }),
            0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        file.close();
        QVERIFY(text.contains(QStringLiteral("{{document_number}}")));
        // Remove a required field and add an unknown one: refused, both named, nothing changes.
        text.replace(QStringLiteral("{{document_number}}"), QStringLiteral("{{doc_no}}"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
        file.close();
        const CliResult refused = as(
            db, QStringLiteral("admin"),
            { QStringLiteral("template"), QStringLiteral("import"), QStringLiteral("disclosure"), path });
        EXPECT_EXIT(refused, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("doc_no"))
                     && refused.err.contains(QStringLiteral("document_number")),
                 qPrintable(refused.err));
        EXPECT_EXIT(
            as(db, QStringLiteral("clerk1"),
               { QStringLiteral("template"), QStringLiteral("export"), QStringLiteral("disclosure"), path }),
            3);
    }

    // Two desks issue 200 letters each at the same time: 400 distinct numbers, 2 … 401 after the
    // first letter, none missing.
    void twoDesksNumberWithoutGapsOrDuplicates()
    {
        const qint64 request = decidedRequest(QStringLiteral("9002"));
        LetterService letters(m_t.db());
        auto first = letters.issue(m_clerk, request, LetterKind::Disclosure, {});
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        const int base = first->number;
        QProcess a, b;
        const QStringList args { m_t.path(), QStringLiteral("clerk1"), kPassword, QString::number(first->id),
                                 QStringLiteral("200") };
        a.start(QStringLiteral(DSR_BIN_DIR "/letter_issuer"), args);
        b.start(QStringLiteral(DSR_BIN_DIR "/letter_issuer"), args);
        QVERIFY(a.waitForStarted() && b.waitForStarted());
        QVERIFY(a.waitForFinished(600000) && b.waitForFinished(600000));
        QVERIFY2(a.exitCode() == 0 && b.exitCode() == 0,
                 qPrintable(QString::fromUtf8(a.readAllStandardError() + b.readAllStandardError())));
        QList<int> numbers;
        for (QProcess *p : { &a, &b })
            for (const QByteArray &line : p->readAllStandardOutput().split('\n'))
                if (!line.trimmed().isEmpty())
                    numbers << line.trimmed().toInt();
        QCOMPARE(numbers.size(), 400);
        std::sort(numbers.begin(), numbers.end());
        for (int i = 0; i < numbers.size(); ++i)
            QCOMPARE(numbers[i], base + 1 + i);
    }

    // The letter date: not before the decision; further back than a week only with --date-reason.
    void letterDateRefusals()
    {
        const qint64 id = decidedRequest(QStringLiteral("9201")); // decided today
        const QString request = QString::number(id);
        const QStringList issue { QStringLiteral("letter"),    QStringLiteral("issue"),
                                  QStringLiteral("--request"), request,
                                  QStringLiteral("--kind"),    QStringLiteral("disclosure") };
        const CliResult early
            = as(m_t.path(), QStringLiteral("clerk1"),
                 issue
                     + QStringList { QStringLiteral("--date"),
                                     QDate::currentDate().addDays(-1).toString(Qt::ISODate),
                                     QStringLiteral("--date-reason"), QStringLiteral("発送遅れ") });
        EXPECT_EXIT(early, 1);
        QVERIFY2(early.err.contains(QStringLiteral("before the decision")), qPrintable(describe(early)));
        const CliResult help
            = runDsrctl({ QStringLiteral("letter"), QStringLiteral("issue"), QStringLiteral("--help") });
        QVERIFY2(help.out.contains(QStringLiteral("--date-reason")), qPrintable(describe(help)));
        EXPECT_EXIT(
            as(m_t.path(), QStringLiteral("clerk1"),
               issue
                   + QStringList { QStringLiteral("--date"), QDate::currentDate().toString(Qt::ISODate),
                                   QStringLiteral("--json") }),
            0);
    }

    // Issue 10: with letters.digits = full, `letter list --query` finds a document number typed
    // with ordinary digits, with full-width digits, or without its symbol. Last: it changes the
    // setting for the letters after it.
    void listQueryIgnoresDigitWidth()
    {
        SettingsService settings(m_t.db());
        QVERIFY(settings.save(m_admin, settings.load(m_admin).value(),
                              { { Setting::LetterDigits, QStringLiteral("full") } }));
        auto letter = LetterService(m_t.db()).issue(m_clerk, decidedRequest(QStringLiteral("9301")),
                                                    LetterKind::Disclosure, {});
        QVERIFY2(letter.ok(), qPrintable(letter.error().message));
        const QString digits = QString::number(letter->number);
        QCOMPARE(letter->documentNo,
                 QStringLiteral("長共総第") + JapaneseEra::toFullWidthDigits(digits) + QStringLiteral("号"));
        for (const QString &typed : { QStringLiteral("長共総第%1号").arg(digits),
                                      QStringLiteral("第%1号").arg(JapaneseEra::toFullWidthDigits(digits)),
                                      QStringLiteral("第%1号").arg(digits) }) {
            const CliResult listed = as(m_t.path(), QStringLiteral("clerk1"),
                                        { QStringLiteral("letter"), QStringLiteral("list"),
                                          QStringLiteral("--query"), typed, QStringLiteral("--json") });
            EXPECT_EXIT(listed, 0);
            const QJsonArray rows = QJsonDocument::fromJson(listed.out.toUtf8()).array();
            QVERIFY2(rows.size() == 1, qPrintable(typed + QLatin1Char('\n') + describe(listed)));
            QCOMPARE(rows.first().toObject().value(QStringLiteral("id")).toInteger(), letter->id);
        }
    }
};

QTEST_MAIN(TestCliLetterIssue)
#include "TestCliLetterIssue.moc"

// Typed updates (issue 10): services name the request and letter fields they change as
// RequestField / LetterRecordField; only the repositories know the columns. Each field must map
// to a real column of its table, no two fields to the same column, and a value written through
// the field must read back through it.

#include "TestSupport.h"
#include "model/LetterRecordFields.h"
#include "model/RequestFields.h"
#include "services/RequestService.h"
#include "storage/LetterRepository.h"
#include "storage/RequestRepository.h"
#include "storage/WorkflowRepository.h"

#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>
#include <functional>

using namespace dsr;
using namespace dsr::test;

Q_DECLARE_METATYPE(dsr::RequestField)
Q_DECLARE_METATYPE(dsr::LetterRecordField)

namespace {

constexpr RequestField kLastRequestField = RequestField::NotifiedMethod;
constexpr LetterRecordField kLastLetterField = LetterRecordField::VoidedAt;

QSet<QString> columnsOf(Database &db, const QString &table)
{
    // The driver reads the table's columns from the engine's own catalogue.
    QSet<QString> out;
    const QSqlRecord record = db.connection().record(table);
    for (int i = 0; i < record.count(); ++i)
        out.insert(record.fieldName(i));
    return out;
}

} // namespace

class TestTypedUpdates : public QObject
{
    Q_OBJECT

    TempDatabase m_t;
    Actor m_admin, m_clerk;
    qint64 m_request = 0;
    qint64 m_letter = 0;

    // Fields 0..last each name a column of `table`, and no two the same one.
    void checkOneColumnEach(const QString &table, int last, const std::function<QString(int)> &columnOf)
    {
        const QSet<QString> columns = columnsOf(m_t.db(), table);
        QVERIFY(!columns.isEmpty());
        QSet<QString> seen;
        for (int i = 0; i <= last; ++i) {
            const QString column = columnOf(i);
            QVERIFY2(columns.contains(column),
                     qPrintable(QStringLiteral("field %1 → “%2”").arg(i).arg(column)));
            QVERIFY2(!seen.contains(column), qPrintable(column));
            seen.insert(column);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_admin = m_t.initialize();
        m_clerk = m_t.addUser(m_admin, QStringLiteral("clerk"), { Role::Clerk });
        const qint64 member = m_t.addMember(m_clerk, QStringLiteral("12345678"), QStringLiteral("長崎 花子"),
                                            QStringLiteral("ナガサキ ハナコ"));
        auto r = RequestService(m_t.db()).registerRequest(m_clerk, disclosureDraft(member));
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        m_request = r->id;
        auto l = LetterRepository(m_t.db()).insertDraft(m_request, QStringLiteral("amendment-request"),
                                                        LetterState::Draft, m_clerk.userId);
        QVERIFY2(l, l ? "" : qPrintable(l.error().message));
        m_letter = l.value();
    }

    void everyRequestFieldIsOneColumn()
    {
        checkOneColumnEach(QStringLiteral("requests"), int(kLastRequestField),
                           [](int i) { return WorkflowRepository::column(RequestField(i)); });
    }

    void everyLetterFieldIsOneColumn()
    {
        checkOneColumnEach(QStringLiteral("letters"), int(kLastLetterField),
                           [](int i) { return LetterRepository::column(LetterRecordField(i)); });
    }

    void requestFieldRoundTrip_data()
    {
        QTest::addColumn<RequestField>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QVariant>("stored");
        const QDate day(2025, 5, 12);
        const QString iso = QStringLiteral("2025-05-12");
        QTest::newRow("status") << RequestField::Status << QVariant(QStringLiteral("investigating"))
                                << QVariant(QStringLiteral("investigating"));
        QTest::newRow("id document") << RequestField::IdDocument << QVariant(QStringLiteral("passport"))
                                     << QVariant(QStringLiteral("passport"));
        QTest::newRow("residence certificate")
            << RequestField::ResidenceCertOn << QVariant(day) << QVariant(iso);
        QTest::newRow("submit note") << RequestField::SubmitNote << QVariant(QStringLiteral("note"))
                                     << QVariant(QStringLiteral("note"));
        QTest::newRow("decided") << RequestField::DecidedOn << QVariant(day) << QVariant(iso);
        QTest::newRow("decided cleared")
            << RequestField::DecidedOn << QVariant(QMetaType::fromType<QString>()) << QVariant();
        QTest::newRow("disclosure not before")
            << RequestField::DisclosureNotBefore << QVariant(day.addDays(14))
            << QVariant(QStringLiteral("2025-05-26"));
        QTest::newRow("withdrawn") << RequestField::WithdrawnOn << QVariant(day) << QVariant(iso);
        QTest::newRow("extended") << RequestField::ExtendedTo << QVariant(day) << QVariant(iso);
        QTest::newRow("special extension")
            << RequestField::SpecialExtensionTo << QVariant(day) << QVariant(iso);
        QTest::newRow("extension reason")
            << RequestField::ExtensionReason << QVariant(QStringLiteral("many records"))
            << QVariant(QStringLiteral("many records"));
        QTest::newRow("notified") << RequestField::NotifiedOn << QVariant(day) << QVariant(iso);
        QTest::newRow("notified how") << RequestField::NotifiedMethod << QVariant(QStringLiteral("mail"))
                                      << QVariant(QStringLiteral("mail"));
    }

    void requestFieldRoundTrip()
    {
        QFETCH(RequestField, field);
        QFETCH(QVariant, value);
        QFETCH(QVariant, stored);
        WorkflowRepository wf(m_t.db());
        const qint64 version = RequestRepository(m_t.db()).findById(m_request).value()->version;
        Status s = wf.updateRequest(m_request, version, { { field, value } });
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        auto read = wf.requestFields(m_request, { field, RequestField::ReceivedOn });
        QVERIFY(read);
        QCOMPARE(read->size(), 2);
        QCOMPARE(read->value(field).isNull(), stored.isNull());
        if (!stored.isNull())
            QCOMPARE(read->value(field).toString(), stored.toString());
        QCOMPARE(read->value(RequestField::ReceivedOn).toString(), QStringLiteral("2025-04-10"));
        // A stale version is refused, whatever the field.
        QCOMPARE(wf.updateRequest(m_request, version, { { field, value } }).error().code,
                 ErrorCode::Conflict);
    }

    void letterFieldRoundTrip_data()
    {
        QTest::addColumn<LetterRecordField>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("stored");
        QTest::newRow("printed") << LetterRecordField::PrintedAt
                                 << QVariant(QStringLiteral("2025-05-12T01:02:03Z"))
                                 << QStringLiteral("2025-05-12T01:02:03Z");
        QTest::newRow("mailed") << LetterRecordField::MailedOn << QVariant(QDate(2025, 5, 13))
                                << QStringLiteral("2025-05-13");
        QTest::newRow("tracking") << LetterRecordField::TrackingNo << QVariant(QStringLiteral("1234-5678"))
                                  << QStringLiteral("1234-5678");
        QTest::newRow("returned") << LetterRecordField::ReturnedOn << QVariant(QDate(2025, 5, 20))
                                  << QStringLiteral("2025-05-20");
        QTest::newRow("void reason") << LetterRecordField::VoidReason
                                     << QVariant(QStringLiteral("wrong kind"))
                                     << QStringLiteral("wrong kind");
    }

    void letterFieldRoundTrip()
    {
        QFETCH(LetterRecordField, field);
        QFETCH(QVariant, value);
        QFETCH(QString, stored);
        LetterRepository letters(m_t.db());
        const Letter before = letters.find(m_letter).value().value();
        Status s = letters.update(m_letter, before.version, LetterState::Draft, { { field, value } });
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        QSqlQuery q(m_t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT %1, version FROM letters WHERE id = %2")
                           .arg(LetterRepository::column(field))
                           .arg(m_letter)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), stored);
        QCOMPARE(q.value(1).toLongLong(), before.version + 1);
    }
};

QTEST_GUILESS_MAIN(TestTypedUpdates)
#include "TestTypedUpdates.moc"

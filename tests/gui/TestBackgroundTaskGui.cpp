// BackgroundTask on the offscreen platform: work on a worker thread with its own connection to
// the same database, the progress dialog after a delay, Cancel, and an export cancelled half-way
// that leaves neither a file nor an audit entry.

#include "BackgroundTask.h"
#include "TestSupport.h"
#include "services/AccountService.h"
#include "services/AuditService.h"
#include "storage/Database.h"

#include <QDir>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QWidget>

#include "GuiTestSupport.h"

#include <QtTest>

using namespace dsr;
using dsr::test::child;
using dsr::test::scalar;
using dsr::test::TempDatabase;
using dsr::test::waitForBackgroundTasks;

namespace {

QProgressDialog *progressDialog(const QWidget *owner)
{
    return owner->findChild<QProgressDialog *>(QStringLiteral("taskProgressDialog"));
}

} // namespace

class TestBackgroundTaskGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsOnAWorkerWithItsOwnConnection();
    void showsProgressAndCancels();
    void workThatCannotStopHasNoCancel();
    void cancelledExportLeavesNoFileAndNoEntry();
};

void TestBackgroundTaskGui::runsOnAWorkerWithItsOwnConnection()
{
    TempDatabase t;
    const Actor admin = t.initialize();
    QWidget owner;
    owner.show();
    BackgroundTask task(t.db(), &owner);
    QThread *worker = nullptr;
    QString workerConnection;
    bool delivered = false;
    QVERIFY(task.start(
        [&](Database &db, TaskProgress &) -> Result<qint64> {
            worker = QThread::currentThread();
            workerConnection = db.connection().connectionName();
            // A write on the worker's connection, in its own transaction, with its audit entry.
            return AccountService(db).addUser(admin,
                                              NewUser { QStringLiteral("yamada"),
                                                        QStringLiteral("山田 一"),
                                                        { Role::Clerk },
                                                        dsr::test::kPassword });
        },
        [&](const Result<qint64> &id) {
            QCOMPARE(QThread::currentThread(), qApp->thread());
            QVERIFY(id);
            delivered = true;
        }));
    QVERIFY(task.isRunning());
    // One at a time.
    QVERIFY(
        !task.start([](Database &, TaskProgress &) { return Result<int>(1); }, [](const Result<int> &) {}));
    QVERIFY(waitForBackgroundTasks());
    QVERIFY(delivered);
    QVERIFY(!task.isRunning());
    QVERIFY(worker && worker != qApp->thread());
    QVERIFY(workerConnection != t.db().connection().connectionName());
    // The window's own connection sees what the worker wrote.
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM users WHERE login = 'yamada'")), 1);
    // Quick work shows no dialog.
    QVERIFY(!progressDialog(&owner));
}

void TestBackgroundTaskGui::showsProgressAndCancels()
{
    TempDatabase t;
    t.initialize();
    QWidget owner;
    owner.show();
    BackgroundTask task(t.db(), &owner);
    task.setLabel(QStringLiteral("Counting…"));
    task.setCancellable(true);
    std::optional<Result<int>> outcome;
    // Items until cancelled (or 20 s, so that a broken Cancel fails instead of hanging).
    QVERIFY(task.start(
        [](Database &, TaskProgress &progress) -> Result<int> {
            for (int i = 0; i < 2000; ++i) {
                if (progress.isCancelled())
                    return i;
                progress.report(i, 2000);
                QThread::msleep(10);
            }
            return makeError(ErrorCode::Failure, QStringLiteral("not cancelled"));
        },
        [&](const Result<int> &r) { outcome = r; }));
    // The dialog waits DialogDelayMs before it shows, then counts along.
    QVERIFY(!progressDialog(&owner));
    QTRY_VERIFY_WITH_TIMEOUT(progressDialog(&owner) && progressDialog(&owner)->isVisible(), 5000);
    QProgressDialog *dialog = progressDialog(&owner);
    QCOMPARE(dialog->labelText(), QStringLiteral("Counting…"));
    QTRY_VERIFY(dialog->maximum() == 2000 && dialog->value() > 0);
    QVERIFY(dialog->isModal() || dialog->windowModality() == Qt::WindowModal);

    auto *cancel = child<QPushButton>(dialog, QStringLiteral("cancelTaskButton"));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(waitForBackgroundTasks(20000));
    QVERIFY(outcome.has_value());
    QVERIFY2(outcome->ok(), qPrintable(outcome->error().message));
    QVERIFY(outcome->value() > 0 && outcome->value() < 2000);
    QTRY_VERIFY(!progressDialog(&owner));
}

void TestBackgroundTaskGui::workThatCannotStopHasNoCancel()
{
    TempDatabase t;
    t.initialize();
    QWidget owner;
    owner.show();
    BackgroundTask task(t.db(), &owner);
    QVERIFY(task.start(
        [](Database &, TaskProgress &) {
            QThread::msleep(BackgroundTask::DialogDelayMs + 700);
            return Result<bool>(true);
        },
        [](const Result<bool> &) {}));
    QTRY_VERIFY_WITH_TIMEOUT(progressDialog(&owner) && progressDialog(&owner)->isVisible(), 5000);
    QProgressDialog *dialog = progressDialog(&owner);
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("cancelTaskButton")));
    // Escape does not hide it while the work goes on underneath.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(dialog->isVisible());
    QVERIFY(task.isRunning());
    QVERIFY(waitForBackgroundTasks());
}

void TestBackgroundTaskGui::cancelledExportLeavesNoFileAndNoEntry()
{
    TempDatabase t;
    const Actor auditor = t.addUser(t.initialize(), QStringLiteral("kansa"), { Role::Auditor });
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("audit.csv"));
    const qint64 exportsBefore
        = scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'audit.export'"));
    QWidget owner;
    BackgroundTask task(t.db(), &owner);
    task.setCancellable(true);
    std::optional<Result<qint64>> outcome;
    QVERIFY(task.start(
        [auditor, path](Database &db, TaskProgress &progress) {
            // Cancelled while the export is under way (here: before it reaches the file).
            while (!progress.isCancelled())
                QThread::msleep(5);
            return AuditService(db).exportCsvFile(auditor, AuditFilter {}, path);
        },
        [&](const Result<qint64> &r) { outcome = r; }));
    task.cancel();
    QVERIFY(waitForBackgroundTasks());
    QVERIFY(outcome.has_value());
    QVERIFY(!outcome->ok());
    QVERIFY2(outcome->error().message.contains(QStringLiteral("cancelled")),
             qPrintable(outcome->error().message));
    // No file, no temporary file beside it, no entry claiming an export.
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'audit.export'")),
             exportsBefore);

    // Not cancelled, the same export writes its file.
    QVERIFY(task.start(
        [auditor, path](Database &db, TaskProgress &) {
            return AuditService(db).exportCsvFile(auditor, AuditFilter {}, path);
        },
        [&](const Result<qint64> &r) { outcome = r; }));
    QVERIFY(waitForBackgroundTasks());
    QVERIFY2(outcome->ok(), qPrintable(outcome->error().message));
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'audit.export'")),
             exportsBefore + 1);
}

QTEST_MAIN(TestBackgroundTaskGui)
#include "TestBackgroundTaskGui.moc"

// The window meets a server (issue 11): on the first-run screen of a fresh local database, the
// person chooses "Connect to a server…", enters the division's server, and the session moves to
// that database — the password file supplies the password, a wrong typed password is refused in
// the dialog, and the location handed on holds no password. Runs on the project's PostgreSQL test
// cluster only (SERVER_ONLY): a local database has nothing to connect to.

#include "FirstRunDialog.h"
#include "GuiTestSupport.h"
#include "ServerConnectionDialog.h"
#include "SessionController.h"
#include "TestSupport.h"
#include "services/DatabaseAccess.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace dsr;
using dsr::test::child;
using dsr::test::TempDatabase;

namespace {

ServerConnectionDialog *openConnectionDialog(QWidget *parent)
{
    QCoreApplication::processEvents();
    const auto all = parent->findChildren<ServerConnectionDialog *>();
    for (ServerConnectionDialog *d : all)
        if (d->isVisible())
            return d;
    return nullptr;
}

void fill(ServerConnectionDialog *dialog, const QString &uri, const QString &password)
{
    const QUrl url(uri);
    child<QLineEdit>(dialog, QStringLiteral("hostLineEdit"))->setText(url.host());
    child<QSpinBox>(dialog, QStringLiteral("portSpinBox"))->setValue(url.port());
    child<QLineEdit>(dialog, QStringLiteral("databaseLineEdit"))->setText(url.path().mid(1));
    child<QLineEdit>(dialog, QStringLiteral("userLineEdit"))->setText(url.userName());
    child<QLineEdit>(dialog, QStringLiteral("passwordLineEdit"))->setText(password);
    auto *ssl = child<QComboBox>(dialog, QStringLiteral("sslModeComboBox"));
    ssl->setCurrentIndex(ssl->findData(QStringLiteral("disable"))); // the test cluster has no TLS
}

} // namespace

class TestServerConnectionGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(test::onServer(), "this suite runs on the PostgreSQL test cluster"); }

    void firstRunScreenConnectsToTheDivisionsServer()
    {
        // The division's server database, set up by its administrator.
        TempDatabase server;
        server.initialize();

        // A desk starting for the first time: a fresh local file, the first-run screen.
        QTemporaryDir home;
        auto local = DatabaseAccess::open(home.filePath(QStringLiteral("desk.sqlite")));
        QVERIFY2(local, local ? "" : qPrintable(local.error().message));
        SessionController session(*local.value());
        QSignalSpy finished(&session, &SessionController::finished);
        session.start();
        FirstRunDialog *firstRun = session.firstRunDialog();
        QVERIFY(firstRun && firstRun->isVisible());

        QTest::mouseClick(child<QPushButton>(firstRun, QStringLiteral("connectServerButton")),
                          Qt::LeftButton);
        ServerConnectionDialog *dialog = openConnectionDialog(firstRun);
        QVERIFY(dialog);

        // A typed password beats the password file, so a wrong one is refused here, in the dialog.
        fill(dialog, server.path(), QStringLiteral("not-the-password"));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("connectButton")), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        const QString refusal = child<QLabel>(dialog, QStringLiteral("errorLabel"))->text();
        QVERIFY2(refusal.contains(QUrl(server.path()).userName()), qPrintable(refusal));
        QVERIFY(!refusal.contains(QStringLiteral("not-the-password")));
        QVERIFY(finished.isEmpty());

        // Empty: the password file (PGPASSFILE) gives it. The session moves to the server.
        fill(dialog, server.path(), QString());
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("connectButton")), Qt::LeftButton);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toInt(), SessionController::SwitchDatabase);
        DatabaseHandle next = session.takeNextDatabase();
        QVERIFY(next);
        QVERIFY(DatabaseAccess::engine(*next).startsWith(QStringLiteral("PostgreSQL ")));
        const QUrl chosen(DatabaseAccess::path(*next));
        QCOMPARE(chosen.host(), QUrl(server.path()).host());
        QCOMPARE(chosen.path(), QUrl(server.path()).path());
        QVERIFY(chosen.password().isEmpty());

        // On the server, the administrator set up before: the next session logs in, no first run.
        SessionController onServer(*next);
        onServer.start();
        QVERIFY(!onServer.firstRunDialog());
        QVERIFY(onServer.loginDialog());
    }

    // Someone wrote the password into the address: it connects, but the location the program
    // keeps (status bar, remembered for the next start, logs) never holds it.
    void passwordInTheAddressIsNeverKept()
    {
        TempDatabase server;
        const QUrl desk(server.path());
        QString password;
        QFile pgpass(qEnvironmentVariable("PGPASSFILE"));
        QVERIFY(pgpass.open(QIODevice::ReadOnly));
        for (const QByteArray &line : pgpass.readAll().split('\n')) {
            const QList<QByteArray> f = line.split(':');
            if (f.size() == 5 && QString::fromUtf8(f[3]) == desk.userName())
                password = QString::fromUtf8(f[4]);
        }
        QVERIFY(!password.isEmpty());
        QUrl withPassword(desk);
        withPassword.setPassword(password);
        qunsetenv("PGPASSFILE"); // only the address can give the password now
        auto opened = DatabaseAccess::open(withPassword.toString());
        qputenv("PGPASSFILE", pgpass.fileName().toLocal8Bit());
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        QVERIFY(!DatabaseAccess::path(*opened.value()).contains(password));
        QCOMPARE(QUrl(DatabaseAccess::path(*opened.value())).password(), QString());
    }

    void passwordOnlyWhenTheServerWantsOne()
    {
        TempDatabase server;
        ServerConnectionDialog ask;
        ask.askPasswordOnly(server.path(), QStringLiteral("The server wants a password."));
        QVERIFY(!child<QLineEdit>(&ask, QStringLiteral("hostLineEdit"))->isEnabled());
        QVERIFY(child<QLineEdit>(&ask, QStringLiteral("passwordLineEdit"))->isEnabled());
        QCOMPARE(QUrl(ask.location()).host(), QUrl(server.path()).host());
        QCOMPARE(QUrl(ask.location()).userName(), QUrl(server.path()).userName());
    }
};

QTEST_MAIN(TestServerConnectionGui)
#include "TestServerConnectionGui.moc"

#include "FirstRunDialog.h"

#include "BackgroundTask.h"
#include "Logging.h"
#include "ServerConnectionDialog.h"
#include "SettingsForm.h"
#include "security/PasswordHasher.h"
#include "services/AccountService.h"
#include "services/DemoData.h"
#include "ui_FirstRunDialog.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dsr {

FirstRunDialog::FirstRunDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FirstRunDialog>())
    , m_db(db)
    , m_task(new BackgroundTask(db, this))
{
    m_ui->setupUi(this);
    m_organisation = new SettingsForm(SettingsForm::organisationKeys(), false, m_ui->organisationGroupBox);
    m_ui->organisationLayout->addWidget(m_organisation);
    // Everything a letter prints is asked for now, so that the first letter issues.
    m_organisation->setRequired({ Setting::HeadName, Setting::PostalCode, Setting::Address });
    connect(m_ui->setUpButton, &QPushButton::clicked, this, &FirstRunDialog::accept);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &FirstRunDialog::reject);
    connect(m_ui->connectServerButton, &QPushButton::clicked, this, &FirstRunDialog::connectToServer);
    connect(m_ui->demoButton, &QPushButton::clicked, this, &FirstRunDialog::tryDemo);

    // The generated form is created after the .ui widgets; put its fields first in the tab chain.
    QList<QWidget *> chain;
    for (Setting key : SettingsForm::organisationKeys())
        chain << m_organisation->editor(key);
    chain << m_ui->adminLoginLineEdit << m_ui->adminNameLineEdit << m_ui->adminPasswordLineEdit
          << m_ui->adminConfirmLineEdit << m_ui->setUpButton << m_ui->cancelButton
          << m_ui->connectServerButton << m_ui->demoButton;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
    m_ui->adminLoginLineEdit->setFocus();
    m_task->setLabel(tr("Setting up DSR Desk…"));
}

FirstRunDialog::~FirstRunDialog() = default;

void FirstRunDialog::connectToServer()
{
    if (isSettingUp())
        return;
    auto *dialog = new ServerConnectionDialog(DatabaseAccess::auditKeyPath(m_db), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_server = dialog->takeDatabase();
        Q_EMIT serverConnected();
        QDialog::done(QDialog::Rejected);
    });
    dialog->open();
}

bool FirstRunDialog::isSettingUp() const
{
    return m_task->isRunning();
}

QString FirstRunDialog::administratorLogin() const
{
    return m_ui->adminLoginLineEdit->text().trimmed();
}

void FirstRunDialog::clearErrors()
{
    m_organisation->clearErrors();
    m_ui->adminLoginErrorLabel->clearError();
    m_ui->adminNameErrorLabel->clearError();
    m_ui->adminPasswordErrorLabel->clearError();
    m_ui->adminConfirmErrorLabel->clearError();
    m_ui->errorLabel->clearError();
}

QWidget *FirstRunDialog::validateAdministrator()
{
    QWidget *firstBad = nullptr;
    auto refuse = [&firstBad](ErrorLabel *label, QWidget *field, const QString &message) {
        label->showError(message);
        if (!firstBad)
            firstBad = field;
    };
    if (Status s = AccountService::validateLogin(administratorLogin()); !s)
        refuse(m_ui->adminLoginErrorLabel, m_ui->adminLoginLineEdit, s.error().message);
    if (m_ui->adminNameLineEdit->text().trimmed().isEmpty())
        refuse(m_ui->adminNameErrorLabel, m_ui->adminNameLineEdit, tr("Enter the administrator's name."));
    if (Status s = PasswordHasher::checkPolicy(m_ui->adminPasswordLineEdit->text()); !s)
        refuse(m_ui->adminPasswordErrorLabel, m_ui->adminPasswordLineEdit, s.error().message);
    else if (m_ui->adminConfirmLineEdit->text() != m_ui->adminPasswordLineEdit->text())
        refuse(m_ui->adminConfirmErrorLabel, m_ui->adminConfirmLineEdit,
               tr("The two passwords differ. Type the same password twice."));
    return firstBad;
}

void FirstRunDialog::accept()
{
    if (m_task->isRunning())
        return;
    clearErrors();
    // Check both halves so every refusal shows at once; focus the first one, organisation first
    // (it is on the left).
    QWidget *firstBad = nullptr;
    m_organisation->validate(&firstBad);
    QWidget *badAdministratorField = validateAdministrator();
    if (!firstBad)
        firstBad = badAdministratorField;
    if (firstBad) {
        firstBad->setFocus();
        return;
    }

    const NewUser admin { administratorLogin(),
                          m_ui->adminNameLineEdit->text().trimmed(),
                          { Role::Administrator },
                          m_ui->adminPasswordLineEdit->text() };
    m_hold.hold({ m_organisation, m_ui->adminLoginLineEdit, m_ui->adminNameLineEdit,
                  m_ui->adminPasswordLineEdit, m_ui->adminConfirmLineEdit, m_ui->setUpButton,
                  m_ui->cancelButton });
    // Hashing cannot be stopped halfway and the set-up is one transaction: no Cancel.
    m_task->setLabel(tr("Setting up DSR Desk…"));
    m_task->start(
        [organisation = m_organisation->values(), admin](Database &db, TaskProgress &) {
            return AccountService(db).initialize(organisation, admin);
        },
        [this](Result<Actor> created) { finishSetUp(created); });
}

void FirstRunDialog::reject()
{
    // Closing while the set-up is saved would leave the answer to nobody: wait for it.
    if (m_task->isRunning())
        return;
    QDialog::reject();
}

void FirstRunDialog::finishSetUp(const Result<Actor> &created)
{
    m_hold.release();
    if (!created) {
        m_ui->errorLabel->showError(created.error().message);
        return;
    }
    qCInfo(lcUi) << "first-run set-up done, administrator user id" << created->userId;
    m_ui->adminPasswordLineEdit->clear();
    m_ui->adminConfirmLineEdit->clear();
    QDialog::accept();
}

namespace {

// An earlier demo (replaced), or a file that holds no accounts yet (filled): never anything else.
enum class DemoFile { Missing, EarlierDemo, Empty, Other };

DemoFile demoFileState(const QString &path, const QString &auditKey)
{
    if (!QFileInfo::exists(path))
        return DemoFile::Missing;
    auto opened = DatabaseAccess::open(path, auditKey);
    if (!opened)
        return DemoFile::Other;
    if (auto demo = DemoData::isDemo(**opened); demo && demo.value())
        return DemoFile::EarlierDemo;
    if (auto empty = AccountService(**opened).needsInitialSetup(); empty && empty.value())
        return DemoFile::Empty;
    return DemoFile::Other;
}

} // namespace

QString FirstRunDialog::demoPath() const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString current = QFileInfo(DatabaseAccess::path(m_db)).absoluteFilePath();
    const QString auditKey = DatabaseAccess::auditKeyPath(m_db);
    for (int n = 1; n < 100; ++n) {
        const QString path
            = folder + (n == 1 ? QStringLiteral("/demo.sqlite") : QStringLiteral("/demo-%1.sqlite").arg(n));
        if (QFileInfo(path).absoluteFilePath() == current)
            continue; // the database this first run is about stays for the real set-up
        if (demoFileState(path, auditKey) != DemoFile::Other)
            return path;
    }
    return {};
}

void FirstRunDialog::tryDemo()
{
    if (isSettingUp())
        return;
    clearErrors();
    const QString path = demoPath();
    if (path.isEmpty()) {
        m_ui->errorLabel->showError(tr("There is no free name for a demo database in %1.")
                                        .arg(QDir::toNativeSeparators(QStandardPaths::writableLocation(
                                            QStandardPaths::AppDataLocation))));
        return;
    }
    const QString auditKey = DatabaseAccess::auditKeyPath(m_db);
    if (demoFileState(path, auditKey) == DemoFile::EarlierDemo) {
        // The demo of an earlier try: its passwords were shown once and are gone; a new one
        // replaces it.
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(path + suffix);
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_hold.hold({ m_organisation, m_ui->adminLoginLineEdit, m_ui->adminNameLineEdit,
                  m_ui->adminPasswordLineEdit, m_ui->adminConfirmLineEdit, m_ui->setUpButton,
                  m_ui->cancelButton, m_ui->connectServerButton, m_ui->demoButton });
    qCInfo(lcUi) << "first run: creating the demo database";
    m_task->setLabel(tr("Creating the demo database: members, requests and their letters…"));
    m_task->start(
        [path, auditKey](Database &, TaskProgress &progress) -> Result<DemoReport> {
            auto demo = DatabaseAccess::open(path, auditKey);
            if (!demo)
                return demo.error();
            return DemoData::fill(**demo, DemoMembers, DemoRequests, 20251126, QDate::currentDate(),
                                  [&progress](int done, int total) { progress.report(done, total); });
        },
        [this, path, auditKey](Result<DemoReport> report) {
            m_hold.release();
            if (!report) {
                m_ui->errorLabel->showError(report.error().message);
                return;
            }
            auto opened = DatabaseAccess::open(path, auditKey);
            if (!opened) {
                m_ui->errorLabel->showError(opened.error().message);
                return;
            }
            m_server = std::move(opened).value();
            qCInfo(lcUi) << "first run: demo database ready," << report->requests << "requests";
            QHash<QString, QString> passwords;
            for (const auto &[login, password] : report->passwords)
                passwords.insert(login, password);
            QList<QStringList> accounts;
            for (const auto &[login, roles] : report->users) {
                QStringList names;
                for (const QString &id : roles.split(QLatin1Char(',')))
                    names << (Roles::fromId(id) ? Roles::displayName(*Roles::fromId(id)) : id);
                accounts << QStringList { login, names.join(tr(", ")), passwords.value(login) };
            }
            showDemoAccounts(accounts);
        });
}

void FirstRunDialog::showDemoAccounts(const QList<QStringList> &accounts)
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("demoAccountsDialog"));
    dialog->setWindowTitle(tr("Demo accounts"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(dialog);
    auto *intro = new QLabel(
        tr("The demo database is ready: %L1 members and %L2 requests in every state, with their approvals "
           "and letters. Log in with one of these accounts — clerk1 for the requests, chief1 or manager1 "
           "for the approvals waiting for them, admin for the settings.")
                .arg(DemoMembers)
                .arg(DemoRequests)
            + QStringLiteral("\n\n")
            + tr("The passwords are shown only now: copy them before you continue. The data is synthetic; "
                 "your own database is not touched."),
        dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *table = new QTableWidget(static_cast<int>(accounts.size()), 3, dialog);
    table->setObjectName(QStringLiteral("demoAccountsTable"));
    table->setHorizontalHeaderLabels({ tr("Login"), tr("Role"), tr("Password") });
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < accounts.size(); ++row)
        for (int column = 0; column < 3; ++column)
            table->setItem(row, column, new QTableWidgetItem(accounts[row].value(column)));
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setFont(QFont(QStringLiteral("monospace")));
    table->setMinimumHeight(table->verticalHeader()->length() + table->horizontalHeader()->height() + 4);
    layout->addWidget(table);
    auto *buttons = new QHBoxLayout;
    auto *copy = new QPushButton(tr("Copy all"), dialog);
    copy->setObjectName(QStringLiteral("copyAccountsButton"));
    copy->setAutoDefault(false);
    auto *proceed = new QPushButton(tr("Continue to login"), dialog);
    proceed->setObjectName(QStringLiteral("continueButton"));
    proceed->setDefault(true);
    buttons->addWidget(copy);
    buttons->addStretch(1);
    buttons->addWidget(proceed);
    layout->addLayout(buttons);
    connect(copy, &QPushButton::clicked, dialog, [accounts] {
        QStringList lines;
        for (const QStringList &a : accounts)
            lines << a.join(QLatin1Char('\t'));
        QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    });
    connect(proceed, &QPushButton::clicked, dialog, &QDialog::accept);
    // However the list is closed, the demo is made: go on to its login.
    connect(dialog, &QDialog::finished, this, [this] {
        Q_EMIT demoOpened();
        QDialog::done(QDialog::Rejected);
    });
    dialog->resize(620, dialog->sizeHint().height());
    m_accounts = dialog;
    dialog->open();
}

} // namespace dsr

#include "BackupTab.h"

#include "BackgroundTask.h"
#include "FileDialog.h"
#include "Session.h"
#include "UiText.h"
#include "security/Permissions.h"
#include "services/BackupService.h"
#include "services/SettingsService.h"
#include "ui_BackupTab.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace dsr {

namespace {
std::optional<QString> g_nextPassphrase;
} // namespace

PassphraseDialog::PassphraseDialog(const QString &explanation, QWidget *parent)
    : QDialog(parent)
    , m_first(new QLineEdit(this))
    , m_second(new QLineEdit(this))
{
    setWindowTitle(tr("Backup passphrase"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *form = new QFormLayout;
    for (QLineEdit *edit : { m_first, m_second })
        edit->setEchoMode(QLineEdit::Password);
    m_first->setObjectName(QStringLiteral("passphraseLineEdit"));
    m_second->setObjectName(QStringLiteral("passphraseAgainLineEdit"));
    form->addRow(tr("&Passphrase:"), m_first);
    form->addRow(tr("&Again:"), m_second);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_first, &QLineEdit::textChanged, this, &PassphraseDialog::check);
    connect(m_second, &QLineEdit::textChanged, this, &PassphraseDialog::check);
    check();
}

QString PassphraseDialog::passphrase() const
{
    return m_first->text();
}

void PassphraseDialog::check()
{
    // The service says the same (BackupService::checkPassphrase); here it only keeps OK honest.
    m_ok->setEnabled(m_first->text().size() >= BackupService::MinimumPassphraseLength
                     && m_first->text() == m_second->text());
}

QString PassphraseDialog::ask(QWidget *parent, const QString &explanation)
{
    if (g_nextPassphrase) {
        const QString next = *g_nextPassphrase;
        g_nextPassphrase.reset();
        return next;
    }
    PassphraseDialog dialog(explanation, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.passphrase() : QString();
}

void PassphraseDialog::setNextPassphrase(const QString &passphrase)
{
    g_nextPassphrase = passphrase;
}

BackupTab::BackupTab(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BackupTab>())
    , m_session(session)
    , m_canBackUp(Permissions::allowed(session.actor.roles, Operation::Backup))
{
    m_ui->setupUi(this);
    for (QWidget *w :
         std::initializer_list<QWidget *> { m_ui->saveBackupSettingsButton, m_ui->keepPassphraseButton,
                                            m_ui->backUpNowButton, m_ui->browseFolderButton })
        w->setEnabled(m_canBackUp);
    connect(m_ui->saveBackupSettingsButton, &QPushButton::clicked, this, &BackupTab::save);
    connect(m_ui->browseFolderButton, &QPushButton::clicked, this, &BackupTab::chooseFolder);
    connect(m_ui->keepPassphraseButton, &QPushButton::clicked, this, &BackupTab::keepPassphrase);
    connect(m_ui->backUpNowButton, &QPushButton::clicked, this, &BackupTab::backUpNow);
    reload();
}

BackupTab::~BackupTab() = default;

void BackupTab::showError(const QString &message)
{
    m_ui->backupMessageLabel->clear();
    m_ui->backupErrorLabel->showError(message);
}

void BackupTab::reload()
{
    auto status = BackupService(m_session.database).status(m_session.actor);
    if (!status) {
        showError(status.error().message);
        return;
    }
    m_ui->folderLineEdit->setText(status->folder);
    m_ui->generationsSpinBox->setValue(status->generations);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString last = status->lastBackupUtc
        ? QLocale().toString(status->lastBackupUtc->toLocalTime(), QLocale::ShortFormat)
        : tr("none yet");
    if (BackupService::isOverdue(status.value(), now))
        last += QLatin1Char(' ')
            + tr("(older than %n days: back up now)", nullptr, BackupService::WarnAfterDays);
    m_ui->lastBackupLabel->setText(last);
    m_ui->automaticLabel->setText(status->folder.isEmpty()
                                      ? tr("off: no folder chosen")
                                      : (status->automaticPassphraseKept
                                             ? tr("on: this computer's account keeps the passphrase")
                                             : tr("off: this computer's account keeps no passphrase")));
}

void BackupTab::save()
{
    m_ui->backupErrorLabel->clearError();
    SettingsService settings(m_session.database);
    auto basis = settings.load(m_session.actor);
    if (!basis) {
        showError(basis.error().message);
        return;
    }
    const Status saved = settings.save(
        m_session.actor, basis.value(),
        { { Setting::BackupFolder, m_ui->folderLineEdit->text() },
          { Setting::BackupGenerations, QString::number(m_ui->generationsSpinBox->value()) } });
    if (!saved) {
        showError(saved.error().message);
        return;
    }
    m_ui->backupMessageLabel->setText(tr("Saved."));
    reload();
}

void BackupTab::chooseFolder()
{
    const QString folder
        = FileDialog::getExistingDirectory(this, tr("Backup folder"), m_ui->folderLineEdit->text());
    if (!folder.isEmpty())
        m_ui->folderLineEdit->setText(folder);
}

void BackupTab::keepPassphrase()
{
    m_ui->backupErrorLabel->clearError();
    const QString passphrase = PassphraseDialog::ask(
        this,
        tr("The automatic backups will use this passphrase. It is kept in a file only your account "
           "on this computer can read, never in the database. Write it down and keep it with the "
           "administration papers: it is needed to restore."));
    if (passphrase.isEmpty())
        return;
    const Status kept = BackupService(m_session.database).setAutomaticPassphrase(m_session.actor, passphrase);
    if (!kept) {
        showError(kept.error().message);
        return;
    }
    m_ui->backupMessageLabel->setText(tr("The passphrase is kept for the automatic backups."));
    reload();
}

void BackupTab::backUpNow()
{
    m_ui->backupErrorLabel->clearError();
    const QString passphrase = PassphraseDialog::ask(
        this,
        tr("The backup is encrypted with this passphrase (at least %n characters). Without it the "
           "backup cannot be restored.",
           nullptr, BackupService::MinimumPassphraseLength));
    if (passphrase.isEmpty())
        return;
    m_ui->backUpNowButton->setEnabled(false);
    auto *task = BackgroundTask::once(m_session.database, window(), tr("Backing up…"), false);
    const Actor actor = m_session.actor;
    task->start(
        [actor, passphrase](Database &db, TaskProgress &) {
            return BackupService(db).backUpToFolder(actor, passphrase);
        },
        [this](Result<BackupOutcome> made) {
            m_ui->backUpNowButton->setEnabled(m_canBackUp);
            if (!made) {
                showError(made.error().message);
                return;
            }
            m_ui->backupMessageLabel->setText(
                tr("Backed up: %1 (%2).").arg(made->path, QLocale().formattedDataSize(made->size)));
            reload();
            Q_EMIT backedUp();
        });
}

} // namespace dsr

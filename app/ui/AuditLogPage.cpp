#include "AuditLogPage.h"

#include "BackgroundTask.h"

#include "AuditLogModel.h"
#include "ErrorLabel.h"
#include "FileDialog.h"
#include "Logging.h"
#include "MessageBox.h"
#include "Session.h"
#include "services/AuditService.h"
#include "ui_AuditLogPage.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QStandardPaths>

namespace dsr {

AuditLogPage::AuditLogPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AuditLogPage>())
    , m_session(session)
    , m_model(new AuditLogModel(this))
{
    m_ui->setupUi(this);
    m_ui->auditTableView->setModel(m_model);
    m_ui->auditTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->auditTableView->horizontalHeader()->setHighlightSections(false);
    // One line per entry: the log is read by scanning many rows.
    m_ui->auditTableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    const QDate today = QDate::currentDate();
    m_ui->fromDateEdit->setDate(today.addMonths(-1));
    m_ui->toDateEdit->setDate(today);
    m_ui->fromDateEdit->setEnabled(false);
    m_ui->toDateEdit->setEnabled(false);
    m_ui->verifyButton->setVisible(Permissions::allowed(session.actor.roles, Operation::AuditVerify));
    m_ui->checkpointButton->setVisible(Permissions::allowed(session.actor.roles, Operation::AuditVerify));

    for (QLineEdit *edit :
         { m_ui->userFilterLineEdit, m_ui->actionFilterLineEdit, m_ui->entityFilterLineEdit })
        connect(edit, &QLineEdit::returnPressed, this, &AuditLogPage::refresh);
    connect(m_ui->allDatesCheckBox, &QCheckBox::toggled, this, [this](bool all) {
        m_ui->fromDateEdit->setEnabled(!all);
        m_ui->toDateEdit->setEnabled(!all);
        refresh();
    });
    connect(m_ui->fromDateEdit, &QDateEdit::dateChanged, this, &AuditLogPage::refresh);
    connect(m_ui->toDateEdit, &QDateEdit::dateChanged, this, &AuditLogPage::refresh);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &AuditLogPage::refresh);
    connect(m_ui->clearFilterButton, &QPushButton::clicked, this, &AuditLogPage::clearFilter);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &AuditLogPage::verifyChain);
    connect(m_ui->checkpointButton, &QPushButton::clicked, this, &AuditLogPage::printCheckpoint);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &AuditLogPage::exportCsv);

    refresh();
    m_ui->auditTableView->resizeColumnsToContents();
}

AuditLogPage::~AuditLogPage() = default;

AuditFilter AuditLogPage::filter(bool limited) const
{
    AuditFilter f;
    f.userLogin = m_ui->userFilterLineEdit->text().trimmed();
    f.actionPrefix = m_ui->actionFilterLineEdit->text().trimmed();
    f.entityType = m_ui->entityFilterLineEdit->text().trimmed();
    if (!m_ui->allDatesCheckBox->isChecked()) {
        f.from = m_ui->fromDateEdit->date();
        f.to = m_ui->toDateEdit->date();
    }
    if (limited)
        f.limit = DisplayLimit;
    return f;
}

bool AuditLogPage::checkDates()
{
    if (!m_ui->allDatesCheckBox->isChecked() && m_ui->fromDateEdit->date() > m_ui->toDateEdit->date()) {
        m_ui->errorLabel->showError(tr("The start date is after the end date."));
        return false;
    }
    return true;
}

void AuditLogPage::clearFilter()
{
    {
        const QSignalBlocker blockAll(m_ui->allDatesCheckBox);
        m_ui->userFilterLineEdit->clear();
        m_ui->actionFilterLineEdit->clear();
        m_ui->entityFilterLineEdit->clear();
        m_ui->allDatesCheckBox->setChecked(true);
        m_ui->fromDateEdit->setEnabled(false);
        m_ui->toDateEdit->setEnabled(false);
    }
    refresh();
}

void AuditLogPage::refresh()
{
    m_ui->errorLabel->clearError();
    if (!checkDates())
        return;
    auto records = AuditService(m_session.database).list(m_session.actor, filter(true));
    if (!records) {
        m_model->setRecords({});
        m_ui->countLabel->clear();
        m_ui->errorLabel->showError(records.error().message);
        return;
    }
    m_model->setRecords(records.value());
    const qsizetype n = records->size();
    if (n >= DisplayLimit)
        m_ui->countLabel->setText(tr("Showing the newest %1 entries. Narrow the filter to see older ones.")
                                      .arg(QLocale().toString(n)));
    else if (n == 0)
        m_ui->countLabel->setText(tr("No entries match the filter."));
    else
        m_ui->countLabel->setText(tr("%1 entries").arg(QLocale().toString(n)));
}

void AuditLogPage::verifyChain()
{
    m_ui->errorLabel->clearError();
    m_ui->messageLabel->clear();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = AuditService(m_session.database).verify(m_session.actor);
    QGuiApplication::restoreOverrideCursor();
    if (!result) {
        m_ui->errorLabel->showError(result.error().message);
        return;
    }
    if (result->intact) {
        m_ui->messageLabel->setText(
            tr("The audit chain is intact: %1 entries checked.").arg(QLocale().toString(result->checked)));
    } else {
        const QString message
            = tr("The audit chain is broken at entry %1: %2 Report this to the privacy officer.")
                  .arg(result->firstBadSeq)
                  .arg(result->problem);
        m_ui->errorLabel->showError(message);
        MessageBox::critical(this, tr("Audit chain broken"), message);
    }
    // The check itself was recorded as a new entry.
    refresh();
}

void AuditLogPage::printCheckpoint()
{
    m_ui->errorLabel->clearError();
    m_ui->messageLabel->clear();
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(
                  tr("audit-checkpoint-%1.pdf").arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm")));
    QString path = FileDialog::getSaveFileName(this, tr("Save the checkpoint sheet"), suggested,
                                               tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto c = AuditService(m_session.database).writeCheckpointSheet(m_session.actor, path);
    QGuiApplication::restoreOverrideCursor();
    if (!c) {
        m_ui->errorLabel->showError(c.error().message);
        refresh();
        return;
    }
    m_ui->messageLabel->setText(
        tr("Checkpoint at entry %1 saved to %2. Print it and file it with the approval "
           "papers.\nHash: %3")
            .arg(c->head.seq)
            .arg(QDir::toNativeSeparators(path), c->head.hash));
    refresh();
}

void AuditLogPage::exportCsv()
{
    m_ui->errorLabel->clearError();
    m_ui->messageLabel->clear();
    if (!checkDates())
        return;
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(tr("audit-log-%1.csv").arg(QDate::currentDate().toString(u"yyyyMMdd")));
    QString path
        = FileDialog::getSaveFileName(this, tr("Export audit log"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");

    // Written to a temporary file, recorded, then renamed into place: a failed, refused or
    // unrecorded export leaves no file behind.
    // On a worker thread, so that a long trail does not freeze the window; Cancel stops before the
    // file is renamed into place and recorded.
    auto *task = BackgroundTask::once(m_session.database, this, tr("Exporting the audit log…"), true);
    task->start([actor = m_session.actor, f = filter(false), path](
                    Database &db, TaskProgress &) { return AuditService(db).exportCsvFile(actor, f, path); },
                [this, path](const Result<qint64> &written) {
                    if (!written) {
                        m_ui->errorLabel->showError(written.error().message);
                        return;
                    }
                    qCInfo(lcUi) << "audit log exported," << written.value() << "entries";
                    m_ui->messageLabel->setText(
                        tr("Exported %1 entries to %2.")
                            .arg(QLocale().toString(written.value()), QDir::toNativeSeparators(path)));
                    refresh();
                });
}

} // namespace dsr

#include "ErasureDialog.h"

#include "ErrorLabel.h"
#include "ui_ErasureDialog.h"

#include <QGuiApplication>
#include <QPushButton>

namespace dsr {

ErasureDialog::ErasureDialog(const QString &title, const QString &explanation,
                             std::function<Status(const QString &)> erase, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ErasureDialog>())
    , m_erase(std::move(erase))
{
    m_ui->setupUi(this);
    setWindowTitle(title);
    m_ui->explanationLabel->setText(explanation);
    connect(m_ui->eraseButton, &QPushButton::clicked, this, &ErasureDialog::accept);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ErasureDialog::reject);
    m_ui->reasonPlainTextEdit->setFocus();
}

ErasureDialog::~ErasureDialog() = default;

void ErasureDialog::accept()
{
    m_ui->errorLabel->clearError();
    const QString reason = m_ui->reasonPlainTextEdit->toPlainText().trimmed();
    if (reason.isEmpty()) {
        m_ui->errorLabel->showError(tr("Give the reason for the erasure."));
        m_ui->reasonPlainTextEdit->setFocus();
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = m_erase(reason);
    QGuiApplication::restoreOverrideCursor();
    if (!s) {
        m_ui->errorLabel->showError(s.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace dsr

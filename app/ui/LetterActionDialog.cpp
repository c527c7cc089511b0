#include "LetterActionDialog.h"

#include "ErrorLabel.h"
#include "LetterText.h"
#include "Logging.h"
#include "MessageBox.h"
#include "Session.h"
#include "services/LetterLifecycleService.h"
#include "services/LetterService.h"
#include "ui_LetterActionDialog.h"

#include <QPushButton>

namespace dsr {

LetterActionDialog::LetterActionDialog(Session &session, const Letter &letter, Action action, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LetterActionDialog>())
    , m_session(session)
    , m_letter(letter)
    , m_action(action)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("letterActionDialog"));
    for (MailMethod m : LetterVocabulary::mailMethods())
        m_ui->methodComboBox->addItem(LetterVocabulary::displayName(m), LetterVocabulary::id(m));
    const QDate today = QDate::currentDate();
    m_ui->dateDateEdit->setDate(today);
    m_ui->dateDateEdit->setMaximumDate(today);
    m_ui->reasonPlainTextEdit->setFixedHeight(m_ui->reasonPlainTextEdit->fontMetrics().lineSpacing() * 4
                                              + 14);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LetterActionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const QString number = LetterText::number(letter);
    const QString title = LetterText::kindTitle(letter.kind);
    QFormLayout *form = m_ui->formLayout;
    auto showRows = [form, this](bool method, bool date, bool reason) {
        form->setRowVisible(m_ui->methodComboBox, method);
        form->setRowVisible(m_ui->trackingLineEdit, method);
        form->setRowVisible(m_ui->dateDateEdit, date);
        form->setRowVisible(m_ui->reasonPlainTextEdit, reason);
    };
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    switch (action) {
    case Action::Mail:
        setWindowTitle(tr("Mailed — %1").arg(number));
        m_ui->introLabel->setText(tr("Record how and when %1 (%2) to %3 was sent or handed over.")
                                      .arg(number, title, letter.addressee));
        m_ui->dateLabel->setText(tr("&Sent on:"));
        ok->setText(tr("Record mailing"));
        showRows(true, true, false);
        break;
    case Action::Return:
        setWindowTitle(tr("Returned undeliverable — %1").arg(number));
        m_ui->introLabel->setText(
            tr("Record that %1 (%2) came back undeliverable. Check the address, then issue the letter "
               "again.")
                .arg(number, title));
        m_ui->dateLabel->setText(tr("&Came back on:"));
        ok->setText(tr("Record return"));
        showRows(false, true, false);
        break;
    case Action::Void:
        setWindowTitle(tr("Void — %1").arg(number));
        m_ui->introLabel->setText(
            letter.isIssued()
                ? tr("Void %1 (%2). The number stays in the register as unused (欠番) with the reason; it "
                     "is never given again.")
                      .arg(number, title)
                : tr("Discard the draft %1 for request %2. It stays in the register with the reason.")
                      .arg(title, letter.receiptNo));
        m_ui->reasonPlainTextEdit->setPlaceholderText(tr("Required"));
        ok->setText(letter.isIssued() ? tr("Void the letter") : tr("Discard the draft"));
        showRows(false, false, true);
        break;
    case Action::Reissue:
        setWindowTitle(tr("Issue again — %1").arg(number));
        m_ui->introLabel->setText(
            tr("Issue %1 again in place of %2: a new letter with the next document number, dated today, "
               "that refers to %2. %2 itself stays as it was.")
                .arg(title, number));
        m_ui->reasonPlainTextEdit->setPlaceholderText(tr("Required"));
        ok->setText(tr("Issue again"));
        showRows(false, false, true);
        break;
    }
    // Wide enough for a tracking number and the service's refusal; it grows with the refusal.
    m_ui->introLabel->setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    layout()->setSizeConstraint(QLayout::SetFixedSize);
}

LetterActionDialog::~LetterActionDialog() = default;

void LetterActionDialog::accept()
{
    m_ui->errorLabel->clearError();
    LetterLifecycleService lifecycle(m_session.database);
    const QString reason = m_ui->reasonPlainTextEdit->toPlainText();
    const QDate date = m_ui->dateDateEdit->date();
    Result<Letter> done = makeError(ErrorCode::Failure, QString());
    switch (m_action) {
    case Action::Mail: {
        const auto method
            = LetterVocabulary::mailMethodFromId(m_ui->methodComboBox->currentData().toString());
        done = lifecycle.markMailed(m_session.actor, m_letter.id, method.value_or(MailMethod::Ordinary),
                                    m_ui->trackingLineEdit->text().trimmed(), date, m_letter.version);
        break;
    }
    case Action::Return:
        done = lifecycle.markReturned(m_session.actor, m_letter.id, date);
        break;
    case Action::Void:
        done = lifecycle.voidLetter(m_session.actor, m_letter.id, reason, m_letter.version);
        break;
    case Action::Reissue:
        done = LetterService(m_session.database).reissue(m_session.actor, m_letter.id, reason);
        break;
    }
    if (!done) {
        if (done.error().code == ErrorCode::Conflict) {
            m_lostRace = true;
            MessageBox::warning(
                this, tr("Changed by someone else"),
                tr("%1 was changed on another desk while you were looking at it. The register "
                   "is read again; check the letter and try again.")
                    .arg(LetterText::number(m_letter)));
            QDialog::reject();
            return;
        }
        m_ui->errorLabel->showError(done.error().message);
        return;
    }
    m_result = done.value();
    qCInfo(lcUi) << "letter step" << int(m_action) << "from the window, letter id" << m_letter.id;
    QDialog::accept();
}

} // namespace dsr

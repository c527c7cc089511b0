#include "MemberDialog.h"

#include "DateLineEdit.h"
#include "ErrorLabel.h"
#include "Logging.h"
#include "MessageBox.h"
#include "Session.h"
#include "services/MemberService.h"
#include "ui_MemberDialog.h"

#include <QGuiApplication>

namespace dsr {

MemberDialog::MemberDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MemberDialog>())
    , m_session(session)
{
    setUp();
    setWindowTitle(tr("Add member"));
    m_ui->saveButton->setText(tr("&Add member"));
    m_ui->memberNumberLineEdit->setFocus();
}

MemberDialog::MemberDialog(Session &session, const Member &member, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MemberDialog>())
    , m_session(session)
    , m_editing(true)
    , m_original(member)
{
    setUp();
    setWindowTitle(tr("Edit member %1").arg(member.memberNumber));
    m_ui->saveButton->setText(tr("&Save"));
    m_ui->memberNumberLineEdit->setText(member.memberNumber);
    m_ui->nameLineEdit->setText(member.name);
    m_ui->kanaLineEdit->setText(member.kana);
    m_ui->birthDateLineEdit->setDate(member.birthDate);
    m_ui->postalCodeLineEdit->setText(member.postalCode);
    m_ui->addressLineEdit->setText(member.address);
    m_ui->phoneLineEdit->setText(member.phone);
    m_ui->affiliationLineEdit->setText(member.affiliation);
    m_ui->nameLineEdit->setFocus();
}

MemberDialog::~MemberDialog() = default;

void MemberDialog::setUp()
{
    m_ui->setupUi(this);
    m_fields = {
        { QStringLiteral("member_number"), { m_ui->memberNumberErrorLabel, m_ui->memberNumberLineEdit } },
        { QStringLiteral("name"), { m_ui->nameErrorLabel, m_ui->nameLineEdit } },
        { QStringLiteral("kana"), { m_ui->kanaErrorLabel, m_ui->kanaLineEdit } },
        { QStringLiteral("birth_date"), { m_ui->birthDateErrorLabel, m_ui->birthDateLineEdit } },
        { QStringLiteral("postal_code"), { m_ui->postalCodeErrorLabel, m_ui->postalCodeLineEdit } },
        { QStringLiteral("address"), { m_ui->addressErrorLabel, m_ui->addressLineEdit } },
        { QStringLiteral("phone"), { m_ui->phoneErrorLabel, m_ui->phoneLineEdit } },
        { QStringLiteral("affiliation"), { m_ui->affiliationErrorLabel, m_ui->affiliationLineEdit } },
    };
    connect(m_ui->saveButton, &QPushButton::clicked, this, &MemberDialog::accept);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &MemberDialog::reject);
}

Member MemberDialog::draft() const
{
    Member m = m_original;
    m.memberNumber = m_ui->memberNumberLineEdit->text();
    m.name = m_ui->nameLineEdit->text();
    m.kana = m_ui->kanaLineEdit->text();
    m.birthDate = m_ui->birthDateLineEdit->date();
    m.postalCode = m_ui->postalCodeLineEdit->text();
    m.address = m_ui->addressLineEdit->text();
    m.phone = m_ui->phoneLineEdit->text();
    m.affiliation = m_ui->affiliationLineEdit->text();
    return m;
}

void MemberDialog::clearErrors()
{
    for (const auto &f : std::as_const(m_fields))
        f.first->clearError();
    m_ui->errorLabel->clearError();
}

void MemberDialog::showFieldErrors(const QList<FieldError> &errors)
{
    QWidget *firstBad = nullptr;
    for (const FieldError &e : errors) {
        const auto it = m_fields.constFind(e.field);
        ErrorLabel *label = it != m_fields.constEnd() ? it->first : m_ui->errorLabel;
        label->showError(label->hasError() ? label->text() + QLatin1Char('\n') + e.message : e.message);
        if (!firstBad && it != m_fields.constEnd())
            firstBad = it->second;
    }
    if (firstBad)
        firstBad->setFocus();
}

void MemberDialog::accept()
{
    clearErrors();
    // A date the field cannot read would reach the service as "missing"; say what is wrong.
    if (!m_ui->birthDateLineEdit->isBlank() && !m_ui->birthDateLineEdit->date().isValid()) {
        showFieldErrors(
            { { QStringLiteral("birth_date"), tr("Write the date as 1980/04/01 or 昭和55年4月1日.") } });
        return;
    }
    m_ui->saveButton->setEnabled(false);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    MemberService service(m_session.database);
    const Result<Member> result
        = m_editing ? service.update(m_session.actor, draft()) : service.add(m_session.actor, draft());
    QGuiApplication::restoreOverrideCursor();
    m_ui->saveButton->setEnabled(true);
    if (result) {
        m_saved = result.value();
        qCInfo(lcUi) << (m_editing ? "member edited from the window, id" : "member added from the window, id")
                     << m_saved.id;
        QDialog::accept();
        return;
    }
    const Error &e = result.error();
    // A refused field (a number someone already has is a Conflict with a field) is shown beside it.
    if (!e.fields.isEmpty()) {
        showFieldErrors(e.fields);
        return;
    }
    if (e.code == ErrorCode::Conflict && m_editing) {
        MessageBox::warning(this, tr("Edit member"), e.message);
        m_lostRace = true;
        QDialog::reject();
        return;
    }
    m_ui->errorLabel->showError(e.message);
}

} // namespace dsr

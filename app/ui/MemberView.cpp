#include "MemberView.h"

#include "ErasureDialog.h"
#include "ErrorLabel.h"
#include "Logging.h"
#include "MemberDialog.h"
#include "RegisterModel.h"
#include "RequestDialog.h"
#include "RequestView.h"
#include "Session.h"
#include "UiText.h"
#include "services/ErasureService.h"
#include "services/MemberService.h"
#include "services/RequestService.h"
#include "ui_MemberView.h"

#include <QHeaderView>
#include <QLocale>

namespace dsr {

MemberView::MemberView(Session &session, qint64 memberId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MemberView>())
    , m_session(session)
    , m_memberId(memberId)
    , m_requests(new RegisterModel(session, this))
{
    m_ui->setupUi(this);
    setWindowFlag(Qt::WindowMaximizeButtonHint, true);
    QTableView *table = m_ui->memberRequestsTableView;
    table->setModel(m_requests);
    table->horizontalHeader()->setHighlightSections(false);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->memberDetailsTextBrowser->viewport()->setAutoFillBackground(false);

    m_ui->editMemberButton->setVisible(Permissions::allowed(session.actor.roles, Operation::MemberEdit));
    m_ui->newRequestButton->setVisible(Permissions::allowed(session.actor.roles, Operation::RequestRegister));
    connect(table, &QTableView::activated, this, &MemberView::openRequest);
    connect(m_ui->editMemberButton, &QPushButton::clicked, this, &MemberView::editMember);
    m_ui->eraseMemberButton->setVisible(Permissions::allowed(session.actor.roles, Operation::DataErase));
    connect(m_ui->eraseMemberButton, &QPushButton::clicked, this, &MemberView::eraseMember);
    connect(m_ui->newRequestButton, &QPushButton::clicked, this, &MemberView::newRequest);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::close);
}

MemberView::~MemberView() = default;

Status MemberView::load()
{
    auto member = MemberService(m_session.database).openById(m_session.actor, m_memberId);
    if (!member)
        return member.error();
    m_member = member.value();
    qCInfo(lcUi) << "member opened, id" << m_memberId;
    showMember();
    loadRequests();
    return {};
}

void MemberView::eraseMember()
{
    ErasureDialog dialog(
        tr("Erase personal data"),
        tr("The name, kana, birth date, postal code, address, telephone and affiliation of member "
           "%1 are erased for good, and the member leaves the search. The member number, the "
           "requests and issued letters stay. What remains is a record of what was erased, who "
           "erased it, when and why.")
            .arg(m_member.memberNumber),
        [&](const QString &reason) -> Status {
            auto done = ErasureService(m_session.database)
                            .eraseMember(m_session.actor, m_member.memberNumber, reason);
            if (!done)
                return done.error();
            return {};
        },
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    qCInfo(lcUi) << "member data erased from the window, id" << m_memberId;
    if (auto member = MemberService(m_session.database).openById(m_session.actor, m_memberId)) {
        m_member = member.value();
        showMember();
    }
    Q_EMIT memberChanged(m_memberId);
}

void MemberView::showMember()
{
    const Member &m = m_member;
    setWindowTitle(tr("Member %1").arg(m.memberNumber));
    m_ui->headerLabel->setText(QStringLiteral("%1  %2").arg(m.memberNumber, m.name));
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3' width='100%'>");
    auto row = [&html](const QString &label, const QString &value) {
        html
            += QStringLiteral("<tr><td width='200' style='color:#5f6368; padding-right:16px; "
                              "white-space:nowrap;'>%1</td>"
                              "<td style='white-space:pre-wrap;'>%2</td></tr>")
                   .arg(label.toHtmlEscaped(), value.isEmpty() ? QStringLiteral("—") : value.toHtmlEscaped());
    };
    row(MemberService::fieldLabel(QStringLiteral("member_number")), m.memberNumber);
    row(MemberService::fieldLabel(QStringLiteral("name")), m.name);
    row(MemberService::fieldLabel(QStringLiteral("kana")), m.kana);
    row(MemberService::fieldLabel(QStringLiteral("birth_date")), UiText::date(m.birthDate));
    row(MemberService::fieldLabel(QStringLiteral("postal_code")), m.postalCode);
    row(MemberService::fieldLabel(QStringLiteral("address")), m.address);
    row(MemberService::fieldLabel(QStringLiteral("phone")), m.phone);
    row(MemberService::fieldLabel(QStringLiteral("affiliation")), m.affiliation);
    html += QStringLiteral("</table>");
    m_ui->memberDetailsTextBrowser->setHtml(html);
}

void MemberView::loadRequests()
{
    m_ui->errorLabel->clearError();
    // The register's search finds the member by number; members whose numbers merely contain it
    // are dropped here.
    RequestQuery query;
    query.text = m_member.memberNumber;
    query.sort = RequestQuery::Sort::Received;
    query.descending = true;
    query.limit = RequestLimit;
    auto found = RequestService(m_session.database).list(m_session.actor, query);
    if (!found) {
        m_requests->setFixedRows({});
        m_ui->errorLabel->showError(found.error().message);
        return;
    }
    QList<Request> own;
    for (const Request &r : found.value())
        if (r.memberId == m_member.id)
            own << r;
    m_requests->setFixedRows(own);
    m_ui->memberRequestsTableView->resizeColumnsToContents();
    m_ui->requestsLabel->setText(own.isEmpty() ? tr("Requests: none yet")
                                               : tr("Requests: %1").arg(QLocale().toString(own.size())));
}

void MemberView::openRequest(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    auto *view = new RequestView(m_session, m_requests->request(index.row()).id, this);
    if (const Status s = view->load(); !s) {
        delete view;
        m_ui->errorLabel->showError(s.error().message);
        return;
    }
    view->setAttribute(Qt::WA_DeleteOnClose);
    connect(view, &RequestView::requestChanged, this, [this] {
        loadRequests();
        Q_EMIT requestsChanged();
    });
    view->show();
}

void MemberView::editMember()
{
    auto *dialog = new MemberDialog(m_session, m_member, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result == QDialog::Accepted) {
            m_member = dialog->savedMember();
            showMember();
            loadRequests();
        } else if (dialog->lostRace()) {
            if (const Status s = load(); !s)
                m_ui->errorLabel->showError(s.error().message);
        } else {
            return;
        }
        Q_EMIT memberChanged(m_memberId);
    });
    dialog->open();
}

void MemberView::newRequest()
{
    auto *dialog = new RequestDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMember(m_member);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_ui->errorLabel->clearError();
        loadRequests();
        const int row = m_requests->rowOfId(dialog->savedRequest().id);
        if (row >= 0)
            m_ui->memberRequestsTableView->selectRow(row);
        Q_EMIT requestsChanged();
    });
    dialog->open();
}

} // namespace dsr

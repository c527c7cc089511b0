#include "MembersPage.h"

#include "ErrorLabel.h"
#include "FileDialog.h"
#include "ImportProblemsDialog.h"
#include "Logging.h"
#include "MemberDialog.h"
#include "MemberTableModel.h"
#include "MemberView.h"
#include "MessageBox.h"
#include "Session.h"
#include "security/FileInput.h"
#include "services/MemberService.h"
#include "ui_MembersPage.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTimer>

namespace dsr {

MembersPage::MembersPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MembersPage>())
    , m_session(session)
    , m_model(new MemberTableModel(this))
    , m_searchTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    QTableView *table = m_ui->memberTableView;
    table->setModel(m_model);
    table->horizontalHeader()->setHighlightSections(false);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    const bool canEdit = Permissions::allowed(session.actor.roles, Operation::MemberEdit);
    m_ui->addMemberButton->setVisible(canEdit);
    m_ui->editMemberButton->setVisible(canEdit);
    m_ui->importButton->setVisible(canEdit);
    m_ui->messageLabel->hide(); // shown with a message only

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &MembersPage::refresh);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        refresh();
    });
    connect(table, &QTableView::activated, this, [this] { openSelected(); });
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MembersPage::updateButtons);
    connect(m_ui->addMemberButton, &QPushButton::clicked, this, &MembersPage::addMember);
    connect(m_ui->editMemberButton, &QPushButton::clicked, this, &MembersPage::editSelected);
    connect(m_ui->openMemberButton, &QPushButton::clicked, this, &MembersPage::openSelected);
    connect(m_ui->importButton, &QPushButton::clicked, this, &MembersPage::importCsv);
    auto *refreshShortcut = new QShortcut(QKeySequence::Refresh, this);
    refreshShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshShortcut, &QShortcut::activated, this, &MembersPage::refresh);
    // Ctrl+F: back to the search field from anywhere on the page, its text selected for retyping.
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    findShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_ui->searchLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchLineEdit->selectAll();
    });

    refresh();
    table->resizeColumnsToContents();
    // Names and kana with a full-width space in them need air between the columns.
    for (int column = 0; column < MemberTableModel::AffiliationColumn; ++column)
        table->setColumnWidth(column, table->columnWidth(column) + fontMetrics().averageCharWidth() * 3);
}

MembersPage::~MembersPage() = default;

qint64 MembersPage::selectedMemberId() const
{
    const QModelIndexList rows = m_ui->memberTableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->member(rows.first().row()).id;
}

bool MembersPage::selectMember(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    m_ui->memberTableView->selectRow(row);
    m_ui->memberTableView->scrollTo(m_model->index(row, 0));
    return true;
}

void MembersPage::updateButtons()
{
    const bool selected = selectedMemberId() > 0;
    m_ui->editMemberButton->setEnabled(selected);
    m_ui->openMemberButton->setEnabled(selected);
}

void MembersPage::refresh()
{
    m_ui->errorLabel->clearError();
    const qint64 selected = selectedMemberId();
    // A blank search finds nobody: not asked, so opening the page leaves no empty search entry.
    if (m_ui->searchLineEdit->text().trimmed().isEmpty()) {
        m_model->setMembers({});
        m_ui->countLabel->setText(tr("Type a name, kana or member number to find members."));
        updateButtons();
        return;
    }
    auto found
        = MemberService(m_session.database).find(m_session.actor, m_ui->searchLineEdit->text(), ListLimit);
    if (!found) {
        m_model->setMembers({});
        m_ui->countLabel->clear();
        m_ui->errorLabel->showError(found.error().message);
        updateButtons();
        return;
    }
    m_model->setMembers(found.value());
    const qsizetype n = found->size();
    if (n >= ListLimit)
        m_ui->countLabel->setText(
            tr("The first %1 members; type more to narrow the list.").arg(QLocale().toString(n)));
    else if (n == 0)
        m_ui->countLabel->setText(tr("No member matches."));
    else
        m_ui->countLabel->setText(n == 1 ? tr("1 member") : tr("%1 members").arg(QLocale().toString(n)));
    if (selected)
        selectMember(selected);
    updateButtons();
}

void MembersPage::addMember()
{
    auto *dialog = new MemberDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Member added = dialog->savedMember();
        m_ui->messageLabel->setText(tr("Member %1 added.").arg(added.memberNumber));
        m_ui->messageLabel->show();
        // Shown by their number: the list holds search results only (a blank search lists nobody).
        {
            const QSignalBlocker blocker(m_ui->searchLineEdit);
            m_ui->searchLineEdit->setText(added.memberNumber);
        }
        refresh();
        selectMember(added.id);
    });
    dialog->open();
}

void MembersPage::editSelected()
{
    const qint64 id = selectedMemberId();
    if (id <= 0)
        return;
    // Read afresh (and audited): the list may be older than the member's current data.
    auto member = MemberService(m_session.database).openById(m_session.actor, id);
    if (!member) {
        m_ui->errorLabel->showError(member.error().message);
        return;
    }
    auto *dialog = new MemberDialog(m_session, member.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result == QDialog::Accepted) {
            m_ui->messageLabel->setText(tr("Member %1 saved.").arg(dialog->savedMember().memberNumber));
            m_ui->messageLabel->show();
        }
        if (result == QDialog::Accepted || dialog->lostRace())
            refresh();
    });
    dialog->open();
}

void MembersPage::openSelected()
{
    if (const qint64 id = selectedMemberId(); id > 0)
        openMember(id);
}

MemberView *MembersPage::openMember(qint64 id)
{
    auto *view = new MemberView(m_session, id, this);
    if (const Status s = view->load(); !s) {
        delete view;
        m_ui->errorLabel->showError(s.error().message);
        return nullptr;
    }
    view->setAttribute(Qt::WA_DeleteOnClose);
    connect(view, &MemberView::memberChanged, this, &MembersPage::refresh);
    connect(view, &MemberView::requestsChanged, this, &MembersPage::requestsChanged);
    view->show();
    return view;
}

void MembersPage::importCsv()
{
    m_ui->errorLabel->clearError();
    m_ui->messageLabel->clear();
    m_ui->messageLabel->hide();
    const QString path = FileDialog::getOpenFileName(
        this, tr("Import members"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString name = QFileInfo(path).fileName();
    auto read = FileInput::read(path, FileInput::MemberCsvLimit);
    if (!read) {
        m_ui->errorLabel->showError(read.error().message);
        return;
    }
    const QByteArray bytes = read.value();

    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = MemberService(m_session.database).importCsv(m_session.actor, bytes);
    QGuiApplication::restoreOverrideCursor();
    if (!report) {
        // The file as a whole was refused (unknown column, empty file): one message.
        m_ui->errorLabel->showError(tr("%1 was not imported: %2").arg(name, report.error().message));
        return;
    }
    if (!report->problems.isEmpty()) {
        qCInfo(lcUi) << "member import refused," << report->problems.size() << "bad lines";
        m_ui->errorLabel->showError(tr("%1 was not imported; nothing was changed.").arg(name));
        auto *problems = new ImportProblemsDialog(name, report->problems, this);
        problems->setAttribute(Qt::WA_DeleteOnClose);
        problems->open();
        return;
    }
    qCInfo(lcUi) << "members imported:" << report->inserted << "added," << report->updated << "updated,"
                 << report->unchanged << "unchanged";
    m_ui->messageLabel->setText(tr("Imported %1: %2 added, %3 updated, %4 unchanged.")
                                    .arg(name, QLocale().toString(report->inserted),
                                         QLocale().toString(report->updated),
                                         QLocale().toString(report->unchanged)));
    m_ui->messageLabel->show();
    refresh();
}

} // namespace dsr

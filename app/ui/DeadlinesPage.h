#pragma once
// The deadlines dashboard (期限): overdue requests, those due soon (DeadlinePolicy: within seven
// open days, or by the private regime's target), drafts awaiting the user's approval and requests
// awaiting an amendment — four tables, each with its count, sortable by any column (receipt
// number, type, member, status, act-by date, open days left), late rows marked in words and in
// colour, each request a double-click or Enter away. Four tables rather than one with a group
// column: they are four different kinds of work (act now, plan, approve, wait), a request can be
// in two of them, and each keeps its own order. Dates are act-by dates on the association's
// calendar.

#include "workflow/DeadlinePolicy.h"

#include <QDate>
#include <QWidget>
#include <optional>

class QGroupBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace dsr {

class DeadlineTableModel;
class ErrorLabel;
struct Request;
struct Session;

class DeadlinesPage : public QWidget
{
    Q_OBJECT
public:
    explicit DeadlinesPage(Session &session, QWidget *parent = nullptr);

    QTableView *overdueTable() const { return m_overdue.table; }
    QTableView *dueSoonTable() const { return m_dueSoon.table; }
    // nullptr-free but hidden for those who approve nothing.
    QTableView *approvalTable() const { return m_approval.table; }
    QTableView *amendmentTable() const { return m_amendment.table; }
    // Today, for tests; invalid: the current date.
    void setToday(const QDate &today) { m_today = today; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void openRequestRequested(qint64 requestId);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct List
    {
        QGroupBox *box = nullptr;
        QTableView *table = nullptr;
        DeadlineTableModel *model = nullptr;
        QSortFilterProxyModel *sorted = nullptr;
    };
    List addList(const QString &name);
    void fill(List &list, const QString &title, const QList<Request> &requests, const QString &error);
    void applyLateColour();
    QDate today() const;

    Session &m_session;
    QDate m_today;
    std::optional<DeadlinePolicy> m_deadlines; // as of the last refresh; empty when unreadable
    List m_overdue;
    List m_dueSoon;
    List m_approval;
    List m_amendment;
    QLabel *m_caption;
    ErrorLabel *m_error;
    QStringList m_errors;
};

} // namespace dsr

#pragma once
// The deadlines dashboard (期限): overdue requests, those due soon (DeadlinePolicy: within seven
// open days, or by the private regime's target), drafts awaiting the user's approval and requests
// awaiting an amendment, each list with its count and each request a double-click away. Dates are
// act-by dates on the association's calendar.

#include "workflow/DeadlinePolicy.h"

#include <QDate>
#include <QWidget>
#include <optional>

class QGroupBox;
class QLabel;
class QListWidget;
class QListWidgetItem;

namespace dsr {

struct Request;
struct Session;

class DeadlinesPage : public QWidget
{
    Q_OBJECT
public:
    explicit DeadlinesPage(Session &session, QWidget *parent = nullptr);

    QListWidget *overdueList() const { return m_overdue; }
    QListWidget *dueSoonList() const { return m_dueSoon; }
    QListWidget *approvalList() const { return m_approval; }
    QListWidget *amendmentList() const { return m_amendment; }
    // Today, for tests; invalid: the current date.
    void setToday(const QDate &today) { m_today = today; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void openRequestRequested(qint64 requestId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QListWidget *addList(const QString &name, int row, int column, QGroupBox **box);
    void fill(QListWidget *list, QGroupBox *box, const QString &title, const QList<Request> &requests,
              const QString &error);
    QDate today() const;

    Session &m_session;
    QDate m_today;
    std::optional<DeadlinePolicy> m_deadlines; // as of the last refresh; empty when unreadable
    QListWidget *m_overdue;
    QListWidget *m_dueSoon;
    QListWidget *m_approval;
    QListWidget *m_amendment;
    QGroupBox *m_overdueBox = nullptr;
    QGroupBox *m_dueSoonBox = nullptr;
    QGroupBox *m_approvalBox = nullptr;
    QGroupBox *m_amendmentBox = nullptr;
    QLabel *m_caption;
};

} // namespace dsr

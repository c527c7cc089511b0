#pragma once
// The register (受付簿): every request, searched as you type (name, kana, member number, receipt
// number, normalised by the core), filtered by status, type, fiscal year, "assigned to me" and
// "overdue", sorted by any column on the server. Enter or a double-click opens the request;
// Refresh (F5) keeps the selection and scroll position; "New request…" takes one in.

#include "model/RequestQuery.h"
#include "services/RequestService.h"

#include <QHash>
#include <QPointer>
#include <QWidget>
#include <memory>

class QTimer;

namespace Ui {
class RegisterPage;
}

namespace dsr {

struct ChangeBatch;
class RegisterModel;
class RequestView;
struct Session;

class RegisterPage : public QWidget
{
    Q_OBJECT
public:
    // Long enough to let a name be typed on, short enough to feel immediate.
    static constexpr int SearchDelayMs = 150;

    explicit RegisterPage(Session &session, QWidget *parent = nullptr);
    ~RegisterPage() override;

    // The register's ready-made filters (the home page's counts open them): each sets the
    // filter controls it stands for, with every other filter cleared, so the person sees why the
    // list is short and "Clear filters" gives the whole register back.
    enum class Filter {
        Overdue, // the Overdue check box
        DueSoon, // Due soon: act by within DeadlinePolicy::DueSoonOpenDays open days
        AwaitingAmendment, // the status 補正待ち
        AwaitingMyApproval, // at an approval step the signed-in person may take (approvers only)
    };

    RegisterModel *model() const { return m_model; }
    // The query the filters describe (sort from the model).
    RequestQuery currentQuery() const;
    bool canRegister() const;
    qint64 selectedRequestId() const;
    // Among the rows loaded so far.
    bool selectRequest(qint64 id);

public Q_SLOTS:
    // Reads the register again, keeping the selected request and the scroll position.
    void refresh();
    void newRequest();
    void openSelected();
    RequestView *openRequest(qint64 id);
    // Shows the register filtered by `filter`, most urgent act-by date first. False (nothing
    // changed) for AwaitingMyApproval when the person approves nothing.
    bool showFilter(Filter filter);
    // The open request windows that another desk's change touched read their request again.
    void reloadOpenRequests(const dsr::ChangeBatch &batch);

private:
    void applyFilters();
    // Every filter control back to "all", without reading the register.
    void clearFilterControls();
    bool mayApprove() const;
    void fillFilters();
    void reloadFiscalYears();
    void updateCount();
    void updateButtons();

    std::unique_ptr<Ui::RegisterPage> m_ui;
    Session &m_session;
    RegisterModel *m_model;
    QTimer *m_searchTimer;
    QHash<qint64, QPointer<RequestView>> m_views;
};

} // namespace dsr

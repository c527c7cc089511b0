#pragma once
// What the register asks for: the filters, sort and page of a search over requests.

#include "Request.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace dsr {

// What the register asks for: filters, one sort column and a page.
struct RequestQuery
{
    enum class Sort { ReceiptNo, Received, Type, Requester, MemberNumber, Status, Deadline, Assigned };
    QString text; // search as you type: name, kana, member number, receipt number
    std::optional<RequestStatus> status;
    std::optional<RequestType> type;
    int fiscalYear = 0; // 0: every year
    qint64 assignedTo = 0; // 0: anyone
    QDate overdueAsOf; // valid: only running requests whose act-by date is before this day
    qint64 memberId = 0; // 0: every member
    QDate actByFrom; // valid: act-by date on or after (running requests only)
    QDate actByTo; // valid: act-by date on or before (running requests only)
    // The statuses whose decision deadline still runs, which overdueAsOf and the act-by range are
    // limited to: RequestService fills them from DeadlinePolicy::runningStatuses().
    QList<RequestStatus> deadlineRunning;
    // Filters whose rule is not SQL's to decide: RequestService resolves each into `ids` with the
    // rule's own code, so a count and the list it opens agree with the approval inbox and the
    // deadlines page by construction.
    qint64 awaitingApprovalBy = 0; // >0: at an approval step this account may take now (ApprovalPolicy)
    QDate dueSoonAsOf; // valid: due soon on this day (DeadlinePolicy::dueSoon, the business calendar)
    // Set: only these requests (empty: none). Bound as values, so keep it to a few thousand.
    std::optional<QList<qint64>> ids;
    Sort sort = Sort::Received;
    bool descending = true;
    int offset = 0;
    int limit = 200; // 0: no limit
    int countCap = 0; // count(): 0 counts every match; else stops at countCap + 1 ("more than")
};

} // namespace dsr

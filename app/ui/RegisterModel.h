#pragma once
// The register (受付簿) as a paged table model over RequestService::page/list (PagedTableModel:
// only the pages the view has scrolled to) that sorts on the server, so 100,000 requests cost what
// one screenful costs. The member view reuses it with a fixed list.

#include "PagedTableModel.h"
#include "model/RequestQuery.h"
#include "services/RequestService.h"
#include "workflow/DeadlinePolicy.h"

#include <optional>

namespace dsr {

struct Session;

class RegisterModel : public PagedTableModel<Request, RequestQuery, RequestService>
{
    Q_OBJECT
public:
    enum Column {
        ReceiptNoColumn,
        ReceivedColumn,
        TypeColumn,
        RequesterColumn,
        MemberNumberColumn,
        StatusColumn,
        DeadlineColumn,
        AssignedColumn,
        ColumnCount
    };
    // The request id of a row, for views that do not hold the model's type.
    static constexpr int RequestIdRole = Qt::UserRole + 1;

    RegisterModel(Session &session, QObject *parent = nullptr);

    // Runs `query` (its offset and limit are the model's business) from the first row, loading at
    // least `minimumRows` rows at once (a refresh that keeps the scroll position).
    bool setQuery(const RequestQuery &query, int minimumRows = 0);
    // Runs the query again, loading at least `minimumRows` rows.
    bool reload(int minimumRows = 0);
    // A fixed list instead of a query: no paging, no server-side sort.
    void setFixedRows(const QList<Request> &rows);

    const Request &request(int row) const { return m_rows.at(row); }

    static RequestQuery::Sort sortFor(int column);
    static int columnFor(RequestQuery::Sort sort);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    // A query ran (successfully or not): the count and any error may have changed.
    void loaded();

private:
    bool load(int rows);
    bool isOverdue(const Request &r) const;
    void loadDeadlinePolicy();
    void pagesLoaded() override { Q_EMIT loaded(); }

    QDate m_today;
    std::optional<DeadlinePolicy> m_deadlines; // for the target; empty when the calendar is unreadable
};

} // namespace dsr

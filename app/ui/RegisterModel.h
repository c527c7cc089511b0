#pragma once
// The register (受付簿) as a table model over RequestService::list: it holds only the pages the
// view has scrolled to (canFetchMore/fetchMore, PageSize rows at a time) and sorts on the server,
// so 100,000 requests cost what one screenful costs. The member view reuses it with a fixed list.

#include "model/RequestQuery.h"
#include "services/RequestService.h"
#include "workflow/DeadlinePolicy.h"

#include <QAbstractTableModel>
#include <optional>

namespace dsr {

struct Session;

class RegisterModel : public QAbstractTableModel
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
    static constexpr int PageSize = 200;
    // Counting stops here: a broad search shows "1,000+" instead of counting every match.
    static constexpr int CountCap = 1000;
    // The request id of a row, for views that do not hold the model's type.
    static constexpr int RequestIdRole = Qt::UserRole + 1;

    RegisterModel(Session &session, QObject *parent = nullptr);

    // Runs `query` (its offset and limit are the model's business) from the first row, loading at
    // least `minimumRows` rows at once (a refresh that keeps the scroll position).
    bool setQuery(const RequestQuery &query, int minimumRows = 0);
    const RequestQuery &query() const { return m_query; }
    // Runs the query again, loading at least `minimumRows` rows.
    bool reload(int minimumRows = 0);
    // A fixed list instead of a query: no paging, no server-side sort.
    void setFixedRows(const QList<Request> &rows);

    // Matching requests in the database, loaded or not.
    qint64 totalCount() const { return m_total; }
    // True when totalCount() is only a lower bound (more than CountCap matches).
    bool totalIsLowerBound() const { return m_totalIsLowerBound; }
    const Request &request(int row) const { return m_rows.at(row); }
    int rowOfId(qint64 id) const;
    // Empty after a successful load.
    QString lastError() const { return m_lastError; }

    static RequestQuery::Sort sortFor(int column);
    static int columnFor(RequestQuery::Sort sort);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    // A query ran (successfully or not): the count and any error may have changed.
    void loaded();

private:
    bool load(int rows);
    bool isOverdue(const Request &r) const;
    void loadDeadlinePolicy();

    Session &m_session;
    RequestQuery m_query;
    QList<Request> m_rows;
    qint64 m_total = 0;
    bool m_totalIsLowerBound = false;
    bool m_fixed = false;
    QString m_lastError;
    QDate m_today;
    std::optional<DeadlinePolicy> m_deadlines; // for the target; empty when the calendar is unreadable
};

} // namespace dsr

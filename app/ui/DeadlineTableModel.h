#pragma once
// The rows of one list of the deadlines page (期限): receipt number, type, member, status, act-by
// date and the open days left on the business calendar. Late rows say so in words ("3 days
// late") and in the page's warning colour. Qt::UserRole holds each cell's sort key (dates as ISO
// text, days as numbers), RequestIdRole the request's id.

#include "model/Request.h"
#include "workflow/DeadlinePolicy.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDate>
#include <optional>

namespace dsr {

class DeadlineTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ReceiptNoColumn,
        TypeColumn,
        MemberColumn,
        StatusColumn,
        ActByColumn,
        DaysLeftColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int RequestIdRole = Qt::UserRole + 1;
    static constexpr int LateRole = Qt::UserRole + 2;

    explicit DeadlineTableModel(QObject *parent = nullptr);

    // The requests as of `today`; `policy` counts open days and gives the private regime's target
    // (none: the days column stays empty).
    void setRequests(const QList<Request> &requests, const QDate &today,
                     const std::optional<DeadlinePolicy> &policy);
    // The colour of late rows, from the page's palette (readable on light and dark themes).
    void setLateColour(const QColor &colour);
    qint64 requestId(int row) const { return row >= 0 && row < m_rows.size() ? m_rows[row].request.id : 0; }

    // Open days from `today` to `actBy`: the open days after today up to and including the act-by
    // date; 0 on the day itself. Negative past it: minus the calendar days late.
    static int daysLeft(const DeadlineCalendar &calendar, const QDate &today, const QDate &actBy);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row
    {
        Request request;
        QDate actBy;
        std::optional<int> daysLeft;
        bool late = false;
        QString tip;
    };
    QList<Row> m_rows;
    QColor m_lateColour { 0xc6, 0x28, 0x28 };
};

} // namespace dsr

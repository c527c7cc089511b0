#pragma once
// A table model over a service that lists in pages: it holds only the pages the view has scrolled
// to (canFetchMore/fetchMore, PageSize rows at a time) and counts the matches with the first page,
// up to CountCap ("more than 1,000"), so a register of 100,000 rows costs what one screenful costs.
// The request register (RegisterModel) and the letter register (LetterRegisterModel) are built on
// it: each says what a row shows. `Row` has an `id`; `Query` has offset, limit and countCap;
// `Service` has page(actor, query) (the first page with the count: rows and total) and
// list(actor, query), each one audited read.

#include "Result.h"
#include "Session.h"

#include <QAbstractTableModel>
#include <QList>

namespace dsr {

template<typename Row, typename Query, typename Service> class PagedTableModel : public QAbstractTableModel
{
public:
    static constexpr int PageSize = 200;
    // Counting stops here: a broad search shows "more than 1,000" instead of counting every match.
    static constexpr int CountCap = 1000;

    const Query &query() const { return m_query; }
    // Matching rows in the database, loaded or not; a lower bound when totalIsLowerBound().
    qint64 totalCount() const { return m_total; }
    bool totalIsLowerBound() const { return m_totalIsLowerBound; }
    // Empty after a successful read.
    QString lastError() const { return m_lastError; }
    int rowOfId(qint64 id) const
    {
        for (qsizetype row = 0; row < m_rows.size(); ++row)
            if (m_rows[row].id == id)
                return int(row);
        return -1;
    }

    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && !m_fixed && m_lastError.isEmpty()
            && (m_rows.size() < m_total || m_totalIsLowerBound);
    }

    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent))
            return;
        Query q = m_query;
        q.offset = int(m_rows.size());
        q.limit = PageSize;
        auto page = Service(m_session.database).list(m_session.actor, q);
        if (!page) {
            m_lastError = page.error().message;
            pagesLoaded();
            return;
        }
        const QList<Row> &more = page.value();
        if (more.isEmpty()) {
            // The end of the result (or rows left it meanwhile on another desk): stop asking.
            m_total = m_rows.size();
            m_totalIsLowerBound = false;
            pagesLoaded();
            return;
        }
        beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + more.size() - 1));
        m_rows.append(more);
        endInsertRows();
        if (m_totalIsLowerBound && (more.size() < PageSize || m_rows.size() > m_total)) {
            // Past the counted part: the rows fetched so far are the best count there is.
            m_total = m_rows.size();
            m_totalIsLowerBound = more.size() == PageSize;
            pagesLoaded();
        }
    }

protected:
    PagedTableModel(Session &session, QObject *parent)
        : QAbstractTableModel(parent)
        , m_session(session)
    {
    }

    // The rows, the count or the error changed (the subclass's loaded() signal).
    virtual void pagesLoaded() = 0;

    // Rows for at least `minimumRows`, in whole pages (a refresh that keeps the scroll position).
    static int wholePages(int minimumRows)
    {
        return qMax(1, (minimumRows + PageSize - 1) / PageSize) * PageSize;
    }

    // Reads the first `rows` rows of m_query and the count again.
    bool loadFirst(int rows)
    {
        beginResetModel();
        m_fixed = false;
        m_rows.clear();
        m_total = 0;
        m_totalIsLowerBound = false;
        m_lastError.clear();
        Query q = m_query;
        q.offset = 0;
        q.limit = rows;
        q.countCap = qMax(int(CountCap), rows);
        // Count and first page in one call: one audit entry per keystroke of the search.
        auto page = Service(m_session.database).page(m_session.actor, q);
        if (page) {
            m_totalIsLowerBound = page->total > q.countCap;
            m_total = m_totalIsLowerBound ? q.countCap : page->total;
            m_rows = std::move(page).value().rows;
        } else {
            m_lastError = page.error().message;
        }
        endResetModel();
        pagesLoaded();
        return m_lastError.isEmpty();
    }

    // A fixed list instead of pages: nothing more to fetch.
    void setFixed(const QList<Row> &rows)
    {
        beginResetModel();
        m_fixed = true;
        m_rows = rows;
        m_total = rows.size();
        m_totalIsLowerBound = false;
        m_lastError.clear();
        endResetModel();
        pagesLoaded();
    }

    bool isFixed() const { return m_fixed; }

    Session &m_session;
    Query m_query;
    QList<Row> m_rows;

private:
    qint64 m_total = 0;
    bool m_totalIsLowerBound = false;
    QString m_lastError;
    bool m_fixed = false;
};

} // namespace dsr

#pragma once
// The letter register (文書番号簿) as a table model over LetterService::page/list: like the
// request register's model it holds only the pages the view has scrolled to (canFetchMore /
// fetchMore, PageSize letters at a time) in the register's order (fiscal year, symbol, number,
// newest first). With no letter to show it has one row carrying the page's "nothing here" text,
// which the view spans over every column.

#include "model/Letter.h"
#include "storage/LetterRepository.h"

#include <QAbstractTableModel>

namespace dsr {

struct Session;

class LetterRegisterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        DateColumn,
        KindColumn,
        AddresseeColumn,
        ReceiptColumn,
        StateColumn,
        DetailsColumn,
        ColumnCount
    };
    static constexpr int PageSize = 200;
    // Counting stops here: a broad search shows "more than 1,000" instead of counting every match.
    static constexpr int CountCap = 1000;
    // The letter id of a row (0 on the "nothing here" row).
    static constexpr int LetterIdRole = Qt::UserRole;

    explicit LetterRegisterModel(Session &session, QObject *parent = nullptr);

    // Runs `query` (its offset and limit are the model's business) from the first row, loading at
    // least `minimumRows` rows at once (a refresh that keeps what was scrolled to).
    bool setQuery(const LetterQuery &query, int minimumRows = 0);
    const LetterQuery &query() const { return m_query; }
    // The text of the single row shown when no letter matches, and the column titles (the page
    // words them).
    void setEmptyText(const QString &text) { m_emptyText = text; }
    void setHeaders(const QStringList &titles) { m_headers = titles; }

    // The letters loaded so far, in the view's order.
    const QList<Letter> &letters() const { return m_rows; }
    int letterCount() const { return int(m_rows.size()); }
    const Letter *letterAt(int row) const;
    int rowOfId(qint64 id) const;
    // Matching letters in the database, loaded or not; a lower bound when totalIsLowerBound().
    qint64 totalCount() const { return m_total; }
    bool totalIsLowerBound() const { return m_totalIsLowerBound; }
    // True when the model shows its one "nothing here" row.
    bool showsEmptyRow() const { return m_rows.isEmpty(); }
    // Empty after a successful load.
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // A query ran (successfully or not) or a page came: the count and any error may have changed.
    void loaded();

private:
    bool load(int rows);

    Session &m_session;
    LetterQuery m_query;
    QList<Letter> m_rows;
    qint64 m_total = 0;
    bool m_totalIsLowerBound = false;
    QString m_lastError;
    QString m_emptyText;
    QStringList m_headers;
};

} // namespace dsr

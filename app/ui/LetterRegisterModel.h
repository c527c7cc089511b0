#pragma once
// The letter register (文書番号簿) as a paged table model over LetterRegister::page/list, like the
// request register's (PagedTableModel: only the pages the view has scrolled to), in the register's
// order (fiscal year, symbol, number, newest first). With no letter to show it has one row carrying
// the page's "nothing here" text, which the view spans over every column.

#include "PagedTableModel.h"
#include "model/Letter.h"
#include "services/LetterRegister.h"

namespace dsr {

struct Session;

class LetterRegisterModel : public PagedTableModel<Letter, LetterQuery, LetterRegister>
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
    // The letter id of a row (0 on the "nothing here" row).
    static constexpr int LetterIdRole = Qt::UserRole;

    explicit LetterRegisterModel(Session &session, QObject *parent = nullptr);

    // Runs `query` (its offset and limit are the model's business) from the first row, loading at
    // least `minimumRows` rows at once (a refresh that keeps what was scrolled to).
    bool setQuery(const LetterQuery &query, int minimumRows = 0);
    // The text of the single row shown when no letter matches, and the column titles (the page
    // words them).
    void setEmptyText(const QString &text) { m_emptyText = text; }
    void setHeaders(const QStringList &titles) { m_headers = titles; }

    // The letters loaded so far, in the view's order.
    const QList<Letter> &letters() const { return m_rows; }
    int letterCount() const { return int(m_rows.size()); }
    const Letter *letterAt(int row) const;
    // True when the model shows its one "nothing here" row.
    bool showsEmptyRow() const { return m_rows.isEmpty(); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    // A query ran (successfully or not) or a page came: the count and any error may have changed.
    void loaded();

private:
    void pagesLoaded() override { Q_EMIT loaded(); }

    QString m_emptyText;
    QStringList m_headers;
};

} // namespace dsr

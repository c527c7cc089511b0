#pragma once
// The boxes of one document's redaction draft as the workspace edits them: a table (page,
// source, ground, reason) for the list beside the page, and every change — a box drawn, moved,
// resized or deleted, suggestions accepted, grounds and reasons set — an undoable step on one
// QUndoStack. A step keeps the whole list before and after it: a draft holds hundreds of boxes at
// most, and a snapshot cannot go wrong the way a hand-written inverse can.

#include "documents/Redaction.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <optional>

class QUndoStack;

namespace dsr {

class RedactionBoxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PageColumn, SourceColumn, GroundColumn, ReasonColumn, ColumnCount };

    explicit RedactionBoxModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QUndoStack *undoStack() const { return m_undo; }
    const QList<RedactionBox> &boxes() const { return m_boxes; }
    const RedactionBox &box(int row) const { return m_boxes.at(row); }
    // The rows of the boxes on `page` (from 0).
    QList<int> rowsOnPage(int page) const;
    // How a ground id is shown (the window gives the regime's names).
    void setGroundNames(const QHash<QString, QString> &names);

    // A draft loaded: the list replaced, the undo history dropped, the state marked clean.
    void reset(const QList<RedactionBox> &boxes);
    // The changes, each one undoable step.
    void addBox(const RedactionBox &box);
    void addBoxes(const QList<RedactionBox> &boxes, const QString &what);
    void removeRows(QList<int> rows);
    void setRect(int row, const QRectF &rect);
    // The ground (when `ground` is set) and the reason (when `reason` is set) of these rows.
    void setGroundAndReason(const QList<int> &rows, const std::optional<QString> &ground,
                            const std::optional<QString> &reason);
    // The rows whose ground is `ground`.
    QList<int> rowsWithGround(const QString &ground) const;
    // Whether the list differs from the draft last loaded or saved.
    bool isModified() const;
    void markSaved();

Q_SIGNALS:
    // Any change, done, undone or redone.
    void boxesChanged();

private:
    class Snapshot;
    void change(const QString &text, QList<RedactionBox> after);
    void replace(const QList<RedactionBox> &boxes);

    QUndoStack *m_undo;
    QList<RedactionBox> m_boxes;
    QHash<QString, QString> m_groundNames;
};

} // namespace dsr

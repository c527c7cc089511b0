#include "RedactionBoxModel.h"

#include <QColor>
#include <QUndoCommand>
#include <QUndoStack>
#include <algorithm>

namespace dsr {

class RedactionBoxModel::Snapshot : public QUndoCommand
{
public:
    Snapshot(RedactionBoxModel *model, const QString &text, QList<RedactionBox> before,
             QList<RedactionBox> after)
        : QUndoCommand(text)
        , m_model(model)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void undo() override { m_model->replace(m_before); }
    void redo() override { m_model->replace(m_after); }

private:
    RedactionBoxModel *m_model;
    QList<RedactionBox> m_before;
    QList<RedactionBox> m_after;
};

RedactionBoxModel::RedactionBoxModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_undo(new QUndoStack(this))
{
}

int RedactionBoxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_boxes.size());
}

int RedactionBoxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RedactionBoxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_boxes.size())
        return {};
    const RedactionBox &b = m_boxes.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case PageColumn:
            return b.page + 1;
        case SourceColumn:
            return RedactionSources::displayName(b.source);
        case GroundColumn: {
            if (b.ground.isEmpty())
                return role == Qt::ToolTipRole ? tr("No ground chosen yet") : tr("(none)");
            // The article in the column ("第33条第2項第1号"), the whole ground in the tooltip.
            const QString name = m_groundNames.value(b.ground, b.ground);
            qsizetype colon = name.indexOf(QChar(0xFF1A));
            if (colon < 0)
                colon = name.indexOf(QLatin1String(": "));
            return role == Qt::DisplayRole && colon > 0 ? name.left(colon) : name;
        }
        case ReasonColumn:
            return b.reason;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == GroundColumn && b.ground.isEmpty())
        return QColor(Qt::darkRed);
    return {};
}

QVariant RedactionBoxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PageColumn:
        return tr("Page");
    case SourceColumn:
        return tr("Found by");
    case GroundColumn:
        return tr("Ground");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

QList<int> RedactionBoxModel::rowsOnPage(int page) const
{
    QList<int> rows;
    for (int row = 0; row < m_boxes.size(); ++row)
        if (m_boxes.at(row).page == page)
            rows << row;
    return rows;
}

QList<int> RedactionBoxModel::rowsWithGround(const QString &ground) const
{
    QList<int> rows;
    for (int row = 0; row < m_boxes.size(); ++row)
        if (m_boxes.at(row).ground == ground)
            rows << row;
    return rows;
}

void RedactionBoxModel::setGroundNames(const QHash<QString, QString> &names)
{
    m_groundNames = names;
    if (!m_boxes.isEmpty())
        Q_EMIT dataChanged(index(0, GroundColumn), index(int(m_boxes.size()) - 1, GroundColumn));
}

void RedactionBoxModel::reset(const QList<RedactionBox> &boxes)
{
    m_undo->clear();
    replace(boxes);
    m_undo->setClean();
}

bool RedactionBoxModel::isModified() const
{
    return !m_undo->isClean();
}

void RedactionBoxModel::markSaved()
{
    m_undo->setClean();
}

void RedactionBoxModel::replace(const QList<RedactionBox> &boxes)
{
    beginResetModel();
    m_boxes = boxes;
    endResetModel();
    Q_EMIT boxesChanged();
}

void RedactionBoxModel::change(const QString &text, QList<RedactionBox> after)
{
    if (after == m_boxes)
        return;
    m_undo->push(new Snapshot(this, text, m_boxes, std::move(after)));
}

void RedactionBoxModel::addBox(const RedactionBox &box)
{
    QList<RedactionBox> after = m_boxes;
    after << box;
    change(tr("Draw a box"), std::move(after));
}

void RedactionBoxModel::addBoxes(const QList<RedactionBox> &boxes, const QString &what)
{
    QList<RedactionBox> after = m_boxes;
    for (const RedactionBox &b : boxes)
        if (!after.contains(b))
            after << b;
    change(what, std::move(after));
}

void RedactionBoxModel::removeRows(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<RedactionBox> after = m_boxes;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        if (*it >= 0 && *it < after.size())
            after.removeAt(*it);
    change(rows.size() == 1 ? tr("Delete a box") : tr("Delete %n boxes", nullptr, int(rows.size())),
           std::move(after));
}

void RedactionBoxModel::setRect(int row, const QRectF &rect)
{
    if (row < 0 || row >= m_boxes.size())
        return;
    QList<RedactionBox> after = m_boxes;
    // A detector's box keeps its text when moved: the proof still looks for it in the copy.
    after[row].rect = rect;
    change(tr("Move or resize a box"), std::move(after));
}

void RedactionBoxModel::setGroundAndReason(const QList<int> &rows, const std::optional<QString> &ground,
                                           const std::optional<QString> &reason)
{
    QList<RedactionBox> after = m_boxes;
    for (const int row : rows) {
        if (row < 0 || row >= after.size())
            continue;
        if (ground)
            after[row].ground = *ground;
        if (reason)
            after[row].reason = *reason;
    }
    change(tr("Set the ground and reason"), std::move(after));
}

} // namespace dsr

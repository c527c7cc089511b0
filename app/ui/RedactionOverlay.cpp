#include "RedactionOverlay.h"

#include "PdfPageView.h"
#include "RedactionBoxModel.h"
#include "documents/Redactor.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>

namespace dsr {

namespace {

// Half the side of a handle, and how far from an edge a press still grabs it (widget pixels).
constexpr double HandleRadius = 4.0;
constexpr double GrabDistance = 6.0;
// A drag shorter than this (widget pixels) is a click, not a box.
constexpr double MinimumDrag = 4.0;

} // namespace

RedactionOverlay::RedactionOverlay(PdfPageView *view, RedactionBoxModel *model)
    : QWidget(view->pageWidget())
    , m_view(view)
    , m_model(model)
{
    setObjectName(QStringLiteral("redactionOverlay"));
    setMouseTracking(true);
    setCursor(Qt::CrossCursor);
    setGeometry(parentWidget()->rect());
    parentWidget()->installEventFilter(this);
    connect(m_model, &RedactionBoxModel::boxesChanged, this, [this] {
        // Rows may be gone after an undo: keep only those that still exist.
        QList<int> kept;
        for (const int row : std::as_const(m_selection))
            if (row < m_model->rowCount())
                kept << row;
        m_selection = kept;
        update();
    });
    connect(m_view, &PdfPageView::pageShown, this, [this] {
        setGeometry(parentWidget()->rect());
        update();
    });
    raise();
}

void RedactionOverlay::setNewBoxDefaults(const QString &ground, const QString &reason)
{
    m_ground = ground;
    m_reason = reason;
}

void RedactionOverlay::setSelection(const QList<int> &rows)
{
    if (rows == m_selection)
        return;
    m_selection = rows;
    update();
}

void RedactionOverlay::setSuggestions(const QList<RedactionBox> &suggestions)
{
    m_suggestions = suggestions;
    m_currentSuggestion = -1;
    update();
}

void RedactionOverlay::setCurrentSuggestion(int index)
{
    m_currentSuggestion = index;
    update();
}

QPointF RedactionOverlay::toPage(const QPointF &point) const
{
    return m_view->mapToPage(point);
}

QRectF RedactionOverlay::toWidget(const QRectF &pageRect) const
{
    return m_view->mapFromPage(pageRect);
}

bool RedactionOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void RedactionOverlay::paintEvent(QPaintEvent *)
{
    if (!m_view->hasDocument())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const int page = m_view->currentPage();

    // Suggestions waiting for a yes or no: dashed orange, the picked one filled lightly.
    for (int i = 0; i < m_suggestions.size(); ++i) {
        const RedactionBox &s = m_suggestions.at(i);
        if (s.page != page)
            continue;
        QPen pen(QColor(0xE0, 0x70, 0x00), i == m_currentSuggestion ? 2.5 : 1.5, Qt::DashLine);
        painter.setPen(pen);
        painter.setBrush(i == m_currentSuggestion ? QColor(0xFF, 0xA0, 0x00, 90)
                                                  : QColor(0xFF, 0xC0, 0x40, 40));
        painter.drawRect(toWidget(s.rect));
    }

    // The draft's boxes: black, see-through enough to read what is withheld while working.
    const QList<int> rows = m_model->rowsOnPage(page);
    for (const int row : rows) {
        QRectF rect = m_model->box(row).rect;
        if ((m_drag == Drag::Moving || m_drag == Drag::Resizing) && row == m_dragRow)
            rect = m_dragRect;
        const QRectF shown = toWidget(rect);
        const bool selected = m_selection.contains(row);
        painter.setPen(selected ? QPen(QColor(0xD0, 0x10, 0x10), 2) : QPen(Qt::black, 1));
        painter.setBrush(QColor(0, 0, 0, selected ? 110 : 160));
        painter.drawRect(shown);
        if (selected && m_selection.size() == 1) {
            painter.setBrush(Qt::white);
            painter.setPen(QPen(QColor(0xD0, 0x10, 0x10), 1));
            for (const QPointF &corner :
                 { shown.topLeft(), shown.topRight(), shown.bottomLeft(), shown.bottomRight(),
                   QPointF(shown.center().x(), shown.top()), QPointF(shown.center().x(), shown.bottom()),
                   QPointF(shown.left(), shown.center().y()), QPointF(shown.right(), shown.center().y()) })
                painter.drawRect(QRectF(corner - QPointF(HandleRadius, HandleRadius),
                                        QSizeF(2 * HandleRadius, 2 * HandleRadius)));
        }
    }
    if (m_drag == Drag::Drawing) {
        painter.setPen(QPen(QColor(0xD0, 0x10, 0x10), 1, Qt::DashLine));
        painter.setBrush(QColor(0, 0, 0, 90));
        painter.drawRect(toWidget(m_dragRect));
    }
}

int RedactionOverlay::boxAt(const QPointF &point) const
{
    const QPointF p = toPage(point);
    const QList<int> rows = m_model->rowsOnPage(m_view->currentPage());
    // The last drawn lies on top: look from the end.
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        if (m_model->box(*it).rect.contains(p))
            return *it;
    return -1;
}

int RedactionOverlay::handleAt(const QPointF &point, int *row) const
{
    *row = -1;
    if (m_selection.size() != 1)
        return None;
    const int selected = m_selection.first();
    if (selected >= m_model->rowCount() || m_model->box(selected).page != m_view->currentPage())
        return None;
    const QRectF r = toWidget(m_model->box(selected).rect);
    if (!r.adjusted(-GrabDistance, -GrabDistance, GrabDistance, GrabDistance).contains(point))
        return None;
    int edges = None;
    if (qAbs(point.x() - r.left()) <= GrabDistance)
        edges |= Left;
    else if (qAbs(point.x() - r.right()) <= GrabDistance)
        edges |= Right;
    if (qAbs(point.y() - r.top()) <= GrabDistance)
        edges |= Top;
    else if (qAbs(point.y() - r.bottom()) <= GrabDistance)
        edges |= Bottom;
    if (edges != None)
        *row = selected;
    return edges;
}

int RedactionOverlay::suggestionAt(const QPointF &point) const
{
    const QPointF p = toPage(point);
    for (int i = int(m_suggestions.size()) - 1; i >= 0; --i)
        if (m_suggestions.at(i).page == m_view->currentPage() && m_suggestions.at(i).rect.contains(p))
            return i;
    return -1;
}

QRectF RedactionOverlay::clampToPage(QRectF rect) const
{
    const QSizeF size = m_view->pageSize(m_view->currentPage());
    return rect.normalized().intersected(QRectF(QPointF(0, 0), size));
}

void RedactionOverlay::updateCursor(const QPointF &point)
{
    int row = -1;
    const int edges = handleAt(point, &row);
    if (edges == (Left | Top) || edges == (Right | Bottom))
        setCursor(Qt::SizeFDiagCursor);
    else if (edges == (Right | Top) || edges == (Left | Bottom))
        setCursor(Qt::SizeBDiagCursor);
    else if (edges == Left || edges == Right)
        setCursor(Qt::SizeHorCursor);
    else if (edges == Top || edges == Bottom)
        setCursor(Qt::SizeVerCursor);
    else if (boxAt(point) >= 0)
        setCursor(Qt::SizeAllCursor);
    else if (suggestionAt(point) >= 0)
        setCursor(Qt::PointingHandCursor);
    else
        setCursor(Qt::CrossCursor);
}

void RedactionOverlay::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_view->hasDocument()) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const QPointF point = event->position();
    m_pressPoint = point;
    int row = -1;
    if (const int edges = handleAt(point, &row); edges != None) {
        m_drag = Drag::Resizing;
        m_dragRow = row;
        m_dragEdges = edges;
        m_dragRect = m_model->box(row).rect;
        return;
    }
    row = boxAt(point);
    if (row >= 0) {
        QList<int> rows = m_selection;
        if (event->modifiers() & Qt::ControlModifier) {
            if (rows.contains(row))
                rows.removeAll(row);
            else
                rows << row;
        } else {
            rows = { row };
        }
        Q_EMIT selectionRequested(rows);
        if (!(event->modifiers() & Qt::ControlModifier)) {
            m_drag = Drag::Moving;
            m_dragRow = row;
            m_dragRect = m_model->box(row).rect;
        }
        return;
    }
    if (const int suggestion = suggestionAt(point); suggestion >= 0) {
        Q_EMIT suggestionClicked(suggestion);
        return;
    }
    Q_EMIT selectionRequested({});
    m_drag = Drag::Drawing;
    m_dragRect = QRectF(toPage(point), QSizeF());
    update();
}

void RedactionOverlay::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF point = event->position();
    if (m_drag == Drag::Nothing) {
        updateCursor(point);
        return;
    }
    const QPointF page = toPage(point);
    const QPointF pressed = toPage(m_pressPoint);
    const QSizeF size = m_view->pageSize(m_view->currentPage());
    if (m_drag == Drag::Drawing) {
        m_dragRect = QRectF(pressed, page).normalized();
    } else if (m_drag == Drag::Moving) {
        QRectF moved = m_model->box(m_dragRow).rect.translated(page - pressed);
        // Kept whole on the page: moved against an edge, it stops there.
        moved.moveLeft(qBound(0.0, moved.left(), qMax(0.0, size.width() - moved.width())));
        moved.moveTop(qBound(0.0, moved.top(), qMax(0.0, size.height() - moved.height())));
        m_dragRect = moved;
    } else if (m_drag == Drag::Resizing) {
        QRectF r = m_model->box(m_dragRow).rect;
        if (m_dragEdges & Left)
            r.setLeft(page.x());
        if (m_dragEdges & Right)
            r.setRight(page.x());
        if (m_dragEdges & Top)
            r.setTop(page.y());
        if (m_dragEdges & Bottom)
            r.setBottom(page.y());
        m_dragRect = clampToPage(r);
    }
    update();
}

void RedactionOverlay::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_drag == Drag::Nothing) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = m_drag;
    m_drag = Drag::Nothing;
    const double moved = QLineF(m_pressPoint, event->position()).length();
    const QRectF rect = clampToPage(m_dragRect);
    const bool bigEnough
        = rect.width() >= Redactor::MinimumBoxPoints && rect.height() >= Redactor::MinimumBoxPoints;
    if (drag == Drag::Drawing && moved >= MinimumDrag && bigEnough) {
        RedactionBox box;
        box.page = m_view->currentPage();
        box.rect = rect;
        box.source = RedactionSource::Box;
        box.ground = m_ground;
        box.reason = m_reason;
        m_model->addBox(box);
        Q_EMIT selectionRequested({ m_model->rowCount() - 1 });
    } else if ((drag == Drag::Moving || drag == Drag::Resizing) && moved >= 1.0 && bigEnough) {
        m_model->setRect(m_dragRow, rect);
    }
    m_dragRow = -1;
    update();
    updateCursor(event->position());
}

} // namespace dsr

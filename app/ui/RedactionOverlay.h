#pragma once
// What lies over the page in the redaction workspace: the draft's boxes on the page shown (black,
// half see-through so that the clerk still sees what is under them; the selected ones outlined
// with handles) and the suggestions not yet accepted (dashed). With the mouse: drag on an empty
// spot to draw a box, click a box to select it (Ctrl adds), drag it to move it, drag a handle to
// resize it, click a suggestion to pick it. Every change goes to the RedactionBoxModel as one
// undoable step when the mouse is released.

#include "documents/Redaction.h"

#include <QList>
#include <QPointer>
#include <QWidget>

namespace dsr {

class PdfPageView;
class RedactionBoxModel;

class RedactionOverlay : public QWidget
{
    Q_OBJECT
public:
    RedactionOverlay(PdfPageView *view, RedactionBoxModel *model);

    // The ground and reason a newly drawn box gets.
    void setNewBoxDefaults(const QString &ground, const QString &reason);
    // The boxes selected (rows of the model), as the list beside the page shows them.
    void setSelection(const QList<int> &rows);
    const QList<int> &selection() const { return m_selection; }
    // Suggestions to draw dashed (any page; those of the page shown are drawn), and the one picked.
    void setSuggestions(const QList<RedactionBox> &suggestions);
    void setCurrentSuggestion(int index);

    // The page coordinates (points) of the page shown for a point of this widget.
    QPointF toPage(const QPointF &point) const;
    QRectF toWidget(const QRectF &pageRect) const;

Q_SIGNALS:
    // The person clicked boxes: the rows they now want selected.
    void selectionRequested(const QList<int> &rows);
    void suggestionClicked(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum Edge { None = 0, Left = 1, Top = 2, Right = 4, Bottom = 8 };
    enum class Drag { Nothing, Drawing, Moving, Resizing };
    // The row of the topmost box of the page shown under `point`, or -1.
    int boxAt(const QPointF &point) const;
    // The edges of the selected box whose handle is under `point` (Edge flags), and its row.
    int handleAt(const QPointF &point, int *row) const;
    int suggestionAt(const QPointF &point) const;
    QRectF clampToPage(QRectF pageRect) const;
    void updateCursor(const QPointF &point);

    PdfPageView *m_view;
    RedactionBoxModel *m_model;
    QString m_ground;
    QString m_reason;
    QList<int> m_selection;
    QList<RedactionBox> m_suggestions;
    int m_currentSuggestion = -1;

    Drag m_drag = Drag::Nothing;
    QPointF m_pressPoint; // widget coordinates
    int m_dragRow = -1;
    int m_dragEdges = None;
    QRectF m_dragRect; // page points: the box as it is being drawn, moved or resized
};

} // namespace dsr

#include "InputHold.h"

#include <QGuiApplication>

namespace dsr {

InputHold::~InputHold()
{
    if (m_held)
        QGuiApplication::restoreOverrideCursor();
}

void InputHold::hold(const QList<QWidget *> &widgets)
{
    release();
    for (QWidget *widget : widgets) {
        widget->setEnabled(false);
        m_widgets.append(widget);
    }
    QGuiApplication::setOverrideCursor(Qt::BusyCursor);
    m_held = true;
}

void InputHold::release()
{
    if (!m_held)
        return;
    for (const QPointer<QWidget> &widget : std::as_const(m_widgets))
        if (widget)
            widget->setEnabled(true);
    m_widgets.clear();
    QGuiApplication::restoreOverrideCursor();
    m_held = false;
}

} // namespace dsr

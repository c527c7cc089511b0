#include "InactivityTimer.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace dsr {

InactivityTimer::InactivityTimer(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &InactivityTimer::timeout);
}

InactivityTimer::~InactivityTimer()
{
    deactivate();
}

void InactivityTimer::setInactivityTimeout(int milliseconds)
{
    m_timer->setInterval(milliseconds);
    if (m_active)
        m_timer->start();
}

int InactivityTimer::inactivityTimeout() const
{
    return m_timer->interval();
}

void InactivityTimer::activate()
{
    if (!m_active) {
        qApp->installEventFilter(this);
        m_active = true;
    }
    m_timer->start();
}

void InactivityTimer::deactivate()
{
    if (m_active) {
        qApp->removeEventFilter(this);
        m_active = false;
    }
    m_timer->stop();
}

bool InactivityTimer::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::InputMethod: // Japanese input arrives through the input method, not as key presses
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
        // Restarting a running timer is cheap; no need to rate-limit mouse moves.
        m_timer->start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void InactivityTimer::timeout()
{
    // Stop watching until the owner re-activates us after unlocking: input on the lock screen
    // must not re-arm a lock that is already in place.
    deactivate();
    Q_EMIT inactivityDetected();
}

} // namespace dsr

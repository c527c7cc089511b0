#pragma once
// Detects that nobody has used the program for a while, after KeePassXC's InactivityTimer: an
// application-wide event filter restarts a single-shot timer on every key, mouse and wheel event,
// so input anywhere — main window, dialogs, menus — counts as activity.

#include <QObject>

class QTimer;

namespace dsr {

class InactivityTimer : public QObject
{
    Q_OBJECT
public:
    explicit InactivityTimer(QObject *parent = nullptr);
    ~InactivityTimer() override;

    void setInactivityTimeout(int milliseconds);
    int inactivityTimeout() const;
    void activate();
    void deactivate();
    bool isActive() const { return m_active; }

Q_SIGNALS:
    void inactivityDetected();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void timeout();

    QTimer *m_timer;
    bool m_active = false;
};

} // namespace dsr

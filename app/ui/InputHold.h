#pragma once
// The inputs of a dialog held while its work runs on a worker thread (BackgroundTask): disabled,
// with the busy cursor over the program, and given back when the work is over — or when the
// dialog goes first, so the cursor never stays busy.

#include <QList>
#include <QPointer>
#include <QWidget>

namespace dsr {

class InputHold
{
public:
    InputHold() = default;
    ~InputHold();
    InputHold(const InputHold &) = delete;
    InputHold &operator=(const InputHold &) = delete;

    // Disables `widgets` and shows the busy cursor; the previous hold, if any, is released first.
    void hold(const QList<QWidget *> &widgets);
    // Enables them again and restores the cursor.
    void release();
    bool isHeld() const { return m_held; }

private:
    QList<QPointer<QWidget>> m_widgets;
    bool m_held = false;
};

} // namespace dsr

#pragma once
// What the main window shows instead of its pages while locked: who is signed in and a password
// field. The window decides what the password unlocks; this widget only asks for it.

#include <QWidget>
#include <memory>

namespace Ui {
class LockWidget;
}

namespace dsr {

class LockWidget : public QWidget
{
    Q_OBJECT
public:
    explicit LockWidget(QWidget *parent = nullptr);
    ~LockWidget() override;

    void setUser(const QString &displayName, const QString &login);
    QString password() const;
    // Clears the password and any message, ready for the next lock.
    void reset();
    void showError(const QString &message);
    void focusPassword();

Q_SIGNALS:
    void unlockRequested();
    void logOutRequested();

private:
    std::unique_ptr<Ui::LockWidget> m_ui;
};

} // namespace dsr

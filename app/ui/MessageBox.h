#pragma once
// Message boxes through one door, so tests can answer them instead of blocking on a modal loop
// (STYLE.md practice 4, after KeePassXC's MessageBox). Production code calls these statics;
// a test calls setNextAnswer() first and the next box returns that answer without showing.

#include <QMessageBox>
#include <QString>

namespace dsr {

class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button critical(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget *parent, const QString &title, const QString &text,
                          Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button information(QWidget *parent, const QString &title, const QString &text,
                              Buttons buttons = QMessageBox::Ok,
                              Button defaultButton = QMessageBox::NoButton);
    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::NoButton);
    static void about(QWidget *parent, const QString &title, const QString &text);

    // Test seam: the next box is not shown and returns `answer`.
    static void setNextAnswer(Button answer);
    // Test seam: the text of the last box, shown or answered.
    static QString lastText();

private:
    static Button show(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text,
                       Buttons buttons, Button defaultButton);
};

} // namespace dsr

#pragma once
// Settings ▸ Display: how this desk writes dates (UiText::DateStyle). A per-desk preference, kept
// in QSettings like the language: it is a matter of one clerk's reading, it changes nothing stored
// (the database, dsrctl --json and the letters keep their own formats), and it must be available
// to every clerk, not only to administrators who may change organisation settings. The same
// choice is offered in Help ▸ Dates for those who do not see this page.

#include <QWidget>

class QComboBox;
class QLabel;

namespace dsr {

class DisplayTab : public QWidget
{
    Q_OBJECT
public:
    explicit DisplayTab(QWidget *parent = nullptr);

    // Keeps the preference for this desk and applies it to the window at once.
    static void applyDateStyle(const QString &styleId);
    // Shows the style in force (chosen meanwhile in Help ▸ Dates).
    void showCurrentStyle();

Q_SIGNALS:
    void dateStyleChanged();

private:
    void showExample();

    QComboBox *m_dateStyle;
    QLabel *m_example;
};

} // namespace dsr

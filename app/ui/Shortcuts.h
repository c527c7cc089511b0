#pragma once
// The window's keyboard shortcuts in one place, so that no two clash and the manual's table
// (README "Keyboard") matches the code. A key that acts on a page belongs to a button of that page:
// a hidden page's buttons do not answer, so the same key may serve two pages that never show
// together (approving a request in 承認待ち, approving a letter draft in 文書). Tooltips write
// the key with UiText::withShortcut.

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>

namespace dsr::Shortcuts {

// File ▸ New request: from any window of the desk.
inline QKeySequence newRequest()
{
    return QKeySequence::New;
} // Ctrl+N
// The page's search box (register, members, letter register).
inline QKeySequence find()
{
    return QKeySequence::Find;
} // Ctrl+F
// Open the selected request (register, approvals); Enter on the list does the same.
inline QKeySequence open()
{
    return QKeySequence::Open;
} // Ctrl+O
// Approve: a request at the chief's step, or a letter draft.
inline QKeySequence approve()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
}
// Return (send back) a draft decision to the clerk.
inline QKeySequence sendBack()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
}
// Issue the selected approved letter.
inline QKeySequence issueLetter()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I);
}
// Letter register: print every issued, unprinted letter as one job (一括印刷).
inline QKeySequence printUnprinted()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
}

// Gives `button` the key: it clicks the button as the mouse would, while the button shows and is
// enabled (a hidden page's or a disabled button's key does not answer). A QShortcut of the button
// rather than QAbstractButton::setShortcut, which would take the place of the button's mnemonic
// (Alt+A of "&Approve…").
inline QShortcut *bind(QPushButton *button, const QKeySequence &keys)
{
    auto *shortcut = new QShortcut(keys, button);
    shortcut->setObjectName(button->objectName() + QStringLiteral("Shortcut"));
    QObject::connect(shortcut, &QShortcut::activated, button, &QPushButton::animateClick);
    return shortcut;
}

// A context menu's entry for a page's button: its text, its state and its key shown; choosing it
// clicks the button. The menu is built for one click, so the key stays the button's alone.
inline QAction *addButtonAction(QMenu &menu, QPushButton *button, const QKeySequence &keys = {})
{
    QAction *a = menu.addAction(button->text());
    a->setObjectName(button->objectName() + QStringLiteral("Action"));
    a->setShortcut(keys);
    a->setEnabled(button->isEnabled());
    QObject::connect(a, &QAction::triggered, button, &QPushButton::click);
    return a;
}

} // namespace dsr::Shortcuts

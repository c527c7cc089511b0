#pragma once
// How the window writes a letter's register entry: its kind by title, its number (or that it
// has none yet), and one line on where it stands — mailed how and when, returned, voided and why,
// whom it replaces. Shared by the letter register, the request's Letters tab and the letter window.

#include "model/Letter.h"

#include <QCoreApplication>
#include <QString>

namespace dsr {

class LetterText
{
    Q_DECLARE_TR_FUNCTIONS(LetterText)
public:
    // 開示決定通知書 for "disclosure"; the id itself for a kind this version does not know.
    static QString kindTitle(const QString &kindId);
    // The translated name of the kind, for tooltips and dialogs.
    static QString kindName(const QString &kindId);
    // 長共総第12号, or "(no number yet)" before issue.
    static QString number(const Letter &letter);
    // "Simple registered mail 123-45-67890-1, 2025-04-03" …; empty when there is nothing to add.
    static QString details(const Letter &letter);
};

} // namespace dsr

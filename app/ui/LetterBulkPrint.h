#pragma once
// 一括印刷: several issued letters printed as ONE print job — one print dialog, one pile from the
// printer, in the register's order — each letter exactly as stored (LetterRegister::pdf, an
// audited read) and a partial disclosure followed by its redacted copies, as LetterWindow prints
// it. Only after the job was accepted whole is each letter whose state printing moves recorded as
// printed through LetterLifecycleService (audited); a cancelled dialog reads and records nothing,
// a failed job records nothing.

#include "Result.h"
#include "model/Letter.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QWidget;

namespace dsr {

struct Session;

class LetterBulkPrint
{
    Q_DECLARE_TR_FUNCTIONS(LetterBulkPrint)
public:
    struct Outcome
    {
        bool cancelled = false;
        QString error; // nothing was recorded: the job failed or a letter could not be read
        int letters = 0; // letters in the job
        int pages = 0; // pages sent to the printer
        QList<Letter> recorded; // recorded as printed (their new state)
        QStringList notRecorded; // printed, but the record was refused (why, per letter)
    };

    // Issued letters only are printed (the others are skipped before the dialog).
    static Outcome print(Session &session, const QList<Letter> &letters, QWidget *parent);
    // The letters of the register that are issued and not yet printed, in the register's order.
    static Result<QList<Letter>> unprinted(Session &session);
};

} // namespace dsr

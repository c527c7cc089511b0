#pragma once
// One issued letter in a window of its own: its document number, kind and state over the stored
// PDF as LetterViewer shows it (the same bytes that print). Reading the bytes is audited
// (LetterRegister::pdf). Printing a letter that was issued and not yet printed records it as
// printed (LetterLifecycleService::markPrinted); a reprint records nothing new.

#include "Result.h"
#include "model/Letter.h"

#include <QDialog>
#include <memory>

namespace Ui {
class LetterWindow;
}

namespace dsr {

class LetterViewer;
struct Session;

class LetterWindow : public QDialog
{
    Q_OBJECT
public:
    explicit LetterWindow(Session &session, QWidget *parent = nullptr);
    ~LetterWindow() override;

    // Reads the letter and its stored PDF (an audited read) and shows them.
    Status showLetter(qint64 letterId);
    // A letter not yet issued: the draft as it would be issued, marked 「案」 (not printable).
    Status showDraft(const Letter &letter);
    const Letter &letter() const { return m_letter; }
    LetterViewer *viewer() const;

public Q_SLOTS:
    // The print dialog, then the pages; true when the whole letter was printed.
    bool print();

Q_SIGNALS:
    // The letter's state changed here (printed): lists showing it refresh.
    void letterChanged(qint64 letterId);

private:
    void showHeader();
    // A partial disclosure's letter: the redacted copies print after it.
    void attachRedactedCopies();

    std::unique_ptr<Ui::LetterWindow> m_ui;
    Session &m_session;
    Letter m_letter;
    QString m_copiesNote;
};

} // namespace dsr

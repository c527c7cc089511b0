#pragma once
// The letter register (文書番号簿): every letter with its document number, date, kind, addressee,
// request and state — voided numbers stay as 欠番 — filtered by fiscal year, kind, state and text,
// exported as CSV. The buttons take the selected letter through its life as its state allows:
// view and print the stored PDF (printing an issued letter records it), mailed, returned
// undeliverable, void, issue again; a chief approves a procedural draft, a clerk issues it. With
// a request id the same page is that request's Letters tab, where letters are also written.
// Every step is one call to a letter service with the signed-in actor; refusals are shown as worded.

#include "LetterActionDialog.h"
#include "LetterRegisterModel.h"
#include "model/Letter.h"
#include "model/LetterQuery.h"
#include "model/Request.h"
#include "services/LetterRegister.h"

#include <QWidget>
#include <memory>
#include <optional>

class QTableView;
class QTimer;

namespace Ui {
class LettersPage;
}

namespace dsr {

struct LetterBatchOutcome;

class LetterWindow;
struct Session;

class LettersPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int SearchDelayMs = 250;
    enum Column {
        NumberColumn = LetterRegisterModel::NumberColumn,
        DateColumn = LetterRegisterModel::DateColumn,
        KindColumn = LetterRegisterModel::KindColumn,
        AddresseeColumn = LetterRegisterModel::AddresseeColumn,
        ReceiptColumn = LetterRegisterModel::ReceiptColumn,
        StateColumn = LetterRegisterModel::StateColumn,
        DetailsColumn = LetterRegisterModel::DetailsColumn
    };

    // `requestId` 0: the whole register with its filters; otherwise that request's letters.
    explicit LettersPage(Session &session, qint64 requestId = 0, QWidget *parent = nullptr);
    ~LettersPage() override;

    qint64 requestId() const { return m_requestId; }
    // The request as its view read it last (the Letters tab): writing a letter starts from it.
    void setRequest(const Request &request);
    LetterQuery query() const;
    // The letters loaded so far (the model fetches further pages as the view scrolls).
    const QList<Letter> &letters() const { return m_model->letters(); }
    QTableView *table() const;
    LetterRegisterModel *model() const { return m_model; }
    bool selectLetter(qint64 letterId);
    qint64 selectedLetterId() const;
    std::optional<Letter> selectedLetter() const;
    // Every selected letter, in the register's order (the table selects several for printing).
    QList<Letter> selectedLetters() const;
    // Shows the stored letter in a window of its own (an audited read); nullptr when refused.
    LetterWindow *openLetter(qint64 letterId);

public Q_SLOTS:
    // Reads the register again and keeps the selection.
    void refresh();
    void viewSelected();
    void printSelected();
    void mailSelected();
    void returnSelected();
    void voidSelected();
    void reissueSelected();
    void approveSelected();
    void issueSelected();
    void exportCsv();
    // 一括印刷: every issued letter not printed yet, as one print job; each recorded as printed
    // once the job was accepted (LetterBulkPrint). Register only.
    void printUnprinted();
    // The selected letters as one print job (the table's context menu).
    void printSelectedLetters();
    // The decision letters of every decided request without one, as a batch (clerks).
    void issueDecided();
    // Shows only the letters in `state`, the other filters cleared (the approval inbox opens the
    // drafts this way, the home page the letters to print, to mail and returned).
    void showState(LetterState state);
    void writeLetter();

Q_SIGNALS:
    // Letters of the request changed here (and maybe the request: mailing notifies it).
    void lettersChanged(qint64 requestId);
    void openRequestRequested(qint64 requestId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showBatchOutcome(const LetterBatchOutcome &outcome);
    void printLetters(const QList<Letter> &letters);
    void showContextMenu(const QPoint &pos);
    void fillFilters();
    // Reads the letters the filters select (the years offered stay as they are).
    void applyFilters();
    void reloadFiscalYears();
    void showCount();
    void updateButtons();
    void showMessage(const QString &message);
    void letterStep(LetterActionDialog::Action action);
    void changed(qint64 requestId);
    bool canIssue() const;

    std::unique_ptr<Ui::LettersPage> m_ui;
    Session &m_session;
    qint64 m_requestId;
    Request m_request;
    LetterRegisterModel *m_model;
    QTimer *m_searchTimer;
};

} // namespace dsr

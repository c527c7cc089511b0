#pragma once
// What a batch of letters came to, shown when it is over: every letter issued (document number,
// receipt number, kind) and every one refused with the service's reason — a missing setting is
// named — so that a refusal cannot pass unseen behind the register's refresh. The list can be
// copied or saved as a text file for whoever fixes the setting.

#include "LetterBatchTask.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace dsr {

class LetterBatchResultDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { ResultColumn, NumberColumn, ReceiptColumn, KindColumn, ReasonColumn, ColumnCount };

    explicit LetterBatchResultDialog(const LetterBatchOutcome &outcome, QWidget *parent = nullptr);

    // The summary line, then one line per letter, tab-separated: what Copy and Save write.
    QString text() const;
    QString summary() const;
    QTableWidget *table() const { return m_table; }

public Q_SLOTS:
    void copyToClipboard();
    void saveAsText();

private:
    LetterBatchOutcome m_outcome;
    QLabel *m_summary;
    QLabel *m_message;
    QTableWidget *m_table;
};

} // namespace dsr

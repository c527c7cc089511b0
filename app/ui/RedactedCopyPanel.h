#pragma once
// The redacted copies of a request beside its decision (issue 12): the approver reads the copy
// the member will get — the stored bytes, as they print — next to the partial-disclosure
// decision that lists what it withholds. One copy per document (the newest), picked from a list;
// a copy is read (an audited act) only when it is shown.

#include "services/DisclosureService.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace dsr {

class LetterViewer;
struct Session;

class RedactedCopyPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RedactedCopyPanel(Session &session, QWidget *parent = nullptr);

    // The newest copy of each of the request's documents; none for 0. Returns how many.
    int setRequest(qint64 requestId, const QString &receiptNo);
    int copyCount() const { return int(m_copies.size()); }
    // Reads and shows the copy picked, unless it is already shown.
    void showPicked();
    LetterViewer *viewer() const { return m_viewer; }

private:
    Session &m_session;
    QString m_receiptNo;
    QList<RedactedCopyRecord> m_copies;
    qint64 m_shown = 0;
    QComboBox *m_picker;
    QLabel *m_label;
    LetterViewer *m_viewer;
};

} // namespace dsr

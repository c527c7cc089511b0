#pragma once
// The request's disclosure documents (開示文書, issue 12): the records to hand over, as the
// divisions sent them (PDF, PNG, JPEG, multi-page TIFF), each with its redacted copy once one is
// made. "Add document…" stores a file (refused when it cannot be opened: encrypted, damaged, not a
// document); "Redact…" opens the redaction window; the copy of the selected document shows beside
// the list — the bytes stored and printed — and prints from there. Every content shown is an
// audited read (DisclosureService).

#include "Result.h"
#include "services/DisclosureService.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dsr {

class ErrorLabel;
class LetterViewer;
class RedactionWindow;
struct Session;

class DisclosurePage : public QWidget
{
    Q_OBJECT
public:
    DisclosurePage(Session &session, qint64 requestId, QWidget *parent = nullptr);
    ~DisclosurePage() override;

    // The request's receipt number and member (the requester, whose name is never suggested).
    void setRequest(const QString &receiptNo, qint64 memberId, bool open);
    Status refresh();
    const QList<DisclosureDocument> &documents() const { return m_documents; }
    const QList<RedactedCopyRecord> &copies() const { return m_copies; }
    // Selects the document (1-based number on the request); false when there is none.
    bool selectDocument(int number);
    RedactionWindow *redactionWindow() const;
    LetterViewer *copyViewer() const { return m_viewer; }

public Q_SLOTS:
    void addDocument();
    void redactSelected();

Q_SIGNALS:
    void disclosureChanged();

private:
    int selectedRow() const;
    void showSelected();
    void updateButtons();
    // The newest copy of a document, if any.
    const RedactedCopyRecord *latestCopy(qint64 documentId) const;

    Session &m_session;
    qint64 m_requestId;
    QString m_receiptNo;
    qint64 m_memberId = 0;
    bool m_open = true;
    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_redactButton;
    QLabel *m_copyLabel;
    LetterViewer *m_viewer;
    ErrorLabel *m_errorLabel;
    QList<DisclosureDocument> m_documents;
    QList<RedactedCopyRecord> m_copies;
    qint64 m_shownCopy = 0;
    QPointer<RedactionWindow> m_window;
};

} // namespace dsr

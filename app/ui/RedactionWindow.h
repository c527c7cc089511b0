#pragma once
// The redaction window of one disclosure document (issue 12): the workspace (thumbnails, page,
// boxes, suggestions) with what makes it part of a request — the draft loaded from and saved to
// the request (versioned: a draft saved meanwhile at another desk is not overwritten), the names of
// the other members offered as suggestions, and the export that burns the boxes into a copy made
// of pixels, proves it and stores it on the request with its log (DisclosureService). Closing with
// unsaved boxes asks first.

#include "Result.h"
#include "services/DisclosureService.h"

#include <QMainWindow>

class QLabel;
class QSpinBox;

namespace dsr {

class ErrorLabel;
class RedactionWorkspace;
struct Session;

class RedactionWindow : public QMainWindow
{
    Q_OBJECT
public:
    RedactionWindow(Session &session, const DisclosureDocument &document, const QString &receiptNo,
                    qint64 memberId, QWidget *parent = nullptr);
    ~RedactionWindow() override;

    // Reads the document and its latest draft (audited reads); false with the reason shown.
    Status load();
    RedactionWorkspace *workspace() const { return m_workspace; }
    int draftVersion() const { return m_version; }
    const DisclosureDocument &document() const { return m_document; }
    // The copy made by the last export, if any.
    const std::optional<RedactedCopyRecord> &lastCopy() const { return m_lastCopy; }

public Q_SLOTS:
    // Saves the boxes as the next version of the draft; false (with the reason shown) when
    // refused, e.g. because another desk saved a newer one.
    bool saveDraft();
    // Saves the draft, then makes the redacted copy on a worker thread and stores it.
    void exportCopy();

Q_SIGNALS:
    // A draft was saved or a copy stored: the request's lists refresh.
    void disclosureChanged();
    void exportFinished(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void updateTitle();
    void showStatus();

    Session &m_session;
    DisclosureDocument m_document;
    QString m_receiptNo;
    qint64 m_memberId;
    RedactionWorkspace *m_workspace;
    ErrorLabel *m_errorLabel;
    QLabel *m_statusLabel;
    QSpinBox *m_dpiSpin;
    QAction *m_saveAction;
    QAction *m_exportAction;
    QByteArray m_bytes;
    int m_version = 0;
    QString m_savedBy;
    QDateTime m_savedAt;
    std::optional<RedactedCopyRecord> m_lastCopy;
    bool m_exporting = false;
};

} // namespace dsr

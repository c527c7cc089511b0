#pragma once
// Shows one attachment where the clerk reads it, in the one page view (PdfPageView): a PDF page by
// page, a PNG or JPEG scan as a one-page document, both zoomable and scrollable. It shows bytes it
// is given; reading them (an audited act) is the caller's business.

#include "PdfPageView.h"

namespace dsr {

class AttachmentPreview : public PdfPageView
{
    Q_OBJECT
public:
    explicit AttachmentPreview(QWidget *parent = nullptr);
    ~AttachmentPreview() override;

    // Shows the content by its MIME type (application/pdf, image/png, image/jpeg) once the document
    // checker's child has opened it under its limits (core/documents/DocumentCheck), otherwise the
    // refusal, which calls the file `name`. The check runs off the GUI thread ("Opening…" is shown
    // meanwhile), so a file that takes the child to its time limit never freezes the window; a
    // file chosen meanwhile replaces it.
    void showContent(const QString &mimeType, const QByteArray &content, const QString &name);
    // Shows the placeholder; a check still running for an earlier file is dropped when it ends.
    void clear();
    // Whether a check is still running for the file last given (tests wait for it).
    bool isOpening() const { return m_opening; }

Q_SIGNALS:
    // The file last given is shown, or its refusal is.
    void opened();

private:
    void show(quint64 serial, const QString &mimeType, const QByteArray &content, const QString &refusal);

    quint64 m_serial = 0;
    bool m_opening = false;
};

} // namespace dsr

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
    // checker's child has opened it under its limits; otherwise the refusal, which calls the file
    // `name`.
    void showContent(const QString &mimeType, const QByteArray &content, const QString &name);
};

} // namespace dsr

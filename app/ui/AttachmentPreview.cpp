#include "AttachmentPreview.h"

#include "documents/DocumentCheck.h"

namespace dsr {

AttachmentPreview::AttachmentPreview(QWidget *parent)
    : PdfPageView(parent)
{
    setPlaceholderText(tr("Select a file to see it here."));
    clear();
}

AttachmentPreview::~AttachmentPreview() = default;

void AttachmentPreview::showContent(const QString &mimeType, const QByteArray &content, const QString &name)
{
    // Opened in the checker's child under its limits first: files stored before intake checked
    // them, or changed in the database since, cost a message here, never a hang of the window.
    if (auto checked = DocumentCheck::inspect(content, name); !checked) {
        showMessage(checked.error().message);
        return;
    }
    if (mimeType == QLatin1String("application/pdf")) {
        setPdf(content);
        return;
    }
    if (!setImage(QImage::fromData(content)))
        showMessage(tr("The image cannot be read; it may be damaged."));
}

} // namespace dsr

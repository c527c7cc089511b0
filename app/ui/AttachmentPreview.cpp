#include "AttachmentPreview.h"

namespace dsr {

AttachmentPreview::AttachmentPreview(QWidget *parent)
    : PdfPageView(parent)
{
    setPlaceholderText(tr("Select a file to see it here."));
    clear();
}

AttachmentPreview::~AttachmentPreview() = default;

void AttachmentPreview::showContent(const QString &mimeType, const QByteArray &content)
{
    if (mimeType == QLatin1String("application/pdf")) {
        setPdf(content);
        return;
    }
    if (!setImage(QImage::fromData(content)))
        showMessage(tr("The image cannot be read; it may be damaged."));
}

} // namespace dsr

#include "AttachmentPreview.h"

#include "documents/DocumentCheck.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace dsr {

AttachmentPreview::AttachmentPreview(QWidget *parent)
    : PdfPageView(parent)
{
    setPlaceholderText(tr("Select a file to see it here."));
    clear();
}

AttachmentPreview::~AttachmentPreview() = default;

void AttachmentPreview::clear()
{
    ++m_serial;
    m_opening = false;
    PdfPageView::clear();
}

void AttachmentPreview::showContent(const QString &mimeType, const QByteArray &content, const QString &name)
{
    // Opened in the checker's child under its limits first: files stored before intake checked
    // them, or changed in the database since, cost a message here, never a hang of the window.
    const quint64 serial = ++m_serial;
    m_opening = true;
    showMessage(tr("Opening %1…").arg(name));
    QPointer<AttachmentPreview> self(this);
    QThreadPool::globalInstance()->start([self, serial, mimeType, content, name] {
        const Result<DocumentFacts> checked = DocumentCheck::inspect(content, name);
        const QString refusal = checked ? QString() : checked.error().message;
        // Back on the GUI thread; dropped when the view is gone or another file was chosen.
        QMetaObject::invokeMethod(
            qApp,
            [self, serial, mimeType, content, refusal] {
                if (self)
                    self->show(serial, mimeType, content, refusal);
            },
            Qt::QueuedConnection);
    });
}

void AttachmentPreview::show(quint64 serial, const QString &mimeType, const QByteArray &content,
                             const QString &refusal)
{
    if (serial != m_serial)
        return;
    m_opening = false;
    if (!refusal.isEmpty())
        showMessage(refusal);
    else if (mimeType == QLatin1String("application/pdf"))
        setPdf(content);
    else if (!setImage(QImage::fromData(content)))
        showMessage(tr("The image cannot be read; it may be damaged."));
    Q_EMIT opened();
}

} // namespace dsr

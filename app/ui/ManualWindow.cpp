#include "ManualWindow.h"

#include <QDesktopServices>
#include <QFile>
#include <QHBoxLayout>
#include <QIcon>
#include <QImage>
#include <QStyle>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace dsr {

ManualBrowser::ManualBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("manualBrowser"));
    // Links to other pages of the manual open here; a link out of it (none today) would go to the
    // system's browser rather than be rendered as a manual page.
    setOpenLinks(true);
    setOpenExternalLinks(true);
    document()->setDocumentMargin(24);
}

QVariant ManualBrowser::loadResource(int type, const QUrl &name)
{
    QVariant loaded = QTextBrowser::loadResource(type, name);
    if (type != QTextDocument::ImageResource)
        return loaded;
    QImage image;
    if (loaded.typeId() == QMetaType::QByteArray)
        image.loadFromData(loaded.toByteArray());
    else if (loaded.canConvert<QImage>())
        image = loaded.value<QImage>();
    if (image.isNull() || image.width() <= MaxImageWidth)
        return loaded;
    // Screenshots are as wide as the window; the page is narrower: scale them to fit, smoothly.
    return image.scaledToWidth(MaxImageWidth, Qt::SmoothTransformation);
}

ManualWindow::ManualWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new ManualBrowser(this))
    , m_back(new QToolButton(this))
    , m_forward(new QToolButton(this))
{
    setObjectName(QStringLiteral("manualWindow"));
    setWindowTitle(tr("DSR Desk user manual"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *home = new QToolButton(this);
    home->setText(tr("Contents"));
    home->setToolTip(tr("Back to the table of contents"));
    m_back->setText(tr("Back"));
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_back->setShortcut(QKeySequence::Back);
    m_back->setToolTip(
        tr("Back (%1)").arg(QKeySequence(QKeySequence::Back).toString(QKeySequence::NativeText)));
    m_forward->setText(tr("Forward"));
    m_forward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_forward->setShortcut(QKeySequence::Forward);
    m_forward->setToolTip(
        tr("Forward (%1)").arg(QKeySequence(QKeySequence::Forward).toString(QKeySequence::NativeText)));
    for (QToolButton *b : { m_back, m_forward })
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back->setEnabled(false);
    m_forward->setEnabled(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(home);
    bar->addWidget(m_back);
    bar->addWidget(m_forward);
    bar->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_browser);

    connect(home, &QToolButton::clicked, m_browser, &QTextBrowser::home);
    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this] {
        const QString title = m_browser->documentTitle();
        setWindowTitle(title.isEmpty() ? tr("DSR Desk user manual")
                                       : tr("%1 — DSR Desk user manual").arg(title));
    });
    m_browser->setSource(indexUrl(), QTextDocument::MarkdownResource);
    resize(1000, 800);
}

QUrl ManualWindow::indexUrl()
{
    return QUrl(QStringLiteral("qrc:/manual/index.md"));
}

void ManualWindow::openPage(const QString &page)
{
    const QString file = page.section(QLatin1Char('#'), 0, 0);
    QUrl url(QStringLiteral("qrc:/manual/") + file);
    if (page.contains(QLatin1Char('#')))
        url.setFragment(page.section(QLatin1Char('#'), 1));
    m_browser->setSource(url, QTextDocument::MarkdownResource);
}

} // namespace dsr

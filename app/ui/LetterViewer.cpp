#include "LetterViewer.h"

#include "PdfRenderer.h"
#include "PrintDialog.h"

#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>
#include <QPushButton>

namespace dsr {

LetterViewer::LetterViewer(QWidget *parent)
    : PdfPageView(parent)
    , m_printButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("letterViewer"));
    setPlaceholderText(tr("Preview the letter to see it here."));
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_printButton->setText(tr("&Print…"));
    m_printButton->setToolTip(tr("Print the letter exactly as shown (Ctrl+P)"));
    m_printButton->setShortcut(QKeySequence::Print);
    m_printButton->setAutoDefault(false);
    addToolWidget(m_printButton);
    connect(m_printButton, &QPushButton::clicked, this, &LetterViewer::printRequested);
    connect(this, &PdfPageView::documentChanged, this, &LetterViewer::updatePrintButton);
    updatePrintButton();
}

LetterViewer::~LetterViewer() = default;

bool LetterViewer::showPdf(const QByteArray &pdf, const QString &documentName)
{
    m_documentName = documentName;
    return setPdf(pdf);
}

bool LetterViewer::setAppendix(const QList<QByteArray> &pdfs, QString *error)
{
    qDeleteAll(m_appendix);
    m_appendix.clear();
    for (const QByteArray &pdf : pdfs) {
        auto *renderer = new PdfRenderer(this);
        QString message;
        if (!renderer->load(pdf, &message)) {
            delete renderer;
            qDeleteAll(m_appendix);
            m_appendix.clear();
            if (error)
                *error = message;
            return false;
        }
        m_appendix << renderer;
    }
    return true;
}

int LetterViewer::appendixPages() const
{
    int pages = 0;
    for (const PdfRenderer *r : m_appendix)
        pages += r->pageCount();
    return pages;
}

void LetterViewer::setPrintEnabled(bool enabled)
{
    m_printEnabled = enabled;
    updatePrintButton();
}

void LetterViewer::updatePrintButton()
{
    m_printButton->setVisible(m_printEnabled);
    m_printButton->setEnabled(pageCount() > 0);
}

bool LetterViewer::print(QString *error, bool *partial)
{
    if (partial)
        *partial = false;
    const int pages = pageCount();
    if (pages < 1 || !isPdf())
        return false;
    QPrinter printer(QPrinter::HighResolution);
    const QSizeF points = pageSize(0);
    // A4 letters on A4 paper: the dialog starts with the letter's own paper size.
    printer.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::FuzzyMatch));
    printer.setPageOrientation(points.width() > points.height() ? QPageLayout::Landscape
                                                                : QPageLayout::Portrait);
    printer.setFullPage(true);
    printer.setDocName(m_documentName.isEmpty() ? tr("Letter") : m_documentName);
    printer.setCreator(QStringLiteral("DSR Desk"));
    if (!PrintDialog::exec(&printer, pages, this))
        return false;
    int from = 0;
    int to = pages - 1;
    if (printer.printRange() == QPrinter::PageRange && printer.fromPage() > 0) {
        from = qBound(0, printer.fromPage() - 1, pages - 1);
        to = qBound(from, printer.toPage() > 0 ? printer.toPage() - 1 : pages - 1, pages - 1);
    }
    const bool whole = from == 0 && to == pages - 1;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    QString message;
    bool done = false;
    QPainter painter;
    if (!painter.begin(&printer)) {
        message = tr("The printer could not be started.");
    } else {
        done = renderer()->printPages(painter, &printer, from, to, false, &message);
        // What goes with the letter follows it in the same job, when the whole letter prints.
        for (int i = 0; done && whole && i < m_appendix.size(); ++i)
            done = m_appendix.at(i)->printPages(painter, &printer, 0, m_appendix.at(i)->pageCount() - 1, true,
                                                &message);
        if (!painter.end() || printer.printerState() == QPrinter::Error) {
            if (done)
                message = tr("The printer reported an error; the letter may not have been printed.");
            done = false;
        }
    }
    QGuiApplication::restoreOverrideCursor();
    if (!done) {
        if (error)
            *error = message;
        return false;
    }
    if (partial)
        *partial = !whole;
    return whole;
}

} // namespace dsr

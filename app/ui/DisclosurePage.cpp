#include "DisclosurePage.h"

#include "ErrorLabel.h"
#include "FileDialog.h"
#include "LetterViewer.h"
#include "Logging.h"
#include "RedactionWindow.h"
#include "Session.h"
#include "UiText.h"
#include "documents/SourceDocument.h"
#include "security/FileInput.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dsr {

namespace {

enum Column {
    NumberColumn,
    FileColumn,
    TypeColumn,
    PagesColumn,
    SizeColumn,
    CopyColumn,
    AddedColumn,
    ColumnCount
};

QTableWidgetItem *cell(const QString &text, const QString &toolTip = QString())
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return item;
}

} // namespace

DisclosurePage::DisclosurePage(Session &session, qint64 requestId, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_requestId(requestId)
    , m_table(new QTableWidget(this))
    , m_addButton(new QPushButton(tr("&Add document…"), this))
    , m_redactButton(new QPushButton(tr("&Redact…"), this))
    , m_copyLabel(new QLabel(this))
    , m_viewer(new LetterViewer(this))
    , m_errorLabel(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("disclosurePage"));
    m_table->setObjectName(QStringLiteral("disclosureTableWidget"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        { tr("No."), tr("File"), tr("Type"), tr("Pages"), tr("Size"), tr("Redacted copy"), tr("Added") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_addButton->setObjectName(QStringLiteral("addDisclosureButton"));
    m_addButton->setToolTip(tr("Store a record to disclose (PDF, PNG, JPEG or TIFF scan) with the request"));
    m_redactButton->setObjectName(QStringLiteral("redactButton"));
    m_redactButton->setToolTip(
        tr("Mark what is withheld in the selected document and make its redacted copy"));
    m_copyLabel->setObjectName(QStringLiteral("copyLabel"));
    m_errorLabel->setObjectName(QStringLiteral("disclosureErrorLabel"));
    m_copyLabel->setWordWrap(true);
    m_viewer->setObjectName(QStringLiteral("redactedCopyViewer"));
    m_viewer->setPlaceholderText(tr("Select a document to see its redacted copy."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_redactButton);
    buttons->addStretch(1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_errorLabel);
    leftLayout->addLayout(buttons);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_copyLabel);
    rightLayout->addWidget(m_viewer, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_addButton, &QPushButton::clicked, this, &DisclosurePage::addDocument);
    connect(m_redactButton, &QPushButton::clicked, this, &DisclosurePage::redactSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        showSelected();
        updateButtons();
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &DisclosurePage::redactSelected);
    updateButtons();
}

DisclosurePage::~DisclosurePage() = default;

RedactionWindow *DisclosurePage::redactionWindow() const
{
    return m_window.data();
}

void DisclosurePage::setRequest(const QString &receiptNo, qint64 memberId, bool open)
{
    m_receiptNo = receiptNo;
    m_memberId = memberId;
    m_open = open;
    updateButtons();
}

const RedactedCopyRecord *DisclosurePage::latestCopy(qint64 documentId) const
{
    const RedactedCopyRecord *latest = nullptr;
    for (const RedactedCopyRecord &c : m_copies)
        if (c.documentId == documentId && (!latest || c.id > latest->id))
            latest = &c;
    return latest;
}

Status DisclosurePage::refresh()
{
    DisclosureService service(m_session.database);
    auto documents = service.documents(m_session.actor, m_requestId);
    if (!documents)
        return documents.error();
    auto copies = service.redactedCopies(m_session.actor, m_requestId);
    if (!copies)
        return copies.error();
    const int selected = selectedRow() >= 0 ? m_documents.at(selectedRow()).number : 0;
    m_documents = documents.value();
    m_copies = copies.value();
    {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(int(m_documents.size()));
        for (int row = 0; row < m_documents.size(); ++row) {
            const DisclosureDocument &d = m_documents.at(row);
            m_table->setItem(row, NumberColumn, cell(QString::number(d.number)));
            m_table->setItem(row, FileColumn,
                             cell(d.fileName, tr("%1\nSHA-256: %2").arg(d.fileName, d.sha256)));
            m_table->setItem(row, TypeColumn, cell(d.mediaType.section(QLatin1Char('/'), 1).toUpper()));
            m_table->setItem(row, PagesColumn, cell(QString::number(d.pages)));
            m_table->setItem(row, SizeColumn, cell(UiText::fileSize(d.size)));
            const RedactedCopyRecord *copy = latestCopy(d.id);
            m_table->setItem(
                row, CopyColumn,
                copy ? cell(
                    tr("%n box(es), %1", nullptr, int(copy->log.size())).arg(UiText::dateTime(copy->madeAt)),
                    tr("Made by %1 at %2\nSHA-256: %3")
                        .arg(copy->madeByName, UiText::dateTime(copy->madeAt), copy->sha256))
                     : cell(tr("not yet made")));
            m_table->setItem(row, AddedColumn,
                             cell(tr("%1, %2").arg(d.addedByName, UiText::dateTime(d.addedAt))));
        }
        m_table->resizeColumnsToContents();
    }
    if (selected > 0)
        selectDocument(selected);
    else if (!m_documents.isEmpty())
        m_table->selectRow(0);
    showSelected();
    updateButtons();
    return {};
}

bool DisclosurePage::selectDocument(int number)
{
    for (int row = 0; row < m_documents.size(); ++row) {
        if (m_documents.at(row).number == number) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

int DisclosurePage::selectedRow() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    if (ranges.isEmpty() || ranges.first().topRow() >= m_documents.size())
        return -1;
    return ranges.first().topRow();
}

void DisclosurePage::showSelected()
{
    const int row = selectedRow();
    const RedactedCopyRecord *copy = row >= 0 ? latestCopy(m_documents.at(row).id) : nullptr;
    if (!copy) {
        m_shownCopy = 0;
        m_copyLabel->setText(row >= 0 ? tr("Document %1 has no redacted copy yet: open it with Redact….")
                                            .arg(m_documents.at(row).number)
                                      : QString());
        m_viewer->clear();
        return;
    }
    if (copy->id == m_shownCopy)
        return;
    // Showing the copy is a read of it (audited), as an attachment shown is.
    auto bytes = DisclosureService(m_session.database).redactedCopyContent(m_session.actor, copy->id);
    if (!bytes) {
        m_viewer->showMessage(bytes.error().message);
        return;
    }
    m_shownCopy = copy->id;
    m_copyLabel->setText(
        tr("Redacted copy of document %1: %2 pages at %3 dpi, %n box(es) withheld, made by %4 "
           "at %5.",
           nullptr, int(copy->log.size()))
            .arg(copy->documentNumber)
            .arg(copy->pages)
            .arg(copy->dpi)
            .arg(copy->madeByName, UiText::dateTime(copy->madeAt)));
    m_viewer->showPdf(bytes.value(), tr("Redacted copy %1-%2").arg(m_receiptNo).arg(copy->documentNumber));
}

void DisclosurePage::updateButtons()
{
    const bool mayChange = Permissions::allowed(m_session.actor.roles, Operation::RequestRegister);
    m_addButton->setVisible(mayChange);
    m_addButton->setEnabled(m_open);
    m_redactButton->setEnabled(selectedRow() >= 0);
    m_redactButton->setText(mayChange && m_open ? tr("&Redact…") : tr("&Show boxes…"));
}

void DisclosurePage::addDocument()
{
    m_errorLabel->clearError();
    const QString path = FileDialog::getOpenFileName(
        this, tr("Add a document to disclose for request %1").arg(m_receiptNo),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Documents and scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"));
    if (path.isEmpty())
        return;
    auto read = FileInput::read(path, SourceDocument::MaxBytes);
    if (!read) {
        m_errorLabel->showError(read.error().message);
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto added = DisclosureService(m_session.database)
                     .addDocument(m_session.actor, m_requestId, QFileInfo(path).fileName(), read.value());
    QGuiApplication::restoreOverrideCursor();
    if (!added) {
        m_errorLabel->showError(added.error().message);
        return;
    }
    qCInfo(lcUi) << "disclosure document added from the window, number" << added->number;
    if (const Status s = refresh(); !s)
        m_errorLabel->showError(s.error().message);
    selectDocument(added->number);
    Q_EMIT disclosureChanged();
}

void DisclosurePage::redactSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    if (m_window) {
        if (m_window->document().id == m_documents.at(row).id) {
            m_window->raise();
            m_window->activateWindow();
            return;
        }
        if (!m_window->close())
            return;
    }
    auto *window = new RedactionWindow(m_session, m_documents.at(row), m_receiptNo, m_memberId, this);
    window->setAttribute(Qt::WA_DeleteOnClose, true);
    if (const Status s = window->load(); !s) {
        m_errorLabel->showError(s.error().message);
        delete window;
        return;
    }
    connect(window, &RedactionWindow::disclosureChanged, this, [this] {
        if (const Status s = refresh(); !s)
            m_errorLabel->showError(s.error().message);
        Q_EMIT disclosureChanged();
    });
    m_window = window;
    window->show();
}

} // namespace dsr

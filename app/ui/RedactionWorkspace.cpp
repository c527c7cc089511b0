#include "RedactionWorkspace.h"

#include "Logging.h"
#include "PdfPageView.h"
#include "PdfRenderer.h"
#include "RedactionBoxModel.h"
#include "RedactionOverlay.h"
#include "documents/MemberNameIndex.h"
#include "documents/SourceDocument.h"
#include "model/Decision.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QThreadPool>
#include <QUndoStack>
#include <QVBoxLayout>

namespace dsr {

// One run of the detectors on the worker, which opens its own copy of the document (Poppler
// documents are not shared between threads), and the flag that stops it.
struct RedactionWorkspace::Finding
{
    std::atomic_bool cancelled { false };
    int pages = 0;
};

namespace {

QString pageList(const QList<int> &pages)
{
    QStringList numbers;
    for (const int page : pages)
        numbers << QString::number(page + 1);
    return numbers.join(QStringLiteral(", "));
}

} // namespace

RedactionWorkspace::RedactionWorkspace(QWidget *parent)
    : QWidget(parent)
    , m_model(new RedactionBoxModel(this))
    , m_view(new PdfPageView(this))
    , m_overlay(nullptr)
    , m_thumbnails(new PdfRenderer(this))
    , m_thumbnailList(new QListWidget(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("redactionWorkspace"));
    m_view->setObjectName(QStringLiteral("redactionPageView"));
    m_view->setPlaceholderText(tr("No document is open."));
    m_overlay = new RedactionOverlay(m_view, m_model);

    m_thumbnailList->setObjectName(QStringLiteral("thumbnailList"));
    m_thumbnailList->setViewMode(QListView::IconMode);
    m_thumbnailList->setFlow(QListView::TopToBottom);
    m_thumbnailList->setWrapping(false);
    m_thumbnailList->setMovement(QListView::Static);
    m_thumbnailList->setIconSize(QSize(ThumbnailWidth, ThumbnailWidth * 1414 / 1000));
    // Every page its own cell, rendered yet or not, portrait or landscape.
    m_thumbnailList->setGridSize(QSize(ThumbnailWidth + 12, ThumbnailWidth * 1414 / 1000 + 28));
    m_thumbnailList->setFixedWidth(ThumbnailWidth + 12
                                   + m_thumbnailList->verticalScrollBar()->sizeHint().width()
                                   + 2 * m_thumbnailList->frameWidth() + 4);
    QPalette grey = m_thumbnailList->palette();
    grey.setColor(QPalette::Base, QColor(0xB8, 0xB8, 0xB8));
    m_thumbnailList->setPalette(grey);
    m_thumbnailList->setToolTip(tr("Pages of the document; a page with boxes is marked ■"));

    // Fixed words on the buttons; what a step would undo or redo is in the tooltip.
    QUndoStack *undo = m_model->undoStack();
    m_undoAction = new QAction(tr("Undo"), this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = new QAction(tr("Redo"), this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    connect(m_undoAction, &QAction::triggered, undo, &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, undo, &QUndoStack::redo);
    auto updateUndo = [this, undo] {
        m_undoAction->setEnabled(undo->canUndo());
        m_redoAction->setEnabled(undo->canRedo());
        m_undoAction->setToolTip(
            undo->canUndo()
                ? tr("Undo: %1 (%2)")
                      .arg(undo->undoText(), m_undoAction->shortcut().toString(QKeySequence::NativeText))
                : tr("Nothing to undo"));
        m_redoAction->setToolTip(
            undo->canRedo()
                ? tr("Redo: %1 (%2)")
                      .arg(undo->redoText(), m_redoAction->shortcut().toString(QKeySequence::NativeText))
                : tr("Nothing to redo"));
    };
    connect(undo, &QUndoStack::indexChanged, this, updateUndo);
    connect(undo, &QUndoStack::cleanChanged, this, updateUndo);
    updateUndo();
    m_deleteAction = new QAction(tr("Delete box"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteBoxAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setToolTip(tr("Delete the selected boxes (Delete)"));
    for (QAction *action : { m_undoAction, m_redoAction, m_deleteAction }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_deleteAction, &QAction::triggered, this, &RedactionWorkspace::deleteSelected);

    m_tabs->setObjectName(QStringLiteral("redactionTabs"));
    m_tabs->addTab(buildBoxesTab(), tr("Boxes"));
    m_tabs->addTab(buildSuggestionsTab(), tr("Suggestions"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setCollapsible(0, false);
    m_tabs->setMinimumWidth(380);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_thumbnailList);
    layout->addWidget(splitter, 1);

    connect(m_thumbnailList, &QListWidget::currentRowChanged, m_view, &PdfPageView::showPage);
    connect(m_view, &PdfPageView::currentPageChanged, this, [this](int page) {
        const QSignalBlocker blocker(m_thumbnailList);
        m_thumbnailList->setCurrentRow(page);
    });
    connect(m_thumbnails, &PdfRenderer::pageRendered, this, [this](int page, double, const QImage &image) {
        QListWidgetItem *item = m_thumbnailList->item(page);
        if (!item)
            return;
        // The white sheet with a dark edge, so that it shows against the list.
        QPixmap framed(image.size() + QSize(2, 2));
        framed.fill(QColor(0x40, 0x40, 0x40));
        QPainter painter(&framed);
        painter.drawImage(QPoint(1, 1), image);
        painter.end();
        item->setIcon(QIcon(framed));
    });
    connect(m_model, &RedactionBoxModel::boxesChanged, this, [this] {
        // The pages with boxes are marked in the thumbnails.
        QSet<int> marked;
        for (const RedactionBox &b : m_model->boxes())
            marked.insert(b.page);
        for (int page = 0; page < m_thumbnailList->count(); ++page)
            m_thumbnailList->item(page)->setText(marked.contains(page) ? tr("%1 ■").arg(page + 1)
                                                                       : QString::number(page + 1));
        updateActions();
    });
    connect(m_model->undoStack(), &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    connect(m_overlay, &RedactionOverlay::selectionRequested, this, &RedactionWorkspace::selectRows);
    connect(m_overlay, &RedactionOverlay::suggestionClicked, this, [this](int index) {
        const int hit = suggestionOfOverlayIndex(index);
        if (hit >= 0)
            m_suggestionList->setCurrentRow(hit);
        m_tabs->setCurrentIndex(1);
    });
    updateActions();
}

RedactionWorkspace::~RedactionWorkspace()
{
    // The undo stack says "clean" as it is destroyed with the model: nobody is to hear it then.
    m_model->undoStack()->disconnect(this);
    disconnect(this, &RedactionWorkspace::modifiedChanged, nullptr, nullptr);
    if (m_job)
        m_job->cancelled = true;
    // The finder works on its own copy of the document and hands its result back through a
    // queued call to this object, which Qt drops once the object is gone; waiting here keeps it
    // from outliving the program's thread pool at exit.
    QThreadPool::globalInstance()->waitForDone();
}

QWidget *RedactionWorkspace::buildBoxesTab()
{
    auto *tab = new QWidget(this);
    m_boxTable = new QTableView(tab);
    m_boxTable->setObjectName(QStringLiteral("boxTable"));
    m_boxTable->setModel(m_model);
    m_boxTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_boxTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_boxTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_boxTable->verticalHeader()->hide();
    m_boxTable->horizontalHeader()->setStretchLastSection(true);
    m_boxTable->setColumnWidth(RedactionBoxModel::PageColumn, 40);
    m_boxTable->setColumnWidth(RedactionBoxModel::SourceColumn, 90);
    m_boxTable->setColumnWidth(RedactionBoxModel::GroundColumn, 140);

    auto *editor = new QGroupBox(tr("Ground and reason"), tab);
    editor->setToolTip(tr("New boxes get this ground and reason; Apply sets them on the selected boxes."));
    m_groundCombo = new QComboBox(editor);
    m_groundCombo->setObjectName(QStringLiteral("groundComboBox"));
    m_groundCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_groundCombo->setMinimumContentsLength(16);
    m_reasonEdit = new QLineEdit(editor);
    m_reasonEdit->setObjectName(QStringLiteral("reasonLineEdit"));
    m_reasonEdit->setPlaceholderText(tr("Why this part is withheld"));
    m_reasonEdit->setMaxLength(400);
    m_applyButton = new QPushButton(tr("Apply to selected boxes"), editor);
    m_applyButton->setObjectName(QStringLiteral("applyGroundButton"));
    m_sameGroundButton = new QPushButton(tr("Select all of this ground"), editor);
    m_sameGroundButton->setObjectName(QStringLiteral("selectSameGroundButton"));
    m_sameGroundButton->setToolTip(
        tr("Select every box with the ground of the current box, to set them at once"));
    auto *form = new QFormLayout(editor);
    form->addRow(tr("&Ground:"), m_groundCombo);
    form->addRow(tr("&Reason:"), m_reasonEdit);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_sameGroundButton);
    buttons->addStretch(1);
    buttons->addWidget(m_applyButton);
    form->addRow(buttons);

    auto *hint = new QLabel(
        tr("Drag on the page to draw a box; drag a box to move it, its handles to resize it."), tab);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(hint);
    layout->addWidget(m_boxTable, 1);
    layout->addWidget(editor);

    connect(m_applyButton, &QPushButton::clicked, this, &RedactionWorkspace::applyToSelected);
    connect(m_sameGroundButton, &QPushButton::clicked, this, &RedactionWorkspace::selectSameGround);
    auto defaults = [this] { m_overlay->setNewBoxDefaults(currentGround(), currentReason()); };
    connect(m_groundCombo, &QComboBox::currentIndexChanged, this, defaults);
    connect(m_reasonEdit, &QLineEdit::textChanged, this, defaults);
    connect(m_boxTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        syncOverlaySelection();
        updateActions();
    });
    connect(m_boxTable, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            m_view->showPage(m_model->box(index.row()).page);
    });
    return tab;
}

QWidget *RedactionWorkspace::buildSuggestionsTab()
{
    auto *tab = new QWidget(this);
    m_searchEdit = new QLineEdit(tab);
    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Text to find (a name, a number…)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_myNumberCheck = new QCheckBox(tr("My Numbers"), tab);
    m_myNumberCheck->setObjectName(QStringLiteral("myNumberCheckBox"));
    m_myNumberCheck->setChecked(true);
    m_phoneCheck = new QCheckBox(tr("Telephone numbers"), tab);
    m_phoneCheck->setObjectName(QStringLiteral("phoneCheckBox"));
    m_postalCheck = new QCheckBox(tr("Postal codes"), tab);
    m_postalCheck->setObjectName(QStringLiteral("postalCodeCheckBox"));
    m_namesCheck = new QCheckBox(tr("Names of other members"), tab);
    m_namesCheck->setObjectName(QStringLiteral("memberNamesCheckBox"));
    m_namesCheck->setVisible(false);
    m_findButton = new QPushButton(tr("&Find"), tab);
    m_findButton->setObjectName(QStringLiteral("findSuggestionsButton"));
    m_findButton->setToolTip(tr("Look through every page for the text and the kinds ticked"));
    m_progress = new QProgressBar(tab);
    m_progress->setObjectName(QStringLiteral("findProgressBar"));
    m_progress->setVisible(false);
    m_findStatus = new QLabel(tab);
    m_findStatus->setObjectName(QStringLiteral("findStatusLabel"));
    m_findStatus->setWordWrap(true);
    m_suggestionList = new QListWidget(tab);
    m_suggestionList->setObjectName(QStringLiteral("suggestionList"));
    m_suggestionList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_acceptButton = new QPushButton(tr("&Accept"), tab);
    m_acceptButton->setObjectName(QStringLiteral("acceptSuggestionButton"));
    m_acceptButton->setToolTip(
        tr("Make boxes of the selected suggestions, with the ground and reason set under Boxes"));
    m_rejectButton = new QPushButton(tr("Re&ject"), tab);
    m_rejectButton->setObjectName(QStringLiteral("rejectSuggestionButton"));
    m_acceptAllButton = new QPushButton(tr("Accept all"), tab);
    m_acceptAllButton->setObjectName(QStringLiteral("acceptAllSuggestionsButton"));
    m_rejectAllButton = new QPushButton(tr("Reject all"), tab);
    m_rejectAllButton->setObjectName(QStringLiteral("rejectAllSuggestionsButton"));

    auto *search = new QHBoxLayout;
    search->addWidget(m_searchEdit, 1);
    search->addWidget(m_findButton);
    auto *kinds = new QGridLayout;
    kinds->addWidget(m_myNumberCheck, 0, 0);
    kinds->addWidget(m_phoneCheck, 0, 1);
    kinds->addWidget(m_postalCheck, 1, 0);
    kinds->addWidget(m_namesCheck, 1, 1);
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_acceptButton, 0, 0);
    buttons->addWidget(m_rejectButton, 0, 1);
    buttons->addWidget(m_acceptAllButton, 1, 0);
    buttons->addWidget(m_rejectAllButton, 1, 1);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(search);
    layout->addLayout(kinds);
    layout->addWidget(m_progress);
    layout->addWidget(m_findStatus);
    layout->addWidget(m_suggestionList, 1);
    layout->addLayout(buttons);

    connect(m_searchEdit, &QLineEdit::returnPressed, this, &RedactionWorkspace::findSuggestions);
    connect(m_findButton, &QPushButton::clicked, this, &RedactionWorkspace::findSuggestions);
    auto selected = [this] {
        QList<int> rows;
        for (const QModelIndex &index : m_suggestionList->selectionModel()->selectedRows())
            rows << index.row();
        return rows;
    };
    connect(m_acceptButton, &QPushButton::clicked, this, [this, selected] { acceptSuggestions(selected()); });
    connect(m_rejectButton, &QPushButton::clicked, this, [this, selected] { rejectSuggestions(selected()); });
    connect(m_acceptAllButton, &QPushButton::clicked, this, &RedactionWorkspace::acceptAllSuggestions);
    connect(m_rejectAllButton, &QPushButton::clicked, this, &RedactionWorkspace::rejectAllSuggestions);
    connect(m_suggestionList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_hits.size())
            return;
        m_view->showPage(m_hits.at(row).page);
        m_overlay->setCurrentSuggestion(m_overlayHit.indexOf(row));
    });
    connect(m_suggestionList, &QListWidget::itemSelectionChanged, this, &RedactionWorkspace::updateActions);
    return tab;
}

bool RedactionWorkspace::setDocument(const QByteArray &bytes, const QString &name, QString *error)
{
    if (m_job)
        m_job->cancelled = true;
    m_hits.clear();
    m_rejected.clear();
    m_pagesWithoutText.clear();
    m_findStatus->clear();
    showSuggestions();
    m_model->reset({});
    m_thumbnailList->clear();
    m_thumbnails->clear();

    Result<SourceDocument> opened = SourceDocument::fromBytes(bytes, name);
    if (!opened) {
        m_view->showMessage(opened.error().message);
        if (error)
            *error = opened.error().message;
        m_bytes.clear();
        updateActions();
        return false;
    }
    m_bytes = bytes;
    m_name = name;
    const int pages = opened.value().pageCount();
    const bool pdf = opened.value().format() == SourceDocument::Format::Pdf;
    // PDFs in colour through Poppler, scans through the document as the copy will see them.
    QString message;
    if (pdf) {
        if (!m_view->setPdf(bytes, &message) || !m_thumbnails->load(bytes, &message)) {
            if (error)
                *error = message;
            return false;
        }
    } else {
        m_view->setDocument(std::make_unique<SourceDocument>(std::move(opened).value()));
        Result<SourceDocument> again = SourceDocument::fromBytes(bytes, name);
        if (again)
            m_thumbnails->load(std::make_unique<SourceDocument>(std::move(again).value()));
    }
    for (int page = 0; page < pages; ++page) {
        auto *item = new QListWidgetItem(QString::number(page + 1), m_thumbnailList);
        item->setTextAlignment(Qt::AlignHCenter);
        const QSizeF size = m_thumbnails->pageSize(page);
        if (size.width() > 0)
            m_thumbnails->requestPage(page, ThumbnailWidth * 72.0 / size.width());
    }
    m_thumbnailList->setCurrentRow(0);
    qCInfo(lcUi) << "document opened for redaction," << pages << "pages";
    updateActions();
    return true;
}

void RedactionWorkspace::setRegime(LegalRegime regime)
{
    m_regime = regime;
    const QString current = currentGround();
    const QSignalBlocker blocker(m_groundCombo);
    m_groundCombo->clear();
    m_groundCombo->addItem(tr("(choose a ground)"), QString());
    QHash<QString, QString> names;
    for (const QString &id : DecisionVocabulary::grounds(regime)) {
        names.insert(id, DecisionVocabulary::groundName(id));
        m_groundCombo->addItem(DecisionVocabulary::groundName(id), id);
        m_groundCombo->setItemData(m_groundCombo->count() - 1, DecisionVocabulary::groundName(id),
                                   Qt::ToolTipRole);
    }
    m_model->setGroundNames(names);
    setCurrentGround(current);
}

void RedactionWorkspace::setBoxes(const QList<RedactionBox> &boxes)
{
    m_model->reset(boxes);
}

QList<RedactionBox> RedactionWorkspace::boxes() const
{
    return m_model->boxes();
}

bool RedactionWorkspace::isModified() const
{
    return m_model->isModified();
}

void RedactionWorkspace::markSaved()
{
    m_model->markSaved();
}

void RedactionWorkspace::setMemberNames(const QStringList &names)
{
    m_memberNames = names;
    m_nameIndex.reset();
    m_namesCheck->setVisible(!names.isEmpty());
    m_namesCheck->setChecked(!names.isEmpty());
}

QUndoStack *RedactionWorkspace::undoStack() const
{
    return m_model->undoStack();
}

QString RedactionWorkspace::currentGround() const
{
    return m_groundCombo->currentData().toString();
}

QString RedactionWorkspace::currentReason() const
{
    return m_reasonEdit->text().trimmed();
}

void RedactionWorkspace::setCurrentGround(const QString &groundId)
{
    const int index = m_groundCombo->findData(groundId);
    m_groundCombo->setCurrentIndex(qMax(0, index));
    m_overlay->setNewBoxDefaults(currentGround(), currentReason());
}

void RedactionWorkspace::setCurrentReason(const QString &reason)
{
    m_reasonEdit->setText(reason);
}

QList<int> RedactionWorkspace::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_boxTable->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void RedactionWorkspace::selectRows(const QList<int> &rows)
{
    QItemSelection selection;
    for (const int row : rows)
        if (row >= 0 && row < m_model->rowCount())
            selection.select(m_model->index(row, 0), m_model->index(row, RedactionBoxModel::ColumnCount - 1));
    m_boxTable->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!rows.isEmpty() && rows.last() < m_model->rowCount()) {
        m_boxTable->selectionModel()->setCurrentIndex(m_model->index(rows.last(), 0),
                                                      QItemSelectionModel::NoUpdate);
        m_boxTable->scrollTo(m_model->index(rows.last(), 0));
        // The ground and reason of the box picked show in the editor, ready to be changed.
        const RedactionBox &b = m_model->box(rows.last());
        setCurrentGround(b.ground);
        setCurrentReason(b.reason);
    }
    syncOverlaySelection();
}

void RedactionWorkspace::syncOverlaySelection()
{
    m_overlay->setSelection(selectedRows());
}

void RedactionWorkspace::deleteSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    m_boxTable->clearSelection();
    m_model->removeRows(rows);
}

void RedactionWorkspace::applyToSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    m_model->setGroundAndReason(rows, currentGround(), currentReason());
    selectRows(rows);
}

void RedactionWorkspace::selectSameGround()
{
    const QModelIndex current = m_boxTable->selectionModel()->currentIndex();
    const QString ground = current.isValid() ? m_model->box(current.row()).ground : currentGround();
    selectRows(m_model->rowsWithGround(ground));
}

void RedactionWorkspace::findSuggestions()
{
    if (m_finding || m_bytes.isEmpty())
        return;
    RedactionDetectors detectors;
    const QString search = m_searchEdit->text().trimmed();
    if (!RedactionFinder::searchKey(search).isEmpty())
        detectors.searches << search;
    detectors.myNumbers = detectors.myNumbers || m_myNumberCheck->isChecked();
    detectors.phones = detectors.phones || m_phoneCheck->isChecked();
    detectors.postalCodes = detectors.postalCodes || m_postalCheck->isChecked();
    const bool names = m_namesCheck->isChecked() && !m_memberNames.isEmpty();
    detectors.memberNames = m_nameIndex;
    if (!detectors.any() && !names) {
        m_findStatus->setText(tr("Type a text to find or tick what to look for."));
        return;
    }
    auto job = std::make_shared<Finding>();
    job->pages = m_view->pageCount();
    m_job = job;
    m_finding = true;
    m_progress->setRange(0, qMax(1, job->pages) * 100);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_findStatus->setText(tr("Looking through the pages…"));
    updateActions();

    const QByteArray bytes = m_bytes;
    const QString name = m_name;
    const QStringList memberNames = names && !m_nameIndex ? m_memberNames : QStringList();
    QPointer<RedactionWorkspace> self(this);
    QThreadPool::globalInstance()->start([self, job, bytes, name, detectors, names, memberNames]() mutable {
        // Tens of thousands of names are folded once, here rather than on the window's thread.
        if (!memberNames.isEmpty()) {
            auto index = std::make_shared<const MemberNameIndex>(memberNames);
            detectors.memberNames = index;
            QMetaObject::invokeMethod(
                QThreadPool::globalInstance(),
                [self, index] {
                    if (self)
                        self->m_nameIndex = index;
                },
                Qt::QueuedConnection);
        }
        if (!names)
            detectors.memberNames.reset();
        QList<RedactionHit> hits;
        QList<int> withoutText;
        QList<int> ocrPages;
        QString failure;
        Result<SourceDocument> document = SourceDocument::fromBytes(bytes, name);
        if (!document) {
            failure = document.error().message;
        } else {
            // Per page, and within a page OCR reads, a step of the bar; returning false stops it.
            const RedactionProgress progress = [self, job](int page, int pages, int percent) {
                const int done = page * 100 + qBound(0, percent, 100);
                QMetaObject::invokeMethod(
                    QThreadPool::globalInstance(),
                    [self, done, pages] {
                        if (!self)
                            return;
                        self->m_progress->setRange(0, qMax(1, pages) * 100);
                        self->m_progress->setValue(done);
                    },
                    Qt::QueuedConnection);
                return !job->cancelled.load();
            };
            Result<FoundHits> found = RedactionFinder::findAll(document.value(), detectors, progress);
            if (!found) {
                failure = found.error().message;
            } else {
                hits = found->hits;
                withoutText = found->pagesWithoutText;
                ocrPages = found->ocrPages;
                if (!found->ocrUnavailable.isEmpty() && ocrPages.size() < withoutText.size())
                    qCWarning(lcUi) << "OCR not available for redaction:" << found->ocrUnavailable;
            }
        }
        if (job->cancelled)
            return;
        QMetaObject::invokeMethod(
            QThreadPool::globalInstance(),
            [self, job, hits, withoutText, ocrPages, failure] {
                if (self && self->m_job == job)
                    self->finishFinding(hits, withoutText, ocrPages, failure);
            },
            Qt::QueuedConnection);
    });
}

void RedactionWorkspace::finishFinding(const QList<RedactionHit> &hits, const QList<int> &withoutText,
                                       const QList<int> &ocrPages, const QString &failure)
{
    m_finding = false;
    m_job.reset();
    m_progress->setVisible(false);
    m_pagesWithoutText = withoutText;
    if (!failure.isEmpty()) {
        m_findStatus->setText(failure);
    } else {
        // Suggestions already made into boxes, or rejected before, are not offered again.
        m_hits.clear();
        int rejected = 0;
        for (const RedactionHit &hit : hits) {
            if (isRejected(hit)) {
                ++rejected;
                continue;
            }
            bool covered = !hit.rects.isEmpty();
            for (const QRectF &rect : hit.rects) {
                bool inBox = false;
                for (const int row : m_model->rowsOnPage(hit.page))
                    inBox = inBox || m_model->box(row).rect.contains(rect);
                covered = covered && inBox;
            }
            if (!covered)
                m_hits << hit;
        }
        QStringList status { tr("%n suggestion(s) found.", nullptr, int(m_hits.size())) };
        if (rejected > 0)
            status << tr("%n rejected before and not offered again.", nullptr, rejected);
        if (!ocrPages.isEmpty())
            status << tr("Pages %1 have no text layer; their text was read by OCR, so check them closely.")
                          .arg(pageList(ocrPages));
        QList<int> unread;
        for (const int page : withoutText)
            if (!ocrPages.contains(page))
                unread << page;
        if (!unread.isEmpty())
            status << tr("Pages %1 have no text layer and could not be searched: mark them by hand.")
                          .arg(pageList(unread));
        m_findStatus->setText(status.join(QLatin1Char(' ')));
    }
    showSuggestions();
    if (!m_hits.isEmpty())
        m_suggestionList->setCurrentRow(0);
    updateActions();
    Q_EMIT findingFinished();
}

QString RedactionWorkspace::suggestionText(const RedactionHit &hit)
{
    QString text = RedactionSources::mayShowText(hit.source, hit.detector)
        ? hit.text.simplified()
        : tr("(%n digit(s), not shown)", nullptr, int(hit.digits.isEmpty() ? 12 : hit.digits.size()));
    if (text.size() > 40)
        text = text.left(39) + QChar(0x2026);
    // A suggestion read by OCR says so, and which detector found it in the OCR'd text.
    const QString kind = hit.source == RedactionSource::Ocr && hit.detector != RedactionSource::Ocr
        ? tr("%1 (OCR)").arg(RedactionSources::displayName(hit.detector))
        : RedactionSources::displayName(hit.source);
    return tr("p. %1  %2  %3").arg(hit.page + 1).arg(kind, text);
}

void RedactionWorkspace::showSuggestions()
{
    m_suggestionList->clear();
    QList<RedactionBox> shown;
    m_overlayHit.clear();
    for (int i = 0; i < m_hits.size(); ++i) {
        m_suggestionList->addItem(suggestionText(m_hits.at(i)));
        for (const RedactionBox &b : m_hits.at(i).boxes(QString(), QString())) {
            shown << b;
            m_overlayHit << i;
        }
    }
    m_overlay->setSuggestions(shown);
}

int RedactionWorkspace::suggestionOfOverlayIndex(int index) const
{
    return index >= 0 && index < m_overlayHit.size() ? m_overlayHit.at(index) : -1;
}

bool RedactionWorkspace::isRejected(const RedactionHit &hit) const
{
    for (const RedactionHit &r : m_rejected)
        if (r.page == hit.page && r.rects == hit.rects)
            return true;
    return false;
}

void RedactionWorkspace::acceptSuggestions(QList<int> indexes)
{
    std::sort(indexes.begin(), indexes.end());
    indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());
    QList<RedactionBox> boxes;
    for (const int i : std::as_const(indexes))
        if (i >= 0 && i < m_hits.size())
            boxes << m_hits.at(i).boxes(currentGround(), currentReason());
    if (boxes.isEmpty())
        return;
    m_model->addBoxes(boxes, tr("Accept %n suggestion(s)", nullptr, int(indexes.size())));
    dropSuggestions(indexes, false);
}

void RedactionWorkspace::rejectSuggestions(QList<int> indexes)
{
    dropSuggestions(std::move(indexes), true);
}

void RedactionWorkspace::dropSuggestions(QList<int> indexes, bool rejected)
{
    std::sort(indexes.begin(), indexes.end());
    indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());
    for (auto it = indexes.crbegin(); it != indexes.crend(); ++it)
        if (*it >= 0 && *it < m_hits.size()) {
            const RedactionHit hit = m_hits.takeAt(*it);
            if (rejected)
                m_rejected << hit;
        }
    const int row = indexes.isEmpty() ? 0 : indexes.first();
    showSuggestions();
    if (!m_hits.isEmpty())
        m_suggestionList->setCurrentRow(qMin(row, int(m_hits.size()) - 1));
    updateActions();
}

void RedactionWorkspace::acceptAllSuggestions()
{
    QList<int> all;
    for (int i = 0; i < m_hits.size(); ++i)
        all << i;
    acceptSuggestions(all);
}

void RedactionWorkspace::rejectAllSuggestions()
{
    QList<int> all;
    for (int i = 0; i < m_hits.size(); ++i)
        all << i;
    rejectSuggestions(all);
}

void RedactionWorkspace::updateActions()
{
    const bool loaded = !m_bytes.isEmpty();
    const bool selected = !selectedRows().isEmpty();
    m_deleteAction->setEnabled(selected);
    m_applyButton->setEnabled(selected);
    m_sameGroundButton->setEnabled(m_model->rowCount() > 0);
    m_findButton->setEnabled(loaded && !m_finding);
    const bool some = !m_hits.isEmpty();
    const bool picked = !m_suggestionList->selectedItems().isEmpty();
    m_acceptButton->setEnabled(picked);
    m_rejectButton->setEnabled(picked);
    m_acceptAllButton->setEnabled(some);
    m_rejectAllButton->setEnabled(some);
}

} // namespace dsr

#include "RedactionWindow.h"

#include "BackgroundTask.h"
#include "ErrorLabel.h"
#include "Logging.h"
#include "MessageBox.h"
#include "PdfPageView.h"
#include "RedactionBoxModel.h"
#include "RedactionWorkspace.h"
#include "Session.h"
#include "UiText.h"
#include "documents/Redactor.h"
#include "documents/SourceDocument.h"
#include "services/MemberService.h"
#include "services/SettingsService.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QSpinBox>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace dsr {

RedactionWindow::RedactionWindow(Session &session, const DisclosureDocument &document,
                                 const QString &receiptNo, qint64 memberId, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_document(document)
    , m_receiptNo(receiptNo)
    , m_memberId(memberId)
    , m_workspace(new RedactionWorkspace(this))
    , m_errorLabel(new ErrorLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_dpiSpin(new QSpinBox(this))
{
    setObjectName(QStringLiteral("redactionWindow"));
    setWindowFlag(Qt::Window, true);
    setAttribute(Qt::WA_DeleteOnClose, false);
    auto settings = SettingsService(session.database).loadForSystem();
    m_workspace->setRegime(settings ? settings->regime() : LegalRegime::Private);

    m_saveAction = new QAction(tr("&Save draft"), this);
    m_saveAction->setObjectName(QStringLiteral("saveDraftAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setToolTip(tr("Save the boxes with the request as a new version of the draft (Ctrl+S)"));
    m_exportAction = new QAction(tr("&Make redacted copy…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportCopyAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Burn the boxes into a copy made of page images, check it and store it "
                                  "with the request (Ctrl+E)"));
    m_dpiSpin->setObjectName(QStringLiteral("dpiSpinBox"));
    m_dpiSpin->setRange(Redactor::MinimumDpi, Redactor::MaximumDpi);
    m_dpiSpin->setSingleStep(100);
    m_dpiSpin->setValue(Redactor::DefaultDpi);
    m_dpiSpin->setSuffix(tr(" dpi"));
    m_dpiSpin->setToolTip(
        tr("Resolution of the copy's page images (at least %1 dpi)").arg(Redactor::MinimumDpi));

    QToolBar *tools = addToolBar(tr("Redaction"));
    tools->setObjectName(QStringLiteral("redactionToolBar"));
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addAction(m_saveAction);
    tools->addSeparator();
    tools->addAction(m_workspace->undoAction());
    tools->addAction(m_workspace->redoAction());
    tools->addAction(m_workspace->deleteAction());
    tools->addSeparator();
    tools->addWidget(new QLabel(tr("Copy at "), tools));
    tools->addWidget(m_dpiSpin);
    tools->addAction(m_exportAction);
    for (QAction *action : tools->actions())
        if (!action->shortcut().isEmpty() && !action->toolTip().contains(action->shortcut().toString()))
            action->setToolTip(
                tr("%1 (%2)").arg(action->toolTip(), action->shortcut().toString(QKeySequence::NativeText)));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_workspace, 1);
    setCentralWidget(central);
    m_statusLabel->setObjectName(QStringLiteral("redactionStatusLabel"));
    statusBar()->addWidget(m_statusLabel, 1);

    connect(m_saveAction, &QAction::triggered, this, &RedactionWindow::saveDraft);
    connect(m_exportAction, &QAction::triggered, this, &RedactionWindow::exportCopy);
    connect(m_workspace, &RedactionWorkspace::modifiedChanged, this, [this] {
        updateTitle();
        showStatus();
    });
    connect(m_workspace->model(), &RedactionBoxModel::boxesChanged, this, &RedactionWindow::showStatus);
    const bool mayChange = Permissions::allowed(session.actor.roles, Operation::RequestRegister);
    m_saveAction->setEnabled(mayChange);
    m_exportAction->setEnabled(mayChange);
    resize(1400, 900);
    updateTitle();
}

RedactionWindow::~RedactionWindow()
{
    // The workspace's model says it changed while it is destroyed: the status is gone by then.
    m_workspace->model()->disconnect(this);
}

Status RedactionWindow::load()
{
    DisclosureService service(m_session.database);
    Result<QByteArray> content = service.documentContent(m_session.actor, m_document.id);
    if (!content) {
        m_errorLabel->showError(content.error().message);
        return content.error();
    }
    QString problem;
    if (!m_workspace->setDocument(content.value(), m_document.fileName, &problem)) {
        m_errorLabel->showError(problem);
        return makeError(ErrorCode::Validation, problem);
    }
    m_bytes = content.value();
    Result<RedactionDraft> draft = service.draft(m_session.actor, m_document.id);
    if (!draft) {
        m_errorLabel->showError(draft.error().message);
        return draft.error();
    }
    m_workspace->setBoxes(draft->boxes);
    m_version = draft->version;
    m_savedBy = draft->savedByName;
    m_savedAt = draft->savedAt;

    // The other members' names: suggested wherever they occur, the requester's own never.
    MemberService members(m_session.database);
    if (auto names = members.otherMembersNames(m_session.actor, m_memberId)) {
        m_workspace->setMemberNames(names.value());
    } else {
        qCWarning(lcUi) << "member names for redaction not loaded:" << names.error().message;
    }
    m_errorLabel->clearError();
    updateTitle();
    showStatus();
    return {};
}

void RedactionWindow::updateTitle()
{
    setWindowTitle(tr("Redaction — request %1, document %2 (%3)%4")
                       .arg(m_receiptNo)
                       .arg(m_document.number)
                       .arg(m_document.fileName, m_workspace->isModified() ? tr(" — not saved") : QString()));
}

void RedactionWindow::showStatus()
{
    QStringList parts;
    parts << tr("%n box(es)", nullptr, m_workspace->model()->rowCount());
    if (m_version > 0)
        parts << tr("draft version %1 saved by %2 at %3")
                     .arg(m_version)
                     .arg(m_savedBy, UiText::dateTime(m_savedAt));
    else
        parts << tr("no draft saved yet");
    if (m_workspace->isModified())
        parts << tr("changes not saved");
    if (m_lastCopy)
        parts << tr("copy stored, SHA-256 %1…").arg(m_lastCopy->sha256.left(16));
    m_statusLabel->setText(parts.join(QStringLiteral(" · ")));
}

bool RedactionWindow::saveDraft()
{
    DisclosureService service(m_session.database);
    Result<RedactionDraft> saved
        = service.saveDraft(m_session.actor, m_document.id, m_workspace->boxes(), m_version);
    if (!saved) {
        m_errorLabel->showError(saved.error().code == ErrorCode::Conflict
                                    ? tr("%1 Close this window and open the document again to see the newer "
                                         "draft; your boxes are still here until you close it.")
                                          .arg(saved.error().message)
                                    : saved.error().message);
        return false;
    }
    m_version = saved->version;
    m_savedBy = saved->savedByName;
    m_savedAt = saved->savedAt;
    m_workspace->markSaved();
    m_errorLabel->clearError();
    qCInfo(lcUi) << "redaction draft saved, version" << m_version;
    showStatus();
    Q_EMIT disclosureChanged();
    return true;
}

void RedactionWindow::exportCopy()
{
    if (m_exporting)
        return;
    const QList<RedactionBox> boxes = m_workspace->boxes();
    if (boxes.isEmpty()) {
        m_errorLabel->showError(tr("There is no box to burn in. A document disclosed in full needs no "
                                   "redacted copy."));
        return;
    }
    for (const RedactionBox &b : boxes) {
        if (b.ground.isEmpty()) {
            m_errorLabel->showError(tr("A box on page %1 has no ground yet. Every withheld part needs its "
                                       "ground for the letter: choose one under Boxes.")
                                        .arg(b.page + 1));
            return;
        }
    }
    if (m_workspace->isModified() && !saveDraft())
        return;

    Result<SourceDocument> document = SourceDocument::fromBytes(m_bytes, m_document.fileName);
    if (!document) {
        m_errorLabel->showError(document.error().message);
        return;
    }
    RedactionOrder order;
    order.boxes = boxes;
    Result<RedactionPlan> plan = Redactor::plan(document.value(), order);
    if (!plan) {
        m_errorLabel->showError(plan.error().message);
        return;
    }
    m_exporting = true;
    m_exportAction->setEnabled(false);
    auto *task = BackgroundTask::once(m_session.database, this, tr("Making the redacted copy…"), true);
    const int dpi = m_dpiSpin->value();
    task->start(
        [actor = m_session.actor, id = m_document.id, plan = plan.value(), dpi](Database &db,
                                                                                TaskProgress &progress) {
            RedactionOptions options;
            options.dpi = dpi;
            options.progress = [&progress](int done, int total) {
                progress.report(done, total);
                return !progress.isCancelled();
            };
            return DisclosureService(db).makeRedactedCopy(actor, id, plan, options);
        },
        [this](const Result<RedactedCopyRecord> &copy) {
            m_exporting = false;
            m_exportAction->setEnabled(true);
            if (!copy) {
                m_errorLabel->showError(tr("No copy was stored: %1").arg(copy.error().message));
                Q_EMIT exportFinished(false);
                return;
            }
            m_lastCopy = copy.value();
            m_errorLabel->clearError();
            qCInfo(lcUi) << "redacted copy stored," << copy->pages << "pages";
            showStatus();
            MessageBox::information(
                this, tr("Redacted copy stored"),
                tr("The copy of document %1 was made from page images at %2 dpi and checked: no page has "
                   "any text, every box is solid black and none of the withheld text is in the file.\n\n"
                   "%n box(es) burnt in, %3 pages, SHA-256 %4.",
                   nullptr, int(copy->log.size()))
                    .arg(m_document.number)
                    .arg(copy->dpi)
                    .arg(copy->pages)
                    .arg(copy->sha256));
            Q_EMIT disclosureChanged();
            Q_EMIT exportFinished(true);
        });
}

void RedactionWindow::closeEvent(QCloseEvent *event)
{
    if (m_exporting) {
        event->ignore();
        return;
    }
    if (m_workspace->isModified() && m_saveAction->isEnabled()) {
        const auto answer = MessageBox::question(
            this, tr("Unsaved boxes"), tr("The boxes were changed since the draft was saved. Save them?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !saveDraft())) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

} // namespace dsr

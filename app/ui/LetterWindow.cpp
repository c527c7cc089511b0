#include "LetterWindow.h"

#include "ErrorLabel.h"
#include "LetterText.h"
#include "LetterViewer.h"
#include "Logging.h"
#include "Session.h"
#include "UiText.h"
#include "letters/LetterLifecycle.h"
#include "services/DisclosureService.h"
#include "services/LetterLifecycleService.h"
#include "services/LetterRegister.h"
#include "services/LetterService.h"
#include "ui_LetterWindow.h"

#include <QGuiApplication>
#include <QPushButton>
#include <QScreen>

namespace dsr {

LetterWindow::LetterWindow(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LetterWindow>())
    , m_session(session)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("letterWindow"));
    setWindowFlag(Qt::WindowMaximizeButtonHint, true);
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);
    m_ui->messageLabel->hide();
    m_ui->stateLabel->setStyleSheet(
        QStringLiteral("padding: 2px 8px; border-radius: 8px; background: palette(midlight);"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_ui->letterViewer, &LetterViewer::printRequested, this, &LetterWindow::print);
    // An A4 page fitted to the width is about as tall as the window is high.
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        resize(size().boundedTo(screen->availableGeometry().size() * 0.92));
}

LetterWindow::~LetterWindow() = default;

LetterViewer *LetterWindow::viewer() const
{
    return m_ui->letterViewer;
}

Status LetterWindow::showLetter(qint64 letterId)
{
    LetterRegister letters(m_session.database);
    auto letter = letters.find(m_session.actor, QString::number(letterId));
    if (!letter)
        return letter.error();
    m_letter = letter.value();
    m_ui->errorLabel->clearError();
    showHeader();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto pdf = letters.pdf(m_session.actor, letterId);
    QGuiApplication::restoreOverrideCursor();
    if (!pdf) {
        m_ui->letterViewer->showMessage(pdf.error().message);
        return pdf.error();
    }
    qCInfo(lcUi) << "letter shown, id" << letterId;
    m_ui->letterViewer->setPrintEnabled(
        LetterLifecycle::allowed(LetterAction::PrintCopy, m_letter, m_session.actor.roles));
    m_ui->letterViewer->showPdf(pdf.value(), m_letter.documentNo);
    attachRedactedCopies();
    return {};
}

void LetterWindow::attachRedactedCopies()
{
    m_ui->letterViewer->setAppendix({});
    m_copiesNote.clear();
    if (m_letter.kind != LetterKinds::id(LetterKind::PartialDisclosure))
        return;
    // A partial disclosure goes out with the redacted copies: the newest of each document prints
    // after the letter, in the same job.
    DisclosureService disclosures(m_session.database);
    auto copies = disclosures.redactedCopies(m_session.actor, m_letter.requestId);
    if (!copies) {
        m_ui->errorLabel->showError(copies.error().message);
        return;
    }
    QMap<int, RedactedCopyRecord> newest;
    for (const RedactedCopyRecord &c : copies.value())
        if (!newest.contains(c.documentNumber) || newest.value(c.documentNumber).id < c.id)
            newest.insert(c.documentNumber, c);
    QList<QByteArray> pdfs;
    for (const RedactedCopyRecord &c : std::as_const(newest)) {
        auto bytes = disclosures.redactedCopyContent(m_session.actor, c.id);
        if (!bytes) {
            m_ui->errorLabel->showError(bytes.error().message);
            return;
        }
        pdfs << bytes.value();
    }
    QString error;
    if (!m_ui->letterViewer->setAppendix(pdfs, &error)) {
        m_ui->errorLabel->showError(error);
        return;
    }
    if (!pdfs.isEmpty())
        m_copiesNote = tr("The redacted copies of %n document(s) (%1 pages) print after the letter.", nullptr,
                          int(pdfs.size()))
                           .arg(m_ui->letterViewer->appendixPages());
    showHeader();
}

Status LetterWindow::showDraft(const Letter &letter)
{
    m_letter = letter;
    m_ui->errorLabel->clearError();
    showHeader();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto preview = LetterService(m_session.database).previewDraft(m_session.actor, letter.id);
    QGuiApplication::restoreOverrideCursor();
    if (!preview) {
        m_ui->letterViewer->showMessage(preview.error().message);
        return preview.error();
    }
    qCInfo(lcUi) << "letter draft shown, id" << letter.id;
    m_ui->letterViewer->setPrintEnabled(false);
    m_ui->letterViewer->showPdf(preview->pdf, tr("Draft"));
    return {};
}

void LetterWindow::showHeader()
{
    const Letter &l = m_letter;
    setWindowTitle(tr("%1 — %2").arg(LetterText::number(l), LetterText::kindTitle(l.kind)));
    m_ui->documentNoLabel->setText(LetterText::number(l));
    m_ui->kindLabel->setText(LetterText::kindTitle(l.kind));
    m_ui->kindLabel->setToolTip(LetterText::kindName(l.kind));
    m_ui->stateLabel->setText(LetterVocabulary::displayName(l.state));
    QStringList info;
    info << tr("Request %1").arg(l.receiptNo) << tr("To %1").arg(l.addressee)
         << tr("Dated %1").arg(UiText::date(l.letterDate));
    if (l.pages > 0)
        info << tr("%n page(s)", nullptr, l.pages);
    if (!l.sha256.isEmpty())
        info << tr("SHA-256 %1").arg(UiText::shortHash(l.sha256));
    const QString details = LetterText::details(l);
    m_ui->infoLabel->setText(info.join(QStringLiteral(" · "))
                             + (details.isEmpty() ? QString() : QStringLiteral("\n") + details)
                             + (m_copiesNote.isEmpty() ? QString() : QStringLiteral("\n") + m_copiesNote));
    m_ui->infoLabel->setToolTip(l.sha256.isEmpty() ? QString()
                                                   : tr("SHA-256 of the stored PDF: %1").arg(l.sha256));
}

bool LetterWindow::print()
{
    m_ui->errorLabel->clearError();
    m_ui->messageLabel->hide();
    QString error;
    bool partial = false;
    const bool whole = m_ui->letterViewer->print(&error, &partial);
    if (!error.isEmpty()) {
        m_ui->errorLabel->showError(error);
        return false;
    }
    if (partial) {
        m_ui->messageLabel->setText(
            tr("Only some pages were printed; the letter is not recorded as printed."));
        m_ui->messageLabel->show();
        return false;
    }
    if (!whole)
        return false; // cancelled
    // A copy of a letter whose state printing does not move (printed already, mailed …) records
    // nothing new (LetterLifecycle).
    if (!LetterLifecycle::stateAllows(LetterAction::Print, m_letter)
        || LetterLifecycle::after(LetterAction::Print, m_letter) == m_letter.state) {
        m_ui->messageLabel->setText(tr("Printed again; the register already records this letter as %1.")
                                        .arg(LetterVocabulary::displayName(m_letter.state)));
        m_ui->messageLabel->show();
        return true;
    }
    auto printed = LetterLifecycleService(m_session.database).markPrinted(m_session.actor, m_letter.id);
    if (!printed) {
        m_ui->errorLabel->showError(printed.error().message);
        return true;
    }
    qCInfo(lcUi) << "letter printed from the window, id" << m_letter.id;
    m_letter = printed.value();
    showHeader();
    m_ui->messageLabel->setText(tr("Printed. Record the mailing once the letter has been sent."));
    m_ui->messageLabel->show();
    Q_EMIT letterChanged(m_letter.id);
    return true;
}

} // namespace dsr

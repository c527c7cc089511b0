#include "LetterBulkPrint.h"

#include "Logging.h"
#include "PdfRenderer.h"
#include "PrintDialog.h"
#include "Session.h"
#include "letters/LetterKind.h"
#include "letters/LetterLifecycle.h"
#include "services/DisclosureService.h"
#include "services/LetterLifecycleService.h"
#include "services/LetterRegister.h"

#include <QCursor>
#include <QGuiApplication>
#include <QMap>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>

namespace dsr {

namespace {

// The letter's bytes and what prints after it (the newest redacted copy of each document of a
// partial disclosure).
Result<QList<QByteArray>> documentsOf(Session &session, const Letter &letter)
{
    auto pdf = LetterRegister(session.database).pdf(session.actor, letter.id);
    if (!pdf)
        return pdf.error();
    QList<QByteArray> out { pdf.value() };
    if (letter.kind != LetterKinds::id(LetterKind::PartialDisclosure))
        return out;
    DisclosureService disclosures(session.database);
    auto copies = disclosures.redactedCopies(session.actor, letter.requestId);
    if (!copies)
        return copies.error();
    QMap<int, RedactedCopyRecord> newest;
    for (const RedactedCopyRecord &c : copies.value())
        if (!newest.contains(c.documentNumber) || newest.value(c.documentNumber).id < c.id)
            newest.insert(c.documentNumber, c);
    for (const RedactedCopyRecord &c : std::as_const(newest)) {
        auto bytes = disclosures.redactedCopyContent(session.actor, c.id);
        if (!bytes)
            return bytes.error();
        out << bytes.value();
    }
    return out;
}

} // namespace

Result<QList<Letter>> LetterBulkPrint::unprinted(Session &session)
{
    LetterQuery q;
    q.state = LetterState::Issued;
    return LetterRegister(session.database).list(session.actor, q);
}

LetterBulkPrint::Outcome LetterBulkPrint::print(Session &session, const QList<Letter> &letters,
                                                QWidget *parent)
{
    Outcome out;
    QList<Letter> job;
    int expectedPages = 0;
    for (const Letter &l : letters) {
        if (l.isIssued() && LetterLifecycle::allowed(LetterAction::PrintCopy, l, session.actor.roles)) {
            job << l;
            expectedPages += qMax(1, l.pages);
        }
    }
    if (job.isEmpty()) {
        out.error = tr("None of these letters can be printed.");
        return out;
    }
    QPrinter printer(QPrinter::HighResolution);
    // Letters are A4 portrait (DOMAIN.md §6); every page is drawn to fill the paper as it fills its own.
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setFullPage(true);
    printer.setDocName(tr("%n letter(s)", nullptr, int(job.size())));
    printer.setCreator(QStringLiteral("DSR Desk"));
    // All pages of every letter: a page range across letters would print parts of letters.
    if (!PrintDialog::exec(&printer, 1, parent)) {
        out.cancelled = true;
        return out;
    }

    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    // Read every letter before the printer starts: one that cannot be read stops the job whole.
    QList<QList<QByteArray>> documents;
    for (const Letter &l : std::as_const(job)) {
        auto docs = documentsOf(session, l);
        if (!docs) {
            QGuiApplication::restoreOverrideCursor();
            out.error = tr("%1 could not be read: %2").arg(l.documentNo, docs.error().message);
            return out;
        }
        documents.append(docs.value());
    }
    QPainter painter;
    bool done = painter.begin(&printer);
    QString message = done ? QString() : tr("The printer could not be started.");
    for (qsizetype i = 0; done && i < documents.size(); ++i) {
        for (const QByteArray &pdf : std::as_const(documents[i])) {
            PdfRenderer renderer;
            if (!renderer.load(pdf, &message)) {
                done = false;
                break;
            }
            done = renderer.printPages(painter, &printer, 0, renderer.pageCount() - 1, out.pages > 0,
                                       &message);
            if (!done)
                break;
            out.pages += renderer.pageCount();
        }
    }
    if (painter.isActive() && (!painter.end() || printer.printerState() == QPrinter::Error)) {
        if (done)
            message = tr("The printer reported an error; the letters may not have been printed.");
        done = false;
    }
    QGuiApplication::restoreOverrideCursor();
    if (!done) {
        out.error = message.isEmpty() ? tr("The letters could not be printed.") : message;
        out.pages = 0;
        qCWarning(lcUi) << "bulk print failed," << job.size() << "letters, nothing recorded";
        return out;
    }
    out.letters = int(job.size());
    // The job was accepted whole: record each letter whose state printing moves (a copy of one
    // printed or mailed already records nothing, as in LetterWindow).
    LetterLifecycleService lifecycle(session.database);
    for (const Letter &l : std::as_const(job)) {
        if (!LetterLifecycle::stateAllows(LetterAction::Print, l)
            || LetterLifecycle::after(LetterAction::Print, l) == l.state)
            continue;
        auto printed = lifecycle.markPrinted(session.actor, l.id);
        if (printed)
            out.recorded << printed.value();
        else
            out.notRecorded << tr("%1: %2").arg(l.documentNo, printed.error().message);
    }
    qCInfo(lcUi) << "bulk print:" << out.letters << "letters," << out.pages << "pages," << out.recorded.size()
                 << "recorded as printed";
    return out;
}

} // namespace dsr

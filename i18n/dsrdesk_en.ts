<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AuditCommands</name>
    <message numerus="yes">
        <source>The audit trail is broken at entry %1: %2. %n entries before it are intact.</source>
        <translation>
            <numerusform>The audit trail is broken at entry %1: %2. %n entry before it is intact.</numerusform>
            <numerusform>The audit trail is broken at entry %1: %2. %n entries before it are intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n entries checked.</source>
        <translation>
            <numerusform>The audit trail is intact: %n entry checked.</numerusform>
            <numerusform>The audit trail is intact: %n entries checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit entries to %1.</source>
        <translation>
            <numerusform>Exported %n audit entry to %1.</numerusform>
            <numerusform>Exported %n audit entries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message numerus="yes">
        <source>Checks passed: integrity, foreign keys, %n audit entries, </source>
        <translation>
            <numerusform>Checks passed: integrity, foreign keys, %n audit entry, </numerusform>
            <numerusform>Checks passed: integrity, foreign keys, %n audit entries, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored files&apos; SHA-256.</source>
        <translation>
            <numerusform>%n stored file&apos;s SHA-256.</numerusform>
            <numerusform>%n stored files&apos; SHA-256.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message numerus="yes">
        <source>The passphrase must have at least %n characters; a backup on a lost disk is only as safe as its passphrase.</source>
        <translation>
            <numerusform>The passphrase must have at least %n character; a backup on a lost disk is only as safe as its passphrase.</numerusform>
            <numerusform>The passphrase must have at least %n characters; a backup on a lost disk is only as safe as its passphrase.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarCommands</name>
    <message numerus="yes">
        <source>%n open request deadline(s) changed.</source>
        <translation>
            <numerusform>%n open request deadline changed.</numerusform>
            <numerusform>%n open request deadlines changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n line(s) of the list are wrong.</source>
        <translation>
            <numerusform>Nothing was imported: %n line of the list is wrong.</numerusform>
            <numerusform>Nothing was imported: %n lines of the list are wrong.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n holiday(s).</source>
        <translation>
            <numerusform>Imported %n holiday.</numerusform>
            <numerusform>Imported %n holidays.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n holiday(s) for the years %1 to %2.</source>
        <translation>
            <numerusform>Imported %n holiday for the years %1 to %2.</numerusform>
            <numerusform>Imported %n holidays for the years %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s) have a different deadline now.</source>
        <translation>
            <numerusform>%n open request has a different deadline now.</numerusform>
            <numerusform>%n open requests have a different deadline now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckCommands</name>
    <message numerus="yes">
        <source>The check found %n problem(s).</source>
        <translation>
            <numerusform>The check found %n problem.</numerusform>
            <numerusform>The check found %n problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinePolicy</name>
    <message numerus="yes">
        <source>The private regime does not pause for amendments: %n paused range(s) not applied.</source>
        <translation>
            <numerusform>The private regime does not pause for amendments: %n paused range not applied.</numerusform>
            <numerusform>The private regime does not pause for amendments: %n paused ranges not applied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisclosureCommands</name>
    <message numerus="yes">
        <source>Added %1 to %2 as document %3 (%n page(s)). SHA-256: %4</source>
        <translation>
            <numerusform>Added %1 to %2 as document %3 (%n page). SHA-256: %4</numerusform>
            <numerusform>Added %1 to %2 as document %3 (%n pages). SHA-256: %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored redacted copy %1 of document %2 on %3: %n page(s) rebuilt from pixels at %4 dpi, %5 box(es) blacked out; the proof passed. SHA-256: %6</source>
        <translation>
            <numerusform>Stored redacted copy %1 of document %2 on %3: %n page rebuilt from pixels at %4 dpi, %5 box(es) blacked out; the proof passed. SHA-256: %6</numerusform>
            <numerusform>Stored redacted copy %1 of document %2 on %3: %n pages rebuilt from pixels at %4 dpi, %5 box(es) blacked out; the proof passed. SHA-256: %6</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasureCommands</name>
    <message numerus="yes">
        <source>%n request(s) closed before %1 would be purged; nothing was changed.</source>
        <translation>
            <numerusform>%n request closed before %1 would be purged; nothing was changed.</numerusform>
            <numerusform>%n requests closed before %1 would be purged; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purged %n request(s) closed before %1.</source>
        <translation>
            <numerusform>Purged %n request closed before %1.</numerusform>
            <numerusform>Purged %n requests closed before %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthCheckService</name>
    <message numerus="yes">
        <source>Database integrity: %n more problems not shown.</source>
        <translation>
            <numerusform>Database integrity: %n more problem not shown.</numerusform>
            <numerusform>Database integrity: %n more problems not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 point at nothing (%2).</source>
        <translation>
            <numerusform>%n row of %1 point at nothing (%2).</numerusform>
            <numerusform>%n rows of %1 point at nothing (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterBatchTask</name>
    <message numerus="yes">
        <source>Issuing %n decision letter(s)…</source>
        <translation>
            <numerusform>Issuing %n decision letter…</numerusform>
            <numerusform>Issuing %n decision letters…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterBulkPrint</name>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterCommands</name>
    <message numerus="yes">
        <source>Wrote the draft (%n page(s)) to %1.</source>
        <translation>
            <numerusform>Wrote the draft (%n page) to %1.</numerusform>
            <numerusform>Wrote the draft (%n pages) to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the letters could not be issued; the first: %1</source>
        <translation>
            <numerusform>%n of the letters could not be issued: %1</numerusform>
            <numerusform>%n of the letters could not be issued; the first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n letter(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n letter to %1.</numerusform>
            <numerusform>Wrote %n letters to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberCommands</name>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n rows are wrong, listed below with their line numbers.</source>
        <translation>
            <numerusform>Nothing was imported from %1: %n row is wrong, listed below with its line number.</numerusform>
            <numerusform>Nothing was imported from %1: %n rows are wrong, listed below with their line numbers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n members are shown; narrow the query or raise --limit.</source>
        <translation>
            <numerusform>Only the first %n member is shown; narrow the query or raise --limit.</numerusform>
            <numerusform>Only the first %n members are shown; narrow the query or raise --limit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedactCommands</name>
    <message numerus="yes">
        <source>Wrote %1: %n page(s) rebuilt from pixels at %2 dpi, %3 box(es) blacked out; the proof passed. SHA-256: %4</source>
        <translation>
            <numerusform>Wrote %1: %n page rebuilt from pixels at %2 dpi, %3 box(es) blacked out; the proof passed. SHA-256: %4</numerusform>
            <numerusform>Wrote %1: %n pages rebuilt from pixels at %2 dpi, %3 box(es) blacked out; the proof passed. SHA-256: %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Page(s) %1 had no text layer and were read by OCR for the searches and detectors; check their boxes against the page.</source>
        <translation>
            <numerusform>Page %1 had no text layer and was read by OCR for the searches and detectors; check its boxes against the page.</numerusform>
            <numerusform>Pages %1 had no text layer and were read by OCR for the searches and detectors; check their boxes against the pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Page(s) %1 had no text layer and were not searched: %2</source>
        <translation>
            <numerusform>Page %1 had no text layer and was not searched: %2</numerusform>
            <numerusform>Pages %1 had no text layer and were not searched: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Redactor</name>
    <message numerus="yes">
        <source>There is no page %1: the document has %n page(s).</source>
        <translation>
            <numerusform>There is no page %1: the document has %n page.</numerusform>
            <numerusform>There is no page %1: the document has %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsService</name>
    <message numerus="yes">
        <source>The period is longer than %n years; make the statistics year by year.</source>
        <translation>
            <numerusform>The period is longer than %n year; make the statistics year by year.</numerusform>
            <numerusform>The period is longer than %n years; make the statistics year by year.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkflowService</name>
    <message numerus="yes">
        <source>%n inquiries to the divisions are still unanswered; record their answers or say why the decision need not wait.</source>
        <translation>
            <numerusform>%n inquiry to a division is still unanswered; record its answer or say why the decision need not wait.</numerusform>
            <numerusform>%n inquiries to the divisions are still unanswered; record their answers or say why the decision need not wait.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dsr::ApprovalsPage</name>
    <message numerus="yes">
        <source>%n draft(s) waiting for your approval.</source>
        <translation>
            <numerusform>%n draft waiting for your approval.</numerusform>
            <numerusform>%n drafts waiting for your approval.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests selected.</source>
        <translation>
            <numerusform>%n request selected.</numerusform>
            <numerusform>%n requests selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve these %n draft(s) at your step? Each is approved as its own action.

%1</source>
        <translation>
            <numerusform>Approve this %n draft at your step?

%1</numerusform>
            <numerusform>Approve these %n drafts at your step? Each is approved as its own action.

%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approved %n request(s): %1.</source>
        <translation>
            <numerusform>Approved %n request: %1.</numerusform>
            <numerusform>Approved %n requests: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) could not be approved:</source>
        <translation>
            <numerusform>%n request could not be approved:</numerusform>
            <numerusform>%n requests could not be approved:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n procedural letter draft(s) (amendment request, extension, third-party opinion) wait for a chief&apos;s approval.</source>
        <translation>
            <numerusform>%n procedural letter draft (amendment request, extension, third-party opinion) waits for a chief&apos;s approval.</numerusform>
            <numerusform>%n procedural letter drafts (amendment request, extension, third-party opinion) wait for a chief&apos;s approval.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dsr::BackupTab</name>
    <message numerus="yes">
        <source>(older than %n days: back up now)</source>
        <translation>
            <numerusform>(older than %n day: back up now)</numerusform>
            <numerusform>(older than %n days: back up now)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup is encrypted with this passphrase (at least %n characters). Without it the backup cannot be restored.</source>
        <translation>
            <numerusform>The backup is encrypted with this passphrase (at least %n character). Without it the backup cannot be restored.</numerusform>
            <numerusform>The backup is encrypted with this passphrase (at least %n characters). Without it the backup cannot be restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dsr::BusinessCalendarTab</name>
    <message numerus="yes">
        <source>National holidays (%n day(s))</source>
        <translation>
            <numerusform>National holidays (%n day)</numerusform>
            <numerusform>National holidays (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open request(s) now have a different deadline.</source>
        <translation>
            <numerusform>%n open request now has a different deadline.</numerusform>
            <numerusform>%n open requests now have a different deadline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n holiday(s) for the years %1 to %2 from %3.</source>
        <translation>
            <numerusform>Imported %n holiday for the years %1 to %2 from %3.</numerusform>
            <numerusform>Imported %n holidays for the years %1 to %2 from %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dsr::DeadlineTableModel</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open day(s)</source>
        <translation>
            <numerusform>%n open day</numerusform>
            <numerusform>%n open days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dsr::DeadlinesPage</name>
    <message numerus="yes">
        <source>Today %1 · due soon: act by or target on %2 at the latest (target %n day(s) after receipt)</source>
        <translation>
            <numerusform>Today %1 · due soon: act by or target on %2 at the latest (target %n day after receipt)</numerusform>
            <numerusform>Today %1 · due soon: act by or target on %2 at the latest (target %n days after receipt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dsr::DecisionDialog</name>
    <message numerus="yes">
        <source> — %n part(s) not disclosed</source>
        <translation>
            <numerusform> — %n part not disclosed</numerusform>
            <numerusform> — %n parts not disclosed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n correction(s)</source>
        <translation>
            <numerusform> — %n correction</numerusform>
            <numerusform> — %n corrections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace the rows written here with the %n part(s) of the redacted copies?</source>
        <translation>
            <numerusform>Replace the rows written here with the %n part of the redacted copies?</numerusform>
            <numerusform>Replace the rows written here with the %n parts of the redacted copies?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dsr::DisclosurePage</name>
    <message numerus="yes">
        <source>%n box(es), %1</source>
        <translation>
            <numerusform>%n box, %1</numerusform>
            <numerusform>%n boxes, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redacted copy of document %1: %2 pages at %3 dpi, %n box(es) withheld, made by %4 at %5.</source>
        <translation>
            <numerusform>Redacted copy of document %1: %2 pages at %3 dpi, %n box withheld, made by %4 at %5.</numerusform>
            <numerusform>Redacted copy of document %1: %2 pages at %3 dpi, %n boxes withheld, made by %4 at %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dsr::HealthCheckTab</name>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dsr::LetterBatchResultDialog</name>
    <message numerus="yes">
        <source>%n letter(s) issued.</source>
        <translation>
            <numerusform>%n letter issued.</numerusform>
            <numerusform>%n letters issued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) were not issued; the reasons are listed.</source>
        <translation>
            <numerusform>%n letter was not issued; the reason is listed.</numerusform>
            <numerusform>%n letters were not issued; the reasons are listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n more were not attempted.</source>
        <translation>
            <numerusform>Cancelled: %n more was not attempted.</numerusform>
            <numerusform>Cancelled: %n more were not attempted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dsr::LetterWindow</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The redacted copies of %n document(s) (%1 pages) print after the letter.</source>
        <translation>
            <numerusform>The redacted copies of %n document (%1 pages) print after the letter.</numerusform>
            <numerusform>The redacted copies of %n documents (%1 pages) print after the letter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dsr::LettersPage</name>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n letter(s) to %1.</source>
        <translation>
            <numerusform>Exported %n letter to %1.</numerusform>
            <numerusform>Exported %n letters to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issue %n decision letter(s)? Each gets the next document number and is stored as it is.</source>
        <translation>
            <numerusform>Issue %n decision letter? It gets the next document number and is stored as it is.</numerusform>
            <numerusform>Issue %n decision letters? Each gets the next document number and is stored as it is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issued %n letter(s): %1.</source>
        <translation>
            <numerusform>Issued %n letter: %1.</numerusform>
            <numerusform>Issued %n letters: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) were not issued: %1</source>
        <translation>
            <numerusform>%n letter was not issued: %1</numerusform>
            <numerusform>%n letters were not issued: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n letter(s) issued (%1) stay issued; %2 more were not issued.</source>
        <translation>
            <numerusform>Cancelled: %n letter issued (%1) stays issued; %2 more were not issued.</numerusform>
            <numerusform>Cancelled: %n letters issued (%1) stay issued; %2 more were not issued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %n letter(s) in one job (%1 pages); %2 recorded as printed.</source>
        <translation>
            <numerusform>Printed %n letter in one job (%1 pages); %2 recorded as printed.</numerusform>
            <numerusform>Printed %n letters in one job (%1 pages); %2 recorded as printed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Print %n selected letter(s) as one job…</source>
        <translation>
            <numerusform>Print %n selected letter as one job…</numerusform>
            <numerusform>Print %n selected letters as one job…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dsr::MainWindow</name>
    <message numerus="yes">
        <source>Last backup: %n days ago</source>
        <translation>
            <numerusform>Last backup: %n day ago</numerusform>
            <numerusform>Last backup: %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dsr::RedactedCopyPanel</name>
    <message numerus="yes">
        <source>Document %1 — %n box(es)</source>
        <translation>
            <numerusform>Document %1 — %n box</numerusform>
            <numerusform>Document %1 — %n boxes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dsr::RedactionBoxModel</name>
    <message numerus="yes">
        <source>Delete %n boxes</source>
        <translation>
            <numerusform>Delete %n box</numerusform>
            <numerusform>Delete %n boxes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dsr::RedactionWindow</name>
    <message numerus="yes">
        <source>%n box(es)</source>
        <translation>
            <numerusform>%n box</numerusform>
            <numerusform>%n boxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The copy of document %1 was made from page images at %2 dpi and checked: no page has any text, every box is solid black and none of the withheld text is in the file.

%n box(es) burnt in, %3 pages, SHA-256 %4.</source>
        <translation>
            <numerusform>The copy of document %1 was made from page images at %2 dpi and checked: no page has any text, every box is solid black and none of the withheld text is in the file.

%n box burnt in, %3 pages, SHA-256 %4.</numerusform>
            <numerusform>The copy of document %1 was made from page images at %2 dpi and checked: no page has any text, every box is solid black and none of the withheld text is in the file.

%n boxes burnt in, %3 pages, SHA-256 %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dsr::RedactionWorkspace</name>
    <message numerus="yes">
        <source>%n suggestion(s) found.</source>
        <translation>
            <numerusform>%n suggestion found.</numerusform>
            <numerusform>%n suggestions found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected before and not offered again.</source>
        <translation>
            <numerusform>%n rejected before and not offered again.</numerusform>
            <numerusform>%n rejected before and not offered again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n digit(s), not shown)</source>
        <translation>
            <numerusform>(%n digit, not shown)</numerusform>
            <numerusform>(%n digits, not shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>Accept %n suggestion</numerusform>
            <numerusform>Accept %n suggestions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dsr::WorkflowActionDialog</name>
    <message numerus="yes">
        <source>Submit the draft of request %1 for approval. %n inquiries are still unanswered: say why the decision need not wait.</source>
        <translation>
            <numerusform>Submit the draft of request %1 for approval. %n inquiry is still unanswered: say why the decision need not wait.</numerusform>
            <numerusform>Submit the draft of request %1 for approval. %n inquiries are still unanswered: say why the decision need not wait.</numerusform>
        </translation>
    </message>
</context>
</TS>

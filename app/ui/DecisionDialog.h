#pragma once
// The decision editor (DOMAIN.md §3) a clerk drafts a request's answer in: the kind that fits the
// request type, the data concerned, reasons and method, and what the kind needs — the parts not
// disclosed with their legal ground, each correction before → after, the measure and its date,
// the substitute measure. Saving is the workflow's Draft action against the version the clerk
// saw; the service's refusal is shown in the dialog. A decided request's decision opens read-only.
// A partial disclosure's parts not disclosed come from the redaction log of the request's redacted
// copies (grouped by ground, DisclosureService::withheldParts) and stay editable.

#include "model/Decision.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QPlainTextEdit;
class QTableWidget;
class QDialogButtonBox;

namespace dsr {

class ErrorLabel;
struct Session;

class DecisionDialog : public QDialog
{
    Q_OBJECT
public:
    // `readOnly`: show `existing` without any way to change it.
    DecisionDialog(Session &session, const Request &request, const std::optional<Decision> &existing,
                   bool readOnly, QWidget *parent = nullptr);

    // The decision as the form describes it.
    Decision decision() const;
    // Replaces the parts not disclosed with those of the redaction log (asks first when rows have
    // been written); false when there is no redacted copy.
    bool fillWithheldFromCopies(bool ask = true);
    // The save lost the race with another desk: the caller reloads.
    bool lostRace() const { return m_lostRace; }

    // What a decision says, as escaped HTML for read-only views (inbox, workflow tab).
    static QString summaryHtml(const Decision &d);
    // One line: "一部開示 — 2 parts not disclosed".
    static QString summaryLine(const Decision &d);

    void accept() override;

private:
    void showDecision(const Decision &d);
    void updateKindSections();
    void addWithheldRow(const WithheldPart &part = {});
    void addCorrectionRow(const CorrectionItem &item = {});
    DecisionKind currentKind() const;

    Session &m_session;
    Request m_request;
    LegalRegime m_regime = LegalRegime::Private;
    bool m_readOnly;
    bool m_lostRace = false;
    QComboBox *m_kind;
    QPlainTextEdit *m_data;
    QPlainTextEdit *m_reasons;
    QComboBox *m_method;
    QGroupBox *m_withheldBox;
    QTableWidget *m_withheld;
    QGroupBox *m_correctionsBox;
    QTableWidget *m_corrections;
    QGroupBox *m_measureBox;
    QComboBox *m_measure;
    QDateEdit *m_measureDate;
    QGroupBox *m_substituteBox;
    QPlainTextEdit *m_substitute;
    ErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace dsr

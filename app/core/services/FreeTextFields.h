#pragma once
// Every free-text field of every input a service takes, checked through FreeText (DOMAIN.md §8):
// one function per input struct, called once at the service's entry point before anything is
// written (history, audit details, letters). A new free-text field of a struct is added here, in
// the function of its struct — and only here.
//
// Not free text, so not checked here: vocabulary ids (request type, ground, document type),
// dates, amounts, member numbers, postal codes and phone numbers (their own formats refuse
// anything else), tracking numbers of the post (12 digits with their own check digit, which would
// pass the My Number check one time in eleven).

#include "../model/Decision.h"
#include "../model/Member.h"
#include "../model/Request.h"
#include "../security/FreeText.h"
#include "../workflow/RequestWorkflow.h"

#include <QCoreApplication>

namespace dsr {

struct LetterInput;
struct WorkflowInput;

class FreeTextFields
{
    Q_DECLARE_TR_FUNCTIONS(FreeTextFields)
public:
    // Request intake: summary, agent name, address and relationship, data requested, notes.
    // Masks in place under MyNumberPolicy::Mask; returns the refused fields otherwise.
    static QList<FieldError> check(Request &r, MyNumberPolicy policy);
    // Member record: name, address, affiliation.
    static QList<FieldError> check(const Member &m);
    // Decision: data, parts not disclosed and their reasons, corrections, measure, substitute,
    // reasons.
    static Status check(const Decision &d);
    // A workflow action's text (named as the action names it: reason, comment, answer …) and the
    // decision it drafts.
    static Status check(WorkflowAction action, const WorkflowInput &in);
    // What the clerk adds to a letter.
    static Status check(const LetterInput &in);
    // An attachment: its file name and description.
    static Status checkAttachment(const QString &fileName, const QString &description);
    // A reason on its own (voiding or reissuing a letter, a closed day …).
    static Status checkReason(const QString &field, const QString &label, const QString &reason);

    // How the window and dsrctl name the text of `action`.
    static QString textLabel(WorkflowAction action);
};

} // namespace dsr

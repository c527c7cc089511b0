#pragma once
// The small dialog each workflow action opens for its inputs (dates, a document, a comment, the
// inquiry or opinion answered, a new deadline) before it is taken. Taking it is one call to the
// WorkflowService against the version of the request the user saw: a refusal is shown in the
// dialog, a lost race closes it with a reload prompt (lostRace()).

#include "services/WorkflowService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QPlainTextEdit;

namespace dsr {

class ErrorLabel;
struct Session;

class WorkflowActionDialog : public QDialog
{
    Q_OBJECT
public:
    WorkflowActionDialog(Session &session, const Request &request, WorkflowAction action,
                         const WorkflowDetails &details, QWidget *parent = nullptr);

    WorkflowAction action() const { return m_action; }
    WorkflowInput input() const;
    bool lostRace() const { return m_lostRace; }
    // The request after the action (valid once accepted).
    const Request &result() const { return m_result; }

    void accept() override;

    // The shared reload prompt after a lost race.
    static void showLostRace(QWidget *parent, const QString &receiptNo);

private:
    QDateEdit *addDate(const QString &name, const QString &label, const QDate &value);

    Session &m_session;
    Request m_request;
    Request m_result;
    WorkflowAction m_action;
    bool m_lostRace = false;
    bool m_textRequired = false;
    QString m_textMissingMessage;
    QDateEdit *m_date = nullptr;
    QDateEdit *m_dueDate = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QComboBox *m_document = nullptr;
    QComboBox *m_item = nullptr;
    QCheckBox *m_flag = nullptr;
    ErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
    QFormLayout *m_form;
};

} // namespace dsr

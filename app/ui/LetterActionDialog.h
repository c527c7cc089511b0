#pragma once
// The small dialog each step of a letter after issue opens for its inputs: mailed (how, the
// tracking number, the day), returned undeliverable (the day), void (why) and issue again (why).
// Taking the step is one call to a letter service against the version of the letter the user saw: a
// refusal is shown in the dialog as the service words it, a lost race closes it with a reload
// prompt (lostRace()).

#include "model/Letter.h"

#include <QDialog>
#include <memory>

namespace Ui {
class LetterActionDialog;
}

namespace dsr {

struct Session;

class LetterActionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Action { Mail, Return, Void, Reissue };

    LetterActionDialog(Session &session, const Letter &letter, Action action, QWidget *parent = nullptr);
    ~LetterActionDialog() override;

    Action action() const { return m_action; }
    bool lostRace() const { return m_lostRace; }
    // The letter after the step (valid once accepted); for Reissue the new letter.
    const Letter &result() const { return m_result; }

    void accept() override;

private:
    std::unique_ptr<Ui::LetterActionDialog> m_ui;
    Session &m_session;
    Letter m_letter;
    Letter m_result;
    Action m_action;
    bool m_lostRace = false;
};

} // namespace dsr

#pragma once
// Adds a member or edits one: number, name, kana (hiragana is accepted and stored as katakana),
// birth date, postal code, address, telephone, affiliation. MemberService validates and
// normalises; each refused field is shown beside it and the dialog keeps what was typed. An edit
// that lost the race to another desk says so and closes, so the caller reloads.

#include "Result.h"
#include "model/Member.h"

#include <QDialog>
#include <QHash>
#include <memory>

namespace Ui {
class MemberDialog;
}

namespace dsr {

class ErrorLabel;
struct Session;

class MemberDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MemberDialog(Session &session, QWidget *parent = nullptr);
    MemberDialog(Session &session, const Member &member, QWidget *parent = nullptr);
    ~MemberDialog() override;

    bool isEditing() const { return m_editing; }
    // The member as stored (normalised), once accepted.
    const Member &savedMember() const { return m_saved; }
    bool lostRace() const { return m_lostRace; }

public Q_SLOTS:
    void accept() override;

private:
    void setUp();
    Member draft() const;
    void clearErrors();
    void showFieldErrors(const QList<FieldError> &errors);

    std::unique_ptr<Ui::MemberDialog> m_ui;
    Session &m_session;
    bool m_editing = false;
    bool m_lostRace = false;
    Member m_original;
    Member m_saved;
    QHash<QString, QPair<ErrorLabel *, QWidget *>> m_fields;
};

} // namespace dsr

#pragma once
// A date field that may stay empty (QDateEdit always holds some date, which would silently turn
// "not entered" into a real value) and that reads dates the way clerks copy them from paper
// forms: 2025-04-01, 2025/4/1, 2025.4.1, 2025年4月1日, 20250401, 令和7年4月1日, R7.4.1, in
// full-width digits too. It writes a date the way the window does (UiText::date).
// Promoted from QLineEdit in the .ui files.

#include <QDate>
#include <QLineEdit>

namespace dsr {

class DateLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit DateLineEdit(QWidget *parent = nullptr);

    // The date typed; invalid when the field is empty or cannot be read.
    QDate date() const;
    // Empty, or a date that can be read: what a form may pass on.
    bool isAcceptable() const;
    bool isBlank() const;
    // An invalid date empties the field.
    void setDate(const QDate &date);

    static QDate parse(const QString &text);
};

} // namespace dsr

#pragma once
// The red message shown beside a form field (or under a whole form) when input is refused.
// Hidden while empty, so a form without errors takes no extra space; promoted from QLabel in the
// .ui files.

#include <QLabel>

namespace dsr {

class ErrorLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ErrorLabel(QWidget *parent = nullptr);

    void showError(const QString &message);
    void clearError();
    bool hasError() const { return !text().isEmpty(); }
};

} // namespace dsr

#include "ErrorLabel.h"

namespace dsr {

ErrorLabel::ErrorLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A fixed dark red that reads on light and on the usual dark palettes alike.
    setStyleSheet(QStringLiteral("color: #c62828;"));
    hide();
}

void ErrorLabel::showError(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

void ErrorLabel::clearError()
{
    clear();
    hide();
}

} // namespace dsr

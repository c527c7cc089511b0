#pragma once
// Asks the privacy officer why something is erased (消去) and runs the erasure: the explanation
// says what goes and what stays, the reason is required, and the service's refusal is shown in
// the dialog as it words it. Used for "Erase attachment…" and "Erase personal data…".

#include "Result.h"

#include <QDialog>
#include <functional>
#include <memory>

namespace Ui {
class ErasureDialog;
}

namespace dsr {

class ErasureDialog : public QDialog
{
    Q_OBJECT
public:
    // `erase` is called with the reason when the user confirms; the dialog closes on success.
    ErasureDialog(const QString &title, const QString &explanation,
                  std::function<Status(const QString &)> erase, QWidget *parent = nullptr);
    ~ErasureDialog() override;

    void accept() override;

private:
    std::unique_ptr<Ui::ErasureDialog> m_ui;
    std::function<Status(const QString &)> m_erase;
};

} // namespace dsr

#pragma once
// Lists every bad line of a refused member CSV import ("line 12: …"), so the clerk can correct
// the file in one go; says plainly that nothing was imported. The list can be copied.

#include "services/MemberService.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ImportProblemsDialog;
}

namespace dsr {

class ImportProblemsDialog : public QDialog
{
    Q_OBJECT
public:
    ImportProblemsDialog(const QString &fileName, const QList<ImportProblem> &problems,
                         QWidget *parent = nullptr);
    ~ImportProblemsDialog() override;

    QString problemsText() const;

private:
    std::unique_ptr<Ui::ImportProblemsDialog> m_ui;
};

} // namespace dsr

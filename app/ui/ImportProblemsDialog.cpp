#include "ImportProblemsDialog.h"

#include "ui_ImportProblemsDialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLocale>

namespace dsr {

ImportProblemsDialog::ImportProblemsDialog(const QString &fileName, const QList<ImportProblem> &problems,
                                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportProblemsDialog>())
{
    m_ui->setupUi(this);
    m_ui->headlineLabel->setText(
        problems.size() == 1
            ? tr("%1: 1 line cannot be imported.").arg(fileName)
            : tr("%1: %2 lines cannot be imported.").arg(fileName, QLocale().toString(problems.size())));
    QStringList lines;
    for (const ImportProblem &p : problems)
        lines << (p.line > 0 ? tr("line %1: %2").arg(p.line).arg(p.message) : p.message);
    m_ui->problemsPlainTextEdit->setPlainText(lines.join(QLatin1Char('\n')));
    // The list names lines and fields, never the members' data, so copying it is harmless.
    connect(m_ui->copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(problemsText()); });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
}

ImportProblemsDialog::~ImportProblemsDialog() = default;

QString ImportProblemsDialog::problemsText() const
{
    return m_ui->problemsPlainTextEdit->toPlainText();
}

} // namespace dsr

#include "PlaceholderPage.h"

#include "ui_PlaceholderPage.h"

namespace dsr {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &headline, const QString &message,
                                 QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PlaceholderPage>())
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setText(title);
    m_ui->headlineLabel->setText(headline);
    m_ui->messageLabel->setText(message);
}

PlaceholderPage::~PlaceholderPage() = default;

QString PlaceholderPage::message() const
{
    return m_ui->headlineLabel->text() + QLatin1Char('\n') + m_ui->messageLabel->text();
}

} // namespace dsr

#pragma once
// A page whose feature a later version brings (register, approvals, deadlines, members,
// letters). It says so plainly instead of showing empty tables or buttons that do nothing.

#include <QWidget>
#include <memory>

namespace Ui {
class PlaceholderPage;
}

namespace dsr {

class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &headline, const QString &message,
                    QWidget *parent = nullptr);
    ~PlaceholderPage() override;

    QString message() const;

private:
    std::unique_ptr<Ui::PlaceholderPage> m_ui;
};

} // namespace dsr

#pragma once
// A page with nothing to show: an account whose roles open no section, or a section this
// version does not have. It says so plainly instead of showing empty tables or dead buttons.

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

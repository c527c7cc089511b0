#pragma once
// The business calendar in 設定: the national holidays of a chosen year as the deadlines count
// them, the import of the Cabinet Office list, and the organisation's own closed days. Reading
// needs no permission (dates are public); the editing controls show only with CalendarEdit, and
// CalendarService still decides. Every change recomputes the open requests' deadlines; the tab
// says how many moved.

#include <QDate>
#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class BusinessCalendarTab;
}

namespace dsr {

struct RecomputeReport;
struct Session;

class BusinessCalendarTab : public QWidget
{
    Q_OBJECT
public:
    explicit BusinessCalendarTab(Session &session, QWidget *parent = nullptr);
    ~BusinessCalendarTab() override;

    bool canEdit() const { return m_canEdit; }
    int year() const;
    void setYear(int year);
    // Selects the row of `day` in the closed days table.
    bool selectClosedDay(const QDate &day);

public Q_SLOTS:
    void reload();
    void importCabinetOfficeList();
    void addClosedDay();
    void removeClosedDay();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reloadHolidays();
    void reloadClosedDays();
    std::optional<QDate> selectedClosedDay() const;
    void updateButtons();
    void clearMessages();
    void showError(const QString &message);
    void showMessage(const QString &message);
    static QString recomputedText(const RecomputeReport &report);

    std::unique_ptr<Ui::BusinessCalendarTab> m_ui;
    Session &m_session;
    bool m_canEdit = false;
};

} // namespace dsr

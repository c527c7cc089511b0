#pragma once
// The statistics page (統計): a period — a fiscal year in 和暦 (令和7年度) or free dates — the
// figures as a table, requests per month by type as stacked bars, the days from receipt to
// decision as a histogram, and exports to CSV and PDF. The figures are computed on a worker
// thread (BackgroundTask): a year of a large register must not stop the window.

#include "services/StatisticsReport.h"

#include <QWidget>
#include <optional>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace dsr {

class ErrorLabel;
struct Session;

class StatisticsPage : public QWidget
{
    Q_OBJECT
public:
    explicit StatisticsPage(Session &session, QWidget *parent = nullptr);

    QComboBox *periodCombo() const { return m_period; }
    QTableWidget *figuresTable() const { return m_table; }
    QChartView *monthChart() const { return m_monthChart; }
    QChartView *daysChart() const { return m_daysChart; }
    const std::optional<StatisticsReport> &report() const { return m_report; }
    // Today, for tests (which fiscal years are offered); invalid: the current date.
    void setToday(const QDate &today);
    // Selects the fiscal year starting in April of `year` (adding it when not offered) and
    // computes it.
    void showFiscalYear(int year);

public Q_SLOTS:
    void refresh();
    void exportCsv();
    void exportPdf();

Q_SIGNALS:
    // The figures on the page changed (computed, or failed).
    void reportShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    std::optional<StatisticsPeriod> selectedPeriod();
    void fillYears();
    void showReport(const StatisticsReport &report);
    void fillMonthChart(const StatisticsReport &report);
    void fillDaysChart(const StatisticsReport &report);
    void exportTo(bool pdf);
    QDate today() const;

    Session &m_session;
    QDate m_today;
    bool m_shownOnce = false;
    std::optional<StatisticsReport> m_report;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_showButton;
    QPushButton *m_csvButton;
    QPushButton *m_pdfButton;
    QLabel *m_caption;
    ErrorLabel *m_error;
    QTableWidget *m_table;
    QChartView *m_monthChart;
    QChartView *m_daysChart;
};

} // namespace dsr

#pragma once
// 設定 ▸ 点検: runs the health check (HealthCheckService) on a worker thread with its progress, and
// shows the problems found — or that none was, with what was checked — and when it last ran.

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dsr {

struct HealthCheckReport;
struct Session;
class ErrorLabel;

class HealthCheckTab : public QWidget
{
    Q_OBJECT
public:
    explicit HealthCheckTab(Session &session, QWidget *parent = nullptr);

    QPushButton *runButton() const { return m_run; }
    QTableWidget *problemTable() const { return m_problems; }
    QLabel *resultLabel() const { return m_result; } // the outcome in one line, bold
    QLabel *summaryLabel() const { return m_summary; } // what was checked
    QLabel *lastRunLabel() const { return m_lastRun; }

    // The name of a problem id ("letter_hash" → "Letter file") as the table shows it.
    static QString partName(const QString &id);

    // Fills the result line and the problem table (not a slot: the report stays out of moc).
    void showReport(const HealthCheckReport &report);

public Q_SLOTS:
    void runCheck();
    void reloadLastRun();

Q_SIGNALS:
    // The check's result was shown (tests wait for it).
    void checkFinished();

protected:
    void showEvent(QShowEvent *event) override;

private:
    Session &m_session;
    QPushButton *m_run;
    QLabel *m_lastRun;
    QLabel *m_result;
    QLabel *m_summary;
    QTableWidget *m_problems;
    ErrorLabel *m_error;
};

} // namespace dsr

#pragma once
// The audit trail for privacy officers and auditors: filter by user, action, entity and dates,
// verify the hash chain, print a checkpoint sheet, export the filtered entries as CSV. Everything goes
// through AuditService with the signed-in actor.

#include "model/AuditQuery.h"
#include "services/AuditService.h"

#include <QWidget>
#include <memory>

namespace Ui {
class AuditLogPage;
}

namespace dsr {

class AuditLogModel;
struct Session;

class AuditLogPage : public QWidget
{
    Q_OBJECT
public:
    // The table shows at most this many entries, newest first; the export has no limit.
    static constexpr int DisplayLimit = 5000;

    explicit AuditLogPage(Session &session, QWidget *parent = nullptr);
    ~AuditLogPage() override;

    AuditLogModel *model() const { return m_model; }
    // The filter as set on the page; `limited` for the table, unlimited for the export.
    AuditFilter filter(bool limited) const;

public Q_SLOTS:
    void refresh();
    void verifyChain();
    // Records a checkpoint and saves its one-page sheet as PDF (FileDialog).
    void printCheckpoint();
    void exportCsv();

private:
    void clearFilter();
    bool checkDates();

    std::unique_ptr<Ui::AuditLogPage> m_ui;
    Session &m_session;
    AuditLogModel *m_model;
};

} // namespace dsr

#pragma once
// "Connect to a server": the desks of a division share one PostgreSQL database (issue 11). The
// person enters the server, port, database, user and — unless the password file holds it — the
// password, and how the connection is encrypted; Connect opens the database here, so a refusal
// (wrong password, unknown host, a database not set up) shows in the dialog with the server's
// reason, and an accepted dialog hands over the open database. The password is used for this
// connection only: it is never saved, and the location remembered for the next start has none.
// Also asks for the password alone when a remembered or given server location wants one.

#include "Result.h"
#include "services/DatabaseAccess.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ServerConnectionDialog;
}

namespace dsr {

class ServerConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServerConnectionDialog(const QString &auditKeyPath = {}, QWidget *parent = nullptr);
    ~ServerConnectionDialog() override;

    // Fills the fields from a postgresql:// URI (a password in it is ignored).
    void setLocation(const QString &uri);
    // Only the password is asked for the given location; `reason` says why.
    void askPasswordOnly(const QString &uri, const QString &reason);
    // The fields from `uri`, and why connecting to it failed, to correct or retry.
    void showProblem(const QString &uri, const QString &problem);
    // The URI the fields describe (postgresql://USER@HOST:PORT/DATABASE?sslmode=…), no password.
    QString location() const;
    // The database Connect opened; empty before.
    DatabaseHandle takeDatabase() { return std::move(m_database); }

public Q_SLOTS:
    void accept() override;

private:
    std::unique_ptr<Ui::ServerConnectionDialog> m_ui;
    QString m_auditKeyPath;
    DatabaseHandle m_database;
};

} // namespace dsr

#pragma once
// Hears of changes other desks commit to the database this connection is on, so the window can
// show them without being asked to refresh. PostgreSQL: the notices of migration 010 (LISTEN on
// dsr_changes through QSqlDriver::subscribeToNotification), naming the member, request or letter;
// the desk's own notices are ignored. SQLite: PRAGMA data_version, read every half second, moves
// when another connection commits — which says that something changed, not what.
// Lives on the thread that owns the connection (the window's).

#include <QObject>
#include <QString>

class QTimer;

namespace dsr {

class Database;

class ChangeListener : public QObject
{
    Q_OBJECT
public:
    // How often a SQLite database is asked whether another connection committed.
    static constexpr int PollIntervalMs = 500;

    explicit ChangeListener(Database &db, QObject *parent = nullptr);
    ~ChangeListener() override;

    // Whether changes are heard at all (false when the server refused LISTEN).
    bool isListening() const { return m_listening; }

Q_SIGNALS:
    // `kind` is "member", "request" or "letter" with its id; an empty kind (id 0): something
    // changed, unknown what.
    void changed(const QString &kind, qint64 id);

private:
    void poll();

    Database &m_db;
    QTimer *m_timer = nullptr;
    qint64 m_dataVersion = -1;
    bool m_listening = false;
};

} // namespace dsr

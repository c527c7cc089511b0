#include "ChangeListener.h"

#include "../Logging.h"
#include "Database.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimer>

namespace dsr {

namespace {
const QString kChannel = QStringLiteral("dsr_changes");
} // namespace

ChangeListener::ChangeListener(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    if (m_db.dialect().isPostgres()) {
        QSqlDriver *driver = m_db.connection().driver();
        m_listening = m_db.subscribe(kChannel);
        if (!m_listening) {
            qCWarning(lcDb) << "cannot listen for other desks' changes";
            return;
        }
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                    if (name != kChannel || source == QSqlDriver::SelfSource)
                        return;
                    const QString text = payload.toString();
                    const qsizetype colon = text.indexOf(QLatin1Char(':'));
                    bool ok = false;
                    const qint64 id = colon > 0 ? text.mid(colon + 1).toLongLong(&ok) : 0;
                    if (ok)
                        Q_EMIT changed(text.left(colon), id);
                    else
                        Q_EMIT changed(QString(), 0);
                });
        // Notices sent while the connection was down are lost: everything may have changed.
        m_db.setReconnectedCallback([this] { Q_EMIT changed(QString(), 0); });
        return;
    }
    m_timer = new QTimer(this);
    m_timer->setInterval(PollIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ChangeListener::poll);
    poll();
    m_timer->start();
    m_listening = true;
}

ChangeListener::~ChangeListener()
{
    m_db.setReconnectedCallback({});
    if (m_db.dialect().isPostgres() && m_listening && m_db.connection().isOpen())
        m_db.connection().driver()->unsubscribeFromNotification(kChannel);
}

void ChangeListener::poll()
{
    // Never inside the desk's own open transaction: its state is not another desk's change.
    if (m_db.inTransaction())
        return;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return;
    const qint64 version = q.value(0).toLongLong();
    const bool moved = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    if (moved)
        Q_EMIT changed(QString(), 0);
}

} // namespace dsr

#include "ChangeFeed.h"

#include "../storage/ChangeListener.h"

#include <QTimer>

namespace dsr {

ChangeFeed::ChangeFeed(Database &db, QObject *parent)
    : QObject(parent)
    , m_listener(new ChangeListener(db, this))
    , m_gather(new QTimer(this))
{
    m_gather->setSingleShot(true);
    m_gather->setInterval(GatherMs);
    connect(m_gather, &QTimer::timeout, this, &ChangeFeed::deliver);
    connect(m_listener, &ChangeListener::changed, this, &ChangeFeed::note);
}

ChangeFeed::~ChangeFeed() = default;

bool ChangeFeed::isListening() const
{
    return m_listener->isListening();
}

void ChangeFeed::note(const QString &kind, qint64 id)
{
    if (kind == QLatin1String("request"))
        m_pending.requests.insert(id);
    else if (kind == QLatin1String("letter"))
        m_pending.letters.insert(id);
    else if (kind == QLatin1String("member"))
        m_pending.members.insert(id);
    else
        m_pending.unknown = true;
    if (!m_gather->isActive())
        m_gather->start();
}

void ChangeFeed::deliver()
{
    const ChangeBatch batch = std::exchange(m_pending, ChangeBatch());
    Q_EMIT changed(batch);
}

} // namespace dsr

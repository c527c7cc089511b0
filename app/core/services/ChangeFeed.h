#pragma once
// What the window needs to stay current while other desks work (issue 11, "live desks"): the
// changes other desks committed — requests (with their workflow rows and letters), letters and
// members — gathered for a moment and handed over in one batch, so a burst of changes (a batch of
// letters) costs one refresh. Built on storage's ChangeListener; the window never sees the engine.

#include <QObject>
#include <QSet>

class QTimer;

namespace dsr {

class ChangeListener;
class Database;

struct ChangeBatch
{
    QSet<qint64> requests;
    QSet<qint64> letters;
    QSet<qint64> members;
    // Something changed and the database could not say what (SQLite): refresh everything shown.
    bool unknown = false;

    bool touchesRequest(qint64 id) const { return unknown || requests.contains(id); }
};

class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    // Changes arriving within this time of the first are delivered together.
    static constexpr int GatherMs = 200;

    explicit ChangeFeed(Database &db, QObject *parent = nullptr);
    ~ChangeFeed() override;

    bool isListening() const;

Q_SIGNALS:
    void changed(const dsr::ChangeBatch &batch);

private:
    void note(const QString &kind, qint64 id);
    void deliver();

    ChangeListener *m_listener;
    QTimer *m_gather;
    ChangeBatch m_pending;
};

} // namespace dsr

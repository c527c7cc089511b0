#pragma once
// Everything a letter says, gathered from storage and checked against the request's state: the
// request, the recipient, the person in charge, the decision a decision letter notifies, the open
// amendment, the extension or the third-party opinion a procedural letter is about, and what the
// clerk added (LetterInput). Whether a kind can be written for the request now is whether this
// succeeds. Reads only; the letter services check permissions and audit.

#include "../Result.h"
#include "../letters/LetterFacts.h"
#include "../letters/LetterKind.h"
#include "../model/User.h"
#include "LetterInput.h"

#include <QCoreApplication>
#include <QDate>

namespace dsr {

class Database;

class LetterFactsGatherer
{
    // The messages kept the context they had in LetterService (their translations with them).
    Q_DECLARE_TR_FUNCTIONS(LetterService)
public:
    LetterFactsGatherer(Database &db, const QDate &today)
        : m_db(db)
        , m_today(today)
    {
    }

    Result<LetterFacts> gather(const Actor &actor, qint64 requestId, LetterKind kind,
                               const LetterInput &input);

private:
    QDate today() const { return m_today; }
    Database &m_db;
    QDate m_today;
};

} // namespace dsr

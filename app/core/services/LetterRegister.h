#pragma once
// The letter register (文書番号簿) as people read it: listing and searching (a document number
// is found whatever the width of its digits), finding one letter by its number, the stored PDF
// checked against its hash, and the register as CSV. Every read is audited.

#include "../model/Letter.h"
#include "../model/LetterQuery.h"
#include "ServiceBase.h"

#include <QJsonObject>

namespace dsr {

class LetterRegister : public ServiceBase
{
    // The messages kept the context they had in LetterService (their translations with them).
    Q_DECLARE_TR_FUNCTIONS(LetterService)
public:
    using ServiceBase::ServiceBase;

    // Most letters one listing returns (query.limit 0 or above this gets this many).
    static constexpr int MaxListRows = 1000;
    // Recorded with the filter and the number of letters returned ("letter.list"); page on with
    // query.offset.
    Result<QList<Letter>> list(const Actor &actor, const LetterQuery &query);
    struct Page
    {
        QList<Letter> rows;
        qint64 total = 0; // matches in the register (capped by query.countCap + 1)
    };
    // The first page and the number of matches in one call and one "letter.list" entry (the
    // letter register's paged model).
    Result<Page> page(const Actor &actor, const LetterQuery &query);
    // How many letters match (limit and offset ignored; query.countCap bounds it), recorded as
    // "letter.count" with the filter: the home page's letters to print, to mail and returned.
    Result<qint64> count(const Actor &actor, const LetterQuery &query);
    // The fiscal years that have numbered letters, newest first (no personal data).
    Result<QList<int>> fiscalYears(const Actor &actor);
    // By document number (長共総第12号, either digit width) or numeric id; recorded ("letter.find").
    Result<Letter> find(const Actor &actor, const QString &numberOrId);
    // The stored bytes of an issued letter, checked against their stored hash. Audited.
    Result<QByteArray> pdf(const Actor &actor, qint64 letterId);
    // The register as CSV (UTF-8 with BOM), every match (no cap). The export is recorded before
    // the file appears, and when it cannot be recorded there is no file. Returns the number of
    // letters.
    Result<qint64> exportRegisterCsv(const Actor &actor, const LetterQuery &query, const QString &path);

    // For the letter services (no permission check, nothing audited): the letter, or NotFound.
    static Result<Letter> load(Database &db, qint64 letterId);
    // The audit details that name a letter: its request, kind and (once issued) number.
    static QJsonObject event(const Letter &letter);

private:
    static QJsonObject auditFilter(const LetterQuery &query);
    // list (counted false) and page (counted true): one read, one "letter.list" entry.
    Result<Page> listPage(const Actor &actor, const LetterQuery &query, bool counted);
};

} // namespace dsr

#pragma once
// The letter register (文書番号簿) and the template versions. All SQL about letters lives here
// (the document numbers are counted by Numbering); the service decides what may happen and audits
// it. An issued letter's number, date, bytes and hash are written once (triggers refuse any later
// change); its search keys (JapaneseText::searchKey) are written with them.

#include "../Result.h"
#include "../model/Letter.h"
#include "../model/LetterQuery.h"
#include "../model/LetterRecordFields.h"

#include <QCoreApplication>

namespace dsr {

class Database;

// Everything written when a letter is issued.
struct IssuedLetter
{
    QString symbol;
    int fiscalYear = 0;
    int number = 0;
    QString documentNo;
    QDate letterDate;
    QString addressee;
    qint64 templateId = 0;
    QByteArray pdf;
    QString sha256;
    int pages = 0;
    qint64 issuedBy = 0;
    qint64 replacesId = 0;
};

class LetterRepository
{
    Q_DECLARE_TR_FUNCTIONS(LetterRepository)
public:
    explicit LetterRepository(Database &db)
        : m_db(db)
    {
    }

    // A row in state Draft (awaiting approval) or Approved.
    Result<qint64> insertDraft(qint64 requestId, const QString &kind, LetterState state, qint64 userId);
    // A letter issued at once (decision letters): one row, numbered.
    Result<qint64> insertIssued(qint64 requestId, const QString &kind, const IssuedLetter &issued);
    // Issues an approved draft; Conflict when it changed meanwhile.
    Status issueDraft(qint64 id, qint64 expectedVersion, const IssuedLetter &issued);
    // State changes after issue (and approval of a draft): only the given fields, never the
    // issued content. Conflict when `expectedVersion` is stale.
    Status update(qint64 id, qint64 expectedVersion, LetterState state, const LetterRecordValues &fields);
    // The column of each field (the only place that names them).
    static QString column(LetterRecordField field);

    Result<std::optional<Letter>> find(qint64 id);
    // Numbers restart every fiscal year: the most recent letter with this number, written with
    // either digit width.
    Result<std::optional<Letter>> findByDocumentNo(const QString &documentNo);
    Result<QList<Letter>> list(const LetterQuery &query);
    // How many letters match (limit and offset ignored; query.countCap bounds the count).
    Result<qint64> count(const LetterQuery &query);
    // The search keys of every issued letter, from its number and addressee (schema upgrade 9).
    Status fillSearchKeys();
    // The fiscal years that have numbered letters, newest first.
    Result<QList<int>> fiscalYears();
    Result<QByteArray> pdf(qint64 id);
    // What the clerk added for the letter (LetterInput as JSON text); written before issue only.
    Status setInput(qint64 id, const QString &json);
    Result<QString> input(qint64 id);

    // The newest official seal image (empty when none was imported), and a new one.
    Result<QByteArray> latestSeal();
    Status addSeal(const QByteArray &png, const QString &sha256, qint64 userId);

    // The highest version of `kind`'s template, if any was recorded.
    Result<std::optional<LetterTemplateRow>> activeTemplate(const QString &kind);
    Result<LetterTemplateRow> addTemplate(const QString &kind, const QString &source, const QString &body,
                                          qint64 userId);
    Result<QList<LetterTemplateRow>> templates(const QString &kind);
    Result<std::optional<LetterTemplateRow>> templateById(qint64 id);

private:
    Database &m_db;
};

} // namespace dsr

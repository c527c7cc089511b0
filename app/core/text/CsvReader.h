#pragma once
// RFC 4180 CSV in UTF-8 (with or without BOM) or CP932 (Shift_JIS as Windows writes it):
// quoted fields with commas, doubled quotes and line breaks; CRLF or LF. Every record keeps the
// line it started on, so import errors can name it.

#include "../Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace dsr {

struct CsvRecord
{
    int line = 0; // 1-based physical line where the record starts
    QStringList fields;
};

struct CsvTable
{
    QString encoding; // "UTF-8" or "CP932"
    QList<CsvRecord> records;
};

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    // Decodes and splits; blank lines are skipped. Refuses bytes that are neither valid UTF-8 nor
    // CP932, and a quote left open at the end.
    static Result<CsvTable> parse(const QByteArray &bytes);
    static Result<QString> decode(const QByteArray &bytes, QString *encoding);
};

// One field of a CSV line as DSR Desk writes them (RFC 4180 quoting). A value a spreadsheet
// would run as a formula (leading =, +, -, @, TAB or CR, or a full-width ＝ ＋ － ＠) is prefixed
// with an apostrophe.
class CsvWriter
{
public:
    static QString field(const QString &value);
    // One record: every field escaped as field() does, joined by commas, UTF-8, ended by CRLF.
    static QByteArray record(const QStringList &fields);
};

} // namespace dsr

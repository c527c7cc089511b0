// CsvReader (member import, holiday list): any bytes, UTF-8 or CP932 or neither.
//
// Invariants: decode and parse agree on the encoding and on refusing undecodable bytes; records
// start on increasing lines; and a table read is written back by CsvWriter and read again to the
// same fields — less what the writer changes on purpose (the apostrophe before a formula, see
// expectedField) and what RFC 4180 cannot keep (below).

#include "FuzzSupport.h"
#include "text/CsvReader.h"

using namespace dsr;

namespace {

// What a field written by CsvWriter reads back as.
QString expectedField(const QString &value)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20");
    QString out = value;
    if (!out.isEmpty() && formulaStarts.contains(out.front()))
        out.prepend(QLatin1Char('\''));
    // The reader keeps a quoted CR LF as one LF (a field cannot say it held CR LF).
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    QString encoding;
    const auto decoded = CsvReader::decode(input, &encoding);
    const auto table = CsvReader::parse(input);
    if (!decoded) {
        DSR_FUZZ_ASSERT(!table, QStringLiteral("parse read bytes decode refused"));
        return 0;
    }
    DSR_FUZZ_ASSERT(encoding == QLatin1String("UTF-8") || encoding == QLatin1String("CP932"), encoding);
    if (!table)
        return 0;
    DSR_FUZZ_ASSERT(table->encoding == encoding, table->encoding + QLatin1String(" vs ") + encoding);

    int lastLine = 0;
    QByteArray written;
    QList<QStringList> expected;
    for (const CsvRecord &r : table->records) {
        DSR_FUZZ_ASSERT(r.line > lastLine, QStringLiteral("line %1 after line %2").arg(r.line).arg(lastLine));
        DSR_FUZZ_ASSERT(!r.fields.isEmpty(), QStringLiteral("a record without fields"));
        lastLine = r.line;
        // A record of one empty field is a blank line once written: the reader skips it.
        if (r.fields.size() == 1 && r.fields.first().isEmpty())
            continue;
        written += CsvWriter::record(r.fields);
        QStringList fields;
        for (const QString &f : r.fields)
            fields << expectedField(f);
        expected << fields;
    }
    if (expected.isEmpty())
        return 0;
    // Reading drops byte order marks at the very start — the one decode() looks for and one more
    // that the UTF-8 decoder skips: a first field written unquoted that begins with U+FEFF (after
    // blank lines the reader skipped) loses up to two.
    QString &first = expected.first().first();
    for (int i = 0; i < 2 && written.mid(3 * i).startsWith("\xEF\xBB\xBF"); ++i)
        first.remove(0, 1);
    if (expected.first().size() == 1 && first.isEmpty())
        expected.removeFirst(); // what is left is a blank line

    const auto again = CsvReader::parse(written);
    DSR_FUZZ_ASSERT(again.ok(), QStringLiteral("CsvWriter's output was refused: ") + again.error().message);
    DSR_FUZZ_ASSERT(again->encoding == QLatin1String("UTF-8"), again->encoding);
    qsizetype n = 0;
    for (const CsvRecord &r : again->records) {
        DSR_FUZZ_ASSERT(n < expected.size(), QStringLiteral("more records read back than written"));
        DSR_FUZZ_ASSERT(r.fields == expected.at(n),
                        QStringLiteral("record %1 read back as [%2], written [%3]")
                            .arg(n)
                            .arg(fuzz::codePoints(r.fields.join(QChar(0x2063))),
                                 fuzz::codePoints(expected.at(n).join(QChar(0x2063)))));
        ++n;
    }
    DSR_FUZZ_ASSERT(n == expected.size(),
                    QStringLiteral("%1 records read back of %2").arg(n).arg(expected.size()));
    return 0;
}

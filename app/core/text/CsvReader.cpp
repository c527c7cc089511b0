#include "CsvReader.h"

#include <QStringDecoder>

namespace dsr {

Result<QString> CsvReader::decode(const QByteArray &bytes, QString *encoding)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8(bytes.mid(3));
        if (utf8.hasError())
            return makeError(ErrorCode::Validation,
                             tr("The file starts like UTF-8 but contains invalid bytes."));
        *encoding = QStringLiteral("UTF-8");
        return text;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    if (!utf8.hasError()) {
        *encoding = QStringLiteral("UTF-8");
        return text;
    }
    QStringDecoder cp932("CP932");
    if (!cp932.isValid())
        return makeError(ErrorCode::Failure, tr("This system cannot read CP932 (Shift_JIS) files."));
    const QString sjis = cp932(bytes);
    if (cp932.hasError() || sjis.contains(QChar::ReplacementCharacter))
        return makeError(
            ErrorCode::Validation,
            tr("The file is neither UTF-8 nor CP932 (Shift_JIS) text. Save it as UTF-8 CSV and try again."));
    *encoding = QStringLiteral("CP932");
    return sjis;
}

Result<CsvTable> CsvReader::parse(const QByteArray &bytes)
{
    CsvTable table;
    auto decoded = decode(bytes, &table.encoding);
    if (!decoded)
        return decoded.error();
    const QString text = decoded.value();

    int line = 1;
    CsvRecord record;
    record.line = 1;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool recordHasContent = false;
    int quoteLine = 0;

    auto endField = [&] {
        record.fields.append(field);
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = !recordHasContent && record.fields.size() == 1 && record.fields.first().isEmpty();
        if (!blank)
            table.records.append(record);
        record = CsvRecord();
        recordHasContent = false;
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                    continue; // CRLF inside a quoted field is one line break, kept as LF
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || fieldWasQuoted)
                return makeError(
                    ErrorCode::Validation,
                    tr("Line %1: a quote appears inside an unquoted field; put the whole field in "
                       "quotes and double the quote.")
                        .arg(line));
            inQuotes = true;
            fieldWasQuoted = true;
            recordHasContent = true;
            quoteLine = line;
        } else if (c == QLatin1Char(',')) {
            endField();
            recordHasContent = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            record.line = line;
        } else {
            if (fieldWasQuoted)
                return makeError(
                    ErrorCode::Validation,
                    tr("Line %1: text follows a closing quote; put the whole field in quotes.").arg(line));
            field.append(c);
            recordHasContent = true;
        }
    }
    if (inQuotes)
        return makeError(ErrorCode::Validation,
                         tr("Line %1: a quoted field is never closed.").arg(quoteLine));
    if (recordHasContent || !field.isEmpty())
        endRecord();
    return table;
}

QString CsvWriter::field(const QString &value)
{
    QString v = value;
    // OWASP's list (= + - @, TAB, CR) and the full-width forms a Japanese spreadsheet also reads.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20");
    if (!v.isEmpty() && formulaStarts.contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + v.replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
    return v;
}

QByteArray CsvWriter::record(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &f : fields)
        escaped << field(f);
    return escaped.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

} // namespace dsr

#include "CabinetOfficeList.h"

#include "../text/CsvReader.h"

#include <QRegularExpression>

namespace dsr {

namespace {

QString clean(const QString &s)
{
    QString out = s;
    out.replace(QChar(0x3000), QLatin1Char(' '));
    return out.trimmed();
}

} // namespace

Result<CabinetOfficeImport> CabinetOfficeList::parse(const QByteArray &bytes)
{
    auto table = CsvReader::parse(bytes);
    if (!table)
        return table.error();
    CabinetOfficeImport out;
    if (table->records.isEmpty())
        return makeError(ErrorCode::Validation, tr("The file is empty."));
    const CsvRecord &header = table->records.first();
    if (header.fields.size() < 2 || clean(header.fields[0]) != QStringLiteral("国民の祝日・休日月日"))
        return makeError(ErrorCode::Validation,
                         tr("Line %1: this is not the Cabinet Office holiday list (the header must read "
                            "国民の祝日・休日月日,国民の祝日・休日名称).")
                             .arg(header.line));
    static const QRegularExpression datePattern(QStringLiteral("^(\\d{4})/(\\d{1,2})/(\\d{1,2})$"));
    QSet<QDate> seen;
    for (qsizetype i = 1; i < table->records.size(); ++i) {
        const CsvRecord &rec = table->records[i];
        QStringList fields;
        for (const QString &f : rec.fields)
            fields << clean(f);
        while (fields.size() > 2 && fields.last().isEmpty())
            fields.removeLast();
        if (fields.size() == 1 && fields.first().isEmpty())
            continue;
        if (fields.size() != 2) {
            out.problems.append(
                { rec.line, tr("expected a date and a name, found %1 fields").arg(fields.size()) });
            continue;
        }
        const auto m = datePattern.match(fields[0].normalized(QString::NormalizationForm_KC));
        const QDate d = m.hasMatch()
            ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt())
            : QDate();
        if (!d.isValid()) {
            out.problems.append({ rec.line, tr("\"%1\" is not a date like 2019/5/1").arg(fields[0]) });
            continue;
        }
        if (fields[1].isEmpty()) {
            out.problems.append({ rec.line, tr("the holiday has no name") });
            continue;
        }
        if (seen.contains(d)) {
            out.problems.append({ rec.line, tr("%1 appears twice").arg(d.toString(Qt::ISODate)) });
            continue;
        }
        seen.insert(d);
        out.byYear[d.year()].append({ d, fields[1] });
        ++out.rows;
    }
    if (out.problems.isEmpty() && out.rows == 0)
        return makeError(ErrorCode::Validation, tr("The list holds no holidays."));
    for (auto &list : out.byYear)
        std::sort(list.begin(), list.end(),
                  [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    return out;
}

} // namespace dsr

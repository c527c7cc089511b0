#include "AuditCheckpoint.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace dsr {

namespace {

const char kFormat[] = "dsr-audit-checkpoint-v1";

} // namespace

QByteArray AuditCheckpoint::toJson() const
{
    const QJsonObject o { { QStringLiteral("format"), QLatin1String(kFormat) },
                          { QStringLiteral("database_id"), databaseId },
                          { QStringLiteral("seq"), head.seq },
                          { QStringLiteral("hash"), head.hash },
                          { QStringLiteral("taken_utc"), takenUtc.toUTC().toString(Qt::ISODateWithMs) },
                          { QStringLiteral("organisation"), organisation } };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString AuditCheckpoint::groupedHash(const QString &hash)
{
    QStringList lines;
    for (qsizetype line = 0; line < hash.size(); line += 32) {
        QStringList groups;
        for (qsizetype i = line; i < qMin(line + 32, hash.size()); i += 4)
            groups << hash.mid(i, 4);
        lines << groups.join(QLatin1Char(' '));
    }
    return lines.join(QLatin1Char('\n'));
}

Result<AuditCheckpoint> AuditCheckpointFile::parse(const QByteArray &json)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    const QJsonObject o = doc.object();
    AuditCheckpoint c;
    c.databaseId = o.value(QStringLiteral("database_id")).toString();
    c.head.seq = o.value(QStringLiteral("seq")).toInteger(-1);
    c.head.hash = o.value(QStringLiteral("hash")).toString();
    c.takenUtc = QDateTime::fromString(o.value(QStringLiteral("taken_utc")).toString(), Qt::ISODateWithMs);
    c.organisation = o.value(QStringLiteral("organisation")).toString();
    if (error.error != QJsonParseError::NoError || !doc.isObject()
        || o.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return makeError(ErrorCode::Usage, tr("it is not a DSR Desk audit checkpoint"));
    if (c.head.seq < 0 || !hex.match(c.head.hash).hasMatch() || c.databaseId.isEmpty())
        return makeError(ErrorCode::Usage,
                         tr("its sequence number, hash or database id is missing or malformed"));
    return c;
}

Result<AuditCheckpoint> AuditCheckpointFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Usage,
                         tr("Cannot read the checkpoint file %1: %2").arg(path, file.errorString()));
    auto parsed = parse(file.read(64 * 1024));
    if (!parsed)
        return makeError(ErrorCode::Usage,
                         tr("The checkpoint file %1 cannot be used: %2.").arg(path, parsed.error().message));
    return parsed;
}

} // namespace dsr

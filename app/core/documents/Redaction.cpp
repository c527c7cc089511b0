#include "Redaction.h"

namespace dsr {

QList<RedactionSource> RedactionSources::all()
{
    return { RedactionSource::Box,   RedactionSource::Search,     RedactionSource::MyNumber,
             RedactionSource::Phone, RedactionSource::PostalCode, RedactionSource::MemberName,
             RedactionSource::Ocr };
}

QString RedactionSources::id(RedactionSource source)
{
    switch (source) {
    case RedactionSource::Box:
        return QStringLiteral("box");
    case RedactionSource::Search:
        return QStringLiteral("search");
    case RedactionSource::MyNumber:
        return QStringLiteral("my-number");
    case RedactionSource::Phone:
        return QStringLiteral("phone");
    case RedactionSource::PostalCode:
        return QStringLiteral("postal-code");
    case RedactionSource::Ocr:
        return QStringLiteral("ocr");
    case RedactionSource::MemberName:
        return QStringLiteral("member-name");
    }
    return {};
}

std::optional<RedactionSource> RedactionSources::fromId(const QString &id)
{
    for (RedactionSource s : all())
        if (RedactionSources::id(s) == id)
            return s;
    return std::nullopt;
}

QString RedactionSources::displayName(RedactionSource source)
{
    switch (source) {
    case RedactionSource::Box:
        return tr("Box");
    case RedactionSource::Search:
        return tr("Search");
    case RedactionSource::MyNumber:
        return tr("My Number");
    case RedactionSource::Phone:
        return tr("Telephone number");
    case RedactionSource::PostalCode:
        return tr("Postal code");
    case RedactionSource::Ocr:
        return tr("OCR");
    case RedactionSource::MemberName:
        return tr("Member name");
    }
    return {};
}

QList<RedactionBox> RedactionHit::boxes(const QString &ground, const QString &reason) const
{
    QList<RedactionBox> out;
    out.reserve(rects.size());
    for (const QRectF &r : rects)
        out.append(RedactionBox { page, r, source, ground, reason, text, detector });
    return out;
}

} // namespace dsr

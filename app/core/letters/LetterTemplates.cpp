#include "LetterTemplates.h"

#include "MustacheTemplate.h"

#include <QFile>
#include <QSet>

namespace dsr {

namespace {

struct FieldUse
{
    QStringList problems;
    QList<FieldError> fields;
    QSet<QString> used; // top-level names used
    QHash<QString, QSet<QString>> itemsUsed; // list name → its item fields used inside it

    void refuse(const QString &field, const QString &message)
    {
        problems << message;
        fields.append({ field, message });
    }
};

QString typeName(LetterField::Type type)
{
    switch (type) {
    case LetterField::Type::Text:
        return LetterTemplates::tr("text");
    case LetterField::Type::Flag:
        return LetterTemplates::tr("flag");
    case LetterField::Type::List:
        return LetterTemplates::tr("list");
    }
    return {};
}

// `lists` are the list sections the tags are inside, innermost last.
void checkTags(const QList<TemplateTag> &tags, const QList<LetterField> &top,
               QList<const LetterField *> &lists, FieldUse &use)
{
    for (const TemplateTag &tag : tags) {
        const LetterField *field = nullptr;
        const LetterField *owner = nullptr; // the list whose item field it is
        for (auto it = lists.rbegin(); it != lists.rend() && !field; ++it)
            for (const LetterField &f : (*it)->itemFields)
                if (f.name == tag.name) {
                    field = &f;
                    owner = *it;
                    break;
                }
        if (!field)
            for (const LetterField &f : top)
                if (f.name == tag.name) {
                    field = &f;
                    break;
                }
        if (!field) {
            use.refuse(tag.name,
                       LetterTemplates::tr("Line %1: {{%2}} is not a field of this letter.")
                           .arg(tag.line)
                           .arg(tag.name));
            continue;
        }
        if (owner)
            use.itemsUsed[owner->name].insert(tag.name);
        else
            use.used.insert(tag.name);
        if (tag.kind == TemplateTag::Kind::Variable && field->type != LetterField::Type::Text) {
            use.refuse(tag.name,
                       LetterTemplates::tr("Line %1: %2 is a %3; use it as a section {{#%2}}…{{/%2}}.")
                           .arg(tag.line)
                           .arg(tag.name, typeName(field->type)));
            continue;
        }
        if (field->type == LetterField::Type::List && tag.kind == TemplateTag::Kind::Section) {
            lists.append(field);
            checkTags(tag.children, top, lists, use);
            lists.removeLast();
        } else {
            checkTags(tag.children, top, lists, use);
        }
    }
}

} // namespace

QList<LetterTemplates::Region> LetterTemplates::regions()
{
    return { Region::Heading, Region::Address, Region::Body, Region::Contact };
}

QString LetterTemplates::marker(Region region)
{
    switch (region) {
    case Region::Heading:
        return QStringLiteral("<!--dsr:heading-->");
    case Region::Address:
        return QStringLiteral("<!--dsr:address-->");
    case Region::Body:
        return QStringLiteral("<!--dsr:body-->");
    case Region::Contact:
        return QStringLiteral("<!--dsr:contact-->");
    }
    return {};
}

QString LetterTemplates::resourcePath(LetterKind kind)
{
    return QStringLiteral(":/templates/%1.html").arg(LetterKinds::id(kind));
}

QString LetterTemplates::builtIn(LetterKind kind)
{
    QFile file(resourcePath(kind));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

Result<LetterTemplates::Regions> LetterTemplates::split(const QString &html)
{
    QList<qsizetype> at;
    for (Region r : regions()) {
        const QString m = marker(r);
        const qsizetype first = html.indexOf(m);
        if (first < 0)
            return makeError(ErrorCode::Validation, tr("The template lacks the region marker %1.").arg(m));
        if (html.indexOf(m, first + m.size()) >= 0)
            return makeError(ErrorCode::Validation,
                             tr("The region marker %1 appears more than once.").arg(m));
        if (!at.isEmpty() && first < at.last())
            return makeError(
                ErrorCode::Validation,
                tr("The region markers must come in the order heading, address, body, contact."));
        at << first;
    }
    auto between = [&](int i) {
        const qsizetype from = at.at(i) + marker(regions().at(i)).size();
        const qsizetype to = i + 1 < at.size() ? at.at(i + 1) : html.size();
        return html.mid(from, to - from);
    };
    Regions out;
    out.preamble = html.left(at.first());
    out.heading = between(0);
    out.address = between(1);
    out.body = between(2);
    out.contact = between(3);
    return out;
}

Status LetterTemplates::validate(LetterKind kind, const QString &text)
{
    auto parsed = MustacheTemplate::parse(text);
    if (!parsed)
        return makeError(
            ErrorCode::Validation,
            tr("The template for %1 was refused: %2").arg(LetterKinds::title(kind), parsed.error().message));
    return validate(kind, parsed.value());
}

Status LetterTemplates::validate(LetterKind kind, const MustacheTemplate &parsed)
{
    const QString what = LetterKinds::title(kind);
    const auto cut = split(parsed.text());
    if (!cut)
        return makeError(ErrorCode::Validation,
                         tr("The template for %1 was refused: %2").arg(what, cut.error().message));
    // The filled template is cut at the markers (LetterRenderer): a marker inside a section or a
    // comment would be left out or repeated by the filling, so each region must be a template of
    // its own. The first region that is not fails at the marker after it.
    const QString *parts[] = { &cut->preamble, &cut->heading, &cut->address, &cut->body };
    for (int i = 0; i < 4; ++i)
        if (!MustacheTemplate::parse(*parts[i]))
            return makeError(ErrorCode::Validation,
                             tr("The template for %1 was refused: %2")
                                 .arg(what,
                                      tr("The region marker %1 stands inside a section or a tag; put it "
                                         "outside every {{#…}}…{{/…}}.")
                                          .arg(marker(regions().at(i)))));

    const QList<LetterField> top = LetterKinds::fields(kind);
    FieldUse use;
    QList<const LetterField *> lists;
    checkTags(parsed.tags(), top, lists, use);
    for (const LetterField &f : top) {
        if (f.required && !use.used.contains(f.name)) {
            use.refuse(f.name, tr("The required field {{%1}} is not used.").arg(f.name));
            continue;
        }
        if (f.type != LetterField::Type::List || !use.used.contains(f.name))
            continue;
        for (const LetterField &item : f.itemFields)
            if (item.required && !use.itemsUsed.value(f.name).contains(item.name))
                use.refuse(f.name + QLatin1Char('.') + item.name,
                           tr("The required field {{%1}} is not used inside {{#%2}}…{{/%2}}.")
                               .arg(item.name, f.name));
    }
    if (use.problems.isEmpty())
        return {};
    Error e
        = makeError(ErrorCode::Validation,
                    tr("The template for %1 was refused: %2").arg(what, use.problems.join(QLatin1Char(' '))));
    e.fields = use.fields;
    return e;
}

} // namespace dsr

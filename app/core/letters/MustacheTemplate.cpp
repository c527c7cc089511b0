#include "MustacheTemplate.h"

#include <QRegularExpression>

#include <kainjow/mustache.hpp>

#include <string>
#include <vector>

namespace dsr {

namespace {

namespace km = kainjow::mustache;

bool validName(const QString &name)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return shape.match(name).hasMatch();
}

Error syntaxError(const QString &message)
{
    return makeError(ErrorCode::Validation, message);
}

// Escaping on UTF-8 bytes is safe: the ASCII bytes replaced never occur inside a multi-byte sequence.
std::string escapeUtf8(const std::string &s)
{
    std::string out;
    out.reserve(s.size() + s.size() / 4);
    for (const char c : s) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        case '\r':
            break;
        case '\n':
            out += "<br />";
            break;
        default:
            out += c;
        }
    }
    return out;
}

// Empty strings become false so that {{#text}}…{{/text}} skips an empty text, as the strict check
// assumes; kainjow treats every string as true.
km::data toData(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString: {
        const QString s = value.toString();
        return s.isEmpty() ? km::data(false) : km::data(s.toStdString());
    }
    case QMetaType::Bool:
        return km::data(value.toBool());
    case QMetaType::QVariantList: {
        km::data list { km::data::type::list };
        for (const QVariant &item : value.toList())
            list.push_back(toData(item));
        return list;
    }
    case QMetaType::QVariantMap: {
        km::data object { km::data::type::object };
        const QVariantMap map = value.toMap();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            object.set(it.key().toStdString(), toData(it.value()));
        return object;
    }
    default:
        return km::data(false); // refused by the check before rendering
    }
}

struct Scope
{
    const QVariantMap *values;
    QString path; // "" for the top, "withheld[2]" for a list item
};

class StrictCheck
{
public:
    QList<FieldError> problems;

    void walk(const QList<TemplateTag> &tags, std::vector<Scope> &scopes)
    {
        for (const TemplateTag &tag : tags) {
            QString path;
            const QVariant v = lookup(scopes, tag.name, &path);
            if (!v.isValid()) {
                add(path, MustacheTemplate::tr("%1 has no value.").arg(path));
                continue;
            }
            const int type = v.typeId();
            if (type != QMetaType::QString && type != QMetaType::Bool && type != QMetaType::QVariantList
                && type != QMetaType::QVariantMap) {
                add(path, MustacheTemplate::tr("%1 has a value that is not text.").arg(path));
                continue;
            }
            if (tag.kind == TemplateTag::Kind::Variable) {
                if (type != QMetaType::QString)
                    add(path, MustacheTemplate::tr("%1 is not text and cannot be printed.").arg(path));
                else if (v.toString().trimmed().isEmpty())
                    add(path, MustacheTemplate::tr("%1 is empty.").arg(path));
                continue;
            }
            const bool inverted = tag.kind == TemplateTag::Kind::InvertedSection;
            if (type == QMetaType::QVariantList) {
                const QVariantList items = v.toList();
                if (inverted) {
                    if (items.isEmpty())
                        walk(tag.children, scopes);
                    continue;
                }
                for (qsizetype i = 0; i < items.size(); ++i) {
                    const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i + 1);
                    if (items.at(i).typeId() != QMetaType::QVariantMap) {
                        add(itemPath, MustacheTemplate::tr("%1 is not a list item.").arg(itemPath));
                        continue;
                    }
                    const QVariantMap item = items.at(i).toMap();
                    scopes.push_back({ &item, itemPath });
                    walk(tag.children, scopes);
                    scopes.pop_back();
                }
                continue;
            }
            if (type == QMetaType::QVariantMap) {
                if (inverted)
                    continue;
                const QVariantMap object = v.toMap();
                scopes.push_back({ &object, path });
                walk(tag.children, scopes);
                scopes.pop_back();
                continue;
            }
            const bool truthy = type == QMetaType::Bool ? v.toBool() : !v.toString().isEmpty();
            if (truthy != inverted)
                walk(tag.children, scopes);
        }
    }

private:
    static QVariant lookup(const std::vector<Scope> &scopes, const QString &name, QString *path)
    {
        for (auto it = scopes.rbegin(); it != scopes.rend(); ++it) {
            const auto found = it->values->constFind(name);
            if (found != it->values->constEnd()) {
                *path = it->path.isEmpty() ? name : it->path + QLatin1Char('.') + name;
                return found.value();
            }
        }
        *path = scopes.back().path.isEmpty() ? name : scopes.back().path + QLatin1Char('.') + name;
        return {};
    }

    void add(const QString &field, const QString &message)
    {
        for (const FieldError &e : problems)
            if (e.field == field)
                return;
        problems.append({ field, message });
    }
};

void collectNames(const QList<TemplateTag> &tags, QStringList &out)
{
    for (const TemplateTag &t : tags) {
        if (!out.contains(t.name))
            out << t.name;
        collectNames(t.children, out);
    }
}

} // namespace

Result<MustacheTemplate> MustacheTemplate::parse(const QString &text)
{
    std::vector<TemplateTag> open; // sections not closed yet, innermost last
    QList<TemplateTag> root;
    auto append = [&](TemplateTag tag) {
        if (open.empty())
            root.append(std::move(tag));
        else
            open.back().children.append(std::move(tag));
    };

    qsizetype pos = 0;
    int line = 1;
    qsizetype counted = 0; // line breaks are counted up to here
    auto lineAt = [&](qsizetype at) {
        line += int(QStringView(text).mid(counted, at - counted).count(QLatin1Char('\n')));
        counted = at;
        return line;
    };
    for (;;) {
        const qsizetype start = text.indexOf(QLatin1String("{{"), pos);
        if (start < 0)
            break;
        const int tagLine = lineAt(start);
        const qsizetype end = text.indexOf(QLatin1String("}}"), start + 2);
        if (end < 0)
            return syntaxError(tr("Line %1: a tag opened with {{ is never closed with }}.").arg(tagLine));
        const QString raw = text.mid(start + 2, end - start - 2);
        const QString content = raw.trimmed();
        pos = end + 2;
        if (raw.startsWith(QLatin1Char('{')) || content.startsWith(QLatin1Char('&')))
            return syntaxError(
                tr("Line %1: unescaped output ({{{…}}} or {{&…}}) is not allowed in letters.").arg(tagLine));
        if (content.isEmpty())
            return syntaxError(tr("Line %1: an empty tag {{}}.").arg(tagLine));
        const QChar sigil = content.at(0);
        if (sigil == QLatin1Char('!'))
            continue;
        if (sigil == QLatin1Char('>'))
            return syntaxError(tr("Line %1: partials ({{>…}}) are not allowed in letters.").arg(tagLine));
        if (sigil == QLatin1Char('='))
            return syntaxError(tr("Line %1: changing the delimiters ({{=…=}}) is not allowed.").arg(tagLine));
        const bool hasSigil
            = sigil == QLatin1Char('#') || sigil == QLatin1Char('^') || sigil == QLatin1Char('/');
        const QString name = hasSigil ? content.mid(1).trimmed() : content;
        if (!validName(name))
            return syntaxError(
                tr("Line %1: “%2” is not a placeholder name (lower-case letters, digits and _).")
                    .arg(tagLine)
                    .arg(name));
        if (sigil == QLatin1Char('/')) {
            if (open.empty())
                return syntaxError(
                    tr("Line %1: {{/%2}} closes a section that was never opened.").arg(tagLine).arg(name));
            if (open.back().name != name)
                return syntaxError(tr("Line %1: {{/%2}} closes the section {{#%3}} opened on line %4.")
                                       .arg(tagLine)
                                       .arg(name, open.back().name)
                                       .arg(open.back().line));
            TemplateTag done = std::move(open.back());
            open.pop_back();
            append(std::move(done));
            continue;
        }
        TemplateTag tag;
        tag.name = name;
        tag.line = tagLine;
        if (sigil == QLatin1Char('#') || sigil == QLatin1Char('^')) {
            tag.kind
                = sigil == QLatin1Char('#') ? TemplateTag::Kind::Section : TemplateTag::Kind::InvertedSection;
            open.push_back(std::move(tag));
        } else {
            append(std::move(tag));
        }
    }
    if (!open.empty())
        return syntaxError(
            tr("Line %1: the section {{#%2}} is never closed.").arg(open.back().line).arg(open.back().name));

    // The engine that renders must agree that the text is a template.
    const km::mustache engine(text.toStdString());
    if (!engine.is_valid())
        return syntaxError(
            tr("The template is not valid Mustache: %1").arg(QString::fromStdString(engine.error_message())));

    MustacheTemplate t;
    t.m_text = text;
    t.m_tags = std::move(root);
    return t;
}

QStringList MustacheTemplate::names() const
{
    QStringList out;
    collectNames(m_tags, out);
    return out;
}

Result<QString> MustacheTemplate::render(const QVariantMap &values) const
{
    StrictCheck check;
    std::vector<Scope> scopes { { &values, QString() } };
    check.walk(m_tags, scopes);
    if (!check.problems.isEmpty()) {
        QStringList messages;
        for (const FieldError &e : check.problems)
            messages << e.message;
        Error e = makeError(ErrorCode::Validation,
                            tr("The letter cannot be filled in: %1").arg(messages.join(QLatin1Char(' '))));
        e.fields = check.problems;
        return e;
    }
    km::mustache engine(m_text.toStdString());
    engine.set_custom_escape(escapeUtf8);
    const std::string out = engine.render(toData(QVariant(values)));
    if (!engine.is_valid())
        return makeError(
            ErrorCode::Failure,
            tr("The template engine failed: %1").arg(QString::fromStdString(engine.error_message())));
    return QString::fromStdString(out);
}

QString MustacheTemplate::escapeHtml(const QString &value)
{
    return QString::fromStdString(escapeUtf8(value.toStdString()));
}

} // namespace dsr

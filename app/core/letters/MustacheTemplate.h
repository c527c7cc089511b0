#pragma once
// A strict Mustache template for letters, rendered by Debian's kainjow mustache.
//
// The accepted language is plain Mustache minus everything that could print a value unescaped or
// pull text from elsewhere: variables {{name}}, sections {{#name}}…{{/name}}, inverted sections
// {{^name}}…{{/name}} and comments {{! … }}. Triple braces, {{& …}}, partials {{> …}} and
// delimiter changes {{= … =}} are refused. Names are lower-case snake_case.
//
// Values are a QVariantMap whose values are QString, bool, QVariantList (of QVariantMap) or
// QVariantMap. Rendering is strict — a letter must never print an empty hole:
//   - {{name}} must resolve to a non-empty QString;
//   - every section name must resolve to some value (false, "" and an empty list skip it);
//   - names resolve from the innermost list item outwards, as Mustache does.
// Every value is HTML-escaped (& < > " ') and its line breaks become <br />, so a name containing
// "<b>" prints literally and multi-line reasons keep their lines.

#include "../Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace dsr {

struct TemplateTag
{
    enum class Kind { Variable, Section, InvertedSection };
    Kind kind = Kind::Variable;
    QString name;
    int line = 0; // 1-based line of the template where the tag starts
    QList<TemplateTag> children; // sections: the tags inside
};

class MustacheTemplate
{
    Q_DECLARE_TR_FUNCTIONS(MustacheTemplate)
public:
    // Checks the syntax; a Validation error says what is wrong and on which line.
    static Result<MustacheTemplate> parse(const QString &text);

    const QString &text() const { return m_text; }
    // The tags as a tree (sections hold the tags inside them); comments are left out.
    const QList<TemplateTag> &tags() const { return m_tags; }
    // Every name used, once each, in order of first use.
    QStringList names() const;

    // Renders with every value escaped; a Validation error names every missing, empty or
    // mistyped value (list items as "withheld[2].reason") and nothing is returned.
    Result<QString> render(const QVariantMap &values) const;

    // & < > " ' escaped, CR dropped, LF → <br />.
    static QString escapeHtml(const QString &value);

private:
    QString m_text;
    QList<TemplateTag> m_tags;
};

} // namespace dsr

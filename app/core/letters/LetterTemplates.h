#pragma once
// The letter templates: one HTML file per kind in resources/templates/ (embedded as
// ":/templates/<kind id>.html"), and the check an administrator's own template must pass before
// it replaces one.
//
// A template is HTML for QTextDocument (its HTML subset: p, div, br, table, span, img; CSS
// margin, text-align, font-size, border on tables) with the Mustache placeholders of
// MustacheTemplate. It is cut into four regions by marker comments, each exactly once and in
// this order:
//   <!--dsr:heading-->   top right of page 1: 文書番号, date and the sender (name, head, 公印)
//   <!--dsr:address-->   the envelope window of page 1: postal code, address, 氏名 様
//   <!--dsr:body-->      flows over as many pages as needed: subject, text, 記, items, 以上, 教示
//   <!--dsr:contact-->   the bordered contact box, bottom right of the last page
// Anything before the first marker (a <style> element) is put in front of every region. Where
// the regions go on paper is LetterLayout's business (LetterRenderer.h), not the template's.
// The seal image, when the letter uses one, is <img src="seal" …>; no other image loads.

#include "../Result.h"
#include "LetterKind.h"

#include <QCoreApplication>
#include <QString>

namespace dsr {

class MustacheTemplate;

class LetterTemplates
{
    Q_DECLARE_TR_FUNCTIONS(LetterTemplates)
public:
    enum class Region { Heading, Address, Body, Contact };
    struct Regions
    {
        QString preamble;
        QString heading;
        QString address;
        QString body;
        QString contact;
    };

    static QList<Region> regions();
    static QString marker(Region region); // "<!--dsr:address-->"

    static QString resourcePath(LetterKind kind); // ":/templates/partial-disclosure.html"
    // The template shipped with the program.
    static QString builtIn(LetterKind kind);

    // Checks `text` as a template for `kind`: the Mustache syntax, the region markers, every
    // placeholder known for the kind and used as its type allows (a list's item fields only
    // inside that list's section), and every required field used. The refusal (Validation)
    // names each offending field, with its line, in the message and in Error::fields.
    static Status validate(LetterKind kind, const QString &text);
    // The same check on a template already parsed (its text must carry the region markers).
    static Status validate(LetterKind kind, const MustacheTemplate &parsed);

    // Cuts a template or its rendered HTML at the region markers.
    static Result<Regions> split(const QString &html);
};

} // namespace dsr

#pragma once
// What the letter register asks for, and one recorded version of a letter template.

#include "Letter.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace dsr {

struct LetterTemplateRow
{
    qint64 id = 0;
    QString kind;
    int version = 0;
    QString source; // "builtin" or "imported"
    QString body;
    QString sha256;
    QString createdByLogin;
    QDateTime createdAt;
};

struct LetterQuery
{
    qint64 requestId = 0;
    QString kind;
    std::optional<LetterState> state;
    int fiscalYear = 0;
    QString text; // document number, receipt number or addressee, contained, whatever the width
    int limit = 0; // 0: every match
    int offset = 0; // rows skipped, in the register's order (a page further down)
    int countCap = 0; // count(): 0 counts every match; else stops at countCap + 1 ("more than")
};

} // namespace dsr

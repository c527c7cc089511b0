#pragma once
// Reading the Cabinet Office holiday list (内閣府 syukujitsu.csv, DOMAIN.md §5): CP932 with CRLF
// as published, UTF-8 re-saves with or without BOM, blank lines and full-width spaces tolerated;
// anything else refused with the line number, so nothing half-read is ever imported.

#include "../Result.h"
#include "HolidayRules.h"

#include <QCoreApplication>
#include <QMap>

namespace dsr {

struct CabinetOfficeImport
{
    QMap<int, QList<Holiday>> byYear;
    int rows = 0;
    QList<QPair<int, QString>> problems; // line, message — non-empty means nothing is imported
    int requestsChecked = 0; // after an import: open requests whose deadline was recomputed …
    int deadlinesChanged = 0; // … and how many of them came out different
};

class CabinetOfficeList
{
    Q_DECLARE_TR_FUNCTIONS(CabinetOfficeList)
public:
    static Result<CabinetOfficeImport> parse(const QByteArray &bytes);
};

} // namespace dsr

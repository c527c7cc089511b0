#pragma once
// One holiday of the calendar: by rule (HolidayRules), imported (Cabinet Office list).
#include <QDate>
#include <QString>

namespace dsr {

struct Holiday
{
    QDate date;
    QString name;
    bool operator==(const Holiday &) const = default;
};

} // namespace dsr

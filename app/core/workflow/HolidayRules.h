#pragma once
// Japanese national holidays (国民の祝日に関する法律) computed by rule for any year from 1948,
// with every change of the law, the one-off days, the 2020/2021 Olympic moves, 振替休日 and
// 国民の休日 (DOMAIN.md §5). Names follow the Cabinet Office list, where 振替休日 and 国民の休日
// are both called 休日.

#include "../model/Holiday.h"

#include <QDate>
#include <QList>
#include <QString>

namespace dsr {

class HolidayRules
{
public:
    // Every holiday of the year in date order; empty before the law took effect (1948-07-20).
    static QList<Holiday> holidays(int year);
    // Day of March (spring) or September (autumn) of the equinox holiday.
    static int vernalEquinoxDay(int year);
    static int autumnalEquinoxDay(int year);
};

} // namespace dsr

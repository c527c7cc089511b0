#pragma once
// A span of days, both ends inclusive (a request's pause while it awaits amendment …).
#include <QDate>

namespace dsr {

struct DateRange
{
    QDate from; // inclusive
    QDate to; // inclusive
    bool contains(const QDate &d) const { return d >= from && d <= to; }
};

} // namespace dsr

#pragma once
// The receipt number's format (setting requests.receipt_format): literal text and the placeholders
// {era} (令和), {era_initial} (R), {era_year} (7), {fiscal_year} (2025) and {seq} / {seq:N} (the
// request's number in its fiscal year, N digits at least). One grammar for writing a number and for
// checking a format when it is set, so that no format is accepted that would stop intake: receipt
// numbers are unique, so a format must tell every request of every fiscal year apart.

#include "../Result.h"

#include <QCoreApplication>
#include <QString>

namespace dsr {

class ReceiptNumberFormat
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptNumberFormat)
public:
    // The format is refused (with what to change) when it uses an unknown placeholder or a stray
    // brace, has no {seq}, no year ({fiscal_year}, or {era_year} with {era} or {era_initial}), or
    // puts two numbers of changing width side by side (R1 + 11 and R11 + 1 would both read R111).
    static Status check(const QString &format);
    // The receipt number of request `sequence` of `fiscalYear` (April to March) in `format`.
    static QString format(const QString &format, int fiscalYear, int sequence);
};

} // namespace dsr

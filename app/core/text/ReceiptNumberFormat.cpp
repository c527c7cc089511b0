#include "ReceiptNumberFormat.h"

#include "JapaneseEra.h"

#include <QList>

#include <QRegularExpression>
#include <algorithm>

namespace dsr {

namespace {

struct Token
{
    enum Kind { Literal, Era, EraInitial, EraYear, FiscalYear, Seq };
    Kind kind = Literal;
    QString text; // Literal: the text; otherwise the placeholder as written
    int width = 1; // Seq: the minimum number of digits
};

// The tokens of `format`, or the first thing that is not part of the grammar.
Result<QList<Token>> tokens(const QString &format)
{
    static const QRegularExpression seq(QStringLiteral("^\\{seq(?::([1-9]))?\\}"));
    QList<Token> out;
    QString literal;
    auto flush = [&] {
        if (!literal.isEmpty())
            out << Token { Token::Literal, literal, 1 };
        literal.clear();
    };
    qsizetype i = 0;
    while (i < format.size()) {
        const QChar c = format.at(i);
        if (c == QLatin1Char('}'))
            return makeError(
                ErrorCode::Validation,
                ReceiptNumberFormat::tr("The receipt number format has a “}” that closes nothing "
                                        "(at character %1).")
                    .arg(i + 1));
        if (c != QLatin1Char('{')) {
            literal += c;
            ++i;
            continue;
        }
        const qsizetype close = format.indexOf(QLatin1Char('}'), i);
        const QString placeholder = close < 0 ? format.mid(i) : format.mid(i, close - i + 1);
        static const QList<std::pair<QString, Token::Kind>> named {
            { QStringLiteral("{era}"), Token::Era },
            { QStringLiteral("{era_initial}"), Token::EraInitial },
            { QStringLiteral("{era_year}"), Token::EraYear },
            { QStringLiteral("{fiscal_year}"), Token::FiscalYear },
        };
        Token t;
        t.text = placeholder;
        bool known = false;
        for (const auto &[name, kind] : named)
            if (placeholder == name) {
                t.kind = kind;
                known = true;
            }
        if (!known) {
            const auto m = seq.match(placeholder);
            if (m.hasMatch() && m.capturedLength() == placeholder.size()) {
                t.kind = Token::Seq;
                t.width = m.captured(1).isEmpty() ? 1 : m.captured(1).toInt();
                known = true;
            }
        }
        if (!known)
            return makeError(ErrorCode::Validation,
                             ReceiptNumberFormat::tr("The receipt number format uses “%1”, which is not a "
                                                     "placeholder. Use {era}, {era_initial}, {era_year}, "
                                                     "{fiscal_year} and {seq} (or {seq:N}, N from 1 to 9 "
                                                     "digits).")
                                 .arg(placeholder));
        flush();
        out << t;
        i += placeholder.size();
    }
    flush();
    return out;
}

} // namespace

Status ReceiptNumberFormat::check(const QString &format)
{
    auto parsed = tokens(format);
    if (!parsed)
        return parsed.error();
    bool hasSeq = false, hasEraYear = false, hasFiscalYear = false, hasEraName = false;
    for (const Token &t : parsed.value()) {
        hasSeq |= t.kind == Token::Seq;
        hasEraYear |= t.kind == Token::EraYear;
        hasFiscalYear |= t.kind == Token::FiscalYear;
        hasEraName |= t.kind == Token::Era || t.kind == Token::EraInitial;
    }
    if (!hasSeq)
        return makeError(ErrorCode::Validation,
                         tr("The receipt number format needs the request's number {seq} (or {seq:4} for four "
                            "digits): without it every request of a year would get the same number."));
    if (!hasFiscalYear && !hasEraYear)
        return makeError(
            ErrorCode::Validation,
            tr("The receipt number format needs the year, {fiscal_year} or {era_initial}{era_year}: "
               "without it the numbers of one fiscal year would repeat the next year's."));
    if (!hasFiscalYear && !hasEraName)
        return makeError(
            ErrorCode::Validation,
            tr("The receipt number format needs {era} or {era_initial} beside {era_year}: without "
               "them 令和1 and 平成1 would write the same numbers."));
    // Runs of digits: within one, at most one number whose width changes ({era_year}, {seq}) —
    // {fiscal_year} is always four digits, a literal digit always one; any other character, the
    // era's name or initial included, ends the run.
    QString variableInRun;
    for (const Token &t : parsed.value()) {
        switch (t.kind) {
        case Token::Literal:
            if (!std::all_of(t.text.cbegin(), t.text.cend(), [](QChar c) { return c.isDigit(); }))
                variableInRun.clear();
            break;
        case Token::Era:
        case Token::EraInitial:
            variableInRun.clear();
            break;
        case Token::FiscalYear:
            break;
        case Token::EraYear:
        case Token::Seq:
            if (!variableInRun.isEmpty())
                return makeError(
                    ErrorCode::Validation,
                    tr("In the receipt number format, %1 and %2 are numbers that change width and "
                       "stand side by side, so two requests could get the same number (1 + 11 and "
                       "11 + 1). Put a separator such as “-” between them.")
                        .arg(variableInRun, t.text));
            variableInRun = t.text;
            break;
        }
    }
    return {};
}

QString ReceiptNumberFormat::format(const QString &format, int fiscalYear, int sequence)
{
    const EraDate era = JapaneseEra::eraOfFiscalYear(fiscalYear);
    auto parsed = tokens(format);
    if (!parsed) // set before formats were checked: written as far as it can be read
        return format;
    QString out;
    for (const Token &t : parsed.value()) {
        switch (t.kind) {
        case Token::Literal:
            out += t.text;
            break;
        case Token::Era:
            out += era.era;
            break;
        case Token::EraInitial:
            out += QString(era.initial);
            break;
        case Token::EraYear:
            out += QString::number(era.year);
            break;
        case Token::FiscalYear:
            out += QString::number(fiscalYear);
            break;
        case Token::Seq:
            out += QStringLiteral("%1").arg(sequence, t.width, 10, QLatin1Char('0'));
            break;
        }
    }
    return out;
}

} // namespace dsr

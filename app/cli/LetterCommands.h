#pragma once
// "dsrctl era", "dsrctl letter …" and "dsrctl template …": Japanese-era dates as letters write
// them, the letter kinds, and letters from preview to mailing, the register and the templates.

#include "CommandLine.h"
#include "Result.h"

#include <QCoreApplication>

namespace dsr::cli {

class CliContext;

class LetterCommands
{
    Q_DECLARE_TR_FUNCTIONS(LetterCommands)
public:
    // The "era", "letter …" and "template …" commands: words, options and help text, as "dsrctl help" shows
    // them.
    static QList<CommandSpec> commands();

    // "dsrctl era 2019-05-01 [--full-width]" → 令和元年5月1日
    static Status era(CliContext &ctx);
    // "dsrctl letter kinds [--json]"
    static Status kinds(CliContext &ctx);

    // The rest run as --user through the letter services.
    static Status preview(CliContext &ctx); // letter preview --request ID --kind KIND --out FILE
    static Status issue(CliContext &ctx); // letter issue --request ID --kind KIND → 長共総第N号
    static Status submit(CliContext &ctx); // letter submit --request ID --kind KIND (procedural)
    static Status approve(CliContext &ctx); // letter approve LETTER (chief)
    static Status exportPdf(CliContext &ctx); // letter export NUMBER --out FILE
    static Status list(CliContext &ctx); // letter list [filters] [--json]
    static Status printed(CliContext &ctx); // letter printed NUMBER
    static Status mailed(CliContext &ctx); // letter mailed NUMBER --method M [--tracking] [--date]
    static Status returned(CliContext &ctx); // letter returned NUMBER [--date]
    static Status voidLetter(CliContext &ctx); // letter void NUMBER --reason TEXT
    static Status reissue(CliContext &ctx); // letter reissue NUMBER --reason TEXT
    static Status exportRegister(CliContext &ctx); // letter register --out FILE.csv
    static Status templateExport(CliContext &ctx); // template export KIND FILE
    static Status templateImport(CliContext &ctx); // template import KIND FILE
    static Status templateSeal(CliContext &ctx); // template seal FILE.png
};

} // namespace dsr::cli

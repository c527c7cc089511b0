#include "CliApplication.h"

#include "CliContext.h"
#include "CommandCatalog.h"
#include "Console.h"
#include "Logging.h"
#include "services/AuditService.h"

namespace dsr::cli {

namespace {

const char *errorKind(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage:
        return "usage";
    case ErrorCode::Authentication:
        return "authentication";
    case ErrorCode::Permission:
        return "permission";
    case ErrorCode::NotFound:
        return "not found";
    case ErrorCode::Conflict:
        return "conflict";
    case ErrorCode::Validation:
        return "validation";
    case ErrorCode::Failure:
        return "failure";
    }
    return "failure";
}

// Logs only the command words and the outcome: arguments and messages may carry names.
// `details` follow the one error line (the bad rows of an import); they are never logged.
int finish(const QString &path, const Error &error, const QStringList &details = {})
{
    const int code = CliApplication::exitCodeFor(error.code);
    qCInfo(lcCli).noquote() << "command" << (path.isEmpty() ? QStringLiteral("-") : path)
                            << "refused or failed:" << errorKind(error.code) << "exit code" << code;
    Console::error(error.message);
    for (const QString &line : details)
        Console::errorDetail(line);
    return code;
}

} // namespace

int CliApplication::exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage:
        return ExitUsage;
    case ErrorCode::Authentication:
    case ErrorCode::Permission:
        return ExitRefused;
    case ErrorCode::NotFound:
        return ExitNotFound;
    case ErrorCode::Conflict:
        return ExitConflict;
    case ErrorCode::Validation:
    case ErrorCode::Failure:
        return ExitFailure;
    }
    return ExitFailure;
}

int CliApplication::run(const QStringList &arguments)
{
    auto parsed = CommandLine::parse(arguments);
    if (!parsed)
        return finish(QString(), parsed.error());
    Invocation inv = std::move(parsed).value();

    if (!inv.command) {
        // A bare --version or --help.
        if (inv.global.help)
            Console::out(CommandCatalog::overview());
        else
            Console::out(QStringLiteral("dsrctl (DSR Desk) %1").arg(QCoreApplication::applicationVersion()));
        return ExitDone;
    }
    const CommandSpec &spec = *inv.command;
    if (inv.global.help) {
        // "dsrctl user add --help" shows that command's help without running it.
        auto text = spec.path == QLatin1String("help") ? Result<QString>(CommandCatalog::overview())
                                                       : CommandCatalog::helpFor({ spec.path });
        if (!text)
            return finish(spec.path, text.error());
        Console::out(text.value());
        return ExitDone;
    }

    qCInfo(lcCli).noquote() << "command" << spec.path;
    CliContext ctx(std::move(inv));
    if (spec.check) {
        if (Status s = spec.check(ctx); !s)
            return finish(spec.path, s.error());
    }
    if (spec.opensDatabase) {
        if (Status s = ctx.openDatabase(spec.createsDatabase); !s)
            return finish(spec.path, s.error());
        // An old trail is switched to keyed entries here; a keyed one needs its key. The commands
        // that read the trail still run when this is refused, so that a trail cut short or
        // rewritten can be examined ("audit verify" then reports what is wrong).
        static const QStringList examine { QStringLiteral("audit verify"), QStringLiteral("audit list"),
                                           QStringLiteral("audit export") };
        if (Status s = AuditService::ensureKeyed(ctx.database()); !s && !examine.contains(spec.path))
            return finish(spec.path, s.error());
    }
    if (spec.needsUser) {
        if (Status s = ctx.signIn(); !s)
            return finish(spec.path, s.error());
    }
    Status s = spec.run(ctx);
    if (!s) {
        ctx.discardCreatedDatabase();
        Error e = s.error();
        // The service's refusal says what is wrong; the CLI adds how to fix it here.
        if (e.code == ErrorCode::Authentication && ctx.signedIn() && ctx.actor().mustChangePassword
            && spec.path != QLatin1String("passwd"))
            e.message = tr("%1 Run “dsrctl --user %2 passwd” to choose a new password.")
                            .arg(e.message, ctx.actor().login);
        return finish(spec.path, e, ctx.errorDetails());
    }
    qCInfo(lcCli).noquote() << "command" << spec.path << "done";
    return ExitDone;
}

} // namespace dsr::cli

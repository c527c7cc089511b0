#include "SettingsCommands.h"

#include "CliContext.h"
#include "CommandCatalog.h"
#include "Console.h"
#include "services/SettingsService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dsr::cli {

Status SettingsCommands::list(CliContext &ctx)
{
    SettingsService service(ctx.database());
    auto settings = service.load(ctx.actor());
    if (!settings)
        return settings.error();
    if (ctx.invocation().has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SettingInfo &info : Settings::all())
            array.append(QJsonObject { { QStringLiteral("key"), info.name },
                                       { QStringLiteral("label"), Settings::label(info.key) },
                                       { QStringLiteral("value"), settings->value(info.key) },
                                       { QStringLiteral("default"), info.defaultValue } });
        Console::out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
        return {};
    }
    QStringList lines;
    for (const SettingInfo &info : Settings::all())
        lines << QStringLiteral("%1 = %2").arg(info.name, settings->value(info.key));
    Console::out(lines.join(QLatin1Char('\n')));
    return {};
}

Status SettingsCommands::set(CliContext &ctx)
{
    const QString name = ctx.positional(0);
    const auto key = Settings::fromName(name);
    if (!key)
        return makeError(ErrorCode::Usage,
                         tr("Unknown setting “%1”. Run “dsrctl help settings set” for the keys.").arg(name));
    SettingsService service(ctx.database());
    // The basis carries the versions, so a change made meanwhile on another desk is a Conflict.
    auto basis = service.load(ctx.actor());
    if (!basis)
        return basis.error();
    if (Status s = service.save(ctx.actor(), basis.value(), { { *key, ctx.positional(1) } }); !s)
        return s;
    // Shows the value as stored (trimmed, normalised), which may differ from what was typed.
    const QString stored = Settings::validate(*key, ctx.positional(1)).value();
    Console::out(QStringLiteral("%1 = %2").arg(name, stored));
    return {};
}

// ---- Specs: what "dsrctl help" shows and the parser accepts for these commands. ----

QList<CommandSpec> SettingsCommands::commands()
{
    const OptionSpec kJson = CommandCatalog::jsonOption();
    return {
        { .path = QStringLiteral("settings list"),
          .options = { kJson },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog", "Show the organisation settings."),
          .details = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "JSON: an array of objects with key, label, value and default."),
          .needsUser = true,
          .run = &SettingsCommands::list },
        { .path = QStringLiteral("settings set"),
          .positionals = { QStringLiteral("KEY"), QStringLiteral("VALUE") },
          .summary = QT_TRANSLATE_NOOP("CommandCatalog",
                                       "Change one organisation setting (see Settings for the keys)."),
          .details
          = QT_TRANSLATE_NOOP("CommandCatalog", "A value the setting does not accept changes nothing."),
          .needsUser = true,
          .run = &SettingsCommands::set },
    };
}

} // namespace dsr::cli

#include "Settings.h"

#include "security/FreeText.h"
#include "text/ReceiptNumberFormat.h"

#include <QDir>
#include <QSettings>

namespace dsr {

const QList<SettingInfo> &Settings::all()
{
    using T = SettingInfo::Type;
    // Defaults: the reference organisation of DOMAIN.md §9 and the deadline defaults of §4.
    static const QList<SettingInfo> list {
        { Setting::OrganisationName,
          QStringLiteral("organisation.name"),
          T::Text,
          QStringLiteral("長崎県市町村職員共済組合"),
          1,
          100,
          {} },
        { Setting::HeadTitle,
          QStringLiteral("organisation.head_title"),
          T::Text,
          QStringLiteral("理事長"),
          1,
          30,
          {} },
        { Setting::HeadName, QStringLiteral("organisation.head_name"), T::Text, QString(), 0, 60, {} },
        { Setting::Division,
          QStringLiteral("organisation.division"),
          T::Text,
          QStringLiteral("総務課"),
          1,
          60,
          {} },
        { Setting::PostalCode, QStringLiteral("organisation.postal_code"), T::Text, QString(), 0, 8, {} },
        { Setting::Address, QStringLiteral("organisation.address"), T::Text, QString(), 0, 200, {} },
        { Setting::Phone,
          QStringLiteral("organisation.phone"),
          T::Text,
          QStringLiteral("095-827-3137"),
          1,
          20,
          {} },
        { Setting::DocumentSymbol,
          QStringLiteral("letters.document_symbol"),
          T::Text,
          QStringLiteral("長共総"),
          1,
          20,
          {} },
        { Setting::Regime,
          QStringLiteral("legal.regime"),
          T::Choice,
          LegalRegimes::id(LegalRegime::Private),
          0,
          0,
          { LegalRegimes::id(LegalRegime::Private), LegalRegimes::id(LegalRegime::Public) } },
        { Setting::IdleLockMinutes,
          QStringLiteral("security.idle_lock_minutes"),
          T::Integer,
          QStringLiteral("10"),
          1,
          120,
          {} },
        { Setting::LockoutThreshold,
          QStringLiteral("security.lockout_threshold"),
          T::Integer,
          QStringLiteral("5"),
          3,
          20,
          {} },
        { Setting::LockoutMinutes,
          QStringLiteral("security.lockout_minutes"),
          T::Integer,
          QStringLiteral("15"),
          1,
          1440,
          {} },
        { Setting::ReceiptNumberFormat,
          QStringLiteral("requests.receipt_format"),
          T::Text,
          QStringLiteral("{era_initial}{era_year}-{seq:4}"),
          1,
          40,
          {} },
        { Setting::TargetDays,
          QStringLiteral("deadlines.target_days"),
          T::Integer,
          QStringLiteral("14"),
          1,
          60,
          {} },
        { Setting::LimitDays,
          QStringLiteral("deadlines.limit_days"),
          T::Integer,
          QStringLiteral("30"),
          1,
          90,
          {} },
        { Setting::RequestCategories,
          QStringLiteral("requests.categories"),
          T::Text,
          QStringLiteral("組合員資格,短期給付,長期給付,貸付,貯金,福祉事業,健診"),
          1,
          1000,
          {} },
        { Setting::ResidenceCertificateMaxDays,
          QStringLiteral("requests.residence_certificate_max_days"),
          T::Integer,
          QStringLiteral("30"),
          1,
          365,
          {} },
        { Setting::ActByRule,
          QStringLiteral("deadlines.act_by"),
          T::Choice,
          QStringLiteral("last_open_before"),
          0,
          0,
          { QStringLiteral("last_open_before"), QStringLiteral("next_open_after") } },
        { Setting::LetterDigits,
          QStringLiteral("letters.digits"),
          T::Choice,
          QStringLiteral("half"),
          0,
          0,
          { QStringLiteral("half"), QStringLiteral("full") } },
        { Setting::LetterSeal,
          QStringLiteral("letters.seal"),
          T::Choice,
          QStringLiteral("omit"),
          0,
          0,
          { QStringLiteral("omit"), QStringLiteral("image") } },
        // The address block sits in the window of a 長形3号 window envelope (window about 23 mm
        // from the left and 13 mm from the top, 90 × 45 mm) when the A4 sheet is folded in three;
        // the block is set a few millimetres inside the window so that the sheet may shift.
        { Setting::AddressLeftMm,
          QStringLiteral("letters.address_left_mm"),
          T::Integer,
          QStringLiteral("25"),
          5,
          120,
          {} },
        { Setting::AddressTopMm,
          QStringLiteral("letters.address_top_mm"),
          T::Integer,
          QStringLiteral("17"),
          5,
          120,
          {} },
        { Setting::AddressWidthMm,
          QStringLiteral("letters.address_width_mm"),
          T::Integer,
          QStringLiteral("80"),
          40,
          120,
          {} },
        { Setting::AddressHeightMm,
          QStringLiteral("letters.address_height_mm"),
          T::Integer,
          QStringLiteral("38"),
          20,
          80,
          {} },
        // 保存期間: how long a closed request is kept before `request purge` may remove it.
        { Setting::RetentionYears,
          QStringLiteral("requests.retention_years"),
          T::Integer,
          QStringLiteral("5"),
          1,
          30,
          {} },
        // The window's backups (BackupService::backUpToFolder): an absolute folder, or empty.
        { Setting::BackupFolder, QStringLiteral("backup.folder"), T::Text, QString(), 0, 1024, {} },
        { Setting::BackupGenerations,
          QStringLiteral("backup.generations"),
          T::Integer,
          QStringLiteral("7"),
          1,
          365,
          {} },
    };
    return list;
}

const SettingInfo &Settings::info(Setting key)
{
    for (const SettingInfo &i : all())
        if (i.key == key)
            return i;
    Q_UNREACHABLE();
}

std::optional<Setting> Settings::fromName(const QString &name)
{
    for (const SettingInfo &i : all())
        if (i.name == name)
            return i.key;
    return std::nullopt;
}

QString Settings::label(Setting key)
{
    switch (key) {
    case Setting::OrganisationName:
        return tr("Organisation name");
    case Setting::HeadTitle:
        return tr("Title of the head");
    case Setting::HeadName:
        return tr("Name of the head");
    case Setting::Division:
        return tr("Division");
    case Setting::PostalCode:
        return tr("Postal code");
    case Setting::Address:
        return tr("Address");
    case Setting::Phone:
        return tr("Telephone");
    case Setting::DocumentSymbol:
        return tr("Document number symbol");
    case Setting::Regime:
        return tr("Legal regime");
    case Setting::IdleLockMinutes:
        return tr("Lock the window after idle minutes");
    case Setting::LockoutThreshold:
        return tr("Failed logins before lockout");
    case Setting::LockoutMinutes:
        return tr("Lockout minutes");
    case Setting::ReceiptNumberFormat:
        return tr("Receipt number format");
    case Setting::TargetDays:
        return tr("Target days (private regime)");
    case Setting::LimitDays:
        return tr("Limit days (private regime)");
    case Setting::RequestCategories:
        return tr("Categories of held data (comma-separated)");
    case Setting::ResidenceCertificateMaxDays:
        return tr("Maximum age of a certificate of residence (days)");
    case Setting::ActByRule:
        return tr("When a deadline falls on a closed day");
    case Setting::LetterDigits:
        return tr("Digits in letters (half or full width)");
    case Setting::LetterSeal:
        return tr("Official seal on letters (omit or image)");
    case Setting::AddressLeftMm:
        return tr("Address block: left edge (mm)");
    case Setting::AddressTopMm:
        return tr("Address block: top edge (mm)");
    case Setting::AddressWidthMm:
        return tr("Address block: width (mm)");
    case Setting::AddressHeightMm:
        return tr("Address block: height (mm)");
    case Setting::RetentionYears:
        return tr("Years a closed request is kept");
    case Setting::BackupFolder:
        return tr("Backup folder");
    case Setting::BackupGenerations:
        return tr("Backups to keep");
    }
    return {};
}

Result<QString> Settings::validate(Setting key, const QString &raw)
{
    const SettingInfo &i = info(key);
    const QString value = raw.trimmed();
    switch (i.type) {
    case SettingInfo::Type::Text:
        if (value.size() < i.minimum)
            return makeError(ErrorCode::Validation, tr("%1 must not be empty.").arg(label(key)));
        if (value.size() > i.maximum)
            return makeError(ErrorCode::Validation,
                             tr("%1 may have at most %2 characters.").arg(label(key)).arg(i.maximum));
        // A relative folder would depend on where the program happened to start.
        if (key == Setting::BackupFolder && !value.isEmpty() && QDir::isRelativePath(value))
            return makeError(ErrorCode::Validation,
                             tr("%1 must be a full path, such as /media/backup/dsrdesk.").arg(label(key)));
        // Organisation texts are printed on letters and kept in the audit details of a change.
        if (auto checked
            = FreeText::check(i.name, label(key), value, MyNumberPolicy::Refuse, TextShape::OneLine);
            !checked)
            return checked.error();
        // Every receipt number must differ from every other, or intake stops at the first repeat.
        if (key == Setting::ReceiptNumberFormat)
            if (Status s = ReceiptNumberFormat::check(value); !s)
                return s.error();
        return value;
    case SettingInfo::Type::Integer: {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < i.minimum || n > i.maximum)
            return makeError(
                ErrorCode::Validation,
                tr("%1 must be a whole number from %2 to %3.").arg(label(key)).arg(i.minimum).arg(i.maximum));
        return QString::number(n);
    }
    case SettingInfo::Type::Choice:
        if (!i.choices.contains(value))
            return makeError(
                ErrorCode::Validation,
                tr("%1 must be one of: %2.").arg(label(key), i.choices.join(QStringLiteral(", "))));
        return value;
    }
    return value;
}

QString OrganisationSettings::value(Setting key) const
{
    const auto it = m_values.constFind(key);
    return it == m_values.constEnd() ? Settings::info(key).defaultValue : it->first;
}

int OrganisationSettings::intValue(Setting key) const
{
    return value(key).toInt();
}

LegalRegime OrganisationSettings::regime() const
{
    return LegalRegimes::fromId(value(Setting::Regime)).value_or(LegalRegime::Private);
}

qint64 OrganisationSettings::version(Setting key) const
{
    const auto it = m_values.constFind(key);
    return it == m_values.constEnd() ? 0 : it->second;
}

void OrganisationSettings::set(Setting key, const QString &value, qint64 version)
{
    m_values.insert(key, { value, version });
}

QString LocalSettings::language()
{
    const QString lang = QSettings().value(QStringLiteral("ui/language"), QStringLiteral("ja")).toString();
    return lang == QLatin1String("en") ? lang : QStringLiteral("ja");
}

void LocalSettings::setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

QString LocalSettings::dateStyle()
{
    const QString style = QSettings().value(QStringLiteral("ui/date_style")).toString();
    return style == QLatin1String("era") ? style : QStringLiteral("western");
}

void LocalSettings::setDateStyle(const QString &style)
{
    QSettings().setValue(QStringLiteral("ui/date_style"), style);
}

QString LocalSettings::lastDatabase()
{
    return QSettings().value(QStringLiteral("database/last")).toString();
}

void LocalSettings::setLastDatabase(const QString &location)
{
    QSettings().setValue(QStringLiteral("database/last"), location);
}

QByteArray LocalSettings::windowGeometry()
{
    return QSettings().value(QStringLiteral("ui/main_window_geometry")).toByteArray();
}

void LocalSettings::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(QStringLiteral("ui/main_window_geometry"), geometry);
}

} // namespace dsr

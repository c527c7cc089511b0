#pragma once
// The typed settings registry. Organisation settings live in the database (shared by every desk,
// changed by administrators, audited); local settings (the window's language) live in QSettings.
// Every key has one name, one default and one validation rule, defined here and nowhere else.

#include "Result.h"
#include "model/LegalRegime.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace dsr {

enum class Setting {
    OrganisationName,
    HeadTitle,
    HeadName,
    Division,
    PostalCode,
    Address,
    Phone,
    DocumentSymbol,
    Regime,
    IdleLockMinutes,
    LockoutThreshold,
    LockoutMinutes,
    ReceiptNumberFormat,
    TargetDays,
    LimitDays,
    RequestCategories,
    ResidenceCertificateMaxDays,
    ActByRule,
    LetterDigits, // half | full: the digits of every letter (DOMAIN.md §6)
    LetterSeal, // omit (「公印省略」) | image (the seal image the issuing service supplies)
    AddressLeftMm, // the address block of page 1, placed for a 長形3号 window envelope
    AddressTopMm,
    AddressWidthMm,
    AddressHeightMm,
    RetentionYears, // years a closed request is kept before `request purge` may remove it
    BackupFolder, // where the window's backups go (設定 ▸ バックアップ); empty: none automatic
    BackupGenerations, // how many of the window's backups are kept in that folder
};

struct SettingInfo
{
    enum class Type { Text, Integer, Choice };
    Setting key;
    QString name; // stable identifier in the database and for dsrctl
    Type type;
    QString defaultValue;
    int minimum = 0; // Integer: range; Text: minimum length
    int maximum = 0; // Integer: range; Text: maximum length
    QStringList choices; // Choice
};

class Settings
{
    Q_DECLARE_TR_FUNCTIONS(Settings)
public:
    static const QList<SettingInfo> &all();
    static const SettingInfo &info(Setting key);
    static std::optional<Setting> fromName(const QString &name);
    static QString label(Setting key); // translated, for forms
    // Values that name a person: their changes are audited without the values.
    static bool isPersonal(Setting key) { return key == Setting::HeadName; }
    // Checks a value against the key's rule; returns the normalised value.
    static Result<QString> validate(Setting key, const QString &value);
};

// Current organisation settings, read once per use; values fall back to the defaults.
class OrganisationSettings
{
public:
    QString value(Setting key) const;
    int intValue(Setting key) const;
    // legal.regime, typed: compare this, never the setting's text.
    LegalRegime regime() const;
    qint64 version(Setting key) const; // 0 when never saved
    void set(Setting key, const QString &value, qint64 version);

private:
    QHash<Setting, QPair<QString, qint64>> m_values;
};

// Per-desk preferences kept in QSettings.
class LocalSettings
{
public:
    static QString language(); // "ja" (default) or "en"
    static void setLanguage(const QString &language);
    // How the window writes dates: "western" (default, 2026/12/04) or "era" (令和8年12月4日).
    // A desk's preference, like the language: it changes nothing stored and nothing dsrctl prints.
    static QString dateStyle();
    static void setDateStyle(const QString &style);
    // The main window's size, position and state as QWidget::saveGeometry() wrote them; empty
    // before the first close.
    // The database the window opened last (a file path or a server URI, never a password); empty
    // before the first.
    static QString lastDatabase();
    static void setLastDatabase(const QString &location);
    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
};

} // namespace dsr

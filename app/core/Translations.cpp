#include "Translations.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace dsr {

bool Translations::install(const QString &language)
{
    QLocale::setDefault(
        QLocale(language == QLatin1String("en") ? QStringLiteral("en_GB") : QStringLiteral("ja_JP")));
    auto *qt = new QTranslator(qApp);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new QTranslator(qApp);
    if (!own->load(QStringLiteral(":/i18n/dsrdesk_") + language)) {
        qCWarning(lcUi) << "translation catalogue missing for" << language;
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    return true;
}

} // namespace dsr

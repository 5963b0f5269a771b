#include "ui/app/Translations.h"

#include "ui/app/AppSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace proxima {

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("nl")};
}

QString Translations::nativeName(const QString& code)
{
    if (code == QStringLiteral("fr"))
        return QStringLiteral("Français");
    if (code == QStringLiteral("nl"))
        return QStringLiteral("Nederlands");
    return QStringLiteral("English");
}

QString Translations::configuredLanguage()
{
    return AppSettings().language();
}

void Translations::setConfiguredLanguage(const QString& code)
{
    AppSettings().setLanguage(code);
}

QString Translations::effectiveLanguage()
{
    const QString configured = configuredLanguage();
    if (available().contains(configured))
        return configured;
    // Follow the first of the system's preferred languages that we have (a Brussels desktop may list nl, fr).
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QString code = name.left(2).toLower();
        if (available().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

void Translations::install(QCoreApplication& app)
{
    const QString language = effectiveLanguage();
    QLocale::setDefault(QLocale(language == QStringLiteral("en") ? QLocale::system().name() : language));
    if (language == QStringLiteral("en"))
        return;
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/proxima_%1.qm").arg(language)))
        QCoreApplication::installTranslator(ours);
}

} // namespace proxima

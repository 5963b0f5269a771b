#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace proxima {

/// Interface languages: the system locale unless View > Language chose one (applies at the next start).
class Translations
{
public:
    /// Loads Proxima's and Qt's own translations for the chosen language into the application.
    static void install(QCoreApplication& app);
    /// The language chosen in the settings ("" = follow the system).
    static QString configuredLanguage();
    static void setConfiguredLanguage(const QString& code);
    /// The language in effect ("en", "fr" or "nl").
    static QString effectiveLanguage();
    /// Languages Proxima is translated to, as codes.
    static QStringList available();
    /// The language's own name ("Français").
    static QString nativeName(const QString& code);
};

} // namespace proxima

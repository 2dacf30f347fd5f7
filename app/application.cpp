#include "application.h"

#include "settings/appsettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Uptake::App {

void setUp(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(u"Uptake"_s);
    QCoreApplication::setOrganizationDomain(u"uptake.example.org"_s);
    QCoreApplication::setApplicationName(u"Uptake"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(UPTAKE_VERSION));

    // The language follows the system unless Preferences chose one (applies at the next start).
    // The language keeps the system's country where Qt knows the pair (French on a Swiss system: fr_CH).
    const QLocale locale = AppSettings::localeFor(AppSettings().language(), QLocale::system());
    QLocale::setDefault(locale);

    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    // English is the source language, but its plurals come from uptake_en ("%n learner(s)" → "1 learner",
    // "2 learners"): it stands in for any language without a translation of its own.
    auto *ourTranslator = new QTranslator(&app);
    if (ourTranslator->load(locale, u"uptake"_s, u"_"_s, u":/i18n"_s) ||
        ourTranslator->load(u"uptake_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(ourTranslator);
}

} // namespace Uptake::App

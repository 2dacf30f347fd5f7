#include "application.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
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
    const QString chosen = QSettings().value(u"ui/language"_s).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale() : QLocale(chosen);
    QLocale::setDefault(locale);

    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *ourTranslator = new QTranslator(&app);
    if (ourTranslator->load(locale, u"uptake"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(ourTranslator);
}

} // namespace Uptake::App

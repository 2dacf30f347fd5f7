#include "appsettings.h"

#include "storage/aggregates.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Uptake {

static_assert(AppSettings::DefaultSessionTimeoutMinutes == Aggregates::DefaultSessionTimeout);

namespace {

// "ui/language" is also read by app/application.cpp before any window exists.
const QString LanguageKey = u"ui/language"_s;
const QString TimeZoneKey = u"workspace/defaultTimeZone"_s;
const QString RecentCountKey = u"workspace/recentCount"_s;
const QString BackupIntervalKey = u"backup/intervalHours"_s;
const QString BackupsKeptKey = u"backup/kept"_s;
const QString SessionTimeoutKey = u"metrics/sessionTimeoutMinutes"_s;
const QString ToleranceKey = u"metrics/statusTolerancePercent"_s;
const QString PaperKey = u"report/paperSize"_s;

int readInt(const QSettings &store, const QString &key, int fallback, int min, int max)
{
    bool ok = false;
    const int value = store.value(key).toInt(&ok);
    return ok && value >= min && value <= max ? value : fallback;
}

} // namespace

AppSettings::AppSettings()
    : m_owned(std::make_unique<QSettings>())
    , m_store(*m_owned)
{}

AppSettings::AppSettings(QSettings &store)
    : m_store(store)
{}

AppSettings::~AppSettings() = default;

QString AppSettings::language() const
{
    const QString code = m_store.value(LanguageKey).toString();
    return availableLanguages().contains(code) ? code : QString();
}

void AppSettings::setLanguage(const QString &code)
{
    if (availableLanguages().contains(code))
        m_store.setValue(LanguageKey, code);
    else
        m_store.remove(LanguageKey);
}

QStringList AppSettings::availableLanguages()
{
    return {u"en"_s, u"de"_s, u"fr"_s, u"es"_s};
}

QString AppSettings::nativeLanguageName(const QString &code)
{
    // The languages Uptake offers go by their plain names; CLDR's names carry the country for some locales
    // ("American English", "español de España").
    const QLocale locale(code);
    switch (locale.language()) {
    case QLocale::English:
        return u"English"_s;
    case QLocale::German:
        return u"Deutsch"_s;
    case QLocale::French:
        return u"Français"_s;
    case QLocale::Spanish:
        return u"Español"_s;
    case QLocale::C:
        return {};
    default:
        break;
    }
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? name : name.at(0).toUpper() + name.mid(1);
}

QLocale AppSettings::localeFor(const QString &code, const QLocale &system)
{
    if (code.isEmpty())
        return system;
    const QLocale::Language language = QLocale(code).language();
    if (language == QLocale::C)
        return system;
    if (system.language() == language)
        return system;
    const QLocale inSystemCountry(language, system.territory());
    // QLocale falls back to the language's main country when the combination is unknown.
    return inSystemCountry.language() == language ? inSystemCountry : QLocale(language);
}

QByteArray AppSettings::defaultTimeZoneId() const
{
    const QByteArray id = m_store.value(TimeZoneKey).toString().toUtf8();
    return !id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id) ? id : QByteArray();
}

void AppSettings::setDefaultTimeZoneId(const QByteArray &ianaId)
{
    if (!ianaId.isEmpty() && QTimeZone::isTimeZoneIdAvailable(ianaId))
        m_store.setValue(TimeZoneKey, QString::fromUtf8(ianaId));
    else
        m_store.remove(TimeZoneKey);
}

QTimeZone AppSettings::defaultTimeZone() const
{
    const QByteArray id = defaultTimeZoneId();
    return id.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(id);
}

int AppSettings::sessionTimeoutMinutes() const
{
    bool ok = false;
    const int minutes = m_store.value(SessionTimeoutKey).toInt(&ok);
    return ok && Aggregates::isSessionTimeout(minutes) ? minutes : DefaultSessionTimeoutMinutes;
}

void AppSettings::setSessionTimeoutMinutes(int minutes)
{
    if (Aggregates::isSessionTimeout(minutes))
        m_store.setValue(SessionTimeoutKey, minutes);
}

QList<int> AppSettings::sessionTimeoutChoices()
{
    return {std::begin(Aggregates::SessionTimeouts), std::end(Aggregates::SessionTimeouts)};
}

int AppSettings::statusTolerancePercent() const
{
    return readInt(m_store, ToleranceKey, DefaultStatusTolerancePercent, 0, MaxStatusTolerancePercent);
}

void AppSettings::setStatusTolerancePercent(int percent)
{
    m_store.setValue(ToleranceKey, std::clamp(percent, 0, MaxStatusTolerancePercent));
}

AppSettings::PaperSize AppSettings::paperSize() const
{
    const QString value = m_store.value(PaperKey).toString();
    if (value == u"a4"_s)
        return PaperSize::A4;
    if (value == u"letter"_s)
        return PaperSize::Letter;
    return PaperSize::FromLocale;
}

void AppSettings::setPaperSize(PaperSize size)
{
    switch (size) {
    case PaperSize::A4:
        m_store.setValue(PaperKey, u"a4"_s);
        return;
    case PaperSize::Letter:
        m_store.setValue(PaperKey, u"letter"_s);
        return;
    case PaperSize::FromLocale:
        m_store.remove(PaperKey);
        return;
    }
}

QPageSize::PageSizeId AppSettings::reportPageSize(const QLocale &locale) const
{
    switch (paperSize()) {
    case PaperSize::A4:
        return QPageSize::A4;
    case PaperSize::Letter:
        return QPageSize::Letter;
    case PaperSize::FromLocale:
        break;
    }
    return paperSizeForLocale(locale);
}

QPageSize::PageSizeId AppSettings::paperSizeForLocale(const QLocale &locale)
{
    // The countries whose glibc LC_PAPER is Letter.
    static constexpr QLocale::Territory Letter[] = {
        QLocale::UnitedStates, QLocale::Canada,    QLocale::Mexico,     QLocale::Belize,
        QLocale::Guatemala,    QLocale::Honduras,  QLocale::ElSalvador, QLocale::Nicaragua,
        QLocale::CostaRica,    QLocale::Panama,    QLocale::PuertoRico, QLocale::DominicanRepublic,
        QLocale::Colombia,     QLocale::Venezuela, QLocale::Chile,      QLocale::Philippines,
    };
    return std::find(std::begin(Letter), std::end(Letter), locale.territory()) != std::end(Letter) ? QPageSize::Letter
                                                                                                   : QPageSize::A4;
}

int AppSettings::recentFilesCount() const
{
    return readInt(m_store, RecentCountKey, DefaultRecentFiles, 0, MaxRecentFiles);
}

void AppSettings::setRecentFilesCount(int count)
{
    m_store.setValue(RecentCountKey, std::clamp(count, 0, MaxRecentFiles));
}

int AppSettings::backupIntervalHours() const
{
    const int hours = m_store.value(BackupIntervalKey, DefaultBackupIntervalHours).toInt();
    return backupIntervalChoices().contains(hours) ? hours : DefaultBackupIntervalHours;
}

void AppSettings::setBackupIntervalHours(int hours)
{
    m_store.setValue(BackupIntervalKey, backupIntervalChoices().contains(hours) ? hours : DefaultBackupIntervalHours);
}

QList<int> AppSettings::backupIntervalChoices()
{
    return {0, 1, 24, 24 * 7};
}

int AppSettings::backupsKept() const
{
    return readInt(m_store, BackupsKeptKey, DefaultBackupsKept, 1, MaxBackupsKept);
}

void AppSettings::setBackupsKept(int count)
{
    m_store.setValue(BackupsKeptKey, std::clamp(count, 1, MaxBackupsKept));
}

} // namespace Uptake

// AppSettings: defaults, round trips, and what a damaged or hand-edited configuration reads as.

#include "settings/appsettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Uptake;

class TestAppSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_store;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(u"uptake.ini"_s));
        m_store = std::make_unique<QSettings>(m_dir.filePath(u"uptake.ini"_s), QSettings::IniFormat);
    }

    void defaults()
    {
        const AppSettings s(*m_store);
        QCOMPARE(s.language(), QString());
        QCOMPARE(s.defaultTimeZoneId(), QByteArray());
        QCOMPARE(s.defaultTimeZone(), QTimeZone::systemTimeZone());
        QCOMPARE(s.sessionTimeoutMinutes(), 30);
        QCOMPARE(s.statusTolerancePercent(), 10);
        QCOMPARE(s.paperSize(), AppSettings::PaperSize::FromLocale);
        QCOMPARE(s.recentFilesCount(), 8);
    }

    void roundTrip()
    {
        {
            AppSettings s(*m_store);
            s.setLanguage(u"fr"_s);
            s.setDefaultTimeZoneId("America/Sao_Paulo");
            s.setSessionTimeoutMinutes(45);
            s.setStatusTolerancePercent(15);
            s.setPaperSize(AppSettings::PaperSize::Letter);
            s.setRecentFilesCount(3);
        }
        m_store->sync();
        // A fresh store reads the file back, as the next start of Uptake would.
        QSettings reread(m_dir.filePath(u"uptake.ini"_s), QSettings::IniFormat);
        const AppSettings s(reread);
        QCOMPARE(s.language(), u"fr"_s);
        QCOMPARE(s.defaultTimeZoneId(), QByteArray("America/Sao_Paulo"));
        QCOMPARE(s.defaultTimeZone(), QTimeZone("America/Sao_Paulo"));
        QCOMPARE(s.sessionTimeoutMinutes(), 45);
        QCOMPARE(s.statusTolerancePercent(), 15);
        QCOMPARE(s.paperSize(), AppSettings::PaperSize::Letter);
        QCOMPARE(s.recentFilesCount(), 3);
        // The language key is the one app/application.cpp reads at start.
        QCOMPARE(reread.value(u"ui/language"_s).toString(), u"fr"_s);
    }

    void backToDefaults()
    {
        AppSettings s(*m_store);
        s.setLanguage(u"de"_s);
        s.setLanguage(QString());
        QCOMPARE(s.language(), QString());
        QVERIFY(!m_store->contains(u"ui/language"_s));
        s.setDefaultTimeZoneId("Europe/Berlin");
        s.setDefaultTimeZoneId({});
        QCOMPARE(s.defaultTimeZoneId(), QByteArray());
        s.setPaperSize(AppSettings::PaperSize::A4);
        s.setPaperSize(AppSettings::PaperSize::FromLocale);
        QCOMPARE(s.paperSize(), AppSettings::PaperSize::FromLocale);
    }

    void rejectsValuesItCannotUse_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("stored");
        QTest::addRow("language not offered") << u"ui/language"_s << QVariant(u"tlh"_s);
        QTest::addRow("unknown zone") << u"workspace/defaultTimeZone"_s << QVariant(u"Mars/Olympus_Mons"_s);
        QTest::addRow("timeout not aggregated") << u"metrics/sessionTimeoutMinutes"_s << QVariant(25);
        QTest::addRow("timeout not a number") << u"metrics/sessionTimeoutMinutes"_s << QVariant(u"half an hour"_s);
        QTest::addRow("tolerance negative") << u"metrics/statusTolerancePercent"_s << QVariant(-5);
        QTest::addRow("tolerance too large") << u"metrics/statusTolerancePercent"_s << QVariant(51);
        QTest::addRow("paper unknown") << u"report/paperSize"_s << QVariant(u"a3"_s);
        QTest::addRow("recent negative") << u"workspace/recentCount"_s << QVariant(-1);
        QTest::addRow("recent too many") << u"workspace/recentCount"_s << QVariant(31);
    }

    void rejectsValuesItCannotUse()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, stored);
        m_store->setValue(key, stored);
        const AppSettings s(*m_store);
        QCOMPARE(s.language(), QString());
        QCOMPARE(s.defaultTimeZoneId(), QByteArray());
        QCOMPARE(s.sessionTimeoutMinutes(), 30);
        QCOMPARE(s.statusTolerancePercent(), 10);
        QCOMPARE(s.paperSize(), AppSettings::PaperSize::FromLocale);
        QCOMPARE(s.recentFilesCount(), 8);
    }

    void settersKeepValuesUsable()
    {
        AppSettings s(*m_store);
        s.setSessionTimeoutMinutes(60);
        s.setSessionTimeoutMinutes(25); // not one of the aggregated timeouts: ignored
        QCOMPARE(s.sessionTimeoutMinutes(), 60);
        s.setStatusTolerancePercent(80);
        QCOMPARE(s.statusTolerancePercent(), 50);
        s.setStatusTolerancePercent(0);
        QCOMPARE(s.statusTolerancePercent(), 0);
        s.setRecentFilesCount(0);
        QCOMPARE(s.recentFilesCount(), 0);
        s.setRecentFilesCount(100);
        QCOMPARE(s.recentFilesCount(), 30);
        s.setLanguage(u"xx"_s);
        QCOMPARE(s.language(), QString());
    }

    void sessionTimeoutChoices()
    {
        QCOMPARE(AppSettings::sessionTimeoutChoices(), (QList<int>{10, 15, 20, 30, 45, 60, 90}));
    }

    void languages()
    {
        QCOMPARE(AppSettings::availableLanguages(), (QStringList{u"en"_s, u"de"_s, u"fr"_s, u"es"_s}));
        QCOMPARE(AppSettings::nativeLanguageName(u"en"_s), u"English"_s);
        QCOMPARE(AppSettings::nativeLanguageName(u"de"_s), u"Deutsch"_s);
        QCOMPARE(AppSettings::nativeLanguageName(u"fr"_s), u"Français"_s);
        QCOMPARE(AppSettings::nativeLanguageName(u"es"_s), u"Español"_s);
        QCOMPARE(AppSettings::nativeLanguageName(u"es_MX"_s), u"Español"_s);
        QCOMPARE(AppSettings::nativeLanguageName(u"de_AT"_s), u"Deutsch"_s);
        QCOMPARE(AppSettings::nativeLanguageName(u"it_IT"_s), u"Italiano"_s);
        QCOMPARE(AppSettings::nativeLanguageName(u"C"_s), QString());
    }

    void localeFor_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::addRow("system default") << QString() << u"de_AT"_s << u"de_AT"_s;
        QTest::addRow("same language keeps the country") << u"de"_s << u"de_CH"_s << u"de_CH"_s;
        QTest::addRow("French in Switzerland") << u"fr"_s << u"de_CH"_s << u"fr_CH"_s;
        QTest::addRow("Spanish in the US") << u"es"_s << u"en_US"_s << u"es_US"_s;
        QTest::addRow("German in France") << u"de"_s << u"fr_FR"_s << u"de_DE"_s;
        QTest::addRow("English in Germany") << u"en"_s << u"de_DE"_s << u"en_DE"_s;
        QTest::addRow("from the C locale") << u"fr"_s << u"C"_s << u"fr_FR"_s;
    }

    void localeFor()
    {
        QFETCH(QString, code);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(AppSettings::localeFor(code, QLocale(system)).name(), expected);
    }

    void paperSize_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<AppSettings::PaperSize>("choice");
        QTest::addColumn<int>("expected");
        const auto a4 = int(QPageSize::A4), letter = int(QPageSize::Letter);
        const auto fromLocale = AppSettings::PaperSize::FromLocale;
        QTest::addRow("en_US") << u"en_US"_s << fromLocale << letter;
        QTest::addRow("es_US") << u"es_US"_s << fromLocale << letter;
        QTest::addRow("fr_CA") << u"fr_CA"_s << fromLocale << letter;
        QTest::addRow("es_MX") << u"es_MX"_s << fromLocale << letter;
        QTest::addRow("en_PH") << u"en_PH"_s << fromLocale << letter;
        QTest::addRow("en_GB") << u"en_GB"_s << fromLocale << a4;
        QTest::addRow("de_DE") << u"de_DE"_s << fromLocale << a4;
        QTest::addRow("es_ES") << u"es_ES"_s << fromLocale << a4;
        QTest::addRow("es_AR") << u"es_AR"_s << fromLocale << a4;
        QTest::addRow("en_AU") << u"en_AU"_s << fromLocale << a4;
        QTest::addRow("chosen A4 in the US") << u"en_US"_s << AppSettings::PaperSize::A4 << a4;
        QTest::addRow("chosen Letter in France") << u"fr_FR"_s << AppSettings::PaperSize::Letter << letter;
    }

    void paperSize()
    {
        QFETCH(QString, locale);
        QFETCH(AppSettings::PaperSize, choice);
        QFETCH(int, expected);
        AppSettings s(*m_store);
        s.setPaperSize(choice);
        QCOMPARE(int(s.reportPageSize(QLocale(locale))), expected);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"

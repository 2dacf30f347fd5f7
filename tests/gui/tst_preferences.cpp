// The Preferences dialog: values round-trip from AppSettings through the fields and back, Cancel and an
// unknown time zone change nothing, Restore Defaults resets the fields; the main window's Edit →
// Preferences… and Help → About.

#include "dialogs/preferencesdialog.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "testutil.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Uptake;

class TestPreferences : public QObject
{
    Q_OBJECT

    void shoot(QWidget &w, const QString &name)
    {
        const QString folder = qEnvironmentVariable("UPTAKE_SCREENSHOTS");
        if (!folder.isEmpty())
            w.grab().save(QDir(folder).filePath(name + u".png"_s));
    }

    template<typename T>
    static T *field(QWidget &dialog, const QString &name)
    {
        auto *w = dialog.findChild<T *>(name);
        if (!w)
            qFatal("no field %s", qPrintable(name));
        return w;
    }

    static void clickButton(QWidget &dialog, QDialogButtonBox::StandardButton which)
    {
        QPushButton *b = dialog.findChild<QDialogButtonBox *>()->button(which);
        QVERIFY(b);
        QTest::mouseClick(b, Qt::LeftButton);
    }

    static QAction *menuAction(MainWindow &w, const QString &menu, const QString &text)
    {
        for (QAction *m : w.menuBar()->actions()) {
            if (m->text() != menu || !m->menu())
                continue;
            for (QAction *a : m->menu()->actions())
                if (a->text() == text)
                    return a;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"Uptake"_s);
        QCoreApplication::setApplicationName(u"Uptake"_s);
        QCoreApplication::setApplicationVersion(u"9.8.7"_s);
        QStandardPaths::setTestModeEnabled(true);
    }

    void init() { QSettings().clear(); }

    void everyOfferedLanguageHasACatalogue()
    {
        // English is the source language; the others are compiled from translations/*.ts and embedded
        // where app/application.cpp looks for them.
        for (const QString &code : AppSettings::availableLanguages()) {
            if (code != u"en"_s)
                QVERIFY2(QFile::exists(u":/i18n/uptake_%1.qm"_s.arg(code)), qPrintable(code));
        }
    }

    void showsStoredValues()
    {
        AppSettings settings;
        settings.setLanguage(u"es"_s);
        settings.setRecentFilesCount(4);
        settings.setDefaultTimeZoneId("America/Sao_Paulo");
        settings.setSessionTimeoutMinutes(90);
        settings.setStatusTolerancePercent(25);
        settings.setPaperSize(AppSettings::PaperSize::A4);

        PreferencesDialog dialog(settings);
        dialog.show();
        QCOMPARE(field<QComboBox>(dialog, u"language"_s)->currentText(), u"Español"_s);
        QCOMPARE(field<QSpinBox>(dialog, u"recentFiles"_s)->value(), 4);
        QCOMPARE(field<QComboBox>(dialog, u"timeZone"_s)->currentText(), u"America/Sao Paulo"_s);
        QCOMPARE(field<QComboBox>(dialog, u"sessionTimeout"_s)->currentText(), u"90 minutes"_s);
        QCOMPARE(field<QSpinBox>(dialog, u"statusTolerance"_s)->value(), 25);
        QCOMPARE(field<QComboBox>(dialog, u"paperSize"_s)->currentText(), u"A4 (210 × 297 mm)"_s);
    }

    /// The wrapped notes under the fields keep every line at the dialog's smallest size (they were clipped to a
    /// line and a bit when the dialog took its plain size hint).
    void notesAreNeverClipped()
    {
        AppSettings settings;
        PreferencesDialog dialog(settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.resize(dialog.minimumSize());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        int notes = 0;
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            if (!label->wordWrap() || !label->isVisible() || label->text().isEmpty())
                continue;
            ++notes;
            QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                     qPrintable(u"“%1”: %2 px tall, its text needs %3"_s.arg(label->text().left(40))
                                    .arg(label->height())
                                    .arg(label->heightForWidth(label->width()))));
        }
        QVERIFY(notes >= 4);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("zoneTyped");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("timeout");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<int>("tolerance");
        QTest::addColumn<QString>("paper");
        QTest::addColumn<AppSettings::PaperSize>("paperSize");
        QTest::addColumn<int>("recent");
        QTest::addRow("German, Berlin, Letter")
            << u"Deutsch"_s << u"Europe/Berlin"_s << QByteArray("Europe/Berlin") << u"15 minutes"_s << 15 << 5
            << u"Letter (8.5 × 11 in)"_s << AppSettings::PaperSize::Letter << 12;
        QTest::addRow("French, typed in lower case")
            << u"Français"_s << u"america/new york"_s << QByteArray("America/New_York") << u"10 minutes"_s << 10 << 0
            << u"A4 (210 × 297 mm)"_s << AppSettings::PaperSize::A4 << 0;
        QTest::addRow("English, UTC") << u"English"_s << u"UTC"_s << QByteArray("UTC") << u"60 minutes"_s << 60 << 50
                                      << u"A4 (210 × 297 mm)"_s << AppSettings::PaperSize::A4 << 1;
    }

    void roundTrip()
    {
        QFETCH(QString, language);
        QFETCH(QString, zoneTyped);
        QFETCH(QByteArray, zone);
        QFETCH(QString, timeout);
        QFETCH(int, minutes);
        QFETCH(int, tolerance);
        QFETCH(QString, paper);
        QFETCH(AppSettings::PaperSize, paperSize);
        QFETCH(int, recent);

        AppSettings settings;
        PreferencesDialog dialog(settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *languageBox = field<QComboBox>(dialog, u"language"_s);
        languageBox->setCurrentIndex(languageBox->findText(language));
        QCOMPARE(languageBox->currentText(), language);
        auto *zoneBox = field<QComboBox>(dialog, u"timeZone"_s);
        zoneBox->lineEdit()->clear();
        QTest::keyClicks(zoneBox->lineEdit(), zoneTyped);
        auto *timeoutBox = field<QComboBox>(dialog, u"sessionTimeout"_s);
        timeoutBox->setCurrentIndex(timeoutBox->findText(timeout));
        QCOMPARE(timeoutBox->currentText(), timeout);
        auto *toleranceBox = field<QSpinBox>(dialog, u"statusTolerance"_s);
        toleranceBox->setValue(tolerance);
        auto *paperBox = field<QComboBox>(dialog, u"paperSize"_s);
        paperBox->setCurrentIndex(paperBox->findText(paper));
        QCOMPARE(paperBox->currentText(), paper);
        field<QSpinBox>(dialog, u"recentFiles"_s)->setValue(recent);
        clickButton(dialog, QDialogButtonBox::Ok);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.languageChanged());

        const AppSettings reread;
        QCOMPARE(AppSettings::nativeLanguageName(reread.language()), language);
        QCOMPARE(reread.defaultTimeZoneId(), zone);
        QCOMPARE(reread.sessionTimeoutMinutes(), minutes);
        QCOMPARE(reread.statusTolerancePercent(), tolerance);
        QCOMPARE(reread.paperSize(), paperSize);
        QCOMPARE(reread.recentFilesCount(), recent);
    }

    void cancelChangesNothing()
    {
        AppSettings settings;
        settings.setStatusTolerancePercent(20);
        PreferencesDialog dialog(settings);
        dialog.show();
        field<QSpinBox>(dialog, u"statusTolerance"_s)->setValue(40);
        field<QComboBox>(dialog, u"language"_s)->setCurrentIndex(2);
        clickButton(dialog, QDialogButtonBox::Cancel);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(AppSettings().statusTolerancePercent(), 20);
        QCOMPARE(AppSettings().language(), QString());
    }

    void timeZoneIsSearchable()
    {
        AppSettings settings;
        PreferencesDialog dialog(settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *zoneBox = field<QComboBox>(dialog, u"timeZone"_s);
        zoneBox->setFocus();
        zoneBox->lineEdit()->clear();
        // Part of a city's name, anywhere in the id and in any case, finds the zone.
        QTest::keyClicks(zoneBox->lineEdit(), u"sao p"_s);
        QCompleter *completer = zoneBox->completer();
        QVERIFY(completer);
        QCOMPARE(completer->completionCount(), 1);
        QCOMPARE(completer->currentCompletion(), u"America/Sao Paulo"_s);
        QTRY_VERIFY(completer->popup()->isVisible());
        shoot(*completer->popup(), u"preferences-zone-search"_s);
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(zoneBox->currentText(), u"America/Sao Paulo"_s);
        clickButton(dialog, QDialogButtonBox::Ok);
        QCOMPARE(AppSettings().defaultTimeZoneId(), QByteArray("America/Sao_Paulo"));
    }

    void unknownTimeZoneKeepsTheDialogOpen()
    {
        AppSettings settings;
        settings.setDefaultTimeZoneId("Asia/Tokyo");
        PreferencesDialog dialog(settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *zoneBox = field<QComboBox>(dialog, u"timeZone"_s);
        zoneBox->lineEdit()->clear();
        QTest::keyClicks(zoneBox->lineEdit(), u"Atlantis/Capital"_s);
        QVERIFY(field<QLabel>(dialog, u"timeZoneHint"_s)->text().contains(u"Not a known time zone"_s));
        shoot(dialog, u"preferences-unknown-zone"_s);
        clickButton(dialog, QDialogButtonBox::Ok);
        QVERIFY(dialog.isVisible());
        QCOMPARE(AppSettings().defaultTimeZoneId(), QByteArray("Asia/Tokyo"));
    }

    void restoreDefaults()
    {
        AppSettings settings;
        settings.setLanguage(u"de"_s);
        settings.setRecentFilesCount(2);
        settings.setDefaultTimeZoneId("Asia/Tokyo");
        settings.setSessionTimeoutMinutes(10);
        settings.setStatusTolerancePercent(33);
        settings.setPaperSize(AppSettings::PaperSize::Letter);
        PreferencesDialog dialog(settings);
        dialog.show();
        clickButton(dialog, QDialogButtonBox::RestoreDefaults);
        QVERIFY(dialog.isVisible());
        QCOMPARE(AppSettings().language(), u"de"_s); // nothing is saved before OK
        clickButton(dialog, QDialogButtonBox::Ok);
        const AppSettings reread;
        QCOMPARE(reread.language(), QString());
        QCOMPARE(reread.recentFilesCount(), 8);
        QCOMPARE(reread.defaultTimeZoneId(), QByteArray());
        QCOMPARE(reread.sessionTimeoutMinutes(), 30);
        QCOMPARE(reread.statusTolerancePercent(), 10);
        QCOMPARE(reread.paperSize(), AppSettings::PaperSize::FromLocale);
    }

    void screenshot()
    {
        AppSettings settings;
        settings.setDefaultTimeZoneId("Europe/Berlin");
        PreferencesDialog dialog(settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.height() < 800);
        shoot(dialog, u"preferences"_s);

        // The notes follow the palette: readable on a dark one too.
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
        PreferencesDialog darkDialog(settings);
        darkDialog.setPalette(dark);
        darkDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&darkDialog));
        shoot(darkDialog, u"preferences-dark"_s);
    }

    void mainWindowOpensPreferences()
    {
        QSettings().setValue(u"workspace/recent"_s,
                             QStringList{u"/a.uptake"_s, u"/b.uptake"_s, u"/c.uptake"_s, u"/d.uptake"_s});
        MainWindow w;
        w.setInteractive(false);
        w.show();
        QAction *preferences = menuAction(w, u"&Edit"_s, u"&Preferences…"_s);
        QVERIFY(preferences);
        QVERIFY(preferences->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
        preferences->trigger();
        auto *dialog = w.findChild<PreferencesDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        field<QSpinBox>(*dialog, u"recentFiles"_s)->setValue(2);
        auto *languageBox = field<QComboBox>(*dialog, u"language"_s);
        languageBox->setCurrentIndex(languageBox->findData(u"fr"_s));
        clickButton(*dialog, QDialogButtonBox::Ok);
        QCOMPARE(QSettings().value(u"workspace/recent"_s).toStringList(),
                 (QStringList{u"/a.uptake"_s, u"/b.uptake"_s}));
        QVERIFY(w.statusBar()->currentMessage().contains(u"next time Uptake starts"_s));
        QTRY_VERIFY(!w.findChild<PreferencesDialog *>()); // deleted on close
    }

    void aboutNamesVersionsAndLicences()
    {
        MainWindow w;
        w.show();
        QAction *about = menuAction(w, u"&Help"_s, u"&About Uptake"_s);
        QVERIFY(about);
        QVERIFY(menuAction(w, u"&Help"_s, u"About &Qt"_s));
        QString text;
        // QMessageBox::about() runs its own event loop; read and close it from inside that loop.
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            text = box->text();
            shoot(*box, u"about"_s);
            box->accept();
        });
        about->trigger();
        QVERIFY(text.contains(u"Uptake 9.8.7"_s));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(u"GNU LGPL version 3"_s));
        QVERIFY(text.contains(u"MIT"_s));
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"

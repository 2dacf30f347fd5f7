// Help and languages: the guide shows every metric's definition from Metrics::definitions(), the dashboard's tiles
// explain themselves with those definitions, and the embedded catalogues translate strings from every layer under
// the context the code looks them up with (a mismatch leaves a string in English although the .ts has it).

#include "dialogs/helpdialog.h"
#include "metrics/metrics.h"
#include "pages/overviewpage.h"
#include "widgets/kpitile.h"

#include <QApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Uptake;

class TestHelp : public QObject
{
    Q_OBJECT

    /// Installs Uptake's catalogue for a language for the lifetime of the object.
    struct Language
    {
        QTranslator translator;
        bool loaded = false;
        explicit Language(const QString &code)
        {
            loaded = translator.load(u":/i18n/uptake_%1.qm"_s.arg(code));
            if (loaded)
                QCoreApplication::installTranslator(&translator);
        }
        ~Language() { QCoreApplication::removeTranslator(&translator); }
    };

private Q_SLOTS:
    void guideHasTheMethodAndEveryDefinition()
    {
        const QString html = HelpDialog::guideHtml();
        for (const char *stage : {"Diagnose", "Design", "Pilot with PLAN cycles", "Govern", "30/60/90-day checkpoints"})
            QVERIFY2(html.contains(QLatin1StringView(stage)), stage);
        const QList<Metrics::Definition> definitions = Metrics::definitions();
        QVERIFY(definitions.size() >= 10);
        for (const Metrics::Definition &d : definitions) {
            QVERIFY2(html.contains(d.title.toHtmlEscaped()), qPrintable(d.key));
            QVERIFY2(html.contains(d.text.toHtmlEscaped()), qPrintable(d.key));
        }
        HelpDialog dialog;
        dialog.showDefinition(u"completion"_s); // an anchor per definition; must not crash when scrolled to
    }

    void tilesExplainThemselves()
    {
        OverviewPage page;
        const auto tiles = page.findChildren<KpiTile *>();
        QCOMPARE(tiles.size(), 6);
        for (KpiTile *tile : tiles)
            QVERIFY2(!tile->whatsThis().isEmpty(), qPrintable(tile->accessibleName()));
        QString definitionTexts;
        for (const Metrics::Definition &d : Metrics::definitions())
            definitionTexts += d.text.toHtmlEscaped();
        int fromDefinitions = 0;
        for (KpiTile *tile : tiles) {
            const QString w = tile->whatsThis();
            const qsizetype start = w.lastIndexOf(u"<p>"_s) + 3;
            if (start > 3 && definitionTexts.contains(w.mid(start, w.size() - start - 4)))
                ++fromDefinitions;
        }
        QCOMPARE(fromDefinitions, 5); // every tile but "Learners in scope", which is no metric of its own
    }

    void translatesEveryLayer_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        // One string per layer, including the models/ and app/ files that used a local tr() lupdate could not see.
        QTest::addRow("de import") << u"de"_s << u"Uptake::Import"_s << u"The file is empty."_s << -1
                                   << u"Die Datei ist leer."_s;
        QTest::addRow("de cli") << u"de"_s << u"Uptake::Cli"_s << u"Weekly active users"_s << -1
                                << u"Wöchentlich aktive Nutzer"_s;
        QTest::addRow("de definitions") << u"de"_s << u"Uptake::Metrics::Definitions"_s << u"Completion rate"_s << -1
                                        << u"Abschlussquote"_s;
        QTest::addRow("fr journey") << u"fr"_s << u"Uptake::Journey"_s << u"Lack of time"_s << -1
                                    << u"Manque de temps"_s;
        QTest::addRow("fr report plural")
            << u"fr"_s << u"Uptake::Report"_s << u"%n learner(s)"_s << 2 << u"2 apprenants"_s;
        QTest::addRow("es report singular")
            << u"es"_s << u"Uptake::Report"_s << u"%n learner(s)"_s << 1 << u"1 participante"_s;
        QTest::addRow("es main window") << u"es"_s << u"Uptake::MainWindow"_s << u"&File"_s << -1 << u"&Archivo"_s;
        QTest::addRow("es editing") << u"es"_s << u"Uptake::Editing"_s << u"The workspace is open read-only."_s << -1
                                    << u"El espacio de trabajo está abierto en modo de solo lectura."_s;
    }

    void translatesEveryLayer()
    {
        QFETCH(QString, language);
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        Language installed(language);
        QVERIFY(installed.loaded);
        QCOMPARE(QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData(), nullptr, n),
                 expected);
    }

    void guideInGerman()
    {
        Language german(u"de"_s);
        QVERIFY(german.loaded);
        const QString html = HelpDialog::guideHtml();
        QVERIFY(html.contains(u"Die Methode"_s));
        QVERIFY(html.contains(u"Wöchentlich aktive Nutzer und Aktivquote"_s));
        QVERIFY(!html.contains(u"The method"_s));
    }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"

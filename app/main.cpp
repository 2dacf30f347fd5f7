// Uptake starts here: a subcommand on the terminal (no display needed), or the main window.

#include "application.h"
#include "cli.h"
#include "mainwindow.h"
#include "pages/overviewpage.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (Uptake::Cli::wantsCommandLine(argc, argv) && Uptake::Cli::needsFonts(argc, argv)) {
        // The report lays out text, which needs the font database of a QGuiApplication, but never a display:
        // cron jobs and systemd timers have none.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Cron and systemd timers run without a session: Qt's note about XDG_RUNTIME_DIR is noise in their mail.
        static const QtMessageHandler previous = qInstallMessageHandler(nullptr);
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (type == QtWarningMsg && message.startsWith(QLatin1StringView("QStandardPaths: XDG_RUNTIME_DIR")))
                return;
            if (previous)
                previous(type, context, message);
        });
        QGuiApplication app(argc, argv);
        Uptake::App::setUp(app);
        return Uptake::Cli::run(QCoreApplication::arguments());
    }
    if (Uptake::Cli::wantsCommandLine(argc, argv)) {
        QCoreApplication app(argc, argv);
        Uptake::App::setUp(app);
        return Uptake::Cli::run(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    Uptake::App::setUp(app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/uptake.svg")));
    QApplication::setDesktopFileName(QStringLiteral("org.example.Uptake"));

    Uptake::MainWindow window;
    if (qEnvironmentVariableIsSet("UPTAKE_MEASURE_FIRST_PAINT"))
        fprintf(stderr, "window built: %lld ms\n", static_cast<long long>(sinceStart.elapsed()));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() > 1)
        window.openWorkspace(args.at(1));
    else
        window.reopenLastWorkspace();
    window.show();
    if (qEnvironmentVariableIsSet("UPTAKE_MEASURE_FIRST_PAINT")) {
        // For tests/benchmarks/first-paint-benchmark.sh: how long after start the dashboard's figures are on
        // screen (painted, not just computed), part by part, then quit.
        fprintf(stderr, "window shown: %lld ms\n", static_cast<long long>(sinceStart.elapsed()));
        auto *overview = window.findChild<Uptake::OverviewPage *>();
        QObject::connect(overview, &Uptake::OverviewPage::summaryShown, &app, [&window, &sinceStart] {
            window.repaint();
            fprintf(stderr, "summary painted: %lld ms\n", static_cast<long long>(sinceStart.elapsed()));
        });
        QObject::connect(overview, &Uptake::OverviewPage::figuresShown, &app, [&window, &sinceStart](int parts) {
            window.repaint();
            fprintf(stderr, "figures painted: %lld ms (%d of %d parts)\n", static_cast<long long>(sinceStart.elapsed()),
                    parts, Uptake::Metrics::PartCount);
            if (parts == Uptake::Metrics::PartCount)
                QCoreApplication::quit();
        });
    }
    return QApplication::exec();
}

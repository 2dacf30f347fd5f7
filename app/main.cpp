// Uptake starts here: a subcommand on the terminal (no display needed), or the main window.

#include "application.h"
#include "cli.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

int main(int argc, char **argv)
{
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
    const QStringList args = QCoreApplication::arguments();
    if (args.size() > 1)
        window.openWorkspace(args.at(1));
    else
        window.reopenLastWorkspace();
    window.show();
    return QApplication::exec();
}

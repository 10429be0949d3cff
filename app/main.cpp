// The one executable: the window by default, subcommands without one. The window and the PDF
// summary are modules (mlplanner-window.so, mlplanner-report.so) loaded only when they are
// wanted, so every other subcommand starts with Qt Core and Sql alone (docs/performance.md,
// "Start-up").
#include "cli/cli.h"
#include "core/domain/clock.h"
#include "storage/stores.h"
#include "translations/translators.h"

#ifdef MLP_WITH_WINDOW
#include "app/frontendmodule.h"
#include "app/reportmodule.h"
#include "app/windowmodule.h"
#endif

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

// Runs the command line in the application already created. `reports` writes the PDF summary
// of `report` (null in a build without it, where `report` says so).
int runCommands(const mlp::report::ReportWriter *reports)
{
    // Messages follow the locale like the window's; output that is data (JSON, CSV) does not.
    mlp::l10n::installTranslators();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const mlp::SystemClock clock;
    // The kind of store is picked here (and by the window's Document, from the same function).
    return mlp::cli::run(QCoreApplication::arguments(), out, err, clock,
                         mlp::storage::storeOpener(), reports);
}

#ifdef MLP_WITH_WINDOW
const char *const kCommandLineHint
    = QT_TRANSLATE_NOOP("mlp", "The command line works without it: mlplanner --help");

// Says an error on stderr in the user's language, and `hint`, what the user can do meanwhile.
// A QCoreApplication and the translators exist only here (the window's module makes its own
// application), so `message` is asked for its text once they do.
template<typename Message> void sayError(int &argc, char **argv, Message message, const char *hint)
{
    QCoreApplication app(argc, argv);
    mlp::l10n::installTranslators();
    QTextStream err(stderr);
    err << QStringLiteral("error: ") << message() << Qt::endl;
    if (hint)
        err << QCoreApplication::translate("mlp", hint) << Qt::endl;
}

// Loads a module's entry; when it cannot, says why and returns null.
void *moduleEntry(int &argc, char **argv, const char *module, const char *entry, const char *hint)
{
    QString error;
    void *function = mlp::app::loadModuleFunction(QString::fromLatin1(module), entry, &error);
    if (function)
        return function;
    sayError(
        argc, argv,
        [&] {
            // Asked again so that the message is translated now.
            mlp::app::loadModuleFunction(QString::fromLatin1(module), entry, &error);
            return error;
        },
        hint);
    return nullptr;
}

// Whether the window has a display to open on. Without one Qt would abort the process (its
// platform plugin cannot connect), so the user is told what to do instead.
bool hasDisplay(int &argc, char **argv)
{
    for (const char *variable : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" }) {
        if (!qEnvironmentVariableIsEmpty(variable))
            return true;
    }
    sayError(
        argc, argv,
        [] {
            return QCoreApplication::translate("mlp",
                                               "the window needs a graphical session, and there "
                                               "is none here (DISPLAY and WAYLAND_DISPLAY are not "
                                               "set).");
        },
        kCommandLineHint);
    return false;
}
#endif

int runCommandLine(int &argc, char **argv, const QStringList &arguments)
{
#ifdef MLP_WITH_WINDOW
    // The PDF summary paints text, so `report` runs in the report module's offscreen
    // QGuiApplication; every other command in a QCoreApplication.
    if (mlp::cli::isReportCommand(arguments)) {
        const auto report = reinterpret_cast<mlp::app::ReportEntry>(
            moduleEntry(argc, argv, mlp::app::kReportModule, mlp::app::kReportEntry, nullptr));
        return report ? report(&argc, argv, &runCommands) : 2;
    }
#else
    Q_UNUSED(arguments);
#endif
    QCoreApplication app(argc, argv);
    return runCommands(nullptr);
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (mlp::cli::wantsCommandLine(arguments))
        return runCommandLine(argc, argv, arguments);
#ifdef MLP_WITH_WINDOW
    if (!hasDisplay(argc, argv))
        return 2;
    const auto window = reinterpret_cast<mlp::app::WindowEntry>(
        moduleEntry(argc, argv, mlp::app::kWindowModule, mlp::app::kWindowEntry, kCommandLineHint));
    return window ? window(&argc, argv) : 2;
#else
    // A command-line-only build: without a subcommand, say so and show the usage.
    std::fputs("mlplanner was built without the window (MLP_BUILD_WINDOW=OFF); "
               "give a subcommand, e.g. mlplanner --help.\n",
               stderr);
    return 2;
#endif
}

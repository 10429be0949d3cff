// The one executable: the window by default, subcommands without one.
#include "cli/cli.h"
#include "core/domain/clock.h"
#include "storage/stores.h"
#include "translations/translators.h"

#ifdef MLP_WITH_WINDOW
#include "report/pdfreport.h"
#include "ui/window/application.h"

#include <QApplication>
#include <QGuiApplication>
#endif

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

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

int runCommandLine(int &argc, char **argv, const QStringList &arguments)
{
#ifdef MLP_WITH_WINDOW
    // The PDF summary paints text, so `report` runs in a QGuiApplication (offscreen: no display
    // needed); every other command in a QCoreApplication.
    if (mlp::report::isReportCommand(arguments)) {
        const auto app = mlp::report::makeHeadlessApplication(argc, argv);
        return runCommands(&mlp::report::pdfReportWriter());
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

#ifdef MLP_WITH_WINDOW
    if (mlp::cli::wantsCommandLine(arguments))
        return runCommandLine(argc, argv, arguments);
    QApplication app(argc, argv);
    return mlp::ui::runApplication(app);
#else
    // A command-line-only build: without a subcommand, say so and show the usage.
    if (!mlp::cli::wantsCommandLine(arguments)) {
        std::fputs("mlplanner was built without the window (MLP_BUILD_WINDOW=OFF); "
                   "give a subcommand, e.g. mlplanner --help.\n",
                   stderr);
        return 2;
    }
    return runCommandLine(argc, argv, arguments);
#endif
}

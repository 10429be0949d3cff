// The one executable: the window by default, subcommands without one. The window is a module
// (mlplanner-window.so) loaded only when it is wanted, so a subcommand starts with Qt Core and
// Sql alone (docs/performance.md, "Start-up").
#include "cli/cli.h"
#include "core/domain/clock.h"
#include "storage/stores.h"
#include "translations/translators.h"

#ifdef MLP_WITH_WINDOW
#include "app/frontendmodule.h"
#include "app/windowmodule.h"
#endif

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

int runCommandLine(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Messages follow the locale like the window's; output that is data (JSON, CSV) does not.
    mlp::l10n::installTranslators();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const mlp::SystemClock clock;
    // The kind of store is picked here (and by the window's Document, from the same function).
    return mlp::cli::run(QCoreApplication::arguments(), out, err, clock,
                         mlp::storage::storeOpener());
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (mlp::cli::wantsCommandLine(arguments))
        return runCommandLine(argc, argv);
#ifdef MLP_WITH_WINDOW
    QString error;
    const auto window = reinterpret_cast<mlp::app::WindowEntry>(mlp::app::loadModuleFunction(
        QString::fromLatin1(mlp::app::kWindowModule), mlp::app::kWindowEntry, &error));
    if (!window) {
        std::fprintf(stderr, "mlplanner: the window cannot be opened. %s\n",
                     error.toLocal8Bit().constData());
        return 2;
    }
    return window(&argc, argv);
#else
    // A command-line-only build: without a subcommand, say so and show the usage.
    std::fputs("mlplanner was built without the window (MLP_BUILD_WINDOW=OFF); "
               "give a subcommand, e.g. mlplanner --help.\n",
               stderr);
    return 2;
#endif
}

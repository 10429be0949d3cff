// The one executable: the window by default, subcommands without one.
#include "cli/cli.h"
#include "domain/clock.h"
#include "application.h"
#include "translators.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (mlp::cli::wantsCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        // Messages follow the locale like the window's; output that is data (JSON, CSV) does not.
        mlp::l10n::installTranslators();
        QTextStream out(stdout);
        QTextStream err(stderr);
        const mlp::SystemClock clock;
        return mlp::cli::run(QCoreApplication::arguments(), out, err, clock);
    }

    QApplication app(argc, argv);
    return mlp::ui::runApplication(app);
}

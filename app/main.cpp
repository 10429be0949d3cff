// The one executable: the window by default, subcommands without one.
#include "cli/cli.h"
#include "domain/clock.h"
#include "application.h"

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
        QTextStream out(stdout);
        QTextStream err(stderr);
        const mlp::SystemClock clock;
        return mlp::cli::run(QCoreApplication::arguments(), out, err, clock);
    }

    QApplication app(argc, argv);
    return mlp::ui::runApplication(app);
}

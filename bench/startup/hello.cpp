// The floor for a command line's start-up: a Qt-Core-only program built like mlplanner (same
// compiler flags, Qt Core from the same packages) that creates a QCoreApplication and prints
// one line. bench/startup/measure.sh runs it beside `mlplanner --version` and `mlplanner rank`.
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    out << QStringLiteral("hello ") << QCoreApplication::arguments().size() << QLatin1Char('\n');
    return 0;
}

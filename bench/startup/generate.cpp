// Writes a generated portfolio of N ideas (tests/support/generatedportfolio) to a new .mlplan
// file, for measuring the command line on large portfolios (bench/startup/measure-edits.sh).
// Usage: bench_generate N FILE
#include "storage/portfoliofile.h"
#include "tests/support/generatedportfolio.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QTextStream err(stderr);
    bool ok = false;
    const int count = arguments.size() == 3 ? arguments.at(1).toInt(&ok) : 0;
    if (!ok || count < 1) {
        err << "usage: bench_generate N FILE\n";
        return 2;
    }
    const QDateTime now(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);
    const auto created = mlp::PortfolioFile::create(arguments.at(2),
                                                    mlp::generatedPortfolio(count, 20240101, now));
    if (!created) {
        err << created.error().message << '\n';
        return 1;
    }
    return 0;
}

// Fuzzes the JSON and CSV importers. The first byte picks the format; the rest is the input.
// Invariants checked on every accepted import:
//   - the result passes validatePortfolio, the check the file loader and every command run,
//     so an import can never commit a portfolio that is refused afterwards (ids past 2^53 - 1,
//     out-of-range or non-finite numbers, oversized texts, control characters);
//   - every score is a finite number;
//   - JSON: export -> import gives the same portfolio; CSV: export -> import -> export gives
//     the same bytes (formula neutralisation included).
#include "core/domain/scoring.h"
#include "core/domain/validation.h"
#include "core/io/csvformat.h"
#include "core/io/jsonformat.h"

#include <QCoreApplication>

#include <cmath>
#include <cstdio>
#include <cstdlib>

using namespace mlp;

namespace {

[[noreturn]] void broken(const char *what, const Status &status = Ok {})
{
    std::fprintf(stderr, "invariant broken: %s %s\n", what,
                 status ? "" : qPrintable(status.error().message));
    std::abort();
}

void checkScores(const Portfolio &portfolio)
{
    for (const Idea &idea : portfolio.ideas) {
        const Score score = scoreIdea(idea, portfolio.config);
        for (const std::optional<double> &v :
             { score.impact, score.feasibility, score.costFactor }) {
            if (v && !std::isfinite(*v))
                broken("a score is not finite");
        }
        if (!std::isfinite(score.priority))
            broken("a priority is not finite");
    }
}

// A portfolio to merge CSV rows into: its largest id is close to the limit, so a few new rows
// reach the end of the id range.
const Portfolio &into()
{
    static const Portfolio portfolio = [] {
        Portfolio p;
        Idea a;
        a.id = 3;
        a.name = QStringLiteral("Churn");
        a.raters << Rater { QStringLiteral("Ann"), {} };
        Idea b;
        b.id = kMaxIdeaId - 2;
        b.name = QStringLiteral("Near the end");
        p.ideas << a << b;
        return p;
    }();
    return portfolio;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    if (data[0] & 1) {
        const Result<Portfolio> imported = io::importJson(input);
        if (!imported)
            return 0;
        if (Status valid = validatePortfolio(*imported); !valid)
            broken("accepted JSON fails validatePortfolio:", valid);
        checkScores(*imported);
        const Result<Portfolio> again = io::importJson(io::exportJson(*imported));
        if (!again || !(*again == *imported))
            broken("JSON export -> import changed the portfolio");
    } else {
        const Result<Portfolio> imported = io::importCsv(input, into());
        if (!imported)
            return 0;
        if (Status valid = validatePortfolio(*imported); !valid)
            broken("accepted CSV fails validatePortfolio:", valid);
        checkScores(*imported);
        const QByteArray csv = io::exportCsv(*imported);
        const Result<Portfolio> again = io::importCsv(csv, Portfolio {});
        if (!again)
            broken("our own CSV export is refused:", Status(again.error()));
        if (io::exportCsv(*again) != csv)
            broken("CSV export -> import -> export changed the bytes");
    }
    return 0;
}

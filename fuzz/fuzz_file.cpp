// Fuzzes the .mlplan reader: the input bytes become a file that PortfolioFile::open and load
// read. Whatever they hold, the answer is a portfolio or an error, never a crash or a hang.
// A loaded portfolio is checked with validatePortfolio (what every command runs after
// loading); when it passes, every score must be finite.
#include "core/domain/scoring.h"
#include "core/domain/validation.h"
#include "storage/portfoliofile.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>
#include <cstdlib>

using namespace mlp;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.mlplan"));
    QFile::remove(path);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            std::abort();
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    {
        auto opened = PortfolioFile::open(path);
        if (!opened)
            return 0;
        const Result<Portfolio> loaded = (*opened)->load();
        if (!loaded || !validatePortfolio(*loaded))
            return 0;
        for (const Idea &idea : loaded->ideas) {
            const Score score = scoreIdea(idea, loaded->config);
            if (!std::isfinite(score.priority)
                || (score.costFactor && !std::isfinite(*score.costFactor))) {
                std::fprintf(stderr, "a valid portfolio gave a score that is not finite\n");
                std::abort();
            }
        }
    }
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-journal"));
    return 0;
}

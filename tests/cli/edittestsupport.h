#pragma once

#include "clitestsupport.h"

#include <QStringList>

namespace mlp::testing {

// A copy of the sample portfolio for the commands that edit one part of it, and ways to read
// back what they wrote.
class CliEditTest : public CliTest
{
protected:
    void SetUp() override
    {
        file = path(QStringLiteral("s.mlplan"));
        const CliResult created = cli({ QStringLiteral("new"), QStringLiteral("--sample"), file });
        ASSERT_EQ(created.code, 0) << created.err.toStdString();
    }

    Portfolio load() const
    {
        auto opened = stores->open(file, PortfolioStore::Access::Read);
        EXPECT_TRUE(opened.ok());
        if (!opened)
            return {};
        auto loaded = (*opened)->load();
        EXPECT_TRUE(loaded.ok());
        return loaded ? *loaded : Portfolio {};
    }

    Idea idea(qint64 id) const
    {
        const Portfolio portfolio = load();
        const Idea *found = portfolio.find(id);
        EXPECT_NE(found, nullptr) << id;
        return found ? *found : Idea {};
    }

    // Runs `arguments` and expects one error line with `code` and the file's bytes unchanged.
    void expectRefused(const QStringList &arguments, int code)
    {
        const FileState before = stateOf(file);
        const CliResult result = cli(arguments);
        EXPECT_TRUE(isError(result, code)) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(stateOf(file), before) << arguments.join(QLatin1Char(' ')).toStdString();
    }

    QString file;
};

} // namespace mlp::testing

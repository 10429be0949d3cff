#include "clitestsupport.h"

#include "core/domain/lifecycle.h"

namespace mlp::testing {

Checklist CliTest::answeredChecklist()
{
    Checklist checklist;
    for (const ChecklistItem &item : checklistItems())
        checklist.insert(item.id, ChecklistAnswer::Yes);
    return checklist;
}

Idea CliTest::makeIdea(qint64 id, const QString &name) const
{
    Idea idea;
    idea.id = id;
    idea.name = name;
    idea.lifecycle.createdAt = clock.now();
    idea.checklist = answeredChecklist();
    Rater rater;
    rater.name = QStringLiteral("Ana");
    for (int i = 0; i < kQuestionCount; ++i)
        rater.answers[i] = qint8(1 + (id + i) % 5);
    idea.raters << rater;
    return idea;
}

QString CliTest::createPortfolio(const QString &name, const QList<Idea> &ideas)
{
    Portfolio portfolio;
    portfolio.name = QStringLiteral("Test");
    portfolio.ideas = ideas;
    const QString file = path(name);
    const auto created = PortfolioFile::create(file, portfolio);
    EXPECT_TRUE(created.ok()) << (created ? std::string() : created.error().message.toStdString());
    return file;
}

::testing::AssertionResult isError(const CliResult &result, int code)
{
    if (result.code != code)
        return ::testing::AssertionFailure() << "exit code " << result.code << ", expected " << code
                                             << "; stderr: " << result.err.toStdString();
    if (!result.err.startsWith(QLatin1String("error: ")))
        return ::testing::AssertionFailure()
            << "stderr does not start with 'error: ': " << result.err.toStdString();
    if (result.err.count(QLatin1Char('\n')) != 1 || !result.err.endsWith(QLatin1Char('\n')))
        return ::testing::AssertionFailure()
            << "stderr is not exactly one line: " << result.err.toStdString();
    if (!result.out.isEmpty())
        return ::testing::AssertionFailure() << "stdout is not empty: " << result.out.toStdString();
    return ::testing::AssertionSuccess();
}

} // namespace mlp::testing

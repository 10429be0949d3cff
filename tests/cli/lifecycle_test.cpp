#include "clitestsupport.h"

#include "core/domain/lifecycle.h"
#include "core/domain/scoring.h"
#include "core/io/jsonformat.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mlp::testing {
namespace {

class CliLifecycle : public CliTest
{
protected:
    void SetUp() override
    {
        Idea unanswered = makeIdea(3, u"Unchecked"_s);
        unanswered.checklist.clear();
        file = createPortfolio(u"p.mlplan"_s,
                               { makeIdea(1, u"Churn model"_s), makeIdea(2, u"라벨링 도우미"_s),
                                 unanswered, makeIdea(4, u"Twin"_s), makeIdea(5, u"Twin"_s) });
    }

    CliResult move(const QString &idea, const QString &stage, QStringList options = {})
    {
        return cli(QStringList { u"move"_s, file, idea, stage, u"--who"_s, u"ana"_s } + options);
    }

    QString stageOf(const QString &idea)
    {
        const CliResult history = cli({ u"history"_s, file, idea });
        const qsizetype at = history.out.indexOf(u"\" is in "_s);
        return at < 0 ? QString() : history.out.mid(at + 8).section(u' ', 0, 0);
    }

    QString file;
};

TEST_F(CliLifecycle, ForwardOneStageAtATime)
{
    const CliResult result = move(u"Churn model"_s, u"data"_s);
    ASSERT_EQ(result.code, 0) << result.err.toStdString();
    EXPECT_TRUE(result.err.isEmpty());
    EXPECT_EQ(result.out, u"Moved \"Churn model\" from planning to data.\n"_s);
    EXPECT_EQ(stageOf(u"1"_s), u"data"_s);

    EXPECT_EQ(move(u"1"_s, u"TRAINING"_s).code, 0);
    EXPECT_EQ(move(u"1"_s, u"deploying"_s).code, 0);
    EXPECT_EQ(stageOf(u"Churn model"_s), u"deploying"_s);
}

TEST_F(CliLifecycle, ForwardSkipIsRefusedAndWritesNothing)
{
    const FileState before = stateOf(file);
    const CliResult result = move(u"Churn model"_s, u"training"_s);
    EXPECT_TRUE(isError(result, 1));
    EXPECT_EQ(stateOf(file), before);
    for (const QString &side : { u"-wal"_s, u"-shm"_s, u"-journal"_s })
        EXPECT_FALSE(QFileInfo::exists(file + side)) << side.toStdString();
    EXPECT_EQ(stageOf(u"Churn model"_s), u"planning"_s);
}

TEST_F(CliLifecycle, SameStageIsRefused)
{
    const FileState before = stateOf(file);
    EXPECT_TRUE(isError(move(u"Churn model"_s, u"planning"_s), 1));
    EXPECT_EQ(stateOf(file), before);
}

TEST_F(CliLifecycle, BackwardNeedsAReason)
{
    ASSERT_EQ(move(u"Churn model"_s, u"data"_s).code, 0);
    ASSERT_EQ(move(u"Churn model"_s, u"training"_s).code, 0);

    const FileState before = stateOf(file);
    EXPECT_TRUE(isError(move(u"Churn model"_s, u"data"_s), 1));
    EXPECT_EQ(stateOf(file), before);
    EXPECT_TRUE(
        isError(move(u"Churn model"_s, u"data"_s, { u"--trigger"_s, u"no-such-trigger"_s }), 1));
    EXPECT_EQ(stateOf(file), before);
    const QString otherPair = triggersFor(Stage::Deploying, Stage::Planning).first().id;
    EXPECT_TRUE(isError(move(u"Churn model"_s, u"data"_s, { u"--trigger"_s, otherPair }), 1));
    EXPECT_EQ(stateOf(file), before);
    EXPECT_EQ(stageOf(u"Churn model"_s), u"training"_s);

    const QString trigger = triggersFor(Stage::Training, Stage::Data).first().id;
    EXPECT_EQ(move(u"Churn model"_s, u"data"_s, { u"--trigger"_s, trigger }).code, 0);
    EXPECT_EQ(move(u"Churn model"_s, u"planning"_s, { u"--reason"_s, u"Scope changed"_s }).code, 0);
    EXPECT_EQ(stageOf(u"Churn model"_s), u"planning"_s);
}

TEST_F(CliLifecycle, LeavingPlanningNeedsTheChecklistOrAnOverride)
{
    const FileState before = stateOf(file);
    EXPECT_TRUE(isError(move(u"Unchecked"_s, u"data"_s), 1));
    EXPECT_EQ(stateOf(file), before);

    ASSERT_EQ(
        move(u"Unchecked"_s, u"data"_s, { u"--override-checklist"_s, u"pilot agreed with legal"_s })
            .code,
        0);
    const CliResult history = cli({ u"history"_s, file, u"Unchecked"_s });
    EXPECT_TRUE(history.out.contains(u"pilot agreed with legal"_s)) << history.out.toStdString();
}

// The note was silently dropped when the checklist was already answered.
TEST_F(CliLifecycle, UnneededOverrideNoteIsReportedNotDroppedSilently)
{
    const CliResult moved
        = move(u"Churn model"_s, u"data"_s, { u"--override-checklist"_s, u"just in case"_s });
    ASSERT_EQ(moved.code, 0) << moved.err.toStdString();
    EXPECT_TRUE(moved.out.contains(u"not recorded"_s)) << moved.out.toStdString();
    const CliResult back = move(u"Churn model"_s, u"planning"_s,
                                { u"--reason"_s, u"scope"_s, u"--override-checklist"_s, u"n"_s });
    ASSERT_EQ(back.code, 0) << back.err.toStdString();
    EXPECT_TRUE(back.out.contains(u"not recorded"_s)) << back.out.toStdString();
    const CliResult plain = move(u"Churn model"_s, u"data"_s);
    ASSERT_EQ(plain.code, 0) << plain.err.toStdString();
    EXPECT_FALSE(plain.out.contains(u"not recorded"_s));
}

TEST_F(CliLifecycle, IdeaLookupAndStageErrors)
{
    const FileState before = stateOf(file);
    EXPECT_TRUE(isError(move(u"No such idea"_s, u"data"_s), 1));
    EXPECT_TRUE(isError(move(u"99"_s, u"data"_s), 1));
    const CliResult ambiguous = move(u"Twin"_s, u"data"_s);
    EXPECT_TRUE(isError(ambiguous, 1));
    EXPECT_TRUE(ambiguous.err.contains(u"4"_s) && ambiguous.err.contains(u"5"_s))
        << ambiguous.err.toStdString();
    const CliResult stage = move(u"Churn model"_s, u"launch"_s);
    EXPECT_TRUE(isError(stage, 2));
    EXPECT_TRUE(stage.err.contains(u"launch"_s));
    EXPECT_TRUE(isError(cli({ u"move"_s, path(u"absent.mlplan"_s), u"1"_s, u"data"_s }), 1));
    EXPECT_FALSE(QFileInfo::exists(path(u"absent.mlplan"_s)));
    EXPECT_EQ(stateOf(file), before);

    EXPECT_EQ(move(u"4"_s, u"data"_s).code, 0);
    EXPECT_EQ(move(u"라벨링 도우미"_s, u"data"_s).code, 0);
    EXPECT_EQ(move(u"churn MODEL"_s, u"data"_s).code, 0);
}

TEST_F(CliLifecycle, OutcomeShelvingNeedsAReasonAndStopsMoves)
{
    const FileState before = stateOf(file);
    EXPECT_TRUE(isError(cli({ u"outcome"_s, file, u"Churn model"_s, u"shelved"_s }), 1));
    EXPECT_TRUE(isError(cli({ u"outcome"_s, file, u"Churn model"_s, u"paused"_s }), 2));
    EXPECT_EQ(stateOf(file), before);

    const CliResult shelved = cli({ u"outcome"_s, file, u"Churn model"_s, u"shelved"_s,
                                    u"--reason"_s, u"Labels cost more than the \"win\""_s });
    ASSERT_EQ(shelved.code, 0) << shelved.err.toStdString();
    EXPECT_EQ(shelved.out, u"\"Churn model\" is now shelved.\n"_s);
    const FileState shelvedState = stateOf(file);
    EXPECT_TRUE(isError(move(u"Churn model"_s, u"data"_s), 1));
    EXPECT_EQ(stateOf(file), shelvedState);

    ASSERT_EQ(cli({ u"outcome"_s, file, u"1"_s, u"active"_s }).code, 0);
    EXPECT_EQ(move(u"Churn model"_s, u"data"_s).code, 0);
    EXPECT_EQ(stageOf(u"Churn model"_s), u"data"_s);
}

TEST_F(CliLifecycle, WhoFallsBackToTheLoginName)
{
    const QByteArray user = qgetenv("USER");
    const QByteArray userName = qgetenv("USERNAME");
    const QByteArray logName = qgetenv("LOGNAME");
    qunsetenv("USER");
    qunsetenv("USERNAME");
    qputenv("LOGNAME", "jisoo");
    const CliResult moved = cli({ u"move"_s, file, u"1"_s, u"data"_s });
    qputenv("USER", user);
    qputenv("USERNAME", userName);
    qputenv("LOGNAME", logName);
    ASSERT_EQ(moved.code, 0) << moved.err.toStdString();
    EXPECT_TRUE(cli({ u"history"_s, file, u"1"_s }).out.contains(u" jisoo "_s));
}

TEST_F(CliLifecycle, WhoDefaultsToTheUser)
{
    const QByteArray user = qgetenv("USER");
    qputenv("USER", "kim");
    const CliResult moved = cli({ u"move"_s, file, u"1"_s, u"data"_s });
    qputenv("USER", user);
    ASSERT_EQ(moved.code, 0);
    EXPECT_TRUE(cli({ u"history"_s, file, u"1"_s }).out.contains(u" kim "_s));
}

TEST_F(CliLifecycle, HistoryShowsMovesReasonsAndCounts)
{
    const QString trigger = triggersFor(Stage::Training, Stage::Data).first().id;
    const QString triggerText = triggerById(trigger)->text;

    clock.advanceDays(2);
    ASSERT_EQ(move(u"Churn model"_s, u"data"_s).code, 0);
    clock.advanceDays(3);
    ASSERT_EQ(move(u"Churn model"_s, u"training"_s).code, 0);
    clock.advanceDays(1);
    ASSERT_EQ(move(u"Churn model"_s, u"data"_s, { u"--trigger"_s, trigger }).code, 0);
    clock.advanceDays(4);
    ASSERT_EQ(cli({ u"move"_s, file, u"2"_s, u"data"_s, u"--who"_s, u"민수"_s }).code, 0);

    const CliResult one = cli({ u"history"_s, file, u"Churn model"_s });
    ASSERT_EQ(one.code, 0) << one.err.toStdString();
    EXPECT_TRUE(one.err.isEmpty());
    const QStringList lines = one.out.split(u'\n');
    ASSERT_GE(lines.size(), 4);
    EXPECT_TRUE(lines.at(0).startsWith(u"when"_s));
    EXPECT_TRUE(lines.at(1).startsWith(u"2024-01-03T09:00:00Z"_s)) << lines.at(1).toStdString();
    EXPECT_TRUE(lines.at(1).contains(u"planning"_s) && lines.at(1).contains(u"data"_s));
    EXPECT_TRUE(lines.at(3).contains(triggerText)) << lines.at(3).toStdString();
    EXPECT_FALSE(one.out.contains(u"민수"_s));
    EXPECT_TRUE(one.out.contains(u"Moves: 2 forward, 1 backward."_s)) << one.out.toStdString();
    EXPECT_TRUE(one.out.contains(u"training -> data: 1"_s));
    EXPECT_TRUE(one.out.contains(triggerText + u": 1"_s));
    // Two days in planning, three in data, one in training, then back in data for four.
    EXPECT_TRUE(one.out.contains(QRegularExpression(u"\\n  planning +2d 0h\\n"_s)))
        << one.out.toStdString();
    EXPECT_TRUE(one.out.contains(QRegularExpression(u"\\n  data +7d 0h\\n"_s)))
        << one.out.toStdString();
    EXPECT_TRUE(one.out.contains(QRegularExpression(u"\\n  training +1d 0h\\n"_s)))
        << one.out.toStdString();

    const CliResult all = cli({ u"history"_s, file });
    ASSERT_EQ(all.code, 0);
    EXPECT_TRUE(all.out.contains(u"민수"_s));
    EXPECT_TRUE(all.out.contains(u"라벨링 도우미"_s));
    EXPECT_TRUE(all.out.contains(u"Moves: 3 forward, 1 backward."_s)) << all.out.toStdString();
    EXPECT_TRUE(all.out.contains(u"All 5 idea(s):"_s)) << all.out.toStdString();

    ASSERT_EQ(
        move(u"Churn model"_s, u"planning"_s, { u"--reason"_s, u"Ethics review said \"no\""_s })
            .code,
        0);
    const CliResult after = cli({ u"history"_s, file, u"1"_s });
    EXPECT_TRUE(after.out.contains(u"Ethics review said \"no\""_s));
    EXPECT_TRUE(after.out.contains(u"data -> planning: 1"_s));
    EXPECT_TRUE(after.out.contains(u"free text: 1"_s)) << after.out.toStdString();
}

TEST_F(CliLifecycle, HistoryAsJson)
{
    const QString trigger = triggersFor(Stage::Training, Stage::Data).first().id;
    clock.advanceDays(1);
    ASSERT_EQ(move(u"1"_s, u"data"_s).code, 0);
    clock.advanceDays(1);
    ASSERT_EQ(move(u"1"_s, u"training"_s).code, 0);
    clock.advanceDays(1);
    ASSERT_EQ(
        move(u"1"_s, u"data"_s, { u"--trigger"_s, trigger, u"--reason"_s, u"레이블 부족"_s }).code,
        0);

    const CliResult result = cli({ u"history"_s, file, u"1"_s, u"--json"_s });
    ASSERT_EQ(result.code, 0) << result.err.toStdString();
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError);
    const QJsonArray moves = root[u"moves"_s].toArray();
    ASSERT_EQ(moves.size(), 3);
    const QJsonObject last = moves.last().toObject();
    EXPECT_EQ(last[u"from"_s].toString(), u"training"_s);
    EXPECT_EQ(last[u"to"_s].toString(), u"data"_s);
    EXPECT_EQ(last[u"trigger"_s].toString(), trigger);
    EXPECT_EQ(last[u"reason"_s].toString(), u"레이블 부족"_s);
    EXPECT_EQ(last[u"who"_s].toString(), u"ana"_s);
    EXPECT_EQ(last[u"at"_s].toString(), u"2024-01-04T09:00:00Z"_s);
    EXPECT_EQ(root[u"forwardMoves"_s].toInt(), 2);
    EXPECT_EQ(root[u"backwardMoves"_s].toInt(), 1);
    EXPECT_EQ(root[u"secondsInStage"_s].toObject()[u"planning"_s].toInteger(), 86400);
    EXPECT_EQ(root[u"backwardByPair"_s].toObject()[u"training>data"_s].toInt(), 1);
    EXPECT_EQ(root[u"backwardByReason"_s].toObject()[trigger].toInt(), 1);
}

TEST_F(CliLifecycle, HistoryWithoutMoves)
{
    const CliResult result = cli({ u"history"_s, file, u"Twin"_s });
    EXPECT_TRUE(isError(result, 1));
    const CliResult none = cli({ u"history"_s, file, u"5"_s });
    ASSERT_EQ(none.code, 0);
    EXPECT_TRUE(none.out.startsWith(u"No recorded moves."_s));
}

// `explain` prints the core's breakdown text as it is (the chart's hover card shows the same).
TEST_F(CliLifecycle, ExplainPrintsTheCoreBreakdown)
{
    const CliResult exported = cli({ u"export"_s, file, u"-"_s });
    ASSERT_EQ(exported.code, 0) << exported.err.toStdString();
    const Result<Portfolio> read = io::importJson(exported.out.toUtf8());
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    const Portfolio &portfolio = *read;
    const Idea *idea = portfolio.find(portfolio.resolve(u"Churn model"_s).value());
    ASSERT_NE(idea, nullptr);
    const QString expected = explainText(explain(*idea, portfolio.config), portfolio.config);
    const CliResult explained = cli({ u"explain"_s, file, u"Churn model"_s });
    ASSERT_EQ(explained.code, 0) << explained.err.toStdString();
    EXPECT_EQ(explained.out, expected + u'\n');
}

TEST_F(CliLifecycle, ExplainAndTriggers)
{
    const CliResult explained = cli({ u"explain"_s, file, u"Churn model"_s });
    ASSERT_EQ(explained.code, 0) << explained.err.toStdString();
    EXPECT_FALSE(explained.out.trimmed().isEmpty());
    EXPECT_TRUE(isError(cli({ u"explain"_s, file, u"nope"_s }), 1));

    const CliResult triggers = cli({ u"triggers"_s });
    ASSERT_EQ(triggers.code, 0);
    for (const BackwardTrigger &trigger : backwardTriggers()) {
        EXPECT_TRUE(triggers.out.contains(trigger.id));
        EXPECT_TRUE(triggers.out.contains(trigger.text));
    }
}

} // namespace
} // namespace mlp::testing

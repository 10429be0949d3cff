#include "clitestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mlp::testing {
namespace {

class CliFlow : public CliTest
{
protected:
    void SetUp() override
    {
        file = createPortfolio(u"p.mlplan"_s,
                               { makeIdea(1, u"Churn model"_s), makeIdea(2, u"라벨링 도우미"_s),
                                 makeIdea(3, u"Quotes \"and\" more"_s),
                                 makeIdea(4, u"Search ranking"_s) });
    }

    void move(const QString &idea, const QString &stage, QStringList options = {})
    {
        const CliResult result = cli(QStringList { u"move"_s, file, idea, stage } + options);
        ASSERT_EQ(result.code, 0) << result.err.toStdString();
    }

    QString file;
};

TEST_F(CliFlow, ReplaysTheMovesIntoStagesTimesAndBackwardReasons)
{
    clock.advanceDays(2);
    move(u"1"_s, u"data"_s);
    move(u"2"_s, u"data"_s);
    move(u"4"_s, u"data"_s);
    clock.advanceDays(4); // day 6
    move(u"1"_s, u"training"_s);
    clock.advanceDays(3); // day 9
    move(u"1"_s, u"data"_s, { u"--trigger"_s, u"labels-unreliable"_s });
    clock.advanceDays(20); // day 29

    const CliResult text = cli({ u"flow"_s, file });
    ASSERT_EQ(text.code, 0) << text.err.toStdString();
    EXPECT_TRUE(text.err.isEmpty());
    EXPECT_TRUE(text.out.contains(u"Projects: 4 active, 0 shipped, 0 shelved."_s))
        << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(u"Backward moves (1 of 5 moves):"_s)) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(u"  training -> data: 1\n"_s));
    // Planning's three finished stays took 2 days each; idea 3 has sat there for 29 days. Data
    // has one finished stay, too few to say what is usual there, so nobody is marked in data.
    EXPECT_TRUE(text.out.contains(u"  Quotes \"and\" more (planning, 29d 0h)\n"_s))
        << text.out.toStdString();

    const CliResult json = cli({ u"flow"_s, file, u"--json"_s });
    ASSERT_EQ(json.code, 0) << json.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QJsonObject stages = root.value(u"stages"_s).toObject();
    EXPECT_EQ(stages.value(u"planning"_s).toObject().value(u"now"_s).toInt(), 1);
    EXPECT_EQ(stages.value(u"data"_s).toObject().value(u"now"_s).toInt(), 3);
    EXPECT_EQ(stages.value(u"data"_s).toObject().value(u"visits"_s).toInt(), 4);
    EXPECT_EQ(stages.value(u"data"_s).toObject().value(u"finishedVisits"_s).toInt(), 1);
    EXPECT_EQ(stages.value(u"data"_s).toObject().value(u"medianSeconds"_s).toDouble(), 4 * 86400.0);
    EXPECT_TRUE(stages.value(u"deploying"_s).toObject().value(u"medianSeconds"_s).isNull());
    const QJsonArray backward = root.value(u"backward"_s).toArray();
    ASSERT_EQ(backward.size(), 1);
    const QJsonObject pair = backward.first().toObject();
    EXPECT_EQ(pair.value(u"from"_s).toString(), u"training"_s);
    EXPECT_EQ(pair.value(u"to"_s).toString(), u"data"_s);
    EXPECT_EQ(pair.value(u"reasons"_s).toArray().first().toObject().value(u"reason"_s).toString(),
              u"labels-unreliable"_s);
    const QJsonArray cumulative = root.value(u"cumulative"_s).toArray();
    ASSERT_EQ(cumulative.size(), 30); // day 0 to day 29
    const QJsonObject dayTen = cumulative.at(10).toObject();
    EXPECT_EQ(dayTen.value(u"planning"_s).toInt(), 1);
    EXPECT_EQ(dayTen.value(u"data"_s).toInt(), 3);
    EXPECT_EQ(dayTen.value(u"training"_s).toInt(), 0);
    const QJsonArray stuck = root.value(u"stuck"_s).toArray();
    ASSERT_EQ(stuck.size(), 1);
    EXPECT_EQ(stuck.first().toObject().value(u"idea"_s).toString(), u"Quotes \"and\" more"_s);
}

TEST_F(CliFlow, ShippingStopsTimeInStage)
{
    clock.advanceDays(1);
    move(u"1"_s, u"data"_s);
    ASSERT_EQ(cli({ u"outcome"_s, file, u"1"_s, u"shipped"_s }).code, 0);
    clock.advanceDays(100);
    const CliResult json = cli({ u"flow"_s, file, u"--json"_s });
    ASSERT_EQ(json.code, 0) << json.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(root.value(u"shipped"_s).toInt(), 1);
    const QJsonObject data = root.value(u"stages"_s).toObject().value(u"data"_s).toObject();
    EXPECT_EQ(data.value(u"now"_s).toInt(), 0);
    EXPECT_EQ(data.value(u"finishedVisits"_s).toInt(), 1);
    EXPECT_EQ(data.value(u"medianSeconds"_s).toDouble(), 0.0); // shipped the day it arrived
}

TEST_F(CliFlow, BadInputIsOneErrorLine)
{
    EXPECT_TRUE(isError(cli({ u"flow"_s, path(u"missing.mlplan"_s) }), 1));
    write(path(u"junk.mlplan"_s), "not a portfolio");
    EXPECT_TRUE(isError(cli({ u"flow"_s, path(u"junk.mlplan"_s) }), 1));
    EXPECT_TRUE(isError(cli({ u"flow"_s }), 2));
    EXPECT_TRUE(isError(cli({ u"flow"_s, file, u"extra"_s }), 2));
}

} // namespace
} // namespace mlp::testing

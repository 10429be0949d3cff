// The packed columns' codecs on their own: text in, values out, no database.
#include "storage/ideacodecs.h"

#include "storagetestutil.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace mlp;
using namespace mlp::storage;
using namespace mlp::test;

namespace {

std::vector<int> catalogueOrder()
{
    const auto order = decodeAnswerOrder(encodeAnswerOrder());
    EXPECT_TRUE(order.has_value());
    return order.value_or(std::vector<int> {});
}

TEST(IdeaCodecs, EveryPackedColumnRoundTripsEachIdeaOfTheRichPortfolio)
{
    const std::vector<int> order = catalogueOrder();
    ASSERT_EQ(int(order.size()), kQuestionCount);
    const Portfolio rich = richPortfolio();
    ASSERT_FALSE(rich.ideas.isEmpty());
    for (const Idea &idea : rich.ideas) {
        SCOPED_TRACE(idea.name.toStdString());
        Interner names;
        Idea read;
        ASSERT_TRUE(decodeRaters(encodeRaters(idea.raters), order, names, read.raters));
        ASSERT_TRUE(
            decodeHistory(encodeHistory(idea.lifecycle.history), names, read.lifecycle.history));
        ASSERT_TRUE(decodeFlywheel(encodeFlywheel(idea.flywheel), read.flywheel));
        ASSERT_TRUE(decodeChecklist(encodeChecklist(idea.checklist), read.checklist));
        ASSERT_TRUE(decodeDetails(encodeDetails(idea), read));
        EXPECT_EQ(read.raters, idea.raters);
        EXPECT_EQ(read.lifecycle.history, idea.lifecycle.history);
        EXPECT_EQ(read.flywheel, idea.flywheel);
        EXPECT_EQ(read.checklist, idea.checklist);
        EXPECT_EQ(read.metrics, idea.metrics);
        EXPECT_EQ(read.baselines, idea.baselines);
        EXPECT_EQ(read.baselineMetric, idea.baselineMetric);
        EXPECT_EQ(read.keyQuestionAnswers, idea.keyQuestionAnswers);
    }
}

// Answers are stored by question id: a file that lists the ids in another order gives every
// answer to its own question.
TEST(IdeaCodecs, RatersAreReadInTheFilesAnswerOrder)
{
    QStringList ids;
    for (const Question &question : questions())
        ids << question.id;
    std::reverse(ids.begin(), ids.end());
    const auto order = decodeAnswerOrder(ids.join(QLatin1Char(';')));
    ASSERT_TRUE(order.has_value());

    Rater rater;
    rater.name = QStringLiteral("Ann");
    QString digits;
    for (const int index : *order) {
        rater.answers[index] = qint8(index % 6);
        digits += QChar(u'0' + index % 6);
    }
    Interner names;
    QList<Rater> read;
    const QString text = QStringLiteral("3:Ann") + digits + QLatin1Char('\n');
    ASSERT_TRUE(decodeRaters(text, *order, names, read));
    ASSERT_EQ(read.size(), 1);
    EXPECT_EQ(read.first(), rater);
}

TEST(IdeaCodecs, TextThatCannotBeReadWhollyIsRefused)
{
    const std::vector<int> order = catalogueOrder();
    Interner names;
    QList<Rater> raters;
    EXPECT_FALSE(decodeRaters(QStringLiteral("3:An"), order, names, raters));
    EXPECT_FALSE(decodeRaters(QStringLiteral("3:Ann12\n"), order, names, raters));
    QList<Transition> history;
    EXPECT_FALSE(decodeHistory(QStringLiteral("12;planning;nowhere;0:0:0:0:\n"), names, history));
    EXPECT_FALSE(decodeHistory(QStringLiteral("soon;planning;data;0:0:0:0:\n"), names, history));
    std::array<TriState, 3> flywheel {};
    EXPECT_FALSE(decodeFlywheel(QStringLiteral("no-such-question=yes"), flywheel));
    Checklist checklist;
    EXPECT_FALSE(decodeChecklist(QStringLiteral("item"), checklist));
    Idea idea;
    EXPECT_FALSE(decodeDetails(QStringLiteral("z\n"), idea));
    EXPECT_FALSE(decodeDetails(QStringLiteral("b5:ab\n"), idea));
    EXPECT_FALSE(decodeAnswerOrder(QStringLiteral("no-such-question")).has_value());
    const QString first = questions()[0].id;
    const QString repeated = first + QLatin1Char(';') + first;
    EXPECT_FALSE(decodeAnswerOrder(repeated).has_value());
}

} // namespace

#include "edittestsupport.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mlp::testing {
namespace {

using CliAnswer = CliEditTest;

int answerOf(const Idea &idea, const QString &rater, const QString &question)
{
    for (const Rater &r : idea.raters) {
        if (r.name == rater)
            return r.answers[size_t(*questionIndex(question))];
    }
    return -1;
}

TEST_F(CliAnswer, SetsAndClearsOneRatersAnswers)
{
    const QString q1 = questions()[0].id;
    const QString q2 = questions()[5].id;
    const CliResult result = cli(
        { u"answer"_s, file, u"1"_s, u"--rater"_s, u"Priya"_s, q1 + u"=2"_s, q2 + u"=clear"_s });
    ASSERT_EQ(result.code, 0) << result.err.toStdString();
    EXPECT_EQ(result.out,
              u"Set \"Priya\"'s answer to %1 on \"IDE code completion\" to 2.\n"
              "Cleared \"Priya\"'s answer to %2 on \"IDE code completion\".\n"_s.arg(q1, q2));
    const Idea changed = idea(1);
    EXPECT_EQ(answerOf(changed, u"Priya"_s, q1), 2);
    EXPECT_EQ(answerOf(changed, u"Priya"_s, q2), 0);
    EXPECT_EQ(answerOf(changed, u"김민준"_s, q1), 4); // the other rater is untouched
}

TEST_F(CliAnswer, ARaterNameWithAPercentSignIsPrintedAsItIs)
{
    ASSERT_EQ(cli({ u"rater"_s, u"add"_s, file, u"1"_s, u"Kim %4"_s }).code, 0);
    const QString q = questions()[0].id;
    const CliResult result
        = cli({ u"answer"_s, file, u"1"_s, u"--rater"_s, u"Kim %4"_s, q + u"=3"_s });
    ASSERT_EQ(result.code, 0) << result.err.toStdString();
    EXPECT_EQ(result.out,
              u"Set \"Kim %4\"'s answer to %1 on \"IDE code completion\" to 3.\n"_s.arg(q));
}

TEST_F(CliAnswer, PrintsTheAnswersAsJson)
{
    const CliResult result = cli({ u"answer"_s, file, u"1"_s, u"--json"_s });
    ASSERT_EQ(result.code, 0) << result.err.toStdString();
    const QJsonObject object = QJsonDocument::fromJson(result.out.toUtf8()).object();
    EXPECT_EQ(object.keys().size(), 2);
    EXPECT_EQ(object.value(u"김민준"_s).toObject().value(questions()[0].id).toInt(), 4);
    const CliResult table = cli({ u"answer"_s, file, u"1"_s, u"--rater"_s, u"Priya"_s });
    ASSERT_EQ(table.code, 0);
    EXPECT_TRUE(table.out.contains(u"Priya"_s));
    EXPECT_FALSE(table.out.contains(u"김민준"_s));
}

TEST_F(CliAnswer, RatersAreAddedAndRemoved)
{
    ASSERT_EQ(cli({ u"rater"_s, u"add"_s, file, u"1"_s, u"하늘 \"Sky\""_s }).code, 0);
    const QString q = questions()[3].id;
    ASSERT_EQ(cli({ u"answer"_s, file, u"1"_s, u"--rater"_s, u"하늘 \"Sky\""_s, q + u"=5"_s }).code,
              0);
    EXPECT_EQ(answerOf(idea(1), u"하늘 \"Sky\""_s, q), 5);
    const CliResult removed = cli({ u"rater"_s, u"remove"_s, file, u"1"_s, u"Priya"_s });
    ASSERT_EQ(removed.code, 0) << removed.err.toStdString();
    EXPECT_EQ(removed.out,
              u"Removed rater \"Priya\" and their answers from \"IDE code completion\".\n"_s);
    EXPECT_EQ(idea(1).raters.size(), 2);
    EXPECT_EQ(answerOf(idea(1), u"Priya"_s, q), -1);
}

TEST_F(CliAnswer, BadInputChangesNothing)
{
    const QString q = questions()[0].id;
    expectRefused({ u"answer"_s, file, u"1"_s, u"--rater"_s, u"Nobody"_s, q + u"=3"_s }, 1);
    expectRefused({ u"answer"_s, file, u"1"_s, u"--rater"_s, u"Priya"_s, q + u"=6"_s }, 2);
    expectRefused({ u"answer"_s, file, u"1"_s, u"--rater"_s, u"Priya"_s, q + u"=0"_s }, 2);
    expectRefused({ u"answer"_s, file, u"1"_s, u"--rater"_s, u"Priya"_s, q + u"=2.5"_s }, 2);
    expectRefused({ u"answer"_s, file, u"1"_s, u"--rater"_s, u"Priya"_s, u"no-such=3"_s }, 2);
    // One bad word refuses the whole command, the good ones included.
    expectRefused({ u"answer"_s, file, u"1"_s, u"--rater"_s, u"Priya"_s, q + u"=1"_s, u"x"_s }, 2);
    expectRefused({ u"answer"_s, file, u"1"_s, q + u"=3"_s }, 2);
    expectRefused({ u"answer"_s, file, u"없음"_s, u"--rater"_s, u"Priya"_s, q + u"=3"_s }, 1);
    expectRefused({ u"rater"_s, u"add"_s, file, u"1"_s, u"Priya"_s }, 1);
    expectRefused({ u"rater"_s, u"add"_s, file, u"1"_s, u" "_s }, 1);
    expectRefused({ u"rater"_s, u"add"_s, file, u"1"_s, u"a\x1b[2Jb"_s }, 1);
    expectRefused({ u"rater"_s, u"remove"_s, file, u"1"_s, u"Nobody"_s }, 1);
}

} // namespace
} // namespace mlp::testing

#include "edittestsupport.h"

using namespace Qt::StringLiterals;

namespace mlp::testing {
namespace {

using CliIdea = CliEditTest;

TEST_F(CliIdea, AddGivesTheNextIdAndTheOptions)
{
    const qint64 next = load().nextId();
    const CliResult result
        = cli({ u"idea"_s, u"add"_s, file, u"번역 \"품질\" 검사"_s, u"--owner"_s, u"지우"_s,
                u"--archetype"_s, u"Autonomous"_s, u"--description"_s, u"Check translations"_s });
    ASSERT_EQ(result.code, 0) << result.err.toStdString();
    EXPECT_EQ(result.out, u"Added idea %1 \"번역 \"품질\" 검사\".\n"_s.arg(next));
    const Idea added = idea(next);
    EXPECT_EQ(added.name, u"번역 \"품질\" 검사"_s);
    EXPECT_EQ(added.owner, u"지우"_s);
    EXPECT_EQ(added.archetype, Archetype::Autonomous);
    EXPECT_EQ(added.description, u"Check translations"_s);
    EXPECT_EQ(added.lifecycle.stage, Stage::Planning);
    EXPECT_EQ(added.lifecycle.createdAt, clock.now());
}

TEST_F(CliIdea, RenameDescribeOwnerArchetypeAccuracy)
{
    ASSERT_EQ(cli({ u"idea"_s, u"rename"_s, file, u"1"_s, u"Code completion"_s }).out,
              u"Renamed \"IDE code completion\" to \"Code completion\".\n"_s);
    ASSERT_EQ(cli({ u"idea"_s, u"describe"_s, file, u"Code completion"_s, u"New text"_s }).code, 0);
    ASSERT_EQ(cli({ u"idea"_s, u"owner"_s, file, u"1"_s, u"Priya"_s }).code, 0);
    ASSERT_EQ(cli({ u"idea"_s, u"archetype"_s, file, u"1"_s, u"human-in-the-loop"_s }).code, 0);
    const CliResult accuracy = cli({ u"idea"_s, u"accuracy"_s, file, u"1"_s, u"0.999"_s });
    ASSERT_EQ(accuracy.code, 0) << accuracy.err.toStdString();
    EXPECT_EQ(accuracy.out, u"\"Code completion\" needs an accuracy of 0.999.\n"_s);
    Idea changed = idea(1);
    EXPECT_EQ(changed.name, u"Code completion"_s);
    EXPECT_EQ(changed.description, u"New text"_s);
    EXPECT_EQ(changed.owner, u"Priya"_s);
    EXPECT_EQ(changed.archetype, Archetype::HumanInTheLoop);
    EXPECT_EQ(changed.accuracyRequirement, 0.999);

    ASSERT_EQ(cli({ u"idea"_s, u"accuracy"_s, file, u"1"_s, u"none"_s }).code, 0);
    ASSERT_EQ(cli({ u"idea"_s, u"owner"_s, file, u"1"_s, u""_s }).code, 0);
    changed = idea(1);
    EXPECT_FALSE(changed.accuracyRequirement.has_value());
    EXPECT_TRUE(changed.owner.isEmpty());
}

TEST_F(CliIdea, DeleteRemovesOnlyThatIdea)
{
    const qsizetype before = load().ideas.size();
    const CliResult result = cli({ u"idea"_s, u"delete"_s, file, u"IDE code completion"_s });
    ASSERT_EQ(result.code, 0) << result.err.toStdString();
    EXPECT_EQ(result.out, u"Deleted idea 1 \"IDE code completion\".\n"_s);
    const Portfolio after = load();
    EXPECT_EQ(after.ideas.size(), before - 1);
    EXPECT_EQ(after.find(1), nullptr);
}

TEST_F(CliIdea, BadInputChangesNothing)
{
    expectRefused({ u"idea"_s, u"rename"_s, file, u"없는 아이디어"_s, u"X"_s }, 1);
    expectRefused({ u"idea"_s, u"rename"_s, file, u"1"_s, u"   "_s }, 1);
    expectRefused({ u"idea"_s, u"rename"_s, file, u"1"_s, u"bad\x1b]0;title\x07"_s }, 1);
    expectRefused({ u"idea"_s, u"rename"_s, file, u"1"_s, QString(501, u'"') }, 1);
    expectRefused({ u"idea"_s, u"add"_s, file, u""_s }, 1);
    expectRefused({ u"idea"_s, u"add"_s, file, u"X"_s, u"--archetype"_s, u"robot"_s }, 2);
    expectRefused({ u"idea"_s, u"archetype"_s, file, u"1"_s, u"robot"_s }, 2);
    expectRefused({ u"idea"_s, u"accuracy"_s, file, u"1"_s, u"1"_s }, 2);
    expectRefused({ u"idea"_s, u"accuracy"_s, file, u"1"_s, u"0,9"_s }, 2);
    expectRefused({ u"idea"_s, u"accuracy"_s, file, u"1"_s, u"nan"_s }, 2);
    expectRefused({ u"idea"_s, u"delete"_s, file, u"999"_s }, 1);
    expectRefused({ u"idea"_s, u"rename"_s, file, u"1"_s, u"X"_s, u"--owner"_s, u"Y"_s }, 2);
    expectRefused({ u"idea"_s, u"frobnicate"_s, file }, 2);
    expectRefused({ u"idea"_s, u"rename"_s, file, u"1"_s }, 2);
    expectRefused({ u"idea"_s, u"delete"_s, file, u"1"_s, u"2"_s }, 2);
    const CliResult missing = cli({ u"idea"_s, u"add"_s, path(u"none.mlplan"_s), u"X"_s });
    EXPECT_TRUE(isError(missing, 1));
    EXPECT_FALSE(QFileInfo::exists(path(u"none.mlplan"_s)));
}

TEST_F(CliIdea, HelpListsTheActions)
{
    const CliResult help = cli({ u"idea"_s, u"--help"_s });
    ASSERT_EQ(help.code, 0);
    for (const QString &action : { u"add FILE NAME"_s, u"rename FILE IDEA NAME"_s, u"delete"_s })
        EXPECT_TRUE(help.out.contains(action)) << action.toStdString();
}

} // namespace
} // namespace mlp::testing

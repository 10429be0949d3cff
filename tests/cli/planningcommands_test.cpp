#include "edittestsupport.h"

#include "core/domain/archetype.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mlp::testing {
namespace {

using CliPlanning = CliEditTest;

TEST_F(CliPlanning, KeyQuestionAnswersAreSetAndCleared)
{
    const QList<KeyQuestion> &keys = archetypeInfo(idea(1).archetype).keyQuestions;
    ASSERT_GE(keys.size(), 2);
    const CliResult result
        = cli({ u"keyquestions"_s, file, u"1"_s, keys[0].id + u"=Yes: 12 points = a lot"_s,
                keys[1].id + u"="_s });
    ASSERT_EQ(result.code, 0) << result.err.toStdString();
    const Idea changed = idea(1);
    EXPECT_EQ(changed.keyQuestionAnswers.value(keys[0].id), u"Yes: 12 points = a lot"_s);
    EXPECT_FALSE(changed.keyQuestionAnswers.contains(keys[1].id));

    const CliResult json = cli({ u"keyquestions"_s, file, u"1"_s, u"--json"_s });
    ASSERT_EQ(json.code, 0);
    EXPECT_EQ(QJsonDocument::fromJson(json.out.toUtf8()).object().value(keys[0].id).toString(),
              u"Yes: 12 points = a lot"_s);
}

TEST_F(CliPlanning, FlywheelAnswers)
{
    const auto &ids = flywheelQuestions();
    const CliResult result
        = cli({ u"flywheel"_s, file, u"1"_s, ids[0].id + u"=no"_s, ids[2].id + u"=UNKNOWN"_s });
    ASSERT_EQ(result.code, 0) << result.err.toStdString();
    const Idea changed = idea(1);
    EXPECT_EQ(changed.flywheel[0], TriState::No);
    EXPECT_EQ(changed.flywheel[1], TriState::Yes);
    EXPECT_EQ(changed.flywheel[2], TriState::Unknown);
}

TEST_F(CliPlanning, ChecklistAnswers)
{
    const QString id = checklistItems().first().id;
    ASSERT_EQ(cli({ u"checklist"_s, file, u"1"_s, id + u"=unanswered"_s }).code, 0);
    EXPECT_FALSE(checklistComplete(idea(1).checklist));
    ASSERT_EQ(cli({ u"checklist"_s, file, u"1"_s, id + u"=no"_s }).code, 0);
    EXPECT_EQ(idea(1).checklist.value(id), ChecklistAnswer::No);
    const CliResult table = cli({ u"checklist"_s, file, u"1"_s });
    ASSERT_EQ(table.code, 0);
    EXPECT_TRUE(table.out.contains(id));
}

TEST_F(CliPlanning, BadInputChangesNothing)
{
    const QString flywheelId = flywheelQuestions()[0].id;
    const QString checklistId = checklistItems().first().id;
    expectRefused({ u"flywheel"_s, file, u"1"_s, flywheelId + u"=maybe"_s }, 1);
    expectRefused({ u"flywheel"_s, file, u"1"_s, u"nope=yes"_s }, 1);
    expectRefused({ u"checklist"_s, file, u"1"_s, checklistId + u"=unknown"_s }, 1);
    expectRefused({ u"checklist"_s, file, u"1"_s, checklistId + u"=yes"_s, u"=yes"_s }, 2);
    expectRefused({ u"keyquestions"_s, file, u"1"_s, u"not-a-key-question=x"_s }, 1);
    const QString key = archetypeInfo(idea(1).archetype).keyQuestions.first().id;
    expectRefused({ u"keyquestions"_s, file, u"1"_s, key + u"=a\x1b[31mred"_s }, 1);
    expectRefused({ u"keyquestions"_s, file, u"없음"_s, key + u"=x"_s }, 1);
    expectRefused({ u"flywheel"_s, file, u"1"_s, flywheelId + u"=yes"_s, u"--json"_s }, 2);
}

} // namespace
} // namespace mlp::testing

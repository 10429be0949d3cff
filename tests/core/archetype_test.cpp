#include "core/domain/archetype.h"
#include "printers.h"

#include <gtest/gtest.h>

using namespace mlp;

TEST(Archetypes, EachHasExamplesKeyQuestionsPositionAndLever)
{
    for (Archetype a : { Archetype::Software2, Archetype::HumanInTheLoop, Archetype::Autonomous }) {
        const ArchetypeInfo &info = archetypeInfo(a);
        EXPECT_EQ(info.archetype, a);
        EXPECT_EQ(info.key, archetypeKey(a));
        EXPECT_EQ(archetypeFromKey(info.key), a);
        EXPECT_FALSE(info.name.isEmpty());
        EXPECT_EQ(info.examples.size(), 3);
        EXPECT_GE(info.keyQuestions.size(), 2);
        EXPECT_FALSE(info.typicalPosition.isEmpty());
        EXPECT_FALSE(info.lever.isEmpty());
    }
    EXPECT_TRUE(archetypeInfo(Archetype::Software2).lever.contains(QStringLiteral("flywheel")));
    EXPECT_TRUE(
        archetypeInfo(Archetype::HumanInTheLoop).lever.contains(QStringLiteral("Product design")));
    EXPECT_TRUE(archetypeInfo(Archetype::Autonomous).lever.contains(QStringLiteral("Guardrails")));
    EXPECT_EQ(archetypeInfo(Archetype::Autonomous).keyQuestions.size(), 3);
    EXPECT_EQ(archetypeKey(Archetype::HumanInTheLoop), QStringLiteral("human-in-the-loop"));
    EXPECT_EQ(archetypeFromKey(QStringLiteral("AUTONOMOUS")), Archetype::Autonomous);
    EXPECT_EQ(archetypeFromKey(QStringLiteral("robot")), std::nullopt);
}

TEST(Flywheel, VerdictNeedsEveryLink)
{
    using T = TriState;
    EXPECT_EQ(flywheelQuestions().size(), 3u);
    EXPECT_EQ(flywheelVerdict({ T::Yes, T::Yes, T::Yes }), FlywheelVerdict::Present);
    EXPECT_EQ(flywheelVerdict({ T::Yes, T::Unknown, T::Yes }), FlywheelVerdict::Incomplete);
    EXPECT_EQ(flywheelVerdict({ T::Unknown, T::No, T::Yes }), FlywheelVerdict::Absent);
    EXPECT_EQ(flywheelVerdict({}), FlywheelVerdict::Incomplete);
    EXPECT_NE(flywheelVerdictText(FlywheelVerdict::Present),
              flywheelVerdictText(FlywheelVerdict::Absent));
}

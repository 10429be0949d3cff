#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace mlp {

// The three archetypes of docs/domain.md §3.
enum class Archetype { Software2 = 0, HumanInTheLoop = 1, Autonomous = 2 };
inline constexpr int kArchetypeCount = 3;

struct KeyQuestion
{
    QString id;   // stable key in files
    QString text; // translated
};

struct ArchetypeInfo
{
    Archetype archetype;
    QString key;  // software2, human-in-the-loop, autonomous
    QString name; // translated
    QString description;
    QStringList examples;
    QList<KeyQuestion> keyQuestions;
    QString typicalPosition; // where it usually sits on the chart
    QString lever;           // what moves it
};
const ArchetypeInfo &archetypeInfo(Archetype archetype);
QString archetypeKey(Archetype archetype);
std::optional<Archetype> archetypeFromKey(const QString &key);
QString archetypeKeyList(); // "software2, human-in-the-loop, autonomous", for messages

// The data-flywheel check (2022): three yes/no questions.
enum class TriState { Unknown = 0, Yes = 1, No = 2 };
struct FlywheelQuestion
{
    QString id;
    QString text;
};
const std::array<FlywheelQuestion, 3> &flywheelQuestions();
enum class FlywheelVerdict { Incomplete, Present, Absent };
FlywheelVerdict flywheelVerdict(const std::array<TriState, 3> &answers);
QString flywheelVerdictText(FlywheelVerdict verdict);

} // namespace mlp

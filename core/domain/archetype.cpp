#include "core/domain/archetype.h"

#include "core/domain/keytable.h"

#include <QCoreApplication>

namespace mlp {

namespace {

std::array<ArchetypeInfo, kArchetypeCount> makeArchetypes()
{
    ArchetypeInfo software2;
    software2.archetype = Archetype::Software2;
    software2.key = QStringLiteral("software2");
    software2.name = QCoreApplication::translate("mlp", "Software 2.0");
    software2.description = QCoreApplication::translate(
        "mlp", "ML improves an existing rule-based or deterministic system.");
    software2.examples = { QCoreApplication::translate("mlp", "Code completion in an IDE"),
                           QCoreApplication::translate("mlp", "Customised recommendations"),
                           QCoreApplication::translate("mlp", "Game AI") };
    software2.keyQuestions = {
        { QStringLiteral("improves-performance"),
          QCoreApplication::translate("mlp", "Do the models truly improve performance?") },
        { QStringLiteral("business-value"),
          QCoreApplication::translate("mlp", "Does that improvement create business value?") },
        { QStringLiteral("feeds-flywheel"),
          QCoreApplication::translate("mlp", "Does the improvement feed a data flywheel?") },
    };
    software2.typicalPosition
        = QCoreApplication::translate("mlp", "Usually feasible, with modest impact.");
    software2.lever = QCoreApplication::translate(
        "mlp",
        "A data flywheel (more users → more data → better model → more users) raises impact.");

    ArchetypeInfo hitl;
    hitl.archetype = Archetype::HumanInTheLoop;
    hitl.key = QStringLiteral("human-in-the-loop");
    hitl.name = QCoreApplication::translate("mlp", "Human-in-the-loop");
    hitl.description
        = QCoreApplication::translate("mlp", "A person reviews every output before it acts.");
    hitl.examples = { QCoreApplication::translate("mlp", "Turning sketches into slides"),
                      QCoreApplication::translate("mlp", "Email auto-completion"),
                      QCoreApplication::translate("mlp", "Helping radiologists read scans") };
    hitl.keyQuestions = {
        { QStringLiteral("good-enough-to-be-useful"),
          QCoreApplication::translate("mlp", "How good does the system need to be to be useful?") },
        { QStringLiteral("collect-enough-data"),
          QCoreApplication::translate("mlp",
                                      "How can you collect enough data to make it that good?") },
    };
    hitl.typicalPosition = QCoreApplication::translate(
        "mlp", "In between: moderate impact and moderate feasibility.");
    hitl.lever = QCoreApplication::translate("mlp",
                                             "Product design lowers the accuracy needed (suggest "
                                             "rather than decide), which raises feasibility.");

    ArchetypeInfo autonomous;
    autonomous.archetype = Archetype::Autonomous;
    autonomous.key = QStringLiteral("autonomous");
    autonomous.name = QCoreApplication::translate("mlp", "Autonomous system");
    autonomous.description
        = QCoreApplication::translate("mlp", "Outputs act with almost no human review.");
    autonomous.examples = { QCoreApplication::translate("mlp", "Full self-driving"),
                            QCoreApplication::translate("mlp", "Automated customer support"),
                            QCoreApplication::translate("mlp", "Automated web design") };
    autonomous.keyQuestions = {
        { QStringLiteral("acceptable-failure-rate"),
          QCoreApplication::translate("mlp", "What failure rate is acceptable for the system?") },
        { QStringLiteral("guarantee-failure-rate"),
          QCoreApplication::translate(
              "mlp", "How can you guarantee that it will not exceed that failure rate?") },
        { QStringLiteral("cheap-labels-from-system"),
          QCoreApplication::translate(
              "mlp", "How inexpensively can you label data from the running system?") },
    };
    autonomous.typicalPosition
        = QCoreApplication::translate("mlp", "Highest impact, lowest feasibility.");
    autonomous.lever = QCoreApplication::translate(
        "mlp", "Guardrails, humans in the loop or a narrower scope raise feasibility.");

    return { software2, hitl, autonomous };
}

constexpr KeyTable kArchetypeKeys(std::array<KeyName<Archetype>, kArchetypeCount> { {
    { Archetype::Software2, "software2" },
    { Archetype::HumanInTheLoop, "human-in-the-loop" },
    { Archetype::Autonomous, "autonomous" },
} });

} // namespace

const ArchetypeInfo &archetypeInfo(Archetype archetype)
{
    static const std::array<ArchetypeInfo, kArchetypeCount> all = makeArchetypes();
    return all[static_cast<int>(archetype)];
}

QString archetypeKey(Archetype archetype)
{
    return kArchetypeKeys.key(archetype);
}

std::optional<Archetype> archetypeFromKey(const QString &key)
{
    return kArchetypeKeys.fromKey(key);
}

QString archetypeKeyList()
{
    return kArchetypeKeys.keyList();
}

const std::array<FlywheelQuestion, 3> &flywheelQuestions()
{
    static const std::array<FlywheelQuestion, 3> list { {
        { QStringLiteral("data-loop"),
          QCoreApplication::translate(
              "mlp", "Is there a data loop that gathers labels from users at scale?") },
        { QStringLiteral("more-data-better-model"),
          QCoreApplication::translate("mlp", "Does more data turn into a better model?") },
        { QStringLiteral("better-model-better-product"),
          QCoreApplication::translate("mlp", "Does a better model make the product better?") },
    } };
    return list;
}

FlywheelVerdict flywheelVerdict(const std::array<TriState, 3> &answers)
{
    bool unknown = false;
    for (TriState a : answers) {
        if (a == TriState::No)
            return FlywheelVerdict::Absent;
        if (a == TriState::Unknown)
            unknown = true;
    }
    return unknown ? FlywheelVerdict::Incomplete : FlywheelVerdict::Present;
}

QString flywheelVerdictText(FlywheelVerdict verdict)
{
    switch (verdict) {
    case FlywheelVerdict::Incomplete:
        return QCoreApplication::translate(
            "mlp", "Flywheel check incomplete: answer all three questions.");
    case FlywheelVerdict::Present:
        return QCoreApplication::translate("mlp",
                                           "A data flywheel is present: more users bring more "
                                           "data, a better model and more users.");
    case FlywheelVerdict::Absent:
        return QCoreApplication::translate(
            "mlp", "No data flywheel: at least one link of the loop is missing.");
    }
    return {};
}

} // namespace mlp

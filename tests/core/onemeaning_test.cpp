// Each meaning written once in the core: key tables, a move's reason, lifecycle operations on
// an idea, the format of a file, the score formatter and the breakdown text.
#include "core/domain/archetype.h"
#include "core/domain/baselines.h"
#include "core/domain/idea.h"
#include "core/domain/keytable.h"
#include "core/domain/lifecycle.h"
#include "core/domain/metrics.h"
#include "core/domain/scoreformat.h"
#include "core/domain/scoring.h"
#include "core/io/csvformat.h"
#include "core/io/fileformat.h"
#include "core/io/formatkeys.h"
#include "printers.h"

#include <gtest/gtest.h>

#include <QLocale>
#include <QRegularExpression>

using namespace mlp;

namespace {

// Sets the default locale for one test and puts the previous one back.
class DefaultLocale
{
public:
    explicit DefaultLocale(const QLocale &locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(m_previous); }

private:
    QLocale m_previous;
};

enum class Colour { Red, Dark };
constexpr KeyTable kColourKeys(std::array<KeyName<Colour>, 2> { {
    { Colour::Red, "red" },
    { Colour::Dark, "dark-blue" },
} });

Checklist answered()
{
    Checklist c;
    for (const ChecklistItem &item : checklistItems())
        c.insert(item.id, ChecklistAnswer::Yes);
    return c;
}

// One rater who answered the first impact question and the first data question.
Idea ideaAnswering(qint8 impact, qint8 data)
{
    Idea idea;
    idea.id = 1;
    Rater r;
    r.name = QStringLiteral("Kim");
    r.answers[0] = impact;
    r.answers[4] = data;
    idea.raters << r;
    return idea;
}

} // namespace

TEST(KeyTable, OneParsingRuleSpacesAndCaseIgnored)
{
    EXPECT_EQ(kColourKeys.key(Colour::Dark), QStringLiteral("dark-blue"));
    EXPECT_EQ(kColourKeys.fromKey(u"dark-blue"), Colour::Dark);
    EXPECT_EQ(kColourKeys.fromKey(u"  Dark-Blue\t"), Colour::Dark);
    EXPECT_EQ(kColourKeys.fromKey(u"RED"), Colour::Red);
    EXPECT_EQ(kColourKeys.fromKey(u"dark blue"), std::nullopt);
    EXPECT_EQ(kColourKeys.fromKey(u""), std::nullopt);
    EXPECT_EQ(kColourKeys.keyList(), QStringLiteral("red, dark-blue"));
    EXPECT_EQ(kColourKeys.values(), (std::array<Colour, 2> { Colour::Red, Colour::Dark }));
}

TEST(KeyTable, EveryEnumReadsItsKeysTheSameWay)
{
    // What files held before still loads: exact keys, and the domain's keys with any case and
    // surrounding spaces.
    EXPECT_EQ(stageFromKey(QStringLiteral(" Training ")), Stage::Training);
    EXPECT_EQ(outcomeFromKey(QStringLiteral("SHELVED")), Outcome::Shelved);
    EXPECT_EQ(archetypeFromKey(QStringLiteral("Human-In-The-Loop")), Archetype::HumanInTheLoop);
    EXPECT_EQ(baselineKindFromKey(QStringLiteral("simple-ml ")), BaselineKind::SimpleMl);
    EXPECT_EQ(directionFromKey(QStringLiteral("Lower")), Direction::LowerIsBetter);
    EXPECT_EQ(combineKindFromKey(QStringLiteral("formula")), CombineKind::Formula);
    EXPECT_EQ(io::aggregationFromKey(QStringLiteral("mean")), Aggregation::Mean);
    EXPECT_EQ(io::aggregationFromKey(QStringLiteral(" Median")), Aggregation::Median);
    EXPECT_EQ(io::triStateFromKey(QStringLiteral("YES")), TriState::Yes);
    EXPECT_EQ(io::checklistAnswerFromKey(QStringLiteral("unanswered")),
              ChecklistAnswer::Unanswered);
    EXPECT_EQ(io::checklistAnswerFromKey(QStringLiteral("maybe")), std::nullopt);
    // Written keys are unchanged.
    EXPECT_EQ(io::quadrantKey(Quadrant::BigBet), QStringLiteral("big-bet"));
    EXPECT_EQ(io::quadrantKey(Quadrant::Unscored), QStringLiteral("unscored"));
    EXPECT_EQ(io::aggregationKey(Aggregation::Median), QStringLiteral("median"));
    EXPECT_EQ(io::triStateKey(TriState::Unknown), QStringLiteral("unknown"));
    EXPECT_EQ(stageKeyList(), QStringLiteral("planning, data, training, deploying"));
    EXPECT_EQ(outcomeKeyList(), QStringLiteral("active, shipped, shelved"));
    EXPECT_EQ(archetypeKeyList(), QStringLiteral("software2, human-in-the-loop, autonomous"));
}

TEST(KeyTable, CsvNamesTheKeysFromTheTable)
{
    const Result<Portfolio> stage = io::importCsv("name,stage\nA,shipping\n", Portfolio());
    ASSERT_FALSE(stage.ok());
    EXPECT_TRUE(stage.error().message.contains(stageKeyList()))
        << stage.error().message.toStdString();
    const Result<Portfolio> archetype = io::importCsv("name,archetype\nA,robot\n", Portfolio());
    ASSERT_FALSE(archetype.ok());
    EXPECT_TRUE(archetype.error().message.contains(archetypeKeyList()));
    // Keys in a CSV are read by the same rule as everywhere else.
    const Result<Portfolio> loose
        = io::importCsv("name,stage,outcome\nA, Data ,SHIPPED\n", Portfolio());
    ASSERT_TRUE(loose.ok()) << loose.error().message.toStdString();
    EXPECT_EQ(loose->ideas.first().lifecycle.stage, Stage::Data);
    EXPECT_EQ(loose->ideas.first().lifecycle.outcome, Outcome::Shipped);
}

TEST(Outcomes, OneListInCatalogueOrder)
{
    ASSERT_EQ(kAllOutcomes.size(), size_t(kOutcomeCount));
    for (int i = 0; i < kOutcomeCount; ++i)
        EXPECT_EQ(int(kAllOutcomes[size_t(i)]), i);
}

TEST(MoveReason, PartsInOrderTriggerFreeTextOverride)
{
    Transition t;
    EXPECT_TRUE(moveReasonParts(t).isEmpty());
    EXPECT_TRUE(moveReasonText(t).isEmpty());

    const BackwardTrigger trigger = backwardTriggers().first();
    t.triggerId = trigger.id;
    t.reason = QStringLiteral("labels disagree");
    t.checklistOverrideNote = QStringLiteral("legal pending");
    const QStringList parts = moveReasonParts(t);
    ASSERT_EQ(parts.size(), 3);
    EXPECT_EQ(parts[0], trigger.text);
    EXPECT_EQ(parts[1], QStringLiteral("labels disagree"));
    EXPECT_TRUE(parts[2].contains(QStringLiteral("legal pending")));
    EXPECT_EQ(moveReasonText(t), parts.join(QStringLiteral("; ")));

    // A trigger the catalogue no longer has is shown by its id, not dropped.
    t.triggerId = QStringLiteral("retired-trigger");
    EXPECT_EQ(moveReasonParts(t).first(), QStringLiteral("retired-trigger"));
}

TEST(IdeaLifecycle, MoveIdeaAndSetIdeaOutcomeChangeOnlyTheLifecycle)
{
    Idea idea;
    idea.id = 7;
    idea.name = QStringLiteral("Churn");
    idea.checklist = answered();
    const QDateTime now(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC);
    MoveRequest request;
    request.to = Stage::Data;
    request.who = QStringLiteral("Kim");

    const Result<Idea> moved = moveIdea(idea, request, now, ReadinessGate {});
    ASSERT_TRUE(moved.ok()) << moved.error().message.toStdString();
    EXPECT_EQ(moved->lifecycle, *applyMove(idea.lifecycle, idea.checklist, request, now));
    Idea expected = idea;
    expected.lifecycle = moved->lifecycle;
    EXPECT_EQ(*moved, expected);

    request.to = Stage::Deploying; // a skip is refused, with applyMove's reason
    const Result<Idea> skipped = moveIdea(*moved, request, now, ReadinessGate {});
    ASSERT_FALSE(skipped.ok());
    EXPECT_EQ(skipped.error().message,
              applyMove(moved->lifecycle, idea.checklist, request, now).error().message);

    const Result<Idea> shelvedWithoutReason = setIdeaOutcome(*moved, Outcome::Shelved, {}, now);
    EXPECT_FALSE(shelvedWithoutReason.ok());
    const Result<Idea> shelved
        = setIdeaOutcome(*moved, Outcome::Shelved, QStringLiteral("no data"), now);
    ASSERT_TRUE(shelved.ok());
    EXPECT_EQ(shelved->lifecycle.outcome, Outcome::Shelved);
    EXPECT_EQ(shelved->lifecycle.outcomeReason, QStringLiteral("no data"));
    EXPECT_EQ(shelved->name, idea.name);
}

TEST(FileFormat, BySuffixAndByName)
{
    EXPECT_EQ(io::fileFormatFromPath(QStringLiteral("/tmp/a.json")), io::FileFormat::Json);
    EXPECT_EQ(io::fileFormatFromPath(QStringLiteral("b.CSV")), io::FileFormat::Csv);
    EXPECT_EQ(io::fileFormatFromPath(QStringLiteral("c.tar.json")), io::FileFormat::Json);
    EXPECT_EQ(io::fileFormatFromPath(QStringLiteral("d.mlplan")), std::nullopt);
    EXPECT_EQ(io::fileFormatFromPath(QStringLiteral("json")), std::nullopt);
    EXPECT_EQ(io::fileFormatFromPath(QStringLiteral("e. json")), std::nullopt);
    EXPECT_EQ(io::fileFormatFromKey(QStringLiteral("Csv")), io::FileFormat::Csv);
    EXPECT_EQ(io::fileFormatFromKey(QStringLiteral("xml")), std::nullopt);
}

TEST(ScoreFormat, FollowsTheLocaleOnScreen)
{
    {
        DefaultLocale c(QLocale::c());
        EXPECT_EQ(formatScore(3.5), QStringLiteral("3.5"));
        EXPECT_EQ(formatScore(3.456, 2), QStringLiteral("3.46"));
        EXPECT_EQ(formatScore(std::nullopt, u"-"), QStringLiteral("-"));
        EXPECT_EQ(formatScore(std::optional<double>(10.0), u"-"), QStringLiteral("10.0"));
        EXPECT_EQ(formatFigure(3.5), QStringLiteral("3.5"));
        EXPECT_EQ(formatFigure(4.0), QStringLiteral("4"));
        EXPECT_EQ(formatShare(0.424), QStringLiteral("42%"));
    }
    {
        DefaultLocale german(QLocale(QLocale::German, QLocale::Germany));
        EXPECT_EQ(formatScore(3.5), QStringLiteral("3,5"));
        EXPECT_EQ(formatScore(std::optional<double>(7.25), u"–", 2), QStringLiteral("7,25"));
        EXPECT_EQ(formatFigure(3.5), QStringLiteral("3,5"));
        // No group separator, even for a large cost factor.
        EXPECT_EQ(formatScore(12345.0, 2), QStringLiteral("12345,00"));
    }
    {
        // The locale formatScore keeps follows the default back (it is not made per score).
        DefaultLocale c(QLocale::c());
        EXPECT_EQ(formatScore(12345.0, 2), QStringLiteral("12345.00"));
    }
}

TEST(ScoreFormat, TheBreakdownUsesItSoNoLocaleMixesSeparators)
{
    Idea idea = ideaAnswering(4, 3);
    idea.accuracyRequirement = 0.99;
    const ScoringConfig config;
    const Breakdown b = explain(idea, config);

    DefaultLocale german(QLocale(QLocale::German, QLocale::Germany));
    const QString text = explainText(b, config);
    EXPECT_TRUE(text.contains(formatScore(*b.score.computedImpact))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("×4,00"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QRegularExpression(QStringLiteral("\\d\\.\\d"))))
        << text.toStdString();
}

TEST(ExplanationLines, ExplainTextIsTheLinesIndentedTwoSpacesALevel)
{
    const Idea idea = ideaAnswering(5, 2);
    const ScoringConfig config;
    const Breakdown b = explain(idea, config);
    const QList<ExplanationLine> lines = explanationLines(b, config);
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_EQ(lines.first().kind, ExplanationLine::Kind::Coordinate);
    QStringList expected;
    int coordinates = 0;
    for (const ExplanationLine &line : lines) {
        expected << QString(line.indent * 2, QLatin1Char(' ')) + line.text;
        coordinates += line.kind == ExplanationLine::Kind::Coordinate ? 1 : 0;
    }
    EXPECT_EQ(coordinates, 2); // impact and feasibility
    EXPECT_EQ(explainText(b, config), expected.join(QLatin1Char('\n')));
}

#include "core/io/formatkeys.h"

#include "core/domain/keytable.h"

namespace mlp::io {

namespace {

constexpr KeyTable kAggregationKeys(std::array<KeyName<Aggregation>, 2> { {
    { Aggregation::Median, "median" },
    { Aggregation::Mean, "mean" },
} });

constexpr KeyTable kQuadrantKeys(std::array<KeyName<Quadrant>, kNamedQuadrantCount + 1> { {
    { Quadrant::DoFirst, "do-first" },
    { Quadrant::BigBet, "big-bet" },
    { Quadrant::SmallWin, "small-win" },
    { Quadrant::Avoid, "avoid" },
    { Quadrant::Unscored, "unscored" },
} });

constexpr KeyTable kTriStateKeys(std::array<KeyName<TriState>, 3> { {
    { TriState::Unknown, "unknown" },
    { TriState::Yes, "yes" },
    { TriState::No, "no" },
} });

constexpr KeyTable kChecklistAnswerKeys(std::array<KeyName<ChecklistAnswer>, 3> { {
    { ChecklistAnswer::Unanswered, "unanswered" },
    { ChecklistAnswer::Yes, "yes" },
    { ChecklistAnswer::No, "no" },
} });

} // namespace

QString aggregationKey(Aggregation aggregation)
{
    return kAggregationKeys.key(aggregation);
}

std::optional<Aggregation> aggregationFromKey(const QString &key)
{
    return kAggregationKeys.fromKey(key);
}

QString quadrantKey(Quadrant quadrant)
{
    return kQuadrantKeys.key(quadrant);
}

QString triStateKey(TriState state)
{
    return kTriStateKeys.key(state);
}

std::optional<TriState> triStateFromKey(const QString &key)
{
    return kTriStateKeys.fromKey(key);
}

QString checklistAnswerKey(ChecklistAnswer answer)
{
    return kChecklistAnswerKeys.key(answer);
}

std::optional<ChecklistAnswer> checklistAnswerFromKey(const QString &key)
{
    return kChecklistAnswerKeys.fromKey(key);
}

QString driverKey(int driver)
{
    return groupKey(static_cast<QuestionGroup>(driver + 1));
}

QString timestampText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<QDateTime> timestampFromText(const QString &text)
{
    if (text.size() < 19 || text.at(10) != QLatin1Char('T'))
        return std::nullopt;
    const bool hasZone = text.endsWith(QLatin1Char('Z'))
        || text.at(text.size() - 6) == QLatin1Char('+')
        || text.at(text.size() - 6) == QLatin1Char('-');
    if (!hasZone)
        return std::nullopt;
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        return std::nullopt;
    return at.toUTC();
}

QString numberText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace mlp::io

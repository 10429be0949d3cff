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

int utcTimestampChars(const QDateTime &at, bool withMs, char *out)
{
    if (!at.isValid())
        return 0;
    const qint64 ms = at.toMSecsSinceEpoch();
    constexpr qint64 kDay = 86400000;
    qint64 days = ms / kDay;
    qint64 inDay = ms % kDay;
    if (inDay < 0) {
        inDay += kDay;
        --days;
    }
    // The civil date of a day count (days from 1970-01-01), in the proleptic Gregorian calendar.
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 1000 || year > 9999)
        return 0;
    auto digits = [out](int from, qint64 value, int count) {
        for (int i = count - 1; i >= 0; --i) {
            out[from + i] = char('0' + value % 10);
            value /= 10;
        }
    };
    digits(0, year, 4);
    out[4] = '-';
    digits(5, month, 2);
    out[7] = '-';
    digits(8, day, 2);
    out[10] = 'T';
    digits(11, inDay / 3600000, 2);
    out[13] = ':';
    digits(14, inDay / 60000 % 60, 2);
    out[16] = ':';
    digits(17, inDay / 1000 % 60, 2);
    if (!withMs) {
        out[19] = 'Z';
        return 20;
    }
    out[19] = '.';
    digits(20, inDay % 1000, 3);
    out[23] = 'Z';
    return 24;
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

#include "core/io/formatkeys.h"

namespace mlp::io {

QString aggregationKey(Aggregation aggregation)
{
    return aggregation == Aggregation::Mean ? QStringLiteral("mean") : QStringLiteral("median");
}

std::optional<Aggregation> aggregationFromKey(const QString &key)
{
    if (key == QLatin1String("median"))
        return Aggregation::Median;
    if (key == QLatin1String("mean"))
        return Aggregation::Mean;
    return std::nullopt;
}

QString quadrantKey(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::DoFirst: return QStringLiteral("do-first");
    case Quadrant::BigBet: return QStringLiteral("big-bet");
    case Quadrant::SmallWin: return QStringLiteral("small-win");
    case Quadrant::Avoid: return QStringLiteral("avoid");
    case Quadrant::Unscored: break;
    }
    return QStringLiteral("unscored");
}

QString triStateKey(TriState state)
{
    switch (state) {
    case TriState::Yes: return QStringLiteral("yes");
    case TriState::No: return QStringLiteral("no");
    case TriState::Unknown: break;
    }
    return QStringLiteral("unknown");
}

std::optional<TriState> triStateFromKey(const QString &key)
{
    if (key == QLatin1String("yes"))
        return TriState::Yes;
    if (key == QLatin1String("no"))
        return TriState::No;
    if (key == QLatin1String("unknown"))
        return TriState::Unknown;
    return std::nullopt;
}

QString checklistAnswerKey(ChecklistAnswer answer)
{
    switch (answer) {
    case ChecklistAnswer::Yes: return QStringLiteral("yes");
    case ChecklistAnswer::No: return QStringLiteral("no");
    case ChecklistAnswer::Unanswered: break;
    }
    return QStringLiteral("unanswered");
}

std::optional<ChecklistAnswer> checklistAnswerFromKey(const QString &key)
{
    if (key == QLatin1String("yes"))
        return ChecklistAnswer::Yes;
    if (key == QLatin1String("no"))
        return ChecklistAnswer::No;
    if (key == QLatin1String("unanswered"))
        return ChecklistAnswer::Unanswered;
    return std::nullopt;
}

QString timestampText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<QDateTime> timestampFromText(const QString &text)
{
    if (text.size() < 19 || text.at(10) != QLatin1Char('T'))
        return std::nullopt;
    const bool hasZone = text.endsWith(QLatin1Char('Z')) || text.at(text.size() - 6) == QLatin1Char('+')
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

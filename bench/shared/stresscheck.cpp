// The checker: the writers' logs against the portfolio as the server holds it at the end.
#include "bench/shared/stress.h"

#include <QHash>
#include <QSet>

namespace mlp::stress {

namespace {

// The value of a logged field in an idea, as the writers log it.
QString valueOf(const Idea &idea, const QString &field, const QString &item)
{
    if (field == QLatin1String("name"))
        return idea.name;
    if (field == QLatin1String("stage"))
        return stageKey(idea.lifecycle.stage);
    // answer: "<rater>#<question>"; a rater not there has answered nothing.
    const qsizetype hash = item.lastIndexOf(QLatin1Char('#'));
    const QString rater = item.left(hash);
    const int question = item.mid(hash + 1).toInt();
    for (const Rater &r : idea.raters) {
        if (r.name == rater && question >= 0 && question < kQuestionCount)
            return QString::number(r.answers[question]);
    }
    return QStringLiteral("0");
}

QString keyOf(const Event &e)
{
    // Every stage move changes the one field "stage"; its token only tells the moves apart.
    const QString item = e.field == QLatin1String("stage") ? QString() : e.item;
    return QStringLiteral("%1|%2|%3").arg(e.idea).arg(e.field, item);
}

void problem(CheckResult &result, const QString &text)
{
    if (result.problems.size() < 20)
        result.problems.append(text);
}

// One field of one idea: its final value must be the value of an acknowledged (or in-doubt)
// change that no later acknowledged change replaced, or the first value when none was
// acknowledged. "Later" is certain only when the other write began after this one was
// answered; writes that overlap may have committed in either order, so either may be last.
void checkField(CheckResult &result, const QList<const Event *> &events, const Idea &first,
                const Idea &last)
{
    const Event &any = *events.front();
    const QString finalValue = valueOf(last, any.field, any.item);
    QList<const Event *> acks;
    QList<const Event *> applied; // acknowledged or in doubt
    QSet<QString> refusedValues;
    for (const Event *e : events) {
        if (e->kind == Event::Kind::Ack)
            acks.append(e);
        if (e->kind == Event::Kind::Ack || e->kind == Event::Kind::Doubt)
            applied.append(e);
        else
            refusedValues.insert(e->value);
    }
    QSet<QString> allowed;
    if (acks.isEmpty())
        allowed.insert(valueOf(first, any.field, any.item));
    for (const Event *c : std::as_const(applied)) {
        const bool replaced = std::any_of(acks.begin(), acks.end(), [c](const Event *y) {
            return y->start > c->end && y->value != c->value;
        });
        if (!replaced)
            allowed.insert(c->value);
    }
    if (allowed.contains(finalValue))
        return;
    const QString where = QStringLiteral("idea %1, %2 %3: the final value is \"%4\"")
                              .arg(any.idea)
                              .arg(any.field, any.item, finalValue);
    if (refusedValues.contains(finalValue)) {
        ++result.kept;
        problem(result, where + QStringLiteral(", a value whose change was refused"));
    } else {
        ++result.lost;
        problem(result,
                where + QStringLiteral(", but the last acknowledged change made it one of: ")
                    + QStringList(allowed.begin(), allowed.end()).join(QLatin1String(", ")));
    }
}

// Stage moves: each is recorded in the history with its unique token as the reason. Every
// acknowledged move is there exactly once, and no refused one is.
void checkMoves(CheckResult &result, const QList<const Event *> &events, const Idea &last)
{
    QHash<QString, int> recorded;
    for (const Transition &t : last.lifecycle.history)
        ++recorded[t.reason];
    for (const Event *e : events) {
        const int times = recorded.value(e->item);
        switch (e->kind) {
        case Event::Kind::Ack:
            if (times != 1) {
                ++result.lost;
                problem(result,
                        QStringLiteral("idea %1: the acknowledged move %2 is in the "
                                       "history %3 times")
                            .arg(e->idea)
                            .arg(e->item)
                            .arg(times));
            }
            break;
        case Event::Kind::Doubt:
            ++(times > 0 ? result.doubtKept : result.doubtGone);
            break;
        case Event::Kind::Conflict:
        case Event::Kind::Refused:
            if (times != 0) {
                ++result.kept;
                problem(result,
                        QStringLiteral("idea %1: the refused move %2 is in the history")
                            .arg(e->idea)
                            .arg(e->item));
            }
            break;
        }
    }
}

} // namespace

CheckResult checkFinalState(const Portfolio &initial, const std::optional<Portfolio> &final,
                            const QString &loadError, const QList<Event> &events)
{
    CheckResult result;
    if (!final) {
        result.corrupt = 1;
        problem(result, QStringLiteral("the portfolio did not load and check: ") + loadError);
        return result;
    }
    result.ideasLoaded = int(final->ideas.size());
    QHash<qint64, const Idea *> firsts;
    QHash<qint64, const Idea *> lasts;
    for (const Idea &idea : initial.ideas)
        firsts.insert(idea.id, &idea);
    for (const Idea &idea : final->ideas) {
        if (!firsts.contains(idea.id) || lasts.contains(idea.id)) {
            ++result.corrupt;
            problem(
                result,
                QStringLiteral("idea %1 is there but was never published, or twice").arg(idea.id));
        }
        lasts.insert(idea.id, &idea);
    }
    for (const Idea &idea : initial.ideas) {
        if (!lasts.contains(idea.id)) {
            ++result.corrupt;
            problem(result, QStringLiteral("idea %1 is missing").arg(idea.id));
        }
    }

    QHash<QString, QList<const Event *>> byField;
    QHash<qint64, QList<const Event *>> moves;
    for (const Event &e : events) {
        byField[keyOf(e)].append(&e);
        if (e.field == QLatin1String("stage"))
            moves[e.idea].append(&e);
    }
    for (auto it = byField.cbegin(); it != byField.cend(); ++it) {
        const qint64 id = it.value().front()->idea;
        if (firsts.contains(id) && lasts.contains(id))
            checkField(result, it.value(), *firsts.value(id), *lasts.value(id));
    }
    for (auto it = moves.cbegin(); it != moves.cend(); ++it) {
        if (lasts.contains(it.key()))
            checkMoves(result, it.value(), *lasts.value(it.key()));
    }
    // What no one changed is as published: the names and stages of the ideas nobody touched.
    for (const Idea &idea : initial.ideas) {
        const Idea *last = lasts.value(idea.id);
        if (!last)
            continue;
        for (const QString &field : { QStringLiteral("name"), QStringLiteral("stage") }) {
            if (byField.contains(QStringLiteral("%1|%2|").arg(idea.id).arg(field)))
                continue;
            if (valueOf(idea, field, {}) != valueOf(*last, field, {})) {
                ++result.corrupt;
                problem(result,
                        QStringLiteral("idea %1: its %2 changed, though nobody changed it")
                            .arg(idea.id)
                            .arg(field));
            }
        }
    }
    // Names in doubt: unique, so kept or not can be told unless a later name replaced them.
    for (const Event &e : events) {
        if (e.kind != Event::Kind::Doubt || e.field != QLatin1String("name")
            || !lasts.contains(e.idea))
            continue;
        if (lasts.value(e.idea)->name == e.value)
            ++result.doubtKept;
    }
    return result;
}

} // namespace mlp::stress

#include "tests/support/generatedportfolio.h"

#include <QCoreApplication>

namespace mlp {

Portfolio generatedPortfolio(int ideaCount, quint32 seed, const QDateTime &now)
{
    quint32 state = seed;
    const auto next = [&state](quint32 bound) {
        state = state * 1664525u + 1013904223u;
        return (state >> 8) % bound;
    };
    static const char *const owners[]
        = { "Kim Min-jun", "이서연",       "Alex Moreau", "Grace Okafor",
            "Kenji Sato",  "Fatima Zahra", "Chen Wei",    "박지훈" };

    Portfolio p;
    p.name = QCoreApplication::translate("mlp", "Generated portfolio");
    p.ideas.reserve(ideaCount);
    Checklist checklist;
    for (const ChecklistItem &item : checklistItems())
        checklist.insert(item.id, ChecklistAnswer::Yes);
    for (int i = 0; i < ideaCount; ++i) {
        Idea idea;
        idea.id = i + 1;
        idea.name = QStringLiteral("Idea %1").arg(i + 1, 5, 10, QLatin1Char('0'));
        idea.owner = QString::fromUtf8(owners[next(8)]);
        idea.archetype = static_cast<Archetype>(next(kArchetypeCount));
        const int raters = 1 + static_cast<int>(next(3));
        for (int r = 0; r < raters; ++r) {
            Rater rater;
            rater.name = QStringLiteral("Rater %1").arg(r + 1);
            for (int q = 0; q < kQuestionCount; ++q)
                rater.answers[q] = next(10) == 0 ? 0 : static_cast<qint8>(1 + next(5));
            idea.raters << rater;
        }
        if (next(2) == 0)
            idea.accuracyRequirement = 0.9 + 0.09 * static_cast<double>(next(100)) / 100.0;
        idea.checklist = checklist;
        idea.lifecycle.createdAt = now.addDays(-400 + static_cast<int>(next(100)));
        const int stages = static_cast<int>(next(kStageCount));
        QDateTime at = idea.lifecycle.createdAt;
        for (int st = 1; st <= stages; ++st) {
            at = at.addDays(1 + static_cast<int>(next(60)));
            Transition t;
            t.at = at;
            t.who = idea.owner;
            t.from = static_cast<Stage>(st - 1);
            t.to = static_cast<Stage>(st);
            idea.lifecycle.history << t;
        }
        idea.lifecycle.stage = static_cast<Stage>(stages);
        p.ideas << std::move(idea);
    }
    return p;
}

} // namespace mlp

namespace mlp {

Portfolio generatedHistoryPortfolio(int ideaCount, quint32 seed, const QDateTime &now)
{
    Portfolio p = generatedPortfolio(ideaCount, seed, now);
    quint32 state = seed ^ 0x9e3779b9u;
    const auto next = [&state](quint32 bound) {
        state = state * 1664525u + 1013904223u;
        return (state >> 8) % bound;
    };
    for (Idea &idea : p.ideas) {
        Lifecycle &lc = idea.lifecycle;
        lc.history.clear();
        const bool finished = next(5) != 0;
        // Finished projects started up to six years ago; active ones in the last year.
        lc.createdAt = now.addDays(
            -(finished ? 200 + static_cast<int>(next(2000)) : 30 + static_cast<int>(next(330))));
        const QDateTime last = finished ? now.addDays(-30) : now.addDays(-1);
        QDateTime at = lc.createdAt;
        Stage stage = Stage::Planning;
        const int target = static_cast<int>(next(kStageCount));
        for (int step = 0; step < 12 && static_cast<int>(stage) < target; ++step) {
            const QDateTime when = at.addDays(1 + static_cast<int>(next(40)));
            if (when > last)
                break;
            Transition t;
            t.at = when;
            t.who = idea.owner;
            t.from = stage;
            const bool back = stage != Stage::Planning && next(4) == 0;
            t.to = static_cast<Stage>(static_cast<int>(stage) + (back ? -1 : 1));
            if (back)
                t.reason = QStringLiteral("Found a problem the earlier stage must fix");
            lc.history << t;
            stage = t.to;
            at = when;
        }
        lc.stage = stage;
        if (finished) {
            const bool shipped = stage == Stage::Deploying && next(4) != 0;
            lc.outcome = shipped ? Outcome::Shipped : Outcome::Shelved;
            if (!shipped)
                lc.outcomeReason = QStringLiteral("Priorities changed");
            lc.outcomeAt = at.addDays(1 + static_cast<int>(next(20)));
        }
    }
    return p;
}

} // namespace mlp

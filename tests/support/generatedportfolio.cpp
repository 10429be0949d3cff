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

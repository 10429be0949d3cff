// `selftest`: the checker is shown changes lost, refused changes kept and a missing idea, and
// must find each (a checker that finds nothing proves nothing). Run by ctest.
#include "bench/shared/stress.h"

#include <cstdio>

namespace mlp::stress {

namespace {

Event event(Event::Kind kind, qint64 idea, const QString &field, const QString &item,
            const QString &value, qint64 start, qint64 end)
{
    Event e;
    e.kind = kind;
    e.idea = idea;
    e.field = field;
    e.item = item;
    e.value = value;
    e.start = start;
    e.end = end;
    e.writer = 1;
    return e;
}

int expect(const char *what, int found, int expected)
{
    if (found == expected)
        return 0;
    std::fprintf(stderr, "selftest: %s: found %d, expected %d\n", what, found, expected);
    return 1;
}

} // namespace

int runSelfTest()
{
    using K = Event::Kind;
    const Portfolio initial = stressPortfolio(6);
    const QString name = QStringLiteral("name");
    int failures = 0;

    // Every change in place: nothing to report.
    {
        Portfolio final = initial;
        final.ideas[0].name = QStringLiteral("w1-1");
        final.ideas[1].name = QStringLiteral("w1-3"); // of two overlapping writes, either
        const QList<Event> events {
            event(K::Ack, 1, name, {}, QStringLiteral("w1-1"), 10, 20),
            event(K::Ack, 2, name, {}, QStringLiteral("w1-2"), 30, 50),
            event(K::Ack, 2, name, {}, QStringLiteral("w1-3"), 40, 60),
            event(K::Conflict, 2, name, {}, QStringLiteral("w1-4"), 70, 80),
        };
        const CheckResult r = checkFinalState(initial, final, {}, events);
        failures += expect("a sound state: lost", r.lost, 0);
        failures += expect("a sound state: kept", r.kept, 0);
        failures += expect("a sound state: corrupt", r.corrupt, 0);
    }
    // A lost rename, a replaced one brought back, a refused one kept, a lost move, a missing
    // idea, and a change nobody made.
    {
        Portfolio final = initial;
        final.ideas[1].name = QStringLiteral("w1-5");  // w1-6 came after it was acknowledged
        final.ideas[2].name = QStringLiteral("w1-7");  // refused as a conflict
        final.ideas[4].name = QStringLiteral("ghost"); // nobody renamed it
        final.ideas.removeAt(5);
        const QList<Event> events {
            event(K::Ack, 1, name, {}, QStringLiteral("w1-1"), 10, 20),
            event(K::Ack, 2, name, {}, QStringLiteral("w1-5"), 30, 40),
            event(K::Ack, 2, name, {}, QStringLiteral("w1-6"), 50, 60),
            event(K::Conflict, 3, name, {}, QStringLiteral("w1-7"), 30, 40),
            event(K::Ack, 4, QStringLiteral("stage"), QStringLiteral("w1-8"),
                  stageKey(Stage((int(initial.ideas[3].lifecycle.stage) + 1) % kStageCount)), 30,
                  40),
        };
        const CheckResult r = checkFinalState(initial, final, {}, events);
        // idea 1's rename, idea 2's later one, and idea 4's move (its stage and its history).
        failures += expect("lost", r.lost, 4);
        failures += expect("kept", r.kept, 1);
        failures += expect("corrupt", r.corrupt, 2);
    }
    // A portfolio that did not load.
    {
        const CheckResult r = checkFinalState(initial, std::nullopt, QStringLiteral("bad"), {});
        failures += expect("not loaded", r.corrupt, 1);
    }
    std::printf(failures == 0 ? "PASS\n" : "FAIL\n");
    return failures == 0 ? 0 : 1;
}

} // namespace mlp::stress

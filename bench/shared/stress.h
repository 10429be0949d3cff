#pragma once

// The shared portfolio under load (docs/reliability.md): writer processes editing one portfolio
// on PostgreSQL through the real store, a listener process following it with watchChanges, and
// the checker that compares every writer's log with the final state. One program, several modes
// (main.cpp); `run` starts the others as processes.

#include "core/domain/idea.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mlp::stress {

// The generated portfolio every run publishes and the checker starts from (same seed as the
// other benchmarks).
Portfolio stressPortfolio(int ideas);
// Microseconds since the epoch: the one clock of every process on this machine.
qint64 nowUs();

// One line of a writer's log: a change it tried and what the store answered.
struct Event
{
    enum class Kind {
        Ack,      // acknowledged: the store said it is kept
        Conflict, // refused as a conflict (Error::Code::Conflict): nothing of it kept
        Refused,  // refused for another reason (the server away…): nothing of it kept
        Doubt,    // the connection broke while committing: kept or not, the store cannot tell
    };
    Kind kind = Kind::Ack;
    qint64 idea = 0;
    QString field;    // "name", "stage" or "answer"
    QString item;     // stage: the move's token (its reason); answer: "<rater>#<question>"
    QString value;    // the new value: the name, the stage's key, the answer 1..5
    qint64 start = 0; // when the write was sent (µs)
    qint64 end = 0;   // when the store answered (µs)
    int writer = 0;
};
QString formatEvent(const Event &event);
std::optional<Event> parseEvent(const QString &line);
// The events of a writer's log; `readFailures`, when given, gets when each failed read was
// (the writer reads the idea before changing it: a server away fails there first).
QList<Event> readEvents(const QString &path, QString *error, QList<qint64> *readFailures = nullptr);

// The modes; each returns the process's exit code.
int runWriter(const QStringList &args);
int runListener(const QStringList &args);
int runStress(const QStringList &args);
int runSelfTest(); // the checker finds what it must (stressselftest.cpp)

// What the listener saw: when each notification arrived, and when it found the server again
// after losing it (µs).
struct ListenerLog
{
    QList<qint64> notifications;
    QList<qint64> reconnects;
};
std::optional<ListenerLog> readListenerLog(const QString &path, QString *error);

// The checker: every acknowledged change is in the final state unless a later acknowledged
// change of the same field replaced it; nothing refused is there; every idea loads and checks.
struct CheckResult
{
    int ideasLoaded = 0;
    int corrupt = 0;      // the portfolio did not load and check, or ideas are missing or extra
    int lost = 0;         // acknowledged changes not in the final state
    int kept = 0;         // refused changes found in the final state (half-written or kept)
    int doubtKept = 0;    // changes in doubt found kept (names and stage moves, which are unique)
    int doubtGone = 0;    // changes in doubt found not kept
    QStringList problems; // the first few, in words
};
CheckResult checkFinalState(const Portfolio &initial, const std::optional<Portfolio> &final,
                            const QString &loadError, const QList<Event> &events);

} // namespace mlp::stress

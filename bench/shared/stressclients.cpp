// The writer and the listener: each a process of its own, using the store as the command line
// and the window do.
#include "bench/shared/stress.h"

#include "core/domain/result.h"
#include "storage/stores.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <random>

namespace mlp::stress {

namespace {

// What a writer changes: an answer of its own rater, the stage (one step, the move recorded
// with a unique token as its reason), or the name (a unique one).
struct Edit
{
    Idea changed;
    Event event;
};

Edit answerEdit(const Idea &base, int writer, std::mt19937 &rng)
{
    Edit edit { base, {} };
    const QString rater = QStringLiteral("Writer %1").arg(writer);
    auto it = std::find_if(edit.changed.raters.begin(), edit.changed.raters.end(),
                           [&](const Rater &r) { return r.name == rater; });
    if (it == edit.changed.raters.end()) {
        edit.changed.raters.append(Rater { rater, {} });
        it = edit.changed.raters.end() - 1;
    }
    const int question = int(rng() % kQuestionCount);
    const int old = it->answers[question];
    // Another value than the one there: 1..5, never unanswered.
    const int value = old == 0 ? 1 + int(rng() % 5) : 1 + (old + int(rng() % 4)) % 5;
    it->answers[question] = qint8(value);
    edit.event.field = QStringLiteral("answer");
    edit.event.item = rater + QLatin1Char('#') + QString::number(question);
    edit.event.value = QString::number(value);
    return edit;
}

std::optional<Edit> stageEdit(const Idea &base, const QString &token, const ReadinessGate &gate,
                              std::mt19937 &rng)
{
    const int stage = int(base.lifecycle.stage);
    int to = stage + ((rng() % 2) ? 1 : -1);
    if (stage == 0)
        to = 1;
    if (stage == kStageCount - 1)
        to = stage - 1;
    MoveRequest request;
    request.to = Stage(to);
    request.reason = token;
    request.who = QStringLiteral("stress");
    request.checklistOverrideNote = QStringLiteral("stress test");
    const auto moved = moveIdea(base, request, QDateTime::currentDateTimeUtc(), gate);
    if (!moved)
        return std::nullopt; // shipped, shelved, or a gate: a rename instead
    Edit edit { *moved, {} };
    edit.event.field = QStringLiteral("stage");
    edit.event.item = token;
    edit.event.value = stageKey(Stage(to));
    return edit;
}

Edit renameEdit(const Idea &base, const QString &token)
{
    Edit edit { base, {} };
    edit.changed.name = token;
    edit.event.field = QStringLiteral("name");
    edit.event.value = token;
    return edit;
}

bool inDoubt(const Error &error)
{
    // pgconnection.cpp's words for a commit whose answer was lost.
    return error.message.contains(QLatin1String("may or may not have been kept"));
}

} // namespace

// writer LOCATION INDEX SECONDS IDEAS HOT LOG [UNTIL]: edits for SECONDS, and after that until
// the file UNTIL exists when one is named (the crash run: until the server is back a while).
int runWriter(const QStringList &args)
{
    if (args.size() != 6 && args.size() != 7) {
        std::fprintf(stderr, "usage: writer LOCATION INDEX SECONDS IDEAS HOT LOG [UNTIL]\n");
        return 2;
    }
    const QString location = args[0];
    const int index = args[1].toInt();
    const qint64 seconds = args[2].toLongLong();
    const int ideas = args[3].toInt();
    const int hot = std::max(1, args[4].toInt());
    QFile log(args[5]);
    if (!log.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        std::fprintf(stderr, "writer %d: cannot write %s\n", index, qPrintable(args[5]));
        return 1;
    }
    auto store = storage::storeOpener().open(location, PortfolioStore::Access::Write);
    if (!store) {
        std::fprintf(stderr, "writer %d: %s\n", index, qPrintable(store.error().message));
        return 1;
    }
    const auto settings = (*store)->loadSettings();
    if (!settings) {
        std::fprintf(stderr, "writer %d: %s\n", index, qPrintable(settings.error().message));
        return 1;
    }
    std::mt19937 rng(1000u + quint32(index));
    const qint64 end = nowUs() + seconds * 1000000;
    const QString until = args.value(6);
    qint64 sequence = 0;
    while (nowUs() < end || (!until.isEmpty() && !QFile::exists(until))) {
        // Half of the edits go to a few "hot" ideas, so that writers meet on the same idea.
        const qint64 id
            = (rng() % 2) ? 1 + qint64(rng() % quint32(hot)) : 1 + qint64(rng() % quint32(ideas));
        const qint64 readAt = nowUs();
        const auto base = (*store)->loadIdea(id);
        if (!base) {
            log.write(QStringLiteral("#read\t%1\n").arg(readAt).toUtf8());
            log.flush();
            QThread::msleep(50); // the server is away: try again soon, without spinning
            continue;
        }
        const QString token = QStringLiteral("w%1-%2").arg(index).arg(++sequence);
        const unsigned kind = rng() % 10;
        std::optional<Edit> edit;
        if (kind < 4)
            edit = answerEdit(*base, index, rng);
        else if (kind < 7)
            edit = stageEdit(*base, token, settings->config.readinessGate, rng);
        if (!edit)
            edit = renameEdit(*base, token);
        Event &event = edit->event;
        event.idea = id;
        event.writer = index;
        event.start = nowUs();
        // The call the command line and the window make: my change from the idea as I read it.
        const Status saved = (*store)->upsertIdea(edit->changed, &*base);
        event.end = nowUs();
        if (saved)
            event.kind = Event::Kind::Ack;
        else if (saved.error().code == Error::Code::Conflict)
            event.kind = Event::Kind::Conflict;
        else
            event.kind = inDoubt(saved.error()) ? Event::Kind::Doubt : Event::Kind::Refused;
        log.write((formatEvent(event) + QLatin1Char('\n')).toUtf8());
        log.flush();
        if (!saved && saved.error().code != Error::Code::Conflict)
            QThread::msleep(50);
    }
    return 0;
}

// listener LOCATION STOPFILE LOG: follows the portfolio as a window does (watchChanges), and
// once a second reads its settings, as a window that lost its server tries again; stops when
// STOPFILE appears, once it got the number of notifications written in it (10 s at most), or a
// second after when it holds -1.
int runListener(const QStringList &args)
{
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: listener LOCATION STOPFILE LOG\n");
        return 2;
    }
    auto store = storage::storeOpener().open(args[0], PortfolioStore::Access::Read);
    if (!store) {
        std::fprintf(stderr, "listener: %s\n", qPrintable(store.error().message));
        return 1;
    }
    ListenerLog seen;
    if (!(*store)->watchChanges([&seen] { seen.notifications.append(nowUs()); })) {
        std::fprintf(stderr, "listener: the store cannot be watched\n");
        return 1;
    }
    std::printf("listening\n");
    std::fflush(stdout);

    bool away = false;
    QTimer heartbeat;
    heartbeat.setInterval(1000);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        if (!(*store)->loadSettings()) {
            away = true;
        } else if (away) {
            away = false;
            seen.reconnects.append(nowUs());
        }
    });
    heartbeat.start();

    qint64 stopDeadline = 0;
    qint64 expected = -1;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (stopDeadline == 0) {
            QFile stop(args[1]);
            if (!stop.open(QIODevice::ReadOnly))
                return;
            // A count to wait for (up to 10 s), or -1: only what arrives within a second.
            expected = stop.readAll().trimmed().toLongLong();
            stopDeadline = nowUs() + (expected < 0 ? 1 : 10) * 1000000;
        }
        if ((expected >= 0 && seen.notifications.size() >= expected) || nowUs() > stopDeadline)
            QCoreApplication::quit();
    });
    poll.start();
    QCoreApplication::exec();

    QFile log(args[2]);
    if (!log.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return 1;
    QByteArray text;
    for (qint64 at : std::as_const(seen.notifications))
        text += "n " + QByteArray::number(at) + '\n';
    for (qint64 at : std::as_const(seen.reconnects))
        text += "r " + QByteArray::number(at) + '\n';
    log.write(text);
    return 0;
}

} // namespace mlp::stress

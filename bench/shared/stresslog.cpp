#include "bench/shared/stress.h"

#include "tests/support/generatedportfolio.h"

#include <QFile>

#include <chrono>

namespace mlp::stress {

namespace {

const char *const kKinds[] = { "ack", "conflict", "refused", "doubt" };

} // namespace

Portfolio stressPortfolio(int ideas)
{
    const QDateTime now(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);
    return generatedPortfolio(ideas, 20240101, now);
}

qint64 nowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

QString formatEvent(const Event &e)
{
    return QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8")
        .arg(QLatin1String(kKinds[int(e.kind)]))
        .arg(e.idea)
        .arg(e.field, e.item, e.value)
        .arg(e.start)
        .arg(e.end)
        .arg(e.writer);
}

std::optional<Event> parseEvent(const QString &line)
{
    const QStringList parts = line.split(QLatin1Char('\t'));
    if (parts.size() != 8)
        return std::nullopt;
    Event e;
    bool known = false;
    for (int k = 0; k < 4; ++k) {
        if (parts[0] == QLatin1String(kKinds[k])) {
            e.kind = Event::Kind(k);
            known = true;
        }
    }
    bool ok[4] = {};
    e.idea = parts[1].toLongLong(&ok[0]);
    e.field = parts[2];
    e.item = parts[3];
    e.value = parts[4];
    e.start = parts[5].toLongLong(&ok[1]);
    e.end = parts[6].toLongLong(&ok[2]);
    e.writer = parts[7].toInt(&ok[3]);
    if (!known || !ok[0] || !ok[1] || !ok[2] || !ok[3])
        return std::nullopt;
    return e;
}

QList<Event> readEvents(const QString &path, QString *error, QList<qint64> *readFailures)
{
    QList<Event> events;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return events;
    }
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1String("#read\t"))) {
            if (readFailures)
                readFailures->append(line.mid(6).toLongLong());
            continue;
        }
        const auto event = parseEvent(line);
        if (!event) {
            *error = QStringLiteral("%1:%2: not an event: %3").arg(path).arg(lineNumber).arg(line);
            return events;
        }
        events.append(*event);
    }
    return events;
}

std::optional<ListenerLog> readListenerLog(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    ListenerLog log;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.size() < 3)
            continue;
        const qint64 at = line.mid(2).toLongLong();
        if (line.startsWith("n "))
            log.notifications.append(at);
        else if (line.startsWith("r "))
            log.reconnects.append(at);
    }
    return log;
}

} // namespace mlp::stress

#include "storagechild.h"

#include "storagetestutil.h"
#include "testchild.h"

#include "core/io/jsonformat.h"
#include "storage/portfoliofile.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QThread>

#include <cstdio>
#include <memory>

namespace mlp::test {

namespace {

constexpr char kChildFile[] = "MLP_STORAGE_CHILD_FILE";
constexpr char kChildOut[] = "MLP_STORAGE_CHILD_OUT";

void say(const QByteArray &line)
{
    std::printf("%s\n", line.constData());
    std::fflush(stdout);
}

void refused(const Error &error)
{
    say("refused " + QByteArray::number(int(error.code)) + ": " + error.message.toUtf8());
}

void holdUntilKilled()
{
    say("ready");
    for (int i = 0; i < 600; ++i)
        QThread::msleep(50);
}

int writeForever(PortfolioFile &file)
{
    for (qint64 id = 1000;; ++id) {
        if (!file.upsertIdea(numberedIdea(id)).ok())
            return 1;
        // Acknowledged only once upsertIdea has returned, i.e. committed.
        say("ack " + QByteArray::number(id));
        if (id % 3 == 0) {
            // A kill between the commit and "removed" leaves id - 1 either way.
            say("removing " + QByteArray::number(id - 1));
            if (!file.removeIdea(id - 1).ok())
                return 1;
            say("removed " + QByteArray::number(id - 1));
        }
    }
}

int readOnce(const QString &path)
{
    auto f = PortfolioFile::open(path, PortfolioFile::Access::Read);
    if (!f.ok()) {
        refused(f.error());
        return 0;
    }
    const auto loaded = (*f)->load();
    if (!loaded.ok()) {
        refused(loaded.error());
        return 0;
    }
    const QString out = qEnvironmentVariable(kChildOut);
    if (!out.isEmpty())
        writeBytes(out, io::exportJson(*loaded));
    say("loaded " + QByteArray::number(loaded->ideas.size()));
    return 0;
}

int childMain()
{
    const QString mode = qEnvironmentVariable(kChildModeVariable);
    const QString path = qEnvironmentVariable(kChildFile);
    if (mode == QLatin1String("read"))
        return readOnce(path);
    auto f = PortfolioFile::open(path);
    if (!f.ok()) {
        refused(f.error());
        return mode == QLatin1String("open-write") ? 0 : 1;
    }
    if (mode == QLatin1String("open-write")) {
        say("opened");
        return 0;
    }
    if (mode == QLatin1String("write"))
        return writeForever(**f);
    const int changes = mode == QLatin1String("hold-with-wal") ? 3
        : mode == QLatin1String("hold-after-write")            ? 1
                                                               : 0;
    for (int i = 0; i < changes; ++i) {
        if (!(*f)->upsertIdea(numberedIdea(999 - i)).ok())
            return 1;
    }
    holdUntilKilled();
    return 0;
}

const bool childRegistered = registerChild(&childMain);

} // namespace

QProcess *startChild(const QString &mode, const QString &path, const QString &outPath)
{
    auto *process = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kChildModeVariable), mode);
    env.insert(QString::fromLatin1(kChildFile), path);
    env.insert(QString::fromLatin1(kChildOut), outPath);
    process->setProcessEnvironment(env);
    process->setProgram(QCoreApplication::applicationFilePath());
    process->start();
    return process;
}

bool waitForLine(QProcess &process, const QByteArray &prefix, int count, QByteArray &output)
{
    for (int spins = 0; spins < 400; ++spins) {
        if (output.count(QByteArray(QByteArray("\n") + prefix))
                + (output.startsWith(prefix) ? 1 : 0)
            >= count)
            return true;
        if (process.state() == QProcess::NotRunning)
            return false;
        process.waitForReadyRead(50);
        output += process.readAllStandardOutput();
    }
    return false;
}

QByteArray runChild(const QString &mode, const QString &path, const QString &outPath)
{
    std::unique_ptr<QProcess> child(startChild(mode, path, outPath));
    if (!child->waitForStarted() || !child->waitForFinished(60000))
        return QByteArray("child did not finish");
    return child->readAllStandardOutput();
}

} // namespace mlp::test

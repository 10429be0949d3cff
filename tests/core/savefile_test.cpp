#include "core/io/savefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cerrno>
#include <csignal>

#include <sys/resource.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace mlp {
namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Lowers this process's file size limit while it lives: a write past it fails (EFBIG) the way a
// write onto a full disk does, without needing a full disk.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_old);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }

private:
    rlimit m_old {};
    void (*m_oldHandler)(int) = nullptr;
};

TEST(SaveFile, WritesAndReplaces)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.json"_s);
    ASSERT_TRUE(io::writeFileSafely(path, "first").ok());
    ASSERT_TRUE(io::writeFileSafely(path, "second").ok());
    EXPECT_EQ(contents(path), QByteArray("second"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden),
              QStringList { u"out.json"_s });
}

// A small write that does not fit used to vanish in QSaveFile's buffer: the commit reported
// success and an empty file replaced the previous export.
TEST(SaveFile, AWriteThatDoesNotFitFailsAndKeepsTheOldFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.json"_s);
    ASSERT_TRUE(io::writeFileSafely(path, "previous good export").ok());
    const QByteArray big(4000, 'x');
    Status written = Ok {};
    {
        FileSizeLimit limit(100);
        written = io::writeFileSafely(path, big);
    }
    ASSERT_FALSE(written.ok());
    EXPECT_TRUE(written.error().message.contains(u"cannot write"_s))
        << written.error().message.toStdString();
    EXPECT_EQ(contents(path), QByteArray("previous good export"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden),
              QStringList { u"out.json"_s });
}

TEST(SaveFile, AFullDiskIsCalledAFullDisk)
{
    EXPECT_TRUE(io::systemErrorText(ENOSPC).contains(u"disk is full"_s));
    EXPECT_TRUE(io::systemErrorText(EDQUOT).contains(u"disk is full"_s));
    EXPECT_FALSE(io::systemErrorText(ENOSPC).contains(u"Unknown"_s));
}

TEST(SaveFile, OnlyRegularFilesAreReplaced)
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"pipe"_s);
    ASSERT_EQ(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const Status onFifo = io::writeFileSafely(fifo, "x");
    ASSERT_FALSE(onFifo.ok());
    EXPECT_TRUE(onFifo.error().message.contains(u"regular file"_s))
        << onFifo.error().message.toStdString();
    EXPECT_FALSE(QFileInfo(fifo).isFile());
    EXPECT_TRUE(QFileInfo(fifo).exists());

    const QString link = dir.filePath(u"link"_s);
    ASSERT_TRUE(QFile::link(fifo, link));
    EXPECT_FALSE(io::writeFileSafely(link, "x").ok());
    EXPECT_TRUE(QFileInfo(link).isSymLink());

    EXPECT_FALSE(io::writeFileSafely(dir.path(), "x").ok());
    EXPECT_TRUE(io::checkExportTarget(dir.filePath(u"new.json"_s)).ok());
}

} // namespace
} // namespace mlp

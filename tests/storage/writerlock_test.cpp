// The writer lock and readers beside a writer (docs/file-format.md, "Locking and readers").
#include "storage/portfoliofile.h"

#include "storagechild.h"
#include "storagetestutil.h"

#include "core/io/jsonformat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace mlp;
using namespace mlp::test;

namespace {

class WriterLockTest : public StorageTest
{
protected:
    // What a reader in another process loads, as JSON (empty if it was refused).
    QByteArray readInChild(const QString &path, QByteArray *output = nullptr)
    {
        const QString out = file(QStringLiteral("child.json"));
        QFile::remove(out);
        const QByteArray said = runChild(QStringLiteral("read"), path, out);
        if (output)
            *output = said;
        return said.startsWith("loaded ") ? readBytes(out) : QByteArray();
    }
};

std::string text(const Error &e)
{
    return e.message.toStdString();
}

// Opens and closes `path` the way unrelated code in the window's process does: a file dialog
// reading the file's type, a plain QFile, a raw descriptor.
void touchThroughOtherHandles(const QString &path)
{
    {
        QFile other(path);
        ASSERT_TRUE(other.open(QIODevice::ReadOnly));
        EXPECT_EQ(other.read(16), QByteArray("SQLite format 3\0", 16));
    }
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    ASSERT_GE(fd, 0);
    char byte = 0;
    EXPECT_EQ(::read(fd, &byte, 1), 1);
    ::close(fd);
}

TEST_F(WriterLockTest, LockOutlivesAnotherHandleOfTheFileBeingClosed)
{
    const QString path = createRich();
    const QString link = file(QStringLiteral("link.mlplan"));
    ASSERT_TRUE(QFile::link(path, link));
    auto window = PortfolioFile::open(path);
    ASSERT_TRUE(window.ok()) << text(window.error());
    // Two changes: the second one lives only in the -wal until the file is closed.
    ASSERT_TRUE((*window)->upsertIdea(numberedIdea(500)).ok());
    ASSERT_TRUE((*window)->upsertIdea(numberedIdea(501)).ok());
    ASSERT_TRUE(QFileInfo::exists(path + QStringLiteral("-wal")));

    touchThroughOtherHandles(path);
    touchThroughOtherHandles(link);

    // A second writer is refused, in another process and in this one, by any path.
    for (const QString &name : { path, link }) {
        const QByteArray said = runChild(QStringLiteral("open-write"), name);
        EXPECT_TRUE(said.startsWith(
            QByteArray(QByteArray("refused ") + QByteArray::number(int(Error::Code::Locked)))))
            << said.toStdString();
        EXPECT_TRUE(said.contains("close it there and try again")) << said.toStdString();
        auto second = PortfolioFile::open(name);
        ASSERT_FALSE(second.ok());
        EXPECT_EQ(second.error().code, Error::Code::Locked) << text(second.error());
    }

    // A reader in another process reads the window's last committed state...
    const QByteArray walBefore = readBytes(path + QStringLiteral("-wal"));
    QByteArray said;
    const QByteArray seen = readInChild(path, &said);
    ASSERT_FALSE(seen.isEmpty()) << said.toStdString();
    EXPECT_EQ(seen, io::exportJson(*(*window)->load()));
    // ...and leaves the window's -wal alone.
    EXPECT_EQ(readBytes(path + QStringLiteral("-wal")), walBefore);

    // The window goes on writing, and everything reaches the file when it closes.
    ASSERT_TRUE((*window)->upsertIdea(numberedIdea(502)).ok());
    window->reset();
    for (const char *side : { "-wal", "-shm", "-journal" })
        EXPECT_FALSE(QFileInfo::exists(path + QLatin1String(side))) << side;
    auto reopened = PortfolioFile::open(path);
    ASSERT_TRUE(reopened.ok()) << text(reopened.error());
    const auto loaded = (*reopened)->load();
    for (qint64 id : { 500, 501, 502 })
        EXPECT_NE(loaded->find(id), nullptr) << id;
}

TEST_F(WriterLockTest, ReadersWorkBesideAWriterInTheSameProcess)
{
    const QString path = createRich();
    auto window = PortfolioFile::open(path);
    ASSERT_TRUE(window.ok());
    auto before = PortfolioFile::open(path, PortfolioFile::Access::Read);
    ASSERT_TRUE(before.ok()) << text(before.error());
    EXPECT_EQ(*(*before)->load(), richPortfolio());
    before->reset();

    ASSERT_TRUE((*window)->upsertIdea(numberedIdea(600)).ok());
    ASSERT_TRUE((*window)->upsertIdea(numberedIdea(601)).ok());
    auto reader = PortfolioFile::open(path, PortfolioFile::Access::Read);
    ASSERT_TRUE(reader.ok()) << text(reader.error());
    EXPECT_EQ(*(*reader)->load(), *(*window)->load());
    // A reader refuses to change anything.
    const Status refused = (*reader)->upsertIdea(numberedIdea(602));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("reading only")));
    reader->reset();
    ASSERT_TRUE((*window)->removeIdea(600).ok());
    EXPECT_EQ((*window)->load()->find(600), nullptr);
}

// A reader that opened beside a window keeps the window's -wal alive after the window closes
// (SQLite cannot fold it back while the reader is open). Opening the file again for writing
// must still work, and a crash of that second writer must still be recovered without asking.
TEST_F(WriterLockTest, AWriterOpensBesideAReaderOfTheLastSession)
{
    const QString path = createRich();
    auto window = PortfolioFile::open(path);
    ASSERT_TRUE(window.ok()) << text(window.error());
    ASSERT_TRUE((*window)->upsertIdea(numberedIdea(700)).ok());
    ASSERT_TRUE((*window)->upsertIdea(numberedIdea(701)).ok());
    auto reader = PortfolioFile::open(path, PortfolioFile::Access::Read);
    ASSERT_TRUE(reader.ok()) << text(reader.error());
    ASSERT_TRUE((*reader)->load().ok());
    window->reset();

    auto again = PortfolioFile::open(path);
    ASSERT_TRUE(again.ok()) << text(again.error());
    ASSERT_TRUE((*again)->upsertIdea(numberedIdea(702)).ok());
    ASSERT_TRUE((*again)->upsertIdea(numberedIdea(703)).ok());
    const Portfolio written = *(*again)->load();
    // The reader still reads, and sees the new changes.
    EXPECT_EQ(*(*reader)->load(), written);

    // The second writer's changes, left in the -wal as a crash would leave them, are its own.
    const QTemporaryDir crashed;
    const QString copy = crashed.filePath(QStringLiteral("crashed.mlplan"));
    ASSERT_TRUE(QFile::copy(path, copy));
    ASSERT_TRUE(QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
    again->reset();
    reader->reset();
    auto recovered = PortfolioFile::open(copy);
    ASSERT_TRUE(recovered.ok()) << text(recovered.error());
    EXPECT_EQ(*(*recovered)->load(), written);
}

TEST_F(WriterLockTest, ReadingAClosedFileCreatesNoFileBesideIt)
{
    const QString path = createRich();
    const QByteArray before = readBytes(path);
    for (int round = 0; round < 2; ++round) {
        auto reader = PortfolioFile::open(path, PortfolioFile::Access::Read);
        ASSERT_TRUE(reader.ok()) << text(reader.error());
        EXPECT_EQ(*(*reader)->load(), richPortfolio());
        EXPECT_TRUE((*reader)->checkIntegrity().ok());
        // A writer may not start while a reader of a writer-less file reads.
        if (round == 0) {
            const QByteArray said = runChild(QStringLiteral("open-write"), path);
            EXPECT_TRUE(said.startsWith("refused")) << said.toStdString();
        }
        reader->reset();
        EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files),
                  QStringList { QStringLiteral("rich.mlplan") });
        EXPECT_EQ(readBytes(path), before);
    }
}

TEST_F(WriterLockTest, ReadersOpenNamesWithCharactersThatMeanSomethingInAUri)
{
    // A reader of a file without a writer opens it through an SQLite URI ("immutable").
    ASSERT_TRUE(QDir(m_dir.path()).mkpath(QStringLiteral("Q2 plans #1 ?%20")));
    const QString path = createRich(QStringLiteral("Q2 plans #1 ?%20/100% sure?.mlplan"));
    auto reader = PortfolioFile::open(path, PortfolioFile::Access::Read);
    ASSERT_TRUE(reader.ok()) << text(reader.error());
    EXPECT_EQ(*(*reader)->load(), richPortfolio());
    reader->reset();
    EXPECT_EQ(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files).size(), 1);
}

TEST_F(WriterLockTest, CopyOverAFileOpenElsewhereOrOverItselfIsRefused)
{
    const QString path = createRich();
    const QString other = createRich(QStringLiteral("other.mlplan"));
    const QString hardLink = file(QStringLiteral("hard.mlplan"));
    ASSERT_EQ(::link(QFile::encodeName(path).constData(), QFile::encodeName(hardLink).constData()),
              0);
    auto f = PortfolioFile::open(path);
    ASSERT_TRUE(f.ok());
    const Status self = (*f)->saveCopyAs(hardLink);
    ASSERT_FALSE(self.ok());
    EXPECT_EQ(self.error().code, Error::Code::Invalid) << text(self.error());
    auto held = PortfolioFile::open(other);
    ASSERT_TRUE(held.ok());
    const Status busy = (*f)->saveCopyAs(other);
    ASSERT_FALSE(busy.ok());
    EXPECT_EQ(busy.error().code, Error::Code::Locked) << text(busy.error());
}

TEST_F(WriterLockTest, NonRegularFilesAreRefusedWithoutOpeningThem)
{
    const QString fifo = file(QStringLiteral("pipe.mlplan"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const auto access : { PortfolioFile::Access::Write, PortfolioFile::Access::Read }) {
        // Opening a named pipe for reading would wait for a writer forever.
        auto opened = PortfolioFile::open(fifo, access);
        ASSERT_FALSE(opened.ok());
        EXPECT_EQ(opened.error().code, Error::Code::NotAPortfolio) << text(opened.error());
        EXPECT_TRUE(opened.error().message.contains(QStringLiteral("named pipe")))
            << text(opened.error());
        EXPECT_EQ(opened.error().message.count(QDir::toNativeSeparators(fifo)), 1)
            << text(opened.error());
    }
    auto folder = PortfolioFile::open(m_dir.path());
    ASSERT_FALSE(folder.ok());
    EXPECT_TRUE(folder.error().message.contains(QStringLiteral("a folder")))
        << text(folder.error());
    EXPECT_FALSE(PortfolioFile::create(fifo, richPortfolio()).ok());
}

} // namespace

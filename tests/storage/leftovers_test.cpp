// Files left beside a portfolio, full integrity checks and the wording of storage errors
// (docs/file-format.md, "Files left beside a portfolio" and "Checks").
#include "storage/portfoliofile.h"
#include "storage/sqlsupport.h"

#include "storagechild.h"
#include "storagetestutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace mlp;
using namespace mlp::test;

namespace {

class LeftoversTest : public StorageTest
{
protected:
    // A writer in another process commits ideas 997-999 and is killed: the file is left marked
    // WAL, with a -wal holding the last two changes.
    void crashWithWal(const QString &path)
    {
        std::unique_ptr<QProcess> child(startChild(QStringLiteral("hold-with-wal"), path));
        ASSERT_TRUE(child->waitForStarted());
        QByteArray output;
        ASSERT_TRUE(waitForLine(*child, "ready", 1, output)) << output.toStdString();
        child->kill();
        ASSERT_TRUE(child->waitForFinished());
        ASSERT_GT(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
    }

    // Every file in the folder with its bytes.
    QMap<QString, QByteArray> snapshot() const
    {
        QMap<QString, QByteArray> files;
        for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
            files.insert(name, readBytes(file(name)));
        return files;
    }
};

std::string text(const Error &e)
{
    return e.message.toStdString();
}

Portfolio otherPortfolio()
{
    Portfolio p;
    p.name = QStringLiteral("Other");
    for (int id = 1; id <= 40; ++id)
        p.ideas.append(numberedIdea(id));
    return p;
}

TEST_F(LeftoversTest, AWalOfTheFilesOwnSessionIsRecoveredAndReadersChangeNothing)
{
    const QString path = create(QStringLiteral("a.mlplan"), richPortfolio());
    crashWithWal(path);
    Portfolio expected = richPortfolio();
    for (qint64 id : { 999, 998, 997 })
        expected.ideas.append(numberedIdea(id));

    const auto before = snapshot();
    auto reader = PortfolioFile::open(path, PortfolioFile::Access::Read);
    ASSERT_TRUE(reader.ok()) << text(reader.error());
    EXPECT_EQ(*(*reader)->load(), expected);
    reader->reset();
    EXPECT_EQ(snapshot(), before) << "a reader changed the file or a file beside it";

    auto writer = PortfolioFile::open(path);
    ASSERT_TRUE(writer.ok()) << text(writer.error());
    EXPECT_EQ(*(*writer)->load(), expected);
    writer->reset();
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files),
              QStringList { QStringLiteral("a.mlplan") });
}

// The writer is killed while a reader in this process reads beside it: the reader goes on
// reading, and a new writer opens while that reader is still open, recovers the killed
// writer's changes and keeps its own across a second crash.
TEST_F(LeftoversTest, AWriterKilledWhileAReaderIsOpenIsRecoveredBesideTheReader)
{
    const QString path = create(QStringLiteral("a.mlplan"), richPortfolio());
    std::unique_ptr<QProcess> child(startChild(QStringLiteral("hold-with-wal"), path));
    ASSERT_TRUE(child->waitForStarted());
    QByteArray output;
    ASSERT_TRUE(waitForLine(*child, "ready", 1, output)) << output.toStdString();
    auto reader = PortfolioFile::open(path, PortfolioFile::Access::Read);
    ASSERT_TRUE(reader.ok()) << text(reader.error());
    Portfolio expected = richPortfolio();
    for (qint64 id : { 999, 998, 997 })
        expected.ideas.append(numberedIdea(id));
    EXPECT_EQ(*(*reader)->load(), expected);
    child->kill();
    ASSERT_TRUE(child->waitForFinished());
    EXPECT_EQ(*(*reader)->load(), expected);

    auto writer = PortfolioFile::open(path);
    ASSERT_TRUE(writer.ok()) << text(writer.error());
    EXPECT_EQ(*(*writer)->load(), expected);
    ASSERT_TRUE((*writer)->upsertIdea(numberedIdea(996)).ok());
    expected.ideas.append(numberedIdea(996));
    EXPECT_EQ(*(*reader)->load(), expected);

    // What a second crash would leave: the new writer's change is still the file's own.
    const QTemporaryDir crashed;
    const QString copy = crashed.filePath(QStringLiteral("crashed.mlplan"));
    ASSERT_TRUE(QFile::copy(path, copy));
    ASSERT_TRUE(QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
    auto recovered = PortfolioFile::open(copy);
    ASSERT_TRUE(recovered.ok()) << text(recovered.error());
    EXPECT_EQ(*(*recovered)->load(), expected);
    recovered->reset();

    writer->reset();
    reader->reset();
    EXPECT_EQ(*PortfolioFile::open(path).value()->load(), expected);
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files),
              QStringList { QStringLiteral("a.mlplan") });
}

TEST_F(LeftoversTest, AWalOfAnotherPortfolioIsNeverApplied)
{
    const QString path = create(QStringLiteral("a.mlplan"), richPortfolio());
    const QString other = create(QStringLiteral("b.mlplan"), otherPortfolio());
    crashWithWal(path);
    crashWithWal(other);
    // The other portfolio's -wal takes the place of this one's.
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    ASSERT_TRUE(QFile::copy(other + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
    const QString link = file(QStringLiteral("link.mlplan"));
    ASSERT_TRUE(QFile::link(path, link));
    const auto before = snapshot();

    // By its own name and through a symlink (SQLite looks for the -wal beside the target).
    for (const auto access : { PortfolioFile::Access::Read, PortfolioFile::Access::Write }) {
        for (const QString &name : { path, link }) {
            auto opened = PortfolioFile::open(name, access);
            ASSERT_FALSE(opened.ok());
            EXPECT_EQ(opened.error().code, Error::Code::Corrupt) << text(opened.error());
            EXPECT_TRUE(opened.error().message.contains(QStringLiteral("a.mlplan-wal")))
                << text(opened.error());
            EXPECT_TRUE(opened.error().message.contains(QStringLiteral("Nothing was changed")))
                << text(opened.error());
            EXPECT_EQ(snapshot(), before);
        }
    }
}

TEST_F(LeftoversTest, AStaleWalOfAnEarlierSessionNeedsTheUsersSay)
{
    const QString path = create(QStringLiteral("a.mlplan"), richPortfolio());
    crashWithWal(path);
    const QByteArray staleWal = readBytes(path + QStringLiteral("-wal"));
    {
        // A later session recovers the file and changes it.
        auto f = PortfolioFile::open(path);
        ASSERT_TRUE(f.ok()) << text(f.error());
        ASSERT_TRUE((*f)->removeIdea(999).ok());
    }
    const Portfolio later = *PortfolioFile::open(path, PortfolioFile::Access::Read).value()->load();
    writeBytes(path + QStringLiteral("-wal"), staleWal);
    const auto before = snapshot();
    for (const auto access : { PortfolioFile::Access::Read, PortfolioFile::Access::Write }) {
        auto opened = PortfolioFile::open(path, access);
        ASSERT_FALSE(opened.ok());
        EXPECT_TRUE(opened.error().message.contains(QStringLiteral("check --recover")))
            << text(opened.error());
        EXPECT_EQ(snapshot(), before);
    }
    // On the user's say the stale changes are folded in: the result is a sound portfolio.
    ASSERT_TRUE(PortfolioFile::recover(path).ok());
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    auto opened = PortfolioFile::open(path);
    ASSERT_TRUE(opened.ok()) << text(opened.error());
    EXPECT_NE(*(*opened)->load(), later);
}

TEST_F(LeftoversTest, RecoverRefusesAWalThatWouldDamageTheFile)
{
    const QString path = create(QStringLiteral("a.mlplan"), richPortfolio());
    crashWithWal(path);
    // A -wal whose frames hold pages of a database that is not a portfolio.
    const QString foreign = file(QStringLiteral("foreign.db"));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(foreign);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE t (x)")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        ASSERT_TRUE(
            QFile::copy(foreign + QStringLiteral("-wal"), file(QStringLiteral("saved-wal"))));
        q.clear();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    ASSERT_TRUE(QFile::rename(file(QStringLiteral("saved-wal")), path + QStringLiteral("-wal")));
    const QByteArray bytes = readBytes(path);
    const QByteArray wal = readBytes(path + QStringLiteral("-wal"));

    const Status recovered = PortfolioFile::recover(path);
    ASSERT_FALSE(recovered.ok());
    EXPECT_TRUE(recovered.error().message.contains(QStringLiteral("does not belong")))
        << text(recovered.error());
    EXPECT_EQ(readBytes(path), bytes);
    EXPECT_EQ(readBytes(path + QStringLiteral("-wal")), wal);
}

// Four bytes that put the settings' keys out of order: PRAGMA quick_check does not see it.
void putSettingsOutOfOrder(const QString &path)
{
    QByteArray bytes = readBytes(path);
    const qsizetype at = bytes.indexOf("cost-base");
    ASSERT_GT(at, 0);
    bytes.replace(at, 4, "zzzz");
    writeBytes(path, bytes);
}

TEST_F(LeftoversTest, DamageOnlyAFullCheckFindsIsNeverWrittenInto)
{
    const QString path = create(QStringLiteral("a.mlplan"), richPortfolio());
    putSettingsOutOfOrder(path);
    const auto before = snapshot();
    auto writer = PortfolioFile::open(path);
    ASSERT_FALSE(writer.ok());
    EXPECT_EQ(writer.error().code, Error::Code::Corrupt) << text(writer.error());
    EXPECT_TRUE(writer.error().message.contains(QStringLiteral("PRIMARY KEY order")))
        << text(writer.error());
    EXPECT_EQ(snapshot(), before);

    // A reader checks the settings table in full too (as an edit does), so it refuses the file
    // as well, and changes nothing.
    auto reader = PortfolioFile::open(path, PortfolioFile::Access::Read);
    ASSERT_FALSE(reader.ok());
    EXPECT_EQ(reader.error().code, Error::Code::Corrupt) << text(reader.error());
    EXPECT_TRUE(reader.error().message.contains(QStringLiteral("PRIMARY KEY order")))
        << text(reader.error());
    EXPECT_EQ(snapshot(), before);
}

TEST_F(LeftoversTest, StorageErrorsNameTheFileOnceInOurWords)
{
    const QString path = file(QStringLiteral("a.mlplan"));
    const QSqlError full(QStringLiteral("Unable to fetch row"),
                         QStringLiteral("database or disk is full"), QSqlError::StatementError,
                         QStringLiteral("13"));
    const Error error = storage::sqlError(path, full, "saving the idea failed");
    EXPECT_EQ(error.code, Error::Code::Io);
    EXPECT_EQ(error.message.count(QDir::toNativeSeparators(path)), 1) << text(error);
    EXPECT_FALSE(error.message.contains(QStringLiteral("Unable to fetch row"))) << text(error);
    EXPECT_TRUE(error.message.contains(QStringLiteral("disk is full"))) << text(error);
    EXPECT_TRUE(error.message.contains(QStringLiteral("Free some space"))) << text(error);

    const QSqlError other(QStringLiteral("Unable to execute statement"),
                          QStringLiteral("something odd"), QSqlError::StatementError,
                          QStringLiteral("1"));
    const Error generic = storage::sqlError(path, other, "saving the idea failed");
    EXPECT_FALSE(generic.message.contains(QStringLiteral("Unable to execute"))) << text(generic);
    EXPECT_TRUE(generic.message.contains(QStringLiteral("something odd"))) << text(generic);
}

} // namespace

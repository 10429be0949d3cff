// The first-run sample's folder: one folder (not mlplanner/mlplanner), and a sample left in the
// old doubled folder moves to the new one whole, with its write-ahead log.
#include "ui/window/datafolder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace mlp::ui {
namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

TEST(DataFolder, IsOneFolderNamedAfterTheApplication)
{
    const QDir folder(dataFolder());
    EXPECT_EQ(folder.dirName(), QStringLiteral("mlplanner"));
    EXPECT_NE(QFileInfo(folder.absolutePath()).dir().dirName(), QStringLiteral("mlplanner"));
    EXPECT_EQ(legacyDataFolder(), folder.filePath(QStringLiteral("mlplanner")));
}

TEST(DataFolder, LegacySampleMovesWithItsLogAndTheOldFolderGoes)
{
    QTemporaryDir root;
    const QString to = root.filePath(QStringLiteral("mlplanner"));
    const QString from = QDir(to).filePath(QStringLiteral("mlplanner"));
    ASSERT_TRUE(QDir().mkpath(from));
    write(from + QStringLiteral("/sample.mlplan"), "main");
    write(from + QStringLiteral("/sample.mlplan-wal"), "log");

    QString error;
    const QString moved = moveLegacySample(from, to, &error);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(moved, QDir(to).filePath(QStringLiteral("sample.mlplan")));
    EXPECT_EQ(read(moved), QByteArray("main"));
    EXPECT_EQ(read(moved + QStringLiteral("-wal")), QByteArray("log"));
    EXPECT_FALSE(QFileInfo::exists(from));
}

TEST(DataFolder, ExistingSampleInTheNewFolderIsNeverOverwritten)
{
    QTemporaryDir root;
    const QString to = root.path();
    const QString from = QDir(to).filePath(QStringLiteral("mlplanner"));
    ASSERT_TRUE(QDir().mkpath(from));
    write(from + QStringLiteral("/sample.mlplan"), "old");
    write(to + QStringLiteral("/sample.mlplan"), "new");

    EXPECT_TRUE(moveLegacySample(from, to).isEmpty());
    EXPECT_EQ(read(to + QStringLiteral("/sample.mlplan")), QByteArray("new"));
    EXPECT_EQ(read(from + QStringLiteral("/sample.mlplan")), QByteArray("old"));
}

TEST(DataFolder, OtherFilesKeepTheOldFolder)
{
    QTemporaryDir root;
    const QString to = root.path();
    const QString from = QDir(to).filePath(QStringLiteral("mlplanner"));
    ASSERT_TRUE(QDir().mkpath(from));
    write(from + QStringLiteral("/sample.mlplan"), "main");
    write(from + QStringLiteral("/mine.mlplan"), "mine");

    EXPECT_FALSE(moveLegacySample(from, to).isEmpty());
    EXPECT_EQ(read(from + QStringLiteral("/mine.mlplan")), QByteArray("mine"));
}

TEST(DataFolder, NothingToMoveIsNotAnError)
{
    QTemporaryDir root;
    QString error;
    EXPECT_TRUE(
        moveLegacySample(root.filePath(QStringLiteral("absent")), root.path(), &error).isEmpty());
    EXPECT_TRUE(error.isEmpty());
}

} // namespace
} // namespace mlp::ui

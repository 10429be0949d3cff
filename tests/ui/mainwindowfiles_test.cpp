// The window's file flows: open, import, export, save a copy, recent files, drops.
#include "mainwindowfixture.h"

using namespace mlp;
using namespace mlp::ui;
using namespace mlp::ui::test;

TEST_F(MainWindowTest, ForeignFilesAreRefusedWithTheCoreMessageAndLeftUntouched)
{
    const QString text = dir.filePath(QStringLiteral("notes.mlplan"));
    {
        QFile f(text);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("These are my notes, not a portfolio.\n");
    }
    const QString foreign = dir.filePath(QStringLiteral("other-app.mlplan"));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(foreign);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE songs (title TEXT)")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO songs VALUES ('x')")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));

    for (const QString &file : { text, foreign }) {
        errors.clear();
        const QByteArray before = readAll(file);
        const QDateTime modified = QFileInfo(file).lastModified();
        QSignalSpy reported(window.get(), &MainWindow::errorReported);
        EXPECT_FALSE(window->openFile(file));
        ASSERT_EQ(errors.size(), 1);
        EXPECT_EQ(reported.count(), 1);
        EXPECT_GT(errors.first().size(), 30) << errors.first().toStdString();
        EXPECT_EQ(readAll(file), before);
        EXPECT_EQ(QFileInfo(file).lastModified(), modified);
        EXPECT_EQ(document().filePath(), path); // the open portfolio stays open
    }
}

TEST_F(MainWindowTest, FailedImportShowsTheMessage)
{
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    {
        QFile f(bad);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("\"unterminated,quote\n");
    }
    const Portfolio before = document().portfolio();
    EXPECT_FALSE(window->importFile(bad));
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(document().portfolio() == before);
}

TEST_F(MainWindowTest, JsonImportSaysItReplacesBeforeItDoesAndCsvMerges)
{
    const Portfolio before = sortedById(document().portfolio());
    Portfolio other;
    other.name = QStringLiteral("Other");
    Idea lone;
    lone.id = 1;
    lone.name = QStringLiteral("Lone idea");
    lone.lifecycle.createdAt = clock.now();
    other.ideas << lone;
    const QString json = dir.filePath(QStringLiteral("other.json"));
    {
        QFile f(json);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(io::exportJson(other));
    }
    confirmAnswer = false;
    EXPECT_FALSE(window->importFile(json));
    ASSERT_EQ(questions.size(), 1);
    EXPECT_TRUE(questions.first().contains(QStringLiteral("replaces")))
        << questions.first().toStdString();
    EXPECT_TRUE(sortedById(document().portfolio()) == before); // declined: nothing changed
    EXPECT_EQ(document().undoStack()->count(), 0);

    confirmAnswer = true;
    EXPECT_TRUE(window->importFile(json));
    EXPECT_EQ(document().portfolio().ideas.size(), 1);
    document().undoStack()->undo();
    EXPECT_TRUE(sortedById(document().portfolio()) == before);

    // CSV merges: nothing to confirm, and the status bar says it merged.
    const QString csv = dir.filePath(QStringLiteral("ideas.csv"));
    ASSERT_TRUE(window->exportFile(csv));
    questions.clear();
    EXPECT_TRUE(window->importFile(csv));
    EXPECT_TRUE(questions.isEmpty());
    EXPECT_TRUE(
        find<QLabel>(QStringLiteral("selectionLabel"))->text().contains(QStringLiteral("merged")));
}

TEST_F(MainWindowTest, OpenRecentShowsTheFolder)
{
    QMenu *recent = find<QMenu>(QStringLiteral("recentMenu"));
    emit recent->aboutToShow();
    ASSERT_FALSE(recent->actions().isEmpty());
    const QString text = recent->actions().first()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("sample.mlplan"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QFileInfo(dir.path()).fileName())) << text.toStdString();
}

TEST_F(MainWindowTest, DroppingFilesOpensOrImports)
{
    const QString other = dir.filePath(QStringLiteral("other.mlplan"));
    {
        Portfolio p;
        p.name = QStringLiteral("Other");
        ASSERT_TRUE(PortfolioFile::create(other, p).ok());
    }
    auto drop = [&](const QString &file) {
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(file) });
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(window.get(), &enter);
        EXPECT_TRUE(enter.isAccepted());
        QDropEvent event(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.get(), &event);
    };
    drop(other);
    EXPECT_EQ(document().filePath(), other);
    EXPECT_EQ(window->table()->model()->rowCount(), 0);

    const QString json = dir.filePath(QStringLiteral("sample.json"));
    {
        QFile f(json);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(io::exportJson(samplePortfolio(clock.now())));
    }
    drop(json);
    EXPECT_EQ(window->table()->model()->rowCount(), samplePortfolio(clock.now()).ideas.size());
    EXPECT_TRUE(errors.isEmpty()) << errors.join(QLatin1Char('\n')).toStdString();
}

TEST_F(MainWindowTest, ExportAndSaveACopy)
{
    const QString json = dir.filePath(QStringLiteral("out.json"));
    const QString csv = dir.filePath(QStringLiteral("out.csv"));
    const QString copy = dir.filePath(QStringLiteral("copy.mlplan"));
    ASSERT_TRUE(window->exportFile(json));
    ASSERT_TRUE(window->exportFile(csv));
    ASSERT_TRUE(window->saveCopyAs(copy));
    auto reimported = io::importJson(readAll(json));
    ASSERT_TRUE(reimported.ok());
    EXPECT_TRUE(sortedById(reimported.value()) == sortedById(document().portfolio()));
    EXPECT_FALSE(readAll(csv).isEmpty());
    auto opened = PortfolioFile::open(copy);
    ASSERT_TRUE(opened.ok());
}

TEST_F(MainWindowTest, GeometryAndRecentFilesPersist)
{
    window->close();
    const UiSettings &s = UiSettings::instance();
    EXPECT_FALSE(s.windowGeometry.value().isEmpty());
    EXPECT_FALSE(s.splitterState.value().isEmpty());
    ASSERT_FALSE(s.recentFiles.value().isEmpty());
    EXPECT_EQ(s.recentFiles.value().first(), QFileInfo(path).absoluteFilePath());
}

// A window that follows a portfolio someone else changes takes in a large change (a colleague's
// import of thousands of ideas) as one batch and keeps what its user was doing: the selected
// idea, where the table is scrolled to, and the text being typed.
#include "mainwindowfixture.h"

#include "ui/document/selection.h"
#include "ui/document/storefollower.h"

namespace mlp::ui::test {
namespace {

class RefreshWindow : public MainWindowTest
{
protected:
    void openViewer()
    {
        viewer = std::make_unique<MainWindow>(clock);
        viewer->setErrorReporter([this](const QString &title, const QString &message) {
            viewerErrors << title + QLatin1String(": ") + message;
        });
        viewer->setConfirmer([](const QString &, const QString &, const QString &,
                                const QString &) { return true; }); // open read-only
        viewer->setWindowState(Qt::WindowNoState);
        viewer->resize(1280, 800);
        viewer->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(viewer.get()));
        ASSERT_TRUE(viewer->openFile(path));
        ASSERT_TRUE(viewer->document()->isReadOnly());
    }

    std::unique_ptr<MainWindow> viewer;
    QStringList viewerErrors;
};

TEST_F(RefreshWindow, ALargeChangeKeepsTheSelectionTheScrollAndTheTyping)
{
    Portfolio big = generatedPortfolio(3000, 11, clock.now());
    ASSERT_TRUE(document().applyReplaceAll(big).ok());
    openViewer();
    QTableView *table = viewer->table();
    // The user scrolled down, picked an idea there and is renaming it.
    table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum() / 2);
    const int row = table->rowAt(table->viewport()->height() / 2);
    ASSERT_GE(row, 0);
    const qint64 picked = table->model()->index(row, 0).data(IdeasModel::IdRole).toLongLong();
    viewer->selectIds({ picked });
    const int scrolled = table->verticalScrollBar()->value();
    viewer->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(viewer.get()));
    auto *name = viewer->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    ASSERT_NE(name, nullptr);
    // A file is followed only by a read-only window, whose editor is locked; a shared
    // portfolio's window is followed while its user types. Unlock the field as that one is.
    EXPECT_TRUE(name->isReadOnly());
    name->setReadOnly(false);
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Half typed"));
    ASSERT_TRUE(name->isModified());

    // A colleague's import changes 2,000 ideas, the picked one among them.
    for (int i = 0; i < 2000; ++i)
        big.ideas[i].description = QStringLiteral("Imported again");
    big.find(picked)->description = QStringLiteral("Imported again");
    ASSERT_TRUE(document().applyReplaceAll(big).ok());
    QSignalSpy reset(viewer->ideasModel(), &QAbstractItemModel::modelReset);
    ASSERT_TRUE(viewer->follower()->checkNow());

    EXPECT_EQ(reset.count(), 1);
    EXPECT_TRUE(viewer->document()->portfolio() == document().portfolio());
    EXPECT_EQ(viewer->selection()->ids(), QList<qint64> { picked });
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().data(IdeasModel::IdRole).toLongLong(), picked);
    EXPECT_EQ(table->verticalScrollBar()->value(), scrolled);
    EXPECT_EQ(name->text(), QStringLiteral("Half typed"));
    EXPECT_TRUE(viewerErrors.isEmpty()) << viewerErrors.join(QLatin1Char('\n')).toStdString();
}

} // namespace
} // namespace mlp::ui::test

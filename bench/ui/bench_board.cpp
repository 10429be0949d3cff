// The lifecycle board with 10,000 projects, four in five of them finished, as in a portfolio
// that has run for years (generatedHistoryPortfolio): the real widgets on the offscreen
// platform over a real Document on a temporary .mlplan. The budgets (issue "Follow the
// projects", section Speed): the board opens within 500 ms after the portfolio, and a drag and
// drop move lands within 50 ms.

#include "core/domain/lifecycle.h"
#include "tests/support/fakeclock.h"
#include "tests/support/generatedportfolio.h"
#include "ui/board/boardcardview.h"
#include "ui/board/boardcolumnmodel.h"
#include "ui/board/boardmime.h"
#include "ui/board/lifecycleboard.h"
#include "ui/document/document.h"
#include "ui/models/ideasmodel.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QPixmap>
#include <QTabWidget>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

constexpr int kProjects = 10000;

struct BoardFixture
{
    QTemporaryDir dir;
    mlp::FakeClock clock;
    QString path;
};

BoardFixture &boardFixture()
{
    static BoardFixture *f = [] {
        auto *fx = new BoardFixture;
        fx->path = fx->dir.filePath(QStringLiteral("board.mlplan"));
        mlp::ui::Document document(fx->clock);
        const mlp::Status status = document.createFile(
            fx->path, mlp::generatedHistoryPortfolio(kProjects, 7, fx->clock.now()));
        if (!status.ok())
            qFatal("cannot create the board portfolio: %s", qPrintable(status.error().message));
        return fx;
    }();
    return *f;
}

double fastest(const std::vector<double> &runs)
{
    return runs.empty() ? 0.0 : *std::min_element(runs.begin(), runs.end());
}

// Everything posted so far (layouts, deferred updates, the board's repaint after a change).
void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

std::unique_ptr<mlp::ui::MainWindow> openWindow(benchmark::State &state, const QString &path)
{
    auto window = std::make_unique<mlp::ui::MainWindow>(boardFixture().clock);
    window->setErrorReporter([](const QString &, const QString &) {});
    window->resize(1400, 900);
    if (!window->openFile(path))
        state.SkipWithError("open failed");
    return window;
}

QAction *boardAction(mlp::ui::MainWindow &window)
{
    return window.findChild<QAction *>(QStringLiteral("actionShowBoardView"));
}

bool columnHolds(mlp::ui::BoardCardView *view, qint64 id)
{
    auto *model = static_cast<mlp::ui::BoardColumnModel *>(view->model());
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->idAt(row) == id)
            return true;
    }
    return false;
}

// In the window, with the portfolio open and the chart and table shown: Ctrl+2 (the tab
// switch) until the board's columns are laid out and painted. A new window each time, so each
// switch is the first, as when a user opens the board after opening the file.
void BM_BoardTabAfterOpen(benchmark::State &state)
{
    boardFixture();
    for (auto _ : state) {
        state.PauseTiming();
        std::unique_ptr<mlp::ui::MainWindow> window = openWindow(state, boardFixture().path);
        window->show();
        settle();
        state.ResumeTiming();
        boardAction(*window)->trigger();
        settle();
        const QPixmap painted = window->board()->grab();
        benchmark::DoNotOptimize(painted.cacheKey());
        state.PauseTiming();
        if (window->board()->stageView(mlp::Stage::Planning)->model()->rowCount() == 0)
            state.SkipWithError("the board is empty");
        window.reset();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_BoardTabAfterOpen)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5)
    ->ComputeStatistics("best", fastest);

// The board built from nothing over an open document: the five columns filtered and sorted
// over 10,000 projects, the flow analytics for the headers and cards, shown and painted.
void BM_BoardBuildAndPaint(benchmark::State &state)
{
    mlp::ui::Document document(boardFixture().clock);
    if (!document.openFile(boardFixture().path).ok()) {
        state.SkipWithError("open failed");
        return;
    }
    mlp::ui::IdeasModel ideas(&document);
    for (auto _ : state) {
        auto board = std::make_unique<mlp::ui::LifecycleBoard>(&document, &ideas);
        board->resize(1400, 800);
        board->show();
        settle();
        const QPixmap painted = board->grab();
        benchmark::DoNotOptimize(painted.cacheKey());
        state.PauseTiming();
        board.reset();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_BoardBuildAndPaint)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5)
    ->ComputeStatistics("best", fastest);

// Opening the file with the board already showing (the window remembers the board as the
// current view): File > Open until the board is painted. For comparison with the window's
// open to the chart (BM_WindowOpenToFirstPaint).
void BM_WindowOpenOnBoard(benchmark::State &state)
{
    boardFixture();
    for (auto _ : state) {
        state.PauseTiming();
        auto window = std::make_unique<mlp::ui::MainWindow>(boardFixture().clock);
        window->setErrorReporter([](const QString &, const QString &) {});
        window->resize(1400, 900);
        boardAction(*window)->trigger();
        window->show();
        settle();
        state.ResumeTiming();
        if (!window->openFile(boardFixture().path))
            state.SkipWithError("open failed");
        settle();
        const QPixmap painted = window->board()->grab();
        benchmark::DoNotOptimize(painted.cacheKey());
        state.PauseTiming();
        window.reset();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_WindowOpenOnBoard)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5)
    ->ComputeStatistics("best", fastest);

// A card dragged from Planning and dropped on Data collection, in the window with the board
// showing: the drop reaches the column's model as our MIME type (as the view's dropEvent
// passes it on), the move is written to the file (one committed transaction) and made
// undoable, every view follows, and the card shows in its new column, selected.
void BM_BoardDropMove(benchmark::State &state)
{
    // The moves are written to the file: each run starts from its own copy of the portfolio.
    const QString path = boardFixture().dir.filePath(QStringLiteral("drop.mlplan"));
    QFile::remove(path);
    if (!QFile::copy(boardFixture().path, path)) {
        state.SkipWithError("cannot copy the portfolio");
        return;
    }
    std::unique_ptr<mlp::ui::MainWindow> window = openWindow(state, path);
    boardAction(*window)->trigger();
    window->show();
    settle();
    mlp::ui::LifecycleBoard *board = window->board();
    mlp::ui::BoardCardView *planning = board->stageView(mlp::Stage::Planning);
    mlp::ui::BoardCardView *data = board->stageView(mlp::Stage::Data);
    auto *source = static_cast<mlp::ui::BoardColumnModel *>(planning->model());
    auto *target = static_cast<mlp::ui::BoardColumnModel *>(data->model());
    int moved = 0;
    for (auto _ : state) {
        state.PauseTiming();
        if (source->rowCount() == 0) {
            state.SkipWithError("no project left in Planning");
            break;
        }
        // The drag: the first card of Planning, its MIME data made as the view makes it.
        const QModelIndex card = source->index(0, mlp::ui::IdeasModel::NameColumn);
        const qint64 id = source->idAt(0);
        std::unique_ptr<QMimeData> dragged(source->mimeData({ card }));
        state.ResumeTiming();
        if (!target->dropMimeData(dragged.get(), Qt::MoveAction, -1, -1, {}))
            state.SkipWithError("the drop was refused");
        settle();
        if (!columnHolds(data, id) || !data->selectedIds().contains(id))
            state.SkipWithError("the card did not land in Data collection");
        ++moved;
    }
    state.counters["moved"] = moved;
}
BENCHMARK(BM_BoardDropMove)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(100)
    ->ComputeStatistics("best", fastest);

} // namespace

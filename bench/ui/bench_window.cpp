// Drives the real widgets on the offscreen platform with generated ideas (10,000 unless
// MLP_BENCH_IDEAS says how many; MLP_BENCH_FILE names a .mlplan to open instead, such as one
// written by bench_generate): opening to the first painted chart, hover feedback, one frame of
// a drag, and one filter keystroke. The budgets (issue "Scale: linear to 100,000 ideas") are
// 2 s at 100,000 ideas, 16 ms, 16 ms and 50 ms. The tests check only that these work; their
// timings are measured here.

#include "core/domain/clock.h"
#include "core/domain/sample.h"
#include "tests/support/fakeclock.h"
#include "tests/support/generatedportfolio.h"
#include "ui/chart/portfoliochartview.h"
#include "ui/document/document.h"
#include "ui/models/ideafiltermodel.h"
#include "ui/models/ideasmodel.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPixmap>
#include <QSettings>
#include <QTemporaryDir>
#include <QWheelEvent>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

int ideaCount()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("MLP_BENCH_IDEAS", &ok);
    return ok && n > 0 ? n : 10000;
}

struct Fixture
{
    QTemporaryDir dir;
    mlp::FakeClock clock;
    QString path;
};

Fixture &fixture()
{
    static Fixture *f = [] {
        auto *fx = new Fixture;
        const QString given = qEnvironmentVariable("MLP_BENCH_FILE");
        if (!given.isEmpty()) {
            fx->path = given;
            return fx;
        }
        fx->path = fx->dir.filePath(QStringLiteral("bench.mlplan"));
        mlp::ui::Document document(fx->clock);
        const mlp::Status status = document.createFile(
            fx->path, mlp::generatedPortfolio(ideaCount(), 42, fx->clock.now()));
        if (!status.ok())
            qFatal("cannot create the benchmark portfolio: %s", qPrintable(status.error().message));
        return fx;
    }();
    return *f;
}

double best(const std::vector<double> &runs)
{
    return runs.empty() ? 0.0 : *std::min_element(runs.begin(), runs.end());
}

void drain()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

// A chart on its own, opened and painted once, for the interaction benchmarks.
struct OpenChart
{
    OpenChart()
        : document(fixture().clock)
    {
        if (!document.openFile(fixture().path).ok())
            qFatal("cannot open the benchmark portfolio");
        chart = std::make_unique<mlp::ui::PortfolioChartView>(&document);
        chart->resize(1200, 800);
        chart->show();
        drain();
        viewport = chart->childAt(chart->rect().center());
    }
    ~OpenChart() { chart.reset(); }

    QPoint local(QPointF chartPos) const
    {
        return viewport->mapFrom(chart.get(), chartPos.toPoint());
    }
    void send(QEvent::Type type, QPoint pos, Qt::MouseButton button, Qt::MouseButtons buttons)
    {
        QMouseEvent e(type, QPointF(pos), QPointF(viewport->mapToGlobal(pos)), button, buttons,
                      Qt::NoModifier);
        QApplication::sendEvent(viewport, &e);
    }
    // The n-th idea that is drawn (some generated ideas are left unscored).
    qint64 ideaAt(int n) const
    {
        for (const mlp::Idea &idea : document.portfolio().ideas) {
            if (!chart->positionOf(idea.id).isNull() && n-- == 0)
                return idea.id;
        }
        return 0;
    }

    mlp::ui::Document document;
    std::unique_ptr<mlp::ui::PortfolioChartView> chart;
    QWidget *viewport = nullptr;
};

// Builds the chart on an open document, shows it and waits until it is painted; hiding it is
// not timed.
void buildShowAndPaintChart(mlp::ui::Document &document, benchmark::State &state)
{
    mlp::ui::PortfolioChartView chart(&document);
    chart.resize(1200, 800);
    chart.show();
    QCoreApplication::processEvents();
    const QPixmap painted = chart.grab();
    benchmark::DoNotOptimize(painted.cacheKey());
    state.PauseTiming();
    chart.hide();
    state.ResumeTiming();
}

// Open the file, build the chart, show it and paint it into a pixmap.
void BM_ChartOpenToFirstPaint(benchmark::State &state)
{
    fixture();
    for (auto _ : state) {
        mlp::ui::Document document(fixture().clock);
        if (!document.openFile(fixture().path).ok())
            state.SkipWithError("open failed");
        buildShowAndPaintChart(document, state);
    }
}
BENCHMARK(BM_ChartOpenToFirstPaint)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->ComputeStatistics("best", best);

// The chart alone on an already open document: build the series and decorations, show, paint.
void BM_ChartBuildAndPaint(benchmark::State &state)
{
    mlp::ui::Document document(fixture().clock);
    if (!document.openFile(fixture().path).ok()) {
        state.SkipWithError("open failed");
        return;
    }
    for (auto _ : state) {
        buildShowAndPaintChart(document, state);
    }
}
BENCHMARK(BM_ChartBuildAndPaint)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->ComputeStatistics("best", best);

// The whole window: File > Open, then everything painted (table, chart, editor).
void BM_WindowOpenToFirstPaint(benchmark::State &state)
{
    fixture();
    for (auto _ : state) {
        mlp::ui::MainWindow window(fixture().clock);
        window.setErrorReporter([](const QString &, const QString &) {});
        window.resize(1400, 900);
        if (!window.openFile(fixture().path))
            state.SkipWithError("open failed");
        window.show();
        QCoreApplication::processEvents();
        const QPixmap painted = window.grab();
        benchmark::DoNotOptimize(painted.cacheKey());
        state.PauseTiming();
        window.hide();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_WindowOpenToFirstPaint)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->ComputeStatistics("best", best);

// Repainting every point, for comparison: what a drag frame must avoid.
void BM_ChartFullRepaint(benchmark::State &state)
{
    OpenChart open;
    for (auto _ : state)
        open.viewport->repaint();
}
BENCHMARK(BM_ChartFullRepaint)->Unit(benchmark::kMillisecond)->ComputeStatistics("best", best);

// Mouse move onto another point: hit test, hover ring, tooltip text and tooltip shown, and
// the repaint of what changed.
void BM_ChartHover(benchmark::State &state)
{
    OpenChart open;
    const QPoint a = open.local(open.chart->positionOf(open.ideaAt(10)));
    const QPoint b = open.local(open.chart->positionOf(open.ideaAt(20)));
    bool flip = false;
    for (auto _ : state) {
        flip = !flip;
        open.send(QEvent::MouseMove, flip ? a : b, Qt::NoButton, Qt::NoButton);
        if (open.chart->currentToolTip().isEmpty())
            state.SkipWithError("no tooltip");
        drain();
    }
}
BENCHMARK(BM_ChartHover)->Unit(benchmark::kMillisecond)->ComputeStatistics("best", best);

// The tooltip text alone: hit test, breakdown of both coordinates, HTML.
void BM_ChartToolTipText(benchmark::State &state)
{
    OpenChart open;
    const QPoint a = open.chart->positionOf(open.ideaAt(10)).toPoint();
    for (auto _ : state) {
        const QString tip = open.chart->toolTipAt(a);
        benchmark::DoNotOptimize(tip.size());
    }
}
BENCHMARK(BM_ChartToolTipText)->Unit(benchmark::kMillisecond)->ComputeStatistics("best", best);

// Hover without the tooltip window being repainted: the move and the hover ring.
void BM_ChartHoverMoveOnly(benchmark::State &state)
{
    OpenChart open;
    const QPoint a = open.local(open.chart->positionOf(open.ideaAt(10)));
    const QPoint b = open.local(open.chart->positionOf(open.ideaAt(20)));
    bool flip = false;
    for (auto _ : state) {
        flip = !flip;
        open.send(QEvent::MouseMove, flip ? a : b, Qt::NoButton, Qt::NoButton);
    }
}
BENCHMARK(BM_ChartHoverMoveOnly)->Unit(benchmark::kMillisecond)->ComputeStatistics("best", best);

// One mouse move while dragging a point, and the repaint of what changed.
void BM_ChartDragFrame(benchmark::State &state)
{
    OpenChart open;
    const QPoint start = open.local(open.chart->positionOf(open.ideaAt(5)));
    open.send(QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
    open.send(QEvent::MouseMove, start + QPoint(20, 0), Qt::NoButton, Qt::LeftButton);
    drain();
    int step = 0;
    for (auto _ : state) {
        ++step;
        const QPoint at = start + QPoint(20 + (step % 40) * 3, -(step % 25) * 2);
        open.send(QEvent::MouseMove, at, Qt::NoButton, Qt::LeftButton);
        drain();
    }
    QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QApplication::sendEvent(open.viewport->parentWidget(), &escape);
}
BENCHMARK(BM_ChartDragFrame)->Unit(benchmark::kMillisecond)->ComputeStatistics("best", best);

// Dropping a dragged point: the undoable override written to the file, the point moved in its
// series, and the repaint. Happens once per drag, not per frame.
void BM_ChartDrop(benchmark::State &state)
{
    OpenChart open;
    int step = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QPoint start = open.local(open.chart->positionOf(open.ideaAt(100 + step)));
        const QPoint end = start + QPoint(30 + step % 7, -25);
        ++step;
        open.send(QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
        open.send(QEvent::MouseMove, end, Qt::NoButton, Qt::LeftButton);
        drain();
        state.ResumeTiming();
        open.send(QEvent::MouseButtonRelease, end, Qt::LeftButton, Qt::NoButton);
        drain();
    }
}
BENCHMARK(BM_ChartDrop)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(20)
    ->ComputeStatistics("best", best);

// The settings dialog previews every keystroke (in memory, nothing written): a new impact
// threshold moves the quadrant lines and relabels quadrants but moves no point.
void BM_ChartThresholdPreview(benchmark::State &state)
{
    OpenChart open;
    const QString name = open.document.portfolio().name;
    mlp::ScoringConfig config = open.document.portfolio().config;
    bool flip = false;
    for (auto _ : state) {
        flip = !flip;
        config.impactThreshold = flip ? 6.0 : 5.0;
        open.document.previewSettings(name, config); // as the dialog does: memory only
        drain();
    }
}
BENCHMARK(BM_ChartThresholdPreview)->Unit(benchmark::kMillisecond)->ComputeStatistics("best", best);

// One wheel notch over the plot (in, then out on the next iteration): the axes' range changes,
// every point and decoration is placed again, and the plot is repainted.
void BM_ChartWheelZoom(benchmark::State &state)
{
    OpenChart open;
    const QPoint at = open.local(open.chart->plotArea().center());
    bool in = false;
    for (auto _ : state) {
        in = !in;
        QWheelEvent wheel(QPointF(at), QPointF(open.viewport->mapToGlobal(at)), QPoint(),
                          QPoint(0, in ? 120 : -120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(open.viewport, &wheel);
        drain();
    }
}
BENCHMARK(BM_ChartWheelZoom)->Unit(benchmark::kMillisecond)->ComputeStatistics("best", best);

// One mouse move while panning a zoomed chart with the middle button, and the repaint.
void BM_ChartPanFrame(benchmark::State &state)
{
    OpenChart open;
    open.chart->zoomIn();
    open.chart->zoomIn();
    open.chart->zoomIn();
    drain();
    const QPoint start = open.local(open.chart->plotArea().center());
    open.send(QEvent::MouseButtonPress, start, Qt::MiddleButton, Qt::MiddleButton);
    int step = 0;
    for (auto _ : state) {
        ++step;
        const QPoint at = start + QPoint((step % 2) ? 6 : -6, (step % 2) ? 4 : -4);
        open.send(QEvent::MouseMove, at, Qt::NoButton, Qt::MiddleButton);
        drain();
    }
    open.send(QEvent::MouseButtonRelease, start, Qt::MiddleButton, Qt::NoButton);
}
BENCHMARK(BM_ChartPanFrame)->Unit(benchmark::kMillisecond)->ComputeStatistics("best", best);

// One keystroke in the window's filter box, with the table repainted.
void BM_WindowFilterKeystroke(benchmark::State &state)
{
    mlp::ui::MainWindow window(fixture().clock);
    window.setErrorReporter([](const QString &, const QString &) {});
    window.resize(1400, 900);
    if (!window.openFile(fixture().path)) {
        state.SkipWithError("open failed");
        return;
    }
    window.show();
    drain();
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterText"));
    if (!filter) {
        state.SkipWithError("no filter box");
        return;
    }
    filter->setFocus();
    const QString word = QStringLiteral("model");
    int i = 0;
    for (auto _ : state) {
        if (i == word.size()) {
            state.PauseTiming();
            filter->clear();
            drain();
            i = 0;
            state.ResumeTiming();
        }
        const QChar ch = word.at(i);
        QKeyEvent press(QEvent::KeyPress, Qt::Key_A + (ch.unicode() - 'a'), Qt::NoModifier,
                        QString(ch));
        QApplication::sendEvent(filter, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_A + (ch.unicode() - 'a'), Qt::NoModifier,
                          QString(ch));
        QApplication::sendEvent(filter, &release);
        ++i;
        drain();
    }
}
BENCHMARK(BM_WindowFilterKeystroke)->Unit(benchmark::kMillisecond)->ComputeStatistics("best", best);

// One keystroke in a filter that the chart follows (as it follows the window's table), without
// the table: the filter model, the chart reading the list again and moving its points, and
// the repaint. Typing the start of a name and deleting it again.
void BM_ChartFilterKeystroke(benchmark::State &state)
{
    OpenChart open;
    mlp::ui::IdeasModel model(&open.document);
    mlp::ui::IdeaFilterModel filter;
    filter.setSourceModel(&model);
    open.chart->setFilterModel(&filter);
    drain();
    const QString typed = open.document.portfolio().ideas.at(1).name.left(8);
    QStringList texts;
    for (int i = 1; i <= typed.size(); ++i)
        texts << typed.left(i);
    for (int i = typed.size() - 1; i >= 0; --i)
        texts << typed.left(i);
    int i = 0;
    for (auto _ : state) {
        filter.setText(texts.at(i));
        drain();
        i = (i + 1) % int(texts.size());
    }
}
BENCHMARK(BM_ChartFilterKeystroke)->Unit(benchmark::kMillisecond)->ComputeStatistics("best", best);

// One keystroke in the filter model alone (no view): what the filter itself costs over
// the portfolio's ideas, typing the start of a name and deleting it again.
void BM_FilterModelKeystroke(benchmark::State &state)
{
    mlp::ui::Document document(fixture().clock);
    if (!document.openFile(fixture().path).ok()) {
        state.SkipWithError("open failed");
        return;
    }
    mlp::ui::IdeasModel model(&document);
    mlp::ui::IdeaFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(mlp::ui::IdeasModel::NameColumn, Qt::AscendingOrder);
    const QString typed = document.portfolio().ideas.at(1234).name.left(8);
    QStringList texts;
    for (int i = 1; i <= typed.size(); ++i)
        texts << typed.left(i);
    for (int i = typed.size() - 1; i >= 0; --i)
        texts << typed.left(i);
    int i = 0;
    for (auto _ : state) {
        filter.setText(texts.at(i));
        benchmark::DoNotOptimize(filter.rowCount());
        i = (i + 1) % int(texts.size());
    }
}
BENCHMARK(BM_FilterModelKeystroke)->Unit(benchmark::kMillisecond)->ComputeStatistics("best", best);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Keep the window's saved state away from the user's own settings.
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("MLPlannerBenchmark"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_ui"));

    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

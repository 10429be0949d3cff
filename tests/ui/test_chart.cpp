#include "charttestsupport.h"
#include "core/domain/sample.h"
#include "tests/support/generatedportfolio.h"
#include "ui/chart/chartstyle.h"
#include "ui/chart/portfoliochartview.h"
#include "ui/document/document.h"
#include "ui/editor/editlock.h"
#include "ui/models/ideafiltermodel.h"
#include "ui/models/ideasmodel.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QImage>
#include <QInputDialog>
#include <QLineF>
#include <QMenu>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

using mlp::ui::Document;
using mlp::ui::PortfolioChartView;

using namespace mlp::ui::charttest;

TEST_F(ChartTest, ClickingAPointEmitsItsId)
{
    open(smallPortfolio());
    QSignalSpy spy(m_chart.get(), &PortfolioChartView::ideaClicked);
    const QPointF at = m_chart->positionOf(2);
    ASSERT_FALSE(at.isNull());
    auto [w, local] = target(at);
    ASSERT_NE(w, nullptr);
    QTest::mouseClick(w, Qt::LeftButton, Qt::ControlModifier, local);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toLongLong(), 2);
    EXPECT_EQ(spy.at(0).at(1).value<Qt::KeyboardModifiers>(),
              Qt::KeyboardModifiers(Qt::ControlModifier));
}

TEST_F(ChartTest, ClickingEmptySpaceEmitsNothing)
{
    open(smallPortfolio());
    QSignalSpy spy(m_chart.get(), &PortfolioChartView::ideaClicked);
    const QPointF cross = m_chart->thresholdPosition();
    auto [w, local] = target(cross + QPointF(-150, -150));
    ASSERT_NE(w, nullptr);
    QTest::mouseClick(w, Qt::LeftButton, Qt::NoModifier, local);
    EXPECT_EQ(spy.count(), 0);
}

TEST_F(ChartTest, SelectedIdeasAreLabelled)
{
    mlp::Portfolio p;
    p.name = QStringLiteral("Many");
    for (int i = 1; i <= 40; ++i)
        p.ideas.append(idea(i, QStringLiteral("Idea %1").arg(i), 1 + i % 5, 1 + (i / 5) % 5));
    p.ideas.append(idea(99, QStringLiteral("The weakest idea"), 1, 1));
    open(p);
    EXPECT_FALSE(m_chart->labelTexts().contains(QStringLiteral("The weakest idea")));
    EXPECT_LE(m_chart->visibleLabelCount(), 10);

    m_chart->setSelectedIds({ 99 });
    EXPECT_EQ(m_chart->selectedIds(), QList<qint64> { 99 });
    EXPECT_TRUE(m_chart->labelTexts().contains(QStringLiteral("The weakest idea")));

    m_chart->setSelectedIds({});
    EXPECT_FALSE(m_chart->labelTexts().contains(QStringLiteral("The weakest idea")));
}

TEST_F(ChartTest, DraggingAPointSetsAnOverrideAndUndoRestoresIt)
{
    open(smallPortfolio());
    const mlp::Idea before = *m_document->portfolio().find(1);
    const mlp::Score scoreBefore = *m_document->scoreFor(1);
    const QPointF from = m_chart->positionOf(1);
    const QPointF to = from + QPointF(120, -90);
    drag(from, to);

    const mlp::Idea *after = m_document->portfolio().find(1);
    ASSERT_TRUE(after->manualOverride.isSet());
    EXPECT_EQ(after->raters, before.raters) << "the answers are never rewritten";
    const mlp::Score *score = m_document->scoreFor(1);
    EXPECT_TRUE(score->impactOverridden);
    EXPECT_TRUE(score->feasibilityOverridden);
    EXPECT_GT(*score->impact, *scoreBefore.impact);
    EXPECT_GT(*score->feasibility, *scoreBefore.feasibility);
    EXPECT_NEAR(m_chart->positionOf(1).x(), to.x(), 6.0);
    EXPECT_NEAR(m_chart->positionOf(1).y(), to.y(), 6.0);
    EXPECT_TRUE(m_chart->isMarkedAsOverride(1));
    EXPECT_TRUE(m_chart->toolTipAt(m_chart->positionOf(1).toPoint())
                    .contains(QStringLiteral("placed by hand")));
    EXPECT_EQ(m_document->undoStack()->count(), 1);

    m_document->undoStack()->undo();
    settle();
    EXPECT_FALSE(m_document->portfolio().find(1)->manualOverride.isSet());
    EXPECT_DOUBLE_EQ(*m_document->scoreFor(1)->impact, *scoreBefore.impact);
    EXPECT_NEAR(m_chart->positionOf(1).x(), from.x(), 0.5);
    EXPECT_NEAR(m_chart->positionOf(1).y(), from.y(), 0.5);
    EXPECT_FALSE(m_chart->isMarkedAsOverride(1));
}

TEST_F(ChartTest, AReadOnlyPortfolioCannotBePlacedByHandAndTheMenuSaysSo)
{
    open(smallPortfolio());
    const QString path = m_document->filePath();
    m_document->close();
    ASSERT_TRUE(m_document->openFile(path, mlp::PortfolioStore::Access::Read).ok());
    ASSERT_TRUE(m_document->isReadOnly());
    settle();
    const QPointF from = m_chart->positionOf(1);
    ASSERT_FALSE(from.isNull());
    drag(from, from + QPointF(120, -90));
    // No drag is shown that the store would refuse: the reason, at once.
    EXPECT_EQ(QToolTip::text(), mlp::ui::EditLock::whyNotIdeas(m_document->permissions()));
    EXPECT_FALSE(QToolTip::text().isEmpty());
    EXPECT_FALSE(m_document->portfolio().find(1)->manualOverride.isSet());
    EXPECT_NEAR(m_chart->positionOf(1).x(), from.x(), 0.5);
    EXPECT_NEAR(m_chart->positionOf(1).y(), from.y(), 0.5);
    EXPECT_EQ(m_document->undoStack()->count(), 0);
}

TEST_F(ChartTest, ClearingAnOverrideRemovesTheMark)
{
    mlp::Portfolio p = smallPortfolio();
    p.ideas[0].manualOverride = mlp::ManualOverride { 9.0, 9.0, QStringLiteral("Board priority") };
    open(p);
    EXPECT_TRUE(m_chart->isMarkedAsOverride(1));
    EXPECT_TRUE(m_chart->toolTipAt(m_chart->positionOf(1).toPoint())
                    .contains(QStringLiteral("Board priority")));
    ASSERT_TRUE(m_document->clearOverride(1).ok());
    EXPECT_FALSE(m_chart->isMarkedAsOverride(1));
}

TEST_F(ChartTest, SettingsChangeMovesTheQuadrantLines)
{
    open(smallPortfolio());
    const QPointF before = m_chart->thresholdPosition();
    mlp::ScoringConfig config = m_document->portfolio().config;
    config.impactThreshold = 7.5;
    config.feasibilityThreshold = 2.5;
    ASSERT_TRUE(m_document->setSettings(m_document->portfolio().name, config).ok());
    settle();
    const QPointF after = m_chart->thresholdPosition();
    EXPECT_LT(after.y(), before.y() - 20) << "a higher impact threshold sits higher";
    EXPECT_LT(after.x(), before.x() - 20) << "a lower feasibility threshold sits further left";
    m_document->undoStack()->undo();
    settle();
    EXPECT_NEAR(m_chart->thresholdPosition().x(), before.x(), 0.5);
    EXPECT_NEAR(m_chart->thresholdPosition().y(), before.y(), 0.5);
}

TEST_F(ChartTest, ColourAndSizeModesChangeTheLegend)
{
    open(smallPortfolio());
    const QString software2 = mlp::archetypeInfo(mlp::Archetype::Software2).name;
    const QString planning = mlp::stageDisplayName(mlp::Stage::Planning);
    EXPECT_TRUE(m_chart->legendTexts().contains(software2));
    EXPECT_FALSE(m_chart->legendTexts().contains(planning));

    m_chart->setColorMode(PortfolioChartView::ColorMode::Stage);
    EXPECT_EQ(m_chart->colorMode(), PortfolioChartView::ColorMode::Stage);
    EXPECT_TRUE(m_chart->legendTexts().contains(planning));
    EXPECT_FALSE(m_chart->legendTexts().contains(software2));

    using Style = mlp::ui::ChartStyle;
    m_chart->setSizeMode(PortfolioChartView::SizeMode::RaterSpread);
    EXPECT_TRUE(m_chart->legendTexts().contains(
        Style::sizeModeTitle(PortfolioChartView::SizeMode::RaterSpread)));
    m_chart->setSizeMode(PortfolioChartView::SizeMode::EstimatedCost);
    EXPECT_TRUE(m_chart->legendTexts().contains(
        Style::sizeModeTitle(PortfolioChartView::SizeMode::EstimatedCost)));
    m_chart->setSizeMode(PortfolioChartView::SizeMode::Uniform);
    EXPECT_TRUE(m_chart->legendTexts().contains(
        Style::sizeModeTitle(PortfolioChartView::SizeMode::Uniform)));

    // Points survive a mode switch and are still hit where they are drawn.
    QSignalSpy spy(m_chart.get(), &PortfolioChartView::ideaClicked);
    auto [w, local] = target(m_chart->positionOf(3));
    QTest::mouseClick(w, Qt::LeftButton, Qt::NoModifier, local);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).toLongLong(), 3);
}

TEST_F(ChartTest, HoverShowsNameQuadrantAndBreakdown)
{
    open(smallPortfolio());
    auto [w, local] = target(m_chart->positionOf(1));
    ASSERT_NE(w, nullptr);
    sendMove(w, local, Qt::NoButton);
    const QString tip = m_chart->currentToolTip();
    const mlp::Score *score = m_document->scoreFor(1);
    EXPECT_TRUE(tip.contains(QStringLiteral("Churn model"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(mlp::quadrantName(score->quadrant, m_document->portfolio().config)));
    EXPECT_TRUE(tip.contains(QStringLiteral("Impact")));
    EXPECT_TRUE(tip.contains(QStringLiteral("Feasibility")));
    EXPECT_TRUE(tip.contains(mlp::groupDisplayName(mlp::QuestionGroup::DataAvailability)));

    auto [w2, empty] = target(m_chart->thresholdPosition() + QPointF(-160, -160));
    sendMove(w2, empty, Qt::NoButton);
    EXPECT_TRUE(m_chart->currentToolTip().isEmpty());
}

// The hover card and the command line's `explain` show one breakdown, built in the core.
TEST_F(ChartTest, HoverCardShowsTheBreakdownThatExplainPrints)
{
    mlp::Portfolio p = smallPortfolio();
    p.ideas[0].raters.append(rater(QStringLiteral("Bob"), 2, 2));
    open(p);
    auto [w, local] = target(m_chart->positionOf(1));
    ASSERT_NE(w, nullptr);
    sendMove(w, local, Qt::NoButton);
    const mlp::Portfolio &opened = m_document->portfolio();
    const QString breakdown
        = mlp::explainText(mlp::explain(*opened.find(1), opened.config), opened.config);
    const QString tip = m_chart->currentToolTip();
    EXPECT_TRUE(tip.endsWith(breakdown)) << tip.toStdString() << "\n---\n"
                                         << breakdown.toStdString();
}

TEST_F(ChartTest, RaterSpreadAndUnscoredIdeas)
{
    mlp::Portfolio p = smallPortfolio();
    p.ideas[0].raters.append(rater(QStringLiteral("Bob"), 2, 2));
    mlp::Idea blank = idea(4, QStringLiteral("Not yet rated"), 3, 3);
    blank.raters.clear();
    p.ideas.append(blank);
    open(p);
    EXPECT_EQ(m_chart->raterSpreadCount(), 1);
    EXPECT_EQ(m_chart->unscoredCount(), 1);
    EXPECT_TRUE(m_chart->positionOf(4).isNull());
    EXPECT_TRUE(m_chart->legendTexts().join(QLatin1Char('\n')).contains(QLatin1String("1 idea")));
}

TEST_F(ChartTest, EditsAddAndRemovePoints)
{
    open(smallPortfolio());
    ASSERT_TRUE(m_document->addIdea(idea(0, QStringLiteral("Late arrival"), 5, 2)).ok());
    settle();
    const qint64 added = m_document->portfolio().ideas.last().id;
    EXPECT_FALSE(m_chart->positionOf(added).isNull());
    ASSERT_TRUE(m_document->removeIdeas({ 2 }).ok());
    settle();
    EXPECT_TRUE(m_chart->positionOf(2).isNull());
    EXPECT_FALSE(m_chart->positionOf(1).isNull());
    EXPECT_FALSE(m_chart->positionOf(3).isNull());
    m_document->undoStack()->undo();
    settle();
    EXPECT_FALSE(m_chart->positionOf(2).isNull());

    // Every remaining point is still found where it is drawn.
    for (qint64 id : { qint64(1), qint64(2), qint64(3), added }) {
        const QString tip = m_chart->toolTipAt(m_chart->positionOf(id).toPoint());
        EXPECT_TRUE(tip.contains(m_document->portfolio().find(id)->name)) << id;
    }
}

TEST_F(ChartTest, TenThousandIdeasKeepLabelsBounded)
{
    open(mlp::generatedPortfolio(10000, 7, m_clock.now()));
    EXPECT_GT(m_chart->visibleLabelCount(), 0);
    EXPECT_LE(m_chart->visibleLabelCount(), 10);
    QList<qint64> many;
    for (int i = 0; i < 500; ++i)
        many.append(m_document->portfolio().ideas[i].id);
    m_chart->setSelectedIds(many);
    EXPECT_LE(m_chart->visibleLabelCount(), 30);
    EXPECT_LE(m_chart->raterSpreadCount(), 20);
}

TEST_F(ChartTest, WeightChangesMoveOnlyTheAffectedPoints)
{
    mlp::Portfolio p = smallPortfolio();
    mlp::Idea mixed = idea(4, QStringLiteral("Data rich, hard problem"), 3, 1);
    for (int q = 0; q < mlp::kQuestionCount; ++q) {
        if (mlp::questions()[static_cast<size_t>(q)].group == mlp::QuestionGroup::DataAvailability)
            mixed.raters[0].answers[static_cast<size_t>(q)] = 5;
    }
    p.ideas.append(mixed);
    open(p);
    const QPointF mixedBefore = m_chart->positionOf(4);
    const QPointF uniformBefore = m_chart->positionOf(2);

    mlp::ScoringConfig config = m_document->portfolio().config;
    config.driverWeights = { 1.0, 2.0, 3.0 };
    ASSERT_TRUE(m_document->setSettings(m_document->portfolio().name, config).ok());
    settle();
    EXPECT_LT(m_chart->positionOf(4).x(), mixedBefore.x() - 10)
        << "data availability now weighs less";
    EXPECT_EQ(m_chart->positionOf(2), uniformBefore);
    EXPECT_TRUE(
        m_chart->toolTipAt(m_chart->positionOf(4).toPoint()).contains(QStringLiteral("Data rich")));

    m_document->undoStack()->undo();
    settle();
    EXPECT_NEAR(m_chart->positionOf(4).x(), mixedBefore.x(), 0.5);
}

TEST_F(ChartTest, EscapeCancelsADrag)
{
    open(smallPortfolio());
    const QPointF from = m_chart->positionOf(3);
    auto [w, local] = target(from);
    QTest::mousePress(w, Qt::LeftButton, Qt::NoModifier, local);
    sendMove(w, local + QPoint(40, -40), Qt::LeftButton);
    sendMove(w, local + QPoint(80, -80), Qt::LeftButton);
    QTest::keyClick(w->parentWidget(), Qt::Key_Escape);
    QTest::mouseRelease(w, Qt::LeftButton, Qt::NoModifier, local + QPoint(80, -80));
    settle();
    EXPECT_FALSE(m_document->portfolio().find(3)->manualOverride.isSet());
    EXPECT_EQ(m_document->undoStack()->count(), 0);
    EXPECT_EQ(m_chart->positionOf(3), from);
}

TEST_F(ChartTest, ContextMenuClearsAManualPlacement)
{
    mlp::Portfolio p = smallPortfolio();
    p.ideas[1].manualOverride = mlp::ManualOverride { 8.0, 8.0, QStringLiteral("Pinned") };
    open(p);
    ASSERT_TRUE(m_chart->isMarkedAsOverride(2));
    auto [w, local] = target(m_chart->positionOf(2));
    ASSERT_NE(w, nullptr);
    bool sawMenu = false;
    QTimer::singleShot(0, [&sawMenu] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        auto *clear = menu->findChild<QAction *>(QStringLiteral("chartClearPlacement"));
        if (!clear)
            return;
        sawMenu = true;
        menu->setActiveAction(clear);
        QTest::keyClick(menu, Qt::Key_Return);
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, local, w->mapToGlobal(local));
    QApplication::sendEvent(w, &event);
    settle();
    ASSERT_TRUE(sawMenu);
    EXPECT_FALSE(m_document->portfolio().find(2)->manualOverride.isSet());
    EXPECT_FALSE(m_chart->isMarkedAsOverride(2));
    m_document->undoStack()->undo();
    settle();
    EXPECT_TRUE(m_chart->isMarkedAsOverride(2));
}

// ---- The table's filters (the chart shows what the table lists) ---------------------------

namespace {

mlp::Portfolio sixteenIdeas()
{
    mlp::Portfolio p;
    p.name = QStringLiteral("Sixteen");
    for (int i = 1; i <= 16; ++i) {
        const QString name
            = i <= 2 ? QStringLiteral("Fraud signal %1").arg(i) : QStringLiteral("Idea %1").arg(i);
        p.ideas.append(idea(i, name, 1 + i % 5, 1 + (i / 3) % 5));
    }
    return p;
}

} // namespace

TEST_F(ChartTest, ShowsOnlyTheIdeasTheFilteredTableLists)
{
    open(sixteenIdeas());
    mlp::ui::IdeasModel ideas(m_document.get());
    mlp::ui::IdeaFilterModel filtered;
    filtered.setSourceModel(&ideas);
    m_chart->setFilterModel(&filtered);
    settle();
    EXPECT_TRUE(m_chart->filterNote().isEmpty()) << "every idea is listed";

    filtered.setText(QStringLiteral("fraud"));
    settle();
    ASSERT_EQ(filtered.rowCount(), 2);
    for (const mlp::Idea &i : m_document->portfolio().ideas) {
        const bool listed = i.id <= 2;
        EXPECT_EQ(!m_chart->positionOf(i.id).isNull(), listed) << i.id;
    }
    const QString note = m_chart->filterNote();
    EXPECT_TRUE(note.contains(QLatin1String("2")) && note.contains(QLatin1String("16")))
        << note.toStdString();

    // An edit that takes an idea out of the list takes it off the chart, and back.
    mlp::Idea renamed = *m_document->portfolio().find(1);
    renamed.name = QStringLiteral("Churn signal");
    ASSERT_TRUE(m_document->editIdea(renamed, QStringLiteral("Rename")).ok());
    settle();
    EXPECT_TRUE(m_chart->positionOf(1).isNull());
    m_document->undoStack()->undo();
    settle();
    EXPECT_FALSE(m_chart->positionOf(1).isNull());

    filtered.setText(QString());
    settle();
    for (const mlp::Idea &i : m_document->portfolio().ideas)
        EXPECT_FALSE(m_chart->positionOf(i.id).isNull()) << i.id;
    EXPECT_TRUE(m_chart->filterNote().isEmpty());
}

TEST_F(ChartTest, SaysSoWhenTheFiltersLeaveNothing)
{
    open(sixteenIdeas());
    mlp::ui::IdeasModel ideas(m_document.get());
    mlp::ui::IdeaFilterModel filtered;
    filtered.setSourceModel(&ideas);
    m_chart->setFilterModel(&filtered);
    filtered.setText(QStringLiteral("no such idea"));
    settle();
    EXPECT_TRUE(m_chart->emptyStateText().contains(QLatin1String("filters")))
        << m_chart->emptyStateText().toStdString();
    EXPECT_TRUE(m_chart->filterNote().contains(QLatin1String("16")));
}

TEST_F(ChartTest, WindowChartFollowsTheTableFilter)
{
    // The window wires its table's filter to the chart.
    const QString path = m_dir.filePath(QStringLiteral("window.mlplan"));
    {
        Document creator(m_clock);
        ASSERT_TRUE(creator.createFile(path, sixteenIdeas()).ok());
    }
    mlp::ui::MainWindow window(m_clock);
    window.setErrorReporter([](const QString &, const QString &) {});
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(window.openFile(path));
    window.filterModel()->setText(QStringLiteral("fraud"));
    settle();
    ASSERT_EQ(window.filterModel()->rowCount(), 2);
    int plotted = 0;
    for (const mlp::Idea &i : window.document()->portfolio().ideas)
        plotted += window.chart()->positionOf(i.id).isNull() ? 0 : 1;
    EXPECT_EQ(plotted, 2);
    EXPECT_FALSE(window.chart()->filterNote().isEmpty());
}

// ---- Manual placements ---------------------------------------------------------------------

TEST_F(ChartTest, RaterLinesStartAtTheComputedRingOfAPlacedIdea)
{
    mlp::Portfolio p = smallPortfolio();
    p.ideas[0].raters.append(rater(QStringLiteral("Bob"), 2, 2));
    open(p);
    const QPointF computed = m_chart->positionOf(1);
    ASSERT_FALSE(m_chart->spreadOrigin(1).isNull());
    EXPECT_NEAR(m_chart->spreadOrigin(1).x(), computed.x(), 0.5);
    EXPECT_NEAR(m_chart->spreadOrigin(1).y(), computed.y(), 0.5);

    ASSERT_TRUE(m_document->setOverride(1, mlp::ManualOverride { 9.0, 9.0, QString() }).ok());
    settle();
    const QPointF placed = m_chart->positionOf(1);
    ASSERT_GT(QLineF(placed, computed).length(), 50.0);
    const QPointF origin = m_chart->spreadOrigin(1);
    EXPECT_NEAR(origin.x(), computed.x(), 0.5)
        << "the lines start at the ring, not the placed point";
    EXPECT_NEAR(origin.y(), computed.y(), 0.5);
}

TEST_F(ChartTest, ContextMenuEditsThePlacementNoteAsOneUndoableStep)
{
    mlp::Portfolio p = smallPortfolio();
    p.ideas[1].manualOverride
        = mlp::ManualOverride { 8.0, 8.0, QStringLiteral("Placed on the chart") };
    open(p);
    auto [w, local] = target(m_chart->positionOf(2));
    ASSERT_NE(w, nullptr);
    bool sawMenu = false;
    bool sawDialog = false;
    QTimer::singleShot(0, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        auto *edit = menu->findChild<QAction *>(QStringLiteral("chartEditPlacementNote"));
        if (!edit || !edit->isEnabled())
            return;
        sawMenu = true;
        // The dialog opens once the menu has closed.
        QTimer::singleShot(50, [&] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            sawDialog = true;
            EXPECT_EQ(dialog->textValue(), QStringLiteral("Placed on the chart"));
            dialog->setTextValue(QStringLiteral("  Board asked for it first  "));
            dialog->accept();
        });
        menu->setActiveAction(edit);
        QTest::keyClick(menu, Qt::Key_Return);
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, local, w->mapToGlobal(local));
    QApplication::sendEvent(w, &event);
    settle();
    ASSERT_TRUE(sawMenu);
    ASSERT_TRUE(sawDialog);
    const mlp::ManualOverride after = m_document->portfolio().find(2)->manualOverride;
    EXPECT_EQ(after.note, QStringLiteral("Board asked for it first"));
    EXPECT_EQ(after.impact, std::optional<double>(8.0)) << "the placement itself is kept";
    EXPECT_TRUE(m_chart->toolTipAt(m_chart->positionOf(2).toPoint())
                    .contains(QStringLiteral("Board asked for it first")));
    ASSERT_EQ(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    EXPECT_EQ(m_document->portfolio().find(2)->manualOverride.note,
              QStringLiteral("Placed on the chart"));
}

TEST_F(ChartTest, ContextMenuHidesTheHoverCard)
{
    open(smallPortfolio());
    auto [w, local] = target(m_chart->positionOf(1));
    ASSERT_NE(w, nullptr);
    sendMove(w, local, Qt::NoButton);
    auto *card = m_chart->findChild<QWidget *>(QStringLiteral("portfolioChartToolTip"));
    ASSERT_NE(card, nullptr);
    ASSERT_TRUE(card->isVisible());
    bool cardShownWithMenu = true;
    bool sawMenu = false;
    QTimer::singleShot(0, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        sawMenu = true;
        cardShownWithMenu = card->isVisible();
        menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, local, w->mapToGlobal(local));
    QApplication::sendEvent(w, &event);
    settle();
    ASSERT_TRUE(sawMenu);
    EXPECT_FALSE(cardShownWithMenu);
}

// ---- Shelved ideas -------------------------------------------------------------------------

TEST_F(ChartTest, ShelvedIdeasLookDifferentFromActiveOnes)
{
    mlp::Portfolio p;
    p.name = QStringLiteral("Shelved");
    p.ideas = { idea(1, QStringLiteral("Active"), 4, 2), idea(2, QStringLiteral("Shelved"), 2, 4) };
    p.ideas[1].lifecycle.outcome = mlp::Outcome::Shelved;
    p.ideas[1].lifecycle.outcomeReason = QStringLiteral("Labels cost too much");
    open(p);
    m_chart->setSizeMode(PortfolioChartView::SizeMode::Uniform);
    settle();
    const QImage image = m_chart->grab().toImage();
    const QColor active = image.pixelColor(m_chart->positionOf(1).toPoint());
    const QColor shelved = image.pixelColor(m_chart->positionOf(2).toPoint());
    const QColor colour = mlp::ui::ChartStyle::groupColor(PortfolioChartView::ColorMode::Archetype,
                                                          int(mlp::Archetype::Software2));
    const auto distance = [](const QColor &a, const QColor &b) {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green())
            + std::abs(a.blue() - b.blue());
    };
    EXPECT_LT(distance(active, colour), 130) << "an active idea is filled with its colour";
    EXPECT_GT(distance(shelved, colour), 250) << "a shelved idea is not";
    EXPECT_TRUE(m_chart->legendTexts().contains(QStringLiteral("shelved")));
    EXPECT_TRUE(m_chart->toolTipAt(m_chart->positionOf(2).toPoint())
                    .contains(mlp::outcomeDisplayName(mlp::Outcome::Shelved)));
}

#pragma once

#include "core/domain/sample.h"
#include "tests/support/fakeclock.h"
#include "tests/support/generatedportfolio.h"
#include "ui/chart/portfoliochartview.h"
#include "ui/document/document.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMouseEvent>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>
#include <utility>

namespace mlp::ui::charttest {

// Every impact question answered `impact`, every feasibility question `feasibility`.
inline Rater rater(const QString &name, int impact, int feasibility)
{
    Rater r;
    r.name = name;
    for (int q = 0; q < kQuestionCount; ++q) {
        const bool isImpact = questions()[static_cast<size_t>(q)].group == QuestionGroup::Impact;
        r.answers[static_cast<size_t>(q)] = static_cast<qint8>(isImpact ? impact : feasibility);
    }
    return r;
}

inline Idea idea(qint64 id, const QString &name, int impact, int feasibility,
                 Archetype archetype = Archetype::Software2)
{
    Idea i;
    i.id = id;
    i.name = name;
    i.archetype = archetype;
    i.lifecycle.createdAt = QDateTime(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC);
    i.raters = { rater(QStringLiteral("Ann"), impact, feasibility) };
    return i;
}

inline void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

class ChartTest : public ::testing::Test
{
protected:
    void open(const Portfolio &portfolio, QSize size = QSize(900, 700))
    {
        ASSERT_TRUE(m_dir.isValid());
        m_document = std::make_unique<Document>(m_clock);
        const Status status
            = m_document->createFile(m_dir.filePath(QStringLiteral("chart.mlplan")), portfolio);
        ASSERT_TRUE(status.ok()) << status.error().message.toStdString();
        m_chart = std::make_unique<PortfolioChartView>(m_document.get());
        m_chart->resize(size);
        m_chart->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_chart.get()));
        settle();
    }

    Portfolio smallPortfolio() const
    {
        Portfolio p;
        p.name = QStringLiteral("Chart test");
        p.ideas = { idea(1, QStringLiteral("Churn model"), 3, 3),
                    idea(2, QStringLiteral("Invoice reader"), 2, 4, Archetype::HumanInTheLoop),
                    idea(3, QStringLiteral("Robot courier"), 4, 1, Archetype::Autonomous) };
        return p;
    }

    // The widget under a chart position, and the position in that widget's coordinates.
    std::pair<QWidget *, QPoint> target(QPointF chartPos) const
    {
        QWidget *w = m_chart->childAt(chartPos.toPoint());
        return { w, w ? w->mapFrom(m_chart.get(), chartPos.toPoint()) : QPoint() };
    }

    static void sendMove(QWidget *w, QPoint pos, Qt::MouseButtons buttons)
    {
        QMouseEvent move(QEvent::MouseMove, QPointF(pos), QPointF(w->mapToGlobal(pos)),
                         Qt::NoButton, buttons, Qt::NoModifier);
        QApplication::sendEvent(w, &move);
    }

    // Presses at `from`, moves in steps to `to` and releases there (chart coordinates).
    void drag(QPointF from, QPointF to)
    {
        auto [w, local] = target(from);
        ASSERT_NE(w, nullptr);
        QTest::mousePress(w, Qt::LeftButton, Qt::NoModifier, local);
        const QPoint delta = (to - from).toPoint();
        for (int step = 1; step <= 6; ++step)
            sendMove(w, local + delta * step / 6, Qt::LeftButton);
        QTest::mouseRelease(w, Qt::LeftButton, Qt::NoModifier, local + delta);
        settle();
    }

    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<PortfolioChartView> m_chart; // destroyed before the document
};

} // namespace mlp::ui::charttest

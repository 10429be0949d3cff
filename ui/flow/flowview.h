#pragma once

#include "core/domain/flow.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QLabel;
class QStackedWidget;
class QTableWidget;

namespace mlp::ui {

class BackwardMatrix;
class CumulativeFlowChart;
class Document;
class StageTimeChart;

// The portfolio's flow analytics (core/domain/flow.h) as a central view of the window: the
// cumulative flow (projects in each stage over time), the time in each stage (median and 85th
// percentile of the finished stays), each stage's projects now and visits, and the backward
// moves from → to with their reasons.
//
// It recomputes lazily: a change of the lifecycle (a move, an outcome, a project added or
// removed, another portfolio) only marks the figures stale, and they are computed again when
// the view is visible, once per burst of changes, or when it is next shown. Where there is
// nothing to draw yet, it says so in words.
class FlowView : public QWidget
{
    Q_OBJECT

public:
    explicit FlowView(Document *document, QWidget *parent = nullptr);

    const FlowAnalytics &analytics() const { return m_flow; }
    // How many times the analytics were computed: the tests' proof of laziness.
    int computeCount() const { return m_computeCount; }
    bool isStale() const { return m_stale; }

    CumulativeFlowChart *cumulativeChart() const { return m_cumulative; }
    StageTimeChart *timeChart() const { return m_time; }
    BackwardMatrix *backwardMatrix() const { return m_backward; }
    QTableWidget *stageTable() const { return m_stages; }
    QCheckBox *showFinishedBox() const { return m_showFinished; }
    QString summaryText() const;
    // The words shown instead of the whole view, or of one of its parts, when there is nothing
    // to draw; empty while that part shows its chart.
    QString emptyText() const;
    QString cumulativeEmptyText() const;
    QString timeEmptyText() const;
    QString backwardEmptyText() const;

public slots:
    void refresh(); // computes the analytics now and shows them

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildContent();
    void invalidate();
    void showFlow();
    void fillStageTable();
    void updateSummary();

    Document *m_document;
    FlowAnalytics m_flow;
    int m_computeCount = 0;
    bool m_stale = true;
    bool m_refreshQueued = false;
    QDate m_computedOn; // the day of the last computation: a new day moves "now"

    QLabel *m_summary = nullptr;
    QCheckBox *m_showFinished = nullptr;
    QStackedWidget *m_pages = nullptr; // the analytics, or why there are none
    QLabel *m_emptyLabel = nullptr;
    QStackedWidget *m_cumulativePages = nullptr;
    CumulativeFlowChart *m_cumulative = nullptr;
    QLabel *m_cumulativeEmpty = nullptr;
    QStackedWidget *m_timePages = nullptr;
    StageTimeChart *m_time = nullptr;
    QLabel *m_timeEmpty = nullptr;
    QTableWidget *m_stages = nullptr;
    QStackedWidget *m_backwardPages = nullptr;
    BackwardMatrix *m_backward = nullptr;
    QLabel *m_backwardEmpty = nullptr;
};

} // namespace mlp::ui

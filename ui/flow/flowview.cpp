#include "ui/flow/flowview.h"

#include "ui/document/document.h"
#include "ui/flow/backwardmatrix.h"
#include "ui/flow/cumulativeflowchart.h"
#include "ui/flow/flowstyle.h"
#include "ui/flow/stagetimechart.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace mlp::ui {

namespace {

QLabel *emptyLabel(const char *objectName)
{
    auto *label = new QLabel;
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setMargin(12);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// A titled part of the view: a chart, or the words that stand for it.
QGroupBox *part(const QString &title, QWidget *content)
{
    auto *box = new QGroupBox(title);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(content);
    return box;
}

QStackedWidget *pages(QWidget *shown, QLabel *empty)
{
    auto *stack = new QStackedWidget;
    stack->addWidget(shown);
    stack->addWidget(empty);
    return stack;
}

QString currentText(const QStackedWidget *stack, const QLabel *empty)
{
    return stack->currentWidget() == empty ? empty->text() : QString();
}

enum StageColumn { NameColumn, NowColumn, VisitsColumn, MedianColumn, P85Column, ColumnCount };

} // namespace

FlowView::FlowView(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("flowView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("flowSummary"));
    m_summary->setWordWrap(true);
    m_showFinished = new QCheckBox(tr("Show shipped and shelved"));
    m_showFinished->setObjectName(QStringLiteral("flowShowFinished"));
    m_showFinished->setToolTip(
        tr("Stack the shipped and shelved projects under the active ones in the cumulative flow"));
    m_showFinished->setChecked(true);
    top->addWidget(m_summary, 1);
    top->addWidget(m_showFinished, 0, Qt::AlignTop);
    layout->addLayout(top);

    m_emptyLabel = emptyLabel("flowEmpty");
    m_pages = pages(buildContent(), m_emptyLabel);
    layout->addWidget(m_pages, 1);

    connect(m_showFinished, &QCheckBox::toggled, m_cumulative,
            &CumulativeFlowChart::setShowFinished);
    connect(document, &Document::portfolioReset, this, &FlowView::invalidate);
    connect(document, &Document::ideaAdded, this, &FlowView::invalidate);
    connect(document, &Document::ideaRemoved, this, &FlowView::invalidate);
    connect(document, &Document::ideaChanged, this, [this](qint64, IdeaAspects aspects) {
        if (aspects.testFlag(IdeaAspect::Lifecycle))
            invalidate();
    });
}

QWidget *FlowView::buildContent()
{
    m_cumulative = new CumulativeFlowChart;
    m_cumulative->setObjectName(QStringLiteral("flowCumulativeChart"));
    m_cumulativeEmpty = emptyLabel("flowCumulativeEmpty");
    m_cumulativePages = pages(m_cumulative, m_cumulativeEmpty);

    m_time = new StageTimeChart;
    m_time->setObjectName(QStringLiteral("flowTimeChart"));
    m_timeEmpty = emptyLabel("flowTimeEmpty");
    m_timePages = pages(m_time, m_timeEmpty);

    m_stages = new QTableWidget(kStageCount, ColumnCount);
    m_stages->setObjectName(QStringLiteral("flowStageTable"));
    m_stages->setHorizontalHeaderLabels(
        { tr("Stage"), tr("Now"), tr("Visits"), tr("Median"), tr("85% within") });
    m_stages->horizontalHeaderItem(NowColumn)->setToolTip(tr("Active projects in the stage now"));
    m_stages->horizontalHeaderItem(VisitsColumn)
        ->setToolTip(tr("Every stay in the stage, a return counting again"));
    m_stages->horizontalHeaderItem(MedianColumn)
        ->setToolTip(tr("Half the finished stays in the stage ended within this time"));
    m_stages->horizontalHeaderItem(P85Column)->setToolTip(
        tr("85% of the finished stays in the stage ended within this time"));
    m_stages->verticalHeader()->hide();
    m_stages->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stages->setSelectionMode(QAbstractItemView::NoSelection);
    m_stages->setFocusPolicy(Qt::NoFocus);
    m_stages->setWordWrap(false);
    m_stages->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_stages->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_stages->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_stages->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_backward = new BackwardMatrix;
    m_backwardEmpty = emptyLabel("flowBackwardEmpty");
    m_backwardPages = pages(m_backward, m_backwardEmpty);

    auto *upper = new QSplitter(Qt::Horizontal);
    upper->addWidget(part(tr("Projects in each stage over time"), m_cumulativePages));
    upper->addWidget(part(tr("Time in each stage, over finished stays"), m_timePages));
    upper->setStretchFactor(0, 3);
    upper->setStretchFactor(1, 2);
    upper->setChildrenCollapsible(false);
    auto *lower = new QSplitter(Qt::Horizontal);
    lower->addWidget(part(tr("Stages now"), m_stages));
    lower->addWidget(part(tr("Backward moves and their reasons"), m_backwardPages));
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 1);
    lower->setChildrenCollapsible(false);
    auto *content = new QSplitter(Qt::Vertical);
    content->setObjectName(QStringLiteral("flowSplitter"));
    content->addWidget(upper);
    content->addWidget(lower);
    content->setStretchFactor(0, 2);
    content->setStretchFactor(1, 1);
    content->setChildrenCollapsible(false);
    return content;
}

void FlowView::invalidate()
{
    m_stale = true;
    if (!isVisible() || m_refreshQueued)
        return;
    // Once after a burst of changes (a move of many projects is one per project), and after
    // the document has finished the change (an idea is removed after ideaRemoved).
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        if (m_stale && isVisible())
            refresh();
    });
}

void FlowView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale || m_computedOn != m_document->clock().now().toUTC().date())
        refresh();
}

void FlowView::refresh()
{
    const QDateTime now = m_document->clock().now();
    m_flow = analyseFlow(m_document->portfolio().ideas, now);
    ++m_computeCount;
    m_stale = false;
    m_computedOn = now.toUTC().date();
    showFlow();
}

void FlowView::showFlow()
{
    const bool open = m_document->isOpen();
    const bool any = !m_document->portfolio().ideas.isEmpty();
    updateSummary();
    m_showFinished->setVisible(false); // only beside a chart it changes
    if (!open || !any) {
        m_emptyLabel->setText(
            open ? tr("This portfolio has no projects yet. Once projects move through the "
                      "stages, where they get stuck shows here.")
                 : tr("Open or create a portfolio to see how its projects flow through the "
                      "stages."));
        m_pages->setCurrentWidget(m_emptyLabel);
        return;
    }
    m_pages->setCurrentIndex(0);

    // Projects can start in any stage (an import creates them without history), so the chart
    // shows whatever the flow holds, moves or not.
    if (m_flow.cumulative.isEmpty()) {
        m_cumulativeEmpty->setText(tr("No moves recorded yet. The flow over time shows here "
                                      "once the projects have dates."));
        m_cumulativePages->setCurrentWidget(m_cumulativeEmpty);
    } else {
        m_cumulative->setFlow(m_flow);
        m_cumulativePages->setCurrentWidget(m_cumulative);
        m_showFinished->setVisible(m_flow.shipped + m_flow.shelved > 0);
    }

    int finished = 0;
    for (const StageTime &time : m_flow.time)
        finished += time.finishedVisits;
    if (finished == 0) {
        m_timeEmpty->setText(tr("No project has left a stage yet, so there is no time in a "
                                "stage to compare."));
        m_timePages->setCurrentWidget(m_timeEmpty);
    } else {
        m_time->setFlow(m_flow);
        m_timePages->setCurrentWidget(m_time);
    }

    fillStageTable();

    if (m_flow.backwardMoves == 0) {
        m_backwardEmpty->setText(tr("No backward moves yet: no project has gone back to an "
                                    "earlier stage."));
        m_backwardPages->setCurrentWidget(m_backwardEmpty);
    } else {
        m_backward->setFlow(m_flow);
        m_backwardPages->setCurrentWidget(m_backward);
    }
}

void FlowView::fillStageTable()
{
    for (Stage stage : kAllStages) {
        const int row = static_cast<int>(stage);
        const StageTime &time = m_flow.time[row];
        const auto duration = [](const std::optional<qint64> &seconds) {
            return seconds ? FlowStyle::daysText(*seconds) : QStringLiteral("–");
        };
        const QStringList cells { stageShortName(stage), QString::number(m_flow.activeNow[row]),
                                  QString::number(time.visits), duration(time.medianSeconds),
                                  duration(time.p85Seconds) };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setTextAlignment(column == NameColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                                        : Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(column == NameColumn ? stageDisplayName(stage)
                                                  : StageTimeChart::barText(stage, time));
            if (column == NameColumn) {
                QPixmap swatch(10, 10);
                swatch.fill(FlowStyle::stageColor(stage));
                item->setIcon(QIcon(swatch));
            }
            m_stages->setItem(row, column, item);
        }
    }
}

void FlowView::updateSummary()
{
    if (!m_document->isOpen()) {
        m_summary->clear();
        return;
    }
    int active = 0;
    for (int count : m_flow.activeNow)
        active += count;
    const int moves = m_flow.forwardMoves + m_flow.backwardMoves;
    const QString counts = tr("%1 active, %2 shipped, %3 shelved.")
                               .arg(active)
                               .arg(m_flow.shipped)
                               .arg(m_flow.shelved);
    // Whole words in English too, where no catalogue resolves a "%n move(s)".
    QString recorded;
    if (moves == 0)
        recorded = tr("No moves recorded yet.");
    else if (moves == 1)
        recorded = m_flow.backwardMoves == 1 ? tr("1 move recorded, backward.")
                                             : tr("1 move recorded, forward.");
    else
        recorded
            = tr("%1 moves recorded, %2 of them backward.").arg(moves).arg(m_flow.backwardMoves);
    m_summary->setText(counts + QLatin1Char(' ') + recorded);
}

QString FlowView::summaryText() const
{
    return m_summary->text();
}

QString FlowView::emptyText() const
{
    return currentText(m_pages, m_emptyLabel);
}

QString FlowView::cumulativeEmptyText() const
{
    return currentText(m_cumulativePages, m_cumulativeEmpty);
}

QString FlowView::timeEmptyText() const
{
    return currentText(m_timePages, m_timeEmpty);
}

QString FlowView::backwardEmptyText() const
{
    return currentText(m_backwardPages, m_backwardEmpty);
}

} // namespace mlp::ui

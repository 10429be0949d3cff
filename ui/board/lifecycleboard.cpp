#include "ui/board/lifecycleboard.h"

#include "core/domain/archetype.h"
#include "core/domain/systemuser.h"
#include "ui/board/boardcardview.h"
#include "ui/board/boardcolumnmodel.h"
#include "ui/board/carddelegate.h"
#include "ui/dialogs/movestagedialog.h"
#include "ui/document/changeevents.h"
#include "ui/document/document.h"
#include "ui/models/ideasmodel.h"

#include <QAction>
#include <QDialog>
#include <QGridLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QTimer>

namespace mlp::ui {

namespace {

QString daysText(const std::optional<qint64> &seconds)
{
    if (!seconds)
        return QStringLiteral("–");
    return CardDelegate::daysText(*seconds);
}

} // namespace

LifecycleBoard::LifecycleBoard(Document *document, IdeasModel *ideas, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_ideas(ideas)
{
    setObjectName(QStringLiteral("lifecycleBoard"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setHorizontalSpacing(8);
    for (Stage stage : kAllStages) {
        const int column = static_cast<int>(stage);
        m_models[column] = new BoardColumnModel(column, this);
        m_models[column]->setSourceModel(ideas);
        m_views[column] = makeView(m_models[column]);
        m_views[column]->setObjectName(QStringLiteral("boardColumn_") + stageKey(stage));
        m_views[column]->setAccessibleName(stageDisplayName(stage));
        m_views[column]->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_headers[column] = new QLabel(this);
        m_headers[column]->setWordWrap(true);
        layout->addWidget(m_headers[column], 0, column);
        layout->addWidget(m_views[column], 1, column);
        layout->setColumnStretch(column, 1);
        connect(m_models[column], &BoardColumnModel::cardsDropped, this,
                [this, stage](const QList<qint64> &ids) { moveCards(ids, stage); });
    }
    m_finishedModel = new BoardColumnModel(BoardColumnModel::kFinishedLane, this);
    m_finishedModel->setSourceModel(ideas);
    m_finished = makeView(m_finishedModel);
    m_finished->setObjectName(QStringLiteral("boardFinishedLane"));
    m_finished->setFlow(QListView::LeftToRight);
    m_finished->setWrapping(false);
    m_finished->setAcceptDrops(false);
    m_finished->setDragEnabled(false);
    m_finished->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    const int cardHeight = QFontMetrics(font()).lineSpacing() * 3 + 20;
    m_finished->setFixedHeight(cardHeight + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 12);
    m_finishedHeader = new QLabel(this);
    m_finished->setAccessibleName(tr("Shipped and shelved"));
    layout->addWidget(m_finishedHeader, 2, 0, 1, kStageCount);
    layout->addWidget(m_finished, 3, 0, 1, kStageCount);
    layout->setRowStretch(1, 1);

    m_nextAction = new QAction(tr("Move to &Next Stage"), this);
    m_nextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right));
    m_nextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_nextAction->setToolTip(tr("Move the selected projects one stage forward"));
    connect(m_nextAction, &QAction::triggered, this, [this] { moveSelectionBy(+1); });
    m_previousAction = new QAction(tr("Move to &Previous Stage…"), this);
    m_previousAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left));
    m_previousAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_previousAction->setToolTip(tr("Move the selected projects one stage back, with a reason"));
    connect(m_previousAction, &QAction::triggered, this, [this] { moveSelectionBy(-1); });
    addAction(m_nextAction);
    addAction(m_previousAction);

    connect(document, &Document::portfolioReset, this, &LifecycleBoard::invalidateFlow);
    connect(document, &Document::ideaAdded, this, &LifecycleBoard::invalidateFlow);
    // Only the lifecycle feeds the flow analytics: an answer or a name edit at 10,000 projects
    // does not replay every move (the card itself repaints with the model's row).
    connect(document, &Document::ideaChanged, this, [this](qint64, IdeaAspects aspects) {
        if (aspects.testFlag(IdeaAspect::Lifecycle))
            invalidateFlow();
    });
    connect(document, &Document::ideaRemoved, this, &LifecycleBoard::invalidateFlow);
    updateHeaders();
}

BoardCardView *LifecycleBoard::makeView(BoardColumnModel *model)
{
    auto *view = new BoardCardView(this);
    view->setModel(model);
    view->setModelColumn(IdeasModel::NameColumn);
    view->setItemDelegate(new CardDelegate([this](qint64 id) { return factsFor(id); }, view));
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this,
            [this, view](const QPoint &position) { showContextMenu(view, position); });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this, view] { onViewSelectionChanged(view); });
    connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit ideaActivated(index.data(IdeasModel::IdRole).toLongLong());
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &LifecycleBoard::updateHeaders);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &LifecycleBoard::updateHeaders);
    connect(model, &QAbstractItemModel::modelReset, this, &LifecycleBoard::updateHeaders);
    return view;
}

const FlowAnalytics &LifecycleBoard::flow() const
{
    if (m_flowDirty) {
        m_flow = analyseFlow(m_document->portfolio().ideas, m_document->clock().now());
        m_flowDirty = false;
    }
    return m_flow;
}

CardFacts LifecycleBoard::factsFor(qint64 id) const
{
    CardFacts facts;
    const Idea *idea = m_document->idea(id);
    if (!idea)
        return facts;
    facts.archetype = archetypeInfo(idea->archetype).name;
    facts.owner = idea->owner;
    const CurrentStay stay = currentStay(*idea, flow(), m_document->clock().now());
    facts.secondsInStage = stay.seconds;
    facts.backwardMoves = stay.backwardMoves;
    facts.stuck = stay.overP85;
    if (idea->lifecycle.outcome != Outcome::Active)
        facts.outcome = tr("%1 in %2")
                            .arg(outcomeDisplayName(idea->lifecycle.outcome),
                                 stageShortName(idea->lifecycle.stage));
    return facts;
}

void LifecycleBoard::invalidateFlow()
{
    if (m_flowDirty)
        return;
    m_flowDirty = true;
    // Repaint once after a burst of changes; the cards ask for the analytics again then.
    QTimer::singleShot(0, this, [this] {
        updateHeaders();
        for (BoardCardView *view : m_views)
            view->viewport()->update();
        m_finished->viewport()->update();
    });
}

void LifecycleBoard::updateHeaders()
{
    const FlowAnalytics &analytics = flow();
    for (Stage stage : kAllStages) {
        const int column = static_cast<int>(stage);
        const StageTime &time = analytics.time[column];
        m_headers[column]->setText(
            QStringLiteral("<b>%1</b> (%2)<br><small>%3</small>")
                .arg(stageDisplayName(stage).toHtmlEscaped())
                .arg(m_models[column]->rowCount())
                .arg(tr("usually %1 · 85% within %2")
                         .arg(daysText(time.medianSeconds), daysText(time.p85Seconds))));
        m_headers[column]->setToolTip(
            tr("%1 stays in this stage, %2 of them finished: the median and 85th-percentile time "
               "are over the finished ones.")
                .arg(time.visits)
                .arg(time.finishedVisits));
    }
    m_finishedHeader->setText(QStringLiteral("<b>%1</b> (%2)")
                                  .arg(tr("Shipped and shelved").toHtmlEscaped())
                                  .arg(m_finishedModel->rowCount()));
}

QList<qint64> LifecycleBoard::selectedIds() const
{
    QList<qint64> ids;
    for (BoardCardView *view : m_views)
        ids += view->selectedIds();
    ids += m_finished->selectedIds();
    return ids;
}

void LifecycleBoard::setSelectedIds(const QList<qint64> &ids)
{
    m_selecting = true;
    // Each id is found through the ideas model's index, not by reading every card of every
    // column: a move at 10,000 projects selects the moved cards without a scan.
    auto selectIn = [this, &ids](BoardCardView *view) {
        auto *model = static_cast<BoardColumnModel *>(view->model());
        QItemSelection selection;
        QModelIndex first;
        for (qint64 id : ids) {
            const int sourceRow = m_ideas->rowOf(id);
            if (sourceRow < 0)
                continue;
            const QModelIndex index
                = model->mapFromSource(m_ideas->index(sourceRow, view->modelColumn()));
            if (!index.isValid())
                continue;
            selection.select(index, index);
            if (!first.isValid() || index.row() < first.row())
                first = index;
        }
        view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        if (first.isValid()) {
            view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
            view->scrollTo(first);
        }
    };
    for (BoardCardView *view : m_views)
        selectIn(view);
    selectIn(m_finished);
    m_selecting = false;
}

void LifecycleBoard::onViewSelectionChanged(BoardCardView *view)
{
    if (m_selecting)
        return;
    // One selection for the board: choosing cards in one column clears the others.
    m_selecting = true;
    if (!view->selectedIds().isEmpty()) {
        for (BoardCardView *other : m_views) {
            if (other != view)
                other->clearSelection();
        }
        if (m_finished != view)
            m_finished->clearSelection();
    }
    m_selecting = false;
    emit selectionChanged(selectedIds());
}

bool LifecycleBoard::needsDialog(const QList<qint64> &ids, Stage to) const
{
    for (qint64 id : ids) {
        const Idea *idea = m_document->idea(id);
        if (!idea)
            continue;
        const Stage from = idea->lifecycle.stage;
        if (static_cast<int>(to) < static_cast<int>(from))
            return true; // a backward move needs a reason
        if (from == Stage::Planning && to != Stage::Planning && !checklistComplete(idea->checklist))
            return true; // leaving planning asks for the checklist or an override note
    }
    return false;
}

void LifecycleBoard::setMayMove(bool may, const QString &why)
{
    if (may == m_mayMove && why == m_whyNotMove)
        return;
    m_mayMove = may;
    m_whyNotMove = may ? QString() : why;
    for (BoardCardView *view : m_views) {
        view->setDragDropMode(may ? QAbstractItemView::DragDrop : QAbstractItemView::NoDragDrop);
        view->setToolTip(m_whyNotMove);
    }
    m_nextAction->setEnabled(may);
    m_previousAction->setEnabled(may);
    m_nextAction->setToolTip(may ? tr("Move the selected projects one stage forward")
                                 : m_whyNotMove);
    m_previousAction->setToolTip(
        may ? tr("Move the selected projects one stage back, with a reason") : m_whyNotMove);
}

void LifecycleBoard::moveCards(const QList<qint64> &ids, Stage to)
{
    if (!m_mayMove) {
        emit noteRequested(m_whyNotMove);
        return;
    }
    QList<qint64> moving;
    for (qint64 id : ids) {
        const Idea *idea = m_document->idea(id);
        if (idea && !(idea->lifecycle.outcome == Outcome::Active && idea->lifecycle.stage == to))
            moving.append(id);
    }
    if (moving.isEmpty())
        return;
    if (needsDialog(moving, to)) {
        MoveStageDialog dialog(m_document, moving, window());
        dialog.setTarget(to);
        if (dialog.exec() == QDialog::Accepted)
            keepSelected(moving);
        return;
    }
    MoveRequest request;
    request.to = to;
    request.who = systemUserName();
    const Status status = m_document->moveStages(moving, request);
    if (!status) {
        emit noteRequested(status.error().message);
        return;
    }
    keepSelected(moving);
}

// The moved cards stay selected in their new column (leaving the old one deselected them).
void LifecycleBoard::keepSelected(const QList<qint64> &ids)
{
    setSelectedIds(ids);
    emit selectionChanged(selectedIds());
}

void LifecycleBoard::moveSelectionBy(int step)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const Idea *first = m_document->idea(ids.first());
    if (!first)
        return;
    const int target = static_cast<int>(first->lifecycle.stage) + step;
    if (target < 0 || target >= kStageCount) {
        emit noteRequested(step > 0 ? tr("Deploying & testing is the last stage: mark the project "
                                         "shipped when it is done.")
                                    : tr("Planning is the first stage."));
        return;
    }
    moveCards(ids, static_cast<Stage>(target));
}

void LifecycleBoard::showContextMenu(BoardCardView *view, const QPoint &position)
{
    if (view->selectedIds().isEmpty())
        return;
    QMenu menu(this);
    QMenu *moveMenu = menu.addMenu(tr("Move to Stage"));
    moveMenu->setEnabled(m_mayMove);
    for (Stage stage : kAllStages) {
        QAction *action = moveMenu->addAction(stageDisplayName(stage));
        const QList<qint64> ids = view->selectedIds();
        connect(action, &QAction::triggered, this, [this, ids, stage] { moveCards(ids, stage); });
    }
    menu.addAction(m_nextAction);
    menu.addAction(m_previousAction);
    menu.exec(view->viewport()->mapToGlobal(position));
}

} // namespace mlp::ui

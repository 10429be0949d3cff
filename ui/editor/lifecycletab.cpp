#include "ui/editor/lifecycletab.h"

#include "ui/common/localdate.h"
#include "ui/dialogs/movestagedialog.h"
#include "ui/document/document.h"
#include "ui/editor/editorsupport.h"
#include "ui/editor/ideaeditcontext.h"
#include "ui/flow/stagetimes.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace mlp::ui {

using namespace editorsupport;

namespace {

// Lets the reason lines of the lifecycle history wrap: a tree view asks its delegate for row
// heights without the width, so this one supplies the width of the list.
class HistoryDelegate : public QStyledItemDelegate
{
public:
    explicit HistoryDelegate(QTreeWidget *tree)
        : QStyledItemDelegate(tree)
        , m_tree(tree)
    { }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (!index.parent().isValid())
            return size;
        const int margin
            = m_tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_tree) + 1;
        const int width
            = std::max(40, m_tree->viewport()->width() - m_tree->indentation() - 2 * margin);
        const QRect text = option.fontMetrics.boundingRect(QRect(0, 0, width, 0), Qt::TextWordWrap,
                                                           index.data(Qt::DisplayRole).toString());
        size.setHeight(std::max(size.height(), text.height() + 4));
        return size;
    }

private:
    QTreeWidget *m_tree;
};

} // namespace

LifecycleTab::LifecycleTab(IdeaEditContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildStageRow());
    layout->addLayout(buildOutcome());
    // Where the project's time went comes before the checklist, which matters only in planning.
    auto *times = new QGroupBox(tr("Time in each stage"));
    auto *timesLayout = new QVBoxLayout(times);
    m_stageTimes = new StageTimes;
    m_stageTimes->setObjectName(QStringLiteral("stageTimes"));
    timesLayout->addWidget(m_stageTimes);
    layout->addWidget(times);
    layout->addWidget(buildChecklist());
    layout->addWidget(new QLabel(tr("History:")));
    layout->addWidget(buildHistory(), 1);
}

QLayout *LifecycleTab::buildStageRow()
{
    auto *stageRow = new QHBoxLayout;
    m_stageLabel = wrappingLabel();
    m_stageLabel->setObjectName(QStringLiteral("stageLabel"));
    m_moveButton = new QPushButton(tr("Move…"));
    m_moveButton->setObjectName(QStringLiteral("moveButton"));
    m_moveButton->setToolTip(tr("Move the project to another stage"));
    connect(m_moveButton, &QPushButton::clicked, this, &LifecycleTab::openMoveDialog);
    stageRow->addWidget(m_stageLabel, 1);
    stageRow->addWidget(m_moveButton, 0, Qt::AlignTop);
    return stageRow;
}

QLayout *LifecycleTab::buildOutcome()
{
    auto *outcomeForm = new QFormLayout;
    m_outcome = new QComboBox;
    m_outcome->setObjectName(QStringLiteral("outcomeCombo"));
    for (Outcome o : kAllOutcomes)
        m_outcome->addItem(outcomeDisplayName(o), int(o));
    m_outcomeReason = new QLineEdit;
    m_outcomeReason->setObjectName(QStringLiteral("outcomeReasonEdit"));
    m_outcomeReason->setPlaceholderText(tr("Why it was shelved"));
    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_context.isLoading())
            onOutcomeChosen();
    });
    connect(m_outcomeReason, &QLineEdit::editingFinished, this, [this] {
        if (!m_context.isLoading() && m_outcomeReason->isModified()) {
            m_outcomeReason->setModified(false);
            setOutcomeFromUi();
        }
    });
    outcomeForm->addRow(tr("Outcome:"), m_outcome);
    outcomeForm->addRow(tr("Reason:"), m_outcomeReason);
    return outcomeForm;
}

QGroupBox *LifecycleTab::buildChecklist()
{
    auto *checklistBox = new QGroupBox(tr("Feasibility checklist (before leaving Planning)"));
    auto *checklistForm = new QGridLayout(checklistBox);
    checklistForm->setColumnStretch(0, 1);
    for (const ChecklistItem &item : checklistItems()) {
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("checklist_%1").arg(item.id));
        combo->addItem(tr("Unanswered"), int(ChecklistAnswer::Unanswered));
        combo->addItem(tr("Yes"), int(ChecklistAnswer::Yes));
        combo->addItem(tr("No"), int(ChecklistAnswer::No));
        const QString id = item.id;
        connect(combo, &QComboBox::currentIndexChanged, this, [this, id, combo] {
            if (m_context.isLoading())
                return;
            const auto answer = ChecklistAnswer(combo->currentData().toInt());
            m_context.commit(tr("Answer the feasibility checklist"), [&](Idea &idea) {
                if (answer == ChecklistAnswer::Unanswered)
                    idea.checklist.remove(id);
                else
                    idea.checklist.insert(id, answer);
            });
        });
        const int row = int(m_checklist.size());
        checklistForm->addWidget(wrappingLabel(item.text), row, 0);
        checklistForm->addWidget(combo, row, 1, Qt::AlignTop);
        m_checklist << qMakePair(item.id, combo);
    }
    return checklistBox;
}

QTreeWidget *LifecycleTab::buildHistory()
{
    m_history = new QTreeWidget;
    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setRootIsDecorated(false);
    m_history->setItemsExpandable(false);
    m_history->setUniformRowHeights(false);
    m_history->setIndentation(m_history->fontMetrics().averageCharWidth() * 3);
    m_history->setHeaderLabels({ tr("When"), tr("Move"), tr("Who") });
    m_history->setWordWrap(true);
    m_history->setTextElideMode(Qt::ElideRight);
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_history->setItemDelegate(new HistoryDelegate(m_history));
    QHeaderView *header = m_history->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    // The reasons wrap at the width of the list, so their heights change with it.
    connect(header, &QHeaderView::geometriesChanged, m_history, [this] {
        QMetaObject::invokeMethod(m_history, &QTreeWidget::doItemsLayout, Qt::QueuedConnection);
    });
    m_history->setMinimumHeight(140);
    return m_history;
}

void LifecycleTab::openMoveDialog()
{
    if (!m_context.document()->idea(m_context.ideaId()))
        return;
    MoveStageDialog dialog(m_context.document(), m_context.ideaId(), this);
    dialog.exec();
}

// Shelving needs a reason: choosing Shelved opens the reason field and waits for it; the
// outcome changes once a reason is entered. Any other outcome applies at once.
void LifecycleTab::onOutcomeChosen()
{
    const Idea *idea = m_context.document()->idea(m_context.ideaId());
    if (!idea)
        return;
    const bool shelving = Outcome(m_outcome->currentData().toInt()) == Outcome::Shelved;
    m_outcomeReason->setEnabled(shelving);
    m_context.hideError();
    if (!shelving) {
        if (idea->lifecycle.outcome != Outcome::Shelved)
            m_outcomeReason->clear();
        setOutcomeFromUi();
        return;
    }
    if (m_outcomeReason->text().trimmed().isEmpty()) {
        m_outcomeReason->setPlaceholderText(
            tr("Why is it shelved? Type the reason and press Enter"));
        m_outcomeReason->setFocus();
        return;
    }
    setOutcomeFromUi();
}

void LifecycleTab::setOutcomeFromUi()
{
    const Idea *idea = m_context.document()->idea(m_context.ideaId());
    if (!idea)
        return;
    const auto outcome = Outcome(m_outcome->currentData().toInt());
    const QString reason = m_outcomeReason->text().trimmed();
    auto changed = setIdeaOutcome(*idea, outcome, outcome == Outcome::Shelved ? reason : QString(),
                                  m_context.document()->clock().now());
    if (!changed) {
        m_context.showError(changed.error().message);
        if (outcome == Outcome::Shelved)
            m_outcomeReason->setFocus();
        return;
    }
    const Lifecycle lifecycle = changed->lifecycle;
    m_context.commit(tr("Change outcome"), [&](Idea &i) { i.lifecycle = lifecycle; });
}

void LifecycleTab::reload(const Idea &idea)
{
    const Lifecycle &lc = idea.lifecycle;
    const LifecycleStats stats = lifecycleStats(lc, m_context.document()->clock().now());
    const QDateTime since = lc.history.isEmpty() ? lc.createdAt : lc.history.last().at;
    m_stageLabel->setText(tr("<b>%1</b> (stage %2 of 4) since %3. Backward moves so far: %4.")
                              .arg(stageDisplayName(lc.stage).toHtmlEscaped())
                              .arg(int(lc.stage) + 1)
                              .arg(shortDate(since))
                              .arg(stats.backwardMoves));
    m_moveButton->setEnabled(lc.outcome == Outcome::Active);
    setComboData(m_outcome, int(lc.outcome));
    setTextIfIdle(m_outcomeReason, lc.outcomeReason);
    // Editable exactly when the outcome shown is Shelved (recorded, or chosen and waiting for
    // its reason).
    m_outcomeReason->setEnabled(m_outcome->currentData().toInt() == int(Outcome::Shelved));
    m_outcomeReason->setPlaceholderText(tr("Why it was shelved"));
    for (const auto &[id, combo] : std::as_const(m_checklist))
        setComboData(combo, int(idea.checklist.value(id, ChecklistAnswer::Unanswered)));
    m_stageTimes->setIdea(idea, m_context.document()->clock().now());
    reloadHistory(lc);
}

// Newest first; each move's reason (trigger, note, checklist override) on a line of its own.
void LifecycleTab::reloadHistory(const Lifecycle &lc)
{
    m_history->clear();
    for (auto it = lc.history.crbegin(); it != lc.history.crend(); ++it) {
        const Transition &t = *it;
        const QStringList reason = moveReasonParts(t);
        const QString move = (t.isBackward() ? QStringLiteral("↩ ") : QString())
            + tr("%1 → %2").arg(stageShortName(t.from), stageShortName(t.to));
        auto *item = new QTreeWidgetItem({ shortDate(t.at), move, t.who });
        item->setToolTip(0, QLocale().toString(t.at.toLocalTime(), QLocale::LongFormat));
        item->setToolTip(1, tr("%1 → %2").arg(stageDisplayName(t.from), stageDisplayName(t.to)));
        item->setToolTip(2, t.who);
        m_history->addTopLevelItem(item);
        if (!reason.isEmpty()) {
            // The reason gets a line of its own under the move, across the whole list: in a
            // panel this narrow a fourth column would leave it a few characters wide.
            auto *why = new QTreeWidgetItem(item, { reason.join(QStringLiteral(" — ")) });
            why->setFirstColumnSpanned(true);
            why->setToolTip(0, reason.join(QLatin1Char('\n')));
            why->setFlags(Qt::ItemIsEnabled);
            why->setForeground(0, m_history->palette().brush(QPalette::PlaceholderText));
        }
    }
    if (lc.createdAt.isValid()) {
        m_history->addTopLevelItem(
            new QTreeWidgetItem({ shortDate(lc.createdAt), tr("created"), QString() }));
    }
    m_history->expandAll();
}

} // namespace mlp::ui

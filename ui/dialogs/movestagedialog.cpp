#include "ui/dialogs/movestagedialog.h"

#include "ui/common/uisettings.h"
#include "ui/document/document.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace mlp::ui {

MoveStageDialog::MoveStageDialog(Document *document, qint64 ideaId, QWidget *parent)
    : MoveStageDialog(document, QList<qint64> { ideaId }, parent)
{ }

MoveStageDialog::MoveStageDialog(Document *document, const QList<qint64> &ideaIds, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_ideaIds(ideaIds)
{
    setObjectName(QStringLiteral("moveStageDialog"));
    setWindowTitle(ideaIds.size() > 1 ? tr("Move %1 Projects to Another Stage").arg(ideaIds.size())
                                      : tr("Move to Another Stage"));
    const Idea *idea = ideaIds.isEmpty() ? nullptr : document->idea(ideaIds.first());

    m_currentLabel = new QLabel(this);
    m_currentLabel->setWordWrap(true);
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("targetStage"));
    for (Stage stage : kAllStages)
        m_target->addItem(stageDisplayName(stage), int(stage));
    m_triggerLabel = new QLabel(tr("Trigger:"), this);
    m_trigger = new QComboBox(this);
    m_trigger->setObjectName(QStringLiteral("trigger"));
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(
        tr("Why the project moves (required for a backward move without a trigger)"));
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4);
    m_overrideLabel = new QLabel(tr("Checklist override:"), this);
    m_overrideNote = new QLineEdit(this);
    m_overrideNote->setObjectName(QStringLiteral("checklistOverrideNote"));
    m_overrideNote->setPlaceholderText(tr("Why leave Planning with the checklist unanswered"));
    m_who = new QLineEdit(this);
    m_who->setObjectName(QStringLiteral("who"));
    m_who->setPlaceholderText(tr("Your name"));
    // The person moving the project, never its owner by default: the history says who did it.
    m_who->setText(UiSettings::instance().userName());
    m_readiness = new QLabel(this);
    m_readiness->setObjectName(QStringLiteral("readinessWarning"));
    m_readiness->setWordWrap(true);
    m_readiness->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_readiness->hide();
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("moveError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Now:"), m_currentLabel);
    form->addRow(tr("Move to:"), m_target);
    form->addRow(m_triggerLabel, m_trigger);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(m_overrideLabel, m_overrideNote);
    form->addRow(tr("Who:"), m_who);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Move"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MoveStageDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MoveStageDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addLayout(form);
    layout->addWidget(m_readiness);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    showCurrentStage(idea);
    connect(m_target, &QComboBox::currentIndexChanged, this, &MoveStageDialog::updateFields);
    resize(520, sizeHint().height());
    updateFields();
}

// Where the projects are now, and the next stage of the first one as the target.
void MoveStageDialog::showCurrentStage(const Idea *idea)
{
    if (idea && m_ideaIds.size() > 1) {
        QStringList where;
        for (Stage stage : kAllStages) {
            int n = 0;
            for (qint64 id : m_ideaIds) {
                const Idea *i = m_document->idea(id);
                n += i && i->lifecycle.stage == stage ? 1 : 0;
            }
            if (n > 0)
                where << tr("%1 in %2").arg(n).arg(stageDisplayName(stage));
        }
        m_currentLabel->setText(
            tr("%1 projects: %2.").arg(m_ideaIds.size()).arg(where.join(QStringLiteral("; "))));
        const int next = std::min(int(idea->lifecycle.stage) + 1, kStageCount - 1);
        m_target->setCurrentIndex(next);
    } else if (idea) {
        m_currentLabel->setText(
            tr("“%1” is in %2.").arg(idea->name, stageDisplayName(idea->lifecycle.stage)));
        const int next = std::min(int(idea->lifecycle.stage) + 1, kStageCount - 1);
        m_target->setCurrentIndex(next);
    }
}

void MoveStageDialog::setTarget(Stage stage)
{
    m_target->setCurrentIndex(m_target->findData(int(stage)));
}

void MoveStageDialog::updateFields()
{
    const Idea *idea = m_ideaIds.isEmpty() ? nullptr : m_document->idea(m_ideaIds.first());
    if (!idea)
        return;
    const Stage from = idea->lifecycle.stage;
    const Stage to = Stage(m_target->currentData().toInt());
    // The course's triggers belong to one pair of stages: offered when every project moves
    // back from the same stage; otherwise the reason is written out.
    bool sameStage = true;
    bool leavingPlanning = false;
    for (qint64 id : m_ideaIds) {
        const Idea *i = m_document->idea(id);
        if (!i)
            continue;
        sameStage = sameStage && i->lifecycle.stage == from;
        leavingPlanning = leavingPlanning
            || (i->lifecycle.stage == Stage::Planning && to != Stage::Planning
                && !checklistComplete(i->checklist));
    }
    const bool backward = sameStage && int(to) < int(from);
    m_trigger->clear();
    if (backward) {
        // Nothing is chosen for the user: a trigger is recorded only when picked.
        m_trigger->addItem(tr("Choose the trigger…"), QVariant());
        for (const BackwardTrigger &t : triggersFor(from, to))
            m_trigger->addItem(t.text, t.id);
        m_trigger->addItem(tr("Another reason (describe it below)"), QString());
    }
    m_triggerLabel->setVisible(backward);
    m_trigger->setVisible(backward);
    m_overrideLabel->setVisible(leavingPlanning);
    m_overrideNote->setVisible(leavingPlanning);
    updateReadinessWarning(to);
    m_error->hide();
    fitToContents();
}

// Before a move into Deploying & testing: each project's readiness score and weakest section.
void MoveStageDialog::updateReadinessWarning(Stage to)
{
    QStringList lines;
    const ReadinessGate &gate = m_document->portfolio().config.readinessGate;
    bool refused = false;
    for (qint64 id : m_ideaIds) {
        const Idea *i = m_document->idea(id);
        if (!i || to != Stage::Deploying || i->lifecycle.stage == Stage::Deploying)
            continue;
        const ReadinessScore score = readinessScore(i->readiness);
        refused = refused || (gate.gatesDeploying && score.score < gate.minimum);
        lines << (m_ideaIds.size() > 1 ? tr("“%1”: %2").arg(i->name, readinessWarningText(score))
                                       : readinessWarningText(score));
    }
    if (!lines.isEmpty()) {
        lines << (refused ? tr("The portfolio's settings require a score of at least %1 before "
                               "Deploying & testing.")
                                .arg(readinessPointsText(gate.minimum))
                          : tr("See the Readiness tab for the tests still open."));
    }
    m_readiness->setText(lines.join(QLatin1Char('\n')));
    m_readiness->setVisible(!lines.isEmpty());
}

// The dialog grows (and shrinks) with the rows and the message shown, so that nothing is
// squashed or cut.
void MoveStageDialog::fitToContents()
{
    layout()->activate();
    const int height = layout()->totalHeightForWidth(width());
    resize(width(), std::max(height, layout()->totalMinimumSize().height()));
}

MoveRequest MoveStageDialog::request() const
{
    MoveRequest r;
    r.to = Stage(m_target->currentData().toInt());
    if (m_trigger->isVisibleTo(this))
        r.triggerId = m_trigger->currentData().toString();
    r.reason = m_reason->toPlainText().trimmed();
    r.who = m_who->text().trimmed();
    if (m_overrideNote->isVisibleTo(this))
        r.checklistOverrideNote = m_overrideNote->text().trimmed();
    return r;
}

void MoveStageDialog::accept()
{
    const Status status = m_document->moveStages(m_ideaIds, request());
    if (!status) {
        m_error->setText(status.error().message);
        m_error->show();
        fitToContents();
        return;
    }
    UiSettings::instance().rememberUserName(m_who->text());
    QDialog::accept();
}

} // namespace mlp::ui

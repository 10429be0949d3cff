#pragma once

#include "core/domain/idea.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace mlp::ui {

class IdeaEditContext;
class StageTimes;

// The editor's "Lifecycle" tab: the stage and the button that moves the idea to another, the
// outcome (shelving needs a reason), the feasibility checklist, the time spent in each stage
// and the history of moves.
class LifecycleTab : public QWidget
{
    // The editor's context, where these texts have always been translated.
    Q_DECLARE_TR_FUNCTIONS(mlp::ui::IdeaEditor)

public:
    explicit LifecycleTab(IdeaEditContext &context, QWidget *parent = nullptr);

    void openMoveDialog();
    void reload(const Idea &idea);

private:
    QLayout *buildStageRow();
    QLayout *buildOutcome();
    QGroupBox *buildChecklist();
    QTreeWidget *buildHistory();
    void reloadHistory(const Lifecycle &lc);

    void onOutcomeChosen();
    void setOutcomeFromUi();

    IdeaEditContext &m_context;

    QLabel *m_stageLabel;
    QPushButton *m_moveButton;
    QComboBox *m_outcome;
    QLineEdit *m_outcomeReason;
    QList<QPair<QString, QComboBox *>> m_checklist;
    StageTimes *m_stageTimes;
    QTreeWidget *m_history;
};

} // namespace mlp::ui

#pragma once

#include "core/domain/idea.h"

#include <QCoreApplication>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace mlp::ui {

class BaselineLadder;
class IdeaEditContext;

// The editor's "Baselines" tab: the lower bounds the project measures its models against, on
// the idea's chosen metric — requirements, published results, scripted and simple ML baselines
// and the five rungs of the human ladder — with where each comes from, the gap from each to the
// target and to the best model, a small chart of them, and a warning for every published result
// not yet checked as a fair comparison. Every change is one undoable edit.
class BaselinesTab : public QWidget
{
    Q_DECLARE_TR_FUNCTIONS(mlp::ui::IdeaEditor)

public:
    explicit BaselinesTab(IdeaEditContext &context, QWidget *parent = nullptr);

    void reload(const Idea &idea);

private:
    QWidget *buildTable();
    void fillTable(const Idea &idea, const MetricDef &metric, const BaselineAnalysis &analysis);
    void fitKindColumn();
    void baselineEdited(QTableWidgetItem *item);
    void addBaseline();
    void removeBaseline();

    IdeaEditContext &m_context;
    int m_rows = 0;
    QStringList m_labels; // the baselines' labels as last shown

    QComboBox *m_metric;
    QLabel *m_metricHint;
    QTableWidget *m_table;
    QComboBox *m_newKind;
    QPushButton *m_remove;
    QLabel *m_fairness;
    QLabel *m_position;
    BaselineLadder *m_ladder;
};

} // namespace mlp::ui

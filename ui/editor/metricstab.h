#pragma once

#include "core/domain/idea.h"

#include <QCoreApplication>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace mlp::ui {

class IdeaEditContext;

// The editor's "Metrics" tab: the metrics the project cares about (name, unit, which way is
// better, weight, bound), the rule that combines them into one number (weighted average,
// threshold, or a formula checked as it is typed), and the models' results with the number,
// rank and missed bounds the core computes for each. Every change is one undoable edit.
class MetricsTab : public QWidget
{
    Q_DECLARE_TR_FUNCTIONS(mlp::ui::IdeaEditor)

public:
    explicit MetricsTab(IdeaEditContext &context, QWidget *parent = nullptr);

    void reload(const Idea &idea);

private:
    QWidget *buildMetrics();
    QWidget *buildRule();
    QWidget *buildResults();

    void fillMetrics(const Idea &idea);
    void fillRule(const Idea &idea);
    void fillResults(const Idea &idea);
    void showFormulaCheck(const QString &formula);

    void metricEdited(QTableWidgetItem *item);
    void resultEdited(QTableWidgetItem *item);
    void addMetric();
    void removeMetric();
    void addModel();
    void removeModel();
    void commitRule(const QString &text);

    IdeaEditContext &m_context;
    QList<MetricDef> m_metrics; // as last shown, for the formula check while typing
    QStringList m_models;       // the models' names as last shown

    QTableWidget *m_metricTable;
    QPushButton *m_removeMetric;
    QComboBox *m_combine;
    QWidget *m_optimizeRow;
    QComboBox *m_optimize;
    QWidget *m_formulaRow;
    QLineEdit *m_formula;
    QComboBox *m_formulaDirection;
    QLabel *m_formulaPointer; // the formula with a caret under the place it goes wrong
    QLabel *m_formulaError;
    QLabel *m_ruleHint;
    QTableWidget *m_resultTable;
    QPushButton *m_removeModel;
    QLabel *m_ranking;
};

} // namespace mlp::ui

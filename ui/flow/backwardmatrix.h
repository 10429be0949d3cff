#pragma once

#include "core/domain/flow.h"

#include <QCoreApplication>
#include <QWidget>

#include <optional>

class QLabel;
class QTableWidget;

namespace mlp::ui {

// The backward moves of the portfolio as a from → to matrix: a row per stage a project went
// back from, a column per stage it went back to, the count in each cell shaded by how many
// there are. The reasons of the chosen cell, most frequent first, are listed under it (and
// each cell's tooltip gives them too).
class BackwardMatrix : public QWidget
{
    Q_OBJECT

public:
    explicit BackwardMatrix(QWidget *parent = nullptr);

    void setFlow(const FlowAnalytics &flow);
    // Chooses the cell of from → to (a backward pair) and lists its reasons.
    void selectPair(Stage from, Stage to);
    std::optional<QPair<Stage, Stage>> selectedPair() const;

    QTableWidget *table() const { return m_table; }
    QString reasonsText() const; // what the list of reasons says, as plain text
    // The cell of a backward pair: rows are Data, Training, Deploying (from); columns are
    // Planning, Data, Training (to).
    static int rowOf(Stage from) { return static_cast<int>(from) - 1; }
    static int columnOf(Stage to) { return static_cast<int>(to); }

private:
    void showReasons();
    QString cellToolTip(Stage from, Stage to) const;

    QTableWidget *m_table;
    QLabel *m_reasons;
    QMap<QPair<Stage, Stage>, int> m_counts;
    QMap<QPair<Stage, Stage>, QList<BackwardReasonCount>> m_reasonsByPair;
};

} // namespace mlp::ui

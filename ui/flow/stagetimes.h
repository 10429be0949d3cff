#pragma once

#include "core/domain/idea.h"

#include <QDateTime>
#include <QWidget>

#include <array>

class QLabel;
class QProgressBar;

namespace mlp::ui {

// The time one project spent in each stage (core's timeInEachStage(): every stay summed, the
// current one counting until now, or until the outcome of a shipped or shelved project), a row
// per stage with a bar for its share of the project's whole time. Narrow enough for the idea
// panel.
class StageTimes : public QWidget
{
    Q_OBJECT

public:
    explicit StageTimes(QWidget *parent = nullptr);

    void setIdea(const Idea &idea, const QDateTime &now);
    QString textFor(Stage stage) const; // what the stage's row says
    QString caption() const;

private:
    QLabel *m_caption;
    std::array<QLabel *, kStageCount> m_names {};
    std::array<QProgressBar *, kStageCount> m_bars {};
    std::array<QLabel *, kStageCount> m_texts {};
};

} // namespace mlp::ui

#pragma once

#include "core/domain/idea.h"

#include <QCoreApplication>
#include <QHash>
#include <QWidget>

#include <array>

class QComboBox;
class QGroupBox;
class QLabel;

namespace mlp::ui {

class IdeaEditContext;

// The editor's "Readiness" tab: the ML Test Score's 28 tests grouped by section, each scored
// 0, ½ or 1 (tooltips say what a test asks), the section sums, the score (the lowest section)
// and the weakest section. Each change is one undoable edit.
class ReadinessTab : public QWidget
{
    Q_DECLARE_TR_FUNCTIONS(mlp::ui::ReadinessTab)

public:
    explicit ReadinessTab(IdeaEditContext &context, QWidget *parent = nullptr);

    void reload(const Idea &idea);

private:
    void setAnswer(const QString &testId, int level);

    IdeaEditContext &m_context;
    QLabel *m_scoreLabel;
    std::array<QGroupBox *, kReadinessSectionCount> m_sections {};
    QHash<QString, QComboBox *> m_choices; // test id -> its 0 / ½ / 1 choice
};

} // namespace mlp::ui

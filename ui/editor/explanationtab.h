#pragma once

#include "core/domain/idea.h"

#include <QCoreApplication>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace mlp::ui {

class IdeaEditContext;

// The editor's "Why here" tab: how the idea's position on the chart follows from its answers,
// and whether it was placed by hand (with the button that goes back to the computed position).
class ExplanationTab : public QWidget
{
    // The editor's context, where these texts have always been translated.
    Q_DECLARE_TR_FUNCTIONS(mlp::ui::IdeaEditor)

public:
    explicit ExplanationTab(IdeaEditContext &context, QWidget *parent = nullptr);

    void reload(const Idea &idea);

private:
    IdeaEditContext &m_context;

    QPlainTextEdit *m_explanation;
    QLabel *m_overrideLabel;
    QPushButton *m_clearOverride;
};

} // namespace mlp::ui

#pragma once

#include "core/domain/idea.h"
#include "ui/editor/answerscale.h" // the scales of the Scoring tab, which callers find as children
#include "ui/editor/editlock.h"
#include "ui/editor/ideaeditcontext.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTabWidget;

namespace mlp::ui {

class Document;
class ExplanationTab;
class HistoryTab;
class IdeaTab;
class LifecycleTab;
class MetricsTab;
class BaselinesTab;
class ReadinessTab;
class ScoringTab;

// The panel for the selected idea: what it is, how it is scored and by whom, why it sits where
// it does on the chart, and where it is in the lifecycle. Every change is one undoable edit on
// the document; text fields commit when editing finishes, not per keystroke.
//
// The editor holds the idea's name, its summary line and the error line above four tabs, each
// its own class (IdeaTab, ScoringTab, ExplanationTab, LifecycleTab); it reloads them when the
// document changes, and gives them the one way to change the idea (IdeaEditContext).
class IdeaEditor : public QWidget, private IdeaEditContext
{
    Q_OBJECT

public:
    explicit IdeaEditor(Document *document, QWidget *parent = nullptr);

    qint64 ideaId() const override { return m_ideaId; }
    int currentRater() const; // index into the idea's raters, -1 when it has none

public slots:
    void setIdeaId(qint64 id); // 0: nothing selected
    void setCurrentRater(int index);
    void addRater(const QString &name);
    void renameRater(int index, const QString &name);
    void removeRater(int index);
    void openMoveDialog();
    void focusName();

signals:
    void errorOccurred(const QString &message);

private:
    QWidget *buildPage();

    // IdeaEditContext
    Document *document() const override { return m_document; }
    bool isLoading() const override { return m_loading; }
    bool commit(const QString &text, const std::function<void(Idea &)> &change) override;
    void showError(const QString &message) override;
    void hideError() override;
    void reload() override;

    void reloadSummary();

    Document *m_document;
    qint64 m_ideaId = 0;
    bool m_loading = false;

    QStackedWidget *m_stack;
    QLineEdit *m_name;
    QLabel *m_summary;
    QLabel *m_error;
    QLabel *m_accessNote; // what the login may not change here, when it may not change the idea
    QTabWidget *m_tabs;
    IdeaTab *m_ideaTab;
    ScoringTab *m_scoringTab;
    ExplanationTab *m_explanationTab;
    LifecycleTab *m_lifecycleTab;
    MetricsTab *m_metricsTab;
    BaselinesTab *m_baselinesTab;
    ReadinessTab *m_readinessTab;
    HistoryTab *m_historyTab;
    EditLock m_lock; // what the user's login may not change (the Scoring tab keeps its own)
};

} // namespace mlp::ui

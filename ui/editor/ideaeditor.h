#pragma once

#include "ui/editor/answerscale.h"
#include "core/domain/idea.h"

#include <QList>
#include <QWidget>

#include <array>
#include <functional>
#include <optional>

class QAbstractButton;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QHBoxLayout;
class QVBoxLayout;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;

namespace mlp::ui {

class Document;

// The panel for the selected idea: what it is, how it is scored and by whom, why it sits where
// it does on the chart, and where it is in the lifecycle. Every change is one undoable edit on
// the document; text fields commit when editing finishes, not per keystroke.
class IdeaEditor : public QWidget
{
    Q_OBJECT

public:
    explicit IdeaEditor(Document *document, QWidget *parent = nullptr);

    qint64 ideaId() const { return m_ideaId; }
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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildIdeaTab();
    QWidget *buildScoringTab();
    QWidget *buildExplanationTab();
    QWidget *buildLifecycleTab();
    void rebuildKeyQuestions(Archetype archetype);

    void reload();
    void reloadSummary();
    void reloadIdeaTab(const Idea &idea);
    void reloadScoringTab(const Idea &idea);
    void reloadExplanation(const Idea &idea);
    void reloadLifecycle(const Idea &idea);

    // Applies `change` to a copy of the current idea and pushes it as one edit named `text`.
    bool commit(const QString &text, const std::function<void(Idea &)> &change);
    void showError(const QString &message);
    QString askName(const QString &title, const QString &label, const QString &text);
    void setAnswer(int question, int value);
    static std::optional<double> parseAccuracy(const QString &text); // 0 < a < 1, or nothing
    void commitAccuracy();
    void onOutcomeChosen();
    void setOutcomeFromUi();

    Document *m_document;
    qint64 m_ideaId = 0;
    int m_rater = 0;
    bool m_loading = false;

    QStackedWidget *m_stack;
    QLineEdit *m_name;
    QLabel *m_summary;
    QLabel *m_error;
    QTabWidget *m_tabs;

    QPlainTextEdit *m_description;
    QLineEdit *m_owner;
    QComboBox *m_archetype;
    QLabel *m_archetypeInfo;
    QVBoxLayout *m_keyQuestionsLayout;
    QList<QPair<QString, QPlainTextEdit *>> m_keyQuestionEdits;
    Archetype m_keyQuestionsFor = Archetype::Software2;
    bool m_keyQuestionsBuilt = false;
    std::array<QComboBox *, 3> m_flywheel{};
    QLabel *m_flywheelVerdict;

    QComboBox *m_raterCombo;
    QPushButton *m_renameRater;
    QPushButton *m_removeRater;
    QLabel *m_raterSummary;
    std::array<AnswerScale *, kQuestionCount> m_answers{};
    std::array<QLabel *, kQuestionCount> m_aggregates{};
    QCheckBox *m_accuracyCheck;
    QLineEdit *m_accuracy;
    QLabel *m_costFactor;

    QPlainTextEdit *m_explanation;
    QLabel *m_overrideLabel;
    QPushButton *m_clearOverride;

    QLabel *m_stageLabel;
    QPushButton *m_moveButton;
    QComboBox *m_outcome;
    QLineEdit *m_outcomeReason;
    QList<QPair<QString, QComboBox *>> m_checklist;
    QTreeWidget *m_history;
};

} // namespace mlp::ui

#pragma once

#include "core/domain/idea.h"
#include "core/domain/scoring.h"
#include "ui/editor/editlock.h"

#include <QCoreApplication>
#include <QWidget>

#include <array>
#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace mlp::ui {

class AnswerScale;
class IdeaEditContext;

// The editor's "Scoring" tab: the raters, one rater's answers to the questions (with what all
// raters answered beside each), and the accuracy requirement with the cost factor it implies.
// An answer given while the idea has no rater adds the user as its first rater. A login that
// may change only its own answers (a rater on a shared portfolio) sees its own rater first and
// may change, add or remove only that one; the rest is shown locked, saying why.
class ScoringTab : public QWidget
{
    // The editor's context, where these texts have always been translated.
    Q_DECLARE_TR_FUNCTIONS(mlp::ui::IdeaEditor)

public:
    explicit ScoringTab(IdeaEditContext &context, QWidget *parent = nullptr);

    int currentRater() const;        // index into the idea's raters, -1 when it has none
    void setCurrentRater(int index); // and reloads the editor
    void resetRater();               // back to the first rater, for another idea; reloads nothing
    void addRater(const QString &name);
    void renameRater(int index, const QString &name);
    void removeRater(int index);

    void reload(const Idea &idea);

private:
    QLayout *buildRaterRow();
    QLayout *buildRaterButtons();
    QGroupBox *buildQuestionGroup(QuestionGroup group);
    void buildAccuracy(QVBoxLayout *layout);

    void reloadRaters(const Idea &idea, const ScoringConfig &config);
    void reloadAnswers(const Idea &idea, const ScoringConfig &config);
    void reloadAccuracy(const Idea &idea, const ScoringConfig &config);
    void lockWhatIsNotMine(const Idea &idea);
    QString ownName() const; // the name an answer of mine is recorded under

    QString askName(const QString &title, const QString &label, const QString &text);
    void setAnswer(int question, int value);
    static std::optional<double> parseAccuracy(const QString &text); // 0 < a < 1, or nothing
    void onAccuracyToggled(bool checked);
    void commitAccuracy();

    IdeaEditContext &m_context;
    int m_rater = 0;
    bool m_pickOwnRater = true; // the next reload shows the login's own rater, if any
    EditLock m_lock;

    QComboBox *m_raterCombo;
    QPushButton *m_renameRater;
    QPushButton *m_removeRater;
    QLabel *m_raterSummary;
    std::array<AnswerScale *, kQuestionCount> m_answers {};
    std::array<QLabel *, kQuestionCount> m_aggregates {};
    QCheckBox *m_accuracyCheck;
    QLineEdit *m_accuracy;
    QLabel *m_costFactor;
};

} // namespace mlp::ui

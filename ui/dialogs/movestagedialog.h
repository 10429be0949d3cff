#pragma once

#include "core/domain/idea.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace mlp::ui {

class Document;

// Moves one project, or several, to another stage. A backward move asks for one of the course's
// triggers for that pair or a free-text reason; leaving Planning with the checklist unanswered asks
// for an override note. A move to Deploying & testing shows each project's readiness score and
// weakest section (a warning; the core refuses it when the portfolio's gate is on). A refusal from
// the core is shown here and the dialog stays open.
class MoveStageDialog : public QDialog
{
    Q_OBJECT

public:
    MoveStageDialog(Document *document, qint64 ideaId, QWidget *parent = nullptr);
    // Several projects to one stage, as one undoable step.
    MoveStageDialog(Document *document, const QList<qint64> &ideaIds, QWidget *parent = nullptr);

    MoveRequest request() const;
    void setTarget(Stage stage);

public slots:
    void accept() override;

private:
    void showCurrentStage(const Idea *idea);
    void updateFields();
    void updateReadinessWarning(Stage to);
    void fitToContents();

    Document *m_document;
    QList<qint64> m_ideaIds;
    QLabel *m_currentLabel;
    QComboBox *m_target;
    QLabel *m_triggerLabel;
    QComboBox *m_trigger;
    QPlainTextEdit *m_reason;
    QLabel *m_overrideLabel;
    QLineEdit *m_overrideNote;
    QLineEdit *m_who;
    QLabel *m_readiness; // the readiness score shown before a move to Deploying & testing
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace mlp::ui

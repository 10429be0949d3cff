#pragma once

#include "core/domain/idea.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QWidget>

#include <array>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QVBoxLayout;

namespace mlp::ui {

class IdeaEditContext;

// The editor's "Idea" tab: what the idea is (description, owner, archetype with its key
// questions) and the data flywheel check. Combo boxes change the idea at once; text fields when
// they lose focus (or, for the owner, on Enter).
class IdeaTab : public QWidget
{
    // The editor's context, where these texts have always been translated.
    Q_DECLARE_TR_FUNCTIONS(mlp::ui::IdeaEditor)

public:
    explicit IdeaTab(IdeaEditContext &context, QWidget *parent = nullptr);

    void reload(const Idea &idea);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildFields(QVBoxLayout *layout);
    QGroupBox *buildFlywheelCheck();
    void rebuildKeyQuestions(Archetype archetype);
    void commitKeyQuestion(const QString &id, QPlainTextEdit *edit);

    IdeaEditContext &m_context;

    QPlainTextEdit *m_description;
    QLineEdit *m_owner;
    QComboBox *m_archetype;
    QLabel *m_archetypeInfo;
    QVBoxLayout *m_keyQuestionsLayout;
    QList<QPair<QString, QPlainTextEdit *>> m_keyQuestionEdits;
    Archetype m_keyQuestionsFor = Archetype::Software2;
    bool m_keyQuestionsBuilt = false;
    std::array<QComboBox *, 3> m_flywheel {};
    QLabel *m_flywheelVerdict;
};

} // namespace mlp::ui

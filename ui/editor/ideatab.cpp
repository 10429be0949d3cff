#include "ui/editor/ideatab.h"

#include "ui/editor/editorsupport.h"
#include "ui/editor/ideaeditcontext.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace mlp::ui {

using namespace editorsupport;

IdeaTab::IdeaTab(IdeaEditContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    buildFields(layout);

    m_archetypeInfo = wrappingLabel();
    m_archetypeInfo->setObjectName(QStringLiteral("archetypeInfo"));
    layout->addWidget(m_archetypeInfo);

    auto *keyBox = new QGroupBox(tr("Key questions for this archetype"));
    m_keyQuestionsLayout = new QVBoxLayout(keyBox);
    layout->addWidget(keyBox);

    layout->addWidget(buildFlywheelCheck());
    layout->addStretch(1);
}

void IdeaTab::buildFields(QVBoxLayout *layout)
{
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setPlaceholderText(tr("What the project would do and for whom"));
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 5 + 10);
    m_description->installEventFilter(this);
    m_owner = new QLineEdit;
    m_owner->setObjectName(QStringLiteral("ownerEdit"));
    connect(m_owner, &QLineEdit::editingFinished, this, [this] {
        if (m_context.isLoading() || !m_owner->isModified())
            return;
        m_owner->setModified(false);
        const QString owner = m_owner->text().trimmed();
        m_context.commit(tr("Change owner"), [&](Idea &idea) { idea.owner = owner; });
    });
    m_archetype = new QComboBox;
    m_archetype->setObjectName(QStringLiteral("archetypeCombo"));
    for (int a = 0; a < kArchetypeCount; ++a)
        m_archetype->addItem(archetypeInfo(Archetype(a)).name, a);
    connect(m_archetype, &QComboBox::currentIndexChanged, this, [this] {
        if (m_context.isLoading())
            return;
        const auto archetype = Archetype(m_archetype->currentData().toInt());
        m_context.commit(tr("Change archetype"), [&](Idea &idea) { idea.archetype = archetype; });
    });
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Owner:"), m_owner);
    form->addRow(tr("Archetype:"), m_archetype);
    layout->addLayout(form);
}

QGroupBox *IdeaTab::buildFlywheelCheck()
{
    auto *flywheelBox = new QGroupBox(tr("Data flywheel check"));
    auto *flywheelForm = new QGridLayout(flywheelBox);
    flywheelForm->setColumnStretch(0, 1);
    for (int i = 0; i < 3; ++i) {
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("flywheel_%1").arg(i));
        combo->addItem(tr("Unknown"), int(TriState::Unknown));
        combo->addItem(tr("Yes"), int(TriState::Yes));
        combo->addItem(tr("No"), int(TriState::No));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, i, combo] {
            if (m_context.isLoading())
                return;
            const auto value = TriState(combo->currentData().toInt());
            m_context.commit(tr("Answer the flywheel check"),
                             [&](Idea &idea) { idea.flywheel[i] = value; });
        });
        m_flywheel[i] = combo;
        flywheelForm->addWidget(wrappingLabel(flywheelQuestions()[i].text), i, 0);
        flywheelForm->addWidget(combo, i, 1, Qt::AlignTop);
    }
    m_flywheelVerdict = wrappingLabel();
    m_flywheelVerdict->setObjectName(QStringLiteral("flywheelVerdict"));
    flywheelForm->addWidget(m_flywheelVerdict, 3, 0, 1, 2);
    return flywheelBox;
}

void IdeaTab::rebuildKeyQuestions(Archetype archetype)
{
    if (m_keyQuestionsBuilt && archetype == m_keyQuestionsFor)
        return;
    while (QLayoutItem *item = m_keyQuestionsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_keyQuestionEdits.clear();
    for (const KeyQuestion &q : archetypeInfo(archetype).keyQuestions) {
        auto *edit = new QPlainTextEdit;
        edit->setObjectName(QStringLiteral("keyQuestion_%1").arg(q.id));
        edit->setPlaceholderText(tr("Your answer"));
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 10);
        edit->setTabChangesFocus(true);
        edit->installEventFilter(this);
        m_keyQuestionsLayout->addWidget(wrappingLabel(q.text));
        m_keyQuestionsLayout->addWidget(edit);
        m_keyQuestionEdits << qMakePair(q.id, edit);
    }
    m_keyQuestionsFor = archetype;
    m_keyQuestionsBuilt = true;
}

// The description and the key questions are recorded when they lose focus, as one edit each.
bool IdeaTab::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && !m_context.isLoading()) {
        if (watched == m_description && m_description->document()->isModified()) {
            m_description->document()->setModified(false);
            const QString text = m_description->toPlainText();
            m_context.commit(tr("Change description"),
                             [&](Idea &idea) { idea.description = text; });
        }
        for (const auto &[id, edit] : std::as_const(m_keyQuestionEdits)) {
            if (watched == edit && edit->document()->isModified())
                commitKeyQuestion(id, edit);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void IdeaTab::commitKeyQuestion(const QString &id, QPlainTextEdit *edit)
{
    edit->document()->setModified(false);
    const QString text = edit->toPlainText().trimmed();
    const QString key = id;
    m_context.commit(tr("Answer a key question"), [&](Idea &idea) {
        if (text.isEmpty())
            idea.keyQuestionAnswers.remove(key);
        else
            idea.keyQuestionAnswers.insert(key, text);
    });
}

void IdeaTab::reload(const Idea &idea)
{
    setPlainTextIfIdle(m_description, idea.description);
    setTextIfIdle(m_owner, idea.owner);
    setComboData(m_archetype, int(idea.archetype));
    const ArchetypeInfo &info = archetypeInfo(idea.archetype);
    m_archetypeInfo->setText(
        tr("<p>%1</p><p><i>Examples:</i> %2</p><p><i>Where it sits:</i> %3<br><i>Lever:</i> %4</p>")
            .arg(info.description.toHtmlEscaped(),
                 info.examples.join(QLatin1String("; ")).toHtmlEscaped(),
                 info.typicalPosition.toHtmlEscaped(), info.lever.toHtmlEscaped()));
    rebuildKeyQuestions(idea.archetype);
    for (const auto &[id, edit] : std::as_const(m_keyQuestionEdits))
        setPlainTextIfIdle(edit, idea.keyQuestionAnswers.value(id));
    for (int i = 0; i < 3; ++i)
        setComboData(m_flywheel[i], int(idea.flywheel[i]));
    m_flywheelVerdict->setText(flywheelVerdictText(flywheelVerdict(idea.flywheel)));
}

} // namespace mlp::ui

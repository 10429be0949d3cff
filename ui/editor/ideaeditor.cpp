#include "ui/editor/ideaeditor.h"

#include "ui/document/document.h"
#include "ui/common/localdate.h"
#include "ui/dialogs/movestagedialog.h"
#include "ui/common/uisettings.h"
#include "core/domain/scoreformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace mlp::ui {

namespace {

QScrollArea *scrolling(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}

QLabel *wrappingLabel(const QString &text = {})
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString number(double value, int decimals = 1)
{
    return formatScore(value, decimals);
}

QString coordinate(const std::optional<double> &value)
{
    return value ? number(*value) : QStringLiteral("–");
}

void setPlainTextIfIdle(QPlainTextEdit *edit, const QString &text)
{
    if (edit->hasFocus() && edit->document()->isModified())
        return;
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
    edit->document()->setModified(false);
}

void setTextIfIdle(QLineEdit *edit, const QString &text)
{
    if (edit->hasFocus() && edit->isModified())
        return;
    if (edit->text() != text)
        edit->setText(text);
    edit->setModified(false);
}

void setComboData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (index >= 0 && combo->currentIndex() != index)
        combo->setCurrentIndex(index);
}

// Lets the reason lines of the lifecycle history wrap: a tree view asks its delegate for row
// heights without the width, so this one supplies the width of the list.
class HistoryDelegate : public QStyledItemDelegate
{
public:
    explicit HistoryDelegate(QTreeWidget *tree) : QStyledItemDelegate(tree), m_tree(tree) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (!index.parent().isValid())
            return size;
        const int margin = m_tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_tree) + 1;
        const int width = std::max(40, m_tree->viewport()->width() - m_tree->indentation() - 2 * margin);
        const QRect text = option.fontMetrics.boundingRect(QRect(0, 0, width, 0), Qt::TextWordWrap,
                                                           index.data(Qt::DisplayRole).toString());
        size.setHeight(std::max(size.height(), text.height() + 4));
        return size;
    }

private:
    QTreeWidget *m_tree;
};

} // namespace

IdeaEditor::IdeaEditor(Document *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("ideaEditor"));

    auto *placeholder = new QLabel(tr("Select an idea in the table or on the chart to see and edit it here."));
    placeholder->setObjectName(QStringLiteral("editorPlaceholder"));
    placeholder->setWordWrap(true);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setMargin(24);

    auto *page = new QWidget;
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("Name of the idea"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.2);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (m_loading || !m_name->isModified())
            return;
        m_name->setModified(false);
        const QString name = m_name->text().trimmed();
        commit(tr("Rename idea"), [&](Idea &idea) { idea.name = name; });
    });
    m_summary = wrappingLabel();
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_error = wrappingLabel();
    m_error->setObjectName(QStringLiteral("editorError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildIdeaTab(), tr("Idea"));
    m_tabs->addTab(buildScoringTab(), tr("Scoring"));
    m_tabs->addTab(buildExplanationTab(), tr("Why here"));
    m_tabs->addTab(buildLifecycleTab(), tr("Lifecycle"));

    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(6, 6, 6, 6);
    pageLayout->addWidget(m_name);
    pageLayout->addWidget(m_summary);
    pageLayout->addWidget(m_error);
    pageLayout->addWidget(m_tabs, 1);

    m_stack = new QStackedWidget;
    m_stack->addWidget(placeholder);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(document, &Document::ideaChanged, this, [this](qint64 id) {
        if (id == m_ideaId)
            reload();
    });
    connect(document, &Document::ideaRemoved, this, [this](qint64 id) {
        if (id == m_ideaId)
            setIdeaId(0);
    });
    connect(document, &Document::settingsChanged, this, &IdeaEditor::reload);
    connect(document, &Document::rankingChanged, this, &IdeaEditor::reloadSummary);
    connect(document, &Document::portfolioReset, this, [this] {
        if (!m_document->idea(m_ideaId))
            setIdeaId(0);
        else
            reload();
    });
    setIdeaId(0);
}

QWidget *IdeaEditor::buildIdeaTab()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

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
        if (m_loading || !m_owner->isModified())
            return;
        m_owner->setModified(false);
        const QString owner = m_owner->text().trimmed();
        commit(tr("Change owner"), [&](Idea &idea) { idea.owner = owner; });
    });
    m_archetype = new QComboBox;
    m_archetype->setObjectName(QStringLiteral("archetypeCombo"));
    for (int a = 0; a < kArchetypeCount; ++a)
        m_archetype->addItem(archetypeInfo(Archetype(a)).name, a);
    connect(m_archetype, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        const auto archetype = Archetype(m_archetype->currentData().toInt());
        commit(tr("Change archetype"), [&](Idea &idea) { idea.archetype = archetype; });
    });
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Owner:"), m_owner);
    form->addRow(tr("Archetype:"), m_archetype);
    layout->addLayout(form);

    m_archetypeInfo = wrappingLabel();
    m_archetypeInfo->setObjectName(QStringLiteral("archetypeInfo"));
    layout->addWidget(m_archetypeInfo);

    auto *keyBox = new QGroupBox(tr("Key questions for this archetype"));
    m_keyQuestionsLayout = new QVBoxLayout(keyBox);
    layout->addWidget(keyBox);

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
            if (m_loading)
                return;
            const auto value = TriState(combo->currentData().toInt());
            commit(tr("Answer the flywheel check"), [&](Idea &idea) { idea.flywheel[i] = value; });
        });
        m_flywheel[i] = combo;
        flywheelForm->addWidget(wrappingLabel(flywheelQuestions()[i].text), i, 0);
        flywheelForm->addWidget(combo, i, 1, Qt::AlignTop);
    }
    m_flywheelVerdict = wrappingLabel();
    m_flywheelVerdict->setObjectName(QStringLiteral("flywheelVerdict"));
    flywheelForm->addWidget(m_flywheelVerdict, 3, 0, 1, 2);
    layout->addWidget(flywheelBox);
    layout->addStretch(1);
    return scrolling(content);
}

void IdeaEditor::rebuildKeyQuestions(Archetype archetype)
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

QWidget *IdeaEditor::buildScoringTab()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    auto *raterRow = new QHBoxLayout;
    m_raterCombo = new QComboBox;
    m_raterCombo->setObjectName(QStringLiteral("raterCombo"));
    m_raterCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_raterCombo->setMinimumContentsLength(10);
    m_raterCombo->setToolTip(tr("Whose answers you are editing"));
    connect(m_raterCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_loading)
            setCurrentRater(index);
    });
    auto *add = new QPushButton(tr("Add…"));
    add->setObjectName(QStringLiteral("addRaterButton"));
    add->setToolTip(tr("Add a person who scores this idea"));
    connect(add, &QPushButton::clicked, this, [this] {
        const QString name = askName(tr("Add Rater"), tr("Name of the rater:"), QString());
        if (!name.isEmpty())
            addRater(name);
    });
    m_renameRater = new QPushButton(tr("Rename…"));
    m_renameRater->setObjectName(QStringLiteral("renameRaterButton"));
    connect(m_renameRater, &QPushButton::clicked, this, [this] {
        const int index = currentRater();
        if (index < 0)
            return;
        const QString name = askName(tr("Rename Rater"), tr("New name:"), m_raterCombo->currentText());
        if (!name.isEmpty())
            renameRater(index, name);
    });
    m_removeRater = new QPushButton(tr("Remove"));
    m_removeRater->setObjectName(QStringLiteral("removeRaterButton"));
    connect(m_removeRater, &QPushButton::clicked, this, [this] {
        const int index = currentRater();
        if (index < 0)
            return;
        if (QMessageBox::question(this, tr("Remove Rater"),
                                  tr("Remove %1 and all of their answers?").arg(m_raterCombo->currentText()))
            == QMessageBox::Yes)
            removeRater(index);
    });
    raterRow->addWidget(new QLabel(tr("Rater:")));
    raterRow->addWidget(m_raterCombo, 1);
    layout->addLayout(raterRow);
    auto *raterButtons = new QHBoxLayout;
    raterButtons->addStretch(1);
    raterButtons->addWidget(add);
    raterButtons->addWidget(m_renameRater);
    raterButtons->addWidget(m_removeRater);
    layout->addLayout(raterButtons);

    m_raterSummary = wrappingLabel();
    m_raterSummary->setObjectName(QStringLiteral("raterSummary"));
    layout->addWidget(m_raterSummary);

    const auto &qs = questions();
    const std::array<QuestionGroup, 4> groups{QuestionGroup::Impact, QuestionGroup::DataAvailability,
                                              QuestionGroup::AccuracyRequirement, QuestionGroup::ProblemDifficulty};
    for (QuestionGroup group : groups) {
        auto *box = new QGroupBox(groupDisplayName(group));
        box->setObjectName(QStringLiteral("group_%1").arg(groupKey(group)));
        auto *grid = new QVBoxLayout(box);
        for (int q = 0; q < kQuestionCount; ++q) {
            if (qs[q].group != group)
                continue;
            auto *label = wrappingLabel(qs[q].text);
            label->setToolTip(tr("%1\nUnanswered questions are left out, not counted as zero.").arg(qs[q].text));
            auto *scale = new AnswerScale(qs[q].anchor1, qs[q].anchor5);
            scale->setObjectName(QStringLiteral("answer_%1").arg(qs[q].id));
            connect(scale, &AnswerScale::answered, this, [this, q](int value) {
                if (!m_loading)
                    setAnswer(q, value);
            });
            auto *aggregate = new QLabel;
            aggregate->setObjectName(QStringLiteral("aggregate_%1").arg(qs[q].id));
            aggregate->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            aggregate->setMinimumWidth(aggregate->fontMetrics().horizontalAdvance(tr("median") + QStringLiteral(" 3.5 (2–5)")));
            scale->addTrailingWidget(aggregate);
            grid->addWidget(label);
            grid->addWidget(scale);
            m_answers[q] = scale;
            m_aggregates[q] = aggregate;
        }
        if (group == QuestionGroup::AccuracyRequirement) {
            auto *accuracyRow = new QHBoxLayout;
            m_accuracyCheck = new QCheckBox(tr("Required accuracy:"));
            m_accuracyCheck->setObjectName(QStringLiteral("accuracyCheck"));
            // A text field, not a spin box: the requirement is typed as a whole (0.995, 0.99999)
            // and recorded on Enter or when leaving the field, as one step.
            m_accuracy = new QLineEdit;
            m_accuracy->setObjectName(QStringLiteral("accuracyEdit"));
            m_accuracy->setPlaceholderText(tr("for example %1").arg(QLocale().toString(0.99)));
            m_accuracy->setToolTip(tr("A fraction between 0 and 1, such as %1; press Enter to record it")
                                       .arg(QLocale().toString(0.99)));
            accuracyRow->addWidget(m_accuracyCheck);
            accuracyRow->addWidget(m_accuracy, 1);
            grid->addLayout(accuracyRow);
            m_costFactor = wrappingLabel();
            m_costFactor->setObjectName(QStringLiteral("costFactorLabel"));
            grid->addWidget(m_costFactor);
            connect(m_accuracyCheck, &QCheckBox::toggled, this, [this](bool checked) {
                if (m_loading)
                    return;
                m_accuracy->setEnabled(checked);
                if (!checked) {
                    commit(tr("Change accuracy requirement"), [](Idea &idea) { idea.accuracyRequirement.reset(); });
                    return;
                }
                if (m_accuracy->text().trimmed().isEmpty()) {
                    m_accuracy->setFocus(); // recorded once a value is entered
                    return;
                }
                commitAccuracy();
            });
            connect(m_accuracy, &QLineEdit::editingFinished, this, [this] {
                if (m_loading || !m_accuracy->isModified())
                    return;
                m_accuracy->setModified(false);
                commitAccuracy();
            });
        }
        layout->addWidget(box);
    }
    layout->addStretch(1);
    return scrolling(content);
}

QWidget *IdeaEditor::buildExplanationTab()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    m_overrideLabel = wrappingLabel();
    m_overrideLabel->setObjectName(QStringLiteral("overrideLabel"));
    m_clearOverride = new QPushButton(tr("Clear Override"));
    m_clearOverride->setObjectName(QStringLiteral("clearOverrideButton"));
    m_clearOverride->setToolTip(tr("Go back to the position computed from the answers"));
    connect(m_clearOverride, &QPushButton::clicked, this, [this] {
        if (const Status s = m_document->clearOverride(m_ideaId); !s)
            showError(s.error().message);
    });
    auto *overrideRow = new QHBoxLayout;
    overrideRow->addWidget(m_overrideLabel, 1);
    overrideRow->addWidget(m_clearOverride, 0, Qt::AlignTop);
    layout->addLayout(overrideRow);
    m_explanation = new QPlainTextEdit;
    m_explanation->setObjectName(QStringLiteral("explanationText"));
    m_explanation->setReadOnly(true);
    m_explanation->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    layout->addWidget(m_explanation, 1);
    return content;
}

QWidget *IdeaEditor::buildLifecycleTab()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    auto *stageRow = new QHBoxLayout;
    m_stageLabel = wrappingLabel();
    m_stageLabel->setObjectName(QStringLiteral("stageLabel"));
    m_moveButton = new QPushButton(tr("Move…"));
    m_moveButton->setObjectName(QStringLiteral("moveButton"));
    m_moveButton->setToolTip(tr("Move the project to another stage"));
    connect(m_moveButton, &QPushButton::clicked, this, &IdeaEditor::openMoveDialog);
    stageRow->addWidget(m_stageLabel, 1);
    stageRow->addWidget(m_moveButton, 0, Qt::AlignTop);
    layout->addLayout(stageRow);

    auto *outcomeForm = new QFormLayout;
    m_outcome = new QComboBox;
    m_outcome->setObjectName(QStringLiteral("outcomeCombo"));
    for (Outcome o : kAllOutcomes)
        m_outcome->addItem(outcomeDisplayName(o), int(o));
    m_outcomeReason = new QLineEdit;
    m_outcomeReason->setObjectName(QStringLiteral("outcomeReasonEdit"));
    m_outcomeReason->setPlaceholderText(tr("Why it was shelved"));
    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            onOutcomeChosen();
    });
    connect(m_outcomeReason, &QLineEdit::editingFinished, this, [this] {
        if (!m_loading && m_outcomeReason->isModified()) {
            m_outcomeReason->setModified(false);
            setOutcomeFromUi();
        }
    });
    outcomeForm->addRow(tr("Outcome:"), m_outcome);
    outcomeForm->addRow(tr("Reason:"), m_outcomeReason);
    layout->addLayout(outcomeForm);

    auto *checklistBox = new QGroupBox(tr("Feasibility checklist (before leaving Planning)"));
    auto *checklistForm = new QGridLayout(checklistBox);
    checklistForm->setColumnStretch(0, 1);
    for (const ChecklistItem &item : checklistItems()) {
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("checklist_%1").arg(item.id));
        combo->addItem(tr("Unanswered"), int(ChecklistAnswer::Unanswered));
        combo->addItem(tr("Yes"), int(ChecklistAnswer::Yes));
        combo->addItem(tr("No"), int(ChecklistAnswer::No));
        const QString id = item.id;
        connect(combo, &QComboBox::currentIndexChanged, this, [this, id, combo] {
            if (m_loading)
                return;
            const auto answer = ChecklistAnswer(combo->currentData().toInt());
            commit(tr("Answer the feasibility checklist"), [&](Idea &idea) {
                if (answer == ChecklistAnswer::Unanswered)
                    idea.checklist.remove(id);
                else
                    idea.checklist.insert(id, answer);
            });
        });
        const int row = int(m_checklist.size());
        checklistForm->addWidget(wrappingLabel(item.text), row, 0);
        checklistForm->addWidget(combo, row, 1, Qt::AlignTop);
        m_checklist << qMakePair(item.id, combo);
    }
    layout->addWidget(checklistBox);

    layout->addWidget(new QLabel(tr("History:")));
    m_history = new QTreeWidget;
    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setRootIsDecorated(false);
    m_history->setItemsExpandable(false);
    m_history->setUniformRowHeights(false);
    m_history->setIndentation(m_history->fontMetrics().averageCharWidth() * 3);
    m_history->setHeaderLabels({tr("When"), tr("Move"), tr("Who")});
    m_history->setWordWrap(true);
    m_history->setTextElideMode(Qt::ElideRight);
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_history->setItemDelegate(new HistoryDelegate(m_history));
    QHeaderView *header = m_history->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    // The reasons wrap at the width of the list, so their heights change with it.
    connect(header, &QHeaderView::geometriesChanged, m_history, [this] {
        QMetaObject::invokeMethod(m_history, &QTreeWidget::doItemsLayout, Qt::QueuedConnection);
    });
    m_history->setMinimumHeight(140);
    layout->addWidget(m_history, 1);
    return scrolling(content);
}

int IdeaEditor::currentRater() const
{
    const Idea *idea = m_document->idea(m_ideaId);
    if (!idea || idea->raters.isEmpty())
        return -1;
    return std::clamp(m_rater, 0, int(idea->raters.size()) - 1);
}

void IdeaEditor::setIdeaId(qint64 id)
{
    const bool changedIdea = id != m_ideaId;
    m_ideaId = m_document->idea(id) ? id : 0;
    if (changedIdea) {
        m_rater = 0;
        m_error->hide();
    }
    reload();
}

void IdeaEditor::setCurrentRater(int index)
{
    m_rater = std::max(0, index);
    reload();
}

void IdeaEditor::addRater(const QString &name)
{
    const Idea *idea = m_document->idea(m_ideaId);
    if (!idea)
        return;
    const int index = int(idea->raters.size());
    if (commit(tr("Add rater %1").arg(name), [&](Idea &i) { i.raters.append(Rater{name, {}}); }))
        setCurrentRater(index);
}

void IdeaEditor::renameRater(int index, const QString &name)
{
    commit(tr("Rename rater"), [&](Idea &idea) {
        if (index >= 0 && index < idea.raters.size())
            idea.raters[index].name = name;
    });
}

void IdeaEditor::removeRater(int index)
{
    commit(tr("Remove rater"), [&](Idea &idea) {
        if (index >= 0 && index < idea.raters.size())
            idea.raters.removeAt(index);
    });
}

void IdeaEditor::openMoveDialog()
{
    if (!m_document->idea(m_ideaId))
        return;
    MoveStageDialog dialog(m_document, m_ideaId, this);
    dialog.exec();
}

void IdeaEditor::focusName()
{
    m_tabs->setCurrentIndex(0);
    m_name->setFocus();
    m_name->selectAll();
}

bool IdeaEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && !m_loading) {
        if (watched == m_description && m_description->document()->isModified()) {
            m_description->document()->setModified(false);
            const QString text = m_description->toPlainText();
            commit(tr("Change description"), [&](Idea &idea) { idea.description = text; });
        }
        for (const auto &[id, edit] : std::as_const(m_keyQuestionEdits)) {
            if (watched == edit && edit->document()->isModified()) {
                edit->document()->setModified(false);
                const QString text = edit->toPlainText().trimmed();
                const QString key = id;
                commit(tr("Answer a key question"), [&](Idea &idea) {
                    if (text.isEmpty())
                        idea.keyQuestionAnswers.remove(key);
                    else
                        idea.keyQuestionAnswers.insert(key, text);
                });
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool IdeaEditor::commit(const QString &text, const std::function<void(Idea &)> &change)
{
    const Idea *current = m_document->idea(m_ideaId);
    if (!current)
        return false;
    Idea changed = *current;
    change(changed);
    const Status status = m_document->editIdea(changed, text);
    if (!status) {
        showError(status.error().message);
        reload();
        return false;
    }
    m_error->hide();
    return true;
}

std::optional<double> IdeaEditor::parseAccuracy(const QString &text)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    double value = QLocale().toDouble(trimmed, &ok);
    if (!ok)
        value = QLocale::c().toDouble(trimmed, &ok);
    if (!ok || !std::isfinite(value) || value <= 0.0 || value >= 1.0)
        return std::nullopt;
    return value;
}

void IdeaEditor::commitAccuracy()
{
    const QString text = m_accuracy->text().trimmed();
    const std::optional<double> value = parseAccuracy(text);
    if (!value) {
        showError(tr("“%1” is not an accuracy requirement: type a fraction greater than 0 and less than 1, "
                     "such as %2 for 99 %.")
                      .arg(text, QLocale().toString(0.99)));
        m_accuracy->setFocus();
        return;
    }
    commit(tr("Change accuracy requirement"), [&](Idea &idea) { idea.accuracyRequirement = value; });
}

// A name, asked in a dialog wide enough for its title (a bare QInputDialog is as narrow as its
// label, and window managers cut the title to that). Empty when cancelled.
QString IdeaEditor::askName(const QString &title, const QString &label, const QString &text)
{
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("raterNameDialog"));
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setTextValue(text);
    const QFontMetrics fm = dialog.fontMetrics();
    // QInputDialog sizes itself from its layout, so the width goes on the text field.
    const int width = std::max(fm.averageCharWidth() * 40, fm.horizontalAdvance(title) * 2 + 160);
    if (auto *edit = dialog.findChild<QLineEdit *>())
        edit->setMinimumWidth(width);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.textValue().trimmed();
}

void IdeaEditor::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    emit errorOccurred(message);
}

void IdeaEditor::setAnswer(int question, int value)
{
    const Idea *idea = m_document->idea(m_ideaId);
    if (!idea)
        return;
    int rater = currentRater();
    const bool needsRater = rater < 0;
    QString defaultName = UiSettings::instance().userName();
    if (defaultName.isEmpty())
        defaultName = tr("Me");
    commit(tr("Answer “%1”").arg(questions()[question].text), [&](Idea &i) {
        if (needsRater) {
            i.raters.append(Rater{defaultName, {}});
            rater = 0;
        }
        i.raters[rater].answers[question] = qint8(value);
    });
}

// Shelving needs a reason: choosing Shelved opens the reason field and waits for it; the
// outcome changes once a reason is entered. Any other outcome applies at once.
void IdeaEditor::onOutcomeChosen()
{
    const Idea *idea = m_document->idea(m_ideaId);
    if (!idea)
        return;
    const bool shelving = Outcome(m_outcome->currentData().toInt()) == Outcome::Shelved;
    m_outcomeReason->setEnabled(shelving);
    m_error->hide();
    if (!shelving) {
        if (idea->lifecycle.outcome != Outcome::Shelved)
            m_outcomeReason->clear();
        setOutcomeFromUi();
        return;
    }
    if (m_outcomeReason->text().trimmed().isEmpty()) {
        m_outcomeReason->setPlaceholderText(tr("Why is it shelved? Type the reason and press Enter"));
        m_outcomeReason->setFocus();
        return;
    }
    setOutcomeFromUi();
}

void IdeaEditor::setOutcomeFromUi()
{
    const Idea *idea = m_document->idea(m_ideaId);
    if (!idea)
        return;
    const auto outcome = Outcome(m_outcome->currentData().toInt());
    const QString reason = m_outcomeReason->text().trimmed();
    auto changed = setIdeaOutcome(*idea, outcome, outcome == Outcome::Shelved ? reason : QString());
    if (!changed) {
        showError(changed.error().message);
        if (outcome == Outcome::Shelved)
            m_outcomeReason->setFocus();
        return;
    }
    const Lifecycle lifecycle = changed->lifecycle;
    commit(tr("Change outcome"), [&](Idea &i) { i.lifecycle = lifecycle; });
}

void IdeaEditor::reload()
{
    const Idea *idea = m_document->idea(m_ideaId);
    if (!idea) {
        m_ideaId = 0;
        m_stack->setCurrentIndex(0);
        return;
    }
    m_loading = true;
    m_stack->setCurrentIndex(1);
    setTextIfIdle(m_name, idea->name);
    reloadIdeaTab(*idea);
    reloadScoringTab(*idea);
    reloadExplanation(*idea);
    reloadLifecycle(*idea);
    m_loading = false;
    reloadSummary();
}

void IdeaEditor::reloadSummary()
{
    const Idea *idea = m_document->idea(m_ideaId);
    const Score *score = m_document->scoreFor(m_ideaId);
    if (!idea || !score)
        return;
    const ScoringConfig &config = m_document->portfolio().config;
    m_summary->setText(tr("Rank %1 of %2 · <b>%3</b> · impact %4 · feasibility %5 · %6 % scored")
                           .arg(m_document->rankOf(idea->id))
                           .arg(m_document->portfolio().ideas.size())
                           .arg(quadrantName(score->quadrant, config).toHtmlEscaped(), coordinate(score->impact),
                                coordinate(score->feasibility))
                           .arg(qRound(score->completeness * 100.0)));
}

void IdeaEditor::reloadIdeaTab(const Idea &idea)
{
    setPlainTextIfIdle(m_description, idea.description);
    setTextIfIdle(m_owner, idea.owner);
    setComboData(m_archetype, int(idea.archetype));
    const ArchetypeInfo &info = archetypeInfo(idea.archetype);
    m_archetypeInfo->setText(tr("<p>%1</p><p><i>Examples:</i> %2</p><p><i>Where it sits:</i> %3<br><i>Lever:</i> %4</p>")
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

void IdeaEditor::reloadScoringTab(const Idea &idea)
{
    const ScoringConfig &config = m_document->portfolio().config;
    const int rater = currentRater();
    m_raterCombo->clear();
    for (const Rater &r : idea.raters)
        m_raterCombo->addItem(r.name);
    if (rater >= 0)
        m_raterCombo->setCurrentIndex(rater);
    m_renameRater->setEnabled(rater >= 0);
    m_removeRater->setEnabled(rater >= 0);

    const Score *score = m_document->scoreFor(idea.id);
    const QString aggregation = config.aggregation == Aggregation::Median ? tr("median") : tr("mean");
    if (idea.raters.isEmpty()) {
        m_raterSummary->setText(tr("No one has scored this idea yet. Your first answer adds you as a rater."));
    } else if (idea.raters.size() == 1) {
        m_raterSummary->setText(tr("One rater. Add more to see where people disagree."));
    } else if (score) {
        m_raterSummary->setText(tr("%1 raters, combined by %2. Spread between raters: impact %3, feasibility %4.")
                                    .arg(idea.raters.size())
                                    .arg(aggregation, number(score->impactSpread), number(score->feasibilitySpread)));
    }

    const auto aggregate = aggregateAnswers(idea.raters, config.aggregation);
    for (int q = 0; q < kQuestionCount; ++q) {
        const int own = rater >= 0 ? idea.raters.at(rater).answers[q] : 0;
        m_answers[q]->setValue(own);
        int lo = 6;
        int hi = 0;
        for (const Rater &r : idea.raters) {
            if (r.answers[q] > 0) {
                lo = std::min(lo, int(r.answers[q]));
                hi = std::max(hi, int(r.answers[q]));
            }
        }
        QString text;
        if (aggregate[q] > 0.0 && idea.raters.size() > 1) {
            // "median 3.5 (2–5)": the combined answer and the range of the raters' answers.
            text = hi > lo ? tr("%1 %2 (%3–%4)").arg(aggregation, number(aggregate[q])).arg(lo).arg(hi)
                           : tr("%1 %2").arg(aggregation, number(aggregate[q]));
        }
        m_aggregates[q]->setText(text);
        m_aggregates[q]->setToolTip(tr("The %1 of all raters' answers, and how far apart they are").arg(aggregation));
    }

    m_accuracyCheck->setChecked(idea.accuracyRequirement.has_value());
    m_accuracy->setEnabled(idea.accuracyRequirement.has_value());
    // As many digits as the value has: 0.99999 is not 0.9999.
    if (idea.accuracyRequirement) {
        if (parseAccuracy(m_accuracy->text()) != idea.accuracyRequirement)
            setTextIfIdle(m_accuracy, QLocale().toString(*idea.accuracyRequirement, 'g', QLocale::FloatingPointShortest));
    } else {
        setTextIfIdle(m_accuracy, QString());
    }
    if (idea.accuracyRequirement && *idea.accuracyRequirement > 0.0 && *idea.accuracyRequirement < 1.0) {
        const double a = *idea.accuracyRequirement;
        m_costFactor->setText(
            tr("Implied cost factor ×%1 — an assumption, not the course's: base %2 raised to the %3 “nines” of %4 "
               "(−log₁₀(1 − a)). Change the base in Portfolio ▸ Settings.")
                .arg(number(accuracyCostFactor(a, config.costBase), 2), number(config.costBase, 2),
                     number(accuracyNines(a), 2), QLocale().toString(a, 'g', 6)));
    } else {
        m_costFactor->setText(tr("No accuracy requirement set: the cost factor is not estimated."));
    }
}

void IdeaEditor::reloadExplanation(const Idea &idea)
{
    const ScoringConfig &config = m_document->portfolio().config;
    const Breakdown breakdown = explain(idea, config);
    m_explanation->setPlainText(explainText(breakdown, config));
    const ManualOverride &o = idea.manualOverride;
    if (o.isSet()) {
        QStringList parts;
        if (o.impact)
            parts << tr("impact %1").arg(number(*o.impact));
        if (o.feasibility)
            parts << tr("feasibility %1").arg(number(*o.feasibility));
        QString text = tr("<b>Placed by hand:</b> %1.").arg(parts.join(QLatin1String(", ")));
        if (!o.note.isEmpty())
            text += QLatin1Char(' ') + tr("Note: %1").arg(o.note.toHtmlEscaped());
        m_overrideLabel->setText(text);
    } else {
        m_overrideLabel->setText(tr("The position comes from the answers. Drag the point on the chart to place it by hand."));
    }
    m_clearOverride->setEnabled(o.isSet());
}

void IdeaEditor::reloadLifecycle(const Idea &idea)
{
    const Lifecycle &lc = idea.lifecycle;
    const LifecycleStats stats = lifecycleStats(lc, m_document->clock().now());
    const QDateTime since = lc.history.isEmpty() ? lc.createdAt : lc.history.last().at;
    m_stageLabel->setText(tr("<b>%1</b> (stage %2 of 4) since %3. Backward moves so far: %4.")
                              .arg(stageDisplayName(lc.stage).toHtmlEscaped())
                              .arg(int(lc.stage) + 1)
                              .arg(shortDate(since))
                              .arg(stats.backwardMoves));
    m_moveButton->setEnabled(lc.outcome == Outcome::Active);
    setComboData(m_outcome, int(lc.outcome));
    setTextIfIdle(m_outcomeReason, lc.outcomeReason);
    // Editable exactly when the outcome shown is Shelved (recorded, or chosen and waiting for
    // its reason).
    m_outcomeReason->setEnabled(m_outcome->currentData().toInt() == int(Outcome::Shelved));
    m_outcomeReason->setPlaceholderText(tr("Why it was shelved"));
    for (const auto &[id, combo] : std::as_const(m_checklist))
        setComboData(combo, int(idea.checklist.value(id, ChecklistAnswer::Unanswered)));

    m_history->clear();
    for (auto it = lc.history.crbegin(); it != lc.history.crend(); ++it) {
        const Transition &t = *it;
        const QStringList reason = moveReasonParts(t);
        const QString move = (t.isBackward() ? QStringLiteral("↩ ") : QString())
                             + tr("%1 → %2").arg(stageShortName(t.from), stageShortName(t.to));
        auto *item = new QTreeWidgetItem({shortDate(t.at), move, t.who});
        item->setToolTip(0, QLocale().toString(t.at.toLocalTime(), QLocale::LongFormat));
        item->setToolTip(1, tr("%1 → %2").arg(stageDisplayName(t.from), stageDisplayName(t.to)));
        item->setToolTip(2, t.who);
        m_history->addTopLevelItem(item);
        if (!reason.isEmpty()) {
            // The reason gets a line of its own under the move, across the whole list: in a
            // panel this narrow a fourth column would leave it a few characters wide.
            auto *why = new QTreeWidgetItem(item, {reason.join(QStringLiteral(" — "))});
            why->setFirstColumnSpanned(true);
            why->setToolTip(0, reason.join(QLatin1Char('\n')));
            why->setFlags(Qt::ItemIsEnabled);
            why->setForeground(0, m_history->palette().brush(QPalette::PlaceholderText));
        }
    }
    if (lc.createdAt.isValid()) {
        m_history->addTopLevelItem(new QTreeWidgetItem(
            {shortDate(lc.createdAt), tr("created"), QString()}));
    }
    m_history->expandAll();
}

} // namespace mlp::ui

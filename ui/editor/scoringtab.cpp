#include "ui/editor/scoringtab.h"

#include "ui/common/uisettings.h"
#include "ui/document/document.h"
#include "ui/editor/answerscale.h"
#include "ui/editor/editorsupport.h"
#include "ui/editor/ideaeditcontext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace mlp::ui {

using namespace editorsupport;

ScoringTab::ScoringTab(IdeaEditContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildRaterRow());
    layout->addLayout(buildRaterButtons());

    m_raterSummary = wrappingLabel();
    m_raterSummary->setObjectName(QStringLiteral("raterSummary"));
    layout->addWidget(m_raterSummary);

    const std::array<QuestionGroup, 4> groups { QuestionGroup::Impact,
                                                QuestionGroup::DataAvailability,
                                                QuestionGroup::AccuracyRequirement,
                                                QuestionGroup::ProblemDifficulty };
    for (QuestionGroup group : groups)
        layout->addWidget(buildQuestionGroup(group));
    layout->addStretch(1);
}

QLayout *ScoringTab::buildRaterRow()
{
    auto *raterRow = new QHBoxLayout;
    m_raterCombo = new QComboBox;
    m_raterCombo->setObjectName(QStringLiteral("raterCombo"));
    m_raterCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_raterCombo->setMinimumContentsLength(10);
    m_raterCombo->setToolTip(tr("Whose answers you are editing"));
    connect(m_raterCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_context.isLoading())
            setCurrentRater(index);
    });
    raterRow->addWidget(new QLabel(tr("Rater:")));
    raterRow->addWidget(m_raterCombo, 1);
    return raterRow;
}

QLayout *ScoringTab::buildRaterButtons()
{
    auto *add = new QPushButton(tr("Add…"));
    add->setObjectName(QStringLiteral("addRaterButton"));
    add->setToolTip(tr("Add a person who scores this idea"));
    connect(add, &QPushButton::clicked, this, [this] {
        // A login that may change only its own answers adds itself, under its own name.
        const auto may = m_context.document()->permissions();
        if (!may.allAnswers && may.ownAnswers) {
            addRater(may.login);
            return;
        }
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
        const QString name
            = askName(tr("Rename Rater"), tr("New name:"), m_raterCombo->currentText());
        if (!name.isEmpty())
            renameRater(index, name);
    });
    m_removeRater = new QPushButton(tr("Remove"));
    m_removeRater->setObjectName(QStringLiteral("removeRaterButton"));
    connect(m_removeRater, &QPushButton::clicked, this, [this] {
        const int index = currentRater();
        if (index < 0)
            return;
        if (QMessageBox::question(
                this, tr("Remove Rater"),
                tr("Remove %1 and all of their answers?").arg(m_raterCombo->currentText()))
            == QMessageBox::Yes)
            removeRater(index);
    });
    auto *raterButtons = new QHBoxLayout;
    raterButtons->addStretch(1);
    raterButtons->addWidget(add);
    raterButtons->addWidget(m_renameRater);
    raterButtons->addWidget(m_removeRater);
    return raterButtons;
}

QGroupBox *ScoringTab::buildQuestionGroup(QuestionGroup group)
{
    const auto &qs = questions();
    auto *box = new QGroupBox(groupDisplayName(group));
    box->setObjectName(QStringLiteral("group_%1").arg(groupKey(group)));
    auto *grid = new QVBoxLayout(box);
    for (int q = 0; q < kQuestionCount; ++q) {
        if (qs[q].group != group)
            continue;
        auto *label = wrappingLabel(qs[q].text);
        label->setToolTip(
            tr("%1\nUnanswered questions are left out, not counted as zero.").arg(qs[q].text));
        auto *scale = new AnswerScale(qs[q].anchor1, qs[q].anchor5);
        scale->setObjectName(QStringLiteral("answer_%1").arg(qs[q].id));
        connect(scale, &AnswerScale::answered, this, [this, q](int value) {
            if (!m_context.isLoading())
                setAnswer(q, value);
        });
        auto *aggregate = new QLabel;
        aggregate->setObjectName(QStringLiteral("aggregate_%1").arg(qs[q].id));
        aggregate->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        aggregate->setMinimumWidth(aggregate->fontMetrics().horizontalAdvance(
            tr("median") + QStringLiteral(" 3.5 (2–5)")));
        scale->addTrailingWidget(aggregate);
        grid->addWidget(label);
        grid->addWidget(scale);
        m_answers[q] = scale;
        m_aggregates[q] = aggregate;
    }
    if (group == QuestionGroup::AccuracyRequirement)
        buildAccuracy(grid);
    return box;
}

void ScoringTab::buildAccuracy(QVBoxLayout *layout)
{
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
    layout->addLayout(accuracyRow);
    m_costFactor = wrappingLabel();
    m_costFactor->setObjectName(QStringLiteral("costFactorLabel"));
    layout->addWidget(m_costFactor);
    connect(m_accuracyCheck, &QCheckBox::toggled, this, &ScoringTab::onAccuracyToggled);
    connect(m_accuracy, &QLineEdit::editingFinished, this, [this] {
        if (m_context.isLoading() || !m_accuracy->isModified())
            return;
        m_accuracy->setModified(false);
        commitAccuracy();
    });
}

int ScoringTab::currentRater() const
{
    const Idea *idea = m_context.document()->idea(m_context.ideaId());
    if (!idea || idea->raters.isEmpty())
        return -1;
    return std::clamp(m_rater, 0, int(idea->raters.size()) - 1);
}

void ScoringTab::setCurrentRater(int index)
{
    m_rater = std::max(0, index);
    m_context.reload();
}

void ScoringTab::resetRater()
{
    m_rater = 0;
    m_pickOwnRater = true;
}

QString ScoringTab::ownName() const
{
    const auto may = m_context.document()->permissions();
    if (!may.allAnswers && !may.login.isEmpty())
        return may.login;
    const QString name = UiSettings::instance().userName();
    return name.isEmpty() ? tr("Me") : name;
}

void ScoringTab::addRater(const QString &name)
{
    const Idea *idea = m_context.document()->idea(m_context.ideaId());
    if (!idea)
        return;
    const int index = int(idea->raters.size());
    if (m_context.commit(tr("Add rater %1").arg(name), [&](Idea &i) {
            i.raters.append(Rater { name, {} });
        }))
        setCurrentRater(index);
}

void ScoringTab::renameRater(int index, const QString &name)
{
    m_context.commit(tr("Rename rater"), [&](Idea &idea) {
        if (index >= 0 && index < idea.raters.size())
            idea.raters[index].name = name;
    });
}

void ScoringTab::removeRater(int index)
{
    m_context.commit(tr("Remove rater"), [&](Idea &idea) {
        if (index >= 0 && index < idea.raters.size())
            idea.raters.removeAt(index);
    });
}

// A name, asked in a dialog wide enough for its title (a bare QInputDialog is as narrow as its
// label, and window managers cut the title to that). Empty when cancelled.
QString ScoringTab::askName(const QString &title, const QString &label, const QString &text)
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

void ScoringTab::setAnswer(int question, int value)
{
    const Idea *idea = m_context.document()->idea(m_context.ideaId());
    if (!idea)
        return;
    int rater = currentRater();
    const bool needsRater = rater < 0;
    const QString defaultName = ownName();
    m_context.commit(tr("Answer “%1”").arg(questions()[question].text), [&](Idea &i) {
        if (needsRater) {
            i.raters.append(Rater { defaultName, {} });
            rater = 0;
        }
        i.raters[rater].answers[question] = qint8(value);
    });
}

std::optional<double> ScoringTab::parseAccuracy(const QString &text)
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

void ScoringTab::onAccuracyToggled(bool checked)
{
    if (m_context.isLoading())
        return;
    m_accuracy->setEnabled(checked);
    if (!checked) {
        m_context.commit(tr("Change accuracy requirement"),
                         [](Idea &idea) { idea.accuracyRequirement.reset(); });
        return;
    }
    if (m_accuracy->text().trimmed().isEmpty()) {
        m_accuracy->setFocus(); // recorded once a value is entered
        return;
    }
    commitAccuracy();
}

void ScoringTab::commitAccuracy()
{
    const QString text = m_accuracy->text().trimmed();
    const std::optional<double> value = parseAccuracy(text);
    if (!value) {
        m_context.showError(tr("“%1” is not an accuracy requirement: type a fraction greater than "
                               "0 and less than 1, "
                               "such as %2 for 99 %.")
                                .arg(text, QLocale().toString(0.99)));
        m_accuracy->setFocus();
        return;
    }
    m_context.commit(tr("Change accuracy requirement"),
                     [&](Idea &idea) { idea.accuracyRequirement = value; });
}

void ScoringTab::reload(const Idea &idea)
{
    const ScoringConfig &config = m_context.document()->portfolio().config;
    if (m_pickOwnRater) {
        m_pickOwnRater = false;
        const auto may = m_context.document()->permissions();
        for (int r = 0; !may.allAnswers && r < idea.raters.size(); ++r) {
            if (may.mayRate(idea.raters.at(r).name)) {
                m_rater = r;
                break;
            }
        }
    }
    m_lock.unlock();
    reloadRaters(idea, config);
    reloadAnswers(idea, config);
    reloadAccuracy(idea, config);
    lockWhatIsNotMine(idea);
}

void ScoringTab::lockWhatIsNotMine(const Idea &idea)
{
    const auto may = m_context.document()->permissions();
    const int rater = currentRater();
    const QString shown = rater >= 0 ? idea.raters.at(rater).name : ownName();
    if (const QString why = EditLock::whyNotAnswers(may, shown); !why.isEmpty()) {
        QList<QWidget *> answers(m_answers.begin(), m_answers.end());
        answers << m_removeRater;
        m_lock.lock(answers, why);
    }
    if (!may.allAnswers) {
        const QString why = may.ownAnswers
            ? tr("Your login “%1” may not rename raters: a rater's name is the login whose "
                 "answers they are.")
                  .arg(may.login)
            : EditLock::whyNotAnswers(may, QString());
        QList<QWidget *> locked { m_renameRater };
        bool rated = false;
        for (const Rater &r : idea.raters)
            rated = rated || may.mayRate(r.name);
        if (!may.ownAnswers)
            locked << findChild<QPushButton *>(QStringLiteral("addRaterButton"));
        m_lock.lock(locked, why);
        if (may.ownAnswers && rated)
            m_lock.lock({ findChild<QPushButton *>(QStringLiteral("addRaterButton")) },
                        tr("You are a rater of this idea already."));
    }
    if (const QString why = EditLock::whyNotIdeas(may); !why.isEmpty())
        m_lock.lock({ m_accuracyCheck, m_accuracy }, why);
}

void ScoringTab::reloadRaters(const Idea &idea, const ScoringConfig &config)
{
    const int rater = currentRater();
    m_raterCombo->clear();
    for (const Rater &r : idea.raters)
        m_raterCombo->addItem(r.name);
    if (rater >= 0)
        m_raterCombo->setCurrentIndex(rater);
    m_renameRater->setEnabled(rater >= 0);
    m_removeRater->setEnabled(rater >= 0);

    const Score *score = m_context.document()->scoreFor(idea.id);
    const QString aggregation
        = config.aggregation == Aggregation::Median ? tr("median") : tr("mean");
    if (idea.raters.isEmpty()) {
        m_raterSummary->setText(
            tr("No one has scored this idea yet. Your first answer adds you as a rater."));
    } else if (idea.raters.size() == 1) {
        m_raterSummary->setText(tr("One rater. Add more to see where people disagree."));
    } else if (score) {
        m_raterSummary->setText(
            tr("%1 raters, combined by %2. Spread between raters: impact %3, feasibility %4.")
                .arg(idea.raters.size())
                .arg(aggregation, number(score->impactSpread), number(score->feasibilitySpread)));
    }
}

void ScoringTab::reloadAnswers(const Idea &idea, const ScoringConfig &config)
{
    const int rater = currentRater();
    const QString aggregation
        = config.aggregation == Aggregation::Median ? tr("median") : tr("mean");
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
            text = hi > lo
                ? tr("%1 %2 (%3–%4)").arg(aggregation, number(aggregate[q])).arg(lo).arg(hi)
                : tr("%1 %2").arg(aggregation, number(aggregate[q]));
        }
        m_aggregates[q]->setText(text);
        m_aggregates[q]->setToolTip(
            tr("The %1 of all raters' answers, and how far apart they are").arg(aggregation));
    }
}

void ScoringTab::reloadAccuracy(const Idea &idea, const ScoringConfig &config)
{
    m_accuracyCheck->setChecked(idea.accuracyRequirement.has_value());
    m_accuracy->setEnabled(idea.accuracyRequirement.has_value());
    // As many digits as the value has: 0.99999 is not 0.9999.
    if (idea.accuracyRequirement) {
        if (parseAccuracy(m_accuracy->text()) != idea.accuracyRequirement)
            setTextIfIdle(
                m_accuracy,
                QLocale().toString(*idea.accuracyRequirement, 'g', QLocale::FloatingPointShortest));
    } else {
        setTextIfIdle(m_accuracy, QString());
    }
    if (idea.accuracyRequirement && *idea.accuracyRequirement > 0.0
        && *idea.accuracyRequirement < 1.0) {
        const double a = *idea.accuracyRequirement;
        m_costFactor->setText(tr("Implied cost factor ×%1 — an assumption, not the course's: base "
                                 "%2 raised to the %3 “nines” of %4 "
                                 "(−log₁₀(1 − a)). Change the base in Portfolio ▸ Settings.")
                                  .arg(number(accuracyCostFactor(a, config.costBase), 2),
                                       number(config.costBase, 2), number(accuracyNines(a), 2),
                                       QLocale().toString(a, 'g', 6)));
    } else {
        m_costFactor->setText(tr("No accuracy requirement set: the cost factor is not estimated."));
    }
}

} // namespace mlp::ui

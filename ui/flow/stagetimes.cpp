#include "ui/flow/stagetimes.h"

#include "core/domain/flow.h"
#include "ui/common/localdate.h"
#include "ui/flow/flowstyle.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>

#include <algorithm>

namespace mlp::ui {

namespace {

constexpr int kBarRange = 1000;

} // namespace

StageTimes::StageTimes(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setVerticalSpacing(2);
    m_caption = new QLabel;
    m_caption->setObjectName(QStringLiteral("stageTimesCaption"));
    m_caption->setWordWrap(true);
    layout->addWidget(m_caption, 0, 0, 1, 3);
    const int barHeight = fontMetrics().height() / 2 + 2;
    for (Stage stage : kAllStages) {
        const int i = static_cast<int>(stage);
        m_names[size_t(i)] = new QLabel(stageShortName(stage));
        m_names[size_t(i)]->setToolTip(stageDisplayName(stage));
        auto *bar = new QProgressBar;
        bar->setRange(0, kBarRange);
        bar->setTextVisible(false);
        bar->setFixedHeight(barHeight);
        bar->setMinimumWidth(40);
        QPalette palette = bar->palette();
        palette.setColor(QPalette::Highlight, FlowStyle::stageColor(stage));
        bar->setPalette(palette);
        m_bars[size_t(i)] = bar;
        m_texts[size_t(i)] = new QLabel;
        m_texts[size_t(i)]->setObjectName(QStringLiteral("stageTime_") + stageKey(stage));
        m_texts[size_t(i)]->setWordWrap(true);
        layout->addWidget(m_names[size_t(i)], i + 1, 0);
        layout->addWidget(bar, i + 1, 1);
        layout->addWidget(m_texts[size_t(i)], i + 1, 2);
    }
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(2, 3);
}

void StageTimes::setIdea(const Idea &idea, const QDateTime &now)
{
    const Lifecycle &lc = idea.lifecycle;
    const auto totals = timeInEachStage(idea, now);
    qint64 whole = 0;
    for (const StageTotal &total : totals)
        whole += total.seconds;
    const bool active = lc.outcome == Outcome::Active;
    const bool shipped = lc.outcome == Outcome::Shipped;
    if (active)
        m_caption->setText(tr("Every stay counted, the current one until now:"));
    else if (lc.outcomeAt.isValid())
        m_caption->setText((shipped ? tr("Every stay counted, until it was shipped on %1:")
                                    : tr("Every stay counted, until it was shelved on %1:"))
                               .arg(shortDate(lc.outcomeAt)));
    else
        m_caption->setText(shipped ? tr("Every stay counted, until it was shipped:")
                                   : tr("Every stay counted, until it was shelved:"));
    for (Stage stage : kAllStages) {
        const size_t i = size_t(stage);
        const StageTotal &total = totals[i];
        QString text;
        if (total.visits == 0) {
            text = QStringLiteral("–");
        } else {
            text = FlowStyle::daysText(total.seconds);
            if (total.visits > 1)
                text = tr("%1 over %2 stays").arg(text).arg(total.visits);
            if (active && lc.stage == stage)
                text = tr("%1, so far").arg(text);
        }
        m_texts[i]->setText(text);
        m_texts[i]->setToolTip(total.visits == 0 ? tr("Not reached") : text);
        QFont font = m_names[i]->font();
        font.setBold(lc.stage == stage);
        m_names[i]->setFont(font);
        m_bars[i]->setValue(
            whole > 0 ? int(std::llround(double(total.seconds) * kBarRange / double(whole))) : 0);
        m_bars[i]->setEnabled(total.visits > 0);
    }
}

QString StageTimes::textFor(Stage stage) const
{
    return m_texts[size_t(stage)]->text();
}

QString StageTimes::caption() const
{
    return m_caption->text();
}

} // namespace mlp::ui

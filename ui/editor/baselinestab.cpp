#include "ui/editor/baselinestab.h"

#include "ui/editor/baselineladder.h"
#include "ui/editor/editorsupport.h"
#include "ui/editor/ideaeditcontext.h"
#include "ui/editor/metricvalues.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace mlp::ui {

using namespace editorsupport;

namespace {

enum Column {
    LabelColumn,
    KindColumn,
    ValueColumn,
    SourceColumn,
    FairColumn,
    TargetGapColumn,
    ModelGapColumn,
    ColumnCount
};

QComboBox *kindCombo()
{
    auto *combo = new QComboBox;
    for (int k = 0; k < kBaselineKindCount; ++k)
        combo->addItem(baselineKindDisplayName(BaselineKind(k)), k);
    return combo;
}

// The chosen metric, or one of that name pointing up when it is not (or no longer) defined.
MetricDef chosenMetric(const Idea &idea)
{
    for (const MetricDef &m : idea.metrics.metrics) {
        if (m.name == idea.baselineMetric)
            return m;
    }
    MetricDef metric;
    metric.name = idea.baselineMetric;
    return metric;
}

// How much better `to` is than `from` on the metric: positive when `to` is better.
double advantage(double from, double to, Direction direction)
{
    return direction == Direction::LowerIsBetter ? from - to : to - from;
}

QString amount(double value, const QString &unit)
{
    const QString number = QLocale().toString(std::abs(value), 'g', 6);
    return unit.isEmpty()
        ? number
        : QCoreApplication::translate("mlp::ui::IdeaEditor", "%1 %2").arg(number, unit);
}

QString targetGap(double value, const std::optional<double> &target, const MetricDef &metric)
{
    if (!target)
        return QStringLiteral("–");
    const double gap = advantage(value, *target, metric.direction);
    if (gap > 0)
        return QCoreApplication::translate("mlp::ui::IdeaEditor", "%1 short")
            .arg(amount(gap, metric.unit));
    return gap == 0 ? QCoreApplication::translate("mlp::ui::IdeaEditor", "meets it")
                    : QCoreApplication::translate("mlp::ui::IdeaEditor", "%1 beyond")
                          .arg(amount(gap, metric.unit));
}

QString modelGap(double value, const std::optional<double> &best, const MetricDef &metric)
{
    if (!best)
        return QStringLiteral("–");
    const double gap = advantage(value, *best, metric.direction);
    if (gap > 0)
        return QCoreApplication::translate("mlp::ui::IdeaEditor", "model %1 better")
            .arg(amount(gap, metric.unit));
    return gap == 0 ? QCoreApplication::translate("mlp::ui::IdeaEditor", "level")
                    : QCoreApplication::translate("mlp::ui::IdeaEditor", "model %1 behind")
                          .arg(amount(gap, metric.unit));
}

QString positionText(const BaselineAnalysis &a, const MetricDef &metric)
{
    using Position = BaselineAnalysis::Position;
    if (a.position == Position::Unknown || !a.bestModel)
        return {};
    const QString model
        = QCoreApplication::translate("mlp::ui::IdeaEditor", "The best model, <b>%1</b> (%2),")
              .arg(a.bestModelName.toHtmlEscaped(),
                   amount(*a.bestModel, metric.unit).toHtmlEscaped());
    switch (a.position) {
    case Position::MeetsTarget:
        return QCoreApplication::translate("mlp::ui::IdeaEditor", "%1 meets the target.")
            .arg(model);
    case Position::AboveLowerBound:
        return QCoreApplication::translate(
                   "mlp::ui::IdeaEditor",
                   "%1 is at or above the best baseline, %2, but short of the "
                   "target. Near or above a baseline, watch for overfitting.")
            .arg(model, a.lowerBoundLabel.toHtmlEscaped());
    case Position::BelowLowerBound:
        return QCoreApplication::translate(
                   "mlp::ui::IdeaEditor",
                   "%1 is below the best baseline, %2: the model underfits. "
                   "Concentrate data collection where it falls furthest below.")
            .arg(model, a.lowerBoundLabel.toHtmlEscaped());
    case Position::Unknown:
        break;
    }
    return {};
}

} // namespace

BaselinesTab::BaselinesTab(IdeaEditContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wrappingLabel(
        tr("A baseline is a lower bound on expected performance: the tighter, the more useful. "
           "The harder a human baseline is to get, the more it tends to be worth.")));
    auto *form = new QFormLayout;
    m_metric = new QComboBox;
    compactCombo(m_metric);
    m_metric->setObjectName(QStringLiteral("baselineMetricCombo"));
    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] {
        if (m_context.isLoading() || m_metric->currentIndex() < 0)
            return;
        const QString name = m_metric->currentData().toString();
        m_context.commit(tr("Choose the baseline metric"),
                         [&](Idea &i) { i.baselineMetric = name; });
    });
    form->addRow(tr("Measured on:"), m_metric);
    layout->addLayout(form);
    m_metricHint = wrappingLabel();
    m_metricHint->setObjectName(QStringLiteral("baselineMetricHint"));
    layout->addWidget(m_metricHint);

    layout->addWidget(buildTable());

    m_fairness = wrappingLabel();
    m_fairness->setObjectName(QStringLiteral("fairnessWarning"));
    m_fairness->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    layout->addWidget(m_fairness);

    auto *chartBox = new QGroupBox(tr("The ladder"));
    auto *chartLayout = new QVBoxLayout(chartBox);
    m_ladder = new BaselineLadder;
    chartLayout->addWidget(m_ladder);
    m_position = wrappingLabel();
    m_position->setObjectName(QStringLiteral("baselinePosition"));
    chartLayout->addWidget(m_position);
    layout->addWidget(chartBox);
    layout->addStretch(1);
}

QWidget *BaselinesTab::buildTable()
{
    auto *box = new QGroupBox(tr("Baselines"));
    auto *layout = new QVBoxLayout(box);
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("baselineTable"));
    m_table->setHorizontalHeaderLabels({ tr("Label"), tr("Kind"), tr("Value"), tr("Source"),
                                         tr("Fair comparison"), tr("Gap to target"),
                                         tr("Best model") });
    m_table->horizontalHeaderItem(FairColumn)
        ->setToolTip(tr("Published results: tick once you have checked the comparison is "
                        "fair. Your data may be harder."));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_table, &QTableWidget::itemChanged, this, &BaselinesTab::baselineEdited);
    layout->addWidget(m_table);

    auto *buttons = new QHBoxLayout;
    m_newKind = kindCombo();
    compactCombo(m_newKind);
    m_newKind->setObjectName(QStringLiteral("newBaselineKind"));
    auto *add = new QPushButton(tr("Add baseline"));
    add->setObjectName(QStringLiteral("addBaselineButton"));
    connect(add, &QPushButton::clicked, this, &BaselinesTab::addBaseline);
    m_remove = new QPushButton(tr("Remove baseline"));
    m_remove->setObjectName(QStringLiteral("removeBaselineButton"));
    connect(m_remove, &QPushButton::clicked, this, &BaselinesTab::removeBaseline);
    buttons->addWidget(m_newKind);
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return box;
}

void BaselinesTab::reload(const Idea &idea)
{
    {
        const QSignalBlocker blocker(m_metric);
        m_metric->clear();
        for (const MetricDef &m : idea.metrics.metrics)
            m_metric->addItem(m.name, m.name);
        m_metric->setCurrentIndex(m_metric->findData(idea.baselineMetric));
    }
    if (idea.metrics.metrics.isEmpty())
        m_metricHint->setText(tr("Define the project's metrics on the Metrics tab first."));
    else if (m_metric->currentIndex() < 0)
        m_metricHint->setText(tr("Choose the metric every baseline is measured on."));
    else
        m_metricHint->clear();
    m_metricHint->setVisible(!m_metricHint->text().isEmpty());

    const MetricDef metric = chosenMetric(idea);
    const BaselineAnalysis analysis
        = analyseBaselines(idea.baselines, metric, modelsInTheRanking(idea.metrics));
    fillTable(idea, metric, analysis);

    QStringList unfair;
    for (const Baseline &b : idea.baselines) {
        if (b.kind == BaselineKind::PublishedResult && !b.fairChecked)
            unfair << tr("“%1” is a published result not marked as a fair comparison: your "
                         "data may be harder. It stays out of the lower bound until you check "
                         "the comparison and tick “Fair comparison”.")
                          .arg(b.label.toHtmlEscaped());
    }
    m_fairness->setText(unfair.join(QStringLiteral("<br>")));
    m_fairness->setVisible(!unfair.isEmpty());

    m_ladder->setData(idea.baselines, metric, analysis);
    // The core's remarks about published results come first; the warning above has them.
    QStringList lines { positionText(analysis, metric) };
    for (const QString &note : analysis.notes.mid(unfair.size()))
        lines << note.toHtmlEscaped();
    lines.removeAll(QString());
    m_position->setText(lines.join(QStringLiteral("<br>")));
}

void BaselinesTab::fillTable(const Idea &idea, const MetricDef &metric,
                             const BaselineAnalysis &analysis)
{
    const QSignalBlocker blocker(m_table);
    const QList<Baseline> &baselines = idea.baselines;
    m_rows = int(baselines.size());
    m_labels.clear();
    for (const Baseline &b : baselines)
        m_labels << b.label;
    m_table->setRowCount(m_rows);
    for (int row = 0; row < m_rows; ++row) {
        const Baseline &b = baselines[row];
        setCell(m_table, row, LabelColumn, b.label);
        setCell(m_table, row, ValueColumn, formatValue(b.value));
        setCell(m_table, row, SourceColumn, b.source);
        const bool published = b.kind == BaselineKind::PublishedResult;
        setCell(m_table, row, FairColumn, QString(), false);
        QTableWidgetItem *fair = m_table->item(row, FairColumn);
        if (published) {
            fair->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            fair->setCheckState(b.fairChecked ? Qt::Checked : Qt::Unchecked);
        } else {
            fair->setData(Qt::CheckStateRole, QVariant());
        }
        setCell(m_table, row, TargetGapColumn,
                b.kind == BaselineKind::Requirement && b.value == analysis.target
                    ? tr("the target")
                    : targetGap(b.value, analysis.target, metric),
                false);
        setCell(m_table, row, ModelGapColumn, modelGap(b.value, analysis.bestModel, metric), false);

        auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, KindColumn));
        if (!combo) {
            combo = kindCombo();
            combo->setObjectName(QStringLiteral("baselineKind_%1").arg(row));
            connect(combo, &QComboBox::currentIndexChanged, this, [this, row, combo] {
                if (m_context.isLoading())
                    return;
                const auto kind = BaselineKind(combo->currentData().toInt());
                m_context.commit(tr("Change the kind of a baseline"), [&](Idea &i) {
                    if (row < i.baselines.size())
                        i.baselines[row].kind = kind;
                });
            });
            m_table->setCellWidget(row, KindColumn, combo);
        }
        const QSignalBlocker comboBlocker(combo);
        setComboData(combo, int(b.kind));
    }
    m_remove->setEnabled(m_rows > 0);
    fitKindColumn();
    fitTableToRows(m_table, 2, true); // the tab scrolls, not the table
}

// A cell's widget does not count when a column is sized to its contents: the Kind column is
// made as wide as its widest box, so that every kind reads in full (the table scrolls sideways
// in a narrow panel rather than cutting a word off).
void BaselinesTab::fitKindColumn()
{
    int width = m_table->horizontalHeader()->sectionSizeHint(KindColumn);
    for (int row = 0; row < m_rows; ++row) {
        if (const QWidget *combo = m_table->cellWidget(row, KindColumn))
            width = std::max(width, combo->sizeHint().width());
    }
    m_table->setColumnWidth(KindColumn, width);
}

void BaselinesTab::baselineEdited(QTableWidgetItem *item)
{
    if (m_context.isLoading())
        return;
    const int row = item->row();
    if (row < 0 || row >= m_rows)
        return;
    const QString label = m_labels.value(row);
    const QString text = item->text().trimmed();
    switch (item->column()) {
    case LabelColumn:
        m_context.commit(tr("Rename baseline “%1”").arg(label),
                         [&](Idea &i) { i.baselines[row].label = text; });
        return;
    case SourceColumn:
        m_context.commit(tr("Change the source of “%1”").arg(label),
                         [&](Idea &i) { i.baselines[row].source = text; });
        return;
    case ValueColumn: {
        const std::optional<double> value = parseValue(text);
        if (!value) {
            m_context.showError(
                tr("“%1” is not a number: type the baseline's value on the chosen metric, "
                   "such as 0.85.")
                    .arg(text));
            m_context.reload();
            return;
        }
        m_context.commit(tr("Change the value of “%1”").arg(label),
                         [&](Idea &i) { i.baselines[row].value = *value; });
        return;
    }
    case FairColumn: {
        const bool checked = item->checkState() == Qt::Checked;
        m_context.commit(checked ? tr("Mark “%1” as a fair comparison").arg(label)
                                 : tr("Mark “%1” as not checked").arg(label),
                         [&](Idea &i) { i.baselines[row].fairChecked = checked; });
        return;
    }
    default:
        return;
    }
}

void BaselinesTab::addBaseline()
{
    Baseline baseline;
    baseline.kind = BaselineKind(m_newKind->currentData().toInt());
    // A label of its own, so that each addition is its own step to undo.
    QStringList taken;
    for (int row = 0; row < m_rows; ++row)
        taken << m_table->item(row, LabelColumn)->text();
    baseline.label = baselineKindDisplayName(baseline.kind);
    for (int n = 2; taken.contains(baseline.label); ++n)
        baseline.label = tr("%1 %2").arg(baselineKindDisplayName(baseline.kind)).arg(n);
    if (m_context.commit(tr("Add baseline “%1”").arg(baseline.label),
                         [&](Idea &i) { i.baselines << baseline; })) {
        m_table->setCurrentCell(m_rows - 1, ValueColumn);
        m_table->scrollToItem(m_table->currentItem());
    }
}

void BaselinesTab::removeBaseline()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows) {
        m_context.showError(tr("Select the baseline to remove in the table first."));
        return;
    }
    const QString label = m_table->item(row, LabelColumn)->text();
    m_context.commit(tr("Remove baseline “%1”").arg(label), [&](Idea &i) {
        if (row < i.baselines.size())
            i.baselines.removeAt(row);
    });
}

} // namespace mlp::ui

#include "ui/editor/metricstab.h"

#include "ui/document/document.h"
#include "ui/editor/editorsupport.h"
#include "ui/editor/ideaeditcontext.h"
#include "ui/editor/metricvalues.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace mlp::ui {

using namespace editorsupport;

namespace {

enum MetricColumn { NameColumn, UnitColumn, DirectionColumn, WeightColumn, BoundColumn };

// Which way is better: "Higher is better" where there is room, "Higher" in the metrics table's
// "Better" column (the whole phrase is the item's tool tip).
QComboBox *directionCombo(bool brief = false)
{
    auto *combo = new QComboBox;
    const auto add = [&](const QString &text, const QString &briefText, Direction direction) {
        combo->addItem(brief ? briefText : text, int(direction));
        combo->setItemData(combo->count() - 1, text, Qt::ToolTipRole);
    };
    add(QCoreApplication::translate("mlp::ui::IdeaEditor", "Higher is better"),
        QCoreApplication::translate("mlp::ui::IdeaEditor", "Higher"), Direction::HigherIsBetter);
    add(QCoreApplication::translate("mlp::ui::IdeaEditor", "Lower is better"),
        QCoreApplication::translate("mlp::ui::IdeaEditor", "Lower"), Direction::LowerIsBetter);
    return combo;
}

QString uniqueName(const QString &pattern, const QStringList &taken)
{
    for (int n = taken.size() + 1;; ++n) {
        const QString name = pattern.arg(n);
        if (!taken.contains(name))
            return name;
    }
}

// "1. best (58), 2. next (62)", then each model that is out and why.
QString rankingText(const QList<ModelScore> &scores)
{
    QList<const ModelScore *> ranked;
    QStringList out;
    for (const ModelScore &s : scores) {
        if (!s.out)
            ranked << &s;
        else
            out << QCoreApplication::translate("mlp::ui::IdeaEditor", "<b>%1</b> is out: %2")
                       .arg(s.model.toHtmlEscaped(), s.note.toHtmlEscaped());
    }
    std::sort(ranked.begin(), ranked.end(),
              [](const ModelScore *a, const ModelScore *b) { return a->rank < b->rank; });
    QStringList places;
    for (const ModelScore *s : std::as_const(ranked))
        places << QCoreApplication::translate("mlp::ui::IdeaEditor", "%1. <b>%2</b> (%3)")
                      .arg(s->rank)
                      .arg(s->model.toHtmlEscaped(), formatValue(*s->value));
    QString text = places.isEmpty()
        ? QCoreApplication::translate("mlp::ui::IdeaEditor", "No model is in the ranking yet.")
        : QCoreApplication::translate("mlp::ui::IdeaEditor", "Ranking: %1")
              .arg(places.join(QStringLiteral(", ")));
    for (const QString &line : std::as_const(out))
        text += QStringLiteral("<br>") + line;
    return text;
}

} // namespace

MetricsTab::MetricsTab(IdeaEditContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wrappingLabel(
        tr("Model work goes best with one number. Name what matters, then say how it becomes "
           "one number; expect the rule to change as the project learns.")));
    layout->addWidget(buildMetrics());
    layout->addWidget(buildRule());
    layout->addWidget(buildResults());
    layout->addStretch(1);
}

QWidget *MetricsTab::buildMetrics()
{
    auto *box = new QGroupBox(tr("Metrics"));
    auto *layout = new QVBoxLayout(box);
    m_metricTable = new QTableWidget(0, 5);
    m_metricTable->setObjectName(QStringLiteral("metricTable"));
    // In the ~400 px panel the name takes what the short columns leave.
    narrowHeaders(m_metricTable, 0);
    setHeaderText(m_metricTable, NameColumn, tr("Name"));
    setHeaderText(m_metricTable, UnitColumn, tr("Unit"));
    setHeaderText(m_metricTable, DirectionColumn, tr("Better"),
                  tr("Which way is better: higher values or lower ones"));
    setHeaderText(m_metricTable, WeightColumn, tr("Weight"),
                  tr("The metric's weight in the weighted average"));
    setHeaderText(m_metricTable, BoundColumn, tr("Bound"),
                  tr("The acceptable limit: the most a lower-is-better metric may be, the "
                     "least a higher-is-better one may be. Leave it empty for no bound."));
    m_metricTable->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_metricTable->verticalHeader()->hide();
    m_metricTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_metricTable->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_metricTable, &QTableWidget::itemChanged, this, &MetricsTab::metricEdited);
    layout->addWidget(m_metricTable);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add metric"));
    add->setObjectName(QStringLiteral("addMetricButton"));
    connect(add, &QPushButton::clicked, this, &MetricsTab::addMetric);
    m_removeMetric = new QPushButton(tr("Remove metric"));
    m_removeMetric->setObjectName(QStringLiteral("removeMetricButton"));
    connect(m_removeMetric, &QPushButton::clicked, this, &MetricsTab::removeMetric);
    buttons->addWidget(add);
    buttons->addWidget(m_removeMetric);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return box;
}

QWidget *MetricsTab::buildRule()
{
    auto *box = new QGroupBox(tr("One number"));
    auto *form = new QFormLayout(box);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_combine = new QComboBox;
    compactCombo(m_combine);
    m_combine->setObjectName(QStringLiteral("combineCombo"));
    // Short names that fit the panel; the hint under the rule says what each one does.
    m_combine->addItem(tr("Weighted average"), int(CombineKind::WeightedAverage));
    m_combine->addItem(tr("Threshold"), int(CombineKind::Threshold));
    m_combine->setItemData(1, tr("Threshold: bound the others, optimize one"), Qt::ToolTipRole);
    m_combine->addItem(tr("Formula"), int(CombineKind::Formula));
    m_combine->setItemData(2, tr("A formula over the metrics' names"), Qt::ToolTipRole);
    connect(m_combine, &QComboBox::currentIndexChanged, this,
            [this] { commitRule(tr("Change how metrics combine")); });
    form->addRow(tr("Combine by:"), m_combine);

    m_optimizeRow = new QWidget;
    auto *optimizeLayout = new QHBoxLayout(m_optimizeRow);
    optimizeLayout->setContentsMargins(0, 0, 0, 0);
    m_optimize = new QComboBox;
    compactCombo(m_optimize);
    m_optimize->setObjectName(QStringLiteral("optimizeCombo"));
    connect(m_optimize, &QComboBox::currentIndexChanged, this,
            [this] { commitRule(tr("Choose the metric to optimize")); });
    optimizeLayout->addWidget(new QLabel(tr("Optimize:")));
    optimizeLayout->addWidget(m_optimize, 1);
    form->addRow(m_optimizeRow);

    m_formulaRow = new QWidget;
    auto *formulaLayout = new QVBoxLayout(m_formulaRow);
    formulaLayout->setContentsMargins(0, 0, 0, 0);
    auto *formulaLine = new QHBoxLayout;
    m_formula = new QLineEdit;
    m_formula->setObjectName(QStringLiteral("formulaEdit"));
    m_formula->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_formula->setPlaceholderText(tr("e.g. accuracy - 0.001 * latency"));
    connect(m_formula, &QLineEdit::textEdited, this, &MetricsTab::showFormulaCheck);
    connect(m_formula, &QLineEdit::editingFinished, this, [this] {
        if (!m_context.isLoading() && m_formula->isModified())
            commitRule(tr("Edit the formula"));
    });
    m_formulaDirection = directionCombo();
    compactCombo(m_formulaDirection);
    m_formulaDirection->setObjectName(QStringLiteral("formulaDirectionCombo"));
    connect(m_formulaDirection, &QComboBox::currentIndexChanged, this,
            [this] { commitRule(tr("Change which way the formula is better")); });
    formulaLine->addWidget(m_formula, 1);
    formulaLine->addWidget(m_formulaDirection);
    formulaLayout->addLayout(formulaLine);
    m_formulaPointer = new QLabel;
    m_formulaPointer->setObjectName(QStringLiteral("formulaPointer"));
    m_formulaPointer->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_formulaPointer->setTextFormat(Qt::PlainText);
    m_formulaPointer->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_formulaError = wrappingLabel();
    m_formulaError->setObjectName(QStringLiteral("formulaError"));
    m_formulaError->setTextFormat(Qt::PlainText);
    m_formulaError->setStyleSheet(QStringLiteral("color: #b00020;"));
    formulaLayout->addWidget(m_formulaPointer);
    formulaLayout->addWidget(m_formulaError);
    form->addRow(m_formulaRow);

    m_ruleHint = wrappingLabel();
    m_ruleHint->setObjectName(QStringLiteral("ruleHint"));
    form->addRow(m_ruleHint);
    return box;
}

QWidget *MetricsTab::buildResults()
{
    auto *box = new QGroupBox(tr("Model results"));
    auto *layout = new QVBoxLayout(box);
    m_resultTable = new QTableWidget;
    m_resultTable->setObjectName(QStringLiteral("resultTable"));
    narrowHeaders(m_resultTable, 12);
    m_resultTable->horizontalHeader()->setStretchLastSection(true);
    m_resultTable->verticalHeader()->hide();
    m_resultTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultTable->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_resultTable, &QTableWidget::itemChanged, this, &MetricsTab::resultEdited);
    layout->addWidget(m_resultTable);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add model"));
    add->setObjectName(QStringLiteral("addModelButton"));
    connect(add, &QPushButton::clicked, this, &MetricsTab::addModel);
    m_removeModel = new QPushButton(tr("Remove model"));
    m_removeModel->setObjectName(QStringLiteral("removeModelButton"));
    connect(m_removeModel, &QPushButton::clicked, this, &MetricsTab::removeModel);
    buttons->addWidget(add);
    buttons->addWidget(m_removeModel);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_ranking = wrappingLabel();
    m_ranking->setObjectName(QStringLiteral("rankingLabel"));
    layout->addWidget(m_ranking);
    return box;
}

void MetricsTab::reload(const Idea &idea)
{
    m_metrics = idea.metrics.metrics;
    m_models.clear();
    for (const ModelResult &r : idea.metrics.results)
        m_models << r.model;
    fillMetrics(idea);
    fillRule(idea);
    fillResults(idea);
}

// Items are reused rather than recreated: a reload may run inside the table's own itemChanged.
void MetricsTab::fillMetrics(const Idea &idea)
{
    const QSignalBlocker blocker(m_metricTable);
    const QList<MetricDef> &metrics = idea.metrics.metrics;
    m_metricTable->setRowCount(int(metrics.size()));
    for (int row = 0; row < metrics.size(); ++row) {
        const MetricDef &m = metrics[row];
        setCell(m_metricTable, row, NameColumn, m.name);
        setCell(m_metricTable, row, UnitColumn, m.unit);
        setCell(m_metricTable, row, WeightColumn, formatValue(m.weight));
        setCell(m_metricTable, row, BoundColumn, m.bound ? formatValue(*m.bound) : QString());
        auto *combo = qobject_cast<QComboBox *>(m_metricTable->cellWidget(row, DirectionColumn));
        if (!combo) {
            combo = directionCombo(true);
            combo->setObjectName(QStringLiteral("metricDirection_%1").arg(row));
            connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
                if (m_context.isLoading())
                    return;
                const QString name = combo->property("metric").toString();
                const auto direction = Direction(combo->currentData().toInt());
                m_context.commit(tr("Change which way “%1” is better").arg(name), [&](Idea &i) {
                    for (MetricDef &def : i.metrics.metrics) {
                        if (def.name == name)
                            def.direction = direction;
                    }
                });
            });
            m_metricTable->setCellWidget(row, DirectionColumn, combo);
        }
        const QSignalBlocker comboBlocker(combo);
        combo->setProperty("metric", m.name);
        setComboData(combo, int(m.direction));
    }
    m_metricTable->setColumnHidden(WeightColumn,
                                   idea.metrics.rule.kind != CombineKind::WeightedAverage);
    m_removeMetric->setEnabled(!metrics.isEmpty());
    fitTableToRows(m_metricTable, 2, false);
}

void MetricsTab::fillRule(const Idea &idea)
{
    const CombineRule &rule = idea.metrics.rule;
    {
        const QSignalBlocker b1(m_combine), b2(m_optimize), b3(m_formulaDirection);
        setComboData(m_combine, int(rule.kind));
        m_optimize->clear();
        for (const MetricDef &m : idea.metrics.metrics)
            m_optimize->addItem(m.name, m.name);
        m_optimize->setCurrentIndex(m_optimize->findData(rule.optimize));
        setComboData(m_formulaDirection, int(rule.formulaDirection));
    }
    setTextIfIdle(m_formula, rule.formula);
    m_optimizeRow->setVisible(rule.kind == CombineKind::Threshold);
    m_formulaRow->setVisible(rule.kind == CombineKind::Formula);
    showFormulaCheck(m_formula->text());

    QStringList variables;
    for (const MetricDef &m : idea.metrics.metrics)
        variables << metricVariableName(m.name);
    switch (rule.kind) {
    case CombineKind::WeightedAverage:
        m_ruleHint->setText(tr("Each metric is scaled from the worst to the best model (which "
                               "way is better taken into account) and averaged with the "
                               "weights; the highest average wins."));
        break;
    case CombineKind::Threshold:
        m_ruleHint->setText(tr("A model that misses the bound of any other metric is out; "
                               "among the rest the best value of the optimized metric wins. "
                               "Bound the metrics least sensitive to the choice of model."));
        break;
    case CombineKind::Formula:
        m_ruleHint->setText(
            variables.isEmpty()
                ? tr("Add metrics first: the formula uses their names.")
                : tr("Names to use in the formula: %1.").arg(variables.join(QStringLiteral(", "))));
        break;
    }
}

// The formula's problem, if any, with a caret under the place where the parser stopped.
void MetricsTab::showFormulaCheck(const QString &formula)
{
    const FormulaCheck check = checkFormula(formula, m_metrics);
    m_formulaError->setText(check.message);
    m_formulaError->setVisible(!check.ok);
    if (!check.ok && check.position >= 0) {
        m_formulaPointer->setText(formula + QLatin1Char('\n')
                                  + QString(check.position, QLatin1Char(' ')) + QLatin1Char('^'));
        m_formulaPointer->show();
    } else {
        m_formulaPointer->clear();
        m_formulaPointer->hide();
    }
}

void MetricsTab::fillResults(const Idea &idea)
{
    const QSignalBlocker blocker(m_resultTable);
    const QList<MetricDef> &metrics = idea.metrics.metrics;
    const QList<ModelResult> &results = idea.metrics.results;
    const int metricCount = int(metrics.size());
    m_resultTable->setColumnCount(metricCount + 4);
    setHeaderText(m_resultTable, 0, tr("Model"));
    for (int c = 0; c < metricCount; ++c) {
        const MetricDef &m = metrics[c];
        setHeaderText(m_resultTable, c + 1,
                      m.unit.isEmpty() ? m.name : tr("%1 (%2)").arg(m.name, m.unit));
    }
    setHeaderText(m_resultTable, metricCount + 1, tr("One number"),
                  tr("The one number the combine rule makes of the model's values"));
    setHeaderText(m_resultTable, metricCount + 2, tr("Rank"),
                  tr("The model's place in the ranking, or out when it misses a bound"));
    setHeaderText(m_resultTable, metricCount + 3, tr("Misses"),
                  tr("The metrics whose bound the model misses"));
    m_resultTable->setRowCount(int(results.size()));

    const Result<QList<ModelScore>> scores = evaluateModels(idea.metrics);
    for (int row = 0; row < results.size(); ++row) {
        const ModelResult &r = results[row];
        setCell(m_resultTable, row, 0, r.model);
        for (int c = 0; c < metricCount; ++c) {
            const auto it = r.values.constFind(metrics[c].name);
            setCell(m_resultTable, row, c + 1,
                    it == r.values.cend() ? QString() : formatValue(*it));
        }
        const ModelScore *s = scores ? &scores->at(row) : nullptr;
        QString value, rank, misses;
        if (s) {
            value = s->value ? formatValue(*s->value) : QStringLiteral("–");
            rank = s->out ? tr("out") : QString::number(s->rank);
            misses = s->missedBounds.join(QStringLiteral(", "));
        }
        setCell(m_resultTable, row, metricCount + 1, value, false);
        setCell(m_resultTable, row, metricCount + 2, rank, false);
        setCell(m_resultTable, row, metricCount + 3, misses, false);
        if (s && !s->note.isEmpty())
            m_resultTable->item(row, metricCount + 3)->setToolTip(s->note);
    }
    m_removeModel->setEnabled(!results.isEmpty());
    fitTableToRows(m_resultTable, 2, true);

    if (!scores) {
        m_ranking->setText(tr("No ranking: %1").arg(scores.error().message.toHtmlEscaped()));
        return;
    }
    m_ranking->setText(rankingText(*scores));
}

void MetricsTab::metricEdited(QTableWidgetItem *item)
{
    if (m_context.isLoading())
        return;
    const int row = item->row();
    if (row < 0 || row >= m_metrics.size())
        return;
    const QString name = m_metrics[row].name;
    const QString text = item->text().trimmed();
    switch (item->column()) {
    case NameColumn:
        if (text.isEmpty()) {
            m_context.showError(tr("A metric needs a name: type one, or remove the metric."));
            m_context.reload();
            return;
        }
        if (const Idea *current = m_context.document()->idea(m_context.ideaId())) {
            // Tried on a copy first: a refused rename changes nothing and says why.
            Idea copy = *current;
            if (const Status renamed = renameMetric(copy, name, text); !renamed) {
                m_context.showError(renamed.error().message);
                m_context.reload();
                return;
            }
        }
        m_context.commit(tr("Rename metric “%1”").arg(name),
                         [&](Idea &i) { (void)renameMetric(i, name, text); });
        return;
    case UnitColumn:
        m_context.commit(tr("Change the unit of “%1”").arg(name),
                         [&](Idea &i) { i.metrics.metrics[row].unit = text; });
        return;
    case WeightColumn:
    case BoundColumn: {
        const bool bound = item->column() == BoundColumn;
        const std::optional<double> value = parseValue(text);
        if (!value && !(bound && text.isEmpty())) {
            m_context.showError(
                bound ? tr("“%1” is not a number: type the bound, such as 1.5, or leave it "
                           "empty for no bound.")
                            .arg(text)
                      : tr("“%1” is not a number: type a weight such as 1 or 0.5.").arg(text));
            m_context.reload();
            return;
        }
        m_context.commit(bound ? tr("Change the bound of “%1”").arg(name)
                               : tr("Change the weight of “%1”").arg(name),
                         [&](Idea &i) {
                             if (bound)
                                 i.metrics.metrics[row].bound = value;
                             else
                                 i.metrics.metrics[row].weight = *value;
                         });
        return;
    }
    default:
        return;
    }
}

void MetricsTab::resultEdited(QTableWidgetItem *item)
{
    if (m_context.isLoading())
        return;
    const int row = item->row();
    const int column = item->column();
    if (row < 0 || row >= m_models.size())
        return;
    const QString model = m_models[row];
    const QString text = item->text().trimmed();
    if (column == 0) {
        if (text.isEmpty()) {
            m_context.showError(tr("A model needs a name: type one, or remove the model."));
            m_context.reload();
            return;
        }
        m_context.commit(tr("Rename model “%1”").arg(model),
                         [&](Idea &i) { i.metrics.results[row].model = text; });
        return;
    }
    if (column > m_metrics.size())
        return;
    const QString metric = m_metrics[column - 1].name;
    const std::optional<double> value = parseValue(text);
    if (!value && !text.isEmpty()) {
        m_context.showError(tr("“%1” is not a number: type the model's %2, such as 0.75, or "
                               "leave the cell empty for no value.")
                                .arg(text, metric));
        m_context.reload();
        return;
    }
    m_context.commit(tr("Enter %1 of “%2”").arg(metric, model), [&](Idea &i) {
        QMap<QString, double> &values = i.metrics.results[row].values;
        if (value)
            values.insert(metric, *value);
        else
            values.remove(metric);
    });
}

void MetricsTab::addMetric()
{
    QStringList taken;
    for (const MetricDef &m : std::as_const(m_metrics))
        taken << m.name;
    MetricDef metric;
    metric.name = uniqueName(tr("metric %1"), taken);
    if (m_context.commit(tr("Add metric “%1”").arg(metric.name),
                         [&](Idea &i) { i.metrics.metrics << metric; }))
        m_metricTable->setCurrentCell(int(m_metrics.size()) - 1, NameColumn);
}

void MetricsTab::removeMetric()
{
    const int row = m_metricTable->currentRow();
    if (row < 0 || row >= m_metrics.size()) {
        m_context.showError(tr("Select the metric to remove in the table first."));
        return;
    }
    const QString name = m_metrics[row].name;
    m_context.commit(tr("Remove metric “%1”").arg(name), [&](Idea &i) {
        i.metrics.metrics.removeAt(row);
        for (ModelResult &r : i.metrics.results)
            r.values.remove(name);
        if (i.metrics.rule.optimize == name)
            i.metrics.rule.optimize.clear();
        if (i.baselineMetric == name)
            i.baselineMetric.clear();
    });
}

void MetricsTab::addModel()
{
    const int rows = m_resultTable->rowCount();
    QStringList taken;
    for (int row = 0; row < rows; ++row)
        taken << m_resultTable->item(row, 0)->text();
    ModelResult result;
    result.model = uniqueName(tr("model %1"), taken);
    if (m_context.commit(tr("Add model “%1”").arg(result.model),
                         [&](Idea &i) { i.metrics.results << result; }))
        m_resultTable->setCurrentCell(rows, 0);
}

void MetricsTab::removeModel()
{
    const int row = m_resultTable->currentRow();
    if (row < 0 || row >= m_resultTable->rowCount()) {
        m_context.showError(tr("Select the model to remove in the table first."));
        return;
    }
    const QString name = m_resultTable->item(row, 0)->text();
    m_context.commit(tr("Remove model “%1”").arg(name), [&](Idea &i) {
        if (row < i.metrics.results.size())
            i.metrics.results.removeAt(row);
    });
}

// The rule as the widgets show it, as one edit.
void MetricsTab::commitRule(const QString &text)
{
    if (m_context.isLoading())
        return;
    m_formula->setModified(false);
    CombineRule rule;
    rule.kind = CombineKind(m_combine->currentData().toInt());
    rule.optimize = m_optimize->currentData().toString();
    if (rule.kind == CombineKind::Threshold && rule.optimize.isEmpty() && !m_metrics.isEmpty())
        rule.optimize = m_metrics.first().name;
    rule.formula = m_formula->text().trimmed();
    rule.formulaDirection = Direction(m_formulaDirection->currentData().toInt());
    m_context.commit(text, [&](Idea &i) { i.metrics.rule = rule; });
}

} // namespace mlp::ui

#include "editortabfixture.h"

#include <QApplication>
#include <QHeaderView>
#include <QScrollBar>

// Inside the namespace, the suite's name is the fixture, not the tab class of the same name.
namespace mlp::ui::test {
namespace {

using MetricsTab = EditorTabTest;

int rowOf(const QTableWidget &table, const QString &model)
{
    for (int row = 0; row < table.rowCount(); ++row) {
        if (table.item(row, 0) && table.item(row, 0)->text() == model)
            return row;
    }
    ADD_FAILURE() << model.toStdString();
    return 0;
}

TEST_F(MetricsTab, EditingABoundIsOneEditThatUndoes)
{
    auto *table = child<QTableWidget>(editor, QStringLiteral("metricTable"));
    ASSERT_EQ(table->rowCount(), 3);
    ASSERT_EQ(table->item(0, 0)->text(), QStringLiteral("position error"));
    const int before = s.document.undoStack()->count();

    table->item(0, 4)->setText(QStringLiteral("1.5"));
    EXPECT_EQ(s.document.idea(id)->metrics.metrics[0].bound, 1.5);
    EXPECT_EQ(s.document.undoStack()->count(), before + 1);
    EXPECT_EQ(s.memory(), s.file());

    s.document.undoStack()->undo();
    EXPECT_EQ(s.document.idea(id)->metrics.metrics[0].bound, 1.0);
    EXPECT_EQ(table->item(0, 4)->text(), QStringLiteral("1"));
}

TEST_F(MetricsTab, RenamingAMetricKeepsItsResultsAndUndoes)
{
    auto *table = child<QTableWidget>(editor, QStringLiteral("metricTable"));
    const Idea original = *s.document.idea(id);

    table->item(1, 0)->setText(QStringLiteral("rotation error"));
    const Idea &renamed = *s.document.idea(id);
    EXPECT_EQ(renamed.metrics.metrics[1].name, QStringLiteral("rotation error"));
    EXPECT_EQ(renamed.metrics.rule.optimize, QStringLiteral("rotation error"));
    EXPECT_EQ(renamed.baselineMetric, QStringLiteral("rotation error"));
    EXPECT_EQ(renamed.metrics.results[0].values.value(QStringLiteral("rotation error")), 62.0);

    s.document.undoStack()->undo();
    EXPECT_EQ(*s.document.idea(id), original);
    EXPECT_EQ(table->item(1, 0)->text(), QStringLiteral("angular error"));
}

TEST_F(MetricsTab, RenamingAMetricRewritesTheFormulaInTheSameEdit)
{
    auto *combine = child<QComboBox>(editor, QStringLiteral("combineCombo"));
    combine->setCurrentIndex(combine->findData(int(CombineKind::Formula)));
    auto *formula = child<QLineEdit>(editor, QStringLiteral("formulaEdit"));
    formula->clear();
    QTest::keyClicks(formula,
                     QStringLiteral("angular_error + 10 * position_error + inference_time / 100"));
    emit formula->editingFinished();
    const Idea before = *s.document.idea(id);
    ASSERT_EQ(before.metrics.rule.formula,
              QStringLiteral("angular_error + 10 * position_error + inference_time / 100"));
    const int steps = s.document.undoStack()->count();

    auto *table = child<QTableWidget>(editor, QStringLiteral("metricTable"));
    table->item(0, 0)->setText(QStringLiteral("position error (cm)"));
    EXPECT_EQ(s.document.idea(id)->metrics.rule.formula,
              QStringLiteral("angular_error + 10 * position_error__cm_ + inference_time / 100"));
    EXPECT_EQ(formula->text(), s.document.idea(id)->metrics.rule.formula);
    EXPECT_EQ(s.document.undoStack()->count(), steps + 1);
    EXPECT_EQ(s.memory(), s.file());
    // The ranking still computes: the formula names the renamed metric.
    EXPECT_TRUE(child<QLabel>(editor, QStringLiteral("formulaError"))->isHidden())
        << child<QLabel>(editor, QStringLiteral("formulaError"))->text().toStdString();

    s.document.undoStack()->undo();
    EXPECT_EQ(*s.document.idea(id), before);
    EXPECT_EQ(formula->text(), before.metrics.rule.formula);
}

TEST_F(MetricsTab, RenamingToAFormulaNameAnotherMetricHasIsRefused)
{
    // "angular error" renamed "position-error" would make "angular_error + position_error" read
    // "position_error + position_error".
    auto *table = child<QTableWidget>(editor, QStringLiteral("metricTable"));
    ASSERT_EQ(table->item(0, 0)->text(), QStringLiteral("position error"));
    ASSERT_EQ(table->item(1, 0)->text(), QStringLiteral("angular error"));
    const Idea original = *s.document.idea(id);
    const int steps = s.document.undoStack()->count();

    table->item(1, 0)->setText(QStringLiteral("position-error"));
    EXPECT_EQ(*s.document.idea(id), original);
    EXPECT_EQ(s.document.undoStack()->count(), steps);
    auto *error = child<QLabel>(editor, QStringLiteral("editorError"));
    EXPECT_FALSE(error->isHidden());
    EXPECT_TRUE(error->text().contains(QStringLiteral("“position error”")))
        << error->text().toStdString();
    EXPECT_EQ(table->item(1, 0)->text(), QStringLiteral("angular error"));
}

// The editor sits in a panel about 400 px wide: the metrics fit it without being cut, and the
// tables are as tall as their rows (the tab scrolls, not each table).
TEST_F(MetricsTab, FitsTheNarrowPanel)
{
    editor.resize(400, 900);
    editor.show();
    QApplication::processEvents();
    auto *metrics = child<QTableWidget>(editor, QStringLiteral("metricTable"));
    EXPECT_LE(metrics->horizontalHeader()->length(), metrics->viewport()->width());
    EXPECT_FALSE(metrics->verticalScrollBar()->isVisible());
    auto *direction = child<QComboBox>(editor, QStringLiteral("metricDirection_0"));
    EXPECT_LE(direction->sizeHint().width(), direction->width());
    auto *combine = child<QComboBox>(editor, QStringLiteral("combineCombo"));
    EXPECT_LT(combine->fontMetrics().horizontalAdvance(combine->currentText()), combine->width());
    auto *results = child<QTableWidget>(editor, QStringLiteral("resultTable"));
    EXPECT_FALSE(results->verticalScrollBar()->isVisible());
    EXPECT_EQ(results->horizontalHeaderItem(1)->toolTip(), QStringLiteral("position error (cm)"));
}

TEST_F(MetricsTab, ANumberThatIsNotOneIsRefusedWithAMessage)
{
    const Idea original = *s.document.idea(id);
    auto *results = child<QTableWidget>(editor, QStringLiteral("resultTable"));
    results->item(0, 1)->setText(QStringLiteral("about one"));
    EXPECT_EQ(*s.document.idea(id), original);
    auto *error = child<QLabel>(editor, QStringLiteral("editorError"));
    EXPECT_FALSE(error->isHidden());
    EXPECT_TRUE(error->text().contains(QStringLiteral("about one"))) << error->text().toStdString();
    EXPECT_EQ(results->item(0, 1)->text(), QStringLiteral("0.75"));
}

// The course's worked example: threshold position error at 1 cm, optimize angular error, ignore
// run time. The model with the best angle misses the position bound and is out.
TEST_F(MetricsTab, PoseEstimationRanksAsTheCourseTellsIt)
{
    auto *results = child<QTableWidget>(editor, QStringLiteral("resultTable"));
    ASSERT_EQ(results->columnCount(), 1 + 3 + 3);
    const int rankColumn = 5, missesColumn = 6, numberColumn = 4;

    const int keypoints = rowOf(*results, QStringLiteral("keypoints + PnP"));
    const int resnet = rowOf(*results, QStringLiteral("ResNet-18 regression"));
    const int large = rowOf(*results, QStringLiteral("large backbone"));
    EXPECT_EQ(results->item(keypoints, rankColumn)->text(), QStringLiteral("1"));
    EXPECT_EQ(results->item(keypoints, numberColumn)->text(), QStringLiteral("58"));
    EXPECT_EQ(results->item(resnet, rankColumn)->text(), QStringLiteral("2"));
    EXPECT_EQ(results->item(large, rankColumn)->text(), QStringLiteral("out"));
    EXPECT_EQ(results->item(large, missesColumn)->text(), QStringLiteral("position error"));
    EXPECT_TRUE(results->item(keypoints, missesColumn)->text().isEmpty());

    const QString ranking = child<QLabel>(editor, QStringLiteral("rankingLabel"))->text();
    EXPECT_LT(ranking.indexOf(QStringLiteral("keypoints + PnP")),
              ranking.indexOf(QStringLiteral("ResNet-18 regression")))
        << ranking.toStdString();
    EXPECT_TRUE(ranking.contains(QStringLiteral("<b>large backbone</b> is out")))
        << ranking.toStdString();
    EXPECT_TRUE(ranking.contains(QStringLiteral("position error"))) << ranking.toStdString();

    auto *combine = child<QComboBox>(editor, QStringLiteral("combineCombo"));
    EXPECT_EQ(combine->currentData().toInt(), int(CombineKind::Threshold));
    EXPECT_EQ(child<QComboBox>(editor, QStringLiteral("optimizeCombo"))->currentText(),
              QStringLiteral("angular error"));
}

TEST_F(MetricsTab, AFormulaErrorPointsAtItsPlaceAsItIsTyped)
{
    auto *combine = child<QComboBox>(editor, QStringLiteral("combineCombo"));
    combine->setCurrentIndex(combine->findData(int(CombineKind::Formula)));
    EXPECT_EQ(s.document.idea(id)->metrics.rule.kind, CombineKind::Formula);

    auto *formula = child<QLineEdit>(editor, QStringLiteral("formulaEdit"));
    auto *error = child<QLabel>(editor, QStringLiteral("formulaError"));
    auto *pointer = child<QLabel>(editor, QStringLiteral("formulaPointer"));
    const int before = s.document.undoStack()->count();
    QTest::keyClicks(formula, QStringLiteral("angular_error + recall"));
    EXPECT_EQ(s.document.undoStack()->count(), before); // checked while typing, not recorded
    EXPECT_FALSE(error->isHidden());
    EXPECT_TRUE(error->text().contains(QStringLiteral("position 17")))
        << error->text().toStdString();
    EXPECT_TRUE(error->text().contains(QStringLiteral("recall"))) << error->text().toStdString();
    EXPECT_FALSE(pointer->isHidden());
    EXPECT_EQ(pointer->text(),
              QStringLiteral("angular_error + recall\n") + QString(16, QLatin1Char(' '))
                  + QLatin1Char('^'));

    formula->clear();
    QTest::keyClicks(formula, QStringLiteral("angular_error + 10 * position_error"));
    EXPECT_TRUE(error->isHidden());
    EXPECT_TRUE(pointer->isHidden());
    emit formula->editingFinished();
    EXPECT_EQ(s.document.idea(id)->metrics.rule.formula,
              QStringLiteral("angular_error + 10 * position_error"));
    EXPECT_EQ(s.document.undoStack()->count(), before + 1);
}

TEST_F(MetricsTab, AddingAndRemovingAMetricAndAModel)
{
    auto *metrics = child<QTableWidget>(editor, QStringLiteral("metricTable"));
    auto *results = child<QTableWidget>(editor, QStringLiteral("resultTable"));
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("addMetricButton")),
                      Qt::LeftButton);
    ASSERT_EQ(s.document.idea(id)->metrics.metrics.size(), 4);
    EXPECT_EQ(metrics->rowCount(), 4);
    EXPECT_EQ(results->columnCount(), 1 + 4 + 3);

    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("addModelButton")), Qt::LeftButton);
    ASSERT_EQ(s.document.idea(id)->metrics.results.size(), 4);
    const int row = results->rowCount() - 1;
    results->item(row, 1)->setText(QStringLiteral("0.5"));
    results->item(row, 2)->setText(QStringLiteral("40"));
    EXPECT_EQ(results->item(row, 1 + 4 + 1)->text(), QStringLiteral("1")); // 40° beats 58°

    metrics->setCurrentCell(0, 0);
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("removeMetricButton")),
                      Qt::LeftButton);
    EXPECT_EQ(s.document.idea(id)->metrics.metrics.size(), 3);
    for (const ModelResult &r : s.document.idea(id)->metrics.results)
        EXPECT_FALSE(r.values.contains(QStringLiteral("position error")));
    s.document.undoStack()->undo();
    EXPECT_EQ(
        s.document.idea(id)->metrics.results.last().values.value(QStringLiteral("position error")),
        0.5);
}

} // namespace
} // namespace mlp::ui::test

#include "editortabfixture.h"

#include "ui/editor/baselineladder.h"

// Inside the namespace, the suite's name is the fixture, not the tab class of the same name.
namespace mlp::ui::test {
namespace {

using BaselinesTab = EditorTabTest;

enum { ValueColumn = 2, FairColumn = 4, TargetGapColumn = 5, ModelGapColumn = 6 };

TEST_F(BaselinesTab, AddingAHumanBaselineShowsItsGapsAndUndoes)
{
    auto *table = child<QTableWidget>(editor, QStringLiteral("baselineTable"));
    const int before = int(s.document.idea(id)->baselines.size());
    ASSERT_EQ(table->rowCount(), before);

    auto *kind = child<QComboBox>(editor, QStringLiteral("newBaselineKind"));
    kind->setCurrentIndex(kind->findData(int(BaselineKind::HumanDomainExpert)));
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("addBaselineButton")),
                      Qt::LeftButton);
    ASSERT_EQ(s.document.idea(id)->baselines.size(), before + 1);
    EXPECT_EQ(s.document.idea(id)->baselines.last().kind, BaselineKind::HumanDomainExpert);
    ASSERT_EQ(table->rowCount(), before + 1);

    const int row = before;
    table->item(row, ValueColumn)->setText(QStringLiteral("10"));
    EXPECT_EQ(s.document.idea(id)->baselines.last().value, 10.0);
    // Angular error is lower-is-better: the target is 5°, the best model still in the ranking
    // is keypoints + PnP at 58° (the large backbone misses the position bound).
    EXPECT_EQ(table->item(row, TargetGapColumn)->text(), QStringLiteral("5 ° short"));
    EXPECT_EQ(table->item(row, ModelGapColumn)->text(), QStringLiteral("model 48 ° behind"));

    auto *ladder = editor.findChild<BaselineLadder *>();
    ASSERT_NE(ladder, nullptr);
    ASSERT_FALSE(ladder->rows().isEmpty());
    EXPECT_TRUE(ladder->rows().first().human); // the ladder's rungs come first
    EXPECT_TRUE(ladder->rows().first().label.contains(QStringLiteral("Human 3")));

    s.document.undoStack()->undo(); // the value
    s.document.undoStack()->undo(); // the baseline
    EXPECT_EQ(s.document.idea(id)->baselines.size(), before);
    EXPECT_EQ(table->rowCount(), before);
}

TEST_F(BaselinesTab, APublishedResultNotMarkedFairIsWarnedAbout)
{
    auto *warning = child<QLabel>(editor, QStringLiteral("fairnessWarning"));
    EXPECT_FALSE(warning->isHidden());
    EXPECT_TRUE(warning->text().contains(QStringLiteral("PoseCNN-style result")))
        << warning->text().toStdString();

    auto *table = child<QTableWidget>(editor, QStringLiteral("baselineTable"));
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == QStringLiteral("PoseCNN-style result"))
            row = r;
    }
    ASSERT_GE(row, 0);
    QTableWidgetItem *fair = table->item(row, FairColumn);
    EXPECT_TRUE(fair->flags() & Qt::ItemIsUserCheckable);
    EXPECT_EQ(fair->checkState(), Qt::Unchecked);
    // Other kinds have no such box.
    EXPECT_FALSE(table->item(row == 0 ? 1 : 0, FairColumn)->flags() & Qt::ItemIsUserCheckable);

    fair->setCheckState(Qt::Checked);
    EXPECT_TRUE(s.document.idea(id)->baselines[row].fairChecked);
    EXPECT_TRUE(warning->isHidden());

    s.document.undoStack()->undo();
    EXPECT_FALSE(s.document.idea(id)->baselines[row].fairChecked);
    EXPECT_FALSE(warning->isHidden());
}

// In a panel too narrow for the whole table, the table scrolls sideways; no kind is cut off.
TEST_F(BaselinesTab, EveryKindReadsInFull)
{
    editor.resize(400, 700);
    editor.show();
    auto *table = child<QTableWidget>(editor, QStringLiteral("baselineTable"));
    ASSERT_GT(table->rowCount(), 0);
    for (int row = 0; row < table->rowCount(); ++row) {
        auto *kind = qobject_cast<QComboBox *>(table->cellWidget(row, 1));
        ASSERT_NE(kind, nullptr);
        EXPECT_GE(table->columnWidth(1), kind->sizeHint().width())
            << kind->currentText().toStdString();
    }
}

} // namespace
} // namespace mlp::ui::test

#include "mainwindowfixture.h"

using namespace mlp;
using namespace mlp::ui;
using namespace mlp::ui::test;

TEST_F(MainWindowTest, ShowsTheSampleWithNonBlankContent)
{
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("sample.mlplan")));
    EXPECT_EQ(window->table()->model()->rowCount(), document().portfolio().ideas.size());
    EXPECT_EQ(find<QLabel>(QStringLiteral("savedLabel"))->text(),
              QStringLiteral("All changes saved"));
    EXPECT_TRUE(find<QLabel>(QStringLiteral("countLabel"))
                    ->text()
                    .contains(QString::number(document().portfolio().ideas.size())));
    QApplication::processEvents();
    const QImage whole = window->grab().toImage();
    EXPECT_GT(distinctColours(whole), 40);
    const QImage chart = window->chart()->grab().toImage();
    EXPECT_GT(distinctColours(chart), 20);
    const QImage table = window->table()->grab().toImage();
    EXPECT_GT(distinctColours(table), 5);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(QLatin1Char('\n')).toStdString();
}

TEST_F(MainWindowTest, FilterBarNarrowsTheTable)
{
    QAbstractItemModel *rows = window->table()->model();
    const int all = rows->rowCount();
    QLineEdit *filter = find<QLineEdit>(QStringLiteral("filterText"));
    QTest::keyClicks(filter, QStringLiteral("robot"));
    ASSERT_GE(rows->rowCount(), 1);
    EXPECT_LT(rows->rowCount(), all);
    for (int row = 0; row < rows->rowCount(); ++row) {
        const qint64 id = rows->index(row, 0).data(IdeasModel::IdRole).toLongLong();
        const Idea *idea = document().idea(id);
        EXPECT_TRUE(idea->name.contains(QStringLiteral("robot"), Qt::CaseInsensitive)
                    || idea->owner.contains(QStringLiteral("robot"), Qt::CaseInsensitive)
                    || idea->description.contains(QStringLiteral("robot"), Qt::CaseInsensitive));
    }
    filter->clear();
    EXPECT_EQ(rows->rowCount(), all);

    QComboBox *stage = find<QComboBox>(QStringLiteral("stageFilter"));
    stage->setCurrentIndex(stage->findData(int(Stage::Training)));
    ASSERT_GE(rows->rowCount(), 1);
    EXPECT_LT(rows->rowCount(), all);
    for (int row = 0; row < rows->rowCount(); ++row)
        EXPECT_EQ(rows->index(row, 0).data(IdeasModel::StageRole).toInt(), int(Stage::Training));
    EXPECT_TRUE(
        find<QLabel>(QStringLiteral("countLabel"))->text().contains(QStringLiteral("shown")));
}

TEST_F(MainWindowTest, TableSelectionSelectsOnTheChartAndOpensTheEditor)
{
    window->table()->selectRow(2);
    const qint64 id = idAtRow(2);
    EXPECT_EQ(window->chart()->selectedIds(), QList<qint64> { id });
    EXPECT_EQ(window->editor()->ideaId(), id);
    EXPECT_EQ(find<QLineEdit>(QStringLiteral("nameEdit"))->text(), document().idea(id)->name);
    EXPECT_TRUE(
        find<QLabel>(QStringLiteral("selectionLabel"))->text().contains(document().idea(id)->name));
    EXPECT_TRUE(action("actionDuplicate")->isEnabled());

    window->table()->clearSelection();
    EXPECT_TRUE(window->chart()->selectedIds().isEmpty());
    EXPECT_EQ(window->editor()->ideaId(), 0);
}

TEST_F(MainWindowTest, ChartClickSelectsTheRow)
{
    const qint64 first = idAtRow(4);
    const qint64 second = idAtRow(7);
    emit window->chart()->ideaClicked(first, Qt::NoModifier);
    EXPECT_EQ(window->selectedIds(), QList<qint64> { first });
    EXPECT_EQ(window->chart()->selectedIds(), QList<qint64> { first });
    EXPECT_EQ(window->editor()->ideaId(), first);

    emit window->chart()->ideaClicked(second, Qt::ControlModifier);
    QList<qint64> both = window->selectedIds();
    std::sort(both.begin(), both.end());
    QList<qint64> expected { first, second };
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(both, expected);

    emit window->chart()->ideaClicked(first, Qt::ControlModifier);
    EXPECT_EQ(window->selectedIds(), QList<qint64> { second });
    EXPECT_EQ(window->chart()->selectedIds(), QList<qint64> { second });
}

TEST_F(MainWindowTest, DeleteAndUndoThroughTheActions)
{
    const int count = int(document().portfolio().ideas.size());
    const qint64 id = idAtRow(1);
    const Idea original = *document().idea(id);
    window->table()->selectRow(1);
    action("actionDelete")->trigger();
    EXPECT_EQ(document().portfolio().ideas.size(), count - 1);
    EXPECT_EQ(window->table()->model()->rowCount(), count - 1);
    EXPECT_TRUE(action("actionUndo")->isEnabled());
    // The toolbar keeps a steady label; what would be undone is in the tooltip.
    EXPECT_EQ(action("actionUndo")->iconText(), QStringLiteral("Undo"));
    EXPECT_TRUE(action("actionUndo")->toolTip().contains(original.name))
        << action("actionUndo")->toolTip().toStdString();
    action("actionUndo")->trigger();
    ASSERT_NE(document().idea(id), nullptr);
    EXPECT_TRUE(*document().idea(id) == original);
    EXPECT_EQ(window->table()->model()->rowCount(), count);
    action("actionRedo")->trigger();
    EXPECT_EQ(document().idea(id), nullptr);
}

TEST_F(MainWindowTest, DeleteOnAnAnswerClearsTheAnswerNotTheIdea)
{
    const int count = int(document().portfolio().ideas.size());
    qint64 id = 0;
    int question = -1;
    for (int row = 0; row < window->table()->model()->rowCount() && question < 0; ++row) {
        const Idea *idea = document().idea(idAtRow(row));
        if (idea->raters.isEmpty())
            continue;
        for (int q = 0; q < kQuestionCount && question < 0; ++q) {
            if (idea->raters.first().answers[q] > 0) {
                id = idea->id;
                question = q;
                window->table()->selectRow(row);
            }
        }
    }
    ASSERT_GE(question, 0);
    ASSERT_EQ(window->editor()->ideaId(), id);
    activate();
    auto *scale = window->editor()->findChild<AnswerScale *>();
    QList<AnswerScale *> scales = window->editor()->findChildren<AnswerScale *>();
    ASSERT_EQ(scales.size(), kQuestionCount);
    scale = scales.at(question);
    QAbstractButton *button = scale->button(scale->value());
    ASSERT_NE(button, nullptr);
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Delete);
    ASSERT_NE(document().idea(id), nullptr) << "Delete on an answer deleted the idea";
    EXPECT_EQ(document().portfolio().ideas.size(), count);
    EXPECT_EQ(document().idea(id)->raters.first().answers[question], 0);
}

TEST_F(MainWindowTest, DeletingSeveralIdeasIsOneStepAndUndoSelectsThemAgain)
{
    const int count = int(document().portfolio().ideas.size());
    const QList<qint64> ids { idAtRow(1), idAtRow(2) };
    window->selectIds(ids);
    EXPECT_TRUE(action("actionMoveStage")->isEnabled()); // several can be moved at once too
    activate();
    window->table()->setFocus();
    QTest::keyClick(window->table(), Qt::Key_Delete);
    EXPECT_EQ(document().portfolio().ideas.size(), count - 2);
    EXPECT_TRUE(
        find<QLabel>(QStringLiteral("selectionLabel"))->text().contains(QStringLiteral("Undo")));
    action("actionUndo")->trigger();
    EXPECT_EQ(document().portfolio().ideas.size(), count);
    QList<qint64> selected = window->selectedIds();
    std::sort(selected.begin(), selected.end());
    QList<qint64> expected = ids;
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(selected, expected);
}

TEST_F(MainWindowTest, UndoAfterSettingsUndoesTheSettingsNotTheFilterText)
{
    activate();
    QLineEdit *filter = find<QLineEdit>(QStringLiteral("filterText"));
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("churn"));
    filter->clear(); // typed and cleared: the box has edits of its own to undo
    ASSERT_TRUE(filter->isUndoAvailable());
    const ScoringConfig before = document().portfolio().config;
    ScoringConfig changed = before;
    changed.impactThreshold = 7.5;
    ASSERT_TRUE(document().setSettings(document().portfolio().name, changed).ok());
    filter->setFocus(); // where focus returns after the dialog
    QTest::keyClick(filter, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(document().portfolio().config == before);
    EXPECT_TRUE(filter->text().isEmpty());

    // A text field's own unrecorded edit is still undone in the field.
    QTest::keyClicks(filter, QStringLiteral("x"));
    QTest::keyClick(filter, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(filter->text().isEmpty());
    EXPECT_TRUE(document().undoStack()->canRedo()); // the portfolio's step not redone
}

TEST_F(MainWindowTest, SettingsAndSaveACopyHaveKeysOnEveryDesktop)
{
    EXPECT_TRUE(
        action("actionSettings")->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    EXPECT_TRUE(action("actionSaveCopy")
                    ->shortcuts()
                    .contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    EXPECT_FALSE(action("actionSettings")->shortcut().isEmpty()); // the menu shows one
    EXPECT_FALSE(action("actionSaveCopy")->shortcut().isEmpty());
}

TEST_F(MainWindowTest, StatusBarShowsOneTextAtATime)
{
    window->table()->selectRow(0);
    const qint64 id = idAtRow(0);
    Idea changed = *document().idea(id);
    changed.owner = QStringLiteral("Someone else");
    ASSERT_TRUE(document().editIdea(changed, QStringLiteral("owner")).ok());
    QApplication::processEvents();
    // No temporary message drawn over the labels; each label has its own place.
    EXPECT_TRUE(window->statusBar()->currentMessage().isEmpty())
        << window->statusBar()->currentMessage().toStdString();
    QList<QLabel *> labels;
    for (QLabel *label : window->statusBar()->findChildren<QLabel *>()) {
        if (label->isVisible() && !label->text().isEmpty())
            labels << label;
    }
    for (int i = 0; i < labels.size(); ++i) {
        for (int j = i + 1; j < labels.size(); ++j)
            EXPECT_FALSE(labels.at(i)->geometry().intersects(labels.at(j)->geometry()))
                << labels.at(i)->objectName().toStdString() << " / "
                << labels.at(j)->objectName().toStdString();
    }
}

TEST_F(MainWindowTest, SettingsDialogStaysClearOfTheChart)
{
    QApplication::processEvents();
    QRect dialogGeometry;
    bool previewedWithoutWriting = false;
    QTimer::singleShot(0, window.get(), [&] {
        auto *dialog = window->findChild<SettingsDialog *>();
        ASSERT_NE(dialog, nullptr);
        dialogGeometry = dialog->frameGeometry();
        auto *threshold = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("impactThreshold"));
        threshold->setValue(9.0);
        previewedWithoutWriting = document().portfolio().config.impactThreshold == 9.0
            && fileContent(document(), dir).config.impactThreshold != 9.0;
        dialog->reject();
    });
    action("actionSettings")->trigger();
    const QRect chart(window->chart()->mapToGlobal(QPoint(0, 0)), window->chart()->size());
    EXPECT_FALSE(dialogGeometry.intersects(chart));
    EXPECT_TRUE(previewedWithoutWriting);
}

TEST_F(MainWindowTest, TextsReadAsWordsNotPlaceholders)
{
    EXPECT_FALSE(
        find<QLabel>(QStringLiteral("countLabel"))->text().contains(QStringLiteral("(s)")));
    window->selectIds({ idAtRow(0), idAtRow(1) });
    EXPECT_FALSE(
        find<QLabel>(QStringLiteral("selectionLabel"))->text().contains(QStringLiteral("(s)")));
    EXPECT_TRUE(
        find<QLabel>(QStringLiteral("selectionLabel"))->text().contains(QStringLiteral("2 ideas")));
    find<QLineEdit>(QStringLiteral("filterText"))->setText(QStringLiteral("zzzz-nothing"));
    EXPECT_FALSE(
        find<QLabel>(QStringLiteral("countLabel"))->text().contains(QStringLiteral("(s)")));
}

TEST_F(MainWindowTest, AddIdeaThenNameItInTheEditor)
{
    const int count = int(document().portfolio().ideas.size());
    action("actionAddIdea")->trigger();
    ASSERT_EQ(document().portfolio().ideas.size(), count + 1);
    const qint64 id = window->editor()->ideaId();
    ASSERT_NE(id, 0);
    EXPECT_EQ(window->selectedIds(), QList<qint64> { id });

    QLineEdit *name = find<QLineEdit>(QStringLiteral("nameEdit"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Fraud alerts"));
    EXPECT_EQ(document().idea(id)->name, QStringLiteral("New idea")); // nothing per keystroke
    QTest::keyClick(name, Qt::Key_Return);
    EXPECT_EQ(document().idea(id)->name, QStringLiteral("Fraud alerts"));
    EXPECT_EQ(document().undoStack()->count(), 2);

    document().undoStack()->undo();
    EXPECT_EQ(document().idea(id)->name, QStringLiteral("New idea"));
    EXPECT_EQ(name->text(), QStringLiteral("New idea"));
}

TEST_F(MainWindowTest, DuplicateSelectsTheCopy)
{
    window->table()->selectRow(0);
    const qint64 source = idAtRow(0);
    action("actionDuplicate")->trigger();
    const QList<qint64> selected = window->selectedIds();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_NE(selected.first(), source);
    EXPECT_TRUE(document().idea(selected.first())->name.contains(document().idea(source)->name));
    EXPECT_TRUE(document().idea(selected.first())->name.endsWith(QStringLiteral("(copy)")));
    // Its name is ready to be changed.
    EXPECT_EQ(find<QLineEdit>(QStringLiteral("nameEdit"))->selectedText(),
              document().idea(selected.first())->name);
}

TEST_F(MainWindowTest, AllColumnsFitTheTableAndAResizedColumnIsKept)
{
    QApplication::processEvents();
    QTableView *table = window->table();
    QHeaderView *header = table->horizontalHeader();
    EXPECT_LE(header->length(), table->viewport()->width());
    EXPECT_FALSE(table->horizontalScrollBar()->isVisible());
    const QFontMetrics fm = table->fontMetrics();
    EXPECT_GE(header->sectionSize(IdeasModel::NameColumn), fm.averageCharWidth() * 18);
    for (int column : { int(IdeasModel::RankColumn), int(IdeasModel::ImpactColumn),
                        int(IdeasModel::FeasibilityColumn), int(IdeasModel::CompletenessColumn),
                        int(IdeasModel::RatersColumn) }) {
        const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
        EXPECT_GE(header->sectionSize(column), fm.horizontalAdvance(title)) << title.toStdString();
    }

    header->resizeSection(IdeasModel::OwnerColumn, 77);
    window->resize(1200, 780); // the table no longer refits once the user has sized a column
    QApplication::processEvents();
    EXPECT_EQ(header->sectionSize(IdeasModel::OwnerColumn), 77);
    window->close(); // saves the header
    MainWindow again(clock);
    again.setWindowState(Qt::WindowNoState);
    again.resize(1280, 800);
    again.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
    EXPECT_EQ(again.table()->horizontalHeader()->sectionSize(IdeasModel::OwnerColumn), 77);
    EXPECT_EQ(again.table()->horizontalHeader()->sectionResizeMode(IdeasModel::NameColumn),
              QHeaderView::Stretch);
    for (const auto *setting :
         { &UiSettings::instance().tableHeaderState, &UiSettings::instance().windowGeometry,
           &UiSettings::instance().windowState, &UiSettings::instance().splitterState })
        setting->reset();
}

TEST_F(MainWindowTest, NamesAndStagesAreReadableOnALaptopScreen)
{
    for (const QSize size : { QSize(1280, 800), QSize(1280, 720) }) {
        window->resize(size);
        QApplication::processEvents();
        QTableView *table = window->table();
        QHeaderView *header = table->horizontalHeader();
        const QFontMetrics fm = table->fontMetrics();
        // The name gets the room: about 24 characters at least.
        EXPECT_GE(header->sectionSize(IdeasModel::NameColumn), fm.averageCharWidth() * 24)
            << size.height();
        // Every stage is shown whole (a short name; the tooltip has the long one).
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex stage = table->model()->index(row, IdeasModel::StageColumn);
            const QString text = stage.data().toString();
            EXPECT_LE(fm.horizontalAdvance(text) + 8, header->sectionSize(IdeasModel::StageColumn))
                << text.toStdString() << " at " << size.height();
            EXPECT_NE(stage.data(Qt::ToolTipRole).toString(), text);
        }
    }
}

TEST_F(MainWindowTest, WidthsChosenOnALargeScreenLeaveTheNameReadableOnASmallOne)
{
    window->resize(1800, 1000);
    QApplication::processEvents();
    QHeaderView *header = window->table()->horizontalHeader();
    header->resizeSection(IdeasModel::OwnerColumn, 300); // the user's widths from now on
    header->resizeSection(IdeasModel::ArchetypeColumn, 300);
    window->resize(1280, 720);
    QApplication::processEvents();
    const QFontMetrics fm = window->table()->fontMetrics();
    EXPECT_GE(header->sectionSize(IdeasModel::NameColumn), fm.averageCharWidth() * 16);
    EXPECT_GT(header->sectionSize(IdeasModel::OwnerColumn),
              fm.averageCharWidth() * 6); // shrunk, not gone
    window->close();
    for (const auto *setting :
         { &UiSettings::instance().tableHeaderState, &UiSettings::instance().windowGeometry,
           &UiSettings::instance().windowState, &UiSettings::instance().splitterState })
        setting->reset();
}

TEST_F(MainWindowTest, ChartSaysWhatToDoWhenThereIsNothingToShow)
{
    EXPECT_TRUE(window->chart()->emptyStateText().isEmpty());
    document().close();
    const QString closed = window->chart()->emptyStateText();
    EXPECT_TRUE(closed.contains(QStringLiteral("No portfolio open"))) << closed.toStdString();
    EXPECT_TRUE(closed.contains(QStringLiteral(".mlplan")));
    ASSERT_TRUE(window->newFile(dir.filePath(QStringLiteral("empty.mlplan"))));
    const QString empty = window->chart()->emptyStateText();
    EXPECT_TRUE(empty.contains(QStringLiteral("No ideas yet"))) << empty.toStdString();
    action("actionAddIdea")->trigger();
    EXPECT_TRUE(window->chart()->emptyStateText().isEmpty());
}

TEST_F(MainWindowTest, ChartModesFollowTheViewMenu)
{
    find<QAction>(QStringLiteral("colorMode_1"))->trigger();
    EXPECT_EQ(window->chart()->colorMode(), PortfolioChartView::ColorMode::Stage);
    find<QAction>(QStringLiteral("sizeMode_2"))->trigger();
    EXPECT_EQ(window->chart()->sizeMode(), PortfolioChartView::SizeMode::RaterSpread);
    EXPECT_EQ(UiSettings::instance().chartColorMode.value(), 1);
    find<QAction>(QStringLiteral("colorMode_0"))->trigger();
    EXPECT_EQ(window->chart()->colorMode(), PortfolioChartView::ColorMode::Archetype);
}

// How fast this is, is measured in bench/ui (BM_WindowOpenToFirstPaint,
// BM_WindowFilterKeystroke); here only that it works with 10,000 ideas.
TEST(MainWindowLarge, TenThousandIdeasOpenAndFilter)
{
    QTemporaryDir dir;
    FakeClock clock(testNow());
    const QString path = dir.filePath(QStringLiteral("big.mlplan"));
    {
        auto created = PortfolioFile::create(path, generatedPortfolio(10000, 11, clock.now()));
        ASSERT_TRUE(created.ok());
    }
    MainWindow window(clock);
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(window.openFile(path));
    window.repaint();
    EXPECT_EQ(window.table()->model()->rowCount(), 10000);

    QLineEdit *filter = window.findChild<QLineEdit *>(QStringLiteral("filterText"));
    ASSERT_NE(filter, nullptr);
    QTest::keyClicks(filter, QStringLiteral("Idea 012"));
    const int narrowed = window.table()->model()->rowCount();
    EXPECT_GT(narrowed, 0);
    EXPECT_LT(narrowed, 10000);
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(filter, Qt::Key_Backspace);
    EXPECT_GE(window.table()->model()->rowCount(), narrowed);
}

// The first window fits the screen with its frame: on a screen smaller than 1440 × 900 plus a
// title bar (a 1280 × 800 laptop; the test platform's screen is smaller still) it starts
// maximized, so the status bar is not below the screen's edge.
TEST(MainWindowFirstRun, StartsMaximizedWhenTheDefaultSizeDoesNotFitWithItsFrame)
{
    for (const auto *setting :
         { &UiSettings::instance().windowGeometry, &UiSettings::instance().windowState })
        setting->reset();
    const QSize free = QGuiApplication::primaryScreen()->availableSize();
    ASSERT_LT(free.height(), 900 + 64)
        << "the test expects a screen smaller than the default window";
    const FakeClock clock { testNow() };
    MainWindow window(clock);
    EXPECT_TRUE(window.windowState().testFlag(Qt::WindowMaximized));
    EXPECT_LE(window.height(), free.height());
}

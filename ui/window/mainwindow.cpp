#include "ui/window/mainwindow.h"

#include "core/store/storelocation.h"
#include "ui/board/lifecycleboard.h"
#include "ui/chart/portfoliochartview.h"
#include "ui/common/uisettings.h"
#include "ui/dialogs/conflictdialog.h"
#include "ui/dialogs/movestagedialog.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/document/document.h"
#include "ui/document/selection.h"
#include "ui/document/storefollower.h"
#include "ui/editor/editlock.h"
#include "ui/editor/ideaeditor.h"
#include "ui/editor/textundoguard.h"
#include "ui/flow/flowview.h"
#include "ui/log/changelogview.h"
#include "ui/models/ideafiltermodel.h"
#include "ui/models/ideaselectionmodel.h"
#include "ui/models/ideasmodel.h"
#include "ui/window/filterbar.h"
#include "ui/window/reportexport.h"
#include "ui/window/tablecolumns.h"
#include "ui/window/windowactions.h"
#include "ui/window/windowstatus.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace mlp::ui {

MainWindow::MainWindow(const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_clock(clock)
    , m_document(new Document(clock, this))
    , m_model(new IdeasModel(m_document, this))
    , m_filter(new IdeaFilterModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_filter->setSourceModel(m_model);
    m_errorReporter = [this](const QString &title, const QString &message) {
        QMessageBox::warning(this, title, message);
    };
    m_confirmer = [this](const QString &title, const QString &question, const QString &acceptText,
                         const QString &rejectText) {
        QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, this);
        QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
        QPushButton *reject = rejectText.isEmpty()
            ? box.addButton(QMessageBox::Cancel)
            : box.addButton(rejectText, QMessageBox::RejectRole);
        box.setDefaultButton(reject);
        box.setEscapeButton(reject);
        box.exec();
        return box.clickedButton() == accept;
    };

    m_actions = std::make_unique<WindowActions>(this, m_document->undoStack());
    createCentralWidget();
    m_actions->createMenus(m_chart->zoomActions());
    m_actions->createToolBar();
    m_status = new WindowStatus(statusBar(), m_document, m_model, m_filter);
    m_status->setRefresh([this] { updateStatus(); });
    connectSelection();
    connectActions();
    connectDocument();
    setAcceptDrops(true);

    restoreSettings();
    updateTitle();
    updateActions();
    updateStatus();
    updateRecentMenu();
}

MainWindow::~MainWindow()
{
    // The document dies with the window's children; nothing may hear from it by then.
    m_document->undoStack()->blockSignals(true);
    m_document->blockSignals(true);
}

void MainWindow::setErrorReporter(ErrorReporter reporter)
{
    m_errorReporter = std::move(reporter);
}

void MainWindow::setConfirmer(Confirmer confirmer)
{
    m_confirmer = std::move(confirmer);
}

void MainWindow::reportError(const QString &title, const QString &message)
{
    emit errorReported(title, message);
    if (m_errorReporter)
        m_errorReporter(title, message);
}

void MainWindow::connectActions()
{
    const WindowActions &a = *m_actions;
    connect(a.newFile, &QAction::triggered, this, &MainWindow::newFileDialog);
    connect(a.open, &QAction::triggered, this, &MainWindow::openFileDialog);
    connect(a.openShared, &QAction::triggered, this, &MainWindow::openSharedDialog);
    connect(a.saveCopy, &QAction::triggered, this, &MainWindow::saveCopyDialog);
    connect(a.importFile, &QAction::triggered, this, &MainWindow::importDialog);
    connect(a.exportFile, &QAction::triggered, this, &MainWindow::exportDialog);
    connect(a.exportReport, &QAction::triggered, this, &MainWindow::exportReportDialog);
    connect(a.quit, &QAction::triggered, this, &MainWindow::close);
    connect(a.showChartView, &QAction::triggered, this,
            [this] { m_views->setCurrentWidget(m_splitter); });
    connect(a.showBoardView, &QAction::triggered, this,
            [this] { m_views->setCurrentWidget(m_board); });
    connect(a.showFlowView, &QAction::triggered, this,
            [this] { m_views->setCurrentWidget(m_flowView); });
    connect(a.showLogView, &QAction::triggered, this,
            [this] { m_views->setCurrentWidget(m_logView); });
    connect(m_views, &QTabWidget::currentChanged, this, [this](int index) {
        const QWidget *view = m_views->widget(index);
        (view == m_board          ? m_actions->showBoardView
             : view == m_flowView ? m_actions->showFlowView
             : view == m_logView  ? m_actions->showLogView
                                  : m_actions->showChartView)
            ->setChecked(true);
    });
    connect(a.addIdea, &QAction::triggered, this, &MainWindow::addIdea);
    connect(a.duplicate, &QAction::triggered, this, &MainWindow::duplicateSelected);
    connect(a.remove, &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(a.find, &QAction::triggered, this, [this] {
        m_filterBar->textEdit()->setFocus();
        m_filterBar->textEdit()->selectAll();
    });
    connect(a.settings, &QAction::triggered, this, &MainWindow::editSettings);
    connect(a.moveStage, &QAction::triggered, this, &MainWindow::moveSelected);
    connect(a.colorModes, &QActionGroup::triggered, this, [this](QAction *action) {
        m_chart->setColorMode(PortfolioChartView::ColorMode(action->data().toInt()));
        UiSettings::instance().chartColorMode.setValue(action->data().toInt());
    });
    connect(a.sizeModes, &QActionGroup::triggered, this, [this](QAction *action) {
        m_chart->setSizeMode(PortfolioChartView::SizeMode(action->data().toInt()));
        UiSettings::instance().chartSizeMode.setValue(action->data().toInt());
    });
    connect(a.showTable, &QAction::toggled, m_tablePanel, &QWidget::setVisible);
    connect(a.about, &QAction::triggered, this, &MainWindow::about);
    connect(a.recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
}

void MainWindow::connectDocument()
{
    // Someone else changed the same field as my change: I choose, with both values in view.
    m_document->setConflictResolver([this](const ConflictQuestion &question) {
        return askAboutConflict(question, m_document->portfolio().config, this);
    });
    m_follower = new StoreFollower(m_document, this);
    connect(m_follower, &StoreFollower::refreshFailed, this, [this](const QString &message) {
        showNote(tr("The latest changes could not be read: %1").arg(message), 15000);
    });
    connect(m_follower, &StoreFollower::serverAway, this, [this](const QString &message) {
        m_serverBanner->setText(
            tr("<b>The server cannot be reached.</b> You see “%1” as it was last read; every "
               "change is refused until the server is back, and nothing acknowledged is lost. "
               "ML Planner tries again every few seconds.")
                .arg(locationDisplayName(m_document->filePath()).toHtmlEscaped()));
        m_serverBanner->setToolTip(message);
        m_serverBanner->show();
        m_status->setServerAway(true);
    });
    connect(m_follower, &StoreFollower::serverBack, this, [this] {
        if (m_serverBanner->isHidden())
            return;
        m_serverBanner->hide();
        m_status->setServerAway(false);
        if (m_document->isOpen())
            showNote(tr("The server answers again; the portfolio is up to date."), 10000);
    });
    connect(m_document, &Document::fileChanged, this, [this] {
        updateTitle();
        updateActions();
        updateStatus();
    });
    connect(m_document, &Document::ideaAdded, this, [this](qint64 id) {
        m_lastAddedId = id;
        m_addedIds << id;
    });
    // The selection's text names its idea and quadrant.
    connect(m_document, &Document::portfolioReset, this, &MainWindow::updateStatus);
    connect(m_document, &Document::ideaChanged, this, &MainWindow::updateStatus);
    connect(m_document, &Document::settingsChanged, this, &MainWindow::updateStatus);
    connect(m_document, &Document::rankingChanged, this, &MainWindow::updateStatus);
    connect(m_document, &Document::errorOccurred, this,
            [this](const QString &message) { reportError(tr("Cannot Save the Change"), message); });
    connect(m_document, &Document::storeWaiting, this, &MainWindow::showStoreWait);
    // A step made only in part, because colleagues changed the same ideas since.
    connect(m_document, &Document::explained, this, &MainWindow::reportError);
    QUndoStack *undoStack = m_document->undoStack();
    connect(undoStack, &QUndoStack::indexChanged, this, &MainWindow::noteSaved);
    // After a change to the portfolio, Ctrl+Z in the filter box undoes that change, not the
    // filter text typed before it.
    new TextUndoGuard(this);
    QLineEdit *filterText = m_filterBar->textEdit();
    connect(undoStack, &QUndoStack::indexChanged, filterText,
            [filterText] { filterText->setModified(false); });
    // Ideas that come back (undo of a delete, redo of an add) are selected, so that one sees
    // what the step did.
    connect(undoStack, &QUndoStack::indexChanged, this, [this] {
        const QList<qint64> added = std::exchange(m_addedIds, {});
        if (!added.isEmpty())
            selectIds(added);
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatus);
}

void MainWindow::createCentralWidget()
{
    createTable();
    m_tablePanel = new QWidget;
    m_tablePanel->setObjectName(QStringLiteral("tablePanel"));
    auto *tableLayout = new QVBoxLayout(m_tablePanel);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(2);
    m_filterBar = new FilterBar(m_document, m_filter);
    tableLayout->addWidget(m_filterBar);
    tableLayout->addWidget(m_table, 1);

    m_chart = new PortfolioChartView(m_document);
    m_chart->setObjectName(QStringLiteral("portfolioChart"));
    m_chart->setMinimumSize(320, 240);
    m_chart->addAction(m_actions->remove);
    m_chart->setFilterModel(m_filter); // the chart shows what the table lists

    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_chart);
    m_splitter->addWidget(m_tablePanel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    m_board = new LifecycleBoard(m_document, m_model);
    m_views = new QTabWidget;
    m_views->setObjectName(QStringLiteral("centralViews"));
    m_views->setDocumentMode(true);
    m_views->addTab(m_splitter, tr("Chart and Table"));
    m_views->addTab(m_board, tr("Lifecycle Board"));
    m_flowView = new FlowView(m_document);
    m_views->addTab(m_flowView, tr("Flow Analytics"));
    m_views->setTabToolTip(0, m_actions->showChartView->statusTip());
    m_views->setTabToolTip(1, m_actions->showBoardView->statusTip());
    m_views->setTabToolTip(2, m_actions->showFlowView->statusTip());
    m_logView = new ChangeLogView(m_document);
    m_views->addTab(m_logView, tr("Change Log"));
    m_views->setTabToolTip(3, m_actions->showLogView->statusTip());
    // Above the views: the banner that says a shared portfolio's server is away.
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_serverBanner = new QLabel;
    m_serverBanner->setObjectName(QStringLiteral("serverBanner"));
    m_serverBanner->setWordWrap(true);
    m_serverBanner->setMargin(8);
    m_serverBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4e0; color: #5c3b00; border-bottom: 1px solid #e0b060; }"));
    m_serverBanner->hide();
    centralLayout->addWidget(m_serverBanner);
    centralLayout->addWidget(m_views, 1);
    setCentralWidget(central);

    // After the table's model and the chart, which rebuild on a new portfolio before they hear
    // that the selection was cleared; before the idea panel, which then has no idea to reload.
    m_selection = new Selection(m_document, this);
    connect(m_logView, &ChangeLogView::ideaActivated, m_selection,
            [this](qint64 id) { m_selection->select({ id }, id); });
    createEditorDock();
}

void MainWindow::createTable()
{
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("ideasTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(IdeasModel::RankColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    // The name takes whatever the other columns leave; they can be resized and keep their width.
    header->setSectionResizeMode(IdeasModel::NameColumn, QHeaderView::Stretch);
    m_columns = new TableColumns(m_table, m_document);
    m_table->addActions({ m_actions->duplicate, m_actions->remove, m_actions->moveStage });
    connect(m_table, &QTableView::doubleClicked, this, [this] { m_editor->focusName(); });
}

void MainWindow::createEditorDock()
{
    m_editor = new IdeaEditor(m_document);
    auto *dock = new QDockWidget(tr("Idea"), this);
    dock->setObjectName(QStringLiteral("ideaEditorDock"));
    dock->setWidget(m_editor);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable
                      | QDockWidget::DockWidgetFloatable);
    dock->setMinimumWidth(400);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    m_actions->showEditor = dock->toggleViewAction();
    m_actions->showEditor->setText(tr("Show Idea &Editor"));
}

void MainWindow::restoreSettings()
{
    const UiSettings &s = UiSettings::instance();
    if (!restoreGeometry(s.windowGeometry.value())) {
        // 1440 × 900 where it fits. The window manager adds a title bar and a frame that Qt cannot
        // know before the window is shown: on a screen where 1440 × 900 does not fit with room for
        // them (a 1280 × 800 laptop), start maximized, else the status bar ends up below the
        // screen.
        constexpr int kFrameAllowance = 64;
        QSize size(1440, 900);
        bool maximize = false;
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            const QSize free = screen->availableSize();
            maximize
                = size.width() > free.width() || size.height() + kFrameAllowance > free.height();
            if (maximize)
                size = size.boundedTo(free - QSize(0, kFrameAllowance)); // when un-maximized
        }
        resize(size); // before the state: resizing a hidden window clears "maximized"
        if (maximize)
            setWindowState(windowState() | Qt::WindowMaximized);
    }
    restoreState(s.windowState.value());
    if (!m_splitter->restoreState(s.splitterState.value()))
        m_splitter->setSizes({ 540, 360 });
    m_columns->restoreState(s.tableHeaderState.value());
    m_actions->showTable->setChecked(m_tablePanel->isVisibleTo(this) || !m_tablePanel->isHidden());

    const int color = std::clamp(s.chartColorMode.value(), 0, 1);
    const int size = std::clamp(s.chartSizeMode.value(), 0, 2);
    m_actions->colorModes->actions().at(color)->setChecked(true);
    m_actions->sizeModes->actions().at(size)->setChecked(true);
    m_chart->setColorMode(PortfolioChartView::ColorMode(color));
    m_chart->setSizeMode(PortfolioChartView::SizeMode(size));
}

void MainWindow::saveSettings()
{
    const UiSettings &s = UiSettings::instance();
    s.windowGeometry.setValue(saveGeometry());
    s.windowState.setValue(saveState());
    s.splitterState.setValue(m_splitter->saveState());
    s.tableHeaderState.setValue(m_columns->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Closing would stop the summary half-written: ask, keeping on writing by default.
    if (m_reportExport && m_reportExport->isRunning()) {
        if (!m_confirmer(tr("Stop Writing the PDF Summary?"),
                         tr("The PDF summary is still being written. Stop writing it and close "
                            "the window? No summary file is written then."),
                         tr("Stop and Close"), tr("Keep Writing"))) {
            event->ignore();
            return;
        }
        m_reportExport->cancel();
    }
    saveSettings();
    event->accept();
}

void MainWindow::connectSelection()
{
    QItemSelectionModel *tableDefault = m_table->selectionModel();
    auto *rows = new IdeaSelectionModel(m_filter, m_model, m_selection, m_table);
    m_table->setSelectionModel(rows);
    delete tableDefault;
    // Others' changes taken in as one batch select the same rows again: the table stays where
    // the user scrolled it.
    connect(rows, &IdeaSelectionModel::followed, m_table, [this](const QModelIndex &current) {
        if (current.isValid() && !m_document->isRefreshing())
            m_table->scrollTo(current);
    });
    m_chart->setSelection(m_selection);
    connect(m_board, &LifecycleBoard::selectionChanged, m_selection,
            [this](const QList<qint64> &ids) { m_selection->select(ids); });
    connect(m_board, &LifecycleBoard::noteRequested, this,
            [this](const QString &text) { showNote(text); });
    connect(m_board, &LifecycleBoard::ideaActivated, this, [this] { m_editor->focusName(); });
    connect(m_selection, &Selection::changed, this, [this] {
        if (m_board->selectedIds() != m_selection->ids())
            m_board->setSelectedIds(m_selection->ids());
        if (m_editor->ideaId() != m_selection->single())
            m_editor->setIdeaId(m_selection->single());
        m_status->endNote(); // a new selection says what is selected
        updateActions();
        updateStatus();
    });
}

QList<qint64> MainWindow::selectedIds() const
{
    return m_selection->ids();
}

void MainWindow::selectIds(const QList<qint64> &ids)
{
    m_selection->select(ids);
    m_status->endNote();
    updateActions();
    updateStatus();
}

void MainWindow::addIdea()
{
    Idea idea;
    idea.name = tr("New idea");
    m_lastAddedId = 0;
    const Status status = m_document->addIdea(idea);
    if (!status) {
        reportError(tr("Cannot Add the Idea"), status.error().message);
        return;
    }
    if (m_lastAddedId > 0) {
        selectIds({ m_lastAddedId });
        m_editor->focusName();
    }
}

void MainWindow::duplicateSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1)
        return;
    m_lastAddedId = 0;
    const Status status = m_document->duplicateIdea(ids.first());
    if (!status) {
        reportError(tr("Cannot Duplicate the Idea"), status.error().message);
        return;
    }
    // The copy, "… (copy)", sits where its original does until its answers differ: it is
    // selected with its name ready to be changed, so that one sees which of the two it is.
    if (m_lastAddedId > 0) {
        selectIds({ m_lastAddedId });
        m_editor->focusName();
    }
}

void MainWindow::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const Idea *first = m_document->idea(ids.first());
    const QString what = ids.size() == 1 && first ? tr("Deleted “%1”.").arg(first->name)
                                                  : tr("Deleted %1 ideas.").arg(ids.size());
    const Status status = m_document->removeIdeas(ids);
    if (!status) {
        reportError(tr("Cannot Delete"), status.error().message);
        return;
    }
    const QString undoKey = m_actions->undo->shortcut().toString(QKeySequence::NativeText);
    showNote(
        what + QLatin1Char(' ')
        + (ids.size() == 1 ? tr("Undo (%1) brings it back.") : tr("Undo (%1) brings them back."))
              .arg(undoKey));
}

void MainWindow::moveSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    MoveStageDialog dialog(m_document, ids, this);
    dialog.exec();
}

void MainWindow::editSettings()
{
    if (!m_document->isOpen())
        return;
    SettingsDialog dialog(m_document, this);
    placeClearOfChart(dialog);
    dialog.exec();
}

// The settings dialog previews on the chart: it goes beside the chart, over the idea panel,
// as tall as the window, rather than in the middle of what it previews.
void MainWindow::placeClearOfChart(QDialog &dialog) const
{
    const QRect chart(m_chart->mapToGlobal(QPoint(0, 0)), m_chart->size());
    const QRect window = frameGeometry();
    const int width
        = std::max(dialog.minimumSizeHint().width(), window.right() - chart.right() - 8);
    const int height = std::max(dialog.minimumSizeHint().height(), std::min(window.height(), 760));
    dialog.resize(width, height);
    dialog.move(std::min(chart.right() + 8, window.right() - width), window.top());
}

void MainWindow::updateActions()
{
    const PortfolioStore::Permissions may = m_document->permissions();
    m_actions->updateEnabled(m_document->isOpen(), may, int(m_selection->size()));
    m_board->setMayMove(!m_document->isOpen() || may.ideas, EditLock::whyNotIdeas(may));
}

void MainWindow::updateTitle()
{
    const QString name = locationDisplayName(m_document->filePath());
    setWindowTitle(!m_document->isOpen()          ? tr("ML Planner")
                       : m_document->isReadOnly() ? tr("%1 (read-only) — ML Planner").arg(name)
                                                  : tr("%1 — ML Planner").arg(name));
    m_status->updateFile();
}

void MainWindow::updateStatus()
{
    m_status->update(m_selection ? m_selection->ids() : QList<qint64> {});
}

void MainWindow::noteSaved()
{
    if (!m_document->isOpen())
        return;
    updateStatus();
    updateActions();
}

void MainWindow::showNote(const QString &text, int msec)
{
    m_status->showNote(text, msec);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About ML Planner"),
                       tr("<h3>ML Planner %1</h3>"
                          "<p>Keep a portfolio of machine-learning project ideas, score them on "
                          "impact and feasibility, "
                          "and follow them through the project lifecycle.</p>"
                          "<p>The model of ML projects follows the Full Stack Deep Learning course "
                          "material on setting up "
                          "ML projects. Every number in the scoring is an adjustable assumption, "
                          "not the course's.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace mlp::ui

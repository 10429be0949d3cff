#include "ui/window/mainwindow.h"

#include "ui/chart/portfoliochartview.h"
#include "ui/document/document.h"
#include "ui/editor/ideaeditor.h"
#include "ui/models/ideafiltermodel.h"
#include "ui/models/ideasmodel.h"
#include "core/io/csvformat.h"
#include "core/io/fileformat.h"
#include "core/io/jsonformat.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/editor/textundoguard.h"
#include "ui/dialogs/movestagedialog.h"
#include "ui/common/uisettings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QRegularExpression>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QScopedValueRollback>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

namespace mlp::ui {

namespace {

QString toolButtonText(QString text)
{
    static const QRegularExpression mnemonic(QStringLiteral("\\(&[^)]\\)"));
    text.remove(mnemonic);
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    else if (text.endsWith(QStringLiteral("...")))
        text.chop(3);
    return text.trimmed();
}

const QString kPortfolioSuffix = QStringLiteral("mlplan");

// The platform's keys for a standard action, and `fallback` where the platform has none (Save As
// and Preferences have no key outside GNOME, KDE and macOS). The first is what menus show.
QList<QKeySequence> withFallback(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (!keys.contains(fallback))
        keys << fallback;
    return keys;
}

bool isDroppable(const QString &path)
{
    return QFileInfo(path).suffix().toLower() == kPortfolioSuffix || io::fileFormatFromPath(path);
}

// A folder for a menu: the home folder as "~", and long paths cut in the middle.
QString shortFolder(const QString &folder)
{
    QString text = folder;
    const QString home = QDir::homePath();
    if (!home.isEmpty() && home != QLatin1String("/") && (text == home || text.startsWith(home + QLatin1Char('/'))))
        text = QLatin1Char('~') + text.mid(home.size());
    constexpr int kMax = 60;
    if (text.size() > kMax)
        text = text.left(kMax / 3) + QStringLiteral("…") + text.right(kMax * 2 / 3);
    return text;
}

QString withSuffix(const QString &path, const QString &suffix)
{
    return QFileInfo(path).suffix().isEmpty() ? path + QLatin1Char('.') + suffix : path;
}

} // namespace

MainWindow::MainWindow(const Clock &clock, QWidget *parent)
    : QMainWindow(parent), m_clock(clock), m_document(new Document(clock, this)),
      m_model(new IdeasModel(m_document, this)), m_filter(new IdeaFilterModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_filter->setSourceModel(m_model);
    m_errorReporter = [this](const QString &title, const QString &message) {
        QMessageBox::warning(this, title, message);
    };
    m_confirmer = [this](const QString &title, const QString &question, const QString &acceptText) {
        QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Cancel, this);
        QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == accept;
    };

    createActions();
    createCentralWidget();
    createMenus();
    createToolBar();
    createStatusBar();
    setAcceptDrops(true);

    connect(m_document, &Document::fileChanged, this, [this] {
        updateTitle();
        updateActions();
        updateStatus();
    });
    connect(m_document, &Document::ideaAdded, this, [this](qint64 id) {
        m_lastAddedId = id;
        m_addedIds << id;
    });
    connect(m_document, &Document::rankingChanged, this, &MainWindow::updateStatus);
    connect(m_document, &Document::portfolioReset, this, [this] {
        onTableSelectionChanged();
    });
    connect(m_document, &Document::errorOccurred, this,
            [this](const QString &message) { reportError(tr("Cannot Save the Change"), message); });
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::noteSaved);
    // After a change to the portfolio, Ctrl+Z in the filter box undoes that change, not the
    // filter text typed before it.
    new TextUndoGuard(this);
    connect(m_document->undoStack(), &QUndoStack::indexChanged, m_filterText, [this] { m_filterText->setModified(false); });
    // Ideas that come back (undo of a delete, redo of an add) are selected, so that one sees
    // what the step did.
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, [this] {
        const QList<qint64> added = std::exchange(m_addedIds, {});
        if (!added.isEmpty())
            selectIds(added);
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatus);

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

void MainWindow::reportError(const QString &title, const QString &message)
{
    emit errorReported(title, message);
    if (m_errorReporter)
        m_errorReporter(title, message);
}

void MainWindow::createActions()
{
    const auto icon = [this](const char *themeName, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QString::fromLatin1(themeName), style()->standardIcon(fallback));
    };

    m_newAction = new QAction(icon("document-new", QStyle::SP_FileIcon), tr("&New Portfolio…"), this);
    m_newAction->setObjectName(QStringLiteral("actionNew"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Create an empty portfolio file"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newFileDialog);

    m_openAction = new QAction(icon("document-open", QStyle::SP_DialogOpenButton), tr("&Open…"), this);
    m_openAction->setObjectName(QStringLiteral("actionOpen"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a portfolio file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openFileDialog);

    m_saveCopyAction = new QAction(icon("document-save-as", QStyle::SP_DialogSaveButton), tr("Save a &Copy As…"), this);
    m_saveCopyAction->setObjectName(QStringLiteral("actionSaveCopy"));
    m_saveCopyAction->setShortcuts(withFallback(QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    m_saveCopyAction->setStatusTip(tr("Write a consistent copy of the portfolio to another file"));
    connect(m_saveCopyAction, &QAction::triggered, this, &MainWindow::saveCopyDialog);

    m_importAction = new QAction(tr("&Import…"), this);
    m_importAction->setObjectName(QStringLiteral("actionImport"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(tr("Import a JSON portfolio (replaces) or CSV ideas (merges)"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importDialog);

    m_exportAction = new QAction(tr("&Export…"), this);
    m_exportAction->setObjectName(QStringLiteral("actionExport"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setStatusTip(tr("Export the portfolio as JSON or the ideas as CSV"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportDialog);

    m_quitAction = new QAction(icon("application-exit", QStyle::SP_DialogCloseButton), tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    m_undoAction = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setIcon(icon("edit-undo", QStyle::SP_ArrowBack));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setIcon(icon("edit-redo", QStyle::SP_ArrowForward));
    m_redoAction->setShortcut(QKeySequence::Redo);

    m_addAction = new QAction(icon("list-add", QStyle::SP_FileDialogNewFolder), tr("&Add Idea"), this);
    m_addAction->setObjectName(QStringLiteral("actionAddIdea"));
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_addAction->setStatusTip(tr("Add a new idea to the portfolio"));
    connect(m_addAction, &QAction::triggered, this, &MainWindow::addIdea);

    m_duplicateAction = new QAction(icon("edit-copy", QStyle::SP_FileLinkIcon), tr("D&uplicate"), this);
    m_duplicateAction->setObjectName(QStringLiteral("actionDuplicate"));
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_duplicateAction->setStatusTip(tr("Copy the selected idea with its answers as a new project"));
    connect(m_duplicateAction, &QAction::triggered, this, &MainWindow::duplicateSelected);

    m_deleteAction = new QAction(icon("edit-delete", QStyle::SP_TrashIcon), tr("&Delete"), this);
    m_deleteAction->setObjectName(QStringLiteral("actionDelete"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // Delete deletes ideas where ideas are selected: the table and the chart. In the idea
    // panel it is the field's own key (an answer scale clears its answer with it).
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction->setStatusTip(tr("Delete the selected ideas (undo brings them back)"));
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelected);

    m_findAction = new QAction(tr("&Find…"), this);
    m_findAction->setObjectName(QStringLiteral("actionFind"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filterText->setFocus();
        m_filterText->selectAll();
    });

    m_settingsAction = new QAction(icon("document-properties", QStyle::SP_FileDialogDetailedView),
                                   tr("&Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("actionSettings"));
    m_settingsAction->setShortcuts(withFallback(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    m_settingsAction->setStatusTip(tr("Weights, quadrant thresholds and names, and the cost curve"));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::editSettings);

    m_moveAction = new QAction(icon("go-next", QStyle::SP_ArrowRight), tr("&Move Stage…"), this);
    m_moveAction->setObjectName(QStringLiteral("actionMoveStage"));
    m_moveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_moveAction->setStatusTip(tr("Move the selected projects to another lifecycle stage"));
    connect(m_moveAction, &QAction::triggered, this, &MainWindow::moveSelected);

    m_colorGroup = new QActionGroup(this);
    const std::array<QString, 2> colorNames{tr("Colour by &Archetype"), tr("Colour by &Stage")};
    for (int i = 0; i < 2; ++i) {
        auto *a = m_colorGroup->addAction(colorNames[i]);
        a->setCheckable(true);
        a->setData(i);
        a->setObjectName(QStringLiteral("colorMode_%1").arg(i));
    }
    connect(m_colorGroup, &QActionGroup::triggered, this, [this](QAction *a) {
        m_chart->setColorMode(PortfolioChartView::ColorMode(a->data().toInt()));
        UiSettings::instance().chartColorMode.setValue(a->data().toInt());
    });
    m_sizeGroup = new QActionGroup(this);
    const std::array<QString, 3> sizeNames{tr("Same Size for All"), tr("Size by Estimated &Cost"),
                                           tr("Size by Rater S&pread")};
    for (int i = 0; i < 3; ++i) {
        auto *a = m_sizeGroup->addAction(sizeNames[i]);
        a->setCheckable(true);
        a->setData(i);
        a->setObjectName(QStringLiteral("sizeMode_%1").arg(i));
    }
    connect(m_sizeGroup, &QActionGroup::triggered, this, [this](QAction *a) {
        m_chart->setSizeMode(PortfolioChartView::SizeMode(a->data().toInt()));
        UiSettings::instance().chartSizeMode.setValue(a->data().toInt());
    });

    m_aboutAction = new QAction(tr("&About ML Planner"), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createCentralWidget()
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
    header->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("999")) + 12);
    fitColumns(0);
    m_table->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (!m_fittingColumns && column != IdeasModel::NameColumn)
            m_autoFitColumns = false; // the user's width from now on, kept between runs
    });
    m_table->addActions({m_duplicateAction, m_deleteAction, m_moveAction});
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onTableSelectionChanged);
    connect(m_table, &QTableView::doubleClicked, this, [this] { m_editor->focusName(); });

    m_tablePanel = new QWidget;
    m_tablePanel->setObjectName(QStringLiteral("tablePanel"));
    auto *tableLayout = new QVBoxLayout(m_tablePanel);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(2);
    tableLayout->addWidget(createFilterBar());
    tableLayout->addWidget(m_table, 1);

    m_chart = new PortfolioChartView(m_document);
    m_chart->setObjectName(QStringLiteral("portfolioChart"));
    m_chart->setMinimumSize(320, 240);
    connect(m_chart, &PortfolioChartView::ideaClicked, this, &MainWindow::onChartClicked);
    m_chart->addAction(m_deleteAction);
    m_chart->setFilterModel(m_filter); // the chart shows what the table lists

    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_chart);
    m_splitter->addWidget(m_tablePanel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_editor = new IdeaEditor(m_document);
    auto *dock = new QDockWidget(tr("Idea"), this);
    dock->setObjectName(QStringLiteral("ideaEditorDock"));
    dock->setWidget(m_editor);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable
                      | QDockWidget::DockWidgetFloatable);
    dock->setMinimumWidth(400);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    m_showEditorAction = dock->toggleViewAction();
    m_showEditorAction->setText(tr("Show Idea &Editor"));

    m_showTableAction = new QAction(tr("Show Ideas &Table"), this);
    m_showTableAction->setObjectName(QStringLiteral("actionShowTable"));
    m_showTableAction->setCheckable(true);
    m_showTableAction->setChecked(true);
    connect(m_showTableAction, &QAction::toggled, m_tablePanel, &QWidget::setVisible);
}

QWidget *MainWindow::createFilterBar()
{
    auto *bar = new QWidget;
    bar->setObjectName(QStringLiteral("filterBar"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(4, 4, 4, 0);

    m_filterText = new QLineEdit;
    m_filterText->setObjectName(QStringLiteral("filterText"));
    m_filterText->setPlaceholderText(tr("Filter by name, owner or description"));
    m_filterText->setClearButtonEnabled(true);
    connect(m_filterText, &QLineEdit::textChanged, m_filter, &IdeaFilterModel::setText);

    const auto makeCombo = [bar](const QString &objectName, const QString &anyText) {
        auto *combo = new QComboBox(bar);
        combo->setObjectName(objectName);
        combo->addItem(anyText, IdeaFilterModel::kAny);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        return combo;
    };
    m_archetypeFilter = makeCombo(QStringLiteral("archetypeFilter"), tr("All archetypes"));
    for (int a = 0; a < kArchetypeCount; ++a)
        m_archetypeFilter->addItem(archetypeInfo(Archetype(a)).name, a);
    m_stageFilter = makeCombo(QStringLiteral("stageFilter"), tr("All stages"));
    for (Stage s : kAllStages)
        m_stageFilter->addItem(stageDisplayName(s), int(s));
    m_quadrantFilter = makeCombo(QStringLiteral("quadrantFilter"), tr("All quadrants"));
    m_outcomeFilter = makeCombo(QStringLiteral("outcomeFilter"), tr("All outcomes"));
    for (Outcome o : kAllOutcomes)
        m_outcomeFilter->addItem(outcomeDisplayName(o), int(o));

    const auto fillQuadrants = [this] {
        const int current = m_quadrantFilter->currentData().toInt();
        const QSignalBlocker blocker(m_quadrantFilter);
        while (m_quadrantFilter->count() > 1)
            m_quadrantFilter->removeItem(1);
        for (int q = 0; q <= int(Quadrant::Unscored); ++q)
            m_quadrantFilter->addItem(quadrantName(Quadrant(q), m_document->portfolio().config), q);
        m_quadrantFilter->setCurrentIndex(std::max(0, m_quadrantFilter->findData(current)));
    };
    fillQuadrants();
    connect(m_document, &Document::settingsChanged, this, fillQuadrants);

    connect(m_archetypeFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setArchetype(m_archetypeFilter->currentData().toInt()); });
    connect(m_stageFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStage(m_stageFilter->currentData().toInt()); });
    connect(m_quadrantFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setQuadrant(m_quadrantFilter->currentData().toInt()); });
    connect(m_outcomeFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setOutcome(m_outcomeFilter->currentData().toInt()); });

    layout->addWidget(m_filterText, 1);
    layout->addWidget(m_archetypeFilter);
    layout->addWidget(m_stageFilter);
    layout->addWidget(m_quadrantFilter);
    layout->addWidget(m_outcomeFilter);
    return bar;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addAction(m_saveCopyAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_addAction);
    edit->addAction(m_duplicateAction);
    edit->addAction(m_deleteAction);
    edit->addSeparator();
    edit->addAction(m_findAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_colorGroup->actions());
    view->addSeparator();
    view->addActions(m_sizeGroup->actions());
    view->addSeparator();
    view->addActions(m_chart->zoomActions());
    view->addSeparator();
    view->addAction(m_showTableAction);
    view->addAction(m_showEditorAction);

    QMenu *portfolio = menuBar()->addMenu(tr("&Portfolio"));
    portfolio->addAction(m_settingsAction);
    portfolio->addAction(m_moveAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(18, 18));
    bar->addAction(m_newAction);
    bar->addAction(m_openAction);
    bar->addSeparator();
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);
    bar->addSeparator();
    bar->addAction(m_addAction);
    bar->addAction(m_duplicateAction);
    bar->addAction(m_deleteAction);
    bar->addSeparator();
    bar->addAction(m_moveAction);
    bar->addAction(m_settingsAction);

    // Qt strips only the '&' from a menu text for a tool button, which leaves the "(O)" of a
    // Korean-style mnemonic "열기(&O)…" on the button; the buttons get the plain name instead,
    // also when the undo and redo actions rename themselves.
    // Undo and redo keep a short, steady label; what they would undo is in the tooltip.
    for (QAction *action : bar->actions()) {
        if (action->isSeparator())
            continue;
        QString fixed;
        if (action == m_undoAction)
            fixed = tr("Undo");
        else if (action == m_redoAction)
            fixed = tr("Redo");
        const auto refresh = [action, fixed] {
            const QString plain = toolButtonText(action->text());
            action->setIconText(fixed.isEmpty() ? plain : fixed);
            if (!fixed.isEmpty())
                action->setToolTip(plain);
        };
        refresh();
        connect(action, &QAction::changed, this, refresh);
    }
}

void MainWindow::createStatusBar()
{
    m_fileLabel = new QLabel;
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_selectionLabel = new QLabel;
    m_selectionLabel->setObjectName(QStringLiteral("selectionLabel"));
    m_savedLabel = new QLabel;
    m_savedLabel->setObjectName(QStringLiteral("savedLabel"));
    m_noteTimer = new QTimer(this);
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(5000);
    connect(m_noteTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    statusBar()->addWidget(m_selectionLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_fileLabel);
    statusBar()->addPermanentWidget(m_savedLabel);
}

void MainWindow::restoreSettings()
{
    const UiSettings &s = UiSettings::instance();
    if (!restoreGeometry(s.windowGeometry.value())) {
        // 1440 × 900 where it fits. The window manager adds a title bar and a frame that Qt cannot know before the
        // window is shown: on a screen where 1440 × 900 does not fit with room for them (a
        // 1280 × 800 laptop), start maximized, else the status bar ends up below the screen.
        constexpr int kFrameAllowance = 64;
        QSize size(1440, 900);
        bool maximize = false;
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            const QSize free = screen->availableSize();
            maximize = size.width() > free.width() || size.height() + kFrameAllowance > free.height();
            if (maximize)
                size = size.boundedTo(free - QSize(0, kFrameAllowance)); // when un-maximized
        }
        resize(size); // before the state: resizing a hidden window clears "maximized"
        if (maximize)
            setWindowState(windowState() | Qt::WindowMaximized);
    }
    restoreState(s.windowState.value());
    if (!m_splitter->restoreState(s.splitterState.value()))
        m_splitter->setSizes({540, 360});
    m_autoFitColumns = !m_table->horizontalHeader()->restoreState(s.tableHeaderState.value());
    // Older versions saved every column as fixed; the name stretches now whatever was saved.
    m_table->horizontalHeader()->setSectionResizeMode(IdeasModel::NameColumn, QHeaderView::Stretch);
    m_showTableAction->setChecked(m_tablePanel->isVisibleTo(this) || !m_tablePanel->isHidden());

    const int color = std::clamp(s.chartColorMode.value(), 0, 1);
    const int size = std::clamp(s.chartSizeMode.value(), 0, 2);
    m_colorGroup->actions().at(color)->setChecked(true);
    m_sizeGroup->actions().at(size)->setChecked(true);
    m_chart->setColorMode(PortfolioChartView::ColorMode(color));
    m_chart->setSizeMode(PortfolioChartView::SizeMode(size));
}

void MainWindow::saveSettings()
{
    const UiSettings &s = UiSettings::instance();
    s.windowGeometry.setValue(saveGeometry());
    s.windowState.setValue(saveState());
    s.splitterState.setValue(m_splitter->saveState());
    s.tableHeaderState.setValue(m_table->horizontalHeader()->saveState());
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Until the user sizes a column, the columns follow the width of the table; after that the
    // user's widths stay, as long as the name keeps a readable width.
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        if (m_autoFitColumns)
            fitColumns(m_table->viewport()->width());
        else
            keepNameReadable(m_table->viewport()->width());
    }
    return QMainWindow::eventFilter(watched, event);
}

// Widths the user chose (or that were saved on a larger screen) give way when the name would
// otherwise be cut to a few characters: owner, archetype and stage shrink in proportion.
void MainWindow::keepNameReadable(int available)
{
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics fm = m_table->fontMetrics();
    const int nameMin = fm.averageCharWidth() * 16;
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column != IdeasModel::NameColumn && !header->isSectionHidden(column))
            others += header->sectionSize(column);
    }
    int excess = others + nameMin - available + header->frameWidth() * 2;
    if (available <= 0 || excess <= 0)
        return;
    const int floor = fm.averageCharWidth() * 7;
    const std::array<int, 3> shrinkable{IdeasModel::OwnerColumn, IdeasModel::ArchetypeColumn, IdeasModel::StageColumn};
    int room = 0;
    for (int column : shrinkable)
        room += std::max(0, header->sectionSize(column) - floor);
    if (room <= 0)
        return;
    const QScopedValueRollback guard(m_fittingColumns, true);
    excess = std::min(excess, room);
    for (int column : shrinkable) {
        const int width = header->sectionSize(column);
        const int give = (std::max(0, width - floor) * excess + room - 1) / room; // rounded up
        header->resizeSection(column, width - give);
    }
}

void MainWindow::fitColumns(int available)
{
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics fm = m_table->fontMetrics();
    const int padding = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 10;
    const auto widest = [&](const QStringList &samples) {
        int width = 0;
        for (const QString &sample : samples)
            width = std::max(width, fm.horizontalAdvance(sample));
        return width + width / 10 + padding; // rows placed by hand are in italics
    };
    const int arrow = style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    const auto headerWidth = [&](int column) {
        const QString title = m_filter->headerData(column, Qt::Horizontal).toString();
        // Room for the sort arrow too, which any column shows once it is sorted by.
        return header->fontMetrics().horizontalAdvance(title)
               + 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + arrow;
    };
    const auto fitting = [&](int column, const QStringList &samples) {
        return std::max(headerWidth(column), widest(samples));
    };

    QStringList quadrants;
    for (int q = 0; q <= int(Quadrant::Unscored); ++q)
        quadrants << quadrantName(Quadrant(q), m_document->portfolio().config);
    QStringList archetypes;
    for (int a = 0; a < kArchetypeCount; ++a)
        archetypes << archetypeInfo(Archetype(a)).name;
    QStringList stages;
    for (Stage stage : kAllStages)
        stages << stageShortName(stage);
    stages << outcomeDisplayName(Outcome::Shipped) << outcomeDisplayName(Outcome::Shelved);

    // Numbers, and the stage in a word, get the room their widest value needs; owner and
    // archetype share what is left with the name, which stretches and keeps a readable width.
    const std::array<std::pair<int, int>, 7> numbers{{
        {IdeasModel::StageColumn, fitting(IdeasModel::StageColumn, stages)},
        {IdeasModel::RankColumn, fitting(IdeasModel::RankColumn, {QStringLiteral("9999")})},
        {IdeasModel::ImpactColumn, fitting(IdeasModel::ImpactColumn, {QStringLiteral("10.0 *")})},
        {IdeasModel::FeasibilityColumn, fitting(IdeasModel::FeasibilityColumn, {QStringLiteral("10.0 *")})},
        {IdeasModel::QuadrantColumn, std::min(fitting(IdeasModel::QuadrantColumn, quadrants), fm.averageCharWidth() * 18)},
        {IdeasModel::CompletenessColumn, fitting(IdeasModel::CompletenessColumn, {QStringLiteral("100 %")})},
        {IdeasModel::RatersColumn, fitting(IdeasModel::RatersColumn, {QStringLiteral("99")})},
    }};
    std::array<std::pair<int, int>, 2> texts{{
        {IdeasModel::OwnerColumn, fitting(IdeasModel::OwnerColumn, {QStringLiteral("Fatima Zahra")})},
        {IdeasModel::ArchetypeColumn, fitting(IdeasModel::ArchetypeColumn, archetypes)},
    }};
    const QScopedValueRollback guard(m_fittingColumns, true);
    int fixed = 0;
    for (const auto &[column, width] : numbers) {
        m_table->setColumnWidth(column, width);
        fixed += width;
    }
    int wanted = 0;
    for (const auto &[column, width] : texts)
        wanted += width;
    // The name is what people read: it keeps about 30 characters before the others shrink.
    const int nameWidth = fm.averageCharWidth() * 32;
    const int room = available - fixed - nameWidth;
    if (available > 0 && room < wanted) {
        const int floor = fm.averageCharWidth() * 9;
        for (auto &[column, width] : texts)
            width = std::max(floor, width * std::max(room, 0) / wanted);
    }
    for (const auto &[column, width] : texts)
        m_table->setColumnWidth(column, width);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!event->mimeData()->hasUrls())
        return;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && isDroppable(url.toLocalFile())) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList portfolios;
    QStringList imports;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (!url.isLocalFile() || !isDroppable(url.toLocalFile()))
            continue;
        const QString path = url.toLocalFile();
        if (QFileInfo(path).suffix().toLower() == kPortfolioSuffix)
            portfolios << path;
        else
            imports << path;
    }
    event->acceptProposedAction();
    if (!portfolios.isEmpty())
        openFile(portfolios.first());
    for (const QString &path : std::as_const(imports))
        importFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    const Status status = m_document->openFile(path);
    if (!status) {
        reportError(tr("Cannot Open Portfolio"), status.error().message);
        return false;
    }
    UiSettings::instance().addRecentFile(path);
    rememberFolder(path);
    updateRecentMenu();
    if (m_filter->rowCount() > 0)
        selectIds({m_model->idAt(m_filter->mapToSource(m_filter->index(0, 0)).row())});
    showNote(tr("Opened %1").arg(QFileInfo(path).fileName()));
    return true;
}

bool MainWindow::newFile(const QString &path)
{
    Portfolio empty;
    empty.name = QFileInfo(path).completeBaseName();
    const Status status = m_document->createFile(path, empty);
    if (!status) {
        reportError(tr("Cannot Create Portfolio"), status.error().message);
        return false;
    }
    UiSettings::instance().addRecentFile(path);
    rememberFolder(path);
    updateRecentMenu();
    return true;
}

// A JSON file is a whole portfolio and replaces the open one; a CSV file's ideas are merged into
// it. The replacing kind is said, and confirmed, before anything changes.
bool MainWindow::importFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    const bool replaces = io::fileFormatFromPath(path) == io::FileFormat::Json;
    if (replaces && m_document->isOpen() && !m_document->portfolio().ideas.isEmpty()) {
        const int count = int(m_document->portfolio().ideas.size());
        const QString question
            = tr("%1 is a whole portfolio: importing it replaces everything in %2 (%3), settings included. "
                 "Undo brings the current portfolio back.\n\nTo add ideas to this portfolio instead, import a CSV file.")
                  .arg(name, QFileInfo(m_document->filePath()).fileName(),
                       count == 1 ? tr("1 idea") : tr("%1 ideas").arg(count));
        if (!m_confirmer(tr("Replace the Whole Portfolio?"), question, tr("Replace")))
            return false;
    }
    const int before = int(m_document->portfolio().ideas.size());
    const Status status = m_document->importFile(path);
    if (!status) {
        reportError(tr("Import Failed"), status.error().message);
        return false;
    }
    rememberFolder(path);
    const int after = int(m_document->portfolio().ideas.size());
    showNote(replaces ? tr("Imported %1: the portfolio was replaced.").arg(name)
                      : tr("Imported %1: merged into the portfolio (new ideas: %2).").arg(name).arg(std::max(0, after - before)));
    return true;
}

void MainWindow::setConfirmer(Confirmer confirmer)
{
    m_confirmer = std::move(confirmer);
}

bool MainWindow::exportFile(const QString &path)
{
    const auto format = io::fileFormatFromPath(path);
    QByteArray bytes;
    if (format == io::FileFormat::Json) {
        bytes = io::exportJson(m_document->portfolio());
    } else if (format == io::FileFormat::Csv) {
        bytes = io::exportCsv(m_document->portfolio());
    } else {
        reportError(tr("Export Failed"), tr("Choose a file name ending in .json or .csv."));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        reportError(tr("Export Failed"), tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    rememberFolder(path);
    showNote(tr("Exported to %1").arg(QFileInfo(path).fileName()));
    return true;
}

bool MainWindow::saveCopyAs(const QString &path)
{
    const Status status = m_document->saveCopyAs(path);
    if (!status) {
        reportError(tr("Cannot Save a Copy"), status.error().message);
        return false;
    }
    rememberFolder(path);
    showNote(tr("Saved a copy as %1").arg(QFileInfo(path).fileName()));
    return true;
}

QList<qint64> MainWindow::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &index : rows) {
        const QModelIndex source = m_filter->mapToSource(index);
        if (source.isValid())
            ids << m_model->idAt(source.row());
    }
    return ids;
}

void MainWindow::selectIds(const QList<qint64> &ids)
{
    QItemSelection selection;
    QModelIndex first;
    for (qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
        if (!index.isValid())
            continue;
        selection.select(index, index);
        if (!first.isValid())
            first = index;
    }
    m_syncingSelection = true;
    QItemSelectionModel *model = m_table->selectionModel();
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first.isValid()) {
        model->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(first);
    }
    m_syncingSelection = false;

    QList<qint64> existing;
    for (qint64 id : ids) {
        if (m_document->idea(id))
            existing << id;
    }
    m_chart->setSelectedIds(existing);
    m_editor->setIdeaId(existing.size() == 1 ? existing.first() : 0);
    m_noteTimer->stop();
    updateActions();
    updateStatus();
}

void MainWindow::onTableSelectionChanged()
{
    if (m_syncingSelection)
        return;
    const QList<qint64> ids = selectedIds();
    m_chart->setSelectedIds(ids);
    m_editor->setIdeaId(ids.size() == 1 ? ids.first() : 0);
    m_noteTimer->stop(); // a new selection says what is selected
    updateActions();
    updateStatus();
}

void MainWindow::onChartClicked(qint64 id, Qt::KeyboardModifiers modifiers)
{
    const bool toggle = modifiers & (Qt::ControlModifier | Qt::ShiftModifier | Qt::MetaModifier);
    if (!toggle) {
        selectIds(id > 0 ? QList<qint64>{id} : QList<qint64>{});
        return;
    }
    if (id <= 0)
        return;
    QList<qint64> ids = selectedIds();
    if (ids.contains(id))
        ids.removeAll(id);
    else
        ids << id;
    selectIds(ids);
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
        selectIds({m_lastAddedId});
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
        selectIds({m_lastAddedId});
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
    const QString undoKey = m_undoAction->shortcut().toString(QKeySequence::NativeText);
    showNote(what + QLatin1Char(' ')
             + (ids.size() == 1 ? tr("Undo (%1) brings it back.") : tr("Undo (%1) brings them back.")).arg(undoKey));
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
    const int width = std::max(dialog.minimumSizeHint().width(), window.right() - chart.right() - 8);
    const int height = std::max(dialog.minimumSizeHint().height(), std::min(window.height(), 760));
    dialog.resize(width, height);
    dialog.move(std::min(chart.right() + 8, window.right() - width), window.top());
}

void MainWindow::updateActions()
{
    const bool open = m_document->isOpen();
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    m_saveCopyAction->setEnabled(open);
    m_importAction->setEnabled(open);
    m_exportAction->setEnabled(open);
    m_addAction->setEnabled(open);
    m_duplicateAction->setEnabled(open && selected == 1);
    m_deleteAction->setEnabled(open && selected > 0);
    m_moveAction->setEnabled(open && selected > 0);
    m_settingsAction->setEnabled(open);
}

void MainWindow::updateTitle()
{
    if (m_document->isOpen()) {
        const QFileInfo info(m_document->filePath());
        setWindowTitle(tr("%1 — ML Planner").arg(info.fileName()));
        m_fileLabel->setText(info.fileName());
        m_fileLabel->setToolTip(QDir::toNativeSeparators(info.absoluteFilePath()));
        m_savedLabel->setText(tr("All changes saved"));
        m_savedLabel->setToolTip(tr("Every change is written to the file as you make it; there is nothing to save."));
    } else {
        setWindowTitle(tr("ML Planner"));
        m_fileLabel->setText(tr("No portfolio open"));
        m_fileLabel->setToolTip(QString());
        m_savedLabel->clear();
    }
}

void MainWindow::updateStatus()
{
    if (!m_noteTimer->isActive())
        m_note.clear();
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    // Whole words in English too, where no catalogue resolves a "%n idea(s)".
    m_countLabel->setText(shown == total ? (total == 1 ? tr("1 idea") : tr("%1 ideas").arg(total))
                                         : tr("%1 of %2 shown").arg(shown).arg(total == 1 ? tr("1 idea")
                                                                                         : tr("%1 ideas").arg(total)));
    const QList<qint64> ids = m_chart ? m_chart->selectedIds() : QList<qint64>{};
    if (ids.size() == 1) {
        const Idea *idea = m_document->idea(ids.first());
        const Score *score = m_document->scoreFor(ids.first());
        if (idea && score) {
            if (m_note.isEmpty())
                m_selectionLabel->setText(tr("“%1”: %2").arg(idea->name, quadrantName(score->quadrant,
                                                                                       m_document->portfolio().config)));
            return;
        }
    }
    if (m_note.isEmpty())
        m_selectionLabel->setText(ids.isEmpty() ? QString() : tr("%1 ideas selected").arg(ids.size()));
}

void MainWindow::noteSaved()
{
    if (!m_document->isOpen())
        return;
    updateStatus();
    updateActions();
}

// Passing messages take the place of the selection's text for a few seconds, in the same
// label: a QStatusBar message would be drawn over the labels around it.
void MainWindow::showNote(const QString &text, int msec)
{
    m_note = text;
    m_selectionLabel->setText(text);
    m_noteTimer->start(msec);
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = UiSettings::instance().recentFiles.value();
    int n = 0;
    for (const QString &path : files) {
        ++n;
        // The folder too: two portfolios of the same name in different folders differ.
        const QString folder = QDir::toNativeSeparators(shortFolder(QFileInfo(path).absolutePath()));
        QAction *a = m_recentMenu->addAction(tr("&%1 %2 — %3").arg(n).arg(QFileInfo(path).fileName(), folder));
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] {
            if (!QFileInfo::exists(path)) {
                UiSettings::instance().removeRecentFile(path);
                reportError(tr("Cannot Open Portfolio"), tr("%1 no longer exists.").arg(QDir::toNativeSeparators(path)));
                return;
            }
            openFile(path);
        });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear Menu"), this, [this] {
        UiSettings::instance().recentFiles.reset();
        updateRecentMenu();
    });
}

QString MainWindow::dialogFolder()
{
    return UiSettings::instance().startFolder();
}

void MainWindow::rememberFolder(const QString &path)
{
    UiSettings::instance().lastFolder.setValue(QFileInfo(path).absolutePath());
}

void MainWindow::newFileDialog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Portfolio"), dialogFolder(),
                                                tr("ML Planner portfolios (*.mlplan)"), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    newFile(withSuffix(path, kPortfolioSuffix));
}

void MainWindow::openFileDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Portfolio"), dialogFolder(),
                                                      tr("ML Planner portfolios (*.mlplan);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::importDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import"), dialogFolder(),
        tr("Portfolio JSON or ideas CSV (*.json *.csv);;Whole portfolio, replaces the open one (*.json);;"
           "Ideas, merged into the open portfolio (*.csv)"));
    if (!path.isEmpty())
        importFile(path);
}

void MainWindow::exportDialog()
{
    QString filter;
    const QString jsonFilter = tr("Complete portfolio as JSON (*.json)");
    const QString csvFilter = tr("Ideas and scores as CSV (*.csv)");
    const QString base = QFileInfo(m_document->filePath()).completeBaseName();
    QString path = QFileDialog::getSaveFileName(this, tr("Export"), QDir(dialogFolder()).filePath(base + QLatin1String(".json")),
                                                jsonFilter + QLatin1String(";;") + csvFilter, &filter);
    if (path.isEmpty())
        return;
    exportFile(withSuffix(path, filter == csvFilter ? QStringLiteral("csv") : QStringLiteral("json")));
}

void MainWindow::saveCopyDialog()
{
    const QString base = QFileInfo(m_document->filePath()).completeBaseName();
    QString path = QFileDialog::getSaveFileName(this, tr("Save a Copy As"),
                                                QDir(dialogFolder()).filePath(tr("%1 copy.mlplan").arg(base)),
                                                tr("ML Planner portfolios (*.mlplan)"));
    if (!path.isEmpty())
        saveCopyAs(withSuffix(path, kPortfolioSuffix));
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About ML Planner"),
        tr("<h3>ML Planner %1</h3>"
           "<p>Keep a portfolio of machine-learning project ideas, score them on impact and feasibility, "
           "and follow them through the project lifecycle.</p>"
           "<p>The model of ML projects follows the Full Stack Deep Learning course material on setting up "
           "ML projects. Every number in the scoring is an adjustable assumption, not the course's.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace mlp::ui

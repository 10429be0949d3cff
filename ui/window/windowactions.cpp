#include "ui/window/windowactions.h"

#include "ui/editor/editlock.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>

#include <array>

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

// The platform's keys for a standard action, and `fallback` where the platform has none (Save As
// and Preferences have no key outside GNOME, KDE and macOS). The first is what menus show.
QList<QKeySequence> withFallback(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (!keys.contains(fallback))
        keys << fallback;
    return keys;
}

} // namespace

WindowActions::WindowActions(QMainWindow *window, QUndoStack *undoStack)
    : m_window(window)
{
    createFileActions();
    createEditActions(undoStack);
    createViewActions();
}

QAction *WindowActions::create(const char *objectName, const QString &text,
                               const QString &statusTip)
{
    auto *action = new QAction(text, m_window);
    action->setObjectName(QString::fromLatin1(objectName));
    if (!statusTip.isEmpty())
        action->setStatusTip(statusTip);
    return action;
}

namespace {

QIcon themeIcon(const QWidget *window, const char *themeName, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(themeName),
                            window->style()->standardIcon(fallback));
}

} // namespace

void WindowActions::createFileActions()
{
    newFile = create("actionNew", tr("&New Portfolio…"), tr("Create an empty portfolio file"));
    newFile->setIcon(themeIcon(m_window, "document-new", QStyle::SP_FileIcon));
    newFile->setShortcut(QKeySequence::New);

    open = create("actionOpen", tr("&Open…"), tr("Open a portfolio file"));
    open->setIcon(themeIcon(m_window, "document-open", QStyle::SP_DialogOpenButton));
    open->setShortcut(QKeySequence::Open);

    openShared = create("actionOpenShared", tr("Open S&hared Portfolio…"),
                        tr("Open a portfolio the team shares on a PostgreSQL server"));
    openShared->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));

    saveCopy = create("actionSaveCopy", tr("Save a &Copy As…"),
                      tr("Write a consistent copy of the portfolio to another file"));
    saveCopy->setIcon(themeIcon(m_window, "document-save-as", QStyle::SP_DialogSaveButton));
    saveCopy->setShortcuts(
        withFallback(QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));

    importFile = create("actionImport", tr("&Import…"),
                        tr("Import a JSON portfolio (replaces) or CSV ideas (merges)"));
    importFile->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));

    exportFile = create("actionExport", tr("&Export…"),
                        tr("Export the portfolio as JSON or the ideas as CSV"));
    exportFile->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));

    exportReport = create("actionExportReport", tr("Export PDF &Summary…"),
                          tr("Write a PDF summary of the portfolio for stakeholders"));
    // What a desktop user presses to get paper out of a program.
    exportReport->setShortcuts(
        withFallback(QKeySequence::Print, QKeySequence(Qt::CTRL | Qt::Key_P)));

    quit = create("actionQuit", tr("&Quit"));
    quit->setIcon(themeIcon(m_window, "application-exit", QStyle::SP_DialogCloseButton));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void WindowActions::createEditActions(QUndoStack *undoStack)
{
    undo = undoStack->createUndoAction(m_window, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setIcon(themeIcon(m_window, "edit-undo", QStyle::SP_ArrowBack));
    undo->setShortcut(QKeySequence::Undo);
    redo = undoStack->createRedoAction(m_window, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setIcon(themeIcon(m_window, "edit-redo", QStyle::SP_ArrowForward));
    redo->setShortcut(QKeySequence::Redo);

    addIdea = create("actionAddIdea", tr("&Add Idea"), tr("Add a new idea to the portfolio"));
    addIdea->setIcon(themeIcon(m_window, "list-add", QStyle::SP_FileDialogNewFolder));
    addIdea->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));

    duplicate = create("actionDuplicate", tr("D&uplicate"),
                       tr("Copy the selected idea with its answers as a new project"));
    duplicate->setIcon(themeIcon(m_window, "edit-copy", QStyle::SP_FileLinkIcon));
    duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));

    remove = create("actionDelete", tr("&Delete"),
                    tr("Delete the selected ideas (undo brings them back)"));
    remove->setIcon(themeIcon(m_window, "edit-delete", QStyle::SP_TrashIcon));
    remove->setShortcut(QKeySequence::Delete);
    // Delete deletes ideas where ideas are selected: the table and the chart. In the idea
    // panel it is the field's own key (an answer scale clears its answer with it).
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    find = create("actionFind", tr("&Find…"));
    find->setShortcut(QKeySequence::Find);

    settings = create("actionSettings", tr("&Settings…"),
                      tr("Weights, quadrant thresholds and names, and the cost curve"));
    settings->setIcon(
        themeIcon(m_window, "document-properties", QStyle::SP_FileDialogDetailedView));
    settings->setShortcuts(
        withFallback(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));

    moveStage = create("actionMoveStage", tr("&Move Stage…"),
                       tr("Move the selected projects to another lifecycle stage"));
    moveStage->setIcon(themeIcon(m_window, "go-next", QStyle::SP_ArrowRight));
    moveStage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
}

void WindowActions::createViewActions()
{
    colorModes = new QActionGroup(m_window);
    const std::array<QString, 2> colorNames { tr("Colour by &Archetype"), tr("Colour by &Stage") };
    for (int i = 0; i < int(colorNames.size()); ++i) {
        auto *a = colorModes->addAction(colorNames[size_t(i)]);
        a->setCheckable(true);
        a->setData(i);
        a->setObjectName(QStringLiteral("colorMode_%1").arg(i));
    }
    sizeModes = new QActionGroup(m_window);
    const std::array<QString, 3> sizeNames { tr("Same Size for All"), tr("Size by Estimated &Cost"),
                                             tr("Size by Rater S&pread") };
    for (int i = 0; i < int(sizeNames.size()); ++i) {
        auto *a = sizeModes->addAction(sizeNames[size_t(i)]);
        a->setCheckable(true);
        a->setData(i);
        a->setObjectName(QStringLiteral("sizeMode_%1").arg(i));
    }

    views = new QActionGroup(m_window);
    showChartView = create("actionShowChartView", tr("&Chart and Table"),
                           tr("Score and rank the ideas on the feasibility-versus-impact chart"));
    showChartView->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    showBoardView = create("actionShowBoardView", tr("Lifecycle &Board"),
                           tr("Follow the projects through the stages; drag a card to move it"));
    showBoardView->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    showFlowView = create("actionShowFlowView", tr("&Flow Analytics"),
                          tr("See where the projects get stuck: the flow through the stages, "
                             "the time in each and the backward moves"));
    showFlowView->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    showLogView = create("actionShowLogView", tr("Change &Log"),
                         tr("Every recorded change: who changed which field of which idea, when, "
                            "from what to what"));
    showLogView->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    for (QAction *action : { showChartView, showBoardView, showFlowView, showLogView }) {
        action->setCheckable(true);
        views->addAction(action);
    }
    showChartView->setChecked(true);

    showTable = create("actionShowTable", tr("Show Ideas &Table"));
    showTable->setCheckable(true);
    showTable->setChecked(true);

    about = create("actionAbout", tr("&About ML Planner"));
    about->setMenuRole(QAction::AboutRole);
}

void WindowActions::createMenus(const QList<QAction *> &zoomActions)
{
    QMenuBar *bar = m_window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(newFile);
    file->addAction(open);
    file->addAction(openShared);
    recentMenu = file->addMenu(tr("Open &Recent"));
    recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addAction(saveCopy);
    file->addSeparator();
    file->addAction(importFile);
    file->addAction(exportFile);
    file->addAction(exportReport);
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(addIdea);
    edit->addAction(duplicate);
    edit->addAction(remove);
    edit->addSeparator();
    edit->addAction(find);

    QMenu *view = bar->addMenu(tr("&View"));
    view->addActions(views->actions());
    view->addSeparator();
    view->addActions(colorModes->actions());
    view->addSeparator();
    view->addActions(sizeModes->actions());
    view->addSeparator();
    view->addActions(zoomActions);
    view->addSeparator();
    view->addAction(showTable);
    view->addAction(showEditor);

    QMenu *portfolio = bar->addMenu(tr("&Portfolio"));
    portfolio->addAction(settings);
    portfolio->addAction(moveStage);

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void WindowActions::allow(QAction *action, bool enabled, const QString &why)
{
    action->setEnabled(enabled);
    if (!why.isEmpty()) {
        if (!m_statusTips.contains(action))
            m_statusTips.insert(action, action->statusTip());
        action->setToolTip(why);
        action->setStatusTip(why);
    } else if (m_statusTips.contains(action)) {
        action->setToolTip(QString()); // back to the action's text
        action->setStatusTip(m_statusTips.take(action));
    }
}

void WindowActions::updateEnabled(bool open, const PortfolioStore::Permissions &may, int selected)
{
    saveCopy->setEnabled(open);
    exportFile->setEnabled(open);
    exportReport->setEnabled(open);
    // A closed window explains nothing: there is nothing to change.
    const QString ideas = open ? EditLock::whyNotIdeas(may) : QString();
    const QString config = open ? EditLock::whyNotSettings(may) : QString();
    allow(addIdea, open && may.ideas, ideas);
    allow(duplicate, open && may.ideas && selected == 1, ideas);
    allow(remove, open && may.ideas && selected > 0, ideas);
    allow(moveStage, open && may.ideas && selected > 0, ideas);
    allow(settings, open && may.settings, config);
    // A JSON import replaces everything; a CSV import merges ideas with every rater's answers.
    allow(importFile, open && may.ideas && may.settings && may.allAnswers,
          !ideas.isEmpty() ? ideas : config);
}

void WindowActions::createToolBar()
{
    QToolBar *bar = m_window->addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(18, 18));
    bar->addActions({ newFile, open });
    bar->addSeparator();
    bar->addActions({ undo, redo });
    bar->addSeparator();
    bar->addActions({ addIdea, duplicate, remove });
    bar->addSeparator();
    bar->addActions({ moveStage, settings });

    // Qt strips only the '&' from a menu text for a tool button, which leaves the "(O)" of a
    // Korean-style mnemonic "열기(&O)…" on the button; the buttons get the plain name instead,
    // also when the undo and redo actions rename themselves.
    // Undo and redo keep a short, steady label; what they would undo is in the tooltip.
    for (QAction *action : bar->actions()) {
        if (action->isSeparator())
            continue;
        QString fixed;
        if (action == undo)
            fixed = tr("Undo");
        else if (action == redo)
            fixed = tr("Redo");
        const auto refresh = [action, fixed] {
            const QString plain = toolButtonText(action->text());
            action->setIconText(fixed.isEmpty() ? plain : fixed);
            if (!fixed.isEmpty())
                action->setToolTip(plain);
        };
        refresh();
        QObject::connect(action, &QAction::changed, m_window, refresh);
    }
}

} // namespace mlp::ui

#pragma once

#include "core/store/portfoliostore.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace mlp::ui {

// The window's actions with their texts, keys and icons, and the menus and the tool bar that
// show them. The window connects each action to what it does. The texts keep the window's
// translation context.
class WindowActions
{
    Q_DECLARE_TR_FUNCTIONS(mlp::ui::MainWindow)

public:
    WindowActions(QMainWindow *window, QUndoStack *undoStack);

    // File, Edit, View (with `zoomActions`), Portfolio and Help. Call once showEditor is set.
    void createMenus(const QList<QAction *> &zoomActions);
    void createToolBar();
    // Enables the actions for what is open, what the user's login may change in it
    // (`may`, Document::permissions) and how many ideas are selected. An action the login may
    // not use is disabled, its tool tip and status tip saying why.
    void updateEnabled(bool open, const PortfolioStore::Permissions &may, int selected);

    QAction *newFile = nullptr;
    QAction *open = nullptr;
    QAction *openShared = nullptr;
    QAction *saveCopy = nullptr;
    QAction *importFile = nullptr;
    QAction *exportFile = nullptr;
    QAction *exportReport = nullptr; // File ▸ Export PDF summary…
    QAction *quit = nullptr;
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *addIdea = nullptr;
    QAction *duplicate = nullptr;
    QAction *remove = nullptr;
    QAction *find = nullptr;
    QAction *settings = nullptr;
    QAction *moveStage = nullptr;
    QAction *showChartView = nullptr; // the central views: chart and table, board, flow
    QAction *showBoardView = nullptr;
    QAction *showFlowView = nullptr;
    QAction *showLogView = nullptr; // the change log
    QActionGroup *views = nullptr;
    QAction *showTable = nullptr;
    QAction *showEditor = nullptr;      // the editor dock's own toggle, set by the window
    QActionGroup *colorModes = nullptr; // data: int(PortfolioChartView::ColorMode)
    QActionGroup *sizeModes = nullptr;  // data: int(PortfolioChartView::SizeMode)
    QAction *about = nullptr;
    QMenu *recentMenu = nullptr; // filled by the window when it is about to show

private:
    void createFileActions();
    void createEditActions(QUndoStack *undoStack);
    void createViewActions();
    QAction *create(const char *objectName, const QString &text, const QString &statusTip = {});
    // `enabled`, or disabled because of `why` (when not empty: the tips say it).
    void allow(QAction *action, bool enabled, const QString &why);

    QHash<QAction *, QString> m_statusTips; // as created, for the actions allow() explained

    QMainWindow *m_window;
};

} // namespace mlp::ui

#pragma once

#include "core/report/reportwriter.h"

#include <QList>
#include <QMainWindow>

#include <functional>
#include <memory>
#include <utility>

class QDialog;
class QLabel;
class QSplitter;
class QTabWidget;
class QTableView;

namespace mlp {
class Clock;
}

namespace mlp::ui {

class Document;
class FilterBar;
class ChangeLogView;
class FlowView;
class IdeaEditor;
class IdeaFilterModel;
class IdeasModel;
class LifecycleBoard;
class PortfolioChartView;
class ReportExport;
class Selection;
class StoreFollower;
class StoreWorker;
class TableColumns;
class WindowActions;
class WindowStatus;

// The portfolio window: the ideas table with its filter bar and the chart in a splitter, the
// idea editor in a dock, menus, toolbar and status bar. The actions and menus, the filter bar,
// the table's column widths and the status bar are in their own files beside this one; the
// file flows (open, new, import, export, save a copy) are in mainwindowfiles.cpp.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Shows an error to the user. Tests replace it so that no modal dialog blocks them.
    using ErrorReporter = std::function<void(const QString &title, const QString &message)>;
    // Asks before something that cannot be done by halves (replacing the whole portfolio,
    // stopping the PDF summary being written); true to go ahead. `rejectText` names the button
    // that does not (the default; empty: Cancel). Tests replace it too.
    using Confirmer = std::function<bool(const QString &title, const QString &question,
                                         const QString &acceptText, const QString &rejectText)>;

    explicit MainWindow(const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    IdeasModel *ideasModel() const { return m_model; }
    IdeaFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    PortfolioChartView *chart() const { return m_chart; }
    StoreFollower *follower() const { return m_follower; }
    LifecycleBoard *board() const { return m_board; }
    FlowView *flowView() const { return m_flowView; }
    ChangeLogView *logView() const { return m_logView; }
    IdeaEditor *editor() const { return m_editor; }
    ReportExport *reportExport() const { return m_reportExport; } // null before the first
    // What is selected, shared by the table, the chart and the idea panel.
    Selection *selection() const { return m_selection; }

    void setErrorReporter(ErrorReporter reporter);
    void setConfirmer(Confirmer confirmer);
    QList<qint64> selectedIds() const;
    // A passing message in the status bar, in place of the selection's text for `msec`.
    void showNote(const QString &text, int msec = 5000);

    // A shared portfolio is being opened off the window's thread (openFile of a location).
    bool isOpening() const;

public slots:
    // A file opens at once; a shared portfolio's location starts opening it off the window's
    // thread, and it is shown (or an error reported) when the server has answered.
    bool openFile(const QString &path);
    bool newFile(const QString &path);
    bool importFile(const QString &path);
    bool exportFile(const QString &path);
    bool saveCopyAs(const QString &path);
    // Starts writing the PDF summary in the background (mainwindowfiles.cpp); the time and the
    // version are filled in here. reportExport() tells when it is done.
    void exportReport(report::ReportOptions options, const QString &path);
    void selectIds(const QList<qint64> &ids);
    void addIdea();
    void duplicateSelected();
    void deleteSelected();
    void moveSelected();
    void editSettings();

signals:
    void errorReported(const QString &title, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void connectActions();
    void connectDocument();
    void connectSelection();
    void createCentralWidget();
    void createTable();
    void createEditorDock();
    void restoreSettings();
    void saveSettings();
    void placeClearOfChart(QDialog &dialog) const;

    void reportError(const QString &title, const QString &message);
    void updateActions();
    void updateTitle();
    void updateStatus();
    void noteSaved();
    void about();

    // File flows (mainwindowfiles.cpp)
    void updateRecentMenu();
    void newFileDialog();
    void openFileDialog();
    void openSharedDialog();
    void importDialog();
    void exportDialog();
    void saveCopyDialog();
    void exportReportDialog();
    bool confirmReplacing(const QString &path);
    bool openShared(const QString &location);
    void sharedOpened(const QString &location);
    // A call to the shared portfolio's server is being waited for (a save): a busy bar and cursor.
    void showStoreWait(bool waiting);
    void cancelOpening();
    void opened(const QString &path);
    static QString dialogFolder();
    static void rememberFolder(const QString &path);

    const Clock &m_clock;
    Document *m_document;
    IdeasModel *m_model;
    IdeaFilterModel *m_filter;
    Selection *m_selection = nullptr;
    ReportExport *m_reportExport = nullptr;
    ErrorReporter m_errorReporter;
    Confirmer m_confirmer;
    qint64 m_lastAddedId = 0;
    QList<qint64> m_addedIds; // added since the last step of the undo stack

    std::unique_ptr<WindowActions> m_actions;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_views = nullptr; // the chart and table, the lifecycle board, or the flow
    LifecycleBoard *m_board = nullptr;
    FlowView *m_flowView = nullptr;
    ChangeLogView *m_logView = nullptr;
    QWidget *m_tablePanel = nullptr;
    FilterBar *m_filterBar = nullptr;
    QTableView *m_table = nullptr;
    TableColumns *m_columns = nullptr;
    PortfolioChartView *m_chart = nullptr;
    IdeaEditor *m_editor = nullptr;
    WindowStatus *m_status = nullptr;
    StoreFollower *m_follower = nullptr; // others' changes followed as they are saved
    QLabel *m_serverBanner = nullptr;    // a shared portfolio's server is away
    StoreWorker *m_opening = nullptr;    // opens shared portfolios off the window's thread
    QString m_sharedPending; // opened off the thread, to be taken in once no dialog is open
    bool m_showingStoreWait = false;
    std::pair<QString, QString> m_serverFor; // a location asked for, and its server as typed
};

} // namespace mlp::ui

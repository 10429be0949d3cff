#pragma once

#include <QList>
#include <QMainWindow>

#include <functional>

class QAction;
class QActionGroup;
class QComboBox;
class QDialog;
class QItemSelection;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTableView;
class QTimer;

namespace mlp {
class Clock;
}

namespace mlp::ui {

class Document;
class IdeaEditor;
class IdeaFilterModel;
class IdeasModel;
class PortfolioChartView;

// The portfolio window: the ideas table with its filter bar and the chart in a splitter, the
// idea editor in a dock, menus, toolbar and status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Shows an error to the user. Tests replace it so that no modal dialog blocks them.
    using ErrorReporter = std::function<void(const QString &title, const QString &message)>;
    // Asks before something that cannot be done by halves (replacing the whole portfolio);
    // true to go ahead. Tests replace it too.
    using Confirmer = std::function<bool(const QString &title, const QString &question, const QString &acceptText)>;

    explicit MainWindow(const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    IdeasModel *ideasModel() const { return m_model; }
    IdeaFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    PortfolioChartView *chart() const { return m_chart; }
    IdeaEditor *editor() const { return m_editor; }

    void setErrorReporter(ErrorReporter reporter);
    void setConfirmer(Confirmer confirmer);
    QList<qint64> selectedIds() const;
    // A passing message in the status bar, in place of the selection's text for `msec`.
    void showNote(const QString &text, int msec = 5000);

public slots:
    bool openFile(const QString &path);
    bool newFile(const QString &path);
    bool importFile(const QString &path);
    bool exportFile(const QString &path);
    bool saveCopyAs(const QString &path);
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
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralWidget();
    QWidget *createFilterBar();
    void createStatusBar();
    void restoreSettings();
    // Column widths that fit `available` pixels (0: unknown yet): numbers as wide as their
    // values, the text columns shrunk if need be so that the name keeps a readable width.
    void fitColumns(int available);
    void keepNameReadable(int available);
    void saveSettings();
    void placeClearOfChart(QDialog &dialog) const;

    void reportError(const QString &title, const QString &message);
    void updateActions();
    void updateTitle();
    void updateStatus();
    void updateRecentMenu();
    void onTableSelectionChanged();
    void onChartClicked(qint64 id, Qt::KeyboardModifiers modifiers);
    void noteSaved();

    void newFileDialog();
    void openFileDialog();
    void importDialog();
    void exportDialog();
    void saveCopyDialog();
    void about();
    static QString dialogFolder();
    static void rememberFolder(const QString &path);

    const Clock &m_clock;
    Document *m_document;
    IdeasModel *m_model;
    IdeaFilterModel *m_filter;
    ErrorReporter m_errorReporter;
    Confirmer m_confirmer;
    bool m_syncingSelection = false;
    bool m_autoFitColumns = true;
    bool m_fittingColumns = false;
    qint64 m_lastAddedId = 0;
    QList<qint64> m_addedIds; // added since the last step of the undo stack

    QSplitter *m_splitter = nullptr;
    QWidget *m_tablePanel = nullptr;
    QTableView *m_table = nullptr;
    PortfolioChartView *m_chart = nullptr;
    IdeaEditor *m_editor = nullptr;
    QLineEdit *m_filterText = nullptr;
    QComboBox *m_archetypeFilter = nullptr;
    QComboBox *m_stageFilter = nullptr;
    QComboBox *m_quadrantFilter = nullptr;
    QComboBox *m_outcomeFilter = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_selectionLabel = nullptr;
    QLabel *m_savedLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QTimer *m_noteTimer = nullptr;
    QString m_note; // shown in m_selectionLabel while m_noteTimer runs

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_moveAction = nullptr;
    QAction *m_showTableAction = nullptr;
    QAction *m_showEditorAction = nullptr;
    QActionGroup *m_colorGroup = nullptr;
    QActionGroup *m_sizeGroup = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace mlp::ui

// MainWindow's file flows: open, new, import, export and save a copy, with their file dialogs,
// the Open Recent menu, and files dropped on the window.

#include "core/io/fileformat.h"
#include "ui/window/mainwindow.h"

#include "core/io/csvformat.h"
#include "core/io/jsonformat.h"
#include "core/store/storelocation.h"
#include "ui/common/uisettings.h"
#include "ui/dialogs/reportdialog.h"
#include "ui/dialogs/sharedportfoliodialog.h"
#include "ui/document/document.h"
#include "ui/document/selection.h"
#include "ui/document/storefollower.h"
#include "ui/document/storeworker.h"
#include "ui/models/ideafiltermodel.h"
#include "ui/models/ideasmodel.h"
#include "ui/window/reportexport.h"
#include "ui/window/windowactions.h"
#include "ui/window/windowstatus.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QSaveFile>
#include <QTimer>

#include <algorithm>

namespace mlp::ui {

namespace {

const QString kPortfolioSuffix = QStringLiteral("mlplan");

bool isDroppable(const QString &path)
{
    return QFileInfo(path).suffix().toLower() == kPortfolioSuffix || io::fileFormatFromPath(path);
}

// A folder for a menu: the home folder as "~", and long paths cut in the middle.
QString shortFolder(const QString &folder)
{
    QString text = folder;
    const QString home = QDir::homePath();
    if (!home.isEmpty() && home != QLatin1String("/")
        && (text == home || text.startsWith(home + QLatin1Char('/'))))
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

bool MainWindow::openFile(const QString &path)
{
    if (isSharedLocation(path))
        return openShared(path);
    cancelOpening(); // a shared portfolio still connecting would replace this one
    Status status = m_document->openFile(path);
    if (!status && status.error().code == Error::Code::Locked && !isSharedLocation(path)) {
        // Being edited elsewhere: it can still be read, and followed as it changes.
        if (!m_confirmer(tr("Open Read-Only?"),
                         tr("%1\n\nYou can open it read-only: you see it, and every change "
                            "made there shows here as it is saved, but you cannot change "
                            "anything.")
                             .arg(status.error().message),
                         tr("Open Read-Only"), QString()))
            return false;
        status = m_document->openFile(path, PortfolioStore::Access::Read);
    }
    if (!status) {
        reportError(tr("Cannot Open Portfolio"), status.error().message);
        return false;
    }
    opened(path);
    return true;
}

void MainWindow::opened(const QString &path)
{
    UiSettings::instance().addRecentFile(path);
    rememberFolder(path);
    updateRecentMenu();
    if (m_filter->rowCount() > 0)
        selectIds({ m_model->idAt(m_filter->mapToSource(m_filter->index(0, 0)).row()) });
    showNote(tr("Opened %1").arg(locationDisplayName(path)));
}

// A shared portfolio is opened off the window's thread (connecting, the schema check and the
// first load), with a busy bar and Cancel in the status bar: a server that does not answer
// never freezes the window, which meanwhile shows and edits what it has open. True when the
// opening started (or it is open already); the outcome comes later.
bool MainWindow::openShared(const QString &location)
{
    if (m_document->isOpen() && m_document->filePath() == location) {
        cancelOpening();
        return true;
    }
    if (!m_opening) {
        m_opening = new StoreWorker(m_document->stores(), this);
        connect(m_opening, &StoreWorker::opened, this, &MainWindow::sharedOpened);
        connect(m_opening, &StoreWorker::openFailed, this,
                [this](const QString &, const Error &error) {
                    m_status->endBusy();
                    reportError(tr("Cannot Open Portfolio"), error.message);
                });
    }
    m_sharedPending.clear();
    m_opening->open(location, PortfolioStore::Access::Write);
    m_status->showBusy(tr("Connecting to %1…").arg(locationDisplayName(location)), [this] {
        const QString stopped = m_opening->location();
        cancelOpening();
        showNote(tr("Stopped opening %1: nothing was opened.").arg(locationDisplayName(stopped)));
    });
    return true;
}

void MainWindow::sharedOpened(const QString &location)
{
    // A dialog, a menu or an undo step that asks something runs an event loop of its own, and
    // this arrives there too: replacing the portfolio under it would leave it working on the
    // other portfolio (the conflict dialog's step would write into the new one). Taken in
    // once it has closed; Cancel still drops it meanwhile. So is a save to the open portfolio's
    // server that the window waits for.
    if (QApplication::activeModalWidget() || QApplication::activePopupWidget()
        || m_document->isWaitingForStore()) {
        m_sharedPending = location;
        QTimer::singleShot(250, this, [this, location] {
            if (m_sharedPending == location)
                sharedOpened(location);
        });
        return;
    }
    m_sharedPending.clear();
    m_status->endBusy();
    StoreWorker::Opened done = m_opening->takeOpened();
    m_document->adoptStore(std::move(done.store), std::move(done.portfolio), false);
    // The window's thread connects now, to listen for changes: the server has just answered.
    m_follower->catchUp(done.newestChange);
    if (location == m_serverFor.first)
        UiSettings::instance().lastServer.setValue(m_serverFor.second);
    opened(location);
}

// The window keeps painting while a save waits for the server (Document::isWaitingForStore), but
// takes no clicks or keys until it returns: it says so, with a busy bar and cursor, and the
// server-away banner if it has gone (libpq gives up after the connection's timeouts).
void MainWindow::showStoreWait(bool waiting)
{
    if (waiting == m_showingStoreWait)
        return;
    m_showingStoreWait = waiting;
    m_status->setWaiting(waiting, m_document->isSavingToStore());
    if (!waiting && !m_serverBanner->isHidden())
        m_status->setServerAway(true);
    if (waiting) {
        QApplication::setOverrideCursor(Qt::BusyCursor);
        if (!isOpening())
            m_status->showBusy(
                tr("Waiting for %1 to answer…").arg(locationDisplayName(m_document->filePath())),
                {});
        return;
    }
    QApplication::restoreOverrideCursor();
    if (!isOpening())
        m_status->endBusy();
}

void MainWindow::cancelOpening()
{
    if (!m_sharedPending.isEmpty()) {
        m_sharedPending.clear();
        m_opening->takeOpened(); // opened, not yet taken in: dropped, nothing changes
        m_status->endBusy();
        return;
    }
    if (!m_opening || !m_opening->isBusy())
        return;
    m_opening->cancel();
    m_status->endBusy();
}

bool MainWindow::isOpening() const
{
    return (m_opening && m_opening->isBusy()) || !m_sharedPending.isEmpty();
}

bool MainWindow::newFile(const QString &path)
{
    cancelOpening();
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

// A JSON file is a whole portfolio and replaces the open one: that is said, and confirmed,
// before anything changes. True to go ahead.
bool MainWindow::confirmReplacing(const QString &path)
{
    if (!m_document->isOpen() || m_document->portfolio().ideas.isEmpty())
        return true;
    const int count = int(m_document->portfolio().ideas.size());
    const QString question
        = tr("%1 is a whole portfolio: importing it replaces everything in %2 (%3), settings "
             "included. "
             "Undo brings the current portfolio back.\n\nTo add ideas to this portfolio instead, "
             "import a CSV file.")
              .arg(QFileInfo(path).fileName(), locationDisplayName(m_document->filePath()),
                   count == 1 ? tr("1 idea") : tr("%1 ideas").arg(count));
    return m_confirmer(tr("Replace the Whole Portfolio?"), question, tr("Replace"), QString());
}

// A JSON file replaces the open portfolio; a CSV file's ideas are merged into it.
bool MainWindow::importFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    const bool replaces = io::fileFormatFromPath(path) == io::FileFormat::Json;
    if (replaces && !confirmReplacing(path))
        return false;
    const int before = int(m_document->portfolio().ideas.size());
    const Status status = m_document->importFile(path);
    if (!status) {
        reportError(tr("Import Failed"), status.error().message);
        return false;
    }
    rememberFolder(path);
    const int after = int(m_document->portfolio().ideas.size());
    showNote(replaces ? tr("Imported %1: the portfolio was replaced.").arg(name)
                      : tr("Imported %1: merged into the portfolio (new ideas: %2).")
                            .arg(name)
                            .arg(std::max(0, after - before)));
    return true;
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
        reportError(tr("Export Failed"),
                    tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
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

void MainWindow::updateRecentMenu()
{
    QMenu *menu = m_actions->recentMenu;
    if (!menu)
        return;
    menu->clear();
    const QStringList files = UiSettings::instance().recentFiles.value();
    int n = 0;
    for (const QString &path : files) {
        ++n;
        // The folder or server too: two portfolios of the same name in different places differ.
        const bool shared = isSharedLocation(path);
        const QString place = shared
            ? locationPlace(path)
            : QDir::toNativeSeparators(shortFolder(QFileInfo(path).absolutePath()));
        QAction *a
            = menu->addAction(tr("&%1 %2 — %3").arg(n).arg(locationDisplayName(path), place));
        const QString where = shared ? path : QDir::toNativeSeparators(path);
        a->setToolTip(where);
        a->setStatusTip(where);
        connect(a, &QAction::triggered, this, [this, path, shared] {
            if (!shared && !QFileInfo::exists(path)) {
                UiSettings::instance().removeRecentFile(path);
                reportError(tr("Cannot Open Portfolio"),
                            tr("%1 no longer exists.").arg(QDir::toNativeSeparators(path)));
                return;
            }
            openFile(path);
        });
    }
    if (files.isEmpty()) {
        menu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    menu->addSeparator();
    menu->addAction(tr("&Clear Menu"), this, [this] {
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
    if (isSharedLocation(path))
        return; // not a folder: the server is remembered by openSharedDialog
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
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open Portfolio"), dialogFolder(),
                                       tr("ML Planner portfolios (*.mlplan);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openSharedDialog()
{
    SharedPortfolioDialog dialog(this);
    const QString current = m_document->filePath();
    dialog.setServer(UiSettings::instance().lastServer.value());
    if (isSharedLocation(current))
        dialog.setPortfolio(locationDisplayName(current));
    if (dialog.exec() != QDialog::Accepted || dialog.location().isEmpty())
        return;
    // Remembered once the portfolio opened.
    m_serverFor = { dialog.location(), dialog.server() };
    openFile(dialog.location());
}

void MainWindow::importDialog()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import"), dialogFolder(),
                                       tr("Portfolio JSON or ideas CSV (*.json *.csv);;Whole "
                                          "portfolio, replaces the open one (*.json);;"
                                          "Ideas, merged into the open portfolio (*.csv)"));
    if (!path.isEmpty())
        importFile(path);
}

void MainWindow::exportDialog()
{
    QString filter;
    const QString jsonFilter = tr("Complete portfolio as JSON (*.json)");
    const QString csvFilter = tr("Ideas and scores as CSV (*.csv)");
    const QString base = locationBaseName(m_document->filePath());
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export"), QDir(dialogFolder()).filePath(base + QLatin1String(".json")),
        jsonFilter + QLatin1String(";;") + csvFilter, &filter);
    if (path.isEmpty())
        return;
    exportFile(
        withSuffix(path, filter == csvFilter ? QStringLiteral("csv") : QStringLiteral("json")));
}

void MainWindow::saveCopyDialog()
{
    const QString base = locationBaseName(m_document->filePath());
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save a Copy As"), QDir(dialogFolder()).filePath(tr("%1 copy.mlplan").arg(base)),
        tr("ML Planner portfolios (*.mlplan)"));
    if (!path.isEmpty())
        saveCopyAs(withSuffix(path, kPortfolioSuffix));
}

void MainWindow::exportReportDialog()
{
    if (m_reportExport && m_reportExport->isRunning())
        return;
    const QString base = locationBaseName(m_document->filePath());
    ReportDialog dialog(QDir(dialogFolder()).filePath(tr("%1 summary.pdf").arg(base)),
                        m_selection->ids(), this);
    if (dialog.exec() == QDialog::Accepted)
        exportReport(dialog.options(), dialog.path());
}

void MainWindow::exportReport(report::ReportOptions options, const QString &path)
{
    if (!m_reportExport) {
        m_reportExport = new ReportExport(this);
        connect(m_reportExport, &ReportExport::finished, this,
                [this](bool ok, bool cancelled, const QString &message) {
                    if (ok || cancelled)
                        showNote(message);
                    else
                        reportError(tr("Export Failed"), message);
                });
    }
    if (m_reportExport->isRunning())
        return;
    options.dataTime = m_clock.now();
    options.appVersion = QCoreApplication::applicationVersion();
    rememberFolder(path);
    // A copy: the window goes on editing while the summary is written.
    m_reportExport->start(m_document->portfolio(), options, path);
}

} // namespace mlp::ui

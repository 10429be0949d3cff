#pragma once

#include "core/domain/idea.h"
#include "core/report/reportwriter.h"

#include <QObject>
#include <QPointer>

#include <atomic>

class QProgressDialog;
class QThread;

namespace mlp::ui {

// Writes the PDF summary off the GUI thread: report::writeReport() on a copy of the portfolio
// (a value), in a QThread, with a progress dialog whose Cancel stops it between pages. The window
// stays responsive; a cancelled or failed export leaves no file (the writer's QSaveFile). Text
// is painted on the worker thread: Qt paints fonts on a PDF device from any thread (the font
// caches are per thread), which tests/ui checks against the GUI thread's pages.
class ReportExport : public QObject
{
    Q_OBJECT

public:
    explicit ReportExport(QWidget *window);
    ~ReportExport() override; // cancels a running export and waits for it

    void start(const Portfolio &portfolio, const report::ReportOptions &options,
               const QString &path);
    bool isRunning() const;
    void cancel();

signals:
    // ok: the file is written; otherwise `message` says why (or that it was cancelled).
    void finished(bool ok, bool cancelled, const QString &message);

private:
    void progress(int done, int total);

    QWidget *m_window;
    QThread *m_thread = nullptr;
    QPointer<QProgressDialog> m_dialog;
    std::atomic_bool m_cancel = false;
};

} // namespace mlp::ui

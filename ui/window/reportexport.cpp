#include "ui/window/reportexport.h"

#include "report/pdfreport.h"

#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>

namespace mlp::ui {

ReportExport::ReportExport(QWidget *window)
    : QObject(window)
    , m_window(window)
{ }

ReportExport::~ReportExport()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool ReportExport::isRunning() const
{
    return m_thread != nullptr;
}

void ReportExport::cancel()
{
    m_cancel = true;
}

void ReportExport::progress(int done, int total)
{
    if (!m_dialog)
        return;
    m_dialog->setMaximum(total);
    m_dialog->setValue(done);
    m_dialog->setLabelText(tr("Writing page %1 of %2…").arg(done).arg(total));
}

void ReportExport::start(const Portfolio &portfolio, const report::ReportOptions &options,
                         const QString &path)
{
    if (m_thread)
        return;
    m_cancel = false;
    m_dialog = new QProgressDialog(tr("Laying out the PDF summary…"), tr("Cancel"), 0, 0, m_window);
    m_dialog->setObjectName(QStringLiteral("reportProgress"));
    m_dialog->setWindowTitle(tr("Export PDF Summary"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(300);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    connect(m_dialog, &QProgressDialog::canceled, this, &ReportExport::cancel);

    auto result = std::make_shared<std::optional<Result<report::ReportSummary>>>();
    m_thread = QThread::create([this, portfolio, options, path, result] {
        *result = report::writeReport(
            portfolio, options, path,
            [this](int done, int total) {
                QMetaObject::invokeMethod(
                    this, [this, done, total] { progress(done, total); }, Qt::QueuedConnection);
            },
            &m_cancel);
    });
    connect(m_thread, &QThread::finished, this, [this, path, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (m_dialog)
            m_dialog->deleteLater();
        const Result<report::ReportSummary> &written = **result;
        if (written.ok())
            emit finished(true, false,
                          tr("Exported the PDF summary to %1 (%n pages)", nullptr, written->pages)
                              .arg(QFileInfo(path).fileName()));
        else
            emit finished(false, m_cancel.load(), written.error().message);
    });
    m_thread->start();
}

} // namespace mlp::ui

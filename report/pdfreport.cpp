#include "report/pdfreport.h"

#include "report/chartpainter.h"
#include "report/pageflow.h"
#include "report/reportbuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace mlp::report {

namespace {

// Device units per inch: a tenth of a point, fine enough for text placed by measured advances.
constexpr int kResolution = 720;

Error cancelledError()
{
    return makeError(Error::Code::Io,
                     QCoreApplication::translate("mlp::report",
                                                 "the export was cancelled; nothing was written"));
}

void paintRunning(QPainter &painter, const Fonts &fonts, const QSizeF &page, const QString &left,
                  const QString &right, int number, int count)
{
    const QFontMetricsF &fm = fonts.metrics(Style::Running);
    const qreal margin = fonts.pt(kMarginPoints);
    painter.setFont(fonts.font(Style::Running));
    painter.setPen(QColor(0x5a, 0x66, 0x72));
    const qreal top = margin + fm.ascent();
    const qreal rightWidth = fm.horizontalAdvance(right);
    const QString leftText = fm.elidedText(left, Qt::ElideRight,
                                           page.width() - 2 * margin - rightWidth - fonts.pt(12));
    painter.drawText(QPointF(margin, top), leftText);
    painter.drawText(QPointF(page.width() - margin - rightWidth, top), right);
    const qreal ruleY = margin + fm.height() + fonts.pt(3);
    painter.setPen(QPen(QColor(0xc4, 0xcb, 0xd2), fonts.pt(0.5)));
    painter.drawLine(QLineF(margin, ruleY, page.width() - margin, ruleY));
    const QString footer
        = QCoreApplication::translate("mlp::report", "Page %1 of %2").arg(number).arg(count);
    painter.setPen(QColor(0x5a, 0x66, 0x72));
    painter.drawText(
        QPointF((page.width() - fm.horizontalAdvance(footer)) / 2, page.height() - margin), footer);
}

class PdfReportWriter final : public ReportWriter
{
public:
    Result<ReportSummary> write(const Portfolio &portfolio, const ReportOptions &options,
                                const QString &path, const ReportProgress &progress,
                                const std::atomic_bool *cancel) const override
    {
        return writeReport(portfolio, options, path, progress, cancel);
    }
};

} // namespace

Result<ReportSummary> writeReport(const Portfolio &portfolio, const ReportOptions &options,
                                  const QString &path, const ReportProgress &progress,
                                  const std::atomic_bool *cancel)
{
    if (Status target = checkReportTarget(path); !target)
        return target.error();
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Io,
                         QCoreApplication::translate("mlp::report", "cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    auto cancelled = [cancel] { return cancel && cancel->load(); };

    const QPageSize pageSize(options.paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4);
    const QString title = ReportBuilder::portfolioTitle(portfolio);
    QPdfWriter writer(&file);
    writer.setResolution(kResolution);
    writer.setPageSize(pageSize);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(
        QCoreApplication::translate("mlp::report", "%1 — portfolio summary").arg(title));
    writer.setCreator(
        QCoreApplication::translate("mlp::report", "ML Planner %1").arg(options.appVersion));

    const QSizeF portrait = QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF())
                                .fullRectPixels(kResolution)
                                .size();
    const Fonts fonts(&writer);
    PageFlow flow(fonts, portrait, cancel);
    ReportBuilder builder(portfolio, options, fonts, flow);
    builder.build();
    QList<Page> pages = flow.takePages();
    if (cancelled()) {
        file.cancelWriting();
        return cancelledError();
    }
    if (pages.isEmpty()) {
        PageFlow empty(fonts, portrait);
        empty.startPage();
        empty.paragraph(QCoreApplication::translate(
            "mlp::report", "Nothing to show: no section is chosen, or no project matches."));
        pages = empty.takePages();
    }

    const QString headerLeft
        = QCoreApplication::translate("mlp::report", "%1 — portfolio summary").arg(title);
    const QString headerRight
        = QCoreApplication::translate("mlp::report", "Data as of %1")
              .arg(ReportBuilder::dateTimeText(
                  options.dataTime.isValid() ? options.dataTime : QDateTime::currentDateTimeUtc()));
    const ChartPaint paintChart = [&](QPainter &painter, const QRectF &rect) {
        if (builder.chart())
            builder.chart()->paint(painter, rect);
    };
    QPainter painter;
    const int count = int(pages.size());
    for (int i = 0; i < count; ++i) {
        const Page &page = pages.at(i);
        writer.setPageOrientation(page.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
        if (i == 0) {
            if (!painter.begin(&writer)) {
                file.cancelWriting();
                return makeError(Error::Code::Io,
                                 QCoreApplication::translate("mlp::report", "cannot write %1")
                                     .arg(QDir::toNativeSeparators(path)));
            }
        } else {
            writer.newPage();
        }
        paintItems(painter, fonts, page, paintChart);
        paintRunning(painter, fonts, page.landscape ? portrait.transposed() : portrait, headerLeft,
                     headerRight, i + 1, count);
        if (progress)
            progress(i + 1, count);
        if (cancelled()) {
            painter.end();
            file.cancelWriting();
            return cancelledError();
        }
    }
    painter.end();
    if (!file.commit())
        return makeError(Error::Code::Io,
                         QCoreApplication::translate("mlp::report", "cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    return ReportSummary { count, builder.projectPages(), builder.labelsLeftOut() };
}

const ReportWriter &pdfReportWriter()
{
    static const PdfReportWriter writer;
    return writer;
}

namespace {

QtMessageHandler previousHandler = nullptr;

// A terminal command should print only what it has to say: the offscreen platform asks for the
// runtime folder, and Qt warns when XDG_RUNTIME_DIR is not set (as under sudo or cron), though
// the summary never uses that folder.
void quietRuntimeFolderWarning(QtMsgType type, const QMessageLogContext &context,
                               const QString &message)
{
    if (type == QtWarningMsg
        && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    previousHandler(type, context, message);
}

} // namespace

std::unique_ptr<QGuiApplication> makeHeadlessApplication(int &argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    previousHandler = qInstallMessageHandler(quietRuntimeFolderWarning);
    auto app = std::make_unique<QGuiApplication>(argc, argv);
    qInstallMessageHandler(previousHandler);
    return app;
}

} // namespace mlp::report

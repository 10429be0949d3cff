#pragma once

#include "core/report/reportwriter.h"

#include <QStringList>

#include <memory>

class QGuiApplication;

namespace mlp::report {

// The PDF summary: lays out every page, then paints them on a QPdfWriter through a QSaveFile
// (see ReportWriter::write). The one code path of the window's File ▸ Export PDF summary… and of
// `mlplanner report`. Needs a QGuiApplication (fonts); runs on any thread.
Result<ReportSummary> writeReport(const Portfolio &portfolio, const ReportOptions &options,
                                  const QString &path, const ReportProgress &progress = {},
                                  const std::atomic_bool *cancel = nullptr);

// writeReport as the ReportWriter the command line is handed.
const ReportWriter &pdfReportWriter();

// The command line's `report` needs Qt Gui for its fonts, on machines with no display too:
// a QGuiApplication on the offscreen platform unless QT_QPA_PLATFORM names another.
std::unique_ptr<QGuiApplication> makeHeadlessApplication(int &argc, char **argv);

} // namespace mlp::report

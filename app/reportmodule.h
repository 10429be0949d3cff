#pragma once

// The one function the report module (mlplanner-report.so) exports, found by name with
// app::loadModuleFunction. `mlplanner report` loads it so that the PDF summary's Qt Gui is
// loaded only for that command: it creates the offscreen QGuiApplication the summary paints
// text in, then hands mlplanner's command line the writer through `run`.

namespace mlp::report {
class ReportWriter;
}

namespace mlp::app {

inline constexpr char kReportModule[] = "mlplanner-report.so";
inline constexpr char kReportEntry[] = "mlplanner_report_main";
// Runs the command line in the application already created, with `reports` for `report`.
using CommandRunner = int (*)(const mlp::report::ReportWriter *reports);
using ReportEntry = int (*)(int *argc, char **argv, CommandRunner run);

} // namespace mlp::app

extern "C" int mlplanner_report_main(int *argc, char **argv, mlp::app::CommandRunner run);

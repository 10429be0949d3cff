#pragma once

#include <QStringList>
#include <QTextStream>

namespace mlp {
class Clock;
class StoreOpener;
namespace report {
class ReportWriter;
}

namespace cli {

// True when the arguments ask for a subcommand, "help" or any option (--help, --version, or an
// unknown one, which gets an error) rather than the window; also for more than one argument or
// a slip of a command's name that is no file ("rnak"), which get an error naming the command.
bool wantsCommandLine(const QStringList &arguments);

// True for `mlplanner report ...`: the PDF summary, which needs Qt Gui (its own module).
bool isReportCommand(const QStringList &arguments);

// Runs `mlplanner <subcommand> ...`. arguments[0] is the program name. Returns the exit code:
// 0 on success; on error prints one line starting "error:" to `err` and writes nothing.
// FILE arguments are opened and created through `stores` (app/ passes storage's). `report`
// writes its PDF through `reports` (app/ passes report/'s; without one it says so).
int run(const QStringList &arguments, QTextStream &out, QTextStream &err, const Clock &clock,
        const StoreOpener &stores, const report::ReportWriter *reports = nullptr);

} // namespace cli
} // namespace mlp

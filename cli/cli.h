#pragma once

#include <QStringList>
#include <QTextStream>

namespace mlp {
class Clock;

namespace cli {

// True when the arguments ask for a subcommand, "help" or any option (--help, --version, or an
// unknown one, which gets an error) rather than the window.
bool wantsCommandLine(const QStringList &arguments);

// Runs `mlplanner <subcommand> ...`. arguments[0] is the program name. Returns the exit code:
// 0 on success; on error prints one line starting "error:" to `err` and writes nothing.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err, const Clock &clock);

} // namespace cli
} // namespace mlp

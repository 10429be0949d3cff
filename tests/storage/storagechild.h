#pragma once

// The storage tests that need a second process (a writer to kill, a second writer, a reader)
// start this test binary again; the child's work is chosen by `mode` (see storagechild.cpp).

#include <QByteArray>
#include <QProcess>
#include <QString>

namespace mlp::test {

// Modes:
//   write            writes and removes ideas forever, printing "ack <id>" after each commit
//   hold             opens for writing, prints "ready", waits to be killed
//   hold-after-write the same after one committed change
//   hold-with-wal    the same after three committed changes (ids 997-999): the file has a -wal
//   open-write       tries to open for writing; prints "opened" or "refused <code>: <message>"
//   read             opens for reading, loads, writes the portfolio as JSON to `outPath`,
//                    prints "loaded <count>" or "refused <code>: <message>"
QProcess *startChild(const QString &mode, const QString &path, const QString &outPath = {});
// Waits until `prefix` started `count` lines of the child's output (collected in `output`).
bool waitForLine(QProcess &process, const QByteArray &prefix, int count, QByteArray &output);
// Runs a child to its end and returns its standard output.
QByteArray runChild(const QString &mode, const QString &path, const QString &outPath = {});

} // namespace mlp::test

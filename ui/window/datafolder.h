#pragma once

#include <QString>

namespace mlp::ui {

// Where the window keeps the first-run sample portfolio: "<generic data>/mlplanner", for
// example ~/.local/share/mlplanner on Linux. Earlier versions used Qt's AppDataLocation,
// which doubled the folder (organisation and application are both "mlplanner").
QString dataFolder();
QString legacyDataFolder();

// Moves the sample portfolio (with its -wal and -shm companions, so no committed edit is lost)
// from `from` to `to` when it exists there and `to` has none yet, then removes `from` if it is
// left empty. Returns the sample's new path when it moved, else an empty string; on failure
// `error` says what went wrong and the sample stays where it was.
QString moveLegacySample(const QString &from, const QString &to, QString *error = nullptr);

} // namespace mlp::ui

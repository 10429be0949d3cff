#pragma once

// Internal to storage/: what to do with the -wal and -journal files found beside a
// portfolio that no live writer holds (see docs/file-format.md, "Files left beside a portfolio").

#include "core/domain/result.h"

#include <QString>
#include <QTemporaryDir>

namespace mlp::storage {

struct LeftoverFiles
{
    bool wal = false;     // a non-empty <file>-wal: changes that were never folded into the file
    bool journal = false; // a non-empty <file>-journal: a change that was interrupted
    bool any() const { return wal || journal; }
};

LeftoverFiles findLeftovers(const QString &path);

// What applying the leftovers would give, judged on a private copy; the file and its
// neighbours are only read.
struct LeftoverVerdict
{
    enum Kind {
        Belongs,  // written by the last session of this very file: applying them is recovery
        Unknown,  // the result is a sound portfolio, but nothing ties the -wal to this file
        Damaging, // the result is not a sound portfolio: applying them would destroy it
    };
    Kind kind = Damaging;
    Error error;      // for Unknown and Damaging: what happened and what the user can do
    QString copyPath; // the copy with the leftovers applied (inside the given folder)
};

// Copies the file and its leftovers into `scratch`, lets SQLite apply them to the copy, checks
// the result in full and compares the session mark of the copy with the file's own.
LeftoverVerdict judgeLeftovers(const QString &path, const LeftoverFiles &found,
                               const QTemporaryDir &scratch);

} // namespace mlp::storage

#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace mlp::io {

// Whether an export may be written to `path`: a regular file (or a link to one), or a name that
// does not exist yet. A folder, pipe, device or socket is refused: replacing it with a regular
// file would destroy it (as root, even /dev/null).
Status checkExportTarget(const QString &path);

// Writes `bytes` to `path` so that it is either completely replaced or left as it was: through
// a hidden temporary file beside it, checking every write, the fsync, the rename and the size
// that arrived; the folder is synced after the rename. A failure says why in words ("the disk
// is full") and leaves an existing file untouched.
Status writeFileSafely(const QString &path, const QByteArray &bytes);

// The same, for bytes written in parts as they are made (an export written as it is read):
// open(), write() as often as needed, then commit(). Until commit() succeeds the file at `path`
// is left as it was; a writer destroyed before that leaves it so too. After a failed call the
// others fail as well.
class SafeFileWriter
{
public:
    explicit SafeFileWriter(const QString &path);
    ~SafeFileWriter();
    SafeFileWriter(const SafeFileWriter &) = delete;
    SafeFileWriter &operator=(const SafeFileWriter &) = delete;

    Status open();
    Status write(QByteArrayView bytes);
    Status commit();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// A system error number in words a user can act on; a full disk says so.
QString systemErrorText(int errorNumber);

} // namespace mlp::io

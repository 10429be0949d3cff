#pragma once

// Internal to storage/: the lock that makes a portfolio's writer the only one.

#include "core/domain/result.h"

#include <QString>

namespace mlp::storage {

// A lock on one byte of the portfolio file (far past SQLite's own lock bytes), held through a
// file descriptor of its own for as long as the object lives.
//
// On Linux it is an open-file-description lock (F_OFD_SETLK), elsewhere flock(): both belong to
// that one descriptor, so code in the same process that opens and closes the file by another
// handle (a file dialog reading its type, a copy, SQLite itself) does not release it, unlike
// the POSIX record locks SQLite uses. The lock is on the file, not the name: a symlink, a hard
// link or another spelling of the path reach the same lock.
//
// The writer holds it exclusively. A reader holds it shared only while no writer exists, so
// that none can start while it reads a file that has no live writer (see PortfolioFile::open).
class FileLock
{
public:
    enum class Mode { Shared, Exclusive };
    enum class Outcome { Taken, HeldByWriter, Failed };

    FileLock() = default;
    ~FileLock();
    FileLock(FileLock &&other) noexcept;
    FileLock &operator=(FileLock &&other) noexcept;
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;

    // Tries to take the lock without blocking. An exclusive request waits a few seconds for
    // readers (which hold it only while they load) but never for a writer.
    // On Failed, `error` says why in words for the user.
    Outcome take(const QString &path, Mode mode, Error *error);
    bool held() const { return m_fd >= 0; }
    void release();

    // Whether a writer (in any process, this one included) holds the lock on `path`.
    static bool writerHolds(const QString &path);

    // Whether `a` and `b` name the same file (same device and inode), whatever the path.
    static bool sameFile(const QString &a, const QString &b);

private:
    int m_fd = -1;
};

} // namespace mlp::storage

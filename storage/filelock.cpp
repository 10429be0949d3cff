#include "storage/filelock.h"

#include "storage/sqlsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace mlp::storage {

namespace {

// SQLite locks bytes 0x40000000 to 0x400001FF (its "pending byte" page); ours lies past them so
// the two never interact. A lock past the end of the file is allowed and writes nothing.
constexpr off_t kLockByte = 0x40000000 + 0x400;

// How long an exclusive request waits for readers that are loading the file.
constexpr int kReaderWaitMs = 5000;
constexpr int kRetryMs = 20;

#if defined(F_OFD_SETLK)
int setLock(int fd, short type)
{
    struct flock lock = {};
    lock.l_type = type;
    lock.l_whence = SEEK_SET;
    lock.l_start = kLockByte;
    lock.l_len = 1;
    return ::fcntl(fd, F_OFD_SETLK, &lock);
}

// The kind of lock that stands in the way of `type`: F_UNLCK when none does, -1 on error.
int conflicting(int fd, short type)
{
    struct flock lock = {};
    lock.l_type = type;
    lock.l_whence = SEEK_SET;
    lock.l_start = kLockByte;
    lock.l_len = 1;
    if (::fcntl(fd, F_OFD_GETLK, &lock) != 0)
        return -1;
    return lock.l_type;
}
#else
int setLock(int fd, short type)
{
    return ::flock(fd, (type == F_WRLCK ? LOCK_EX : LOCK_SH) | LOCK_NB);
}

// flock() cannot ask who holds a lock: a shared request that fails means a writer.
int conflicting(int fd, short type)
{
    if (type == F_RDLCK) {
        if (::flock(fd, LOCK_SH | LOCK_NB) == 0) {
            ::flock(fd, LOCK_UN);
            return F_UNLCK;
        }
        return F_WRLCK;
    }
    return F_RDLCK;
}
#endif

bool isConflict(int error)
{
    return error == EAGAIN || error == EACCES || error == EWOULDBLOCK;
}

int openFor(const QString &path, bool write)
{
    // O_NONBLOCK: opening a named pipe must never wait; the file type is checked right after.
    return ::open(QFile::encodeName(path).constData(),
                  (write ? O_RDWR : O_RDONLY) | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
}

Error systemError(const QString &path, int error)
{
    const QString reason = QString::fromLocal8Bit(std::strerror(error));
    if (error == EACCES || error == EPERM || error == EROFS)
        return makeError(
            Error::Code::Io,
            QCoreApplication::translate("mlp",
                                        "%1 cannot be opened for changes (%2). Make the file "
                                        "writable, or save a copy elsewhere.")
                .arg(nativePath(path), reason));
    return makeError(
        Error::Code::Io,
        QCoreApplication::translate("mlp", "%1 cannot be read: %2").arg(nativePath(path), reason));
}

} // namespace

FileLock::~FileLock()
{
    release();
}

FileLock::FileLock(FileLock &&other) noexcept
    : m_fd(other.m_fd)
{
    other.m_fd = -1;
}

FileLock &FileLock::operator=(FileLock &&other) noexcept
{
    if (this != &other) {
        release();
        m_fd = other.m_fd;
        other.m_fd = -1;
    }
    return *this;
}

void FileLock::release()
{
    if (m_fd >= 0) {
        ::close(m_fd); // closing the descriptor drops its lock
        m_fd = -1;
    }
}

FileLock::Outcome FileLock::take(const QString &path, Mode mode, Error *error)
{
    release();
    const bool exclusive = mode == Mode::Exclusive;
    const int fd = openFor(path, exclusive);
    if (fd < 0) {
        *error = systemError(path, errno);
        return Outcome::Failed;
    }
    struct stat info = {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        const Status regular = checkRegularFile(path);
        *error = regular ? systemError(path, EINVAL) : regular.error();
        return Outcome::Failed;
    }
    const short type = exclusive ? F_WRLCK : F_RDLCK;
    for (int waited = 0;; waited += kRetryMs) {
        if (setLock(fd, type) == 0) {
            m_fd = fd;
            return Outcome::Taken;
        }
        const int failure = errno;
        if (!isConflict(failure)) {
            ::close(fd);
            *error = systemError(path, failure);
            return Outcome::Failed;
        }
        // A writer is never waited for; readers let go once they have loaded the file.
        if (!exclusive || conflicting(fd, type) == F_WRLCK || waited >= kReaderWaitMs) {
            ::close(fd);
            *error = makeError(Error::Code::Locked, lockedMessage(path));
            return Outcome::HeldByWriter;
        }
        QThread::msleep(kRetryMs);
    }
}

bool FileLock::writerHolds(const QString &path)
{
    const int fd = openFor(path, false);
    if (fd < 0)
        return false;
    struct stat info = {};
    const bool regular = ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode);
    const bool held = regular && conflicting(fd, F_RDLCK) == F_WRLCK;
    ::close(fd);
    return held;
}

bool FileLock::sameFile(const QString &a, const QString &b)
{
    struct stat first = {};
    struct stat second = {};
    return ::stat(QFile::encodeName(a).constData(), &first) == 0
        && ::stat(QFile::encodeName(b).constData(), &second) == 0 && first.st_dev == second.st_dev
        && first.st_ino == second.st_ino;
}

} // namespace mlp::storage

#include "core/io/savefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mlp::io {

namespace {

Error cannotWrite(const QString &path, const QString &reason)
{
    return makeError(Error::Code::Io,
                     QCoreApplication::translate("mlp", "%1: cannot write: %2")
                         .arg(QDir::toNativeSeparators(path), reason));
}

// Makes the rename itself durable. A file system that cannot sync folders says EINVAL.
int syncFolder(const QString &path)
{
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    int result = 0;
    if (::fsync(fd) != 0 && errno != EINVAL)
        result = errno;
    ::close(fd);
    return result;
}

} // namespace

QString systemErrorText(int errorNumber)
{
    switch (errorNumber) {
    case ENOSPC:
    case EDQUOT:
        return QCoreApplication::translate(
            "mlp", "the disk is full; free some space (or choose another disk) and try again");
    case EFBIG:
        return QCoreApplication::translate("mlp",
                                           "the file would be larger than this system allows");
    case EROFS:
        return QCoreApplication::translate("mlp", "the disk is read-only");
    case EACCES:
    case EPERM:
        return QCoreApplication::translate("mlp", "permission denied");
    default:
        return QString::fromLocal8Bit(std::strerror(errorNumber));
    }
}

Status checkExportTarget(const QString &path)
{
    struct stat st
    {
    };
    const QByteArray name = QFile::encodeName(path);
    if (::stat(name.constData(), &st) != 0)
        return Ok {}; // nothing there yet (or unreachable: writing will say why)
    if (S_ISREG(st.st_mode))
        return Ok {};
    const QString what = S_ISDIR(st.st_mode)
        ? QCoreApplication::translate("mlp", "is a folder")
        : QCoreApplication::translate("mlp", "is a device, pipe or socket, not a regular file");
    return makeError(
        Error::Code::Io,
        QCoreApplication::translate("mlp",
                                    "%1: %2; exports are written to regular files only (use - for "
                                    "standard output)")
            .arg(QDir::toNativeSeparators(path), what));
}

Status writeFileSafely(const QString &path, const QByteArray &bytes)
{
    if (Status target = checkExportTarget(path); !target)
        return target;
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    errno = 0;
    // Unbuffered: QSaveFile's own buffer hid a failed final flush, so a small export onto a
    // full disk "succeeded" as an empty file. The bytes are written here, every call checked.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        const int error = errno;
        return cannotWrite(
            path, error == ENOSPC || error == EDQUOT ? systemErrorText(error) : file.errorString());
    }
    const int fd = file.handle();
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            const int error = written < 0 ? errno : ENOSPC;
            file.cancelWriting();
            return cannotWrite(path, systemErrorText(error));
        }
        data += written;
        left -= written;
    }
    // QSaveFile ignores a failed fsync; a delayed-allocation file system reports a full disk
    // only there.
    if (::fsync(fd) != 0) {
        const int error = errno;
        file.cancelWriting();
        return cannotWrite(path, systemErrorText(error));
    }
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    if (const int error = syncFolder(path); error != 0)
        return cannotWrite(path, systemErrorText(error));
    const qint64 arrived = QFileInfo(path).size();
    if (arrived != bytes.size())
        return cannotWrite(
            path,
            QCoreApplication::translate("mlp", "%1 bytes were written, but the file holds %2")
                .arg(bytes.size())
                .arg(arrived));
    return Ok {};
}

} // namespace mlp::io

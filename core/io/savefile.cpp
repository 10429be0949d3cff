#include "core/io/savefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <optional>

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

struct SafeFileWriter::Private
{
    explicit Private(const QString &path)
        : path(path)
        , file(path)
    { }
    QString path;
    QSaveFile file;
    qint64 written = 0;
    std::optional<Error> failed;

    Status fail(const QString &reason)
    {
        if (file.isOpen())
            file.cancelWriting();
        failed = cannotWrite(path, reason);
        return *failed;
    }
};

SafeFileWriter::SafeFileWriter(const QString &path)
    : d(std::make_unique<Private>(path))
{ }

// QSaveFile's destructor removes the temporary file of an uncommitted write.
SafeFileWriter::~SafeFileWriter() = default;

Status SafeFileWriter::open()
{
    if (Status target = checkExportTarget(d->path); !target) {
        d->failed = target.error();
        return target;
    }
    d->file.setDirectWriteFallback(false);
    errno = 0;
    // Unbuffered: QSaveFile's own buffer hid a failed final flush, so a small export onto a
    // full disk "succeeded" as an empty file. The bytes are written here, every call checked.
    if (!d->file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        const int error = errno;
        return d->fail(error == ENOSPC || error == EDQUOT ? systemErrorText(error)
                                                          : d->file.errorString());
    }
    return Ok {};
}

Status SafeFileWriter::write(QByteArrayView bytes)
{
    if (d->failed)
        return *d->failed;
    const int fd = d->file.handle();
    const char *data = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return d->fail(systemErrorText(written < 0 ? errno : ENOSPC));
        data += written;
        left -= written;
    }
    d->written += bytes.size();
    return Ok {};
}

Status SafeFileWriter::commit()
{
    if (d->failed)
        return *d->failed;
    // QSaveFile ignores a failed fsync; a delayed-allocation file system reports a full disk
    // only there.
    if (::fsync(d->file.handle()) != 0)
        return d->fail(systemErrorText(errno));
    if (!d->file.commit())
        return d->fail(d->file.errorString());
    if (const int error = syncFolder(d->path); error != 0)
        return d->fail(systemErrorText(error));
    const qint64 arrived = QFileInfo(d->path).size();
    if (arrived != d->written)
        return d->fail(
            QCoreApplication::translate("mlp", "%1 bytes were written, but the file holds %2")
                .arg(d->written)
                .arg(arrived));
    return Ok {};
}

Status writeFileSafely(const QString &path, const QByteArray &bytes)
{
    SafeFileWriter file(path);
    if (Status opened = file.open(); !opened)
        return opened;
    if (Status written = file.write(bytes); !written)
        return written;
    return file.commit();
}

} // namespace mlp::io

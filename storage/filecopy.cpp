#include "storage/filecopy.h"

#include "storage/filelock.h"
#include "storage/sqliterows.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

namespace mlp::storage {

Status writeCopy(SqliteHandle db, const QString &path, const QString &targetPath)
{
    const QFileInfo target(targetPath);
    const QFileInfo self(path);
    const QString targetCanonical
        = target.exists() ? target.canonicalFilePath() : target.absoluteFilePath();
    if (targetCanonical == self.canonicalFilePath() || FileLock::sameFile(targetPath, path))
        return makeError(
            Error::Code::Invalid,
            QCoreApplication::translate(
                "mlp", "%1 is the open portfolio itself; choose another name for the copy.")
                .arg(nativePath(targetPath)));
    // Never replace a portfolio that another window or process has open.
    if (target.exists() && FileLock::writerHolds(targetPath))
        return makeError(Error::Code::Locked, lockedMessage(targetPath));

    // VACUUM INTO needs a name that does not exist yet: a fresh file beside the target, which
    // then replaces the target atomically through QSaveFile.
    QTemporaryFile staging(target.absolutePath() + QStringLiteral("/.") + target.fileName()
                           + QStringLiteral(".XXXXXX"));
    if (!staging.open())
        return makeError(Error::Code::Io,
                         QCoreApplication::translate("mlp", "The copy %1 cannot be written: %2")
                             .arg(nativePath(targetPath), staging.errorString()));
    staging.close();
    {
        SqliteRows vacuum(db, QStringLiteral("VACUUM INTO ?"));
        if (!vacuum.execute({ staging.fileName() }))
            return sqlError(path, vacuum.error(),
                            QT_TRANSLATE_NOOP("mlp", "writing the copy failed"));
    }
    {
        // The copy is a file of its own: without this session's mark, a -wal of the original
        // put beside the copy is never taken for the copy's own.
        Connection copy(staging.fileName(), OpenAs::Write);
        QSqlError e;
        if (!copy.open()
            || !exec(copy.db(),
                     QStringLiteral("DELETE FROM settings WHERE key = '%1'")
                         .arg(QLatin1String(kSessionKey)),
                     &e))
            return sqlError(targetPath, copy.db().isOpen() ? e : copy.db().lastError(),
                            QT_TRANSLATE_NOOP("mlp", "writing the copy failed"));
    }
    QFile source(staging.fileName());
    QSaveFile out(targetPath);
    if (!source.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Io,
                         QCoreApplication::translate("mlp", "The copy %1 cannot be written: %2")
                             .arg(nativePath(targetPath), out.errorString()));
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
            out.cancelWriting();
            return makeError(Error::Code::Io,
                             QCoreApplication::translate("mlp", "The copy %1 cannot be written: %2")
                                 .arg(nativePath(targetPath), out.errorString()));
        }
    }
    if (!out.commit())
        return makeError(Error::Code::Io,
                         QCoreApplication::translate("mlp", "The copy %1 cannot be written: %2")
                             .arg(nativePath(targetPath), out.errorString()));
    return Ok {};
}

} // namespace mlp::storage

#include "storage/leftovers.h"

#include "storage/schema.h"
#include "storage/sqlsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace mlp::storage {

namespace {

bool nonEmpty(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() && info.size() > 0;
}

bool copyPrivately(const QString &from, const QString &to)
{
    if (!QFile::copy(from, to))
        return false;
    return QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
}

// The session mark (see PortfolioFile) of the file at `path`, opened as `how`; empty if none.
QString sessionMark(const QString &path, OpenAs how)
{
    Connection connection(path, how);
    if (!connection.open())
        return {};
    return storedSessionMark(connection.handle());
}

QString walName(const QString &path)
{
    return nativePath(path + QStringLiteral("-wal"));
}

Error unknownWal(const QString &path)
{
    return makeError(
        Error::Code::Corrupt,
        QCoreApplication::translate(
            "mlp",
            "%1 holds changes that were not folded into %2, and they do not come from the last "
            "session that wrote %2 (the file may have been copied, restored or replaced). "
            "Nothing was changed. To keep %2 as it is, move %1 elsewhere; to fold the changes "
            "in anyway, run \"mlplanner check --recover\" on %2.")
            .arg(walName(path), nativePath(path)));
}

Error damagingLeftover(const QString &path, const LeftoverFiles &found, const Error &why)
{
    const QString side
        = nativePath(path + (found.wal ? QStringLiteral("-wal") : QStringLiteral("-journal")));
    return makeError(
        Error::Code::Corrupt,
        QCoreApplication::translate(
            "mlp",
            "%1 does not belong to %2: applying it would damage the portfolio (%3). Nothing was "
            "changed. Move %1 elsewhere and open %2 again.")
            .arg(side, nativePath(path), why.message));
}

} // namespace

LeftoverFiles findLeftovers(const QString &path)
{
    LeftoverFiles found;
    found.wal = nonEmpty(path + QStringLiteral("-wal"));
    found.journal = nonEmpty(path + QStringLiteral("-journal"));
    return found;
}

LeftoverVerdict judgeLeftovers(const QString &path, const LeftoverFiles &found,
                               const QTemporaryDir &scratch)
{
    LeftoverVerdict verdict;
    auto cannotCopy = [&] {
        verdict.kind = LeftoverVerdict::Damaging;
        verdict.error = makeError(
            Error::Code::Io,
            QCoreApplication::translate("mlp",
                                        "%1 cannot be checked: the temporary copy of it "
                                        "and the files beside it could not be written. "
                                        "Free some space and try again.")
                .arg(nativePath(path)));
        return verdict;
    };
    if (!scratch.isValid())
        return cannotCopy();

    // The file alone, as it is on disk: its own session mark.
    QString ownMark;
    if (found.wal) {
        const QString alone = scratch.filePath(QStringLiteral("alone.mlplan"));
        if (!copyPrivately(path, alone))
            return cannotCopy();
        ownMark = sessionMark(alone, OpenAs::Immutable);
    }

    // The file with its leftovers applied, as SQLite would apply them to the file itself.
    const QString copy = scratch.filePath(QStringLiteral("applied.mlplan"));
    if (!copyPrivately(path, copy)
        || (found.wal
            && !copyPrivately(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")))
        || (found.journal
            && !copyPrivately(path + QStringLiteral("-journal"),
                              copy + QStringLiteral("-journal"))))
        return cannotCopy();
    {
        Connection applied(copy, OpenAs::Write);
        if (!applied.open()) {
            // The copy was written: what stops SQLite opening it is SQLite's to say.
            verdict.kind = LeftoverVerdict::Damaging;
            verdict.error = sqlError(path, applied.lastError(),
                                     QT_TRANSLATE_NOOP("mlp", "opening the file failed"));
            return verdict;
        }
        // Messages name the real file, not the copy.
        const Status sound = verify(applied.db(), path, Integrity::Full);
        if (!sound) {
            verdict.kind = LeftoverVerdict::Damaging;
            verdict.error = damagingLeftover(path, found, sound.error());
            return verdict;
        }
        QSqlError ignored;
        // Fold them in, so the copy can be read without side files.
        exec(applied.db(), QStringLiteral("PRAGMA journal_mode = DELETE"), &ignored);
    }
    verdict.copyPath = copy;
    if (!found.wal) {
        // A rollback journal only restores pages the interrupted change overwrote; SQLite
        // checks its header against the file. Applying it is the recovery SQLite itself does.
        verdict.kind = LeftoverVerdict::Belongs;
        return verdict;
    }
    const QString appliedMark = sessionMark(copy, OpenAs::Immutable);
    if (!ownMark.isEmpty() && appliedMark == ownMark) {
        verdict.kind = LeftoverVerdict::Belongs;
    } else {
        verdict.kind = LeftoverVerdict::Unknown;
        verdict.error = unknownWal(path);
    }
    return verdict;
}

} // namespace mlp::storage

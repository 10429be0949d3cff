#include "ui/window/datafolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace mlp::ui {

namespace {

const QLatin1String kSample("sample.mlplan");
// The main file last: a half-done move leaves the old sample whole where it was.
const char *const kCompanions[] = { "-wal", "-shm", "-journal" };

} // namespace

QString dataFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("mlplanner"));
}

QString legacyDataFolder()
{
    return QDir(dataFolder()).filePath(QStringLiteral("mlplanner"));
}

QString moveLegacySample(const QString &from, const QString &to, QString *error)
{
    const QString oldPath = QDir(from).filePath(kSample);
    const QString newPath = QDir(to).filePath(kSample);
    if (!QFileInfo::exists(oldPath) || QFileInfo::exists(newPath))
        return {};
    const auto fail = [&](const QString &what) {
        // Put back what already moved, so the sample stays whole in its old place.
        for (const char *suffix : kCompanions) {
            if (QFileInfo::exists(newPath + QLatin1String(suffix)))
                QFile::rename(newPath + QLatin1String(suffix), oldPath + QLatin1String(suffix));
        }
        if (error)
            *error = what;
        return QString();
    };
    if (!QDir().mkpath(to))
        return fail(
            QStringLiteral("cannot create the folder %1").arg(QDir::toNativeSeparators(to)));
    for (const char *suffix : kCompanions) {
        const QString companion = oldPath + QLatin1String(suffix);
        if (QFileInfo::exists(companion)
            && !QFile::rename(companion, newPath + QLatin1String(suffix)))
            return fail(QStringLiteral("cannot move %1").arg(QDir::toNativeSeparators(companion)));
    }
    if (!QFile::rename(oldPath, newPath))
        return fail(QStringLiteral("cannot move %1").arg(QDir::toNativeSeparators(oldPath)));
    QDir().rmdir(from); // only succeeds when nothing else is left there
    return newPath;
}

} // namespace mlp::ui

#include "ui/common/uisettings.h"

#include "core/domain/systemuser.h"
#include "core/store/storelocation.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace mlp::ui {

const UiSettings &UiSettings::instance()
{
    static const UiSettings settings;
    return settings;
}

void UiSettings::addRecentFile(const QString &path) const
{
    const QString absolute = isSharedLocation(path) ? path : QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles.value();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    recentFiles.setValue(files);
}

void UiSettings::removeRecentFile(const QString &path) const
{
    QStringList files = recentFiles.value();
    if (files.removeAll(isSharedLocation(path) ? path : QFileInfo(path).absoluteFilePath()) > 0)
        recentFiles.setValue(files);
}

QString UiSettings::startFolder() const
{
    const QString folder = lastFolder.value();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString UiSettings::userName() const
{
    const QString remembered = lastUserName.value().trimmed();
    if (!remembered.isEmpty())
        return remembered;
    return systemUserName();
}

void UiSettings::rememberUserName(const QString &name) const
{
    if (!name.trimmed().isEmpty())
        lastUserName.setValue(name.trimmed());
}

} // namespace mlp::ui

#pragma once

#include "ui/common/settingvalue.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mlp::ui {

// Every setting the window keeps between runs, with its key and default. Portfolio settings
// (weights, thresholds) are not here: they belong to the file.
class UiSettings
{
public:
    static const UiSettings &instance();

    SettingValue<QByteArray> windowGeometry { QStringLiteral("window/geometry"), {} };
    SettingValue<QByteArray> windowState { QStringLiteral("window/state"), {} };
    SettingValue<QByteArray> splitterState { QStringLiteral("window/splitter"), {} };
    SettingValue<QByteArray> tableHeaderState { QStringLiteral("window/tableHeader"), {} };
    SettingValue<QStringList> recentFiles { QStringLiteral("files/recent"), {} };
    SettingValue<QString> lastFolder { QStringLiteral("files/lastFolder"), {} };
    // The server of the last shared portfolio opened (an address without a password, or a
    // service name), offered again by File ▸ Open Shared Portfolio.
    SettingValue<QString> lastServer { QStringLiteral("files/lastServer"), {} };
    SettingValue<int> chartColorMode { QStringLiteral("chart/colorMode"), 0 };
    SettingValue<int> chartSizeMode { QStringLiteral("chart/sizeMode"), 1 };
    SettingValue<QString> lastUserName { QStringLiteral("people/lastUserName"), {} };

    static constexpr int kMaxRecentFiles = 8;
    // Moves `path` to the front of the recent files, dropping duplicates and the oldest.
    void addRecentFile(const QString &path) const;
    void removeRecentFile(const QString &path) const;
    // The last folder used in a file dialog, or the user's documents folder.
    QString startFolder() const;
    // Who is making a change: the name last typed for it, else the operating system's user
    // (USER, then USERNAME); empty when none of them is known.
    QString userName() const;
    void rememberUserName(const QString &name) const; // an empty name is not remembered
};

} // namespace mlp::ui

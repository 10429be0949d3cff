#include "ui/window/application.h"

#include "core/domain/clock.h"
#include "core/domain/sample.h"
#include "core/store/storelocation.h"
#include "translations/translators.h"
#include "ui/common/uisettings.h"
#include "ui/document/document.h"
#include "ui/window/datafolder.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QStandardPaths>

#include <algorithm>

// The resources live in a static library: register them explicitly.
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace mlp::ui {

namespace {

QIcon applicationIcon()
{
    QIcon icon;
    for (const char *name :
         { "mlplanner-32.png", "mlplanner-64.png", "mlplanner-128.png", "mlplanner.png" })
        icon.addFile(QStringLiteral(":/icons/") + QLatin1String(name));
    return icon;
}

// The file to open when none is named: the last one used, else the sample portfolio, created
// in the user's data folder on first run. `created` says the sample was made just now.
QString defaultFile(MainWindow &window, const Clock &clock, bool *created)
{
    *created = false;
    for (const QString &path : UiSettings::instance().recentFiles.value()) {
        if (QFileInfo::exists(path))
            return path;
    }
    const QString folder = dataFolder();
    QDir().mkpath(folder);
    const QString sample = QDir(folder).filePath(QStringLiteral("sample.mlplan"));
    if (!QFileInfo::exists(sample)) {
        const Status made = window.document()->createFile(sample, samplePortfolio(clock.now()));
        if (!made)
            return {};
        window.document()->close();
        *created = true;
    }
    return sample;
}

// A sample made by an earlier version in the doubled folder moves to the new one, and the
// recent-files list follows it, so nobody loses the edits they made there.
void moveSampleFromLegacyFolder()
{
    const QString moved = moveLegacySample(legacyDataFolder(), dataFolder());
    if (moved.isEmpty())
        return;
    const QString old = QDir(legacyDataFolder()).filePath(QStringLiteral("sample.mlplan"));
    QStringList recent = UiSettings::instance().recentFiles.value();
    std::replace(recent.begin(), recent.end(), old, moved);
    UiSettings::instance().recentFiles.setValue(recent);
}

} // namespace

void applyLanguage()
{
    const QLocale locale = l10n::preferredLocale();
    l10n::installTranslators(locale);
    // Dates and numbers in the same language as the words ("2026. 10. 23.부터", not
    // "23 Oct 2026부터"), also when MLP_LANGUAGE differs from the system locale.
    QLocale::setDefault(locale);
}

int runApplication(QApplication &app)
{
    QApplication::setOrganizationName(QStringLiteral("mlplanner"));
    QApplication::setApplicationName(QStringLiteral("mlplanner"));
    QApplication::setApplicationDisplayName(QStringLiteral("ML Planner"));
    initResources();
    // The window's language follows the system locale (or MLP_LANGUAGE); the portfolio's own
    // data, such as quadrant names the user typed, is shown as stored.
    applyLanguage();
    QApplication::setWindowIcon(applicationIcon());

    static const SystemClock clock;
    MainWindow window(clock);

    moveSampleFromLegacyFolder();
    const QStringList arguments = QApplication::arguments();
    bool sampleCreated = false;
    const QString path
        = arguments.size() > 1 ? arguments.at(1) : defaultFile(window, clock, &sampleCreated);
    window.show();
    if (!path.isEmpty()) {
        if (!isSharedLocation(path) && !QFileInfo::exists(path)
            && QFileInfo(path).suffix().compare(QLatin1String("mlplan"), Qt::CaseInsensitive) == 0)
            window.newFile(path);
        else
            window.openFile(path);
    }
    if (sampleCreated) {
        // A new user should know which file they are editing and where it lives.
        window.showNote(
            QApplication::translate("mlp::ui::MainWindow",
                                    "A sample portfolio to try things on was created at %1. "
                                    "Every edit is saved there; File ▸ New starts your own.")
                .arg(QDir::toNativeSeparators(path)),
            30000);
    }
    return app.exec();
}

} // namespace mlp::ui

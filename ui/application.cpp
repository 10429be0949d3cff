#include "application.h"

#include "domain/clock.h"
#include "document.h"
#include "domain/sample.h"
#include "mainwindow.h"
#include "translators.h"
#include "uisettings.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QStandardPaths>

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
    for (const char *name : {"mlplanner-32.png", "mlplanner-64.png", "mlplanner-128.png", "mlplanner.png"})
        icon.addFile(QStringLiteral(":/icons/") + QLatin1String(name));
    return icon;
}

// The file to open when none is named: the last one used, else the sample portfolio, created
// in the user's data folder on first run.
QString defaultFile(MainWindow &window, const Clock &clock)
{
    for (const QString &path : UiSettings::instance().recentFiles.value()) {
        if (QFileInfo::exists(path))
            return path;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    const QString sample = QDir(folder).filePath(QStringLiteral("sample.mlplan"));
    if (!QFileInfo::exists(sample)) {
        const Status created = window.document()->createFile(sample, samplePortfolio(clock.now()));
        if (!created)
            return {};
        window.document()->close();
    }
    return sample;
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

    const QStringList arguments = QApplication::arguments();
    const QString path = arguments.size() > 1 ? arguments.at(1) : defaultFile(window, clock);
    window.show();
    if (!path.isEmpty()) {
        if (!QFileInfo::exists(path) && QFileInfo(path).suffix().compare(QLatin1String("mlplan"), Qt::CaseInsensitive) == 0)
            window.newFile(path);
        else
            window.openFile(path);
    }
    return app.exec();
}

} // namespace mlp::ui

#include "app/frontendmodule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace mlp::app {

namespace {

// The running executable's folder, without a QCoreApplication (the module creates the
// application object itself). A symlink to mlplanner (e.g. from /usr/local/bin) resolves to
// the folder of the real file, where its modules are.
QString executableFolder()
{
    const QFileInfo self(QStringLiteral("/proc/self/exe"));
    const QString target = self.canonicalFilePath();
    return target.isEmpty() ? QString() : QFileInfo(target).absolutePath();
}

} // namespace

QStringList moduleFolders()
{
    const QString here = executableFolder();
    if (here.isEmpty())
        return {};
    // MLP_MODULE_DIR is the install rules' module folder relative to the executable's
    // (app/CMakeLists.txt), e.g. "../lib/x86_64-linux-gnu/mlplanner".
    return { here, QDir::cleanPath(here + QLatin1Char('/') + QStringLiteral(MLP_MODULE_DIR)) };
}

void *loadModuleFunction(const QString &fileName, const char *symbol, QString *error)
{
    const QStringList folders = moduleFolders();
    QString path;
    for (const QString &folder : folders) {
        const QString candidate = QDir(folder).filePath(fileName);
        if (QFileInfo(candidate).isFile()) {
            path = candidate;
            break;
        }
    }
    if (path.isEmpty()) {
        *error = QCoreApplication::translate(
                     "mlp",
                     "The module %1 was not found next to mlplanner (looked in %2). Build it "
                     "with the rest of ML Planner (cmake --build ... --target mlplanner).")
                     .arg(fileName, folders.join(QStringLiteral(", ")));
        return nullptr;
    }
    // Loaded for good: the module's code runs until the process ends. A QLibrary that is
    // destroyed leaves its library loaded (only unload() unloads it), so none is kept.
    QLibrary library(path);
    library.setLoadHints(QLibrary::ResolveAllSymbolsHint);
    void *function = reinterpret_cast<void *>(library.resolve(symbol));
    if (!function) {
        *error = QCoreApplication::translate(
                     "mlp",
                     "The module %1 could not be loaded: %2. If that names a missing system "
                     "library, install ML Planner's dependencies (scripts/install-deps.sh); "
                     "otherwise rebuild ML Planner so that mlplanner and its modules come from "
                     "the same build.")
                     .arg(QDir::toNativeSeparators(path), library.errorString());
        return nullptr;
    }
    return function;
}

} // namespace mlp::app

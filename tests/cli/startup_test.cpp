// The built mlplanner, run as a process: a subcommand starts with Qt Core and Sql only, and the
// window is a module loaded only without a subcommand (app/CMakeLists.txt).
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibrary>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct ProgramRun
{
    int code = -1;
    QString out;
    QString err;
};

ProgramRun runProgram(const QString &program, const QStringList &arguments,
                      const QProcessEnvironment &environment
                      = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ProgramRun run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.code = process.exitCode();
    run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

// The shared libraries the dynamic loader loaded for `arguments`, from its own trace
// (LD_DEBUG=libs prints "calling init: /path/libX.so" for each one it initialises).
QStringList loadedLibraries(const QStringList &arguments, ProgramRun *run)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("libs"));
    environment.remove(QStringLiteral("LD_DEBUG_OUTPUT"));
    *run = runProgram(QStringLiteral(MLP_MLPLANNER), arguments, environment);
    QStringList libraries;
    static const QRegularExpression init(QStringLiteral("calling init: (\\S+)"));
    for (auto it = init.globalMatch(run->err); it.hasNext();)
        libraries << QFileInfo(it.next().captured(1)).fileName();
    return libraries;
}

// The window's libraries: none may be loaded by a subcommand.
void expectNoWindowLibraries(const QStringList &libraries, const QString &what)
{
    // The trace works: Qt Core is always there, so an empty list cannot pass by accident.
    EXPECT_TRUE(libraries.filter(QStringLiteral("libQt6Core.so")).size() == 1)
        << what.toStdString() << ": " << libraries.join(QLatin1Char(' ')).toStdString();
    for (const char *window : { "libQt6Widgets", "libQt6Gui", "libQt6Charts", "libX11", "libxcb",
                                "libGL", "libEGL", "libfontconfig", "libfreetype" }) {
        EXPECT_TRUE(libraries.filter(QLatin1String(window)).isEmpty())
            << what.toStdString() << " loads " << window;
    }
}

TEST(Startup, TheVersionLoadsNoWindowLibrary)
{
    ProgramRun run;
    const QStringList libraries = loadedLibraries({ QStringLiteral("--version") }, &run);
    EXPECT_EQ(run.code, 0) << run.err.right(2000).toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("mlplanner"))) << run.out.toStdString();
    expectNoWindowLibraries(libraries, QStringLiteral("--version"));
}

TEST(Startup, WritingAndReadingCommandsLoadNoWindowLibrary)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("sample.mlplan"));
    ProgramRun run;
    QStringList libraries
        = loadedLibraries({ QStringLiteral("new"), file, QStringLiteral("--sample") }, &run);
    ASSERT_EQ(run.code, 0) << run.err.right(2000).toStdString();
    expectNoWindowLibraries(libraries, QStringLiteral("new"));
    // The database driver is a plugin: it is loaded by a command that opens a file.
    EXPECT_FALSE(libraries.filter(QStringLiteral("libqsqlite")).isEmpty())
        << libraries.join(QLatin1Char(' ')).toStdString();

    libraries = loadedLibraries({ QStringLiteral("rank"), file }, &run);
    ASSERT_EQ(run.code, 0) << run.err.right(2000).toStdString();
    EXPECT_FALSE(run.out.isEmpty());
    expectNoWindowLibraries(libraries, QStringLiteral("rank"));
    // A reader opens the file through SQLite itself, and formulas' library waits for a formula.
    EXPECT_TRUE(libraries.filter(QStringLiteral("libqsqlite")).isEmpty())
        << libraries.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(libraries.filter(QStringLiteral("libmuparser")).isEmpty())
        << libraries.join(QLatin1Char(' ')).toStdString();

    libraries = loadedLibraries(
        { QStringLiteral("idea"), QStringLiteral("add"), file, QStringLiteral("Startup check") },
        &run);
    ASSERT_EQ(run.code, 0) << run.err.right(2000).toStdString();
    expectNoWindowLibraries(libraries, QStringLiteral("idea add"));
}

// muparser is loaded when a formula is first parsed, and then it works as if linked.
TEST(Startup, AFormulaLoadsItsLibraryWhenItIsUsed)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("formula.mlplan"));
    ProgramRun run = runProgram(QStringLiteral(MLP_MLPLANNER),
                                { QStringLiteral("new"), file, QStringLiteral("--sample") });
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    for (const QStringList &step :
         { QStringList { QStringLiteral("define"), QStringLiteral("accuracy") },
           QStringList { QStringLiteral("define"), QStringLiteral("latency"),
                         QStringLiteral("--direction"), QStringLiteral("lower") },
           QStringList { QStringLiteral("result"), QStringLiteral("large"),
                         QStringLiteral("accuracy=0.9"), QStringLiteral("latency=90") },
           QStringList { QStringLiteral("result"), QStringLiteral("small"),
                         QStringLiteral("accuracy=0.8"), QStringLiteral("latency=20") } }) {
        QStringList arguments { QStringLiteral("metric"), step.first(), file, QStringLiteral("1") };
        arguments << step.mid(1);
        run = runProgram(QStringLiteral(MLP_MLPLANNER), arguments);
        ASSERT_EQ(run.code, 0) << arguments.join(QLatin1Char(' ')).toStdString() << ": "
                               << run.err.toStdString();
    }
    QStringList libraries = loadedLibraries({ QStringLiteral("metric"), QStringLiteral("rule"),
                                              file, QStringLiteral("1"), QStringLiteral("formula"),
                                              QStringLiteral("accuracy - latency / 100") },
                                            &run);
    ASSERT_EQ(run.code, 0) << run.err.right(2000).toStdString();
    EXPECT_EQ(libraries.filter(QStringLiteral("libmuparser")).size(), 1)
        << libraries.join(QLatin1Char(' ')).toStdString();

    // 0.8 - 0.2 = 0.6 beats 0.9 - 0.9 = 0: the formula was evaluated, not just loaded.
    run = runProgram(QStringLiteral(MLP_MLPLANNER),
                     { QStringLiteral("metric"), QStringLiteral("rank"), file, QStringLiteral("1"),
                       QStringLiteral("--json") });
    ASSERT_EQ(run.code, 0) << run.err.toStdString();
    QHash<QString, QJsonObject> models;
    for (const QJsonValue &model : QJsonDocument::fromJson(run.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("models"))
                                       .toArray())
        models.insert(model[QStringLiteral("model")].toString(), model.toObject());
    ASSERT_TRUE(models.contains(QStringLiteral("small"))
                && models.contains(QStringLiteral("large")))
        << run.out.toStdString();
    EXPECT_NEAR(models[QStringLiteral("small")][QStringLiteral("value")].toDouble(), 0.6, 1e-9);
    EXPECT_EQ(models[QStringLiteral("small")][QStringLiteral("rank")].toInt(), 1);
    EXPECT_NEAR(models[QStringLiteral("large")][QStringLiteral("value")].toDouble(), 0.0, 1e-9);
    EXPECT_EQ(models[QStringLiteral("large")][QStringLiteral("rank")].toInt(), 2);
}

#ifdef MLP_WINDOW_MODULE

// The module mlplanner loads for the window exports its entry point and loads with every
// symbol resolved (a missing one would otherwise show only when a user opens the window).
TEST(Startup, TheWindowModuleLoadsAndExportsItsEntry)
{
    QLibrary module(QStringLiteral(MLP_WINDOW_MODULE));
    module.setLoadHints(QLibrary::ResolveAllSymbolsHint);
    ASSERT_TRUE(module.load()) << module.errorString().toStdString();
    EXPECT_NE(module.resolve("mlplanner_window_main"), nullptr);
    // The static libraries inside it stay private: nothing of the core is exported.
    EXPECT_EQ(module.resolve("_ZN3mlp7storage11storeOpenerEv"), nullptr);
}

// Without its module beside it, mlplanner still runs every subcommand, and asked for the
// window it says what is missing instead of failing to start.
TEST(Startup, WithoutTheWindowModuleTheWindowIsRefusedWithAMessage)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("mlplanner"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(MLP_MLPLANNER), copy));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    ProgramRun run = runProgram(copy, {}, environment);
    EXPECT_EQ(run.code, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("mlplanner-window.so was not found")))
        << run.err.toStdString();
    // The folders searched are named, as the executable's canonical folder.
    EXPECT_TRUE(run.err.contains(QFileInfo(dir.path()).canonicalFilePath()))
        << run.err.toStdString();

    run = runProgram(copy, { QStringLiteral("--version") });
    EXPECT_EQ(run.code, 0) << run.err.toStdString();
}

// Without a display the window is refused with a message, before Qt would abort the process for
// want of one; a mistyped command never reaches the window at all.
TEST(Startup, WithoutADisplayTheWindowIsRefusedWithAMessage)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *variable : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        environment.remove(QLatin1String(variable));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    ProgramRun run = runProgram(QStringLiteral(MLP_MLPLANNER), {}, environment);
    EXPECT_EQ(run.code, 2) << run.err.toStdString();
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("error: the window needs a graphical session")))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("mlplanner --help"))) << run.err.toStdString();

    run = runProgram(QStringLiteral(MLP_MLPLANNER),
                     { QStringLiteral("rnak"), QStringLiteral("team.mlplan") }, environment);
    EXPECT_EQ(run.code, 2) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("did you mean 'rank'?"))) << run.err.toStdString();
}

// The PDF summary's module is loaded the same way, only by `report`.
TEST(Startup, TheReportModuleLoadsAndExportsItsEntry)
{
    QLibrary module(QStringLiteral(MLP_REPORT_MODULE));
    module.setLoadHints(QLibrary::ResolveAllSymbolsHint);
    ASSERT_TRUE(module.load()) << module.errorString().toStdString();
    EXPECT_NE(module.resolve("mlplanner_report_main"), nullptr);
    EXPECT_EQ(module.resolve("_ZN3mlp7storage11storeOpenerEv"), nullptr);
}

TEST(Startup, WithoutTheReportModuleReportSaysWhatIsMissing)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("mlplanner"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(MLP_MLPLANNER), copy));
    const QString file = dir.filePath(QStringLiteral("s.mlplan"));
    ASSERT_EQ(runProgram(copy, { QStringLiteral("new"), file, QStringLiteral("--sample") }).code,
              0);

    const ProgramRun run = runProgram(
        copy, { QStringLiteral("report"), file, dir.filePath(QStringLiteral("out.pdf")) });
    EXPECT_EQ(run.code, 2);
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("error: "))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("mlplanner-report.so was not found")))
        << run.err.toStdString();
    // Nothing is written, and advice meant for the window is not given here.
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("out.pdf"))));
    EXPECT_FALSE(run.err.contains(QStringLiteral("--help"))) << run.err.toStdString();
}

// With its module, `report` loads Qt Gui for its fonts but never the window's libraries.
TEST(Startup, ReportLoadsGuiButNoWidgets)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("s.mlplan"));
    ProgramRun run;
    loadedLibraries({ QStringLiteral("new"), file, QStringLiteral("--sample") }, &run);
    ASSERT_EQ(run.code, 0) << run.err.right(2000).toStdString();
    const QStringList libraries
        = loadedLibraries({ QStringLiteral("report"), file, dir.filePath(QStringLiteral("out.pdf")),
                            QStringLiteral("--sections"), QStringLiteral("cover") },
                          &run);
    ASSERT_EQ(run.code, 0) << run.err.right(2000).toStdString();
    EXPECT_FALSE(libraries.filter(QStringLiteral("libQt6Gui")).isEmpty());
    for (const char *window : { "libQt6Widgets", "libQt6Charts" })
        EXPECT_TRUE(libraries.filter(QLatin1String(window)).isEmpty()) << window;
}

#else

TEST(Startup, ACommandLineOnlyBuildSaysSoWithoutASubcommand)
{
    const ProgramRun run = runProgram(QStringLiteral(MLP_MLPLANNER), {});
    EXPECT_EQ(run.code, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("MLP_BUILD_WINDOW=OFF"))) << run.err.toStdString();
}

#endif

} // namespace

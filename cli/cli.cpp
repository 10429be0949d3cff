#include "cli/cli.h"

#include "cli/command.h"
#include "cli/visibleutf8.h"
#include "core/domain/validation.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileDevice>
#include <QFileInfo>

#include <algorithm>
#include <numeric>

#include <sys/stat.h>

namespace mlp::cli {

namespace {

const QString kProgram = QStringLiteral("mlplanner");

const QList<Command> &commands()
{
    static const QList<Command> all { newCommand(),       importCommand(),   exportCommand(),
                                      rankCommand(),      moveCommand(),     outcomeCommand(),
                                      historyCommand(),   logCommand(),      flowCommand(),
                                      explainCommand(),   triggersCommand(), checkCommand(),
                                      readinessCommand(), reportCommand(),   publishCommand(),
                                      pullCommand() };
    static const QList<Command> withEditing = all + editingCommands();
    return withEditing;
}

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

// How many letters must be inserted, removed or replaced to turn `a` into `b` (Levenshtein).
qsizetype editDistance(const QString &a, const QString &b)
{
    QList<qsizetype> row(b.size() + 1);
    std::iota(row.begin(), row.end(), 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype above = row[j];
            row[j] = std::min(
                { above + 1, row[j - 1] + 1, diagonal + (a[i - 1].toLower() == b[j - 1] ? 0 : 1) });
            diagonal = above;
        }
    }
    return row[b.size()];
}

// The command `name` is most likely a slip of ("rnak", "Rank", "histroy"): none when no
// command is within two letters of it.
const Command *nearestCommand(const QString &name)
{
    const Command *nearest = nullptr;
    qsizetype best = 3;
    for (const Command &command : commands()) {
        const qsizetype distance = editDistance(name, command.name);
        if (distance < best) {
            best = distance;
            nearest = &command;
        }
    }
    return nearest;
}

// What is said of a first argument that names no command.
QString unknownCommand(const QString &name)
{
    if (const Command *nearest = nearestCommand(name))
        return QCoreApplication::translate("mlp",
                                           "unknown command '%1'; did you mean '%2'? (see '%3 "
                                           "--help')")
            .arg(name, nearest->name, kProgram);
    if (QFileInfo::exists(name) || name.endsWith(QLatin1String(".mlplan"), Qt::CaseInsensitive))
        return QCoreApplication::translate("mlp",
                                           "'%1' is not a command, and the window opens one file "
                                           "at a time: '%2 FILE'. The commands are in '%2 "
                                           "--help'.")
            .arg(name, kProgram);
    return QCoreApplication::translate("mlp", "unknown command '%1' (see '%2 --help')")
        .arg(name, kProgram);
}

// The project's version, from CMake (core/CMakeLists.txt).
QString version()
{
    return QStringLiteral(MLP_VERSION);
}

QCommandLineOption helpOption()
{
    return QCommandLineOption({ QStringLiteral("h"), QStringLiteral("help") },
                              QCoreApplication::translate("mlp", "Show this help."));
}

QCommandLineOption versionOption()
{
    return QCommandLineOption({ QStringLiteral("v"), QStringLiteral("version") },
                              QCoreApplication::translate("mlp", "Show the version."));
}

// Qt's help text starts with a usage line naming the running executable; ours names the
// program and the subcommand instead.
QString withUsage(const QString &qtHelp, const QString &synopsis)
{
    const qsizetype endOfFirstLine = qtHelp.indexOf(QLatin1Char('\n'));
    return QCoreApplication::translate("mlp", "Usage: %1").arg(synopsis)
        + (endOfFirstLine < 0 ? QStringLiteral("\n") : qtHelp.mid(endOfFirstLine));
}

QStringList syntaxWords(const Command &command)
{
    return QString(command.syntax).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

void setUp(QCommandLineParser &parser, const Command &command)
{
    parser.setApplicationDescription(QCoreApplication::translate("mlp", command.summary));
    parser.addOption(helpOption());
    command.configure(parser);
}

QString commandHelp(const Command &command)
{
    QCommandLineParser parser;
    setUp(parser, command);
    QString synopsis = kProgram + QLatin1Char(' ') + command.name + QStringLiteral(" [options]");
    if (!QString(command.syntax).isEmpty())
        synopsis += QLatin1Char(' ') + command.syntax;
    return withUsage(parser.helpText(), synopsis);
}

void setUpTopLevel(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "mlp", "ML Planner: score, rank and track ML project ideas kept in a portfolio file."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addOption(helpOption());
    parser.addOption(versionOption());
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("mlp", "The command to run (see below)."),
        QStringLiteral("COMMAND [ARGUMENTS...]"));
}

QString topLevelHelp()
{
    QCommandLineParser parser;
    setUpTopLevel(parser);
    QString text = withUsage(parser.helpText(),
                             kProgram + QStringLiteral(" [options] COMMAND [ARGUMENTS...]"));
    text += QLatin1Char('\n') + QCoreApplication::translate("mlp", "Commands:") + QLatin1Char('\n');
    qsizetype width = 0;
    for (const Command &command : commands())
        width = std::max(width, command.name.size());
    for (const Command &command : commands()) {
        text += QStringLiteral("  ") + QString(command.name).leftJustified(width + 2)
            + QCoreApplication::translate("mlp", command.summary) + QLatin1Char('\n');
    }
    text += QLatin1Char('\n')
        + QCoreApplication::translate(
              "mlp",
              "Run '%1 help COMMAND' or '%1 COMMAND --help' for a command's "
              "arguments and options.")
              .arg(kProgram)
        + QLatin1Char('\n')
        + QCoreApplication::translate("mlp",
                                      "Without a command, or with a file name, the window opens.")
        + QLatin1Char('\n');
    return text;
}

int runCommand(Context &context, const Command &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    setUp(parser, command);
    const QString seeHelp
        = QCoreApplication::translate("mlp", "(see '%1 %2 --help')").arg(kProgram, command.name);
    if (!parser.parse(QStringList { kProgram + QLatin1Char(' ') + command.name } + arguments))
        return fail(context, UsageError, parser.errorText() + QLatin1Char(' ') + seeHelp);
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << commandHelp(command);
        return Success;
    }

    const QStringList words = syntaxWords(command);
    const QStringList given = parser.positionalArguments();
    for (qsizetype i = given.size(); i < words.size(); ++i) {
        if (!words[i].startsWith(QLatin1Char('[')))
            return fail(context, UsageError,
                        QCoreApplication::translate("mlp", "%1: missing %2 %3")
                            .arg(command.name, words[i], seeHelp));
    }
    // A last word holding "..." takes any number of arguments (an action and its own).
    const bool variadic = !words.isEmpty() && words.last().contains(QLatin1String("..."));
    if (!variadic && given.size() > words.size())
        return fail(context, UsageError,
                    QCoreApplication::translate("mlp", "%1: unexpected argument '%2' %3")
                        .arg(command.name, given[words.size()], seeHelp));
    return command.execute(context, parser);
}

int dispatch(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpTopLevel(parser);
    const QStringList argv = arguments.isEmpty() ? QStringList { kProgram } : arguments;
    if (!parser.parse(argv))
        return fail(context, UsageError,
                    parser.errorText() + QLatin1Char(' ')
                        + QCoreApplication::translate("mlp", "(see '%1 --help')").arg(kProgram));
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << topLevelHelp();
        return Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        context.out << kProgram << QLatin1Char(' ') << version() << QLatin1Char('\n');
        return Success;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return fail(
            context, UsageError,
            QCoreApplication::translate("mlp", "no command given (see '%1 --help')").arg(kProgram));

    const QString name = positional.first();
    const QStringList rest = positional.mid(1);
    if (name == QLatin1String("help")) {
        if (rest.isEmpty()) {
            context.out << topLevelHelp();
            return Success;
        }
        if (rest.size() > 1)
            return fail(context, UsageError,
                        QCoreApplication::translate("mlp", "help: unexpected argument '%1'")
                            .arg(rest.at(1)));
        const Command *command = findCommand(rest.first());
        if (!command)
            return fail(context, UsageError, unknownCommand(rest.first()));
        context.out << commandHelp(*command);
        return Success;
    }

    const Command *command = findCommand(name);
    if (!command)
        return fail(context, UsageError, unknownCommand(name));
    return runCommand(context, *command, rest);
}

} // namespace

namespace {

// Standard output, as run() writes it: the command's text (made visible) in the order it was
// written, then bytes streamed or handed over as UTF-8.
class StandardOutput final : public OutputStream
{
public:
    StandardOutput(QTextStream &out, QTextStream &bufferedOut, QString &text)
        : m_out(out)
        , m_bufferedOut(bufferedOut)
        , m_text(text)
    { }

    // Writes the text the command wrote so far.
    void writeText()
    {
        m_bufferedOut.flush();
        if (m_text.isEmpty())
            return;
        m_out << visibleText(m_text, true);
        m_out.flush();
        m_text.clear();
        m_ok = m_ok && m_out.status() == QTextStream::Ok;
    }

    bool write(QByteArrayView bytes) override
    {
        writeText();
        if (!m_ok || bytes.isEmpty())
            return m_ok;
        const QByteArray visible = isVisibleUtf8(bytes)
            ? QByteArray::fromRawData(bytes.data(), bytes.size())
            : visibleUtf8(bytes.toByteArray());
        if (QIODevice *device = m_out.device()) {
            m_ok = device->write(visible) == visible.size();
        } else {
            m_out << QString::fromUtf8(visible);
            m_out.flush();
            m_ok = m_out.status() == QTextStream::Ok;
        }
        return m_ok;
    }

    bool mayStall() const override
    {
        const auto *file = qobject_cast<const QFileDevice *>(m_out.device());
        struct stat st
        {
        };
        return file && file->handle() >= 0 && ::fstat(file->handle(), &st) == 0
            && (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode));
    }

    // Everything written reaches the file (or terminal) behind standard output.
    bool finish()
    {
        writeText();
        if (auto *file = qobject_cast<QFileDevice *>(m_out.device()))
            m_ok = file->flush() && m_ok;
        return m_ok;
    }

private:
    QTextStream &m_out;
    QTextStream &m_bufferedOut;
    QString &m_text;
    bool m_ok = true;
};

} // namespace

bool wantsCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    // Any option, known or not, is the command line's: an unknown one gets its "error:" line
    // and exit code 2 instead of reaching the window (which needs a display). A lone "-" is
    // not an option.
    if (first.startsWith(QLatin1Char('-')) && first.size() > 1)
        return true;
    if (first == QLatin1String("help") || findCommand(first) != nullptr)
        return true;
    // The window opens one file: more arguments, or a word that is no file but a slip of a
    // command's name, were meant for the command line, which says what is wrong ("did you mean
    // 'rank'?") rather than a window opening a file that does not exist.
    if (arguments.size() > 2)
        return true;
    return !QFileInfo::exists(first) && nearestCommand(first) != nullptr;
}

bool isReportCommand(const QStringList &arguments)
{
    return arguments.size() > 1 && arguments.at(1) == QLatin1String("report");
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err, const Clock &clock,
        const StoreOpener &stores, const report::ReportWriter *reports)
{
    // Everything a command prints passes through visibleText: a name or reason holding an
    // escape sequence (ESC ]0;… BEL, ESC [2J) must never reach the terminal raw. Validated text
    // holds no such character, so this only shows what a damaged file or an argument carried.
    QString outText;
    QString errText;
    QByteArray outBytes;
    QTextStream bufferedOut(&outText);
    QTextStream bufferedErr(&errText);
    StandardOutput stream(out, bufferedOut, outText);
    Context context { bufferedOut, bufferedErr, clock, stores, outBytes, stream, reports };
    int code = dispatch(context, arguments);
    bufferedErr.flush();
    if (!outBytes.isEmpty())
        stream.write(outBytes);
    const bool written = stream.finish();
    if (!written && code == Success) {
        errText = QStringLiteral("error: ")
            + QCoreApplication::translate("mlp", "cannot write to standard output")
            + QLatin1Char('\n');
        code = Refused;
    }
    err << visibleText(errText, true);
    err.flush();
    return code;
}

} // namespace mlp::cli

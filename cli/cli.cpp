#include "cli/cli.h"

#include "cli/command.h"
#include "core/domain/validation.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileDevice>

#include <algorithm>

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
            return fail(context, UsageError,
                        QCoreApplication::translate("mlp", "unknown command '%1' (see '%2 --help')")
                            .arg(rest.first(), kProgram));
        context.out << commandHelp(*command);
        return Success;
    }

    const Command *command = findCommand(name);
    if (!command)
        return fail(context, UsageError,
                    QCoreApplication::translate("mlp", "unknown command '%1' (see '%2 --help')")
                        .arg(name, kProgram));
    return runCommand(context, *command, rest);
}

} // namespace

namespace {

// True when `bytes` is valid UTF-8 that visibleText(…, true) would leave as it is: then it is
// written without a round trip through UTF-16 (hundreds of megabytes for a large export).
bool isVisibleUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const uchar *const end = p + bytes.size();
    while (p < end) {
        const uchar c = *p;
        if (c < 0x80) {
            if ((c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7F)
                return false;
            ++p;
            continue;
        }
        int following = 0;
        char32_t code = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            following = 1;
            code = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            following = 2;
            code = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            following = 3;
            code = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= following)
            return false;
        for (int i = 1; i <= following; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (p[i] & 0x3F);
        }
        const bool overlong
            = (following == 2 && code < 0x800) || (following == 3 && code < 0x10000);
        const bool surrogate = code >= 0xD800 && code <= 0xDFFF;
        const bool c1Control = code >= 0x80 && code <= 0x9F;
        if (overlong || surrogate || c1Control || code > 0x10FFFF)
            return false;
        p += following + 1;
    }
    return true;
}

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
    return first == QLatin1String("help") || findCommand(first) != nullptr;
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
    Context context { bufferedOut, bufferedErr, clock, stores, outBytes, reports };
    int code = dispatch(context, arguments);
    bufferedOut.flush();
    bufferedErr.flush();
    out << visibleText(outText, true);
    out.flush();
    bool written = out.status() == QTextStream::Ok;
    if (!outBytes.isEmpty() && written) {
        if (!isVisibleUtf8(outBytes))
            outBytes = visibleText(QString::fromUtf8(outBytes), true).toUtf8();
        if (QIODevice *device = out.device()) {
            written = device->write(outBytes) == outBytes.size();
            if (auto *file = qobject_cast<QFileDevice *>(device))
                written = file->flush() && written;
        } else {
            out << QString::fromUtf8(outBytes);
            out.flush();
            written = out.status() == QTextStream::Ok;
        }
    }
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

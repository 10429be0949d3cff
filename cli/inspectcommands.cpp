#include "cli/command.h"
#include "cli/texttable.h"

#include "core/domain/lifecycle.h"
#include "core/domain/scoring.h"

#include <QCoreApplication>

namespace mlp::cli {

namespace {

void configureExplain(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("mlp", "The portfolio file."));
    parser.addPositionalArgument(QStringLiteral("IDEA"),
                                 QCoreApplication::translate("mlp", "The idea's id or name."));
}

int executeExplain(Context &context, const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    const auto opened = openPortfolio(context.stores, arguments.at(0));
    if (!opened)
        return fail(context, Refused, opened.error().message);
    const Portfolio &portfolio = opened->portfolio;
    const auto index = resolveIdea(portfolio, arguments.at(1));
    if (!index)
        return fail(context, Refused, index.error().message);
    QString text
        = explainText(explain(portfolio.ideas.at(*index), portfolio.config), portfolio.config);
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    context.out << text;
    return Success;
}

void configureTriggers(QCommandLineParser &) { }

int executeTriggers(Context &context, const QCommandLineParser &)
{
    TextTable table({ QCoreApplication::translate("mlp", "from"),
                      QCoreApplication::translate("mlp", "to"),
                      QCoreApplication::translate("mlp", "trigger"),
                      QCoreApplication::translate("mlp", "description") });
    for (const BackwardTrigger &trigger : backwardTriggers())
        table.addRow({ stageKey(trigger.from), stageKey(trigger.to), trigger.id, trigger.text });
    context.out << table.toString();
    return Success;
}

void configureCheck(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("mlp", "The portfolio file."));
    parser.addOption(QCommandLineOption(
        QStringLiteral("recover"),
        QCoreApplication::translate(
            "mlp",
            "Fold a leftover FILE-wal into the file although nothing ties it to the "
            "file's last session, if the result is a sound portfolio. Changes the file.")));
}

// Reads the file (never changing it or the files beside it), runs the full integrity check
// and checks every value. With --recover it first folds in a leftover -wal on the user's say.
int executeCheck(Context &context, const QCommandLineParser &parser)
{
    const QString path = parser.positionalArguments().at(0);
    if (parser.isSet(QStringLiteral("recover"))) {
        if (const Status recovered = context.stores.recover(path); !recovered)
            return fail(context, Refused, recovered.error().message);
    }
    const auto opened = openPortfolio(context.stores, path, PortfolioStore::Access::Read);
    if (!opened)
        return fail(context, Refused, opened.error().message);
    if (const Status intact = opened->file->checkIntegrity(); !intact)
        return fail(context, Refused, intact.error().message);
    const Portfolio &portfolio = opened->portfolio;
    if (const Status config = validateConfig(portfolio.config); !config)
        return fail(context, Refused, path + QStringLiteral(": ") + config.error().message);
    for (const Idea &idea : portfolio.ideas) {
        if (const Status valid = validateIdea(idea); !valid)
            return fail(context, Refused, path + QStringLiteral(": ") + valid.error().message);
    }
    context.out << QCoreApplication::translate("mlp", "%1: ok, %n idea(s).", nullptr,
                                               int(portfolio.ideas.size()))
                       .arg(path)
                << QLatin1Char('\n');
    return Success;
}

} // namespace

Command explainCommand()
{
    return { QLatin1String("explain"),
             QT_TRANSLATE_NOOP(
                 "mlp", "Explain an idea's score: how much each answer moved each coordinate."),
             QLatin1String("FILE IDEA"), configureExplain, executeExplain };
}

Command triggersCommand()
{
    return { QLatin1String("triggers"),
             QT_TRANSLATE_NOOP("mlp", "List the course's catalogued triggers for backward moves."),
             QLatin1String(), configureTriggers, executeTriggers };
}

Command checkCommand()
{
    return { QLatin1String("check"),
             QT_TRANSLATE_NOOP(
                 "mlp", "Open a portfolio file, check its integrity and values, change nothing."),
             QLatin1String("FILE"), configureCheck, executeCheck };
}

} // namespace mlp::cli

#include "cli/command.h"

#include "core/domain/clock.h"
#include "core/domain/lifecycle.h"

#include <QCoreApplication>

namespace mlp::cli {

namespace {

void configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("mlp", "The portfolio file."));
    parser.addPositionalArgument(QStringLiteral("IDEA"),
                                 QCoreApplication::translate("mlp", "The idea's id or name."));
    parser.addPositionalArgument(
        QStringLiteral("OUTCOME"),
        QCoreApplication::translate("mlp", "The outcome: %1.").arg(outcomeKeyList()));
    parser.addOption(QCommandLineOption(
        QStringLiteral("reason"),
        QCoreApplication::translate("mlp", "Why; shelving a project needs a reason."),
        QStringLiteral("TEXT")));
}

int execute(Context &context, const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    const QString path = arguments.at(0);
    const auto outcome = outcomeFromKey(arguments.at(2));
    if (!outcome)
        return fail(context, UsageError,
                    QCoreApplication::translate("mlp", "unknown outcome '%1'; use one of %2")
                        .arg(arguments.at(2), outcomeKeyList()));

    const QString reason = parser.value(QStringLiteral("reason"));
    Idea idea;
    const int code = changeIdea(
        context, path, arguments.at(1),
        [&](const Idea &current) {
            return setIdeaOutcome(current, *outcome, reason, context.clock.now());
        },
        idea);
    if (code != Success)
        return code;

    context.out << QCoreApplication::translate("mlp", "\"%1\" is now %2.")
                       .arg(idea.name, outcomeKey(*outcome))
                << QLatin1Char('\n');
    return Success;
}

} // namespace

Command outcomeCommand()
{
    return { QLatin1String("outcome"),
             QT_TRANSLATE_NOOP("mlp", "Mark an idea active, shipped, or shelved with a reason."),
             QLatin1String("FILE IDEA OUTCOME"), configure, execute };
}

} // namespace mlp::cli

#include "cli/command.h"

#include "core/domain/clock.h"
#include "core/domain/lifecycle.h"
#include "core/domain/systemuser.h"

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
        QStringLiteral("STAGE"),
        QCoreApplication::translate("mlp", "The stage to move to: %1.").arg(stageKeyList()));
    parser.addOption(QCommandLineOption(
        QStringLiteral("reason"),
        QCoreApplication::translate("mlp", "Why; a backward move needs this or --trigger."),
        QStringLiteral("TEXT")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("trigger"),
        QCoreApplication::translate("mlp",
                                    "A catalogued trigger for a backward move (see '%1 triggers').")
            .arg(QStringLiteral("mlplanner")),
        QStringLiteral("ID")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("override-checklist"),
                           QCoreApplication::translate(
                               "mlp",
                               "Leave planning although the feasibility checklist is not answered; "
                               "the note is recorded."),
                           QStringLiteral("NOTE")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("who"),
        QCoreApplication::translate("mlp", "Who moves it; the default is the login name ($USER)."),
        QStringLiteral("NAME")));
}

int execute(Context &context, const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    const QString path = arguments.at(0);
    const auto stage = stageFromKey(arguments.at(2));
    if (!stage)
        return fail(context, UsageError,
                    QCoreApplication::translate("mlp", "unknown stage '%1'; use one of %2")
                        .arg(arguments.at(2), stageKeyList()));

    MoveRequest request;
    request.to = *stage;
    request.reason = parser.value(QStringLiteral("reason"));
    request.triggerId = parser.value(QStringLiteral("trigger"));
    request.checklistOverrideNote = parser.value(QStringLiteral("override-checklist"));
    request.who = parser.isSet(QStringLiteral("who")) ? parser.value(QStringLiteral("who"))
                                                      : systemUserName();

    Idea idea;
    const int code = changeIdea(
        context, path, arguments.at(1),
        IdeaChangeInPortfolio([&](const Idea &current, const Portfolio &portfolio) {
            return moveIdea(current, request, context.clock.now(), portfolio.config.readinessGate);
        }),
        idea);
    if (code != Success)
        return code;

    context.out << QCoreApplication::translate("mlp", "Moved \"%1\" from %2 to %3.")
                       .arg(idea.name, stageKey(idea.lifecycle.history.constLast().from),
                            stageKey(*stage))
                << QLatin1Char('\n');
    // An override note that the move did not need is not recorded; say so rather than drop it
    // silently.
    const Transition &recorded = idea.lifecycle.history.constLast();
    if (!request.checklistOverrideNote.trimmed().isEmpty()
        && recorded.checklistOverrideNote.isEmpty()) {
        context.out << (recorded.from == Stage::Planning
                            ? QCoreApplication::translate(
                                "mlp",
                                "The checklist is already answered, so the override "
                                "note was not needed and is not recorded.")
                            : QCoreApplication::translate(
                                "mlp",
                                "The move does not leave planning, so the checklist "
                                "override note is not recorded."))
                    << QLatin1Char('\n');
    }
    return Success;
}

} // namespace

Command moveCommand()
{
    return { QLatin1String("move"),
             QT_TRANSLATE_NOOP(
                 "mlp", "Move an idea to another lifecycle stage; moving back needs a reason."),
             QLatin1String("FILE IDEA STAGE"), configure, execute };
}

} // namespace mlp::cli

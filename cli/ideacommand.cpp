#include "cli/actions.h"

#include "core/domain/archetype.h"
#include "core/domain/clock.h"
#include "core/domain/validation.h"
#include "core/io/formatkeys.h"

#include <QCoreApplication>

namespace mlp::cli {

namespace {

int printChanged(Context &context, int code, const QString &line)
{
    if (code == Success)
        context.out << line << QLatin1Char('\n');
    return code;
}

int add(Context &context, const QCommandLineParser &parser, const QStringList &arguments)
{
    const QString path = arguments.at(0);
    Idea idea;
    idea.name = arguments.at(1);
    idea.owner = parser.value(QStringLiteral("owner"));
    idea.description = parser.value(QStringLiteral("description"));
    if (parser.isSet(QStringLiteral("archetype"))) {
        const auto archetype = archetypeFromKey(parser.value(QStringLiteral("archetype")));
        if (!archetype)
            return fail(context, UsageError,
                        QCoreApplication::translate("mlp", "unknown archetype '%1'; use one of %2")
                            .arg(parser.value(QStringLiteral("archetype")), archetypeKeyList()));
        idea.archetype = *archetype;
    }
    auto store = openStore(context.stores, path, PortfolioStore::Access::Edit);
    if (!store)
        return fail(context, Refused, store.error().message);
    // The settings are read to refuse a damaged file, as a whole load would.
    if (const auto settings = (*store)->loadSettings(); !settings)
        return fail(context, Refused, settings.error().message);
    const auto id = (*store)->nextIdeaId();
    if (!id)
        return fail(context, Refused, id.error().message);
    idea.id = *id;
    idea.lifecycle.createdAt = context.clock.now();
    if (Status valid = validateIdea(idea); !valid)
        return fail(context, Refused, valid.error().message);
    if (Status written = (*store)->upsertIdea(idea); !written)
        return fail(context, Refused, storageMessage(path, written.error()));
    context.out << QCoreApplication::translate("mlp", "Added idea %1 %2.")
                       .arg(idea.id)
                       .arg(quoted(idea.name))
                << QLatin1Char('\n');
    return Success;
}

int rename(Context &context, const QCommandLineParser &, const QStringList &arguments)
{
    const QString name = arguments.at(2);
    QString before;
    Idea idea;
    const int code = changeIdea(
        context, arguments.at(0), arguments.at(1),
        [&](Idea current) {
            before = current.name;
            current.name = name;
            return checked(std::move(current));
        },
        idea);
    return printChanged(context, code,
                        QCoreApplication::translate("mlp", "Renamed %1 to %2.")
                            .arg(quoted(before), quoted(idea.name)));
}

int describe(Context &context, const QCommandLineParser &, const QStringList &arguments)
{
    Idea idea;
    const QString text = arguments.at(2);
    const int code = changeIdea(
        context, arguments.at(0), arguments.at(1),
        [&](Idea current) {
            current.description = text;
            return checked(std::move(current));
        },
        idea);
    return printChanged(context, code,
                        text.isEmpty()
                            ? QCoreApplication::translate("mlp", "Cleared the description of %1.")
                                  .arg(quoted(idea.name))
                            : QCoreApplication::translate("mlp", "Set the description of %1.")
                                  .arg(quoted(idea.name)));
}

int owner(Context &context, const QCommandLineParser &, const QStringList &arguments)
{
    Idea idea;
    const QString owner = arguments.at(2);
    const int code = changeIdea(
        context, arguments.at(0), arguments.at(1),
        [&](Idea current) {
            current.owner = owner;
            return checked(std::move(current));
        },
        idea);
    return printChanged(
        context, code,
        owner.isEmpty()
            ? QCoreApplication::translate("mlp", "%1 has no owner now.").arg(quoted(idea.name))
            : QCoreApplication::translate("mlp", "%1 is owned by %2.")
                  .arg(quoted(idea.name), quoted(owner)));
}

int archetype(Context &context, const QCommandLineParser &, const QStringList &arguments)
{
    const auto archetype = archetypeFromKey(arguments.at(2));
    if (!archetype)
        return fail(context, UsageError,
                    QCoreApplication::translate("mlp", "unknown archetype '%1'; use one of %2")
                        .arg(arguments.at(2), archetypeKeyList()));
    Idea idea;
    const int code = changeIdea(
        context, arguments.at(0), arguments.at(1),
        [&](Idea current) {
            current.archetype = *archetype;
            return checked(std::move(current));
        },
        idea);
    return printChanged(context, code,
                        QCoreApplication::translate("mlp", "%1 is now %2.")
                            .arg(quoted(idea.name), archetypeKey(idea.archetype)));
}

int accuracy(Context &context, const QCommandLineParser &, const QStringList &arguments)
{
    const QString text = arguments.at(2);
    std::optional<double> value;
    if (text != QLatin1String("none")) {
        value = parseNumber(text);
        if (!value || !(*value > 0.0 && *value < 1.0))
            return fail(context, UsageError,
                        QCoreApplication::translate(
                            "mlp",
                            "the accuracy requirement must lie strictly between 0 and 1 (e.g. "
                            "0.99), or be 'none'; not '%1'")
                            .arg(excerpt(text)));
    }
    Idea idea;
    const int code = changeIdea(
        context, arguments.at(0), arguments.at(1),
        [&](Idea current) {
            current.accuracyRequirement = value;
            return checked(std::move(current));
        },
        idea);
    return printChanged(
        context, code,
        value ? QCoreApplication::translate("mlp", "%1 needs an accuracy of %2.")
                    .arg(quoted(idea.name), io::numberText(*value))
              : QCoreApplication::translate("mlp", "%1 has no accuracy requirement now.")
                    .arg(quoted(idea.name)));
}

int remove(Context &context, const QCommandLineParser &, const QStringList &arguments)
{
    const QString path = arguments.at(0);
    auto store = openStore(context.stores, path, PortfolioStore::Access::Edit);
    if (!store)
        return fail(context, Refused, store.error().message);
    if (const auto settings = (*store)->loadSettings(); !settings)
        return fail(context, Refused, settings.error().message);
    const auto found = findIdea(**store, arguments.at(1));
    if (!found)
        return fail(context, Refused, found.error().message);
    const Idea &idea = *found;
    if (Status removed = (*store)->removeIdea(idea.id); !removed)
        return fail(context, Refused, storageMessage(path, removed.error()));
    context.out << QCoreApplication::translate("mlp", "Deleted idea %1 %2.")
                       .arg(idea.id)
                       .arg(quoted(idea.name))
                << QLatin1Char('\n');
    return Success;
}

const QList<Action> &actions()
{
    static const QList<Action> all {
        { QLatin1String("add"),
          QLatin1String("FILE NAME"),
          { QStringLiteral("owner"), QStringLiteral("archetype"), QStringLiteral("description") },
          add },
        { QLatin1String("rename"), QLatin1String("FILE IDEA NAME"), {}, rename },
        { QLatin1String("describe"), QLatin1String("FILE IDEA TEXT"), {}, describe },
        { QLatin1String("owner"), QLatin1String("FILE IDEA NAME"), {}, owner },
        { QLatin1String("archetype"), QLatin1String("FILE IDEA ARCHETYPE"), {}, archetype },
        { QLatin1String("accuracy"), QLatin1String("FILE IDEA VALUE"), {}, accuracy },
        { QLatin1String("delete"), QLatin1String("FILE IDEA"), {}, remove },
    };
    return all;
}

void configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        QStringLiteral("ACTION"),
        QCoreApplication::translate("mlp", "One of: %1.").arg(actionSynopsis(actions())));
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("mlp",
                                    "The portfolio file. IDEA is an idea's id or name; an empty "
                                    "TEXT or NAME clears a description or owner; an accuracy "
                                    "VALUE is between 0 and 1, or 'none'."));
    parser.addOption(QCommandLineOption(
        QStringLiteral("owner"), QCoreApplication::translate("mlp", "add: who owns the idea."),
        QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("archetype"),
        QCoreApplication::translate("mlp", "add: the archetype: %1.").arg(archetypeKeyList()),
        QStringLiteral("ARCHETYPE")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("description"), QCoreApplication::translate("mlp", "add: what the idea is."),
        QStringLiteral("TEXT")));
}

int execute(Context &context, const QCommandLineParser &parser)
{
    return runAction(context, parser, QLatin1String("idea"), actions());
}

} // namespace

Command ideaCommand()
{
    return { QLatin1String("idea"),
             QT_TRANSLATE_NOOP("mlp",
                               "Add, rename, describe, assign or delete an idea; set its "
                               "archetype and accuracy requirement."),
             QLatin1String("ACTION FILE ARGUMENTS..."), configure, execute };
}

} // namespace mlp::cli

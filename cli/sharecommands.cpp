// Team sharing: `publish FILE LOCATION` copies a portfolio to a shared store (a PostgreSQL
// server, docs/team.md), `pull LOCATION FILE` makes a local .mlplan copy of one. Both go through
// the store interface only: which kind of store a location names is decided behind it.

#include "cli/command.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace mlp::cli {

namespace {

void configurePublish(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("mlp", "The portfolio to publish."));
    parser.addPositionalArgument(
        QStringLiteral("LOCATION"),
        QCoreApplication::translate("mlp",
                                    "Where the team's copy goes, e.g. "
                                    "\"postgresql://host/db?portfolio=Team%20ML\"."));
    parser.addOption(QCommandLineOption(
        QStringLiteral("replace"),
        QCoreApplication::translate(
            "mlp", "Replace the portfolio already there under that name (all of it).")));
}

int executePublish(Context &context, const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    const QString &source = arguments.at(0);
    const QString &target = arguments.at(1);
    const bool replace = parser.isSet(QStringLiteral("replace"));
    const auto opened = openPortfolio(context.stores, source);
    if (!opened)
        return fail(context, Refused, opened.error().message);
    const Portfolio &portfolio = opened->portfolio;

    // Whether something is there decides between creating and replacing; creating still refuses
    // a portfolio published meanwhile by someone else.
    auto existing = context.stores.open(target, PortfolioStore::Access::Write);
    if (existing) {
        if (!replace)
            return fail(context, Refused,
                        QCoreApplication::translate(
                            "mlp",
                            "%1 already holds a portfolio; nothing was changed. Add "
                            "--replace to replace it with %2, or choose another name.")
                            .arg(target, source));
        if (Status replaced = (*existing)->replaceAll(portfolio); !replaced)
            return fail(context, Refused, storageMessage(target, replaced.error()));
    } else if (existing.error().code != Error::Code::NotFound) {
        return fail(context, Refused, existing.error().message);
    } else {
        const auto created = context.stores.create(target, portfolio);
        if (!created)
            return fail(context, Refused, storageMessage(target, created.error()));
    }
    context.out << QCoreApplication::translate("mlp", "Published %1 (%n idea(s)) to %2.", nullptr,
                                               int(portfolio.ideas.size()))
                       .arg(source, target)
                << QLatin1Char('\n');
    return Success;
}

void configurePull(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        QStringLiteral("LOCATION"),
        QCoreApplication::translate("mlp",
                                    "The shared portfolio, e.g. "
                                    "\"postgresql://host/db?portfolio=Team%20ML\"."));
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("mlp", "The .mlplan file to write; it must not exist."));
}

int executePull(Context &context, const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    const QString &source = arguments.at(0);
    const QString &target = arguments.at(1);
    const QFileInfo info(target);
    if (info.exists() || info.isSymLink())
        return fail(context, Refused,
                    QCoreApplication::translate("mlp", "%1: already exists; choose another name")
                        .arg(target));
    auto opened = openStore(context.stores, source, PortfolioStore::Access::Read);
    if (!opened)
        return fail(context, Refused, opened.error().message);
    // One consistent snapshot of the portfolio, written whole or not at all.
    if (Status copied = (*opened)->saveCopyAs(target); !copied)
        return fail(context, Refused, storageMessage(source, copied.error()));
    context.out
        << QCoreApplication::translate("mlp", "Wrote a copy of %1 to %2.").arg(source, target)
        << QLatin1Char('\n');
    return Success;
}

} // namespace

Command publishCommand()
{
    return { QLatin1String("publish"),
             QT_TRANSLATE_NOOP("mlp", "Copy a portfolio to a shared location for a team."),
             QLatin1String("FILE LOCATION"), configurePublish, executePublish };
}

Command pullCommand()
{
    return { QLatin1String("pull"),
             QT_TRANSLATE_NOOP("mlp", "Copy a shared portfolio to a new local file."),
             QLatin1String("LOCATION FILE"), configurePull, executePull };
}

} // namespace mlp::cli

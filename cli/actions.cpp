#include "cli/actions.h"

#include "core/domain/validation.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace mlp::cli {

namespace {

QString seeHelp(QLatin1String group)
{
    return QCoreApplication::translate("mlp", "(see 'mlplanner %1 --help')").arg(group);
}

} // namespace

QList<Command> editingCommands()
{
    return { ideaCommand(),         answerCommand(),   raterCommand(),
             keyQuestionsCommand(), flywheelCommand(), checklistCommand(),
             metricCommand(),       baselineCommand(), settingsCommand() };
}

QString actionSynopsis(const QList<Action> &actions)
{
    QStringList lines;
    for (const Action &action : actions)
        lines << QString(action.name) + QLatin1Char(' ') + action.syntax;
    return lines.join(QStringLiteral("; "));
}

int runAction(Context &context, const QCommandLineParser &parser, QLatin1String group,
              const QList<Action> &actions)
{
    const QStringList given = parser.positionalArguments();
    const QString name = given.value(0);
    const Action *action = nullptr;
    QStringList names;
    for (const Action &candidate : actions) {
        names << candidate.name;
        if (candidate.name == name)
            action = &candidate;
    }
    if (!action)
        return fail(context, UsageError,
                    QCoreApplication::translate("mlp", "%1: unknown action '%2'; use one of %3 %4")
                        .arg(group, name, names.join(QStringLiteral(", ")), seeHelp(group)));

    const QStringList arguments = given.mid(1);
    const QStringList words = QString(action->syntax).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const bool variadic = !words.isEmpty() && words.last().contains(QStringLiteral("..."));
    for (qsizetype i = arguments.size(); i < words.size(); ++i) {
        if (!words[i].startsWith(QLatin1Char('[')))
            return fail(context, UsageError,
                        QCoreApplication::translate("mlp", "%1 %2: missing %3 %4")
                            .arg(group, name, words[i], seeHelp(group)));
    }
    if (!variadic && arguments.size() > words.size())
        return fail(context, UsageError,
                    QCoreApplication::translate("mlp", "%1 %2: unexpected argument '%3' %4")
                        .arg(group, name, arguments[words.size()], seeHelp(group)));
    for (const QString &option : parser.optionNames()) {
        const QString longName = option;
        if (longName == QLatin1String("help") || action->options.contains(longName))
            continue;
        return fail(context, UsageError,
                    QCoreApplication::translate("mlp", "%1 %2: option --%3 does not apply %4")
                        .arg(group, name, longName, seeHelp(group)));
    }
    return action->run(context, parser, arguments);
}

std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    const double value = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

Result<QList<Assignment>> parseAssignments(const QStringList &words)
{
    QList<Assignment> out;
    for (const QString &word : words) {
        const qsizetype at = word.indexOf(QLatin1Char('='));
        if (at <= 0)
            return makeError(
                Error::Code::Invalid,
                QCoreApplication::translate("mlp", "'%1' is not KEY=VALUE").arg(excerpt(word)));
        out.append({ word.left(at).trimmed(), word.mid(at + 1) });
    }
    return out;
}

Result<Idea> checked(Idea idea)
{
    if (Status valid = validateIdea(idea); !valid)
        return valid.error();
    return idea;
}

int readIdea(Context &context, const QString &path, const QString &idOrName, Idea &found)
{
    const auto store = openStore(context.stores, path, PortfolioStore::Access::Read);
    if (!store)
        return fail(context, Refused, store.error().message);
    if (const auto settings = (*store)->loadSettings(); !settings)
        return fail(context, Refused, settings.error().message);
    auto idea = findIdea(**store, idOrName);
    if (!idea)
        return fail(context, Refused, idea.error().message);
    found = std::move(*idea);
    return Success;
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace mlp::cli

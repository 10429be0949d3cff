#pragma once

#include "cli/command.h"

#include <QList>
#include <QStringList>

#include <optional>

// What the commands that edit one part of a portfolio share: a command word followed by an
// action (`idea add`, `metric define`, `baseline ladder`), numbers and KEY=VALUE words read
// one way, and the idea re-checked before it is written.
namespace mlp::cli {

// One action of a command group. `syntax` lists the positional arguments after the action
// word, as Command::syntax does; a last word ending in "..." takes any number (at least one
// unless bracketed). `options` are the long option names the action accepts.
struct Action
{
    QLatin1String name;
    QLatin1String syntax;
    QStringList options;
    int (*run)(Context &context, const QCommandLineParser &parser, const QStringList &arguments);
};

// Checks the action word, the argument count and the options set, then runs the action with
// the arguments after the action word.
int runAction(Context &context, const QCommandLineParser &parser, QLatin1String group,
              const QList<Action> &actions);
// "add FILE NAME | rename FILE IDEA NAME | ...", for a group's help.
QString actionSynopsis(const QList<Action> &actions);

// A number written with a dot (C locale), finite; empty otherwise.
std::optional<double> parseNumber(const QString &text);

struct Assignment
{
    QString key;
    QString value;
};
// KEY=VALUE words (the value may hold '=' and be empty); why not when a word has no '=' or an
// empty key.
Result<QList<Assignment>> parseAssignments(const QStringList &words);

// The keys of an enum's values 0..count-1 through its key function, for messages.
template<typename Enum> QString keyListOf(int count, QString (*key)(Enum))
{
    QStringList keys;
    for (int i = 0; i < count; ++i)
        keys << key(static_cast<Enum>(i));
    return keys.join(QStringLiteral(", "));
}

// `idea`, or why validateIdea refuses it; for the end of an IdeaChange.
Result<Idea> checked(Idea idea);

// Opens the portfolio at `path` for reading and finds the idea; prints the error line and
// returns its code when either fails (then `found` is untouched).
int readIdea(Context &context, const QString &path, const QString &idOrName, Idea &found);

QString quoted(const QString &text); // "text", as the other commands print names

} // namespace mlp::cli

#include "cli/actions.h"
#include "cli/texttable.h"

#include "core/domain/scoring.h"
#include "core/domain/validation.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace mlp::cli {

namespace {

qsizetype raterIndex(const Idea &idea, const QString &name)
{
    for (qsizetype i = 0; i < idea.raters.size(); ++i) {
        if (idea.raters[i].name == name)
            return i;
    }
    return -1;
}

Error noRater(const Idea &idea, const QString &name)
{
    return makeError(
        Error::Code::NotFound,
        QCoreApplication::translate("mlp", "%1 has no rater %2; add one with 'mlplanner rater add'")
            .arg(quoted(idea.name), quoted(excerpt(name))));
}

// One answer: a question id and 1..5, or 0 to clear it.
struct AnswerChange
{
    int question = -1;
    qint8 value = 0;
};

Result<QList<AnswerChange>> parseAnswers(const QStringList &words)
{
    const auto assignments = parseAssignments(words);
    if (!assignments)
        return assignments.error();
    QList<AnswerChange> out;
    for (const Assignment &a : *assignments) {
        const auto question = questionIndex(a.key);
        if (!question)
            return makeError(Error::Code::Invalid,
                             QCoreApplication::translate(
                                 "mlp",
                                 "unknown question '%1' (see 'mlplanner answer --help' for the "
                                 "question ids)")
                                 .arg(excerpt(a.key)));
        const QString value = a.value.trimmed();
        if (value == QLatin1String("clear")) {
            out.append({ *question, 0 });
            continue;
        }
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok || number < 1 || number > 5)
            return makeError(Error::Code::Invalid,
                             QCoreApplication::translate(
                                 "mlp", "%1: the answer must be 1 to 5, or 'clear'; not '%2'")
                                 .arg(a.key, excerpt(a.value)));
        out.append({ *question, static_cast<qint8>(number) });
    }
    return out;
}

QString answersJson(const Idea &idea)
{
    QJsonObject raters;
    for (const Rater &rater : idea.raters) {
        QJsonObject answers;
        for (int q = 0; q < kQuestionCount; ++q) {
            if (rater.answers[q] != 0)
                answers.insert(questions()[q].id, int(rater.answers[q]));
        }
        raters.insert(rater.name, answers);
    }
    return QString::fromUtf8(QJsonDocument(raters).toJson(QJsonDocument::Indented));
}

QString answersTable(const Idea &idea)
{
    QStringList header { QCoreApplication::translate("mlp", "question") };
    for (const Rater &rater : idea.raters)
        header << rater.name;
    TextTable table(header);
    for (qsizetype r = 0; r < idea.raters.size(); ++r)
        table.setRightAligned(int(r + 1));
    for (int q = 0; q < kQuestionCount; ++q) {
        QStringList row { questions()[q].id };
        for (const Rater &rater : idea.raters)
            row << (rater.answers[q] == 0 ? QStringLiteral("-")
                                          : QString::number(rater.answers[q]));
        table.addRow(row);
    }
    return table.toString();
}

void configureAnswer(QCommandLineParser &parser)
{
    QStringList ids;
    for (const Question &question : questions())
        ids << question.id;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("mlp", "The portfolio file."));
    parser.addPositionalArgument(QStringLiteral("IDEA"),
                                 QCoreApplication::translate("mlp", "The idea's id or name."));
    parser.addPositionalArgument(
        QStringLiteral("QUESTION=VALUE"),
        QCoreApplication::translate(
            "mlp",
            "Answers to set: 1 to 5 (5 is always the favourable end), or 'clear'. Without any, "
            "the answers are printed. Questions: %1.")
            .arg(ids.join(QStringLiteral(", "))),
        QStringLiteral("[QUESTION=VALUE...]"));
    parser.addOption(QCommandLineOption(
        QStringLiteral("rater"),
        QCoreApplication::translate("mlp",
                                    "Whose answers these are (needed to set answers; the "
                                    "rater must exist, see 'rater add')."),
        QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("json"), QCoreApplication::translate("mlp", "Print the answers as JSON.")));
}

int executeAnswer(Context &context, const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    const QString path = arguments.at(0);
    const QStringList words = arguments.mid(2);
    if (words.isEmpty()) {
        Idea idea;
        if (const int code = readIdea(context, path, arguments.at(1), idea); code != Success)
            return code;
        if (parser.isSet(QStringLiteral("rater"))) {
            const qsizetype r = raterIndex(idea, parser.value(QStringLiteral("rater")));
            if (r < 0)
                return fail(context, Refused,
                            noRater(idea, parser.value(QStringLiteral("rater"))).message);
            idea.raters = { idea.raters.at(r) };
        }
        context.out << (parser.isSet(QStringLiteral("json")) ? answersJson(idea)
                                                             : answersTable(idea));
        return Success;
    }
    if (!parser.isSet(QStringLiteral("rater")))
        return fail(context, UsageError,
                    QCoreApplication::translate(
                        "mlp",
                        "answer: setting answers needs --rater NAME (see 'mlplanner answer "
                        "--help')"));
    if (parser.isSet(QStringLiteral("json")))
        return fail(context, UsageError,
                    QCoreApplication::translate(
                        "mlp", "answer: --json only applies when printing the answers"));
    const auto changes = parseAnswers(words);
    if (!changes)
        return fail(context, UsageError, changes.error().message);
    const QString raterName = parser.value(QStringLiteral("rater"));
    Idea idea;
    const int code = changeIdea(
        context, path, arguments.at(1),
        [&](Idea current) -> Result<Idea> {
            const qsizetype r = raterIndex(current, raterName);
            if (r < 0)
                return noRater(current, raterName);
            for (const AnswerChange &change : *changes)
                current.raters[r].answers[change.question] = change.value;
            return checked(std::move(current));
        },
        idea);
    if (code != Success)
        return code;
    for (const AnswerChange &change : *changes) {
        const QString id = questions()[change.question].id;
        context.out << (change.value == 0
                            ? QCoreApplication::translate("mlp", "Cleared %1's answer to %2 on %3.")
                                  .arg(quoted(raterName), id, quoted(idea.name))
                            : QCoreApplication::translate("mlp",
                                                          "Set %1's answer to %2 on %3 to %4.")
                                  .arg(quoted(raterName), id, quoted(idea.name),
                                       QString::number(int(change.value))))
                    << QLatin1Char('\n');
    }
    return Success;
}

int addRater(Context &context, const QCommandLineParser &, const QStringList &arguments)
{
    const QString name = arguments.at(2);
    Idea idea;
    const int code = changeIdea(
        context, arguments.at(0), arguments.at(1),
        [&](Idea current) -> Result<Idea> {
            if (name.trimmed().isEmpty())
                return makeError(Error::Code::Invalid,
                                 QCoreApplication::translate("mlp", "a rater needs a name"));
            if (raterIndex(current, name) >= 0)
                return makeError(Error::Code::Invalid,
                                 QCoreApplication::translate("mlp", "%1 already has a rater %2")
                                     .arg(quoted(current.name), quoted(excerpt(name))));
            current.raters.append(Rater { name, {} });
            return checked(std::move(current));
        },
        idea);
    if (code == Success)
        context.out << QCoreApplication::translate("mlp", "Added rater %1 to %2.")
                           .arg(quoted(name), quoted(idea.name))
                    << QLatin1Char('\n');
    return code;
}

int removeRater(Context &context, const QCommandLineParser &, const QStringList &arguments)
{
    const QString name = arguments.at(2);
    Idea idea;
    const int code = changeIdea(
        context, arguments.at(0), arguments.at(1),
        [&](Idea current) -> Result<Idea> {
            const qsizetype r = raterIndex(current, name);
            if (r < 0)
                return noRater(current, name);
            current.raters.removeAt(r);
            return checked(std::move(current));
        },
        idea);
    if (code == Success)
        context.out << QCoreApplication::translate("mlp",
                                                   "Removed rater %1 and their answers from %2.")
                           .arg(quoted(name), quoted(idea.name))
                    << QLatin1Char('\n');
    return code;
}

const QList<Action> &raterActions()
{
    static const QList<Action> all {
        { QLatin1String("add"), QLatin1String("FILE IDEA NAME"), {}, addRater },
        { QLatin1String("remove"), QLatin1String("FILE IDEA NAME"), {}, removeRater },
    };
    return all;
}

void configureRater(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        QStringLiteral("ACTION"),
        QCoreApplication::translate("mlp", "One of: %1.").arg(actionSynopsis(raterActions())));
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("mlp", "The portfolio file; IDEA is an idea's id or name."));
}

int executeRater(Context &context, const QCommandLineParser &parser)
{
    return runAction(context, parser, QLatin1String("rater"), raterActions());
}

} // namespace

Command answerCommand()
{
    return { QLatin1String("answer"),
             QT_TRANSLATE_NOOP("mlp",
                               "Set, clear or print a rater's answers to the scoring "
                               "questions."),
             QLatin1String("FILE IDEA [QUESTION=VALUE...]"), configureAnswer, executeAnswer };
}

Command raterCommand()
{
    return { QLatin1String("rater"), QT_TRANSLATE_NOOP("mlp", "Add or remove a rater of an idea."),
             QLatin1String("ACTION FILE ARGUMENTS..."), configureRater, executeRater };
}

} // namespace mlp::cli

#include "cli/actions.h"
#include "cli/texttable.h"

#include "core/domain/archetype.h"
#include "core/domain/lifecycle.h"
#include "core/domain/validation.h"
#include "core/io/formatkeys.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

// The planning answers of an idea that are not scores: the archetype's key questions (text),
// the data-flywheel check (yes/no/unknown) and the feasibility checklist (yes/no/unanswered).
// Each command prints them without assignments and sets them with ID=VALUE words.
namespace mlp::cli {

namespace {

struct Item
{
    QString id;
    QString text;
};

// One of the three parts: its items for an idea, and how a value is read, shown and stored.
struct Part
{
    QLatin1String command;
    QList<Item> (*items)(const Idea &idea);
    // Why `value` is not accepted, or empty; the stored form goes to `normalised`.
    QString (*parse)(const QString &value, QString &normalised);
    QString (*get)(const Idea &idea, const QString &id);
    void (*set)(Idea &idea, const QString &id, const QString &normalised);
};

QList<Item> keyQuestionItems(const Idea &idea)
{
    QList<Item> out;
    for (const KeyQuestion &question : archetypeInfo(idea.archetype).keyQuestions)
        out.append({ question.id, question.text });
    return out;
}

QList<Item> flywheelItems(const Idea &)
{
    QList<Item> out;
    for (const FlywheelQuestion &question : flywheelQuestions())
        out.append({ question.id, question.text });
    return out;
}

QList<Item> checklistItemList(const Idea &)
{
    QList<Item> out;
    for (const ChecklistItem &item : checklistItems())
        out.append({ item.id, item.text });
    return out;
}

QString parseText(const QString &value, QString &normalised)
{
    normalised = value;
    const Status ok
        = checkText(QCoreApplication::translate("mlp", "answer"), value, TextKind::Text);
    return ok ? QString() : ok.error().message;
}

QString parseTriState(const QString &value, QString &normalised)
{
    const auto state = io::triStateFromKey(value);
    if (!state)
        return QCoreApplication::translate("mlp", "'%1' is not one of %2")
            .arg(excerpt(value), keyListOf<TriState>(3, io::triStateKey));
    normalised = io::triStateKey(*state);
    return {};
}

QString parseChecklist(const QString &value, QString &normalised)
{
    const auto answer = io::checklistAnswerFromKey(value);
    if (!answer)
        return QCoreApplication::translate("mlp", "'%1' is not one of %2")
            .arg(excerpt(value), keyListOf<ChecklistAnswer>(3, io::checklistAnswerKey));
    normalised = io::checklistAnswerKey(*answer);
    return {};
}

qsizetype flywheelIndex(const QString &id)
{
    const auto &questions = flywheelQuestions();
    for (qsizetype i = 0; i < qsizetype(questions.size()); ++i) {
        if (questions[i].id == id)
            return i;
    }
    return -1;
}

const Part kKeyQuestions { QLatin1String("keyquestions"), keyQuestionItems, parseText,
                           [](const Idea &idea, const QString &id) {
                               return idea.keyQuestionAnswers.value(id);
                           },
                           [](Idea &idea, const QString &id, const QString &value) {
                               if (value.isEmpty())
                                   idea.keyQuestionAnswers.remove(id);
                               else
                                   idea.keyQuestionAnswers.insert(id, value);
                           } };

const Part kFlywheel { QLatin1String("flywheel"), flywheelItems, parseTriState,
                       [](const Idea &idea, const QString &id) {
                           return io::triStateKey(idea.flywheel[size_t(flywheelIndex(id))]);
                       },
                       [](Idea &idea, const QString &id, const QString &value) {
                           idea.flywheel[size_t(flywheelIndex(id))] = *io::triStateFromKey(value);
                       } };

const Part kChecklist { QLatin1String("checklist"), checklistItemList, parseChecklist,
                        [](const Idea &idea, const QString &id) {
                            return io::checklistAnswerKey(
                                idea.checklist.value(id, ChecklistAnswer::Unanswered));
                        },
                        [](Idea &idea, const QString &id, const QString &value) {
                            const ChecklistAnswer answer = *io::checklistAnswerFromKey(value);
                            if (answer == ChecklistAnswer::Unanswered)
                                idea.checklist.remove(id);
                            else
                                idea.checklist.insert(id, answer);
                        } };

QString printed(const Part &part, const Idea &idea, bool json)
{
    const QList<Item> items = part.items(idea);
    if (json) {
        QJsonObject object;
        for (const Item &item : items)
            object.insert(item.id, part.get(idea, item.id));
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    }
    TextTable table({ QCoreApplication::translate("mlp", "id"),
                      QCoreApplication::translate("mlp", "answer"),
                      QCoreApplication::translate("mlp", "question") });
    for (const Item &item : items)
        table.addRow({ item.id, part.get(idea, item.id).simplified(), item.text });
    return table.toString();
}

int run(Context &context, const QCommandLineParser &parser, const Part &part)
{
    const QStringList arguments = parser.positionalArguments();
    const QString path = arguments.at(0);
    const QStringList words = arguments.mid(2);
    if (words.isEmpty()) {
        Idea idea;
        if (const int code = readIdea(context, path, arguments.at(1), idea); code != Success)
            return code;
        context.out << printed(part, idea, parser.isSet(QStringLiteral("json")));
        return Success;
    }
    if (parser.isSet(QStringLiteral("json")))
        return fail(context, UsageError,
                    QCoreApplication::translate("mlp", "%1: --json only applies when printing")
                        .arg(part.command));
    const auto assignments = parseAssignments(words);
    if (!assignments)
        return fail(context, UsageError, assignments.error().message);
    QList<Assignment> normalised;
    Idea idea;
    const int code = changeIdea(
        context, path, arguments.at(1),
        [&](Idea current) -> Result<Idea> {
            QStringList ids;
            for (const Item &item : part.items(current))
                ids << item.id;
            for (const Assignment &a : *assignments) {
                if (!ids.contains(a.key))
                    return makeError(Error::Code::Invalid,
                                     QCoreApplication::translate(
                                         "mlp", "%1: unknown id '%2' for %3; use one of %4")
                                         .arg(part.command, excerpt(a.key), quoted(current.name),
                                              ids.join(QStringLiteral(", "))));
                QString value;
                const QString problem = part.parse(a.value, value);
                if (!problem.isEmpty())
                    return makeError(Error::Code::Invalid,
                                     QStringLiteral("%1: %2").arg(a.key, problem));
                part.set(current, a.key, value);
                normalised.append({ a.key, value });
            }
            return checked(std::move(current));
        },
        idea);
    if (code != Success)
        return code;
    for (const Assignment &a : normalised) {
        context.out << (a.value.isEmpty()
                            ? QCoreApplication::translate("mlp", "Cleared %1 on %2.")
                                  .arg(a.key, quoted(idea.name))
                            : QCoreApplication::translate("mlp", "Set %1 on %2 to %3.")
                                  .arg(a.key, quoted(idea.name), quoted(excerpt(a.value))))
                    << QLatin1Char('\n');
    }
    return Success;
}

void configureCommon(QCommandLineParser &parser, const QString &values)
{
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("mlp", "The portfolio file."));
    parser.addPositionalArgument(QStringLiteral("IDEA"),
                                 QCoreApplication::translate("mlp", "The idea's id or name."));
    parser.addPositionalArgument(
        QStringLiteral("ID=VALUE"),
        QCoreApplication::translate(
            "mlp", "Answers to set (%1). Without any, the answers are printed with their ids.")
            .arg(values),
        QStringLiteral("[ID=VALUE...]"));
    parser.addOption(QCommandLineOption(
        QStringLiteral("json"), QCoreApplication::translate("mlp", "Print the answers as JSON.")));
}

} // namespace

Command keyQuestionsCommand()
{
    return { QLatin1String("keyquestions"),
             QT_TRANSLATE_NOOP("mlp", "Answer or print the key questions of an idea's archetype."),
             QLatin1String("FILE IDEA [ID=VALUE...]"),
             [](QCommandLineParser &parser) {
                 configureCommon(parser,
                                 QCoreApplication::translate(
                                     "mlp", "any text; an empty one clears the answer"));
             },
             [](Context &context, const QCommandLineParser &parser) {
                 return run(context, parser, kKeyQuestions);
             } };
}

Command flywheelCommand()
{
    return { QLatin1String("flywheel"),
             QT_TRANSLATE_NOOP("mlp", "Answer or print the data-flywheel check of an idea."),
             QLatin1String("FILE IDEA [ID=VALUE...]"),
             [](QCommandLineParser &parser) {
                 configureCommon(parser, keyListOf<TriState>(3, io::triStateKey));
             },
             [](Context &context, const QCommandLineParser &parser) {
                 return run(context, parser, kFlywheel);
             } };
}

Command checklistCommand()
{
    return { QLatin1String("checklist"),
             QT_TRANSLATE_NOOP("mlp", "Answer or print the feasibility checklist of an idea."),
             QLatin1String("FILE IDEA [ID=VALUE...]"),
             [](QCommandLineParser &parser) {
                 configureCommon(parser, keyListOf<ChecklistAnswer>(3, io::checklistAnswerKey));
             },
             [](Context &context, const QCommandLineParser &parser) {
                 return run(context, parser, kChecklist);
             } };
}

} // namespace mlp::cli

// mlplanner readiness FILE IDEA [--json] [--set TEST_ID=VALUE ...]: the ML Test Score checklist
// of one idea (core/domain/readiness.h), read or changed in one transaction.

#include "cli/command.h"
#include "cli/texttable.h"

#include "core/domain/readiness.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mlp::cli {

namespace {

QString checklistText(const Idea &idea, const ReadinessGate &gate)
{
    QString text
        = QCoreApplication::translate("mlp", "Readiness of “%1” (ML Test Score):").arg(idea.name)
        + QLatin1Char('\n');
    TextTable table(
        { QCoreApplication::translate("mlp", "Test"), QCoreApplication::translate("mlp", "Score"),
          QCoreApplication::translate("mlp", "Id"), QCoreApplication::translate("mlp", "Name") });
    table.setRightAligned(1);
    for (const ReadinessTest &test : readinessTests()) {
        table.addRow({ readinessTestLabel(test),
                       readinessLevelKey(readinessAnswer(idea.readiness, test.id)), test.id,
                       test.name });
    }
    text += table.toString();
    const ReadinessScore score = readinessScore(idea.readiness);
    QStringList sections;
    for (ReadinessSection section : kAllReadinessSections) {
        sections << QCoreApplication::translate("mlp", "%1 %2")
                        .arg(readinessSectionName(section),
                             readinessPointsText(score.sections[static_cast<int>(section)]));
    }
    text += QLatin1Char('\n')
        + QCoreApplication::translate("mlp", "Sections (of 7): %1")
              .arg(sections.join(QStringLiteral(", ")))
        + QLatin1Char('\n')
        + QCoreApplication::translate("mlp", "Score: %1 of 7 (the lowest section); weakest: %2")
              .arg(readinessPointsText(score.score), weakestSectionsText(score))
        + QLatin1Char('\n');
    text += (gate.gatesDeploying
                 ? QCoreApplication::translate(
                       "mlp",
                       "The portfolio's gate: moving to Deploying & testing needs at least %1.")
                       .arg(readinessPointsText(gate.minimum))
                 : QCoreApplication::translate(
                     "mlp", "The portfolio's gate is off: a low score only warns."))
        + QLatin1Char('\n');
    return text;
}

QString checklistJson(const Idea &idea, const ReadinessGate &gate)
{
    QJsonArray tests;
    for (const ReadinessTest &test : readinessTests()) {
        tests.append(QJsonObject {
            { QStringLiteral("id"), test.id },
            { QStringLiteral("section"), readinessSectionKey(test.section) },
            { QStringLiteral("number"), test.number },
            { QStringLiteral("name"), test.name },
            { QStringLiteral("points"), readinessPoints(readinessAnswer(idea.readiness, test.id)) },
        });
    }
    const ReadinessScore score = readinessScore(idea.readiness);
    QJsonObject sections;
    for (ReadinessSection section : kAllReadinessSections)
        sections.insert(readinessSectionKey(section), score.sections[static_cast<int>(section)]);
    QJsonArray weakest;
    for (ReadinessSection section : score.weakest)
        weakest.append(readinessSectionKey(section));
    const QJsonObject root {
        { QStringLiteral("id"), idea.id },
        { QStringLiteral("idea"), idea.name },
        { QStringLiteral("tests"), tests },
        { QStringLiteral("sections"), sections },
        { QStringLiteral("score"), score.score },
        { QStringLiteral("weakest"), weakest },
        { QStringLiteral("gate"),
          QJsonObject { { QStringLiteral("gatesDeploying"), gate.gatesDeploying },
                        { QStringLiteral("minimum"), gate.minimum } } },
    };
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

struct Assignment
{
    QString testId;
    ReadinessLevel level;
};

// Every --set value as an assignment, or why one is wrong (nothing is written then).
Result<QList<Assignment>> parseAssignments(const QStringList &values)
{
    QList<Assignment> out;
    for (const QString &value : values) {
        const qsizetype eq = value.indexOf(QLatin1Char('='));
        const QString id = value.left(eq).trimmed().toLower();
        if (eq < 0 || id.isEmpty())
            return makeError(Error::Code::Invalid,
                             QCoreApplication::translate(
                                 "mlp", "--set '%1': write TEST_ID=VALUE, e.g. data-schema=0.5")
                                 .arg(value));
        if (!readinessTestById(id))
            return makeError(Error::Code::Invalid,
                             QCoreApplication::translate(
                                 "mlp",
                                 "--set '%1': unknown test id '%2'; run 'mlplanner readiness FILE "
                                 "IDEA' to list the ids")
                                 .arg(value, id));
        const auto level = readinessLevelFromKey(value.mid(eq + 1));
        if (!level)
            return makeError(Error::Code::Invalid,
                             QCoreApplication::translate(
                                 "mlp",
                                 "--set '%1': the value must be 0 (not done), 0.5 (by hand, "
                                 "written down and shared) or 1 (automated and run repeatedly)")
                                 .arg(value));
        for (const Assignment &earlier : out) {
            if (earlier.testId == id)
                return makeError(
                    Error::Code::Invalid,
                    QCoreApplication::translate("mlp", "--set names '%1' twice").arg(id));
        }
        out.append({ id, *level });
    }
    return out;
}

void configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("mlp", "The portfolio file."));
    parser.addPositionalArgument(QStringLiteral("IDEA"),
                                 QCoreApplication::translate("mlp", "The idea's id or name."));
    parser.addOption(QCommandLineOption(
        QStringLiteral("json"),
        QCoreApplication::translate("mlp", "Write the checklist and score as JSON.")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("set"),
        QCoreApplication::translate("mlp",
                                    "Set a test: 0 not done, 0.5 by hand (written down and "
                                    "shared), 1 automated. Repeat for several tests."),
        QStringLiteral("TEST_ID=VALUE")));
}

int changeAnswers(Context &context, const QString &path, const QString &ideaName,
                  const QList<Assignment> &assignments)
{
    QStringList changes;
    Idea saved;
    const int code = changeIdea(
        context, path, ideaName,
        [&](const Idea &current) -> Result<Idea> {
            Idea next = current;
            changes.clear();
            for (const Assignment &a : assignments) {
                const ReadinessLevel before = readinessAnswer(next.readiness, a.testId);
                if (Status set = setReadinessAnswer(next.readiness, a.testId, a.level); !set)
                    return set.error();
                if (before != a.level)
                    changes << QCoreApplication::translate("mlp", "%1: %2 → %3")
                                   .arg(a.testId, readinessLevelKey(before),
                                        readinessLevelKey(a.level));
            }
            return next;
        },
        saved);
    if (code != Success)
        return code;
    if (changes.isEmpty())
        context.out << QCoreApplication::translate("mlp", "“%1”: no readiness answer changed.")
                           .arg(saved.name)
                    << QLatin1Char('\n');
    for (const QString &change : changes)
        context.out << QCoreApplication::translate("mlp", "“%1” %2").arg(saved.name, change)
                    << QLatin1Char('\n');
    context.out << QCoreApplication::translate("mlp", "Readiness score: %1.")
                       .arg(readinessScoreText(readinessScore(saved.readiness)))
                << QLatin1Char('\n');
    return Success;
}

int execute(Context &context, const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    const QString path = arguments.at(0);
    if (parser.isSet(QStringLiteral("set"))) {
        if (parser.isSet(QStringLiteral("json")))
            return fail(context, UsageError,
                        QCoreApplication::translate(
                            "mlp", "--json prints the checklist; leave it out when using --set"));
        const auto assignments = parseAssignments(parser.values(QStringLiteral("set")));
        if (!assignments)
            return fail(context, UsageError, assignments.error().message);
        return changeAnswers(context, path, arguments.at(1), *assignments);
    }
    const auto opened = openPortfolio(context.stores, path);
    if (!opened)
        return fail(context, Refused, opened.error().message);
    const auto index = resolveIdea(opened->portfolio, arguments.at(1));
    if (!index)
        return fail(context, Refused, index.error().message);
    const Idea &idea = opened->portfolio.ideas.at(*index);
    const ReadinessGate &gate = opened->portfolio.config.readinessGate;
    context.out << (parser.isSet(QStringLiteral("json")) ? checklistJson(idea, gate)
                                                         : checklistText(idea, gate));
    return Success;
}

} // namespace

Command readinessCommand()
{
    return { QLatin1String("readiness"),
             QT_TRANSLATE_NOOP("mlp",
                               "Show or set an idea's readiness checklist (the ML Test Score): "
                               "each test's score, the section sums and the weakest section."),
             QLatin1String("FILE IDEA"), configure, execute };
}

} // namespace mlp::cli

#include "storagetestutil.h"

#include <QCryptographicHash>
#include <QFile>

#include <gtest/gtest.h>

namespace mlp::test {

namespace {

QDateTime at(int day, int hour, int minute, int ms = 0)
{
    return QDateTime(QDate(2024, 3, day), QTime(hour, minute, 0, ms), Qt::UTC);
}

Answers answers(std::initializer_list<std::pair<const char *, int>> values)
{
    Answers a {};
    for (const auto &[id, value] : values)
        a[*questionIndex(QString::fromLatin1(id))] = static_cast<qint8>(value);
    return a;
}

} // namespace

Portfolio richPortfolio()
{
    Portfolio p;
    p.name = QString::fromUtf8("Team \"Atlas\" — 2024, Q2 포트폴리오");
    p.config.questionWeights[*questionIndex(QStringLiteral("impact-friction"))] = 2.5;
    p.config.questionWeights[*questionIndex(QStringLiteral("data-security"))] = 0.0;
    p.config.driverWeights = { 4.0, 2.0, 0.5 };
    p.config.impactThreshold = 6.5;
    p.config.feasibilityThreshold = 4.25;
    p.config.quadrantNames[0] = QStringLiteral("Now");
    p.config.quadrantNames[3] = QString::fromUtf8("Don't, \"really\"");
    p.config.costBase = 3.0;
    p.config.aggregation = Aggregation::Mean;

    Idea churn;
    churn.id = 3;
    churn.name = QString::fromUtf8("고객 \"이탈\" 예측, 2024");
    churn.description = QStringLiteral("Predict churn\nfrom usage logs, \"weekly\"");
    churn.owner = QString::fromUtf8("김민지");
    churn.archetype = Archetype::HumanInTheLoop;
    churn.keyQuestionAnswers.insert(QStringLiteral("good-enough-to-be-useful"),
                                    QStringLiteral("80% precision at top 100"));
    churn.keyQuestionAnswers.insert(QStringLiteral("collect-enough-data"),
                                    QStringLiteral("CRM exports, 3 years"));
    churn.flywheel = { TriState::Yes, TriState::Unknown, TriState::No };
    churn.accuracyRequirement = 0.95;
    churn.raters = {
        Rater { QStringLiteral("Ann, PM"),
                answers({ { "impact-cheap-prediction", 4 },
                          { "impact-friction", 5 },
                          { "data-acquisition", 3 },
                          { "accuracy-error-cost", 2 },
                          { "difficulty-well-defined", 4 } }) },
        Rater { QString::fromUtf8("박 \"Data\" 준"),
                answers({ { "impact-cheap-prediction", 2 },
                          { "data-amount", 1 },
                          { "difficulty-human-can-do", 5 } }) },
        Rater { QStringLiteral("Nobody yet"), Answers {} },
    };
    churn.manualOverride.impact = 7.5;
    churn.manualOverride.note = QStringLiteral("CEO priority, see memo");
    churn.checklist.insert(QStringLiteral("need-ml"), ChecklistAnswer::Yes);
    churn.checklist.insert(QStringLiteral("ethics"), ChecklistAnswer::No);
    churn.lifecycle.createdAt = at(1, 9, 0, 125);
    churn.lifecycle.history = {
        Transition { at(2, 10, 30, 1),
                     QStringLiteral("ann"),
                     Stage::Planning,
                     Stage::Data,
                     {},
                     {},
                     QStringLiteral("Checklist pending, pilot agreed") },
        Transition { at(9, 16, 45),
                     QStringLiteral("jun"),
                     Stage::Data,
                     Stage::Planning,
                     QStringLiteral("data-too-hard-to-get"),
                     QStringLiteral("Legal blocks the export"),
                     {} },
        Transition {
            at(12, 8, 0, 999), QStringLiteral("ann"), Stage::Planning, Stage::Data, {}, {}, {} },
        Transition {
            at(20, 14, 5), QStringLiteral("ann"), Stage::Data, Stage::Training, {}, {}, {} },
    };
    churn.lifecycle.stage = Stage::Training;
    churn.metrics.metrics = {
        MetricDef { QStringLiteral("precision@100"), QStringLiteral("%"), Direction::HigherIsBetter,
                    2.0, 0.8 },
        MetricDef { QStringLiteral("latency"), QStringLiteral("ms"), Direction::LowerIsBetter, 1.0,
                    250.0 },
        MetricDef { QStringLiteral("cost"), QStringLiteral("USD/month"), Direction::LowerIsBetter,
                    0.5, std::nullopt },
    };
    churn.metrics.rule.kind = CombineKind::Threshold;
    churn.metrics.rule.optimize = QStringLiteral("precision@100");
    churn.metrics.results = {
        ModelResult {
            QStringLiteral("logistic"),
            { { QStringLiteral("precision@100"), 0.71 }, { QStringLiteral("latency"), 12.0 } } },
        ModelResult { QStringLiteral("gbm, v2"),
                      { { QStringLiteral("precision@100"), 0.83 },
                        { QStringLiteral("latency"), 48.5 },
                        { QStringLiteral("cost"), 1200.0 } } },
        ModelResult { QStringLiteral("untested"), {} },
    };
    churn.baselineMetric = QStringLiteral("precision@100");
    churn.baselines = {
        Baseline { QStringLiteral("Target"), BaselineKind::Requirement, 0.8,
                   QStringLiteral("Sales VP"), false },
        Baseline { QStringLiteral("Paper X"), BaselineKind::PublishedResult, 0.9,
                   QStringLiteral("arXiv 2101.00001"), true },
        Baseline { QStringLiteral("Rules"), BaselineKind::Scripted, 0.55, QString(), false },
        Baseline { QStringLiteral("LR"), BaselineKind::SimpleMl, 0.7, QString(), false },
        Baseline { QStringLiteral("Crowd"), BaselineKind::HumanCrowd, 0.6, QString(), false },
        Baseline { QStringLiteral("Crowd x5"), BaselineKind::HumanCrowdEnsemble, 0.66, QString(),
                   false },
        Baseline { QStringLiteral("Analyst"), BaselineKind::HumanDomainExpert, 0.75, QString(),
                   false },
        Baseline { QStringLiteral("Senior analyst"), BaselineKind::HumanDeepExpert, 0.78, QString(),
                   false },
        Baseline { QStringLiteral("Panel"), BaselineKind::HumanMixtureOfExperts, 0.81, QString(),
                   false },
    };

    Idea pose;
    pose.id = 1;
    pose.name = QStringLiteral("Pose estimation for the pick robot");
    pose.owner = QStringLiteral("Robotics");
    pose.archetype = Archetype::Autonomous;
    pose.keyQuestionAnswers.insert(QStringLiteral("acceptable-failure-rate"),
                                   QStringLiteral("1 in 10,000 picks"));
    pose.raters = { Rater { QStringLiteral("Lee"),
                            answers({ { "impact-automation", 5 },
                                      { "data-labeling-cost", 2 },
                                      { "accuracy-how-often-right", 1 },
                                      { "difficulty-compute", 3 } }) } };
    pose.accuracyRequirement = 0.999;
    pose.manualOverride.feasibility = 2.0;
    pose.lifecycle.createdAt = at(1, 8, 0);
    for (const ChecklistItem &item : checklistItems())
        pose.checklist.insert(item.id, ChecklistAnswer::Yes);
    pose.lifecycle.history = {
        Transition { at(3, 9, 0), QStringLiteral("lee"), Stage::Planning, Stage::Data, {}, {}, {} },
        Transition { at(4, 9, 0), QStringLiteral("lee"), Stage::Data, Stage::Training, {}, {}, {} },
        Transition {
            at(5, 9, 0), QStringLiteral("lee"), Stage::Training, Stage::Deploying, {}, {}, {} },
        Transition { at(6, 9, 0),
                     QStringLiteral("lee"),
                     Stage::Deploying,
                     Stage::Training,
                     {},
                     QStringLiteral("Angular error far above 5°"),
                     {} },
    };
    pose.lifecycle.stage = Stage::Training;
    pose.metrics.metrics = {
        MetricDef { QStringLiteral("position error"), QStringLiteral("cm"),
                    Direction::LowerIsBetter, 1.0, 1.0 },
        MetricDef { QStringLiteral("angular error"), QStringLiteral("deg"),
                    Direction::LowerIsBetter, 1.0, std::nullopt },
        MetricDef { QStringLiteral("run time"), QStringLiteral("ms"), Direction::LowerIsBetter, 0.0,
                    std::nullopt },
    };
    pose.metrics.rule.kind = CombineKind::Formula;
    pose.metrics.rule.formula = QStringLiteral("angular_error + 10 * position_error");
    pose.metrics.rule.formulaDirection = Direction::LowerIsBetter;
    pose.metrics.results = { ModelResult { QStringLiteral("v1"),
                                           { { QStringLiteral("position error"), 0.75 },
                                             { QStringLiteral("angular error"), 60.0 },
                                             { QStringLiteral("run time"), 300.0 } } } };
    pose.baselineMetric = QStringLiteral("angular error");

    Idea shelved;
    shelved.id = 7;
    shelved.name = QStringLiteral("Slides from sketches");
    shelved.archetype = Archetype::Software2;
    shelved.lifecycle.outcome = Outcome::Shelved;
    shelved.lifecycle.outcomeReason = QStringLiteral("No labelled sketches, and \"no\" budget");

    Idea shipped;
    shipped.id = 12;
    shipped.name = QStringLiteral("Code completion");
    shipped.archetype = Archetype::Software2;
    shipped.flywheel = { TriState::Yes, TriState::Yes, TriState::Yes };
    shipped.keyQuestionAnswers.insert(QStringLiteral("feeds-flywheel"),
                                      QStringLiteral("yes: accepted completions"));
    shipped.lifecycle.outcome = Outcome::Shipped;
    shipped.metrics.rule.kind = CombineKind::WeightedAverage;
    shipped.metrics.metrics = { MetricDef { QStringLiteral("acceptance"), QString(),
                                            Direction::HigherIsBetter, 1.0, std::nullopt } };
    shipped.raters = { Rater { QString(), answers({ { "impact-comparable-orgs", 5 } }) } };

    p.ideas = { churn, pose, shelved, shipped };
    return p;
}

Idea numberedIdea(qint64 id)
{
    Idea idea;
    idea.id = id;
    idea.name = QStringLiteral("Idea %1").arg(id);
    idea.owner = QStringLiteral("owner %1").arg(id % 7);
    idea.archetype = static_cast<Archetype>(id % kArchetypeCount);
    Answers a {};
    for (int q = 0; q < kQuestionCount; ++q)
        a[q] = static_cast<qint8>((id + q) % 6);
    idea.raters = { Rater { QStringLiteral("r1"), a }, Rater { QStringLiteral("r2"), Answers {} } };
    idea.lifecycle.createdAt = QDateTime::fromMSecsSinceEpoch(1700000000000 + id, Qt::UTC);
    return idea;
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
    ASSERT_EQ(file.write(bytes), bytes.size());
}

QByteArray sha256Of(const QString &path)
{
    return QCryptographicHash::hash(readBytes(path), QCryptographicHash::Sha256);
}

QString goldenDir(const QString &caseName)
{
    return QStringLiteral(MLP_TEST_DATA_DIR "/golden/") + caseName;
}

} // namespace mlp::test

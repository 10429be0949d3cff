#include "core/domain/readiness.h"

#include "core/domain/keytable.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace mlp {

namespace {

constexpr KeyTable kSectionKeys(std::array<KeyName<ReadinessSection>, kReadinessSectionCount> { {
    { ReadinessSection::Data, "data" },
    { ReadinessSection::Model, "model" },
    { ReadinessSection::Infrastructure, "infrastructure" },
    { ReadinessSection::Monitoring, "monitoring" },
} });

ReadinessTest test(const char *id, ReadinessSection section, int number, const char *name,
                   const char *description)
{
    return { QString::fromLatin1(id), section, number, QCoreApplication::translate("mlp", name),
             QCoreApplication::translate("mlp", description) };
}

} // namespace

QString readinessSectionKey(ReadinessSection section)
{
    return kSectionKeys.key(section);
}

QString readinessSectionName(ReadinessSection section)
{
    switch (section) {
    case ReadinessSection::Data:
        return QCoreApplication::translate("mlp", "Data", "readiness section");
    case ReadinessSection::Model:
        return QCoreApplication::translate("mlp", "Model", "readiness section");
    case ReadinessSection::Infrastructure:
        return QCoreApplication::translate("mlp", "Infrastructure", "readiness section");
    case ReadinessSection::Monitoring:
        return QCoreApplication::translate("mlp", "Monitoring", "readiness section");
    }
    return {};
}

double readinessPoints(ReadinessLevel level)
{
    return static_cast<int>(level) / 2.0;
}

QString readinessLevelKey(ReadinessLevel level)
{
    switch (level) {
    case ReadinessLevel::None:
        return QStringLiteral("0");
    case ReadinessLevel::Manual:
        return QStringLiteral("0.5");
    case ReadinessLevel::Automated:
        return QStringLiteral("1");
    }
    return {};
}

std::optional<ReadinessLevel> readinessLevelFromKey(const QString &key)
{
    const QString k = key.trimmed();
    if (k == QLatin1String("0") || k == QLatin1String("0.0"))
        return ReadinessLevel::None;
    if (k == QLatin1String("0.5") || k == QLatin1String(".5") || k == QStringLiteral("½"))
        return ReadinessLevel::Manual;
    if (k == QLatin1String("1") || k == QLatin1String("1.0"))
        return ReadinessLevel::Automated;
    return std::nullopt;
}

QString readinessLevelName(ReadinessLevel level)
{
    switch (level) {
    case ReadinessLevel::None:
        return QCoreApplication::translate("mlp", "Not done");
    case ReadinessLevel::Manual:
        return QCoreApplication::translate("mlp", "By hand, written down and shared");
    case ReadinessLevel::Automated:
        return QCoreApplication::translate("mlp", "Automated, run repeatedly");
    }
    return {};
}

const QList<ReadinessTest> &readinessTests()
{
    using S = ReadinessSection;
    // Names as in the paper's tables 1 to 4; descriptions after its text.
    static const QList<ReadinessTest> tests {
        test("data-schema", S::Data, 1,
             QT_TRANSLATE_NOOP("mlp", "Feature expectations are captured in a schema"),
             QT_TRANSLATE_NOOP("mlp",
                               "What the data should look like (ranges, distributions, which "
                               "values occur) is written down as a schema, and the training "
                               "data is checked against it.")),
        test("data-features-beneficial", S::Data, 2,
             QT_TRANSLATE_NOOP("mlp", "All features are beneficial"),
             QT_TRANSLATE_NOOP("mlp",
                               "Each feature is shown to add predictive power, e.g. by training "
                               "without it or by its correlation with the target.")),
        test("data-feature-cost", S::Data, 3,
             QT_TRANSLATE_NOOP("mlp", "No feature’s cost is too much"),
             QT_TRANSLATE_NOOP("mlp",
                               "Each feature's cost (latency, memory, upstream dependencies, "
                               "instability) is weighed against the value it adds.")),
        test("data-meta-requirements", S::Data, 4,
             QT_TRANSLATE_NOOP("mlp", "Features adhere to meta-level requirements"),
             QT_TRANSLATE_NOOP("mlp",
                               "Project-wide rules on features (e.g. no data from users who "
                               "opted out, no deprecated sources) are enforced.")),
        test("data-privacy", S::Data, 5,
             QT_TRANSLATE_NOOP("mlp", "The data pipeline has appropriate privacy controls"),
             QT_TRANSLATE_NOOP("mlp",
                               "Access to the pipeline's data is controlled as tightly as the "
                               "raw user data, and deletions of user data reach it.")),
        test("data-new-features-quickly", S::Data, 6,
             QT_TRANSLATE_NOOP("mlp", "New features can be added quickly"),
             QT_TRANSLATE_NOOP("mlp",
                               "A new feature idea can reach production quickly (the paper "
                               "suggests one to two months).")),
        test("data-feature-code-tested", S::Data, 7,
             QT_TRANSLATE_NOOP("mlp", "All input feature code is tested"),
             QT_TRANSLATE_NOOP("mlp", "The code that creates the input features has unit tests.")),

        test("model-specs-reviewed", S::Model, 1,
             QT_TRANSLATE_NOOP("mlp", "Model specs are reviewed and submitted"),
             QT_TRANSLATE_NOOP("mlp",
                               "Every change to the model's configuration is code-reviewed and "
                               "checked into version control.")),
        test("model-offline-online-correlate", S::Model, 2,
             QT_TRANSLATE_NOOP("mlp", "Offline and online metrics correlate"),
             QT_TRANSLATE_NOOP("mlp",
                               "Changes in the offline metrics are shown to move the online "
                               "(user or business) metrics, e.g. with a deliberately degraded "
                               "model in a small experiment.")),
        test("model-hyperparameters-tuned", S::Model, 3,
             QT_TRANSLATE_NOOP("mlp", "All hyperparameters have been tuned"),
             QT_TRANSLATE_NOOP("mlp",
                               "Learning rate, layer sizes, regularisation and the like are "
                               "tuned by a search rather than left at a guess.")),
        test("model-staleness-impact", S::Model, 4,
             QT_TRANSLATE_NOOP("mlp", "The impact of model staleness is known"),
             QT_TRANSLATE_NOOP("mlp",
                               "How much quality drops as the model ages is measured, so the "
                               "retraining schedule is chosen knowingly.")),
        test("model-simpler-not-better", S::Model, 5,
             QT_TRANSLATE_NOOP("mlp", "A simpler model is not better"),
             QT_TRANSLATE_NOOP("mlp",
                               "The model is compared regularly with a simple baseline (e.g. a "
                               "linear model on a few features), so its complexity pays off.")),
        test("model-data-slices", S::Model, 6,
             QT_TRANSLATE_NOOP("mlp", "Model quality is sufficient on important data slices"),
             QT_TRANSLATE_NOOP("mlp",
                               "Quality is measured on important slices of the data (e.g. by "
                               "country or user group), not only overall.")),
        test("model-inclusion", S::Model, 7,
             QT_TRANSLATE_NOOP("mlp", "The model is tested for considerations of inclusion"),
             QT_TRANSLATE_NOOP("mlp",
                               "The model is checked for unfair differences between groups of "
                               "users, e.g. by slicing by sensitive attributes.")),

        test("infra-training-reproducible", S::Infrastructure, 1,
             QT_TRANSLATE_NOOP("mlp", "Training is reproducible"),
             QT_TRANSLATE_NOOP("mlp",
                               "Training twice on the same data gives the same or a very close "
                               "model; randomness is seeded or bounded.")),
        test("infra-model-specs-unit-tested", S::Infrastructure, 2,
             QT_TRANSLATE_NOOP("mlp", "Model specs are unit tested"),
             QT_TRANSLATE_NOOP("mlp",
                               "The model code has unit tests, e.g. that a few training steps "
                               "lower the loss and that a checkpoint restores.")),
        test("infra-pipeline-integration-tested", S::Infrastructure, 3,
             QT_TRANSLATE_NOOP("mlp", "The ML pipeline is integration tested"),
             QT_TRANSLATE_NOOP("mlp",
                               "The whole pipeline, from raw data through training to serving, "
                               "is tested end to end.")),
        test("infra-quality-validated", S::Infrastructure, 4,
             QT_TRANSLATE_NOOP("mlp", "Model quality is validated before serving"),
             QT_TRANSLATE_NOOP("mlp",
                               "A new model is checked against the previous one and against "
                               "fixed thresholds before it serves.")),
        test("infra-model-debuggable", S::Infrastructure, 5,
             QT_TRANSLATE_NOOP("mlp", "The model is debuggable"),
             QT_TRANSLATE_NOOP("mlp",
                               "One example can be stepped through the model to see how its "
                               "prediction was computed.")),
        test("infra-canaried", S::Infrastructure, 6,
             QT_TRANSLATE_NOOP("mlp", "Models are canaried before serving"),
             QT_TRANSLATE_NOOP("mlp",
                               "A new model first serves a small share of the traffic, so "
                               "problems show before they reach everyone.")),
        test("infra-rollback", S::Infrastructure, 7,
             QT_TRANSLATE_NOOP("mlp", "Serving models can be rolled back"),
             QT_TRANSLATE_NOOP("mlp",
                               "A previous, known-good model can be put back quickly and "
                               "safely, and this has been practised.")),

        test("monitor-dependency-changes", S::Monitoring, 1,
             QT_TRANSLATE_NOOP("mlp", "Dependency changes result in notification"),
             QT_TRANSLATE_NOOP("mlp",
                               "The team is told when an upstream data source, feature or "
                               "library the system depends on changes.")),
        test("monitor-data-invariants", S::Monitoring, 2,
             QT_TRANSLATE_NOOP("mlp", "Data invariants hold for inputs"),
             QT_TRANSLATE_NOOP("mlp",
                               "The schema's expectations (Data 1) are checked on the inputs "
                               "while serving, with an alert when they break.")),
        test("monitor-training-serving-skew", S::Monitoring, 3,
             QT_TRANSLATE_NOOP("mlp", "Training and serving are not skewed"),
             QT_TRANSLATE_NOOP("mlp",
                               "Features computed for training and for serving are compared, "
                               "and so are the distributions of the two.")),
        test("monitor-model-staleness", S::Monitoring, 4,
             QT_TRANSLATE_NOOP("mlp", "Models are not too stale"),
             QT_TRANSLATE_NOOP("mlp",
                               "The age of the serving model is watched, with an alert before "
                               "it is older than its staleness impact (Model 4) allows.")),
        test("monitor-numerical-stability", S::Monitoring, 5,
             QT_TRANSLATE_NOOP("mlp", "Models are numerically stable"),
             QT_TRANSLATE_NOOP("mlp",
                               "Training and serving watch for NaN and infinite values and for "
                               "weights or outputs outside their expected ranges.")),
        test("monitor-computing-performance", S::Monitoring, 6,
             QT_TRANSLATE_NOOP("mlp", "Computing performance has not regressed"),
             QT_TRANSLATE_NOOP("mlp",
                               "Training speed, serving latency, throughput and memory are "
                               "tracked across versions of code, data and model.")),
        test("monitor-prediction-quality", S::Monitoring, 7,
             QT_TRANSLATE_NOOP("mlp", "Prediction quality has not regressed"),
             QT_TRANSLATE_NOOP("mlp",
                               "The quality of the served predictions is measured (e.g. against "
                               "labels that arrive later), with an alert when it drops.")),
    };
    return tests;
}

std::optional<ReadinessTest> readinessTestById(const QString &id)
{
    for (const ReadinessTest &t : readinessTests()) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

QString readinessTestLabel(const ReadinessTest &test)
{
    return QCoreApplication::translate("mlp", "%1 %2", "readiness test label: section, number")
        .arg(readinessSectionName(test.section))
        .arg(test.number);
}

Status setReadinessAnswer(ReadinessAnswers &answers, const QString &testId, ReadinessLevel level)
{
    if (!readinessTestById(testId)) {
        return makeError(
            Error::Code::NotFound,
            QCoreApplication::translate("mlp",
                                        "Unknown readiness test “%1”. Run “mlplanner readiness "
                                        "FILE IDEA” to see the test ids.")
                .arg(testId));
    }
    if (level == ReadinessLevel::None)
        answers.remove(testId);
    else
        answers.insert(testId, level);
    return Ok {};
}

ReadinessLevel readinessAnswer(const ReadinessAnswers &answers, const QString &testId)
{
    return answers.value(testId, ReadinessLevel::None);
}

ReadinessScore readinessScore(const ReadinessAnswers &answers)
{
    // Half points as whole numbers, so sums and the minimum are exact.
    std::array<int, kReadinessSectionCount> halves {};
    for (const ReadinessTest &t : readinessTests())
        halves[static_cast<int>(t.section)] += static_cast<int>(readinessAnswer(answers, t.id));
    ReadinessScore result;
    int lowest = halves[0];
    for (int s = 0; s < kReadinessSectionCount; ++s) {
        result.sections[s] = halves[s] / 2.0;
        lowest = std::min(lowest, halves[s]);
    }
    result.score = lowest / 2.0;
    for (ReadinessSection s : kAllReadinessSections) {
        if (halves[static_cast<int>(s)] == lowest)
            result.weakest << s;
    }
    return result;
}

QString weakestSectionsText(const ReadinessScore &score)
{
    QStringList names;
    for (ReadinessSection s : score.weakest)
        names << readinessSectionName(s);
    return names.join(QStringLiteral(", "));
}

QString readinessPointsText(double points)
{
    return QString::number(points, 'g', 4);
}

QString readinessScoreText(const ReadinessScore &score)
{
    return QCoreApplication::translate("mlp", "%1 (weakest: %2)")
        .arg(readinessPointsText(score.score), weakestSectionsText(score));
}

Status checkReadinessGate(const ReadinessGate &gate, const ReadinessAnswers &answers)
{
    if (!gate.gatesDeploying)
        return Ok {};
    const ReadinessScore score = readinessScore(answers);
    if (score.score >= gate.minimum)
        return Ok {};
    return makeError(Error::Code::Invalid,
                     QCoreApplication::translate(
                         "mlp",
                         "Not ready for Deploying & testing: the readiness score is %1 and the "
                         "portfolio asks for at least %2; the weakest section is %3. Raise that "
                         "section's tests in the Readiness checklist, or turn the readiness gate "
                         "off in the portfolio settings.")
                         .arg(readinessPointsText(score.score), readinessPointsText(gate.minimum),
                              weakestSectionsText(score)));
}

QString readinessWarningText(const ReadinessScore &score)
{
    return QCoreApplication::translate("mlp", "Readiness score %1 of 7; the weakest section is %2.")
        .arg(readinessPointsText(score.score), weakestSectionsText(score));
}

} // namespace mlp

#include "cli/actions.h"
#include "cli/texttable.h"

#include "core/domain/scoring.h"
#include "core/domain/validation.h"
#include "core/io/formatkeys.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <utility>

// The portfolio's settings as KEY=VALUE: printed with the same keys that set them, so a
// script can read a value and write it back.
namespace mlp::cli {

namespace {

const QString kName = QStringLiteral("name");
const QString kImpactThreshold = QStringLiteral("impact-threshold");
const QString kFeasibilityThreshold = QStringLiteral("feasibility-threshold");
const QString kCostBase = QStringLiteral("cost-base");
const QString kAggregation = QStringLiteral("aggregation");
const QString kWeightPrefix = QStringLiteral("weight.");
const QString kDriverPrefix = QStringLiteral("driver.");
const QString kQuadrantPrefix = QStringLiteral("quadrant.");

struct Settings
{
    QString name;
    ScoringConfig config;
};

// Every key and its value, in a fixed order; numbers as JSON numbers.
QList<std::pair<QString, QJsonValue>> entries(const Settings &settings)
{
    const ScoringConfig &c = settings.config;
    QList<std::pair<QString, QJsonValue>> out {
        { kName, settings.name },
        { kImpactThreshold, c.impactThreshold },
        { kFeasibilityThreshold, c.feasibilityThreshold },
        { kCostBase, c.costBase },
        { kAggregation, io::aggregationKey(c.aggregation) },
    };
    for (int q = 0; q < io::kNamedQuadrantCount; ++q)
        out.append({ kQuadrantPrefix + io::quadrantKey(static_cast<Quadrant>(q)),
                     c.quadrantNames[size_t(q)] });
    for (int d = 0; d < kDriverCount; ++d)
        out.append({ kDriverPrefix + io::driverKey(d), c.driverWeights[size_t(d)] });
    for (int q = 0; q < kQuestionCount; ++q)
        out.append({ kWeightPrefix + questions()[size_t(q)].id, c.questionWeights[size_t(q)] });
    return out;
}

QString valueText(const QJsonValue &value)
{
    return value.isDouble() ? io::numberText(value.toDouble()) : value.toString();
}

QString printed(const Settings &settings, bool json)
{
    if (json) {
        QJsonObject object;
        for (const auto &[key, value] : entries(settings))
            object.insert(key, value);
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    }
    TextTable table({ QCoreApplication::translate("mlp", "setting"),
                      QCoreApplication::translate("mlp", "value") });
    for (const auto &[key, value] : entries(settings))
        table.addRow({ key, valueText(value) });
    return table.toString();
}

// Applies one KEY=VALUE; why not when the key or value is refused.
Status apply(Settings &settings, const Assignment &a)
{
    ScoringConfig &c = settings.config;
    const auto number = [&](double &target) -> Status {
        const auto value = parseNumber(a.value);
        if (!value)
            return makeError(Error::Code::Invalid,
                             QCoreApplication::translate("mlp", "%1: '%2' is not a number")
                                 .arg(a.key, excerpt(a.value)));
        target = *value;
        return Ok {};
    };
    if (a.key == kName) {
        settings.name = a.value;
        return checkText(QCoreApplication::translate("mlp", "portfolio name"), a.value,
                         TextKind::Name);
    }
    if (a.key == kImpactThreshold)
        return number(c.impactThreshold);
    if (a.key == kFeasibilityThreshold)
        return number(c.feasibilityThreshold);
    if (a.key == kCostBase)
        return number(c.costBase);
    if (a.key == kAggregation) {
        const auto aggregation = io::aggregationFromKey(a.value);
        if (!aggregation)
            return makeError(
                Error::Code::Invalid,
                QCoreApplication::translate("mlp", "%1: '%2' is not one of %3")
                    .arg(a.key, excerpt(a.value), keyListOf<Aggregation>(2, io::aggregationKey)));
        c.aggregation = *aggregation;
        return Ok {};
    }
    for (int q = 0; q < io::kNamedQuadrantCount; ++q) {
        if (a.key == kQuadrantPrefix + io::quadrantKey(static_cast<Quadrant>(q))) {
            if (a.value.trimmed().isEmpty())
                return makeError(
                    Error::Code::Invalid,
                    QCoreApplication::translate("mlp", "%1: a quadrant needs a name").arg(a.key));
            c.quadrantNames[size_t(q)] = a.value;
            return Ok {};
        }
    }
    for (int d = 0; d < kDriverCount; ++d) {
        if (a.key == kDriverPrefix + io::driverKey(d))
            return number(c.driverWeights[size_t(d)]);
    }
    if (a.key.startsWith(kWeightPrefix)) {
        if (const auto q = questionIndex(a.key.mid(kWeightPrefix.size())))
            return number(c.questionWeights[size_t(*q)]);
    }
    return makeError(
        Error::Code::Invalid,
        QCoreApplication::translate(
            "mlp", "unknown setting '%1' (run 'mlplanner settings FILE' to see the keys)")
            .arg(excerpt(a.key)));
}

void configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("mlp", "The portfolio file."));
    parser.addPositionalArgument(
        QStringLiteral("KEY=VALUE"),
        QCoreApplication::translate(
            "mlp",
            "Settings to change, with the keys the command prints: name, impact-threshold, "
            "feasibility-threshold (0 to 10), cost-base (more than 1, at most 20), aggregation "
            "(median or mean), quadrant.KEY (the quadrant's name), driver.KEY and "
            "weight.QUESTION (weights 0 to 100). Without any, the settings are printed."),
        QStringLiteral("[KEY=VALUE...]"));
    parser.addOption(QCommandLineOption(
        QStringLiteral("json"), QCoreApplication::translate("mlp", "Print the settings as JSON.")));
}

int execute(Context &context, const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    const QString path = arguments.at(0);
    const QStringList words = arguments.mid(1);
    if (words.isEmpty()) {
        const auto store = openStore(context.stores, path, PortfolioStore::Access::Read);
        if (!store)
            return fail(context, Refused, store.error().message);
        const auto current = (*store)->loadSettings();
        if (!current)
            return fail(context, Refused, current.error().message);
        context.out << printed({ current->name, current->config },
                               parser.isSet(QStringLiteral("json")));
        return Success;
    }
    if (parser.isSet(QStringLiteral("json")))
        return fail(
            context, UsageError,
            QCoreApplication::translate("mlp", "settings: --json only applies when printing"));
    const auto assignments = parseAssignments(words);
    if (!assignments)
        return fail(context, UsageError, assignments.error().message);

    auto store = openStore(context.stores, path, PortfolioStore::Access::Edit);
    if (!store)
        return fail(context, Refused, store.error().message);
    const auto current = (*store)->loadSettings();
    if (!current)
        return fail(context, Refused, current.error().message);
    Settings settings { current->name, current->config };
    for (const Assignment &a : *assignments) {
        if (Status applied = apply(settings, a); !applied)
            return fail(context, Refused, applied.error().message);
    }
    if (Status valid = validateConfig(settings.config); !valid)
        return fail(context, Refused, valid.error().message);
    if (Status saved = (*store)->saveSettings(settings.name, settings.config); !saved)
        return fail(context, Refused, storageMessage(path, saved.error()));

    QMap<QString, QJsonValue> now;
    for (const auto &[key, value] : entries(settings))
        now.insert(key, value);
    for (const Assignment &a : *assignments)
        context.out << QCoreApplication::translate("mlp", "Set %1 to %2.")
                           .arg(a.key, quoted(valueText(now.value(a.key))))
                    << QLatin1Char('\n');
    return Success;
}

} // namespace

Command settingsCommand()
{
    return { QLatin1String("settings"),
             QT_TRANSLATE_NOOP("mlp",
                               "Print or change the portfolio's name and scoring "
                               "settings: weights, thresholds, quadrant names, cost base."),
             QLatin1String("FILE [KEY=VALUE...]"), configure, execute };
}

} // namespace mlp::cli

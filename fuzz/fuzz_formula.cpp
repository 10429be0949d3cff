// Fuzzes metric formulas and the model ranking. The first 24 bytes are three metric values
// (raw doubles, so NaN, infinity and 1e308 occur), the next byte the combine rule, the rest
// the formula. When validateIdea accepts the metrics (values within ±1e15, formula size),
// every value evaluateModels returns must be finite.
#include "core/domain/metrics.h"
#include "core/domain/validation.h"

#include <QCoreApplication>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace mlp;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 25)
        return 0;
    double values[3];
    std::memcpy(values, data, sizeof values);
    Idea idea;
    idea.id = 1;
    idea.name = QStringLiteral("fuzz");
    ProjectMetrics &m = idea.metrics;
    m.metrics
        = { MetricDef { QStringLiteral("precision@10"), {}, Direction::HigherIsBetter, 2, 0.5 },
            MetricDef { QStringLiteral("latency ms"), QStringLiteral("ms"),
                        Direction::LowerIsBetter, 1, 250 },
            MetricDef { QStringLiteral("cost"), {}, Direction::LowerIsBetter, 0.5, {} } };
    const int kind = data[24] % 3;
    m.rule.kind = kind == 0 ? CombineKind::Formula
        : kind == 1         ? CombineKind::WeightedAverage
                            : CombineKind::Threshold;
    m.rule.optimize = QStringLiteral("precision@10");
    m.rule.formula
        = QString::fromUtf8(reinterpret_cast<const char *>(data) + 25, qsizetype(size - 25));
    ModelResult a { QStringLiteral("a"), {} };
    a.values.insert(QStringLiteral("precision@10"), values[0]);
    a.values.insert(QStringLiteral("latency ms"), values[1]);
    a.values.insert(QStringLiteral("cost"), values[2]);
    ModelResult b { QStringLiteral("b"), {} };
    b.values.insert(QStringLiteral("precision@10"), 0.7);
    b.values.insert(QStringLiteral("latency ms"), 120);
    m.results = { a, b };
    const bool valid = validateIdea(idea).ok();
    const Result<QList<ModelScore>> scores = evaluateModels(m);
    if (!valid || !scores)
        return 0;
    for (const ModelScore &s : *scores) {
        if (s.value && !std::isfinite(*s.value)) {
            std::fprintf(stderr, "a valid model got a value that is not finite\n");
            std::abort();
        }
    }
    return 0;
}

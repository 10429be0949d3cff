#pragma once

// Readiness before deploying: the ML Test Score rubric (Breck et al., 2017, "The ML Test Score:
// A Rubric for ML Production Readiness and Technical Debt Reduction"). 28 tests in four sections
// of seven; each scores 0, 0.5 (done by hand, results written down and shared) or 1 (automated
// and run repeatedly); a section's score is its sum, the project's score the minimum of the four.

#include "core/domain/result.h"

#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <optional>

namespace mlp {

enum class ReadinessSection { Data = 0, Model = 1, Infrastructure = 2, Monitoring = 3 };
inline constexpr int kReadinessSectionCount = 4;
inline constexpr int kReadinessTestsPerSection = 7;
inline constexpr std::array<ReadinessSection, kReadinessSectionCount> kAllReadinessSections {
    ReadinessSection::Data, ReadinessSection::Model, ReadinessSection::Infrastructure,
    ReadinessSection::Monitoring
};
QString readinessSectionKey(ReadinessSection section);  // data, model, infrastructure, monitoring
QString readinessSectionName(ReadinessSection section); // translated

// How far a test is done: not at all (0), by hand with results written down and shared (0.5),
// automated and run repeatedly (1).
enum class ReadinessLevel { None = 0, Manual = 1, Automated = 2 };
double readinessPoints(ReadinessLevel level);
// "0", "0.5", "1" (also read: "½", ".5"); nullopt for anything else.
QString readinessLevelKey(ReadinessLevel level);
std::optional<ReadinessLevel> readinessLevelFromKey(const QString &key);
QString readinessLevelName(ReadinessLevel level); // translated, e.g. "Automated"

struct ReadinessTest
{
    QString id; // stable key stored in files, e.g. "data-schema"
    ReadinessSection section;
    int number;          // 1..7 within its section, as the paper numbers them
    QString name;        // the paper's name, translated
    QString description; // what it asks, in a sentence or two, translated
};
// The 28 tests, section by section in the paper's order.
const QList<ReadinessTest> &readinessTests();
std::optional<ReadinessTest> readinessTestById(const QString &id);
// "Data 1", "Monitoring 7": the paper's label, translated.
QString readinessTestLabel(const ReadinessTest &test);

// An idea's answers: test id -> level. Missing means not done (0); None is never stored, so
// equal answers compare equal.
using ReadinessAnswers = QMap<QString, ReadinessLevel>;
// Sets one answer, keeping the map free of None; refuses an unknown test id.
Status setReadinessAnswer(ReadinessAnswers &answers, const QString &testId, ReadinessLevel level);
ReadinessLevel readinessAnswer(const ReadinessAnswers &answers, const QString &testId);

struct ReadinessScore
{
    std::array<double, kReadinessSectionCount> sections {}; // each 0..7
    double score = 0.0;                                     // the minimum of the sections
    QList<ReadinessSection> weakest; // every section whose sum is the score, in order
};
// Pure: sums each section and takes the minimum. Unknown ids are ignored.
ReadinessScore readinessScore(const ReadinessAnswers &answers);
// "Data" or "Data, Monitoring" (tied): the weakest sections' names, translated.
QString weakestSectionsText(const ReadinessScore &score);
// "1.5 (weakest: Data)", translated, for messages and summaries.
QString readinessScoreText(const ReadinessScore &score);
QString readinessPointsText(double points); // "1.5", "2", "0"

// The portfolio's setting: whether a low score stops a move to Deploying & testing, and from
// which score a project may go.
struct ReadinessGate
{
    bool gatesDeploying = false;
    // 1: every section has at least one test automated or two done by hand. The paper reads
    // a score of 1 or less as "not totally untested, but possibly serious holes in
    // reliability", so a team that wants more sets a higher minimum.
    double minimum = 1.0;
    friend bool operator==(const ReadinessGate &, const ReadinessGate &) = default;
};
inline constexpr double kMaxReadinessMinimum = 7.0;

// Why a move to Deploying & testing is refused by the gate, or Ok when it is off or met.
Status checkReadinessGate(const ReadinessGate &gate, const ReadinessAnswers &answers);
// The warning shown before such a move when the gate is off (or met): score and weakest section.
QString readinessWarningText(const ReadinessScore &score);

} // namespace mlp

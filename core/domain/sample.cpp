#include "core/domain/sample.h"

#include <QCoreApplication>

#include <initializer_list>

namespace mlp {

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Answers in catalogue order: 4 impact, 5 data availability, 3 accuracy, 4 difficulty.
Answers answers(std::initializer_list<int> values)
{
    Answers a {};
    int i = 0;
    for (int v : values) {
        if (i < kQuestionCount)
            a[i++] = static_cast<qint8>(v);
    }
    return a;
}

Checklist fullChecklist()
{
    Checklist c;
    for (const ChecklistItem &item : checklistItems())
        c.insert(item.id, ChecklistAnswer::Yes);
    return c;
}

class IdeaBuilder
{
public:
    IdeaBuilder(const QDateTime &now, qint64 id, const char *name, const char *owner,
                Archetype archetype, int createdDaysAgo)
        : m_now(now)
    {
        m_idea.id = id;
        m_idea.name = s(name);
        m_idea.owner = s(owner);
        m_idea.archetype = archetype;
        m_idea.lifecycle.createdAt = now.addDays(-createdDaysAgo);
    }

    IdeaBuilder &describe(const char *text)
    {
        m_idea.description = s(text);
        return *this;
    }
    IdeaBuilder &rater(const char *name, std::initializer_list<int> values)
    {
        m_idea.raters << Rater { s(name), answers(values) };
        return *this;
    }
    IdeaBuilder &accuracy(double a)
    {
        m_idea.accuracyRequirement = a;
        return *this;
    }
    IdeaBuilder &checklist(Checklist c)
    {
        m_idea.checklist = std::move(c);
        return *this;
    }
    IdeaBuilder &keyAnswer(const char *questionId, const char *answer)
    {
        m_idea.keyQuestionAnswers.insert(QString::fromLatin1(questionId), s(answer));
        return *this;
    }
    IdeaBuilder &flywheel(TriState a, TriState b, TriState c)
    {
        m_idea.flywheel = { a, b, c };
        return *this;
    }
    IdeaBuilder &move(Stage to, int daysAgo, const char *trigger = "", const char *reason = "",
                      const char *overrideNote = "")
    {
        MoveRequest request;
        request.to = to;
        request.triggerId = QString::fromLatin1(trigger);
        request.reason = s(reason);
        request.who = m_idea.owner;
        request.checklistOverrideNote = s(overrideNote);
        Result<Idea> next = moveIdea(m_idea, request, m_now.addDays(-daysAgo), ReadinessGate {});
        Q_ASSERT(next.ok());
        if (next)
            m_idea = std::move(next).value();
        return *this;
    }
    IdeaBuilder &outcome(Outcome o, int daysAgo, const char *reason = "")
    {
        Result<Idea> next = setIdeaOutcome(m_idea, o, s(reason), m_now.addDays(-daysAgo));
        Q_ASSERT(next.ok());
        if (next)
            m_idea = std::move(next).value();
        return *this;
    }
    IdeaBuilder &readiness(std::initializer_list<std::pair<const char *, ReadinessLevel>> answers)
    {
        for (const auto &[testId, level] : answers) {
            [[maybe_unused]] const Status set
                = setReadinessAnswer(m_idea.readiness, QString::fromLatin1(testId), level);
            Q_ASSERT(set.ok());
        }
        return *this;
    }
    IdeaBuilder &manualPlacement(std::optional<double> impact, std::optional<double> feasibility,
                                 const char *note)
    {
        m_idea.manualOverride = ManualOverride { impact, feasibility, s(note) };
        return *this;
    }
    IdeaBuilder &metric(const char *name, const char *unit, Direction direction,
                        double weight = 1.0, std::optional<double> bound = std::nullopt)
    {
        m_idea.metrics.metrics << MetricDef { s(name), s(unit), direction, weight, bound };
        return *this;
    }
    IdeaBuilder &rule(CombineKind kind, const char *optimize = "", const char *formula = "",
                      Direction formulaDirection = Direction::HigherIsBetter)
    {
        m_idea.metrics.rule = CombineRule { kind, s(optimize), s(formula), formulaDirection };
        return *this;
    }
    IdeaBuilder &result(const char *model,
                        std::initializer_list<std::pair<const char *, double>> values)
    {
        ModelResult r;
        r.model = s(model);
        for (const auto &[metricName, value] : values)
            r.values.insert(s(metricName), value);
        m_idea.metrics.results << r;
        return *this;
    }
    IdeaBuilder &baselineMetric(const char *name)
    {
        m_idea.baselineMetric = s(name);
        return *this;
    }
    IdeaBuilder &baseline(const char *label, BaselineKind kind, double value, const char *source,
                          bool fairChecked = false)
    {
        m_idea.baselines << Baseline { s(label), kind, value, s(source), fairChecked };
        return *this;
    }
    Idea build() const { return m_idea; }

private:
    QDateTime m_now;
    Idea m_idea;
};

constexpr TriState Y = TriState::Yes;
constexpr TriState N = TriState::No;
constexpr TriState U = TriState::Unknown;

} // namespace

Portfolio samplePortfolio(const QDateTime &now)
{
    Portfolio p;
    p.name = QCoreApplication::translate("mlp", "Sample portfolio");

    Checklist partial;
    partial.insert(QStringLiteral("ready-for-ml"), ChecklistAnswer::Yes);
    partial.insert(QStringLiteral("need-ml"), ChecklistAnswer::Yes);
    partial.insert(QStringLiteral("success-criteria"), ChecklistAnswer::No);

    p.ideas << IdeaBuilder(now, 1, "IDE code completion", "김민준 (Kim Min-jun)",
                           Archetype::Software2, 150)
                   .describe(
                       "Suggest the rest of a line in the editor from the code around the cursor.")
                   .rater("김민준", { 4, 4, 3, 5, 5, 5, 4, 4, 3, 4, 4, 4, 4, 5, 3, 5 })
                   .rater("Priya", { 4, 5, 3, 5, 5, 4, 3, 4, 3, 4, 5, 4, 4, 5, 2, 5 })
                   .accuracy(0.6)
                   .checklist(fullChecklist())
                   .keyAnswer("improves-performance",
                              "Offline exact match up 12 points over the rule-based completer.")
                   .keyAnswer("feeds-flywheel", "Accepted suggestions are logged as labels.")
                   .flywheel(Y, Y, Y)
                   .move(Stage::Data, 130)
                   .move(Stage::Training, 95)
                   .move(Stage::Data, 70, "need-more-data",
                         "The model only learned the common libraries.")
                   .move(Stage::Training, 40)
                   .metric("exact match", "%", Direction::HigherIsBetter, 2.0)
                   .metric("latency", "ms", Direction::LowerIsBetter, 1.0, 200.0)
                   .rule(CombineKind::WeightedAverage)
                   .result("n-gram", { { "exact match", 31.0 }, { "latency", 8.0 } })
                   .result("small transformer", { { "exact match", 43.0 }, { "latency", 120.0 } })
                   .result("large transformer", { { "exact match", 49.0 }, { "latency", 420.0 } })
                   .baselineMetric("exact match")
                   .baseline("Rule-based completer", BaselineKind::Scripted, 27.0,
                             "Current IDE feature")
                   .baseline("Product goal", BaselineKind::Requirement, 45.0, "Product review, Q2")
                   .build();

    p.ideas << IdeaBuilder(now, 2, "Customised recommendations", "Alex Moreau",
                           Archetype::Software2, 400)
                   .describe("Rank catalogue items for each shopper instead of the hand-tuned "
                             "best-seller lists.")
                   .rater("Alex Moreau", { 5, 3, 4, 5, 5, 5, 4, 3, 3, 4, 4, 3, 3, 5, 4, 3 })
                   .checklist(fullChecklist())
                   .flywheel(Y, Y, Y)
                   .move(Stage::Data, 380)
                   .move(Stage::Training, 340)
                   .move(Stage::Deploying, 290)
                   .move(Stage::Planning, 260, "metric-not-driving-behaviour",
                         "Click-through rose but purchases did not.")
                   .move(Stage::Data, 230)
                   .move(Stage::Training, 200)
                   .move(Stage::Deploying, 150)
                   .outcome(Outcome::Shipped, 120)
                   .metric("recall@20", "", Direction::HigherIsBetter)
                   .result("popularity", { { "recall@20", 0.11 } })
                   .result("two-tower", { { "recall@20", 0.24 } })
                   .baselineMetric("recall@20")
                   .baseline("Best-seller list", BaselineKind::Scripted, 0.11, "Current shop front")
                   .baseline("Matrix factorisation", BaselineKind::SimpleMl, 0.18, "Offline replay")
                   .build();

    p.ideas
        << IdeaBuilder(now, 3, "Game AI opponents", "Jonas Berg", Archetype::Software2, 20)
               .describe(
                   "Learn opponent behaviour from play logs instead of scripted state machines.")
               .rater("Jonas Berg", { 2, 3, 3, 4, 4, 4, 0, 4, 5, 5, 5, 5, 0, 3, 0, 4 })
               .checklist(partial)
               .manualPlacement(3.5, std::nullopt,
                                "Studio lead: only one title in the pipeline uses AI opponents.")
               .flywheel(Y, U, N)
               .build();

    p.ideas
        << IdeaBuilder(now, 4, "Sketches to slides", "Sofia Rossi", Archetype::HumanInTheLoop, 120)
               .describe(
                   "Turn a whiteboard photo into editable slide shapes that the author then fixes.")
               .rater("Sofia Rossi", { 3, 5, 4, 2, 3, 2, 3, 4, 4, 4, 4, 5, 2, 2, 3, 5 })
               .checklist(fullChecklist())
               .keyAnswer("good-enough-to-be-useful",
                          "Fixing the shapes must be faster than drawing them.")
               .move(Stage::Data, 100)
               .move(Stage::Planning, 75, "different-task-easier-to-label",
                     "Labeling boxes and arrows is far cheaper than whole layouts.")
               .move(Stage::Data, 60)
               .build();

    p.ideas << IdeaBuilder(now, 5, "Email auto-complete", "Grace Okafor", Archetype::HumanInTheLoop,
                           300)
                   .describe("Suggest the next words of an email; the writer accepts with Tab.")
                   .rater("Grace Okafor", { 4, 5, 3, 5, 5, 5, 4, 4, 2, 4, 3, 3, 4, 5, 3, 5 })
                   .rater("박지훈", { 4, 4, 3, 5, 5, 5, 4, 4, 2, 4, 4, 3, 4, 5, 3, 5 })
                   .accuracy(0.9)
                   .checklist(fullChecklist())
                   .flywheel(Y, Y, Y)
                   .move(Stage::Data, 280)
                   .move(Stage::Training, 240)
                   .move(Stage::Deploying, 150)
                   .move(Stage::Training, 120, "pilot-not-good-enough",
                         "Pilot users accepted only 4% of suggestions.")
                   .move(Stage::Deploying, 45)
                   .readiness({ { "data-schema", ReadinessLevel::Automated },
                                { "data-privacy", ReadinessLevel::Manual },
                                { "data-feature-code-tested", ReadinessLevel::Automated },
                                { "model-specs-reviewed", ReadinessLevel::Automated },
                                { "model-simpler-not-better", ReadinessLevel::Manual },
                                { "model-data-slices", ReadinessLevel::Manual },
                                { "infra-training-reproducible", ReadinessLevel::Manual },
                                { "infra-quality-validated", ReadinessLevel::Automated },
                                { "infra-rollback", ReadinessLevel::Manual },
                                { "monitor-prediction-quality", ReadinessLevel::Manual } })
                   .metric("acceptance rate", "%", Direction::HigherIsBetter)
                   .metric("p95 latency", "ms", Direction::LowerIsBetter, 1.0, 80.0)
                   .rule(CombineKind::Threshold, "acceptance rate")
                   .result("LSTM", { { "acceptance rate", 9.0 }, { "p95 latency", 35.0 } })
                   .result("distilled transformer",
                           { { "acceptance rate", 14.0 }, { "p95 latency", 70.0 } })
                   .result("full transformer",
                           { { "acceptance rate", 17.0 }, { "p95 latency", 190.0 } })
                   .build();

    p.ideas << IdeaBuilder(now, 6, "Radiology assistant", "이서연 (Lee Seo-yeon)",
                           Archetype::HumanInTheLoop, 260)
                   .describe("Flag chest X-rays that likely show a nodule, for the radiologist to "
                             "review first.")
                   .rater("이서연", { 5, 4, 4, 3, 2, 1, 2, 4, 1, 1, 2, 1, 3, 4, 3, 3 })
                   .rater("Dr. Haddad", { 5, 4, 4, 4, 2, 1, 1, 4, 1, 1, 1, 1, 3, 4, 2, 3 })
                   .accuracy(0.999)
                   .checklist(fullChecklist())
                   .keyAnswer("good-enough-to-be-useful",
                              "Sensitivity at least that of a general radiologist.")
                   .keyAnswer("collect-enough-data",
                              "Partner hospitals share de-identified reports as weak labels.")
                   .move(Stage::Data, 230)
                   .move(Stage::Training, 160)
                   .move(Stage::Data, 130, "labels-unreliable",
                         "Report-derived labels disagree with specialists on 18% of cases.")
                   .move(Stage::Training, 70)
                   .metric("sensitivity", "", Direction::HigherIsBetter, 1.0, 0.85)
                   .metric("false positives per scan", "", Direction::LowerIsBetter, 1.0, 0.5)
                   .rule(CombineKind::Threshold, "sensitivity")
                   .result("DenseNet-121",
                           { { "sensitivity", 0.86 }, { "false positives per scan", 0.42 } })
                   .result("ResNet-50",
                           { { "sensitivity", 0.83 }, { "false positives per scan", 0.31 } })
                   .baselineMetric("sensitivity")
                   .baseline("Clinical requirement", BaselineKind::Requirement, 0.9,
                             "Hospital board")
                   .baseline("Published CheXNet-style result", BaselineKind::PublishedResult, 0.91,
                             "Paper on a different population; not yet checked")
                   .baseline("Logistic regression on radiomics", BaselineKind::SimpleMl, 0.71,
                             "Internal")
                   .baseline("Crowd workers", BaselineKind::HumanCrowd, 0.55, "Pilot labeling task")
                   .baseline("Crowd ensemble (5 votes)", BaselineKind::HumanCrowdEnsemble, 0.64,
                             "Pilot labeling task")
                   .baseline("General radiologist", BaselineKind::HumanDomainExpert, 0.82,
                             "Reader study")
                   .baseline("Thoracic radiologist", BaselineKind::HumanDeepExpert, 0.9,
                             "Reader study")
                   .baseline("Panel of thoracic radiologists", BaselineKind::HumanMixtureOfExperts,
                             0.94, "Reader study")
                   .build();

    p.ideas << IdeaBuilder(now, 7, "Full self-driving shuttle", "Marta Nowak",
                           Archetype::Autonomous, 500)
                   .describe("A campus shuttle that drives itself with no safety driver.")
                   .rater("Marta Nowak", { 5, 5, 5, 4, 2, 2, 1, 3, 3, 1, 1, 1, 1, 3, 1, 4 })
                   .accuracy(0.99999)
                   .checklist(fullChecklist())
                   .keyAnswer("acceptable-failure-rate",
                              "Fewer incidents per kilometre than a human driver.")
                   .keyAnswer("guarantee-failure-rate", "We could not: edge cases keep appearing.")
                   .move(Stage::Data, 470)
                   .move(Stage::Training, 400)
                   .move(Stage::Planning, 330, "task-too-hard",
                         "Edge cases in rain and at night are far beyond our data.")
                   .outcome(Outcome::Shelved, 320,
                            "No way to guarantee an acceptable failure rate with our budget.")
                   .build();

    p.ideas << IdeaBuilder(now, 8, "Automated customer support", "Ana Lima", Archetype::Autonomous,
                           30)
                   .describe("Answer common support chats end to end without an agent.")
                   .rater("Ana Lima", { 4, 4, 5, 4, 4, 3, 3, 3, 2, 2, 2, 2, 2, 3, 3, 5 })
                   .rater("최유진", { 4, 3, 5, 4, 4, 3, 3, 3, 2, 2, 3, 3, 2, 3, 3, 5 })
                   .rater("Tom Baker", { 3, 4, 4, 3, 4, 2, 0, 3, 2, 1, 2, 2, 0, 0, 3, 5 })
                   .accuracy(0.99)
                   .checklist(partial)
                   .keyAnswer("cheap-labels-from-system",
                              "Agents' edits of drafted answers could be logged.")
                   .build();

    p.ideas << IdeaBuilder(now, 9, "Automated web design", "Lucas Martin", Archetype::Autonomous,
                           10)
                   .describe("Generate and publish a landing page from a product brief.")
                   .rater("Lucas Martin", { 3, 3, 4, 2, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 })
                   .build();

    p.ideas << IdeaBuilder(now, 10, "Pose estimation for a robot arm", "Kenji Sato",
                           Archetype::Autonomous, 210)
                   .describe(
                       "Estimate an object's position and orientation so the arm can grasp it.")
                   .rater("Kenji Sato", { 3, 3, 4, 3, 3, 2, 3, 4, 5, 2, 3, 4, 4, 4, 3, 2 })
                   .accuracy(0.99)
                   .checklist(fullChecklist())
                   .move(Stage::Data, 190)
                   .move(Stage::Training, 150)
                   .move(Stage::Data, 120, "",
                         "The cameras were moved; the poses must be recorded again.")
                   .move(Stage::Training, 90)
                   .metric("position error", "cm", Direction::LowerIsBetter, 1.0, 1.0)
                   .metric("angular error", "°", Direction::LowerIsBetter, 1.0, 5.0)
                   .metric("inference time", "ms", Direction::LowerIsBetter, 1.0,
                           std::nullopt) // ignored for now, as in the course
                   .rule(CombineKind::Threshold, "angular error")
                   .result("ResNet-18 regression",
                           { { "position error", 0.75 },
                             { "angular error", 62.0 },
                             { "inference time", 280.0 } })
                   .result("keypoints + PnP",
                           { { "position error", 0.95 },
                             { "angular error", 58.0 },
                             { "inference time", 310.0 } })
                   .result("large backbone",
                           { { "position error", 1.25 },
                             { "angular error", 55.0 },
                             { "inference time", 330.0 } })
                   .baselineMetric("angular error")
                   .baseline("Engineering requirement", BaselineKind::Requirement, 5.0,
                             "Gripper tolerance")
                   .baseline("ICP template matching", BaselineKind::Scripted, 75.0, "Existing cell")
                   .baseline("PoseCNN-style result", BaselineKind::PublishedResult, 20.0,
                             "Benchmark paper, other objects")
                   .build();

    p.ideas
        << IdeaBuilder(now, 11, "Support ticket routing", "Fatima Zahra", Archetype::Software2, 240)
               .describe("Send each incoming ticket to the right team instead of keyword rules.")
               .rater("Fatima Zahra", { 3, 4, 5, 4, 5, 4, 4, 3, 3, 4, 4, 4, 5, 5, 5, 5 })
               .accuracy(0.95)
               .checklist(partial)
               .flywheel(Y, Y, U)
               .move(Stage::Data, 220, "", "",
                     "Leadership asked for a pilot this quarter; the checklist follows.")
               .move(Stage::Training, 190)
               .move(Stage::Deploying, 150)
               .move(Stage::Data, 110, "train-prod-data-differ",
                     "Production tickets are shorter and in more languages.")
               .move(Stage::Training, 80)
               .move(Stage::Deploying, 30)
               .metric("accuracy", "", Direction::HigherIsBetter)
               .metric("latency", "ms", Direction::LowerIsBetter, 1.0, 500.0)
               .rule(CombineKind::Formula, "", "accuracy - 0.0002 * latency")
               .result("keyword rules", { { "accuracy", 0.71 }, { "latency", 2.0 } })
               .result("TF-IDF + logistic regression", { { "accuracy", 0.84 }, { "latency", 5.0 } })
               .result("fine-tuned BERT", { { "accuracy", 0.9 }, { "latency", 240.0 } })
               .baselineMetric("accuracy")
               .baseline("Routing target", BaselineKind::Requirement, 0.9, "Support operations")
               .baseline("Keyword rules", BaselineKind::Scripted, 0.71, "Current system")
               .baseline("TF-IDF + logistic regression", BaselineKind::SimpleMl, 0.84,
                         "Offline evaluation")
               .baseline("Crowd workers", BaselineKind::HumanCrowd, 0.78, "Labeling pilot")
               .baseline("Senior support agents", BaselineKind::HumanDomainExpert, 0.93,
                         "Audit of 500 tickets")
               .build();

    p.ideas << IdeaBuilder(now, 12, "Product image tagging", "Chen Wei", Archetype::HumanInTheLoop,
                           90)
                   .describe(
                       "Propose attribute tags for new product photos; merchandisers confirm them.")
                   .rater("Chen Wei", { 3, 3, 4, 4, 4, 3, 3, 4, 5, 4, 4, 4, 4, 5, 4, 5 })
                   .checklist(fullChecklist())
                   .move(Stage::Data, 60)
                   .build();

    p.ideas << IdeaBuilder(now, 13, "Churn prediction", "Olivia Brown", Archetype::Software2, 330)
                   .describe(
                       "Predict which subscribers are about to cancel so retention can reach out.")
                   .rater("Olivia Brown", { 4, 2, 3, 5, 4, 5, 4, 3, 3, 4, 3, 3, 4, 5, 5, 2 })
                   .accuracy(0.8)
                   .checklist(fullChecklist())
                   .move(Stage::Data, 310)
                   .move(Stage::Training, 280)
                   .move(Stage::Deploying, 230)
                   .move(Stage::Planning, 180, "poor-real-world-performance",
                         "Offline AUC was fine but retention calls did not reduce churn.")
                   .metric("AUC", "", Direction::HigherIsBetter)
                   .result("gradient boosting", { { "AUC", 0.81 } })
                   .build();

    p.ideas << IdeaBuilder(now, 14, "Contract clause extraction", "박지훈 (Park Ji-hoon)",
                           Archetype::HumanInTheLoop, 280)
                   .describe(
                       "Highlight liability and termination clauses for the legal team to confirm.")
                   .rater("박지훈", { 4, 4, 4, 3, 3, 1, 3, 4, 2, 2, 3, 3, 4, 3, 4, 4 })
                   .accuracy(0.97)
                   .checklist(fullChecklist())
                   .move(Stage::Data, 260)
                   .move(Stage::Training, 200)
                   .move(Stage::Deploying, 140)
                   .move(Stage::Data, 100, "mine-hard-cases",
                         "Scanned contracts and unusual clause wording fail most often.")
                   .move(Stage::Training, 50)
                   .metric("F1", "", Direction::HigherIsBetter, 1.0, 0.8)
                   .result("CRF", { { "F1", 0.72 } })
                   .result("legal BERT", { { "F1", 0.86 } })
                   .build();

    p.ideas << IdeaBuilder(now, 15, "고객 리뷰 감성 분석 (review sentiment)",
                           "최유진 (Choi Yu-jin)", Archetype::Software2, 14)
                   .describe("Replace the keyword sentiment rules on Korean product reviews with a "
                             "classifier.")
                   .rater("최유진", { 3, 2, 3, 4, 5, 4, 4, 3, 4, 4, 4, 4, 5, 5, 5, 5 })
                   .flywheel(Y, Y, U)
                   .build();

    return p;
}

} // namespace mlp

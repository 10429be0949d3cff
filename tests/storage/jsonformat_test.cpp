#include "core/io/jsonformat.h"

#include "core/domain/sample.h"
#include "storagetestutil.h"
#include "tests/support/generatedportfolio.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace mlp;
using namespace mlp::test;

namespace {

std::string text(const QByteArray &bytes)
{
    return bytes.toStdString();
}

TEST(JsonFormat, RichPortfolioRoundTripsExactly)
{
    const Portfolio rich = richPortfolio();
    const QByteArray first = io::exportJson(rich);
    auto imported = io::importJson(first);
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    EXPECT_EQ(*imported, rich);
    EXPECT_EQ(text(io::exportJson(*imported)), text(first));
}

// The export is written directly, not through a QJsonObject tree; its bytes must be exactly
// what QJsonDocument::toJson(Indented) makes of the same values (key order, indentation,
// empty objects and lists, numbers, escapes).
TEST(JsonFormat, ExportIsWhatQJsonDocumentWouldWrite)
{
    Portfolio p = generatedPortfolio(200, 7, QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC));
    p.ideas.append(richPortfolio().ideas);
    Idea &odd = p.ideas.first();
    odd.name
        = QString::fromUtf16(u"tab\t nl\n cr\r bs\b ff\f \x01\x1f\x7f quote\" backslash\\ slash/ "
                             u"é 한글 😀 \uE000 \uFFFD")
        + QChar(0) + QStringLiteral("end");
    odd.description.clear();
    odd.owner = QString();
    odd.accuracyRequirement = 0.999;
    odd.manualOverride.impact = 1e-7;
    odd.manualOverride.feasibility = 10;
    odd.raters.clear();
    odd.lifecycle.history.clear();
    odd.metrics.metrics.append(
        MetricDef { QStringLiteral("big"), QString(), Direction::LowerIsBetter, 2.5, -0.0 });
    // Member order for keys beyond ASCII: UTF-16 code units, as QJsonObject sorts them.
    odd.metrics.results.append(ModelResult { QStringLiteral("m"),
                                             { { QStringLiteral("z"), 1.0 },
                                               { QString::fromUtf16(u"é"), 0.1 },
                                               { QString::fromUtf16(u"😀"), 123456789012.5 },
                                               { QString::fromUtf16(u"\uE000"), -7 },
                                               { QStringLiteral("A"), 0.30000000000000004 },
                                               { QString(), 1e300 } } });
    odd.metrics.results.append(ModelResult { QStringLiteral("empty"), {} });

    const QByteArray ours = io::exportJson(p);
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(ours, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_EQ(text(ours), text(parsed.toJson(QJsonDocument::Indented)));

    // A lone surrogate cannot be read back; Qt writes it as a \u escape, and so must we.
    Portfolio named;
    named.name = QStringLiteral("NAME");
    const QByteArray placeholder = io::exportJson(named);
    named.name = QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b") + QChar(0xDC00);
    QByteArray qtEscaped = QJsonDocument(QJsonArray { named.name }).toJson(QJsonDocument::Compact);
    qtEscaped = qtEscaped.mid(1, qtEscaped.size() - 2); // the string inside [ ]
    EXPECT_EQ(text(io::exportJson(named)),
              text(QByteArray(placeholder).replace("\"NAME\"", qtEscaped)));

    // Numbers as a QJsonValue(double) is written (reading JSON back turns some of these into
    // integers, so they are compared one by one).
    Portfolio numbered;
    const QByteArray withTwo = io::exportJson(numbered);
    ASSERT_TRUE(withTwo.contains("\"costBase\": 2,"));
    for (double number : { 1e17, 4611686018427387904.0, 9007199254740993.0, -0.0, 1e300, 1e-7,
                           123456789012.5, 2.5 }) {
        numbered.config.costBase = number;
        QByteArray qtNumber = QJsonDocument(QJsonArray { number }).toJson(QJsonDocument::Compact);
        qtNumber = qtNumber.mid(1, qtNumber.size() - 2);
        QByteArray member("\"costBase\": ");
        member.append(qtNumber).append(',');
        EXPECT_EQ(text(io::exportJson(numbered)),
                  text(QByteArray(withTwo).replace("\"costBase\": 2,", member)))
            << number;
    }
}

TEST(JsonFormat, SamplePortfolioRoundTripsExactly)
{
    const Portfolio sample = samplePortfolio(QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC));
    const QByteArray first = io::exportJson(sample);
    auto imported = io::importJson(first);
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    EXPECT_EQ(text(io::exportJson(*imported)), text(first));
}

TEST(JsonFormat, ExportUsesKeysAndUtcTimestampsWithMilliseconds)
{
    const QJsonObject root = QJsonDocument::fromJson(io::exportJson(richPortfolio())).object();
    EXPECT_EQ(root.value(QStringLiteral("formatVersion")).toInt(), io::kJsonFormatVersion);
    const QJsonObject churn = root.value(QStringLiteral("ideas")).toArray().at(0).toObject();
    const QJsonObject lifecycle = churn.value(QStringLiteral("lifecycle")).toObject();
    EXPECT_EQ(lifecycle.value(QStringLiteral("stage")).toString(), QStringLiteral("training"));
    EXPECT_EQ(lifecycle.value(QStringLiteral("createdAt")).toString(),
              QStringLiteral("2024-03-01T09:00:00.125Z"));
    const QJsonObject move = lifecycle.value(QStringLiteral("history")).toArray().at(1).toObject();
    EXPECT_EQ(move.value(QStringLiteral("at")).toString(),
              QStringLiteral("2024-03-09T16:45:00.000Z"));
    EXPECT_EQ(move.value(QStringLiteral("trigger")).toString(),
              QStringLiteral("data-too-hard-to-get"));
    const QJsonObject answers = churn.value(QStringLiteral("raters"))
                                    .toArray()
                                    .at(1)
                                    .toObject()
                                    .value(QStringLiteral("answers"))
                                    .toObject();
    EXPECT_EQ(answers.size(), 3) << "unanswered questions are left out";
    EXPECT_EQ(answers.value(QStringLiteral("data-amount")).toInt(), 1);
}

TEST(JsonFormat, GoldenCases)
{
    const QDir root(QStringLiteral(MLP_TEST_DATA_DIR "/golden"));
    const QStringList cases = root.entryList({ QStringLiteral("json-*") }, QDir::Dirs);
    ASSERT_FALSE(cases.isEmpty());
    for (const QString &name : cases) {
        SCOPED_TRACE(name.toStdString());
        const QString dir = root.filePath(name);
        auto imported = io::importJson(readBytes(dir + QStringLiteral("/input.json")));
        ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
        const QByteArray exported = io::exportJson(*imported);
        if (qEnvironmentVariableIsSet("MLP_UPDATE_GOLDEN"))
            writeBytes(dir + QStringLiteral("/expected.json"), exported);
        EXPECT_EQ(text(exported), text(readBytes(dir + QStringLiteral("/expected.json"))));
        auto again = io::importJson(exported);
        ASSERT_TRUE(again.ok());
        EXPECT_EQ(text(io::exportJson(*again)), text(exported));
    }
}

struct BadJson
{
    const char *json;
    Error::Code code;
    const char *message; // a part the message must contain
};

void expectRefused(const BadJson &bad)
{
    auto result = io::importJson(QByteArray(bad.json));
    ASSERT_FALSE(result.ok()) << bad.json;
    EXPECT_EQ(result.error().code, bad.code) << result.error().message.toStdString();
    EXPECT_TRUE(result.error().message.contains(QString::fromUtf8(bad.message)))
        << "message: " << result.error().message.toStdString()
        << "\nexpected to contain: " << bad.message;
}

#define IDEA_PREFIX                                                                                \
    R"({"formatVersion": 1, "ideas": [{"id": 1, "name": "a"}, {"id": 2, "name": "b"}, {"id": 3, "name": "c"}, )"

TEST(JsonFormat, RefusesBadInputNamingWhere)
{
    const BadJson cases[] = {
        { "{\"formatVersion\": 1,\n  \"name\": \"x\",,\n}", Error::Code::Parse, "line 2, column" },
        { "[1, 2]", Error::Code::Parse, "expected an object" },
        { "{\"name\": \"x\"}", Error::Code::Parse, "formatVersion" },
        { "{\"formatVersion\": 2, \"ideas\": []}", Error::Code::TooNew, "format version 2" },
        { "{\"formatVersion\": 1, \"format\": \"something-else\"}", Error::Code::Parse,
          "not an ML Planner portfolio" },
        { IDEA_PREFIX
          R"({"id": 4, "name": "d", "raters": [{"name": "r", "answers": {"impact-friction": 7}}]}]})",
          Error::Code::Invalid, "ideas[3].raters[0].answers.impact-friction: 7 is outside 1–5" },
        { IDEA_PREFIX
          R"({"id": 4, "name": "d", "raters": [{"answers": {"impact-friction": 2.5}}]}]})",
          Error::Code::Invalid, "ideas[3].raters[0].answers.impact-friction: 2.5 is outside 1–5" },
        { IDEA_PREFIX R"({"id": 4, "name": "d", "raters": [{"answers": {"friction": 2}}]}]})",
          Error::Code::Invalid, "ideas[3].raters[0].answers.friction: unknown question" },
        { IDEA_PREFIX R"({"id": 4, "name": "d", "lifecycle": {"stage": "testing"}}]})",
          Error::Code::Invalid, "ideas[3].lifecycle.stage: 'testing' is not a known value" },
        { IDEA_PREFIX R"({"id": 4, "name": "d", "lifecycle": {"outcome": "paused"}}]})",
          Error::Code::Invalid, "ideas[3].lifecycle.outcome: 'paused'" },
        { IDEA_PREFIX R"({"id": 4, "name": "d", "archetype": "robot"}]})", Error::Code::Invalid,
          "ideas[3].archetype: 'robot'" },
        { IDEA_PREFIX R"({"id": 4, "name": "d", "colour": "red"}]})", Error::Code::Invalid,
          "ideas[3].colour: unknown field" },
        { IDEA_PREFIX R"({"id": 2, "name": "d"}]})", Error::Code::Invalid,
          "ideas[3].id: 2 is already used by ideas[1]" },
        { IDEA_PREFIX R"({"id": 0, "name": "d"}]})", Error::Code::Invalid, "ideas[3].id" },
        { IDEA_PREFIX R"({"id": 4, "name": ""}]})", Error::Code::Invalid,
          "ideas[3].name: must not be empty" },
        { IDEA_PREFIX R"({"id": 4, "name": "d", "accuracyRequirement": 1.5}]})",
          Error::Code::Invalid, "ideas[3].accuracyRequirement" },
        { IDEA_PREFIX
          R"({"id": 4, "name": "d", "lifecycle": {"stage": "data", "history": [{"at": "yesterday", "from": "planning", "to": "data"}]}}]})",
          Error::Code::Invalid, "ideas[3].lifecycle.history[0].at: 'yesterday'" },
        { IDEA_PREFIX
          R"({"id": 4, "name": "d", "lifecycle": {"stage": "planning", "history": [{"at": "2024-01-01T00:00:00.000Z", "from": "data", "to": "planning", "trigger": "need-more-data"}]}}]})",
          Error::Code::Invalid, "ideas[3].lifecycle.history[0].trigger" },
        { IDEA_PREFIX R"({"id": 4, "name": "d", "lifecycle": {"outcome": "shelved"}}]})",
          Error::Code::Invalid, "ideas[3].lifecycle.outcomeReason" },
        { IDEA_PREFIX R"({"id": 4, "name": "d", "checklist": {"need-ml": "maybe"}}]})",
          Error::Code::Invalid, "ideas[3].checklist.need-ml" },
        { IDEA_PREFIX R"({"id": 4, "name": "d", "flywheel": {"data-loop": true}}]})",
          Error::Code::Invalid, "ideas[3].flywheel.data-loop" },
        { IDEA_PREFIX R"({"id": 4, "name": "d", "override": {"impact": 11}}]})",
          Error::Code::Invalid, "ideas[3].override.impact: 11 is outside 0–10" },
        { IDEA_PREFIX
          R"({"id": 4, "name": "d", "baselines": {"items": [{"kind": "oracle", "value": 1}]}}]})",
          Error::Code::Invalid, "ideas[3].baselines.items[0].kind: 'oracle'" },
        { IDEA_PREFIX
          R"({"id": 4, "name": "d", "metrics": {"definitions": [{"name": "m", "direction": "up"}]}}]})",
          Error::Code::Invalid, "ideas[3].metrics.definitions[0].direction: 'up'" },
        { IDEA_PREFIX R"({"id": 4, "name": "d", "metrics": {"rule": {"kind": "median"}}}]})",
          Error::Code::Invalid, "ideas[3].metrics.rule.kind: 'median'" },
        { R"({"formatVersion": 1, "config": {"thresholds": {"impact": 12}}})", Error::Code::Invalid,
          "config.thresholds.impact: 12 is outside 0–10" },
        { R"({"formatVersion": 1, "config": {"questionWeights": {"impact-friction": -1}}})",
          Error::Code::Invalid, "config.questionWeights.impact-friction: -1 is outside 0–100" },
        { R"({"formatVersion": 1, "config": {"driverWeights": {"speed": 1}}})",
          Error::Code::Invalid, "config.driverWeights.speed: unknown cost driver" },
        { R"({"formatVersion": 1, "config": {"aggregation": "mode"}})", Error::Code::Invalid,
          "config.aggregation: 'mode'" },
        { R"({"formatVersion": 1, "config": {"costBase": 1}})", Error::Code::Invalid,
          "config.costBase" },
        { R"({"formatVersion": 1, "ideas": {}})", Error::Code::Invalid, "ideas: expected a list" },
    };
    for (const BadJson &bad : cases) {
        SCOPED_TRACE(bad.json);
        expectRefused(bad);
    }
}

// Qt's parser accepts more than RFC 8259: raw control characters in strings, a member twice
// (keeping the last one silently) and a lone surrogate escape (stored as another character,
// losing the next one). The import refuses all three, naming the place.
TEST(JsonFormat, RefusesWhatTheParserWouldSilentlyChange)
{
    struct Case
    {
        QByteArray json;
        const char *message;
    };
    const QList<Case> cases {
        { "{\"formatVersion\": 1, \"ideas\": [{\"id\": 1, \"name\": \"a\x01b\"}]}",
          "raw control character" },
        { QByteArray("{\"formatVersion\": 1, \"ideas\": [{\"id\": 1, \"name\": \"a\0b\"}]}", 50),
          "malformed" },
        { R"({"formatVersion": 1, "ideas": [{"id": 1, "name": "a", "name": "b"}]})",
          "\"name\" appears twice" },
        { R"({"formatVersion": 1, "ideas": [{"id": 1, "name": "a", "n\u0061me": "b"}]})",
          "\"name\" appears twice" },
        { R"({"formatVersion": 1, "ideas": [{"id": 1, "name": "a\ud800b"}]})",
          "lone UTF-16 surrogate" },
        { R"({"formatVersion": 1, "ideas": [{"id": 1, "name": "a\udc00"}]})",
          "lone UTF-16 surrogate" },
        { R"({"formatVersion": 1, "ideas": [{"id": 1, "name": "a\u001b[2J"}]})",
          "control character" },
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.json.toStdString());
        const auto result = io::importJson(c.json);
        ASSERT_FALSE(result.ok());
        EXPECT_TRUE(result.error().message.contains(QString::fromUtf8(c.message)))
            << result.error().message.toStdString();
    }
    // What stays allowed: pairs of surrogates, equal names in different objects, escaped line
    // breaks and tabs.
    const auto fine = io::importJson(
        R"({"formatVersion": 1, "ideas": [{"id": 1, "name": "a\ud83d\ude00\n\tb", "owner": "o"},)"
        R"( {"id": 2, "name": "c", "owner": "o"}]})");
    ASSERT_TRUE(fine.ok()) << fine.error().message.toStdString();
    EXPECT_EQ(fine->ideas.first().name, QString::fromUtf8("a\xF0\x9F\x98\x80\n\tb"));
}

// A 10 MB unknown member or stage value was echoed into a 10 MB message.
TEST(JsonFormat, MessagesQuoteAShortExcerpt)
{
    const QByteArray huge(10 * 1024 * 1024, 'x');
    for (const QByteArray &json :
         QList<QByteArray> { "{\"formatVersion\": 1, \"ideas\": [{\"id\": 1, \"name\": \"a\", \""
                                 + huge + "\": 1}]}",
                             "{\"formatVersion\": 1, \"ideas\": [{\"id\": 1, \"name\": \"a\", "
                             "\"lifecycle\": {\"stage\": \""
                                 + huge + "\"}}]}" }) {
        const auto result = io::importJson(json);
        ASSERT_FALSE(result.ok());
        EXPECT_LT(result.error().message.size(), 200)
            << result.error().message.left(300).toStdString();
    }
}

TEST(JsonFormat, MissingOptionalPartsTakeDefaults)
{
    auto result
        = io::importJson(R"({"formatVersion": 1, "ideas": [{"id": 5, "name": "Only a name"}]})");
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    ASSERT_EQ(result->ideas.size(), 1);
    EXPECT_EQ(result->config, ScoringConfig());
    EXPECT_EQ(result->ideas[0].lifecycle.stage, Stage::Planning);
    EXPECT_EQ(result->ideas[0].lifecycle.outcome, Outcome::Active);
    EXPECT_TRUE(result->ideas[0].raters.isEmpty());
}

} // namespace

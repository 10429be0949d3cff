// Outcome times, readiness answers and the readiness gate in the .mlplan file and in JSON, and
// the migration of a file written before them (schema version 1).
#include "core/io/jsonformat.h"
#include "storage/ideacodecs.h"
#include "storage/portfoliofile.h"
#include "storage/schema.h"
#include "storage/sqlsupport.h"
#include "storagetestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace mlp;
using namespace mlp::storage;
using namespace mlp::test;

namespace {

const QDateTime kShipped(QDate(2024, 3, 5), QTime(14, 30), Qt::UTC);

Portfolio withReadiness()
{
    Portfolio p;
    p.name = QStringLiteral("Ready");
    p.config.readinessGate = ReadinessGate { true, 2.5 };
    Idea shipped = numberedIdea(1);
    shipped.lifecycle.stage = Stage::Deploying;
    shipped.lifecycle.outcome = Outcome::Shipped;
    shipped.lifecycle.outcomeAt = kShipped;
    shipped.readiness.insert(QStringLiteral("data-schema"), ReadinessLevel::Automated);
    shipped.readiness.insert(QStringLiteral("monitor-prediction-quality"), ReadinessLevel::Manual);
    Idea active = numberedIdea(2);
    active.lifecycle.outcome = Outcome::Active;
    active.lifecycle.outcomeAt = QDateTime();
    p.ideas = { shipped, active };
    return p;
}

class ReadinessStorageTest : public StorageTest
{
protected:
    // A file as version 1 wrote it: the first schema, one shipped idea, plain SQL.
    QString versionOneFile(const QString &name)
    {
        const QString path = file(name);
        Connection connection(path, OpenAs::Write);
        EXPECT_TRUE(connection.open());
        QSqlError error;
        EXPECT_TRUE(createSchema(connection.db(), &error)) << error.text().toStdString();
        const QStringList statements {
            QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
            QStringLiteral("PRAGMA user_version = 1"),
            QStringLiteral("INSERT INTO settings (key, value) VALUES ('name', 'Old')"),
            QStringLiteral("INSERT INTO settings (key, value) VALUES ('answer-order', '%1')")
                .arg(encodeAnswerOrder()),
            QStringLiteral(
                "INSERT INTO ideas (id, position, name, description, owner, archetype, accuracy, "
                "override_impact, override_feasibility, override_note, stage, outcome, "
                "outcome_reason, created_at, flywheel, checklist, raters, history, details) "
                "VALUES (7, 0, 'Old idea', '', 'Ana', '%1', NULL, NULL, NULL, '', 'deploying', "
                "'shipped', '', 1700000000000, '', '', '', '', '')")
                .arg(archetypeKey(Archetype::Software2)),
        };
        for (const QString &sql : statements)
            EXPECT_TRUE(exec(connection.db(), sql, &error)) << sql.toStdString();
        return path;
    }
};

} // namespace

TEST_F(ReadinessStorageTest, OutcomeTimeReadinessAndGateSurviveTheFile)
{
    const Portfolio original = withReadiness();
    const QString path = create(QStringLiteral("ready.mlplan"), original);
    auto reopened = PortfolioFile::open(path, PortfolioStore::Access::Read);
    ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
    const auto loaded = (*reopened)->load();
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    EXPECT_EQ(loaded->ideas[0].lifecycle.outcomeAt, kShipped);
    EXPECT_FALSE(loaded->ideas[1].lifecycle.outcomeAt.isValid());
    EXPECT_TRUE(loaded->ideas[0].readiness == original.ideas[0].readiness);
    EXPECT_TRUE(loaded->config.readinessGate == (ReadinessGate { true, 2.5 }));
    EXPECT_TRUE(*loaded == original);
}

TEST_F(ReadinessStorageTest, OutcomeTimeReadinessAndGateSurviveJson)
{
    const Portfolio original = withReadiness();
    const QByteArray json = io::exportJson(original);
    EXPECT_TRUE(json.contains("\"outcomeAt\": \"2024-03-05T14:30:00.000Z\""))
        << json.left(2000).toStdString();
    const Result<Portfolio> back = io::importJson(json);
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_TRUE(*back == original);
}

TEST_F(ReadinessStorageTest, JsonWithoutTheNewFieldsStillLoads)
{
    // As an older export wrote it: no outcome time, no readiness answers, no gate.
    QJsonObject root = QJsonDocument::fromJson(io::exportJson(withReadiness())).object();
    QJsonObject config = root.value(QStringLiteral("config")).toObject();
    ASSERT_TRUE(config.contains(QStringLiteral("readinessGate")));
    config.remove(QStringLiteral("readinessGate"));
    root.insert(QStringLiteral("config"), config);
    QJsonArray ideas = root.value(QStringLiteral("ideas")).toArray();
    QJsonObject first = ideas.at(0).toObject();
    ASSERT_TRUE(first.contains(QStringLiteral("readiness")));
    first.remove(QStringLiteral("readiness"));
    QJsonObject lifecycle = first.value(QStringLiteral("lifecycle")).toObject();
    ASSERT_TRUE(lifecycle.contains(QStringLiteral("outcomeAt")));
    lifecycle.remove(QStringLiteral("outcomeAt"));
    first.insert(QStringLiteral("lifecycle"), lifecycle);
    ideas.replace(0, first);
    root.insert(QStringLiteral("ideas"), ideas);

    const Result<Portfolio> back = io::importJson(QJsonDocument(root).toJson());
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_FALSE(back->ideas[0].lifecycle.outcomeAt.isValid());
    EXPECT_TRUE(back->ideas[0].readiness.isEmpty());
    EXPECT_TRUE(back->config.readinessGate == ReadinessGate {});
}

TEST_F(ReadinessStorageTest, JsonWithAnUnknownTestOrValueIsRefusedByPath)
{
    QByteArray json = io::exportJson(withReadiness());
    QByteArray unknown = json;
    unknown.replace("\"data-schema\": 1", "\"data-9\": 1");
    const Result<Portfolio> refused = io::importJson(unknown);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("data-9")))
        << refused.error().message.toStdString();
    QByteArray badValue = json;
    badValue.replace("\"data-schema\": 1", "\"data-schema\": 0.7");
    const Result<Portfolio> refusedValue = io::importJson(badValue);
    ASSERT_FALSE(refusedValue.ok());
    EXPECT_TRUE(refusedValue.error().message.contains(QStringLiteral("0.5")))
        << refusedValue.error().message.toStdString();
}

TEST_F(ReadinessStorageTest, AVersionOneFileIsReadAsIsAndMigratedByAWriter)
{
    const QString path = versionOneFile(QStringLiteral("old.mlplan"));
    const QByteArray before = readBytes(path);
    {
        // A reader never migrates: it reads the old columns and leaves the file alone.
        auto reader = PortfolioFile::open(path, PortfolioStore::Access::Read);
        ASSERT_TRUE(reader.ok()) << reader.error().message.toStdString();
        const auto loaded = (*reader)->load();
        ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
        ASSERT_EQ(loaded->ideas.size(), 1);
        EXPECT_EQ(loaded->ideas[0].lifecycle.outcome, Outcome::Shipped);
        EXPECT_FALSE(loaded->ideas[0].lifecycle.outcomeAt.isValid());
        EXPECT_TRUE(loaded->ideas[0].readiness.isEmpty());
        EXPECT_TRUE(loaded->config.readinessGate == ReadinessGate {});
    }
    EXPECT_TRUE(readBytes(path) == before);

    Idea changed;
    {
        auto writer = PortfolioFile::open(path, PortfolioStore::Access::Write);
        ASSERT_TRUE(writer.ok()) << writer.error().message.toStdString();
        auto loaded = (*writer)->load();
        ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
        EXPECT_FALSE(loaded->ideas[0].lifecycle.outcomeAt.isValid());
        changed = loaded->ideas[0];
        changed.lifecycle.outcomeAt = kShipped;
        changed.readiness.insert(QStringLiteral("infra-rollback"), ReadinessLevel::Automated);
        ASSERT_TRUE((*writer)->upsertIdea(changed).ok());
    }
    const Result<Header> header = readHeader(path);
    ASSERT_TRUE(header.ok());
    EXPECT_EQ(header->userVersion, kSchemaVersion);
    auto reopened = PortfolioFile::open(path, PortfolioStore::Access::Read);
    ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
    const auto again = (*reopened)->load();
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->ideas[0] == changed);
}

TEST(ReadinessCodec, RoundTripsAndRefusesUnknownTestsAndValues)
{
    ReadinessAnswers answers;
    answers.insert(QStringLiteral("data-schema"), ReadinessLevel::Automated);
    answers.insert(QStringLiteral("model-inclusion"), ReadinessLevel::Manual);
    const QString text = encodeReadiness(answers);
    EXPECT_EQ(text, QStringLiteral("data-schema=1;model-inclusion=0.5"));
    ReadinessAnswers back;
    ASSERT_TRUE(decodeReadiness(text, back));
    EXPECT_TRUE(back == answers);
    ReadinessAnswers none;
    EXPECT_TRUE(decodeReadiness(QString(), none));
    EXPECT_TRUE(none.isEmpty());
    EXPECT_FALSE(decodeReadiness(QStringLiteral("data-99=1"), none));
    EXPECT_FALSE(decodeReadiness(QStringLiteral("data-schema=2"), none));
}

// IdeaWriter writes each row through SQLite's API on the connection's handle instead of
// QSqlQuery: the rows must be exactly those QSqlQuery's binding wrote (the same values with the
// same types: NULL where a value is absent, integers, reals and texts), or files written after
// the change would read differently.

#include "storage/changetable.h"
#include "storage/ideacolumns.h"
#include "storage/schema.h"
#include "storage/sqlsupport.h"
#include "tests/storage/storagetestutil.h"
#include "tests/support/generatedportfolio.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <memory>

using namespace mlp;
using namespace mlp::storage;
using namespace mlp::test;

namespace {

class IdeaWriterTest : public StorageTest
{
protected:
    // A new file `name` with the latest schema, open for writing.
    std::unique_ptr<Connection> withSchema(const QString &name)
    {
        auto connection = std::make_unique<Connection>(file(name), OpenAs::Write);
        EXPECT_TRUE(connection->open());
        QSqlError error;
        EXPECT_TRUE(createLatestSchema(connection->db(), &error)) << error.text().toStdString();
        return connection;
    }

    // Every column of every row, each value quoted by SQLite with its type.
    static QStringList rows(QSqlDatabase &db, const QString &table = QStringLiteral("ideas"))
    {
        QStringList quoted;
        QSqlQuery columns(db);
        EXPECT_TRUE(
            columns.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)));
        QStringList parts;
        while (columns.next())
            parts << QStringLiteral("typeof(%1) || ':' || quote(%1)")
                         .arg(columns.value(0).toString());
        QSqlQuery q(db);
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY id")
                               .arg(parts.join(QStringLiteral(" || '|' || ")), table)))
            << q.lastError().text().toStdString();
        while (q.next())
            quoted << q.value(0).toString();
        return quoted;
    }
};

TEST_F(IdeaWriterTest, WritesTheRowsQSqlQueryWrote)
{
    Portfolio portfolio = richPortfolio();
    portfolio.ideas
        += generatedHistoryPortfolio(40, 5, QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC))
               .ideas;
    for (qsizetype i = 0; i < portfolio.ideas.size(); ++i)
        portfolio.ideas[i].id = i + 1;
    // Absent values of every kind, and texts SQLite must keep as they are.
    portfolio.ideas[1].accuracyRequirement.reset();
    portfolio.ideas[1].description = QString();
    portfolio.ideas[2].name = QStringLiteral("데이터 \"품질\" 'x'; DROP TABLE ideas; \U0001F600");
    portfolio.ideas[2].lifecycle.createdAt = QDateTime();

    const auto writtenFile = withSchema(QStringLiteral("writer.mlplan"));
    const auto boundFile = withSchema(QStringLiteral("query.mlplan"));
    Connection &written = *writtenFile;
    Connection &bound = *boundFile;
    IdeaWriter writer(written.db());
    ASSERT_TRUE(writer.ok()) << writer.error().text().toStdString();
    QSqlQuery query(bound.db());
    ASSERT_TRUE(query.prepare(
        QStringLiteral("INSERT INTO ideas (id, position, name, description, owner, archetype, "
                       "accuracy, override_impact, override_feasibility, override_note, stage, "
                       "outcome, outcome_reason, created_at, flywheel, checklist, raters, history, "
                       "details, outcome_at, readiness, name_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    for (qsizetype i = 0; i < portfolio.ideas.size(); ++i) {
        ASSERT_TRUE(writer.write(portfolio.ideas[i], i * 3)) << writer.error().text().toStdString();
        const QList<QVariant> values = ideaRowValues(portfolio.ideas[i], i * 3);
        for (int k = 0; k < values.size(); ++k)
            query.bindValue(k, values[k]);
        ASSERT_TRUE(query.exec()) << query.lastError().text().toStdString();
    }
    const QStringList expected = rows(bound.db());
    ASSERT_EQ(expected.size(), portfolio.ideas.size());
    EXPECT_EQ(rows(written.db()), expected);

    // A refused row (a NOT NULL column left empty by a damaged value) is reported, and the
    // writer goes on with the next one.
    Idea broken = portfolio.ideas[0];
    broken.id = 1000;
    QSqlQuery trigger(written.db());
    ASSERT_TRUE(trigger.exec(QStringLiteral(
        "CREATE TRIGGER refuse BEFORE INSERT ON ideas WHEN NEW.id = 1000 BEGIN SELECT "
        "RAISE(ABORT, 'refused here'); END")));
    EXPECT_FALSE(writer.write(broken, 5000));
    EXPECT_TRUE(writer.error().text().contains(QStringLiteral("refused here")))
        << writer.error().text().toStdString();
    broken.id = 1001;
    EXPECT_TRUE(writer.write(broken, 5001)) << writer.error().text().toStdString();
}

// The change log's rows are written the same way (writeChanges): the same values and types as
// QSqlQuery's binding gave, also for absent texts and the portfolio's own changes (idea id 0).
TEST_F(IdeaWriterTest, WritesTheChangeLogRowsQSqlQueryWrote)
{
    const QDateTime at(QDate(2026, 12, 3), QTime(9, 30, 0, 125), Qt::UTC);
    QList<FieldChange> changes {
        { at, QStringLiteral("ann"), 0, QString(), QStringLiteral("name"), QString(),
          QStringLiteral("Old"), QStringLiteral("새 이름 \"x\""), QString() },
        { at.addSecs(1), QString(), 7, QStringLiteral("Churn"), QStringLiteral("stage"), QString(),
          QStringLiteral("planning"), QStringLiteral("data"),
          QStringLiteral("trigger\x1fwhy\x1f") },
        { at.addSecs(2), QStringLiteral("jun"), 9007199254740991, QStringLiteral("Big"),
          QStringLiteral("answer/data-amount"), QStringLiteral("Rater 1"), QString(),
          QStringLiteral("4"), QString() },
    };
    const auto writtenFile = withSchema(QStringLiteral("changes-writer.mlplan"));
    const auto boundFile = withSchema(QStringLiteral("changes-query.mlplan"));
    Connection &written = *writtenFile;
    Connection &bound = *boundFile;
    QSqlError error;
    ASSERT_TRUE(writeChanges(written.db(), changes, &error)) << error.text().toStdString();
    // What writeChanges bound through QSqlQuery before.
    QSqlQuery q(bound.db());
    ASSERT_TRUE(q.prepare(QStringLiteral("INSERT INTO changes (at, who, idea_id, idea_name, field, "
                                         "item, old_value, new_value, note) VALUES (?, ?, ?, ?, "
                                         "?, ?, ?, ?, ?)")));
    const auto text
        = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value; };
    for (const FieldChange &change : changes) {
        q.bindValue(0, change.at.toMSecsSinceEpoch());
        q.bindValue(1, text(change.who));
        q.bindValue(2, change.ideaId);
        q.bindValue(3, text(change.ideaName));
        q.bindValue(4, text(change.field));
        q.bindValue(5, text(change.item));
        q.bindValue(6, text(change.oldValue));
        q.bindValue(7, text(change.newValue));
        q.bindValue(8, text(change.note));
        ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
    }
    const QStringList expected = rows(bound.db(), QStringLiteral("changes"));
    ASSERT_EQ(expected.size(), changes.size());
    EXPECT_EQ(rows(written.db(), QStringLiteral("changes")), expected);
}

} // namespace

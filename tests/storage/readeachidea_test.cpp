// PortfolioFile::readEachIdea (rows read straight through SQLite's API, one idea at a time)
// against load(): the same ideas and settings, and for a damaged file the same refusal.

#include "storage/portfoliofile.h"
#include "tests/storage/storagetestutil.h"
#include "tests/support/generatedportfolio.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <algorithm>

using namespace mlp;
using namespace mlp::test;

namespace {

class ReadEachIdeaTest : public StorageTest
{
protected:
    void tamper(const QString &path, const QStringList &statements)
    {
        const QString name = QStringLiteral("tamper-each");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            ASSERT_TRUE(db.open());
            QSqlQuery q(db);
            for (const QString &sql : statements)
                ASSERT_TRUE(q.exec(sql)) << sql.toStdString() << q.lastError().text().toStdString();
        }
        QSqlDatabase::removeDatabase(name);
    }

    struct Read
    {
        Status status = Ok {};
        Portfolio settings;
        QList<std::pair<qint64, Idea>> ideas; // position, idea, in the order handed over
    };
    // readEachIdea, or readEachIdeaInOrder when `inOrder` is set.
    static Read readEach(const QString &path, bool inOrder = false)
    {
        Read read;
        auto f = PortfolioFile::open(path, PortfolioStore::Access::Read);
        EXPECT_TRUE(f.ok());
        if (!f.ok())
            return read;
        auto each = [&read](const Idea &idea, qint64 at) { read.ideas.append({ at, idea }); };
        read.status = inOrder ? (*f)->readEachIdeaInOrder(read.settings, each)
                              : (*f)->readEachIdea(read.settings, each);
        return read;
    }
    // The portfolio of the calls as they were made.
    static Portfolio inCallOrder(const Read &read)
    {
        Portfolio p = read.settings;
        for (const auto &entry : read.ideas)
            p.ideas.append(entry.second);
        return p;
    }
    static Result<Portfolio> load(const QString &path)
    {
        auto f = PortfolioFile::open(path, PortfolioStore::Access::Read);
        if (!f.ok())
            return f.error();
        return (*f)->load();
    }
    // The portfolio readEachIdea's calls make: the ideas in the order of their positions.
    static Portfolio assembled(const Read &read)
    {
        QList<std::pair<qint64, Idea>> ideas = read.ideas;
        std::stable_sort(ideas.begin(), ideas.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        Portfolio p = read.settings;
        for (const auto &entry : ideas)
            p.ideas.append(entry.second);
        return p;
    }
};

TEST_F(ReadEachIdeaTest, GivesWhatLoadGives)
{
    Portfolio generated
        = generatedHistoryPortfolio(300, 7, QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC));
    const Portfolio rich = richPortfolio();
    generated.ideas.append(rich.ideas); // every packed column, Hangul, line breaks, quotes
    for (qsizetype i = 300; i < generated.ideas.size(); ++i)
        generated.ideas[i].id = 1000 + i;
    for (const QString &path : { createRich(), create(QStringLiteral("g.mlplan"), generated) }) {
        const Read read = readEach(path);
        ASSERT_TRUE(read.status.ok()) << read.status.error().message.toStdString();
        EXPECT_TRUE(read.settings.ideas.isEmpty());
        const Result<Portfolio> loaded = load(path);
        ASSERT_TRUE(loaded.ok());
        EXPECT_EQ(assembled(read), *loaded);
    }
}

// Values a foreign tool stored in other SQL types are read as Qt SQL reads them: load() (rows
// through SQLite's API) and loadIdea() (through QSqlQuery) agree.
TEST_F(ReadEachIdeaTest, ValuesOfOtherTypesAreReadAsQtSqlReadsThem)
{
    const QString path = createRich();
    tamper(path,
           { QStringLiteral("UPDATE ideas SET name = 12345, description = X'41C3A942', "
                            "override_note = 2.5, accuracy = '0.95', owner = 7, created_at = NULL "
                            "WHERE id = (SELECT min(id) FROM ideas)") });
    auto f = PortfolioFile::open(path, PortfolioStore::Access::Read);
    ASSERT_TRUE(f.ok());
    const Result<Portfolio> loaded = (*f)->load();
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    const Idea &first = *std::min_element(loaded->ideas.cbegin(), loaded->ideas.cend(),
                                          [](const Idea &a, const Idea &b) { return a.id < b.id; });
    const Result<Idea> alone = (*f)->loadIdea(first.id);
    ASSERT_TRUE(alone.ok()) << alone.error().message.toStdString();
    EXPECT_EQ(first, *alone);
    EXPECT_EQ(first.name, QStringLiteral("12345"));
    EXPECT_EQ(first.description,
              QString::fromUtf8("A\xC3\xA9"
                                "B"));
    EXPECT_EQ(first.manualOverride.note, QStringLiteral("2.5"));
    EXPECT_EQ(first.accuracyRequirement, 0.95);
    EXPECT_EQ(first.owner, QStringLiteral("7"));
    EXPECT_FALSE(first.lifecycle.createdAt.isValid());
}

// A damaged row is refused with load()'s message: a row that cannot be decoded before any
// value out of range, and of two ideas out of range the first in the portfolio's order.
TEST_F(ReadEachIdeaTest, RefusesDamageWithLoadsMessage)
{
    const QStringList damages {
        QStringLiteral("UPDATE ideas SET history = 'x' WHERE id = (SELECT max(id) FROM ideas)"),
        QStringLiteral("UPDATE ideas SET raters = '3:Ann12345\n' WHERE id = (SELECT min(id) FROM "
                       "ideas)"),
        QStringLiteral("UPDATE ideas SET stage = 'nowhere' WHERE id = (SELECT min(id) FROM ideas)"),
        QStringLiteral("UPDATE ideas SET id = 0 WHERE id = (SELECT max(id) FROM ideas)"),
        // Out of range: refused by validateIdea, not by decoding.
        QStringLiteral("UPDATE ideas SET accuracy = 7 WHERE id = (SELECT min(id) FROM ideas)"),
        QStringLiteral("UPDATE ideas SET name = '' WHERE id = (SELECT max(id) FROM ideas)"),
        QStringLiteral("UPDATE settings SET value = '-3' WHERE key = 'cost-base'"),
        QStringLiteral("UPDATE settings SET value = 'sideways' WHERE key = 'aggregation'"),
    };
    int n = 0;
    for (const QString &damage : damages) {
        const QString path = createRich(QStringLiteral("d%1.mlplan").arg(++n));
        tamper(path, { damage });
        const Result<Portfolio> loaded = load(path);
        ASSERT_FALSE(loaded.ok()) << damage.toStdString();
        const Read read = readEach(path);
        ASSERT_FALSE(read.status.ok()) << damage.toStdString();
        EXPECT_EQ(read.status.error().code, loaded.error().code) << damage.toStdString();
        EXPECT_EQ(read.status.error().message, loaded.error().message) << damage.toStdString();
    }
    // Several damages at once: the one load() names.
    const QStringList together[] = {
        { QStringLiteral("UPDATE ideas SET accuracy = 7 WHERE id = (SELECT min(id) FROM ideas)"),
          QStringLiteral("UPDATE ideas SET history = 'x' WHERE id = (SELECT max(id) FROM ideas)") },
        { QStringLiteral("UPDATE ideas SET name = '' WHERE id = (SELECT max(id) FROM ideas)"),
          QStringLiteral("UPDATE ideas SET accuracy = 7 WHERE id = (SELECT min(id) FROM ideas)"),
          // The last row first in the portfolio's order.
          QStringLiteral("UPDATE ideas SET position = -1 WHERE id = (SELECT max(id) FROM ideas)") },
        { QStringLiteral("UPDATE ideas SET accuracy = 7 WHERE id = (SELECT min(id) FROM ideas)"),
          QStringLiteral("UPDATE settings SET value = '-3' WHERE key = 'cost-base'") },
    };
    for (const QStringList &damage : together) {
        const QString path = createRich(QStringLiteral("t%1.mlplan").arg(++n));
        tamper(path, damage);
        const Result<Portfolio> loaded = load(path);
        ASSERT_FALSE(loaded.ok());
        const Read read = readEach(path);
        ASSERT_FALSE(read.status.ok());
        EXPECT_EQ(read.status.error().message, loaded.error().message)
            << damage.join(u' ').toStdString();
    }
}

// Rows stored out of the order of their positions are handed over with their positions, so a
// reader puts them in the portfolio's order.
TEST_F(ReadEachIdeaTest, RowsOutOfOrderCarryTheirPositions)
{
    const QString path = createRich();
    tamper(path, { QStringLiteral("UPDATE ideas SET position = -position") });
    const Read read = readEach(path);
    ASSERT_TRUE(read.status.ok());
    const Result<Portfolio> loaded = load(path);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(assembled(read), *loaded);
}

// readEachIdeaInOrder hands the ideas over in the portfolio's order as they are (an export
// writes them as they come): rows stored in order are read as stored, rows out of order (with
// ties among the positions) are sorted as load() sorts them; damage is refused as load() does.
TEST_F(ReadEachIdeaTest, InOrderGivesLoadsOrderAndLoadsRefusal)
{
    const QStringList reorders {
        QString(),
        QStringLiteral("UPDATE ideas SET position = -position"),
        QStringLiteral("UPDATE ideas SET position = (id * 7) % 5"),
    };
    const Portfolio generated
        = generatedHistoryPortfolio(60, 3, QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC));
    int n = 0;
    for (const QString &reorder : reorders) {
        const QString path = create(QStringLiteral("o%1.mlplan").arg(++n), generated);
        if (!reorder.isEmpty())
            tamper(path, { reorder });
        const Result<Portfolio> loaded = load(path);
        ASSERT_TRUE(loaded.ok());
        const Read read = readEach(path, true);
        ASSERT_TRUE(read.status.ok()) << read.status.error().message.toStdString();
        EXPECT_EQ(inCallOrder(read), *loaded) << reorder.toStdString();
        if (reorder.isEmpty()) // the same calls as readEachIdea's
            EXPECT_EQ(inCallOrder(readEach(path)), *loaded);
        else // which would not be in order
            EXPECT_NE(inCallOrder(readEach(path)), *loaded) << reorder.toStdString();
    }
    // The rich sample stores its ideas out of the order of their positions.
    const QString rich = createRich(QStringLiteral("rich-order.mlplan"));
    const Read richRead = readEach(rich, true);
    ASSERT_TRUE(richRead.status.ok());
    EXPECT_EQ(inCallOrder(richRead), *load(rich));
    for (const QString &damage :
         { QStringLiteral("UPDATE ideas SET history = 'x' WHERE id = (SELECT max(id) FROM ideas)"),
           QStringLiteral("UPDATE ideas SET accuracy = 7 WHERE id = (SELECT min(id) FROM ideas)"),
           QStringLiteral("UPDATE ideas SET position = -position, name = '' WHERE id = (SELECT "
                          "max(id) FROM ideas)") }) {
        const QString path = createRich(QStringLiteral("o%1.mlplan").arg(++n));
        tamper(path, { damage });
        const Result<Portfolio> loaded = load(path);
        ASSERT_FALSE(loaded.ok());
        const Read read = readEach(path, true);
        ASSERT_FALSE(read.status.ok()) << damage.toStdString();
        EXPECT_EQ(read.status.error().message, loaded.error().message) << damage.toStdString();
    }
}

// Settings load() refuses make the whole read an error: no idea is handed over at all (an
// export written as it is read would otherwise write every idea before the error).
TEST_F(ReadEachIdeaTest, BadSettingsHandOverNoIdea)
{
    const QString path = createRich(QStringLiteral("settings.mlplan"));
    tamper(path,
           { QStringLiteral("UPDATE settings SET value = 'sideways' WHERE key = 'aggregation'") });
    const Result<Portfolio> loaded = load(path);
    ASSERT_FALSE(loaded.ok());
    for (const bool inOrder : { false, true }) {
        const Read read = readEach(path, inOrder);
        ASSERT_FALSE(read.status.ok());
        EXPECT_EQ(read.status.error().message, loaded.error().message);
        EXPECT_TRUE(read.ideas.isEmpty()) << read.ideas.size() << " ideas handed over";
    }
}

} // namespace

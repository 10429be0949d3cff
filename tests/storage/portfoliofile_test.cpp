#include "storage/portfoliofile.h"

#include "storagechild.h"
#include "storagetestutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtEndian>

#include <gtest/gtest.h>

#include <cstdio>

using namespace mlp;
using namespace mlp::test;

namespace {

class PortfolioFileTest : public StorageTest
{
protected:
    // Runs raw SQL on a closed portfolio, as a foreign tool would.
    void tamper(const QString &path, const QStringList &statements)
    {
        const QString name = QStringLiteral("tamper");
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

    // A rich file changed by `damage` after it was written: it must open (the schema is ours)
    // but refuse to load as damaged.
    Error loadAfterDamage(const QString &name, const QString &damage)
    {
        const QString path = createRich(name);
        tamper(path, { damage });
        auto f = PortfolioFile::open(path);
        EXPECT_TRUE(f.ok()) << f.error().message.toStdString();
        if (!f.ok())
            return f.error();
        const auto loaded = (*f)->load();
        EXPECT_FALSE(loaded.ok()) << damage.toStdString();
        return loaded.ok() ? Error {} : loaded.error();
    }
};

std::string text(const Error &e)
{
    return e.message.toStdString();
}

TEST_F(PortfolioFileTest, CreateThenLoadGivesTheSamePortfolio)
{
    const Portfolio rich = richPortfolio();
    auto created = PortfolioFile::create(file(QStringLiteral("a.mlplan")), rich);
    ASSERT_TRUE(created.ok()) << text(created.error());
    auto loaded = (*created)->load();
    ASSERT_TRUE(loaded.ok()) << text(loaded.error());
    EXPECT_EQ(*loaded, rich);
    created->reset();

    auto reopened = PortfolioFile::open(file(QStringLiteral("a.mlplan")));
    ASSERT_TRUE(reopened.ok()) << text(reopened.error());
    auto again = (*reopened)->load();
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, rich);
}

// Raters and the stage history are packed into one column each; any text must survive.
TEST_F(PortfolioFileTest, PackedRatersAndHistoryKeepAnyText)
{
    Portfolio p = richPortfolio();
    Idea idea = numberedIdea(90);
    idea.raters.clear();
    for (const QString &name : { QString(), QStringLiteral("12:\n;=x"), QStringLiteral("3:Ann\n"),
                                 QString::fromUtf8("박 \"Data\" 준 😀") }) {
        Rater rater;
        rater.name = name;
        rater.answers[0] = 5;
        rater.answers[kQuestionCount - 1] = 1;
        idea.raters.append(rater);
    }
    idea.raters.append(Rater {}); // no answers at all
    Transition t;
    t.at = QDateTime(QDate(2024, 3, 2), QTime(10, 30, 0, 1), Qt::UTC);
    t.from = Stage::Planning;
    t.to = Stage::Data;
    t.who = QStringLiteral("4:who;\n");
    t.reason = QStringLiteral("line one\nline two: 7:;\n");
    t.checklistOverrideNote = QString::fromUtf8("주의 😀");
    idea.lifecycle.history = { t };
    idea.lifecycle.stage = Stage::Data;
    p.ideas.append(idea);
    const QString path = file(QStringLiteral("packed.mlplan"));
    ASSERT_TRUE(PortfolioFile::create(path, p).ok());
    auto f = PortfolioFile::open(path);
    ASSERT_TRUE(f.ok()) << text(f.error());
    const auto loaded = (*f)->load();
    ASSERT_TRUE(loaded.ok()) << text(loaded.error());
    EXPECT_EQ(*loaded, p);
}

// Key-question answers, metrics, the combine rule, model results and baselines are packed
// into one column; awkward text in every free-text field must survive, empty strings too.
TEST_F(PortfolioFileTest, PackedDetailsKeepAnyText)
{
    const QStringList awkward { QString(),
                                QStringLiteral("\"quoted\"; semi;colons=and=equals"),
                                QStringLiteral("line one\nline two\r\n3:abc\n"),
                                QString::fromUtf8("고객 이탈 😀 예측"),
                                QStringLiteral("12:"),
                                QStringLiteral("v1;2\nk3:abc\n") };
    Portfolio p = richPortfolio();
    for (int n = 0; n < awkward.size(); ++n) {
        const QString &a = awkward[n];
        const QString &b = awkward[(n + 1) % awkward.size()];
        Idea idea = numberedIdea(200 + n);
        idea.keyQuestionAnswers.insert(QStringLiteral("improves-performance"), a);
        idea.keyQuestionAnswers.insert(QStringLiteral("feeds-flywheel"), b);
        idea.metrics.metrics.clear();
        idea.metrics.results.clear();
        idea.baselines.clear();
        MetricDef m1;
        m1.name = QStringLiteral("m%1 ").arg(n) + a; // names must not be empty
        m1.unit = b;
        m1.direction = Direction::LowerIsBetter;
        m1.weight = 0.1 + n;
        m1.bound = n == 0 ? std::optional<double>() : std::optional<double>(1.0 / 3.0 * n);
        MetricDef m2;
        m2.name = QStringLiteral("second");
        m2.weight = 0;
        idea.metrics.metrics = { m1, m2 };
        idea.metrics.rule.kind = CombineKind::Threshold;
        idea.metrics.rule.optimize = m1.name;
        idea.metrics.rule.formula = a;
        idea.metrics.rule.formulaDirection = Direction::LowerIsBetter;
        ModelResult r1;
        r1.model = QStringLiteral("model ") + a;
        r1.values.insert(m1.name, -1e-300);
        r1.values.insert(QStringLiteral("second"), 123456789.125);
        ModelResult r2; // no values
        r2.model = QStringLiteral("other ") + b;
        idea.metrics.results = { r1, r2 };
        idea.baselineMetric = a;
        Baseline bl;
        bl.label = b;
        bl.kind = BaselineKind::PublishedResult;
        bl.value = 0.1 + 0.2;
        bl.source = a;
        bl.fairChecked = n % 2 == 0;
        idea.baselines = { bl, Baseline {} };
        p.ideas.append(idea);
    }
    const QString path = file(QStringLiteral("details.mlplan"));
    {
        auto created = PortfolioFile::create(path, p);
        ASSERT_TRUE(created.ok()) << text(created.error());
    }
    auto f = PortfolioFile::open(path);
    ASSERT_TRUE(f.ok()) << text(f.error());
    const auto loaded = (*f)->load();
    ASSERT_TRUE(loaded.ok()) << text(loaded.error());
    EXPECT_EQ(*loaded, p);
}

// A packed column that does not parse is reported, never guessed at.
TEST_F(PortfolioFileTest, UnreadablePackedColumnsAreCorrupt)
{
    const QStringList damages {
        QStringLiteral("UPDATE ideas SET details = 'x' WHERE id = (SELECT min(id) FROM ideas)"),
        QStringLiteral(
            "UPDATE ideas SET details = 'b5:ab\n' WHERE id = (SELECT min(id) FROM ideas)"),
        QStringLiteral(
            "UPDATE ideas SET details = 'v1;3:abc\n' WHERE id = (SELECT min(id) FROM ideas)"),
        QStringLiteral(
            "UPDATE ideas SET raters = '3:Ann12345\n' WHERE id = (SELECT min(id) FROM ideas)"),
        QStringLiteral(
            "UPDATE ideas SET raters = '3:Ann' || substr('9999999999999999999999', 1, "
            "(SELECT length(value) - length(replace(value, ';', '')) + 1 FROM settings "
            "WHERE key = 'answer-order')) || char(10) WHERE id = (SELECT min(id) FROM ideas)"),
        QStringLiteral("UPDATE settings SET value = 'no-such-question' WHERE key = 'answer-order'"),
    };
    int n = 0;
    for (const QString &damage : damages) {
        const Error error = loadAfterDamage(QStringLiteral("damaged%1.mlplan").arg(++n), damage);
        EXPECT_EQ(error.code, Error::Code::Corrupt) << damage.toStdString();
    }
}

// An id that JSON cannot keep, or whose next id would overflow, is refused on load.
TEST_F(PortfolioFileTest, IdsOutsideTheValidRangeAreCorrupt)
{
    const QStringList damages {
        QStringLiteral(
            "UPDATE ideas SET id = 9223372036854775807 WHERE id = (SELECT min(id) FROM ideas)"),
        QStringLiteral(
            "UPDATE ideas SET id = 9007199254740992 WHERE id = (SELECT min(id) FROM ideas)"),
        QStringLiteral("UPDATE ideas SET id = 0 WHERE id = (SELECT min(id) FROM ideas)"),
        QStringLiteral("UPDATE ideas SET id = -5 WHERE id = (SELECT min(id) FROM ideas)"),
    };
    int n = 0;
    for (const QString &damage : damages) {
        const Error error = loadAfterDamage(QStringLiteral("badid%1.mlplan").arg(++n), damage);
        EXPECT_EQ(error.code, Error::Code::Corrupt) << damage.toStdString();
        EXPECT_TRUE(error.message.contains(QStringLiteral("is outside 1–9007199254740991")))
            << text(error);
    }
    const QString path = createRich(QStringLiteral("maxid.mlplan"));
    tamper(path,
           { QStringLiteral(
               "UPDATE ideas SET id = 9007199254740991 WHERE id = (SELECT min(id) FROM ideas)") });
    auto f = PortfolioFile::open(path);
    ASSERT_TRUE(f.ok()) << text(f.error());
    const auto loaded = (*f)->load();
    ASSERT_TRUE(loaded.ok()) << text(loaded.error());
    EXPECT_NE(loaded->find(9007199254740991), nullptr);
}

TEST_F(PortfolioFileTest, HeaderCarriesApplicationIdAndSchemaVersion)
{
    const QString path = createRich();
    const QByteArray bytes = readBytes(path);
    ASSERT_GE(bytes.size(), 100);
    EXPECT_TRUE(bytes.startsWith(QByteArray("SQLite format 3\0", 16)));
    EXPECT_EQ(qFromBigEndian<qint32>(bytes.constData() + 68), kApplicationId);
    EXPECT_EQ(qFromBigEndian<qint32>(bytes.constData() + 60), kSchemaVersion);
}

TEST_F(PortfolioFileTest, CreateRefusesAnExistingFile)
{
    const QString path = file(QStringLiteral("exists.txt"));
    writeBytes(path, "keep me");
    auto created = PortfolioFile::create(path, Portfolio {});
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(readBytes(path), QByteArray("keep me"));
}

TEST_F(PortfolioFileTest, EditsAreKeptAndOrderIsStable)
{
    const QString path = createRich();
    Portfolio expected = richPortfolio();
    {
        auto f = PortfolioFile::open(path);
        ASSERT_TRUE(f.ok()) << text(f.error());
        Idea changed = expected.ideas[1];
        changed.name = QStringLiteral("Renamed");
        changed.raters.removeFirst();
        changed.baselines.append(
            Baseline { QStringLiteral("New"), BaselineKind::Scripted, 1.5, {}, false });
        expected.ideas[1] = changed;
        ASSERT_TRUE((*f)->upsertIdea(changed).ok());
        const Idea added = numberedIdea(40);
        expected.ideas.append(added);
        ASSERT_TRUE((*f)->upsertIdea(added).ok());
        ASSERT_TRUE((*f)->removeIdea(7).ok());
        expected.ideas.removeAt(2);
        expected.name = QStringLiteral("Renamed portfolio");
        expected.config.costBase = 10.0;
        expected.config.aggregation = Aggregation::Median;
        ASSERT_TRUE((*f)->saveSettings(expected.name, expected.config).ok());
        auto loaded = (*f)->load();
        ASSERT_TRUE(loaded.ok());
        EXPECT_EQ(*loaded, expected);
    }
    auto f = PortfolioFile::open(path);
    ASSERT_TRUE(f.ok());
    EXPECT_EQ(*(*f)->load(), expected);
}

TEST_F(PortfolioFileTest, InvalidEditsAreRefusedAndChangeNothing)
{
    const QString path = createRich();
    auto f = PortfolioFile::open(path);
    ASSERT_TRUE(f.ok());
    Idea bad = numberedIdea(50);
    bad.name.clear();
    const Status status = (*f)->upsertIdea(bad);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, Error::Code::Invalid);
    Portfolio duplicate = richPortfolio();
    duplicate.ideas[1].id = duplicate.ideas[0].id;
    EXPECT_FALSE((*f)->replaceAll(duplicate).ok());
    EXPECT_EQ(*(*f)->load(), richPortfolio());
}

TEST_F(PortfolioFileTest, ReplaceAllSwapsEverythingInOneGo)
{
    const QString path = createRich();
    auto f = PortfolioFile::open(path);
    ASSERT_TRUE(f.ok());
    Portfolio other;
    other.name = QStringLiteral("Other");
    for (int i = 100; i > 90; --i)
        other.ideas.append(numberedIdea(i));
    ASSERT_TRUE((*f)->replaceAll(other).ok());
    EXPECT_EQ(*(*f)->load(), other);
}

TEST_F(PortfolioFileTest, NewerSchemaVersionIsRefusedNamingBothVersions)
{
    const QString path = createRich();
    tamper(path, { QStringLiteral("PRAGMA user_version = 7") });
    const QByteArray before = sha256Of(path);
    auto f = PortfolioFile::open(path);
    ASSERT_FALSE(f.ok());
    EXPECT_EQ(f.error().code, Error::Code::TooNew);
    EXPECT_TRUE(f.error().message.contains(QStringLiteral("7"))) << text(f.error());
    EXPECT_TRUE(f.error().message.contains(QString::number(kSchemaVersion))) << text(f.error());
    EXPECT_EQ(sha256Of(path), before);
}

TEST_F(PortfolioFileTest, NonPortfolioFilesAreRefusedAndLeftUnchanged)
{
    const QString empty = file(QStringLiteral("empty.mlplan"));
    writeBytes(empty, {});
    const QString textFile = file(QStringLiteral("notes.mlplan"));
    writeBytes(textFile, QByteArray("id,name\n1,hello\n").repeated(20));
    const QString shortFile = file(QStringLiteral("short.mlplan"));
    writeBytes(shortFile, QByteArray("SQLite format 3\0", 16));
    const QString foreign = file(QStringLiteral("foreign.sqlite"));
    tamper(foreign,
           { QStringLiteral("PRAGMA application_id = 1234"), QStringLiteral("CREATE TABLE t (a)"),
             QStringLiteral("INSERT INTO t VALUES (1)") });
    const QString plain = file(QStringLiteral("plain.sqlite"));
    tamper(plain, { QStringLiteral("CREATE TABLE ideas (a)") });

    for (const QString &path : { empty, textFile, shortFile, foreign, plain }) {
        const QByteArray before = sha256Of(path);
        const qint64 size = QFileInfo(path).size();
        auto f = PortfolioFile::open(path);
        ASSERT_FALSE(f.ok()) << path.toStdString();
        EXPECT_EQ(f.error().code, Error::Code::NotAPortfolio) << text(f.error());
        EXPECT_TRUE(f.error().message.contains(QStringLiteral("not an ML Planner portfolio")))
            << text(f.error());
        EXPECT_EQ(sha256Of(path), before) << path.toStdString();
        EXPECT_EQ(QFileInfo(path).size(), size);
        EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    }
}

TEST_F(PortfolioFileTest, MissingFileIsNotFound)
{
    auto f = PortfolioFile::open(file(QStringLiteral("nothing.mlplan")));
    ASSERT_FALSE(f.ok());
    EXPECT_EQ(f.error().code, Error::Code::NotFound);
    EXPECT_FALSE(QFileInfo::exists(file(QStringLiteral("nothing.mlplan"))));
}

TEST_F(PortfolioFileTest, ForeignTriggersViewsAndTablesAreRefused)
{
    const QStringList attacks {
        QStringLiteral("CREATE TRIGGER evil AFTER INSERT ON ideas BEGIN DELETE FROM raters; END"),
        QStringLiteral("CREATE VIEW peek AS SELECT * FROM ideas"),
        QStringLiteral("CREATE TABLE extra (a)"),
        QStringLiteral("CREATE INDEX extra_index ON ideas (name)"),
        QStringLiteral("DROP INDEX ideas_position"),
    };
    int n = 0;
    // A file left in WAL mode is checked on the writable connection; it must stay unchanged too.
    for (const bool wal : { false, true }) {
        for (const QString &attack : attacks) {
            const QString path = createRich(QStringLiteral("attack%1.mlplan").arg(++n));
            QStringList statements { attack };
            if (wal)
                statements.prepend(QStringLiteral("PRAGMA journal_mode = WAL"));
            tamper(path, statements);
            const QByteArray before = sha256Of(path);
            auto f = PortfolioFile::open(path);
            ASSERT_FALSE(f.ok()) << attack.toStdString();
            EXPECT_EQ(f.error().code, Error::Code::UntrustedSchema) << text(f.error());
            EXPECT_EQ(sha256Of(path), before) << attack.toStdString() << (wal ? " (WAL)" : "");
            EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
            EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));
        }
    }
}

TEST_F(PortfolioFileTest, CorruptionIsReportedAndTheFileIsNotWritten)
{
    const QString path = file(QStringLiteral("big.mlplan"));
    {
        Portfolio p = richPortfolio();
        for (int i = 100; i < 400; ++i)
            p.ideas.append(numberedIdea(i));
        ASSERT_TRUE(PortfolioFile::create(path, p).ok());
    }
    QByteArray bytes = readBytes(path);
    const int pageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
    ASSERT_GT(bytes.size(), pageSize * 12);
    // Scribble over the middle of several b-tree pages, keeping the header page intact.
    for (int page = 3; page < 12; ++page)
        for (int i = 8; i < 400; ++i)
            bytes[page * pageSize + i] = char(0xA5);
    const QString copy = file(QStringLiteral("damaged.mlplan"));
    writeBytes(copy, bytes);
    const QByteArray before = sha256Of(copy);
    auto f = PortfolioFile::open(copy);
    ASSERT_FALSE(f.ok());
    EXPECT_EQ(f.error().code, Error::Code::Corrupt) << text(f.error());
    EXPECT_EQ(sha256Of(copy), before);
}

TEST_F(PortfolioFileTest, SecondOpenInTheSameProcessIsLocked)
{
    const QString path = createRich();
    auto first = PortfolioFile::open(path);
    ASSERT_TRUE(first.ok());
    auto second = PortfolioFile::open(path);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, Error::Code::Locked) << text(second.error());
    EXPECT_TRUE(second.error().message.contains(
        QStringLiteral("open in another ML Planner window or process")));
    // The first stays usable, and closing it frees the file.
    ASSERT_TRUE((*first)->upsertIdea(numberedIdea(77)).ok());
    first->reset();
    auto third = PortfolioFile::open(path);
    ASSERT_TRUE(third.ok()) << text(third.error());
    EXPECT_NE((*third)->load()->find(77), nullptr);
}

TEST_F(PortfolioFileTest, ConnectionsAreRemovedWhenClosed)
{
    const QStringList before = QSqlDatabase::connectionNames();
    {
        const QString path = createRich();
        auto f = PortfolioFile::open(path);
        ASSERT_TRUE(f.ok());
        EXPECT_GT(QSqlDatabase::connectionNames().size(), before.size());
    }
    EXPECT_EQ(QSqlDatabase::connectionNames(), before);
}

TEST_F(PortfolioFileTest, SaveCopyAsWritesAnEqualPortfolio)
{
    const QString path = createRich();
    auto f = PortfolioFile::open(path);
    ASSERT_TRUE(f.ok());
    ASSERT_TRUE((*f)->upsertIdea(numberedIdea(55)).ok());
    const QString copy = file(QStringLiteral("copy.mlplan"));
    ASSERT_TRUE((*f)->saveCopyAs(copy).ok());
    // Replacing an existing, closed file is allowed and atomic.
    ASSERT_TRUE((*f)->upsertIdea(numberedIdea(56)).ok());
    ASSERT_TRUE((*f)->saveCopyAs(copy).ok());
    EXPECT_TRUE(QDir(m_dir.path())
                    .entryList({ QStringLiteral(".copy*") }, QDir::Files | QDir::Hidden)
                    .isEmpty());

    auto opened = PortfolioFile::open(copy);
    ASSERT_TRUE(opened.ok()) << text(opened.error());
    EXPECT_EQ(*(*opened)->load(), *(*f)->load());

    const Status self = (*f)->saveCopyAs(path);
    ASSERT_FALSE(self.ok());
    EXPECT_FALSE(
        (*f)->saveCopyAs(QDir(m_dir.path()).filePath(QStringLiteral("./rich.mlplan"))).ok());
    const Status busy = (*f)->saveCopyAs(copy);
    ASSERT_FALSE(busy.ok());
    EXPECT_EQ(busy.error().code, Error::Code::Locked);
}

TEST_F(PortfolioFileTest, KilledWriterLosesNoAcknowledgedChange)
{
    const QString path = createRich();
    for (int round = 0; round < 4; ++round) {
        std::unique_ptr<QProcess> child(startChild(QStringLiteral("write"), path));
        ASSERT_TRUE(child->waitForStarted());
        QByteArray output;
        ASSERT_TRUE(waitForLine(*child, "ack ", 30 + round * 25, output))
            << output.toStdString() << child->readAllStandardError().toStdString();
        child->kill(); // SIGKILL: no chance to finish the transaction in flight
        ASSERT_TRUE(child->waitForFinished());
        output += child->readAllStandardOutput();

        QSet<qint64> acked;
        QSet<qint64> removing; // removal started, not acknowledged: present or not
        QSet<qint64> removed;  // acknowledged removals: gone
        for (const QByteArray &line : output.split('\n')) {
            if (line.startsWith("ack ")) {
                acked.insert(line.mid(4).toLongLong());
            } else if (line.startsWith("removing ")) {
                acked.remove(line.mid(9).toLongLong());
                removing.insert(line.mid(9).toLongLong());
            } else if (line.startsWith("removed ")) {
                removing.remove(line.mid(8).toLongLong());
                removed.insert(line.mid(8).toLongLong());
            }
        }
        ASSERT_FALSE(acked.isEmpty());

        auto f = PortfolioFile::open(path);
        ASSERT_TRUE(f.ok()) << "round " << round << ": " << text(f.error());
        const auto loaded = (*f)->load();
        ASSERT_TRUE(loaded.ok());
        for (qint64 id : acked) {
            const Idea *idea = loaded->find(id);
            ASSERT_NE(idea, nullptr)
                << "acknowledged idea " << id << " is missing after round " << round;
            EXPECT_EQ(*idea, numberedIdea(id));
        }
        for (qint64 id : removing) {
            if (const Idea *idea = loaded->find(id)) {
                EXPECT_EQ(*idea, numberedIdea(id));
            }
        }
        for (qint64 id : removed)
            EXPECT_EQ(loaded->find(id), nullptr)
                << "removed idea " << id << " is back after round " << round;
        for (const Idea &original : richPortfolio().ideas)
            EXPECT_EQ(*loaded->find(original.id), original);
        // Start the next round from a clean set of numbered ideas.
        Portfolio reset = *loaded;
        reset.ideas = richPortfolio().ideas;
        ASSERT_TRUE((*f)->replaceAll(reset).ok());
    }
}

TEST_F(PortfolioFileTest, FileOpenInAnotherProcessIsLocked)
{
    // Held by a process that has only opened the file (which writes nothing), and by one that
    // has written to it: either way the lock is there from the open on.
    for (const QString &mode : { QStringLiteral("hold"), QStringLiteral("hold-after-write") }) {
        SCOPED_TRACE(mode.toStdString());
        const QString path = createRich(mode + QStringLiteral(".mlplan"));
        const QByteArray created = readBytes(path);
        std::unique_ptr<QProcess> child(startChild(mode, path));
        ASSERT_TRUE(child->waitForStarted());
        QByteArray output;
        ASSERT_TRUE(waitForLine(*child, "ready", 1, output)) << output.toStdString();
        const QByteArray before = readBytes(path);
        if (mode == QLatin1String("hold")) {
            EXPECT_EQ(before, created) << "opening alone wrote to the file";
        }

        auto f = PortfolioFile::open(path);
        ASSERT_FALSE(f.ok());
        EXPECT_EQ(f.error().code, Error::Code::Locked) << text(f.error());
        EXPECT_TRUE(f.error().message.contains(QStringLiteral("close it there and try again")))
            << text(f.error());
        EXPECT_EQ(readBytes(path), before);

        child->kill();
        ASSERT_TRUE(child->waitForFinished());
        auto after = PortfolioFile::open(path);
        ASSERT_TRUE(after.ok()) << text(after.error());
        Portfolio expected = richPortfolio();
        if (mode == QLatin1String("hold-after-write"))
            expected.ideas.append(numberedIdea(999));
        EXPECT_EQ(*(*after)->load(), expected);
    }
}

TEST_F(PortfolioFileTest, OpeningReadingAndClosingLeaveEveryByteUnchanged)
{
    const QString path = createRich();
    {
        // Through one edit and close first, as any edited portfolio is.
        auto f = PortfolioFile::open(path);
        ASSERT_TRUE(f.ok());
        ASSERT_TRUE((*f)->upsertIdea(numberedIdea(41)).ok());
    }
    QThread::msleep(20); // modification times have a resolution: a write now would show
    const QByteArray before = readBytes(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    for (int round = 0; round < 2; ++round) {
        auto f = PortfolioFile::open(path);
        ASSERT_TRUE(f.ok()) << text(f.error());
        const auto loaded = (*f)->load();
        ASSERT_TRUE(loaded.ok());
        EXPECT_NE(loaded->find(41), nullptr);
        ASSERT_TRUE((*f)->saveCopyAs(file(QStringLiteral("copy%1.mlplan").arg(round))).ok());
        // Refused edits write nothing either.
        Idea invalid = numberedIdea(42);
        invalid.name.clear();
        EXPECT_FALSE((*f)->upsertIdea(invalid).ok());
        for (const char *side : { "-wal", "-shm", "-journal" })
            EXPECT_FALSE(QFileInfo::exists(path + QLatin1String(side))) << side;
        f->reset();
        EXPECT_EQ(readBytes(path), before) << "round " << round;
        EXPECT_EQ(QFileInfo(path).lastModified(), modified) << "round " << round;
    }
    // After the first change (committed in rollback mode, with this session's mark) the file
    // goes through WAL, and is folded back on close.
    auto f = PortfolioFile::open(path);
    ASSERT_TRUE(f.ok());
    ASSERT_TRUE((*f)->removeIdea(41).ok());
    ASSERT_TRUE((*f)->upsertIdea(numberedIdea(41)).ok());
    ASSERT_TRUE((*f)->removeIdea(41).ok());
    EXPECT_TRUE(QFileInfo::exists(path + QStringLiteral("-wal")));
    f->reset();
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    EXPECT_NE(readBytes(path), before);
    EXPECT_EQ(*PortfolioFile::open(path).value()->load(), richPortfolio());
}

} // namespace

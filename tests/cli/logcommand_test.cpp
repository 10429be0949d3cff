// `mlplanner log`: the change log on the command line, as a table for people and JSON for
// scripts.
#include "clitestsupport.h"

#include "core/domain/changelog.h"
#include "core/domain/lifecycle.h"
#include "storage/changetable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace mlp::testing {
namespace {

class CliLog : public CliTest
{
protected:
    void SetUp() override
    {
        file = createPortfolio(u"p.mlplan"_s,
                               { makeIdea(1, u"Churn model"_s), makeIdea(2, u"라벨링 도우미"_s) });
    }

    QJsonArray logJson(QStringList arguments)
    {
        const CliResult result
            = cli(QStringList { u"log"_s, file } + arguments + QStringList { u"--json"_s });
        EXPECT_EQ(result.code, 0) << result.err.toStdString();
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << result.out.toStdString();
        return json.array();
    }

    QString file;
};

TEST_F(CliLog, EveryEditIsOnRecordWithWhoWhenAndTheValuesAsTheWindowShowsThem)
{
    ASSERT_EQ(cli({ u"move"_s, file, u"1"_s, u"data"_s, u"--reason"_s, u"labels ready"_s }).code,
              0);
    ASSERT_EQ(
        cli({ u"answer"_s, file, u"1"_s, u"--rater"_s, u"Ana"_s, u"data-acquisition=5"_s }).code,
        0);
    const CliResult log = cli({ u"log"_s, file, u"Churn model"_s });
    ASSERT_EQ(log.code, 0) << log.err.toStdString();
    const QStringList lines = log.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 4) << log.out.toStdString();
    // The header, then oldest first: the idea added, the move, the answer.
    EXPECT_TRUE(lines[0].contains(u"when"_s) && lines[0].contains(u"field"_s)
                && lines[0].contains(u"reason"_s))
        << lines[0].toStdString();
    EXPECT_FALSE(lines[0].contains(u"idea"_s)) << "one idea: no idea column";
    EXPECT_TRUE(lines[1].contains(u"Idea added"_s)) << lines[1].toStdString();
    EXPECT_TRUE(lines[2].contains(u"Stage"_s) && lines[2].contains(u"Planning"_s)
                && lines[2].contains(u"Data"_s) && lines[2].contains(u"labels ready"_s))
        << lines[2].toStdString();
    EXPECT_TRUE(lines[3].contains(u"Answer (Ana): How hard is it to acquire the data?"_s))
        << lines[3].toStdString();
    for (const QString &line : lines.mid(1))
        EXPECT_TRUE(line.contains(storage::processAccountName())) << line.toStdString();
}

TEST_F(CliLog, JsonKeepsKeysAndNumbersAsStored)
{
    ASSERT_EQ(cli({ u"move"_s, file, u"2"_s, u"data"_s }).code, 0);
    ASSERT_EQ(
        cli({ u"move"_s, file, u"2"_s, u"planning"_s, u"--trigger"_s, u"data-too-hard-to-get"_s })
            .code,
        0);
    const QJsonArray all = logJson({});
    ASSERT_EQ(all.size(), 4); // two ideas added, two moves
    const QJsonObject back = all.last().toObject();
    EXPECT_EQ(back[u"field"_s].toString(), u"stage"_s);
    EXPECT_EQ(back[u"old"_s].toString(), u"data"_s);
    EXPECT_EQ(back[u"new"_s].toString(), u"planning"_s);
    EXPECT_EQ(back[u"trigger"_s].toString(), u"data-too-hard-to-get"_s);
    EXPECT_EQ(back[u"id"_s].toInteger(), 2);
    EXPECT_EQ(back[u"idea"_s].toString(), u"라벨링 도우미"_s);
    EXPECT_EQ(back[u"who"_s].toString(), storage::processAccountName());
    EXPECT_TRUE(back[u"at"_s].toString().endsWith(u'Z'));
    // --field keeps one kind.
    EXPECT_EQ(logJson({ u"--field"_s, u"stage"_s }).size(), 2);
    EXPECT_EQ(logJson({ u"--field"_s, u"added"_s }).size(), 2);
}

TEST_F(CliLog, SinceTakesADateATimeOrADuration)
{
    // The entries carry the time they were kept; the fake clock of the command line is years
    // before it, so "the last 2 weeks" back from it is nothing, and a date long ago is all.
    EXPECT_EQ(logJson({ u"--since"_s, u"2000-01-01"_s }).size(), 2);
    EXPECT_EQ(logJson({ u"--since"_s, u"2000-01-01T00:00:00Z"_s }).size(), 2);
    EXPECT_EQ(logJson({ u"--since"_s, u"2999-01-01"_s }).size(), 0);
    clock.set(QDateTime::currentDateTimeUtc().addDays(30));
    EXPECT_EQ(logJson({ u"--since"_s, u"2w"_s }).size(), 0);
    EXPECT_EQ(logJson({ u"--since"_s, u"60d"_s }).size(), 2);
    const CliResult none = cli({ u"log"_s, file, u"--since"_s, u"2999-01-01"_s });
    EXPECT_EQ(none.code, 0);
    EXPECT_EQ(none.out, u"No recorded changes.\n"_s);
}

TEST_F(CliLog, ARemovedIdeaIsFoundByItsId)
{
    ASSERT_EQ(cli({ u"idea"_s, u"delete"_s, file, u"1"_s }).code, 0);
    const QJsonArray log = logJson({ u"1"_s });
    ASSERT_EQ(log.size(), 2);
    EXPECT_EQ(log.last().toObject()[u"field"_s].toString(), u"removed"_s);
    EXPECT_EQ(log.last().toObject()[u"old"_s].toString(), u"Churn model"_s);
}

TEST_F(CliLog, BadInputIsRefusedSayingWhatToType)
{
    const FileState before = stateOf(file);
    const CliResult since = cli({ u"log"_s, file, u"--since"_s, u"last tuesday"_s });
    EXPECT_TRUE(isError(since, 2));
    EXPECT_TRUE(since.err.contains(u"7d"_s)) << since.err.toStdString();
    const CliResult field = cli({ u"log"_s, file, u"--field"_s, u"colour"_s });
    EXPECT_TRUE(isError(field, 2));
    EXPECT_TRUE(field.err.contains(u"answer"_s)) << field.err.toStdString();
    EXPECT_TRUE(isError(cli({ u"log"_s, file, u"Nobody"_s }), 1));
    EXPECT_TRUE(isError(cli({ u"log"_s, path(u"missing.mlplan"_s) }), 1));
    EXPECT_EQ(stateOf(file), before) << "log only reads";
}

} // namespace
} // namespace mlp::testing

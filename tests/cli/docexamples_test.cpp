#include "edittestsupport.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mlp::testing {
namespace {

// The words of one shell command line: spaces separate, double quotes group (no escapes).
QStringList shellWords(const QString &line)
{
    QStringList words;
    QString word;
    bool inQuotes = false;
    bool started = false;
    for (QChar c : line) {
        if (c == u'"') {
            inQuotes = !inQuotes;
            started = true;
        } else if (c == u' ' && !inQuotes) {
            if (started)
                words << word;
            word.clear();
            started = false;
        } else {
            word += c;
            started = true;
        }
    }
    if (started)
        words << word;
    return words;
}

// docs/cli.md promises that the examples under "Editing a portfolio" run as written on the
// sample: each line is run in order on a fresh sample and must succeed.
using CliDocExamples = CliTest;

TEST_F(CliDocExamples, EditingExamplesRunOnTheSample)
{
    QFile doc(QStringLiteral(MLP_SOURCE_DIR "/docs/cli.md"));
    ASSERT_TRUE(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    const qsizetype section = text.indexOf(u"### Editing a portfolio"_s);
    ASSERT_GE(section, 0);
    const qsizetype start = text.indexOf(u"```\n"_s, section) + 4;
    const qsizetype end = text.indexOf(u"```"_s, start);
    const QStringList lines = text.mid(start, end - start).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_GT(lines.size(), 20);

    for (const QString &line : lines) {
        QStringList words = shellWords(line);
        ASSERT_EQ(words.takeFirst(), u"mlplanner"_s) << line.toStdString();
        for (QString &word : words) {
            if (word == u"s.mlplan"_s)
                word = path(word);
        }
        const CliResult result = cli(words);
        EXPECT_EQ(result.code, 0) << line.toStdString() << "\n" << result.err.toStdString();
        EXPECT_FALSE(result.out.isEmpty()) << line.toStdString();
    }
}

} // namespace
} // namespace mlp::testing

// `import` of a JSON export reads the text as it comes, a buffer at a time: a document several
// buffers long, from a file or a pipe, gives back the portfolio exported; a problem anywhere in
// it, even after most ideas were read, writes nothing.

#include "clitestsupport.h"

#include "tests/support/generatedportfolio.h"

#include <QFile>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <thread>

namespace mlp::testing {
namespace {

using namespace Qt::StringLiterals;

class CliImportStream : public CliTest
{
protected:
    // A portfolio of `count` generated ideas, and its JSON export.
    QString exported(int count, const QString &json)
    {
        const Portfolio generated
            = generatedPortfolio(count, 7, QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC));
        const QString file = createPortfolio(u"source.mlplan"_s, generated.ideas);
        const CliResult result = cli({ u"export"_s, file, json });
        EXPECT_EQ(result.code, 0) << result.err.toStdString();
        return file;
    }
};

TEST_F(CliImportStream, AnExportSeveralBuffersLongImportsToTheSamePortfolio)
{
    const QString json = path(u"source.json"_s);
    exported(1200, json);
    ASSERT_GT(QFileInfo(json).size(), 4 * 1024 * 1024);
    const QString target = createPortfolio(u"target.mlplan"_s, { makeIdea(1, u"Replaced"_s) });
    const CliResult imported = cli({ u"import"_s, target, json });
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    const QString again = path(u"again.json"_s);
    ASSERT_EQ(cli({ u"export"_s, target, again }).code, 0);
    EXPECT_TRUE(bytes(again) == bytes(json));
}

TEST_F(CliImportStream, AProblemAtTheEndOfALargeDocumentWritesNothing)
{
    const QString json = path(u"source.json"_s);
    exported(1200, json);
    QByteArray text = bytes(json);
    const qsizetype lastName = text.lastIndexOf("\"name\": \"") + 9;
    const qsizetype lastId = text.lastIndexOf("\"id\": ") + 6;
    QByteArray duplicateId = text;
    duplicateId.replace(lastId, text.indexOf(',', lastId) - lastId, "1");
    for (const QByteArray &damaged :
         { QByteArray(text).chopped(3), QByteArray(text).insert(lastName, "\x01"), duplicateId }) {
        write(json, damaged);
        const QString target = createPortfolio(u"target.mlplan"_s, { makeIdea(1, u"Kept"_s) });
        const FileState before = stateOf(target);
        EXPECT_TRUE(isError(cli({ u"import"_s, target, json }), 1));
        EXPECT_EQ(stateOf(target), before);
        EXPECT_TRUE(cli({ u"rank"_s, target }).out.contains(u"Kept"_s));
        QFile::remove(target);
    }
}

// A pipe has no size to check first; the document is read as the writer writes it.
TEST_F(CliImportStream, AJsonDocumentFromAPipeIsImported)
{
    const QString json = path(u"source.json"_s);
    exported(400, json);
    const QString fifo = path(u"pipe.json"_s);
    ASSERT_EQ(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QByteArray text = bytes(json);
    std::thread writer([&] {
        QFile out(fifo);
        if (out.open(QIODevice::WriteOnly))
            out.write(text);
    });
    const QString target = createPortfolio(u"target.mlplan"_s, { makeIdea(1, u"Replaced"_s) });
    const CliResult imported = cli({ u"import"_s, target, fifo });
    writer.join();
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    const QString again = path(u"again.json"_s);
    ASSERT_EQ(cli({ u"export"_s, target, again }).code, 0);
    EXPECT_TRUE(bytes(again) == text);
}

} // namespace
} // namespace mlp::testing

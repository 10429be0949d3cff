// The JSON import reads its text a buffer at a time, building one idea at a time: what it reads
// must not depend on where the buffers end, its messages must still name the place of a
// problem deep in a large document, and it stops at its size limit.

#include "core/io/jsonformat.h"

#include "tests/support/generatedportfolio.h"

#include <QBuffer>

#include <gtest/gtest.h>

using namespace mlp;

namespace {

const QDateTime kNow(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);

// An export of `count` generated ideas: several of the reader's buffers long from about 100.
QByteArray exportOf(int count)
{
    return io::exportJson(generatedPortfolio(count, 7, kNow));
}

Result<Portfolio> importFrom(const QByteArray &json, qint64 maxBytes)
{
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    return io::importJson(buffer, maxBytes);
}

// Line and column of the byte at `offset`, as the messages count them.
QString lineAndColumnOf(const QByteArray &json, qsizetype offset)
{
    const qsizetype lineStart = json.lastIndexOf('\n', offset - 1) + 1;
    return QStringLiteral("line %1, column %2")
        .arg(json.left(offset).count('\n') + 1)
        .arg(offset - lineStart + 1);
}

TEST(JsonStream, AnExportSeveralBuffersLongRoundTripsExactly)
{
    const Portfolio original = generatedPortfolio(1500, 7, kNow);
    const QByteArray json = io::exportJson(original);
    ASSERT_GT(json.size(), 4 * 1024 * 1024); // many buffers of the reader
    const auto imported = importFrom(json, json.size());
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    EXPECT_EQ(*imported, original);
    EXPECT_TRUE(io::exportJson(*imported) == json);
}

// The limit counts what is read, so a pipe (whose size is not known first) stops there too.
TEST(JsonStream, MoreThanTheLimitIsRefusedWhileReading)
{
    const QByteArray json = exportOf(300);
    EXPECT_TRUE(importFrom(json, json.size()).ok());
    const auto refused = importFrom(json, json.size() - 1);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(u"larger than"))
        << refused.error().message.toStdString();
    // Far above any export a person meets: the 100,000-idea export of the benchmarks is 357 MB.
    EXPECT_GE(io::kMaxJsonImportSize, qint64(8) * 357 * 1000 * 1000);
}

// A device whose reads fail after the first bytes, like a disk that fails mid-file.
class FailingDevice : public QIODevice
{
protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_given)
            return -1;
        m_given = true;
        const QByteArray start = "{\"formatVersion\": 1, ";
        const qint64 n = qMin(maxSize, qint64(start.size()));
        memcpy(data, start.constData(), size_t(n));
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool m_given = false;
};

// A device that fails is said to fail, not taken for malformed text.
TEST(JsonStream, AReadThatFailsIsNamedAsSuch)
{
    FailingDevice device;
    ASSERT_TRUE(device.open(QIODevice::ReadOnly));
    const auto refused = io::importJson(device);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::Io) << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.startsWith(u"cannot read"))
        << refused.error().message.toStdString();
}

TEST(JsonStream, AnInvalidValueDeepInTheDocumentIsNamedByItsPath)
{
    QByteArray json = exportOf(1200);
    const qsizetype at = json.lastIndexOf("\"stage\": \"");
    ASSERT_GT(at, 4 * 1024 * 1024);
    json.replace(at, 10, "\"stage\": \"x");
    const auto refused = importFrom(json, json.size());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::Invalid);
    EXPECT_TRUE(refused.error().message.startsWith(u"ideas[1199].lifecycle.stage: 'x"))
        << refused.error().message.toStdString();
}

TEST(JsonStream, MalformedTextDeepInTheDocumentIsNamedByLineAndColumn)
{
    const QByteArray good = exportOf(1200);
    for (const char *damage : { "\x01", "\"x", "\\q", "1e999", "\xC0\x80" }) {
        SCOPED_TRACE(damage);
        QByteArray json = good;
        // Inside the name of the last idea, one of the last buffers.
        const qsizetype at = json.lastIndexOf("\"name\": \"") + 9;
        const bool asValue = QByteArray(damage) == "1e999";
        const qsizetype offset = asValue ? at - 1 : at;
        json.insert(offset, asValue ? QByteArray(damage) + "," : QByteArray(damage));
        const auto refused = importFrom(json, json.size());
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().code, Error::Code::Parse);
        const QString message = refused.error().message;
        EXPECT_TRUE(message.contains(u"malformed")) << message.toStdString();
        EXPECT_TRUE(message.contains(lineAndColumnOf(json, offset))
                    || message.contains(lineAndColumnOf(json, offset + 1)))
            << message.toStdString() << " expected " << lineAndColumnOf(json, offset).toStdString();
    }
}

// The members of the document's object may come in any order, and the ideas are read as they
// come; the problem named is still the first a whole-document reading names: a newer format
// version before a bad idea, malformed text after it before either.
TEST(JsonStream, TheFirstProblemNamedDoesNotDependOnTheMembersOrder)
{
    const char *badIdea = R"("ideas": [{"id": 1, "name": "a", "colour": "red"}])";
    const auto tooNew = io::importJson(QByteArray("{") + badIdea + R"(, "formatVersion": 2})");
    ASSERT_FALSE(tooNew.ok());
    EXPECT_EQ(tooNew.error().code, Error::Code::TooNew) << tooNew.error().message.toStdString();

    const auto malformed
        = io::importJson(QByteArray("{") + badIdea + R"(, "formatVersion": 1, "name": "x" "y"})");
    ASSERT_FALSE(malformed.ok());
    EXPECT_EQ(malformed.error().code, Error::Code::Parse);

    const auto badIdeaNamed
        = io::importJson(QByteArray("{") + badIdea + R"(, "formatVersion": 1})");
    ASSERT_FALSE(badIdeaNamed.ok());
    EXPECT_TRUE(badIdeaNamed.error().message.contains(u"ideas[0].colour: unknown field"))
        << badIdeaNamed.error().message.toStdString();
}

TEST(JsonStream, RefusesWhatIsNotOneJsonValue)
{
    for (const char *json :
         { "", "   ", "{\"formatVersion\": 1} {}", "{\"formatVersion\": 1,}", "[1,]", "{\"a\" 1}",
           "{\"formatVersion\": 01}", "{\"formatVersion\": 1.}", "{\"formatVersion\": -}",
           "{\"formatVersion\": tru}", "{\"formatVersion\": 1, \"name\": \"abc",
           "{\"formatVersion\": 1, \"name\": \"\\u12\"}" }) {
        SCOPED_TRACE(json);
        const auto refused = io::importJson(QByteArray(json));
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().code, Error::Code::Parse)
            << refused.error().message.toStdString();
        EXPECT_TRUE(refused.error().message.contains(u"malformed"))
            << refused.error().message.toStdString();
    }
    // Nesting deep enough to exhaust the stack is refused, not followed.
    const QByteArray deep = "{\"formatVersion\": 1, \"name\": " + QByteArray(100000, '[');
    const auto refused = io::importJson(deep);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(u"nested"))
        << refused.error().message.toStdString();
}

// What RFC 8259 allows, read as Qt's parser reads it.
TEST(JsonStream, ReadsNumbersAndEscapesAsTheStandardSays)
{
    const auto read = io::importJson(
        R"({"formatVersion": 1e0, "name": "\"\\\/\u00e9\uD83D\uDE00",)"
        R"( "ideas": [{"id": 2E0, "name": "a", "description": "\n\r\t", "override": {"impact": 0.5e-0, "feasibility": 1e-400}}]})");
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    EXPECT_EQ(read->name, QString::fromUtf8("\"\\/\xC3\xA9\xF0\x9F\x98\x80"));
    ASSERT_EQ(read->ideas.size(), 1);
    EXPECT_EQ(read->ideas[0].description, QStringLiteral("\n\r\t"));
    EXPECT_EQ(read->ideas[0].id, 2);
    EXPECT_EQ(read->ideas[0].manualOverride.impact, 0.5);
    EXPECT_EQ(read->ideas[0].manualOverride.feasibility, 0.0); // too small to tell from zero
}

} // namespace

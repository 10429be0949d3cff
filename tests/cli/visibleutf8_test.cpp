// isVisibleUtf8 decides whether a command's UTF-8 output is written as it is or cleaned through
// visibleText first; its fast path checks 16 bytes at a time, so every kind of byte is put at
// every place in and around a 16-byte block.

#include "cli/visibleutf8.h"
#include "core/domain/validation.h"

#include <gtest/gtest.h>

#include <QString>

using namespace mlp;

namespace {

// What the output would be after the round trip through UTF-16 that isVisibleUtf8 spares.
QByteArray throughVisibleText(const QByteArray &bytes)
{
    return visibleText(QString::fromUtf8(bytes), true).toUtf8();
}

TEST(VisibleUtf8, AnyByteAnywhereInABlockIsFound)
{
    const QList<QByteArray> inserts {
        "\x1b",
        "\x07",
        "\x7f",
        QByteArray(1, '\0'),
        "\x80",
        "\xc2\x85",
        "\xc0\xaf",
        "\xed\xa0\x80",
        "\xff",
        "\xe2\x82",
        "\xf4\x90\x80\x80",
        "\n",
        "\t",
        "\r",
        "\xc3\xa9",
        "\xea\xb0\x80",
        "\xf0\x9f\x98\x80",
        " ",
        "~",
    };
    for (const QByteArray &insert : inserts) {
        for (int length = 0; length <= 40; ++length) {
            for (int at = 0; at <= length; ++at) {
                QByteArray bytes(length, 'a');
                bytes.insert(at, insert);
                const bool same = throughVisibleText(bytes) == bytes;
                EXPECT_EQ(cli::isVisibleUtf8(bytes), same)
                    << "insert " << insert.toHex().constData() << " at " << at << " of " << length;
                EXPECT_EQ(cli::visibleUtf8(bytes), same ? bytes : throughVisibleText(bytes));
            }
        }
    }
}

TEST(VisibleUtf8, PlainTextAndKoreanAreWrittenAsTheyAre)
{
    const QByteArray text = QStringLiteral("{\n    \"name\": \"데이터 품질\",\n\t\"x\": 1\r\n}\n")
                                .repeated(50)
                                .toUtf8();
    EXPECT_TRUE(cli::isVisibleUtf8(text));
    EXPECT_EQ(cli::visibleUtf8(text), text);
    EXPECT_TRUE(cli::isVisibleUtf8(QByteArray()));
    // An escape sequence deep in a long text is shown, not run.
    QByteArray hidden = text;
    hidden.insert(1000, "\x1b]0;owned\x07");
    EXPECT_FALSE(cli::isVisibleUtf8(hidden));
    EXPECT_FALSE(cli::visibleUtf8(hidden).contains('\x1b'));
    EXPECT_TRUE(cli::visibleUtf8(hidden).contains("\xe2\x90\x9b")); // ␛
}

} // namespace

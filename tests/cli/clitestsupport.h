#pragma once

#include "cli/cli.h"
#include "core/domain/clock.h"
#include "core/domain/idea.h"
#include "storage/portfoliofile.h"
#include "storage/stores.h"
#include "tests/support/fakeclock.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>

#include <gtest/gtest.h>

#include <ostream>

inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace mlp::testing {

struct CliResult
{
    int code = -1;
    QString out;
    QString err;
};

// Runs the command line in-process with a fake clock over files in a temporary folder (or over
// `stores` when a test sets it).
class CliTest : public ::testing::Test
{
protected:
    CliResult cli(QStringList arguments)
    {
        CliResult result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        arguments.prepend(QStringLiteral("mlplanner"));
        result.code = cli::run(arguments, out, err, clock, *stores, reports);
        out.flush();
        err.flush();
        return result;
    }

    QString path(const QString &name) const { return dir.filePath(name); }

    static QByteArray bytes(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return f.readAll();
    }

    // Every byte of a file and its modification time: what "writes nothing" promises.
    struct FileState
    {
        QByteArray bytes;
        QDateTime modified;
        bool operator==(const FileState &other) const = default;
        friend void PrintTo(const FileState &state, std::ostream *os)
        {
            *os << state.bytes.size() << " bytes (SHA-1 "
                << QCryptographicHash::hash(state.bytes, QCryptographicHash::Sha1)
                       .toHex()
                       .toStdString()
                << "), modified " << state.modified.toString(Qt::ISODateWithMs).toStdString();
        }
    };
    static FileState stateOf(const QString &file)
    {
        return { bytes(file), QFileInfo(file).lastModified() };
    }

    static void write(const QString &file, const QByteArray &content)
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
    }

    // A checklist with every item answered, so that an idea may leave Planning.
    static Checklist answeredChecklist();
    Idea makeIdea(qint64 id, const QString &name) const;
    // Creates `name` in the temporary folder holding `ideas`.
    QString createPortfolio(const QString &name, const QList<Idea> &ideas);

    QTemporaryDir dir;
    FakeClock clock;
    const StoreOpener *stores = &storage::storeOpener();
    const report::ReportWriter *reports = nullptr; // `report` has none unless a test sets one
};

// One "error: " line on stderr, nothing on stdout, and the expected exit code.
::testing::AssertionResult isError(const CliResult &result, int code);

} // namespace mlp::testing

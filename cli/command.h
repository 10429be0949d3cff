#pragma once

#include "core/domain/idea.h"
#include "core/domain/result.h"
#include "core/io/fileformat.h"
#include "core/store/portfoliostore.h"

#include <QByteArrayView>
#include <QCommandLineParser>
#include <QLatin1String>
#include <QString>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace mlp {
class Clock;
namespace report {
class ReportWriter;
}

namespace cli {

enum ExitCode { Success = 0, Refused = 1, UsageError = 2 };

// Output written as it is made, for output too large to hold whole (the JSON export of 100,000
// ideas is 357 MB); Context::stream.
class OutputStream
{
public:
    virtual ~OutputStream() = default;
    // Writes `bytes` (UTF-8, whole characters) after everything the command wrote before, made
    // visible like the rest of the output; false when they could not be written. What was
    // written stays written, also when the command then fails.
    virtual bool write(QByteArrayView bytes) = 0;
    // Whether a write may wait on a reader at the other end that can stop reading (a pipe or a
    // socket, e.g. a pager): output written while a portfolio is open would then keep it open.
    virtual bool mayStall() const = 0;
};

struct Context
{
    QTextStream &out;
    QTextStream &err;
    const Clock &clock;
    const StoreOpener &stores; // where FILE arguments are opened and created
    // Output that is already UTF-8 (an export of the whole portfolio), written after `out`'s
    // text without being decoded and encoded again; it is made visible like the rest.
    QByteArray &outBytes;
    OutputStream &stream;
    // Writes the PDF summary (`report`); null in a build without the report (no Qt Gui).
    const report::ReportWriter *reports = nullptr;
};

// One subcommand. `syntax` lists the positional arguments as the usage line shows them;
// names in brackets are optional, the others required, so it also sets the argument count.
struct Command
{
    QLatin1String name;
    const char *summary; // source text, translated in the "mlp" context
    QLatin1String syntax;
    void (*configure)(QCommandLineParser &parser);
    int (*execute)(Context &context, const QCommandLineParser &parser);
};

Command newCommand();
Command importCommand();
Command exportCommand();
Command rankCommand();
Command moveCommand();
Command outcomeCommand();
Command historyCommand();
Command logCommand();
Command flowCommand();
Command explainCommand();
Command triggersCommand();
Command checkCommand();
Command readinessCommand();
Command reportCommand();
// Team sharing (sharecommands.cpp): publish FILE LOCATION, pull LOCATION FILE.
Command publishCommand();
Command pullCommand();
Command ideaCommand();
Command answerCommand();
Command raterCommand();
Command keyQuestionsCommand();
Command flywheelCommand();
Command checklistCommand();
Command metricCommand();
Command baselineCommand();
Command settingsCommand();
// The commands that edit one part of a portfolio (idea ... settings above), in help order.
QList<Command> editingCommands();

// Prints the one "error: " line (newlines in `message` become spaces) and returns `code`.
int fail(Context &context, ExitCode code, const QString &message);

// JSON or CSV, by a file's suffix or the --format name (core/io/fileformat.h).
using Format = io::FileFormat;
QString unknownExtensionMessage(const QString &path);

struct OpenPortfolio
{
    std::unique_ptr<PortfolioStore> file;
    Portfolio portfolio;
};
// Opens and loads an existing portfolio. A missing file is refused (by the store), so that
// opening never creates one. Read (the default) works beside a window that has the file open
// and never changes the file; a command that changes the file asks for Write.
Result<OpenPortfolio> openPortfolio(const StoreOpener &stores, const QString &path,
                                    PortfolioStore::Access access = PortfolioStore::Access::Read);

// Opens an existing portfolio without loading it, for a command that reads or changes one idea
// or the settings: it reads only those (findIdea, PortfolioStore::loadSettings), so its cost
// does not grow with the portfolio. A change asks for PortfolioStore::Access::Edit.
Result<std::unique_ptr<PortfolioStore>> openStore(const StoreOpener &stores, const QString &path,
                                                  PortfolioStore::Access access);
// The idea `idOrName` names (Portfolio::resolve), read alone from `store`.
Result<Idea> findIdea(const PortfolioStore &store, const QString &idOrName);

// The message of an error from a PortfolioStore call on `path`, naming the file once.
QString storageMessage(const QString &path, const Error &error);

// The idea named by id or name in `portfolio`, or why not.
Result<int> resolveIdea(const Portfolio &portfolio, const QString &idOrName);

// Opens the portfolio at `path` for an edit, reads the idea `idOrName` names and the settings,
// applies `change` and saves the changed idea in one transaction; nothing else is read or
// written. Nothing is written when a step is refused: the error is printed and its exit code
// returned. On success `saved` holds the idea as written.
using IdeaChange = std::function<Result<Idea>(const Idea &idea)>;
int changeIdea(Context &context, const QString &path, const QString &idOrName,
               const IdeaChange &change, Idea &saved);
// The same, for a change that depends on the portfolio's settings (e.g. the readiness gate);
// the Portfolio it is given holds the name and settings, not the ideas.
using IdeaChangeInPortfolio = std::function<Result<Idea>(const Idea &idea, const Portfolio &)>;
int changeIdea(Context &context, const QString &path, const QString &idOrName,
               const IdeaChangeInPortfolio &change, Idea &saved);

QString formatDuration(qint64 seconds);
QString formatTimestamp(const QDateTime &at);

} // namespace cli
} // namespace mlp

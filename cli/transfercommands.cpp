#include "cli/command.h"

#include "core/domain/validation.h"
#include "core/io/csvformat.h"
#include "core/io/jsonformat.h"
#include "core/io/savefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <limits>
#include <memory>
#include <utility>

namespace mlp::cli {

namespace {

const QString kStdout = QStringLiteral("-");

void configureImport(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("mlp", "The portfolio file to import into."));
    parser.addPositionalArgument(
        QStringLiteral("INPUT"),
        QCoreApplication::translate(
            "mlp",
            "A .json file replaces the whole portfolio; a .csv file merges its "
            "ideas and scores (rows with a known id update that idea)."));
}

int executeImport(Context &context, const QCommandLineParser &parser)
{
    const QString path = parser.positionalArguments().at(0);
    const QString inputPath = parser.positionalArguments().at(1);
    const auto format = io::fileFormatFromPath(inputPath);
    if (!format)
        return fail(context, UsageError, unknownExtensionMessage(inputPath));

    // A JSON document is read a buffer at a time while its ideas are built (its text is never
    // held whole), so it may be larger than the CSV an import reads whole.
    const qint64 limit = *format == Format::Json ? io::kMaxJsonImportSize : kMaxImportFileSize;
    QFile input(inputPath);
    if (QFileInfo(inputPath).isFile() && input.size() > limit)
        return fail(context, Refused,
                    QCoreApplication::translate(
                        "mlp", "%1: the file is %2 MB; imports read files of at most %3 MB")
                        .arg(inputPath, QString::number(input.size() / (1024 * 1024)),
                             QString::number(limit / (1024 * 1024))));
    if (!input.open(QIODevice::ReadOnly))
        return fail(context, Refused,
                    QCoreApplication::translate("mlp", "%1: cannot read: %2")
                        .arg(inputPath, input.errorString()));

    auto store = openStore(context.stores, path, PortfolioStore::Access::Write);
    if (!store)
        return fail(context, Refused, store.error().message);
    // A JSON import replaces the whole portfolio, so the one in the file is not loaded (its
    // memory and time would grow with it for nothing); a CSV import merges into it.
    Result<Portfolio> imported = makeError(Error::Code::Invalid, QString());
    if (*format == Format::Json) {
        // Also for a pipe, whose size is not known before: reading stops at the limit.
        imported = io::importJson(input, limit);
    } else {
        // The CSV text and the portfolio it merges into are freed before the file is written.
        const QByteArray bytes = input.read(limit + 1);
        if (bytes.size() > limit)
            return fail(context, Refused,
                        inputPath + QStringLiteral(": ")
                            + QCoreApplication::translate(
                                  "mlp", "the file is larger than the %1 MB an import reads")
                                  .arg(limit / (1024 * 1024)));
        auto current = (*store)->load();
        if (!current)
            return fail(context, Refused, current.error().message);
        imported = io::importCsv(bytes, *current);
    }
    input.close();
    if (!imported)
        return fail(context, Refused, inputPath + QStringLiteral(": ") + imported.error().message);

    // Both importers end with the loader's check (validatePortfolio), and replaceAll runs it
    // again before writing: an import never commits a state that cannot be opened.
    const Status replaced = (*store)->replaceAll(*imported);
    if (!replaced)
        return fail(context, Refused, storageMessage(path, replaced.error()));

    context.out << QCoreApplication::translate(
                       "mlp", "Imported %1 into %2: the portfolio now holds %n idea(s).", nullptr,
                       int(imported->ideas.size()))
                       .arg(inputPath, path)
                << QLatin1Char('\n');
    return Success;
}

// An export written as the ideas are read, without holding the portfolio: `begin` makes the
// writer from the settings (and whether any idea follows), `Writer::add` takes each idea and
// `Writer::finish` gives the bytes. The ideas come in the store's order: a file whose rows are
// not in the order of their positions (never one ML Planner wrote) is loaded whole and exported
// in its order by `whole` instead.
template<typename Writer, typename Begin>
Result<QByteArray> exportAsRead(Context &context, const QString &path, qsizetype &ideaCount,
                                Begin begin, QByteArray (*whole)(const Portfolio &))
{
    auto store = openStore(context.stores, path, PortfolioStore::Access::Read);
    if (!store)
        return store.error();
    Portfolio settings;
    std::unique_ptr<Writer> writer;
    bool inOrder = true;
    qint64 lastPosition = std::numeric_limits<qint64>::min();
    const Status read = (*store)->readEachIdea(settings, [&](const Idea &idea, qint64 position) {
        if (!inOrder)
            return;
        if (position < lastPosition) {
            inOrder = false;
            writer.reset();
            return;
        }
        lastPosition = position;
        if (!writer)
            writer = begin(settings, true);
        writer->add(idea);
        ++ideaCount;
    });
    if (!read)
        return read.error();
    if (inOrder) {
        if (!writer) // no ideas
            writer = begin(settings, false);
        return writer->finish();
    }
    Result<Portfolio> portfolio = (*store)->load();
    if (!portfolio)
        return portfolio.error();
    ideaCount = portfolio->ideas.size();
    return whole(*portfolio);
}

Result<QByteArray> exportJsonAsRead(Context &context, const QString &path, qsizetype &ideaCount)
{
    return exportAsRead<io::JsonExport>(
        context, path, ideaCount,
        [](const Portfolio &settings, bool any) {
            return std::make_unique<io::JsonExport>(settings, any ? 1024 : 0);
        },
        &io::exportJson);
}

Result<QByteArray> exportCsvAsRead(Context &context, const QString &path, qsizetype &ideaCount)
{
    return exportAsRead<io::CsvExport>(
        context, path, ideaCount,
        [](const Portfolio &, bool) { return std::make_unique<io::CsvExport>(); }, &io::exportCsv);
}

void configureExport(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("mlp", "The portfolio file."));
    parser.addPositionalArgument(
        QStringLiteral("OUTPUT"),
        QCoreApplication::translate("mlp",
                                    "A .json file (everything) or a .csv file (ideas and scores); "
                                    "- writes to standard output."));
    parser.addOption(QCommandLineOption(
        QStringLiteral("format"),
        QCoreApplication::translate(
            "mlp", "json or csv, whatever OUTPUT's name; the default for - is json."),
        QStringLiteral("FORMAT")));
}

int executeExport(Context &context, const QCommandLineParser &parser)
{
    const QString path = parser.positionalArguments().at(0);
    const QString outputPath = parser.positionalArguments().at(1);
    const bool toStdout = outputPath == kStdout;

    std::optional<Format> format;
    if (parser.isSet(QStringLiteral("format"))) {
        const QString key = parser.value(QStringLiteral("format"));
        format = io::fileFormatFromKey(key);
        if (!format)
            return fail(context, UsageError,
                        QCoreApplication::translate("mlp", "unknown format '%1'; use json or csv")
                            .arg(key));
    } else if (toStdout) {
        format = Format::Json;
    } else {
        format = io::fileFormatFromPath(outputPath);
        if (!format)
            return fail(context, UsageError, unknownExtensionMessage(outputPath));
    }

    if (!toStdout && QFileInfo::exists(outputPath)
        && QFileInfo(outputPath).canonicalFilePath() == QFileInfo(path).canonicalFilePath())
        return fail(
            context, Refused,
            QCoreApplication::translate("mlp", "%1: will not export over the portfolio file itself")
                .arg(outputPath));

    if (!toStdout) {
        if (const Status target = io::checkExportTarget(outputPath); !target)
            return fail(context, Refused, target.error().message);
    }

    qsizetype ideaCount = 0;
    Result<QByteArray> exported = *format == Format::Json
        ? exportJsonAsRead(context, path, ideaCount)
        : exportCsvAsRead(context, path, ideaCount);
    if (!exported)
        return fail(context, Refused, exported.error().message);
    QByteArray bytes = std::move(*exported);

    if (toStdout) {
        // Written as the bytes they are: decoding and encoding an export of 100,000 ideas
        // (hundreds of megabytes) again cost most of the command's time and memory.
        context.outBytes = std::move(bytes);
        return Success;
    }

    if (const Status written = io::writeFileSafely(outputPath, bytes); !written)
        return fail(context, Refused, written.error().message);
    context.out << QCoreApplication::translate("mlp", "Exported %n idea(s) to %1.", nullptr,
                                               int(ideaCount))
                       .arg(outputPath)
                << QLatin1Char('\n');
    return Success;
}

} // namespace

Command importCommand()
{
    return { QLatin1String("import"),
             QT_TRANSLATE_NOOP("mlp",
                               "Import a JSON (replaces) or CSV (merges) file; all or nothing."),
             QLatin1String("FILE INPUT"), configureImport, executeImport };
}

Command exportCommand()
{
    return { QLatin1String("export"),
             QT_TRANSLATE_NOOP("mlp", "Export the portfolio as JSON or CSV."),
             QLatin1String("FILE OUTPUT"), configureExport, executeExport };
}

} // namespace mlp::cli

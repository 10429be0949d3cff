#include "cli/command.h"

#include "core/domain/validation.h"
#include "core/io/csvformat.h"
#include "core/io/jsonformat.h"
#include "core/io/savefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <functional>
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

// An export is handed to its destination a megabyte at a time as it is made, so its memory
// does not grow with the portfolio (the JSON of 100,000 ideas is 357 MB).
constexpr qsizetype kExportChunk = 1024 * 1024;
using ExportSink = std::function<Status(QByteArrayView bytes)>;

// An export written as the ideas are read, in the portfolio's order, without holding the
// portfolio: `begin` makes the writer from the settings (and whether any idea follows), and what
// it writes goes to `write` a chunk at a time, the rest after the last idea. After `write`
// refuses, the ideas are only read. An error (the file's or `write`'s) comes after what was
// written; only a successful export has its end written.
template<typename Writer, typename Begin>
Status exportAsRead(Context &context, const QString &path, qsizetype &ideaCount, Begin begin,
                    const ExportSink &write)
{
    auto store = openStore(context.stores, path, PortfolioStore::Access::Read);
    if (!store)
        return store.error();
    Portfolio settings;
    std::unique_ptr<Writer> writer;
    Status written = Ok {};
    const Status read = (*store)->readEachIdeaInOrder(settings, [&](const Idea &idea, qint64) {
        if (!written)
            return;
        if (!writer)
            writer = begin(settings, true);
        writer->add(idea);
        ++ideaCount;
        if (writer->written().size() >= kExportChunk) {
            written = write(writer->written());
            writer->clearWritten();
        }
    });
    // A write that failed is what the user must hear about first (a full disk, a closed
    // output), even if a damaged row came later.
    if (!written)
        return written;
    if (!read)
        return read;
    if (!writer) // no ideas
        writer = begin(settings, false);
    const QByteArray rest = writer->finish();
    return write(rest);
}

Status exportJsonAsRead(Context &context, const QString &path, qsizetype &ideaCount,
                        const ExportSink &write)
{
    return exportAsRead<io::JsonExport>(
        context, path, ideaCount,
        [](const Portfolio &settings, bool any) {
            // Room for a chunk and the idea that ends it: the buffer is reused, never grown.
            return std::make_unique<io::JsonExport>(settings, any ? 512 : 0);
        },
        write);
}

Status exportCsvAsRead(Context &context, const QString &path, qsizetype &ideaCount,
                       const ExportSink &write)
{
    return exportAsRead<io::CsvExport>(
        context, path, ideaCount,
        [](const Portfolio &, bool) { return std::make_unique<io::CsvExport>(); }, write);
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
    auto exportTo = [&](const ExportSink &write) {
        return *format == Format::Json ? exportJsonAsRead(context, path, ideaCount, write)
                                       : exportCsvAsRead(context, path, ideaCount, write);
    };

    if (toStdout && *format == Format::Json && !context.stream.mayStall()) {
        // Written as it is made: the JSON of a large portfolio is several times its file.
        // Should a damaged row stop it part-way, what was written is not a whole document (its
        // end is written last) and the error says why. A pipe's reader may stop reading (a
        // pager) and would keep the portfolio open: to a pipe, the export is held instead.
        const Status exported = exportTo([&context](QByteArrayView bytes) -> Status {
            if (context.stream.write(bytes))
                return Ok {};
            return makeError(Error::Code::Io,
                             QCoreApplication::translate("mlp", "cannot write to standard output"));
        });
        if (!exported)
            return fail(context, Refused, exported.error().message);
        return Success;
    }
    if (toStdout) {
        // A CSV is whole once each row is: it is written only when all of it was read (and the
        // portfolio closed), as is JSON to a pipe.
        QByteArray bytes;
        const Status exported = exportTo([&bytes](QByteArrayView chunk) -> Status {
            bytes += chunk;
            return Ok {};
        });
        if (!exported)
            return fail(context, Refused, exported.error().message);
        context.outBytes = std::move(bytes);
        return Success;
    }

    // A file is replaced only by a whole export (io::SafeFileWriter).
    io::SafeFileWriter file(outputPath);
    Status exported = file.open();
    if (exported)
        exported = exportTo([&file](QByteArrayView bytes) { return file.write(bytes); });
    if (exported)
        exported = file.commit();
    if (!exported)
        return fail(context, Refused, exported.error().message);
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

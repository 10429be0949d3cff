// mlplanner report FILE OUT.pdf [options]: the PDF summary for stakeholders, written by the
// ReportWriter app/ hands the command line (report/), so this file links no Gui.

#include "cli/command.h"

#include "core/domain/clock.h"
#include "core/report/reportwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace mlp::cli {

namespace {

const QString kSections = QStringLiteral("sections");
const QString kTop = QStringLiteral("top");
const QString kIds = QStringLiteral("ids");
const QString kFilter = QStringLiteral("filter");
const QString kPaper = QStringLiteral("paper");
const QString kChart = QStringLiteral("chart");
const QString kAsOf = QStringLiteral("as-of");

void configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("mlp", "The portfolio file."));
    parser.addPositionalArgument(
        QStringLiteral("OUT.pdf"),
        QCoreApplication::translate(
            "mlp", "The PDF to write; an existing file is replaced only by a complete summary."));
    parser.addOption(QCommandLineOption(
        kSections,
        QCoreApplication::translate("mlp", "The sections, comma-separated (default all): %1.")
            .arg(report::sectionKeyList()),
        QStringLiteral("LIST")));
    parser.addOption(QCommandLineOption(
        kTop,
        QCoreApplication::translate("mlp", "Project pages for the first N of the ranking only."),
        QStringLiteral("N")));
    parser.addOption(QCommandLineOption(
        kIds,
        QCoreApplication::translate("mlp", "Project pages for these idea ids only, e.g. 3,7."),
        QStringLiteral("IDS")));
    parser.addOption(QCommandLineOption(
        kFilter,
        QCoreApplication::translate("mlp",
                                    "Project pages for the ideas whose name, owner or "
                                    "description contains TEXT only."),
        QStringLiteral("TEXT")));
    parser.addOption(QCommandLineOption(
        kPaper, QCoreApplication::translate("mlp", "Paper size: a4 (default) or letter."),
        QStringLiteral("SIZE")));
    parser.addOption(QCommandLineOption(
        kChart,
        QCoreApplication::translate(
            "mlp", "The chart's page: landscape (default) or portrait; other pages are portrait."),
        QStringLiteral("ORIENTATION")));
    parser.addOption(QCommandLineOption(
        kAsOf,
        QCoreApplication::translate("mlp",
                                    "The time the summary is as of, in ISO 8601 (default "
                                    "now): days in stage count up to it."),
        QStringLiteral("TIME")));
}

// --top, --ids or --filter into `options` (whose sections are already read), or why not.
Status readProjectPages(const QCommandLineParser &parser, report::ReportOptions &options)
{
    int choices = 0;
    QString given;
    for (const QString &name : { kTop, kIds, kFilter }) {
        if (parser.isSet(name)) {
            ++choices;
            given = QStringLiteral("--") + name;
        }
    }
    if (choices > 1)
        return makeError(
            Error::Code::Invalid,
            QCoreApplication::translate("mlp", "give only one of --top, --ids and --filter"));
    if (choices == 1 && !options.has(report::Section::Projects))
        return makeError(Error::Code::Invalid,
                         QCoreApplication::translate(
                             "mlp",
                             "%1 chooses the project pages, but --sections leaves them out: add "
                             "projects to --sections, or leave out %1")
                             .arg(given));
    if (parser.isSet(kTop)) {
        bool ok = false;
        const int top = parser.value(kTop).trimmed().toInt(&ok);
        if (!ok || top < 1)
            return makeError(Error::Code::Invalid,
                             QCoreApplication::translate(
                                 "mlp", "--top '%1': give a whole number of projects, 1 or more")
                                 .arg(parser.value(kTop)));
        options.projectPages = report::ProjectPages::Top;
        options.topCount = top;
    } else if (parser.isSet(kIds)) {
        const auto ids = report::parseIdList(parser.value(kIds));
        if (!ids)
            return makeError(Error::Code::Invalid, QStringLiteral("--ids: ") + ids.error().message);
        options.projectPages = report::ProjectPages::Chosen;
        options.chosenIds = *ids;
    } else if (parser.isSet(kFilter)) {
        if (parser.value(kFilter).trimmed().isEmpty())
            return makeError(Error::Code::Invalid,
                             QCoreApplication::translate(
                                 "mlp",
                                 "--filter is empty: give the text the projects' names, owners "
                                 "or descriptions should contain, or leave out --filter"));
        options.projectPages = report::ProjectPages::Filter;
        options.filterText = parser.value(kFilter);
    }
    return Ok {};
}

// The options as given, or why they are wrong (nothing is read or written then).
Result<report::ReportOptions> readOptions(const QCommandLineParser &parser, const Clock &clock)
{
    report::ReportOptions options;
    if (parser.isSet(kSections)) {
        const auto sections = report::parseSections(parser.value(kSections));
        if (!sections)
            return sections.error();
        options.sections = *sections;
    }
    if (Status pages = readProjectPages(parser, options); !pages)
        return pages.error();
    if (parser.isSet(kPaper)) {
        const auto paper = report::paperFromKey(parser.value(kPaper));
        if (!paper)
            return makeError(Error::Code::Invalid,
                             QCoreApplication::translate("mlp", "--paper '%1': use a4 or letter")
                                 .arg(parser.value(kPaper)));
        options.paper = *paper;
    }
    if (parser.isSet(kChart)) {
        const auto orientation = report::orientationFromKey(parser.value(kChart));
        if (!orientation)
            return makeError(
                Error::Code::Invalid,
                QCoreApplication::translate("mlp", "--chart '%1': use landscape or portrait")
                    .arg(parser.value(kChart)));
        options.chartOrientation = *orientation;
    }
    options.dataTime = clock.now();
    if (parser.isSet(kAsOf)) {
        const QDateTime at = QDateTime::fromString(parser.value(kAsOf).trimmed(), Qt::ISODate);
        if (!at.isValid())
            return makeError(
                Error::Code::Invalid,
                QCoreApplication::translate("mlp",
                                            "--as-of '%1': give a time in ISO 8601, e.g. "
                                            "2025-03-01T09:00:00Z")
                    .arg(parser.value(kAsOf)));
        options.dataTime = at.toUTC();
    }
    options.appVersion = QStringLiteral(MLP_VERSION);
    return options;
}

// Every id --ids names is one of the portfolio's ideas, or which ones are not.
Status checkChosenIds(const Portfolio &portfolio, const report::ReportOptions &options,
                      const QString &path)
{
    if (options.projectPages != report::ProjectPages::Chosen)
        return Ok {};
    QStringList unknown;
    for (const qint64 id : options.chosenIds) {
        if (!portfolio.find(id))
            unknown << QString::number(id);
    }
    if (unknown.isEmpty())
        return Ok {};
    return makeError(Error::Code::NotFound,
                     QCoreApplication::translate("mlp",
                                                 "--ids: %1 is not the id of an idea in %2; run "
                                                 "'mlplanner rank %2' to see the ids")
                         .arg(unknown.join(QStringLiteral(", ")), QDir::toNativeSeparators(path)));
}

int execute(Context &context, const QCommandLineParser &parser)
{
    if (!context.reports)
        return fail(context, Refused,
                    QCoreApplication::translate(
                        "mlp",
                        "this mlplanner was built without the PDF summary (it needs Qt "
                        "Gui); build it with the window to use 'report'"));
    const QStringList arguments = parser.positionalArguments();
    const QString path = arguments.at(0);
    const QString out = arguments.at(1);
    const auto options = readOptions(parser, context.clock);
    if (!options)
        return fail(context, UsageError, options.error().message);
    if (!out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return fail(context, UsageError,
                    QCoreApplication::translate(
                        "mlp", "the summary is a PDF: give an output name ending in .pdf, not '%1'")
                        .arg(out));
    if (QFileInfo(out).absoluteFilePath() == QFileInfo(path).absoluteFilePath()
        || (QFileInfo::exists(out)
            && QFileInfo(out).canonicalFilePath() == QFileInfo(path).canonicalFilePath()))
        return fail(context, UsageError,
                    QCoreApplication::translate(
                        "mlp", "the summary would replace the portfolio file; give another name"));
    if (Status target = report::checkReportTarget(out); !target)
        return fail(context, Refused, target.error().message);
    const auto opened = openPortfolio(context.stores, path);
    if (!opened)
        return fail(context, Refused, opened.error().message);
    if (Status chosen = checkChosenIds(opened->portfolio, *options, path); !chosen)
        return fail(context, Refused, chosen.error().message);
    const auto written = context.reports->write(opened->portfolio, *options, out);
    if (!written)
        return fail(context, Refused, written.error().message);
    context.out << QCoreApplication::translate("mlp", "Wrote %1: %n pages", nullptr, written->pages)
                       .arg(QDir::toNativeSeparators(out));
    if (options->has(report::Section::Projects))
        context.out << QCoreApplication::translate("mlp", ", %n of them project pages", nullptr,
                                                   written->projectPages);
    context.out << QLatin1Char('.') << QLatin1Char('\n');
    if (written->labelsLeftOut > 0)
        context.out << QCoreApplication::translate(
            "mlp",
            "%n chart labels were left out so that none overlaps another; the "
            "ranked table lists every idea.",
            nullptr, written->labelsLeftOut)
                    << QLatin1Char('\n');
    return Success;
}

} // namespace

Command reportCommand()
{
    return { QLatin1String("report"),
             QT_TRANSLATE_NOOP("mlp",
                               "Write the PDF summary for stakeholders: cover, chart, "
                               "ranked table, project pages, lifecycle, glossary."),
             QLatin1String("FILE OUT.pdf"), configure, execute };
}

} // namespace mlp::cli

#include "core/domain/keytable.h"
#include "core/report/reportwriter.h"

#include "core/io/savefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace mlp::report {

namespace {

constexpr KeyTable kSectionKeys(std::array<KeyName<Section>, kSectionCount> { {
    { Section::Cover, "cover" },
    { Section::Chart, "chart" },
    { Section::Ranking, "ranking" },
    { Section::Projects, "projects" },
    { Section::Lifecycle, "lifecycle" },
    { Section::Glossary, "glossary" },
} });

constexpr KeyTable kPaperKeys(std::array<KeyName<Paper>, 2> { {
    { Paper::A4, "a4" },
    { Paper::Letter, "letter" },
} });

constexpr KeyTable kOrientationKeys(std::array<KeyName<ChartOrientation>, 2> { {
    { ChartOrientation::Portrait, "portrait" },
    { ChartOrientation::Landscape, "landscape" },
} });

} // namespace

QString sectionKey(Section section)
{
    return kSectionKeys.key(section);
}

std::optional<Section> sectionFromKey(const QString &key)
{
    return kSectionKeys.fromKey(key);
}

QString sectionKeyList()
{
    return kSectionKeys.keyList();
}

QString sectionDisplayName(Section section)
{
    switch (section) {
    case Section::Cover:
        return QCoreApplication::translate("mlp::report", "Cover and executive summary");
    case Section::Chart:
        return QCoreApplication::translate("mlp::report", "Feasibility and impact chart");
    case Section::Ranking:
        return QCoreApplication::translate("mlp::report", "Ranked table of ideas");
    case Section::Projects:
        return QCoreApplication::translate("mlp::report", "A page per project");
    case Section::Lifecycle:
        return QCoreApplication::translate("mlp::report", "Lifecycle analytics");
    case Section::Glossary:
        return QCoreApplication::translate("mlp::report", "Glossary and assumptions");
    }
    return {};
}

QString paperKey(Paper paper)
{
    return kPaperKeys.key(paper);
}

std::optional<Paper> paperFromKey(const QString &key)
{
    return kPaperKeys.fromKey(key);
}

QString orientationKey(ChartOrientation orientation)
{
    return kOrientationKeys.key(orientation);
}

std::optional<ChartOrientation> orientationFromKey(const QString &key)
{
    return kOrientationKeys.fromKey(key);
}

Result<std::array<bool, kSectionCount>> parseSections(const QString &list)
{
    std::array<bool, kSectionCount> out {};
    bool any = false;
    for (const QString &word : list.split(QLatin1Char(','))) {
        const auto section = sectionFromKey(word);
        if (!section)
            return makeError(
                Error::Code::Invalid,
                QCoreApplication::translate("mlp::report",
                                            "unknown section '%1'; use a comma-separated list "
                                            "of %2")
                    .arg(word.trimmed(), sectionKeyList()));
        out[static_cast<int>(*section)] = true;
        any = true;
    }
    if (!any)
        return makeError(Error::Code::Invalid,
                         QCoreApplication::translate("mlp::report", "no section chosen; use %1")
                             .arg(sectionKeyList()));
    return out;
}

Result<QList<qint64>> parseIdList(const QString &list)
{
    QList<qint64> ids;
    for (const QString &word : list.split(QLatin1Char(','))) {
        bool ok = false;
        const qint64 id = word.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return makeError(Error::Code::Invalid,
                             QCoreApplication::translate(
                                 "mlp::report",
                                 "'%1' is not an idea id; give ids as whole numbers separated by "
                                 "commas, e.g. 3,7,12")
                                 .arg(word.trimmed()));
        ids.append(id);
    }
    return ids;
}

QList<int> projectsWithPages(const Portfolio &portfolio, const QList<RankedIdea> &ranked,
                             const ReportOptions &options)
{
    QList<int> out;
    const QSet<qint64> chosen(options.chosenIds.cbegin(), options.chosenIds.cend());
    for (const RankedIdea &entry : ranked) {
        const Idea &idea = portfolio.ideas.at(entry.index);
        bool wanted = false;
        switch (options.projectPages) {
        case ProjectPages::All:
            wanted = true;
            break;
        case ProjectPages::Top:
            wanted = out.size() < options.topCount;
            break;
        case ProjectPages::Chosen:
            wanted = chosen.contains(idea.id);
            break;
        case ProjectPages::Filter:
            wanted = idea.name.contains(options.filterText, Qt::CaseInsensitive)
                || idea.owner.contains(options.filterText, Qt::CaseInsensitive)
                || idea.description.contains(options.filterText, Qt::CaseInsensitive);
            break;
        }
        if (wanted)
            out.append(entry.index);
    }
    return out;
}

Status checkReportTarget(const QString &path)
{
    if (path.trimmed().isEmpty())
        return makeError(
            Error::Code::Io,
            QCoreApplication::translate("mlp::report", "no file name given for the PDF summary"));
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return makeError(
            Error::Code::Io,
            QCoreApplication::translate(
                "mlp::report", "%1 is not a regular file; choose a file name for the PDF summary")
                .arg(shown));
    if (Status target = io::checkExportTarget(path); !target)
        return target;
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        return makeError(Error::Code::Io,
                         QCoreApplication::translate(
                             "mlp::report",
                             "cannot write %1: the folder %2 does not exist; create it or choose "
                             "another place")
                             .arg(shown, QDir::toNativeSeparators(folder.filePath())));
    if (!folder.isWritable())
        return makeError(Error::Code::Io,
                         QCoreApplication::translate(
                             "mlp::report",
                             "cannot write %1: the folder %2 is not writable; choose another place")
                             .arg(shown, QDir::toNativeSeparators(folder.filePath())));
    if (info.exists() && !info.isWritable())
        return makeError(
            Error::Code::Io,
            QCoreApplication::translate("mlp::report", "cannot replace %1: the file is read-only")
                .arg(shown));
    return Ok {};
}

} // namespace mlp::report

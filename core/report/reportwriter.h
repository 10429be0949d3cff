#pragma once

// The PDF summary for stakeholders, as the front ends see it: its options as plain values and
// the interface that writes it. The writer itself lives in report/ (it needs Qt Gui for fonts
// and the PDF device); the command line is handed one by app/main.cpp, as it is handed a
// StoreOpener, so cli/ links neither Gui nor the report.

#include "core/domain/idea.h"
#include "core/domain/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <atomic>
#include <functional>
#include <optional>

namespace mlp::report {

// The parts of the summary, in the order they appear.
enum class Section { Cover = 0, Chart = 1, Ranking = 2, Projects = 3, Lifecycle = 4, Glossary = 5 };
inline constexpr int kSectionCount = 6;
inline constexpr std::array<Section, kSectionCount> kAllSections {
    Section::Cover,    Section::Chart,     Section::Ranking,
    Section::Projects, Section::Lifecycle, Section::Glossary
};
QString sectionKey(Section section); // cover, chart, ranking, projects, lifecycle, glossary
std::optional<Section> sectionFromKey(const QString &key);
QString sectionKeyList();                    // "cover, chart, ...", for messages
QString sectionDisplayName(Section section); // translated

// Which projects get a page of their own.
enum class ProjectPages {
    All = 0,    // every idea, in rank order
    Top = 1,    // the first `topCount` of the ranking
    Chosen = 2, // the ideas in `chosenIds` (the window's selection, or ids on the command line)
    Filter = 3, // ideas whose name, owner or description contains `filterText`
};

enum class Paper { A4 = 0, Letter = 1 };
QString paperKey(Paper paper); // a4, letter
std::optional<Paper> paperFromKey(const QString &key);

enum class ChartOrientation { Portrait = 0, Landscape = 1 };
QString orientationKey(ChartOrientation orientation); // portrait, landscape
std::optional<ChartOrientation> orientationFromKey(const QString &key);

struct ReportOptions
{
    std::array<bool, kSectionCount> sections { true, true, true, true, true, true };
    ProjectPages projectPages = ProjectPages::All;
    int topCount = 10;
    QList<qint64> chosenIds;
    QString filterText;
    Paper paper = Paper::A4;
    // The chart's page only: the other pages are portrait.
    ChartOrientation chartOrientation = ChartOrientation::Landscape;
    // When the data was read: shown on the cover and in the running header, and the "now" of
    // time in stage. Front ends pass their clock's time.
    QDateTime dataTime;
    QString appVersion;

    bool has(Section section) const { return sections[static_cast<int>(section)]; }
    void set(Section section, bool on) { sections[static_cast<int>(section)] = on; }
};

// Parses "cover,chart,projects" (keys, any case, spaces ignored) into the sections chosen; an
// unknown or empty list is an error naming the keys.
Result<std::array<bool, kSectionCount>> parseSections(const QString &list);
// Parses "3,7,12" into ids; anything but positive whole numbers is an error.
Result<QList<qint64>> parseIdList(const QString &list);

// The ideas that get a page, as indices into portfolio.ideas, in rank order.
QList<int> projectsWithPages(const Portfolio &portfolio, const QList<RankedIdea> &ranked,
                             const ReportOptions &options);

struct ReportSummary
{
    int pages = 0;
    int projectPages = 0;  // projects that got a page
    int labelsLeftOut = 0; // chart labels skipped so that none overlaps
};

// done out of total (pages); called on the thread that writes.
using ReportProgress = std::function<void(int done, int total)>;

class ReportWriter
{
public:
    virtual ~ReportWriter() = default;
    // Writes the summary of `portfolio` to `path` as PDF. Refuses a path that cannot be written
    // before any work; writes through a temporary file, so a failure or a cancel (`cancel` set
    // to true from any thread) leaves nothing new and an existing file untouched.
    virtual Result<ReportSummary> write(const Portfolio &portfolio, const ReportOptions &options,
                                        const QString &path, const ReportProgress &progress = {},
                                        const std::atomic_bool *cancel = nullptr) const = 0;
};

} // namespace mlp::report

namespace mlp::report {

// Whether the summary may be written to `path`, checked before any work: a regular file or a new
// name in a folder that exists and can be written. The writer checks again when it opens the file.
Status checkReportTarget(const QString &path);

} // namespace mlp::report

#include "ui/editor/readinesstab.h"

#include "core/domain/readiness.h"
#include "ui/editor/editorsupport.h"
#include "ui/editor/ideaeditcontext.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace mlp::ui {

using namespace editorsupport;

namespace {

QString sectionTitle(ReadinessSection section, double sum)
{
    return QCoreApplication::translate("mlp", "%1: %2 of 7", "readiness section sum")
        .arg(readinessSectionName(section), readinessPointsText(sum));
}

} // namespace

ReadinessTab::ReadinessTab(IdeaEditContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = wrappingLabel(
        tr("The ML Test Score (Breck et al., 2017): score each test 0 when it is not done, ½ when "
           "it is done by hand with the results written down and shared, 1 when it is automated "
           "and runs repeatedly. A section's score is its sum; the project's score is its lowest "
           "section."));
    layout->addWidget(intro);
    m_scoreLabel = wrappingLabel();
    m_scoreLabel->setObjectName(QStringLiteral("readinessScore"));
    layout->addWidget(m_scoreLabel);

    // A grid per section rather than a form: the choices keep the width of their points and
    // the tests' names get the rest of the panel (a form gives the names only their own hint).
    QGridLayout *grids[kReadinessSectionCount] = {};
    for (ReadinessSection section : kAllReadinessSections) {
        const int s = static_cast<int>(section);
        m_sections[s] = new QGroupBox(sectionTitle(section, 0));
        m_sections[s]->setObjectName(QStringLiteral("readinessSection-")
                                     + readinessSectionKey(section));
        grids[s] = new QGridLayout(m_sections[s]);
        grids[s]->setColumnStretch(0, 1);
        layout->addWidget(m_sections[s]);
    }
    for (const ReadinessTest &test : readinessTests()) {
        auto *choice = new QComboBox;
        choice->setObjectName(QStringLiteral("readiness-") + test.id);
        for (ReadinessLevel level :
             { ReadinessLevel::None, ReadinessLevel::Manual, ReadinessLevel::Automated }) {
            const QString points
                = level == ReadinessLevel::Manual ? QStringLiteral("½") : readinessLevelKey(level);
            // The points only, so the tab stays narrow beside the table; the words are the
            // item's tooltip and the tab's introduction.
            choice->addItem(points, static_cast<int>(level));
            choice->setItemData(choice->count() - 1, readinessLevelName(level), Qt::ToolTipRole);
        }
        const QString tip = QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                                .arg(test.name.toHtmlEscaped(), test.description.toHtmlEscaped());
        auto *label = wrappingLabel(tr("%1. %2").arg(test.number).arg(test.name));
        label->setToolTip(tip);
        choice->setToolTip(tip);
        label->setBuddy(choice);
        QGridLayout *grid = grids[static_cast<int>(test.section)];
        const int row = grid->count() / 2;
        grid->addWidget(label, row, 0);
        grid->addWidget(choice, row, 1, Qt::AlignTop);
        const QString id = test.id;
        connect(choice, &QComboBox::currentIndexChanged, this, [this, id, choice](int) {
            if (!m_context.isLoading())
                setAnswer(id, choice->currentData().toInt());
        });
        m_choices.insert(test.id, choice);
    }
    layout->addStretch(1);
}

void ReadinessTab::setAnswer(const QString &testId, int level)
{
    const auto test = readinessTestById(testId);
    if (!test)
        return;
    const auto chosen = static_cast<ReadinessLevel>(level);
    m_context.commit(
        tr("Set readiness “%1” to %2").arg(readinessTestLabel(*test), readinessLevelKey(chosen)),
        [&](Idea &idea) { setReadinessAnswer(idea.readiness, testId, chosen); });
}

void ReadinessTab::reload(const Idea &idea)
{
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        setComboData(it.value(), static_cast<int>(readinessAnswer(idea.readiness, it.key())));
    }
    const ReadinessScore score = readinessScore(idea.readiness);
    for (ReadinessSection section : kAllReadinessSections) {
        const int s = static_cast<int>(section);
        m_sections[s]->setTitle(sectionTitle(section, score.sections[s]));
    }
    m_scoreLabel->setText(
        tr("<b>Readiness score %1 of 7</b> (the lowest section). Weakest: <b>%2</b>.")
            .arg(readinessPointsText(score.score), weakestSectionsText(score).toHtmlEscaped()));
}

} // namespace mlp::ui
